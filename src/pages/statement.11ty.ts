// One equalities statement's page: the statement as signed, its commitments and coverage, and what replaced it. TypeScript, not Nunjucks: a large site has thousands.
import { date } from "../../_includes/partials/date.ts";
import { documentLink } from "../../_includes/partials/document-link.ts";
import { markdownList } from "../../_includes/partials/markdown-list.ts";
import { statementReview } from "../../_includes/partials/statement-review.ts";
import { layout } from "../../_includes/layouts/base.11ty.ts";
import type { PageData, TemplateFunctions } from "../eleventy/template-context.ts";
import { languageAttributes, ownWords } from "../filters/own-words.ts";
import { html, raw, type Html } from "../html/html.ts";
import { languageLinks } from "../language/language-links.ts";
import { inLanguage, siteLanguage, type PageLanguage } from "../language/page-language.ts";
import type { Translation } from "../language/translation.ts";
import { characteristicWord } from "../language/words.ts";
import { renderMarkdown } from "../markdown/render.ts";
import type { SiteGraph, Statement } from "../model/graph.ts";

type StatementPage = PageData & { statement: Statement };

// No Eleventy layout: the page puts itself in the layout (see layout() in base.11ty.ts).
export const data = {
  pagination: { data: "graph.statements", size: 1, alias: "statement", addAllPagesToCollections: true },
  permalink: (data: StatementPage) => data.statement.url,
};

export function render(this: TemplateFunctions, data: StatementPage): string {
  return statementPage(this, data, data.statement, siteLanguage(data.graph.site.language));
}

/** The statement's page, or a translation's (src/pages/statement-translation.11ty.ts): the same page, in the words and dates of `language`. */
export function statementPage(functions: TemplateFunctions, data: PageData, s: Statement, language: PageLanguage, translation?: Translation): string {
  const own = translation?.data ?? s.data;
  const marked = (text: unknown, tag?: string) => inLanguage(text, tag ?? data.graph.site.language, language);
  const successor = translation ? translation.supersededBy : s.supersededBy;
  const successorTitle = successor && (successor.url === s.supersededBy?.url ? marked(successor.title, s.supersededBy.data.language) : successor.title);
  // A replaced statement says so in its title, as GOV.UK does for withdrawn pages.
  const title = s.isCurrent ? own.title : language.text("statement_superseded_title", { title: own.title });
  // Never the title again: without a summary, say who signed it, when, and what replaced it.
  const year = s.data.signed.slice(0, 4);
  const description =
    own.summary ?? (successor ? language.text("statement_description_superseded", { partnership: s.partnership.name, year, successor: successor.title }) : language.text("statement_description", { partnership: s.partnership.name, year }));
  const page = content(s, own, { language, marked, successorTitle, graph: data.graph, translation });
  return layout(functions, data, page, { title, description, language });
}

interface View {
  language: PageLanguage;
  /** Text in the site's language (or in `tag`), marked as such on a page in another. */
  marked: (text: unknown, tag?: string) => Html;
  successorTitle?: Html | string;
  graph: SiteGraph;
  translation?: Translation;
}

function content(s: Statement, own: Translation["data"] | Statement["data"], view: View): string {
  const { language, marked, translation } = view;
  const d = s.data;
  const status = s.isCurrent ? (s.reviewOverdue ? language.say("status_current_overdue", { date: date(s.reviewBy, language) }) : language.text("status_current")) : language.text("status_superseded");
  const successor = translation ? translation.supersededBy : s.supersededBy;
  const predecessor = translation ? (s.supersedes?.translations.find((t) => t.language === translation.language) ?? s.supersedes) : s.supersedes;
  const predecessorTitle = predecessor && (predecessor === s.supersedes ? marked(predecessor.title, s.supersedes.data.language) : predecessor.title);
  const easyRead = translation ? translation.easyRead : s.easyRead;
  const partnership = marked(s.partnership.name, s.partnership.data.language);
  // The statement's own words are in its language, when it has one; a translation's are in its page's.
  const textLanguage = translation ? translation.language : d.language;
  const lang = translation ? "" : languageAttributes(d.language);
  // A statement that ends "… will work towards:" leads straight into its list; a heading between them would cut the sentence from it.
  const leadsIntoList = own.statement.trim().endsWith(":");
  const copy = signedCopy(s, view);
  return html`<h1${lang}>${own.title}</h1>
${successor &&
  html`<div class="notice" role="note">
<p><strong>${language.text("statement_replaced")}</strong> ${language.say("statement_replaced_by", { successor: html`<a href="${successor.url}">${view.successorTitle}</a>`, date: date(s.supersededBy!.data.signed, language) })}</p>
</div>\n`}${own.summary && html`<p class="lead"${lang}>${own.summary}</p>\n`}${easyRead && html`<p class="easy-read-link"><a href="${easyRead.url}">${language.text("statement_easy_read_link")}</a></p>\n`}${languageLinks(view.graph.versions.get(translation?.url ?? s.url), language)}
<dl class="facts">
<div><dt>${language.text("facts_signed_by")}</dt><dd><a href="${s.partnership.url}">${partnership}</a></dd></div>
<div><dt>${language.text("facts_signed_on")}</dt><dd>${date(d.signed, language)}</dd></div>
<div><dt>${language.text("facts_status")}</dt><dd>${status}</dd></div>${s.isCurrent && html`\n<div><dt>${language.text(s.reviewOverdue ? "facts_review_was_due" : "facts_review_due")}</dt><dd>${date(s.reviewBy, language)}</dd></div>`}${
    predecessor && html`\n<div><dt>${language.text("facts_replaces")}</dt><dd><a href="${predecessor.url}">${predecessorTitle}</a></dd></div>`
  }
</dl>
${statementReview(s, language)}
<h2 id="statement">${language.text("heading_statement")}</h2>
<div class="prose"${lang}>${raw(renderMarkdown(own.statement, 3, textLanguage))}</div>
${own.commitments && html`${!leadsIntoList && html`<h2 id="commitments">${language.say("heading_commitments", { partnership })}</h2>`}\n${translation ? markdownList(own.commitments, false, textLanguage) : ownWords(markdownList(own.commitments, false, d.language), d.language, "div")}\n`}${
    d.protected_characteristics &&
    html`<h2 id="protected-characteristics">${language.text("heading_characteristics")}</h2>
<p>${language.text("characteristics_intro")}</p>
<ul>${d.protected_characteristics.map((c) => html`\n<li>${language.text(characteristicWord(c))}</li>`)}
</ul>\n`
  }${d.legislation && html`<h2 id="legislation">${language.text("heading_legislation")}</h2>\n<ul>${d.legislation.map((law) => html`\n<li>${marked(law, d.language)}</li>`)}\n</ul>\n`}${
    copy && html`<h2 id="signed-copy">${language.text("heading_signed_copy")}</h2>\n<p>${copy}</p>\n`
  }`.toString();
}

/** A translation's own signed copy; else the statement's, its English label marked as English. */
function signedCopy(s: Statement, { language, marked, translation, graph }: View): Html | string | undefined {
  if (translation?.data.document) return documentLink(translation.data.document, undefined, language);
  if (!s.data.document) return undefined;
  return translation ? marked(documentLink(s.data.document, undefined, siteLanguage(graph.site.language)), s.data.language) : documentLink(s.data.document, s.data.language, language);
}
