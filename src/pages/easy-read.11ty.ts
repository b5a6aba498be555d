// A statement's Easy Read version, or a translation's in its language: short sentences and pictures, large text, linked from the full statement.
import { layout } from "../../_includes/layouts/base.11ty.ts";
import type { PageData, TemplateFunctions } from "../eleventy/template-context.ts";
import { languageAttributes, ownWords } from "../filters/own-words.ts";
import { html, raw } from "../html/html.ts";
import { inLanguage, pageLanguage, siteLanguage } from "../language/page-language.ts";
import type { TranslatedEasyRead } from "../language/translation.ts";
import { renderMarkdown } from "../markdown/render.ts";
import type { EasyRead, SiteGraph } from "../model/graph.ts";

// Aliased `statement` so the layout finds its trail and its partnership (quick exit, who to contact) as it does on the statement's own page.
type EasyReadPage = PageData & { statement: EasyRead | TranslatedEasyRead };

export const data = {
  pagination: {
    data: "graph.easyReads",
    size: 1,
    alias: "statement",
    addAllPagesToCollections: true,
    // The translations' Easy Read versions follow the statements'.
    before: (easyReads: EasyRead[], all: { graph: SiteGraph }) => [...easyReads, ...all.graph.translations.flatMap((t) => t.easyRead ?? [])],
  },
  permalink: (data: EasyReadPage) => data.statement.url,
};

export function render(this: TemplateFunctions, data: EasyReadPage): string {
  const easyRead = data.statement as EasyRead | TranslatedEasyRead;
  const { site } = data.graph;
  const translation = "translation" in easyRead ? easyRead.translation : undefined;
  const statement = "statement" in easyRead ? easyRead.statement : easyRead.translation.statement;
  const full = translation ?? statement;
  const language = translation ? pageLanguage(translation.language, translation.words) : siteLanguage(site.language);
  const successor = translation ? translation.supersededBy : statement.supersededBy;
  const marked = (text: string, tag?: string) => inLanguage(text, tag ?? site.language, language);
  // A statement with its own language: its title and Easy Read text are marked with it; a translation's are its page's.
  const own = translation ? undefined : statement.data.language;
  const fullTitle = ownWords(full.title, own);
  const content = html`<div class="easy-read">
<h1>${language.say("easy_read_title", { title: fullTitle })}</h1>
<p>${language.say("easy_read_intro", { title: fullTitle })}</p>
<p>${language.say("easy_read_signed", { partnership: marked(statement.partnership.name, statement.partnership.data.language), date: language.date(statement.data.signed) })}</p>
${successor &&
  html`<div class="notice" role="note">
<p><strong>${language.text("easy_read_old")}</strong></p>
<p>${language.say("easy_read_newer", { successor: html`<a href="${successor.url}">${successor === statement.supersededBy ? marked(successor.title, statement.supersededBy.data.language) : successor.title}</a>` })}</p>
</div>
`}
${own ? html`<div${languageAttributes(own)}>${raw(renderMarkdown(easyRead.text, 2, own))}</div>` : raw(renderMarkdown(easyRead.text, 2, translation?.language))}
<p><a href="${full.url}">${language.text("easy_read_full")}</a></p>
</div>
`;
  const title = language.text("easy_read_title", { title: full.title });
  return layout(this, data, content.toString(), { title, description: language.text("easy_read_description", { title: full.title }), language });
}
