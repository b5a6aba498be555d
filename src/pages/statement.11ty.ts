// One equalities statement's page: the statement as signed, its commitments and coverage, and what replaced it. TypeScript, not Nunjucks: a large site has thousands.
import { date } from "../../_includes/partials/date.ts";
import { documentLink } from "../../_includes/partials/document-link.ts";
import { markdownList } from "../../_includes/partials/markdown-list.ts";
import { statementReview } from "../../_includes/partials/statement-review.ts";
import { layout } from "../../_includes/layouts/base.11ty.ts";
import type { PageData, TemplateFunctions } from "../eleventy/template-context.ts";
import { characteristicName } from "../filters/labels.ts";
import { languageAttributes, ownWords } from "../filters/own-words.ts";
import { html, raw } from "../html/html.ts";
import { renderMarkdown } from "../markdown/render.ts";
import type { Statement } from "../model/graph.ts";

type StatementPage = PageData & { statement: Statement };

// No Eleventy layout: the page puts itself in the layout (see layout() in base.11ty.ts).
export const data = {
  pagination: { data: "graph.statements", size: 1, alias: "statement", addAllPagesToCollections: true },
  permalink: (data: StatementPage) => data.statement.url,
};

export function render(this: TemplateFunctions, data: StatementPage): string {
  const s = data.statement;
  // A replaced statement says so in its title, as GOV.UK does for withdrawn pages.
  const title = s.isCurrent ? s.title : `Superseded: ${s.title}`;
  // Never the title again: without a summary, say who signed it, when, and what replaced it.
  const description =
    s.data.summary ?? `The equalities statement ${s.partnership.name} signed in ${s.data.signed.slice(0, 4)}${s.supersededBy ? `, since replaced by the ${s.supersededBy.title}` : ""}.`;
  return layout(this, data, content(s), { title, description });
}

function content(s: Statement): string {
  const d = s.data;
  const lang = languageAttributes(d.language);
  const partnership = ownWords(s.partnership.name, s.partnership.data.language);
  const status = s.isCurrent ? html`Current${s.reviewOverdue && html` – review overdue since ${date(s.reviewBy)}`}` : "Superseded (replaced by a newer statement)";
  // A statement that ends "… will work towards:" leads straight into its list; a heading between them would cut the sentence from it.
  const leadsIntoList = d.statement.trim().endsWith(":");
  return html`<h1${lang}>${s.title}</h1>
${s.supersededBy &&
  html`<div class="notice" role="note">
<p><strong>This statement has been replaced.</strong> It was superseded by the <a href="${s.supersededBy.url}">${ownWords(s.supersededBy.title, s.supersededBy.data.language)}</a>, signed on ${date(s.supersededBy.data.signed)}.</p>
</div>\n`}${d.summary && html`<p class="lead"${lang}>${d.summary}</p>\n`}${s.easyRead && html`<p class="easy-read-link"><a href="${s.easyRead.url}">Read this statement in Easy Read</a></p>\n`}
<dl class="facts">
<div><dt>Signed by</dt><dd><a href="${s.partnership.url}">${partnership}</a></dd></div>
<div><dt>Signed on</dt><dd>${date(d.signed)}</dd></div>
<div><dt>Status</dt><dd>${status}</dd></div>${s.isCurrent && html`\n<div><dt>${s.reviewOverdue ? "Review was due by" : "Review due by"}</dt><dd>${date(s.reviewBy)}</dd></div>`}${
    s.supersedes && html`\n<div><dt>Replaces</dt><dd><a href="${s.supersedes.url}">${ownWords(s.supersedes.title, s.supersedes.data.language)}</a></dd></div>`
  }
</dl>
${statementReview(s)}
<h2 id="statement">The statement</h2>
<div class="prose"${lang}>${raw(renderMarkdown(d.statement, 3, d.language))}</div>
${d.commitments && html`${!leadsIntoList && html`<h2 id="commitments">What ${partnership} will work towards</h2>`}\n${ownWords(markdownList(d.commitments, false, d.language), d.language, "div")}\n`}${
    d.protected_characteristics &&
    html`<h2 id="protected-characteristics">Protected characteristics covered</h2>
<p>The Equality Act 2010 characteristics this statement names:</p>
<ul>${d.protected_characteristics.map((c) => html`\n<li>${characteristicName(c)}</li>`)}
</ul>\n`
  }${d.legislation && html`<h2 id="legislation">Legislation</h2>\n<ul>${d.legislation.map((law) => html`\n<li>${ownWords(law, d.language)}</li>`)}\n</ul>\n`}${
    d.document && html`<h2 id="signed-copy">Signed copy</h2>\n<p>${documentLink(d.document, d.language)}</p>\n`
  }`.toString();
}
