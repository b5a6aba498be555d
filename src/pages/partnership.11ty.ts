// A partnership's page: what it is, who is in it, when it meets, its documents and its equalities statement. TypeScript, not Nunjucks: a large site has 10,000 of them.
import { layout } from "../../_includes/layouts/base.11ty.ts";
import { contactWays } from "../../_includes/partials/contact-ways.ts";
import { date } from "../../_includes/partials/date.ts";
import { dissolvedNotice } from "../../_includes/partials/dissolved-notice.ts";
import { documentLink } from "../../_includes/partials/document-link.ts";
import { formerGroups } from "../../_includes/partials/former-groups.ts";
import { markdownList } from "../../_includes/partials/markdown-list.ts";
import { plans } from "../../_includes/partials/plans.ts";
import { statementReview } from "../../_includes/partials/statement-review.ts";
import type { PageData, TemplateFunctions } from "../eleventy/template-context.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { calendarSize } from "../filters/calendar-size.ts";
import { dateInWords } from "../filters/date-in-words.ts";
import { partnershipType, partnershipTypeMeaning, sectorName } from "../filters/labels.ts";
import { otherRelated } from "../filters/other-related.ts";
import { languageAttributes, ownWords } from "../filters/own-words.ts";
import { timeInWords } from "../filters/time-in-words.ts";
import { html, raw, type Html } from "../html/html.ts";
import { renderMarkdown } from "../markdown/render.ts";
import type { MeetingData } from "../model/schema.ts";
import type { Partnership } from "../model/graph.ts";

type PartnershipPage = PageData & { partnership: Partnership };

// No Eleventy layout: the page puts itself in the layout (see layout() in base.11ty.ts).
export const data = {
  pagination: { data: "graph.partnerships", size: 1, alias: "partnership", addAllPagesToCollections: true },
  permalink: (data: PartnershipPage) => data.partnership.url,
};

export function render(this: TemplateFunctions, data: PartnershipPage): string {
  const p = data.partnership;
  // A name such as "Health and Wellbeing Board" is shared by many areas; the title says which one.
  const title = p.name.includes(p.area.shortName) ? p.name : `${p.name}, ${p.area.shortName}`;
  return layout(this, data, content.call(this, data), { title, description: p.data.summary });
}

function content(this: TemplateFunctions, { partnership: p, graph, buildDate }: PartnershipPage): string {
  const d = p.data;
  const statement = p.currentStatement;
  const lang = languageAttributes(d.language);
  const name = ownWords(p.name, d.language);
  const facts = [
    html`<div><dt>Type</dt><dd>${partnershipType(d.type)}: ${partnershipTypeMeaning(d.type)}</dd></div>`,
    html`<div><dt>Area</dt><dd><a href="${p.area.url}">${p.area.name}</a></dd></div>`,
    p.parent && html`<div><dt>${p.isDissolved ? "Reported to" : "Reports to"}</dt><dd><a href="${p.parent.url}">${ownWords(p.parent.name, p.parent.data.language)}</a></dd></div>`,
    d.established && html`<div><dt>Established</dt><dd>${date(d.established)}</dd></div>`,
    d.dissolved && html`<div><dt>${p.isDissolved ? "Closed" : "Closes"}</dt><dd>${date(d.dissolved)}</dd></div>`,
    statement &&
      html`<div><dt>Equalities statement</dt><dd><a href="#equalities-statement">Signed ${dateInWords(statement.data.signed)}</a>${statement.reviewOverdue && html` – review overdue since ${date(statement.reviewBy)}`}</dd></div>`,
  ];
  const others = otherRelated(p);
  return html`<h1${lang}>${p.name}</h1>
${d.dissolved && dissolvedNotice(p)}<p class="lead"${lang}>${d.summary}</p>

<dl class="facts">${facts.map((fact) => fact && html`\n${fact}`)}
</dl>
${d.description && html`<div class="prose"${lang}>${raw(renderMarkdown(d.description, 2, d.language))}</div>\n`}${d.priorities && html`<h2 id="priorities">Priorities</h2>\n${ownWords(markdownList(d.priorities, true, d.language), d.language, "div")}\n`}${p.plans.length > 0 && plans(p)}${(d.sections ?? []).map(
    (section) =>
      html`<h2${lang}>${section.heading}</h2>\n${section.body && html`<div class="prose"${lang}>${raw(renderMarkdown(section.body, 3, d.language))}</div>\n`}${section.items && html`${ownWords(markdownList(section.items, section.ordered, d.language), d.language, "div")}\n`}`,
  )}${d.members &&
  html`<h2 id="members">Members</h2>
<table>
<caption class="visually-hidden">Members of ${name}</caption>
<thead><tr><th scope="col">Member</th><th scope="col">Sector</th></tr></thead>
<tbody>${d.members.map(
    (m) => html`\n<tr><th scope="row">${m.url ? html`<a href="${m.url}">${ownWords(m.name, d.language)}<span class="visually-hidden"> website</span></a>` : ownWords(m.name, d.language)}</th><td>${sectorName(m.sector)}</td></tr>`,
  )}
</tbody>
</table>\n`}${d.meetings && meetings(p, name, calendarSize(p, absoluteUrl(this.sitePath(p.url), graph.site.url), buildDate))}${d.documents &&
  html`<h2 id="documents">Documents</h2>
<ul class="documents" role="list">${d.documents.map((doc) => html`\n<li>${documentLink(doc, d.language)}</li>`)}
</ul>\n`}${statement &&
  html`<h2 id="equalities-statement">Equalities statement</h2>
<p>${name} signed its equalities statement on ${date(statement.data.signed)}.${statement.data.summary && html` ${ownWords(statement.data.summary, statement.data.language)}`}</p>
${statementReview(statement)}<p><a href="${statement.url}">Read the ${ownWords(statement.title, statement.data.language)}</a></p>\n`}${p.children.length > 0 &&
  html`<h2 id="groups">Groups that report to ${name}</h2>
<ul class="links" role="list">${p.children.map((c) => html`\n<li><a href="${c.url}">${ownWords(c.name, c.data.language)}</a> <span class="meta">${partnershipType(c.data.type)}</span></li>`)}
</ul>\n`}${p.formerChildren.length > 0 &&
  html`<h2 id="former-groups">Former groups</h2>
<p>Groups that reported to ${name} and have closed.</p>
${formerGroups(p.formerChildren)}\n`}${others.length > 0 &&
  html`<h2 id="other-partnerships">Other partnerships</h2>
<ul class="links" role="list">${others.map((r) => html`\n<li><a href="${r.url}">${ownWords(r.name, r.data.language)}</a> <span class="meta">${ownWords(r.data.summary, r.data.language)}</span></li>`)}
</ul>\n`}${d.contact && html`<h2 id="contact">Contact</h2>\n<ul class="contact">\n${contactWays(d.contact, name).map((way) => html`${way}\n`)}</ul>\n`}
<footer class="page-meta">
${p.updated && html`<p>Page last updated: ${date(p.updated)}</p>\n`}${d.source_url && html`<p><a href="${d.source_url}">Original source of this information</a></p>\n`}</footer>
`.toString();
}

/** Upcoming meetings (or that none are planned, unless the group has closed), past meetings, and the calendar file with its size. */
function meetings(p: Partnership, name: Html | string | undefined, calendarFileSize: string): Html {
  const groups = [
    { heading: "Upcoming meetings", list: p.upcomingMeetings, empty: p.data.dissolved ? "" : "No meetings are planned yet." },
    { heading: "Past meetings", list: p.pastMeetings, empty: "" },
  ];
  return html`<h2 id="meetings">Meetings</h2>
${groups.map(
  (group) =>
    (group.list.length > 0 || group.empty) &&
    html`<h3>${group.heading}</h3>\n${group.list.length ? html`<ul class="meetings">${group.list.map((m) => html`\n<li>${meeting(m, p.data.language)}</li>`)}\n</ul>\n` : html`<p>${group.empty}</p>\n`}`,
)}<p><a href="${p.calendarUrl}">Add ${name} meetings to your calendar (iCalendar file, ${calendarFileSize})</a></p>\n`;
}

function meeting(m: MeetingData, language: string | undefined): Html {
  return html`${m.cancelled && html`<strong>Cancelled:</strong> `}${date(m.date)}${m.time && html`, ${timeInWords(m.time)}`}${m.title && html`: ${ownWords(m.title, language)}`}${m.location && html`, ${ownWords(m.location, language)}`}${
    m.url && html` (<a href="${m.url}">details of the ${dateInWords(m.date)} meeting</a>)`
  }`;
}
