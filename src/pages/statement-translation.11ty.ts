// A statement's translation: the statement's page, whole, in the translation's language (its words from _data/languages/<tag>.yaml).
import type { PageData, TemplateFunctions } from "../eleventy/template-context.ts";
import { pageLanguage } from "../language/page-language.ts";
import type { Translation } from "../language/translation.ts";
import { statementPage } from "./statement.11ty.ts";

type TranslationPage = PageData & { translation: Translation };

export const data = {
  pagination: { data: "graph.translations", size: 1, alias: "translation", addAllPagesToCollections: true },
  permalink: (data: TranslationPage) => data.translation.url,
};

export function render(this: TemplateFunctions, data: TranslationPage): string {
  const t = data.translation;
  // The layout finds the partnership (quick exit, who to contact) and the trail through `statement`, as on the statement's own page.
  return statementPage(this, { ...data, statement: t }, t.statement, pageLanguage(t.language, t.words), t);
}
