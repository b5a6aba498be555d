// A document whose address is only a website's home page is not the file it names, so it is shown as not yet online instead of linked.
import { documentLabel } from "../../src/filters/document-label.ts";
import { isSiteRoot } from "../../src/filters/is-site-root.ts";
import { ownWords } from "../../src/filters/own-words.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { DocumentData } from "../../src/model/schema.ts";
import { ENGLISH, type PageLanguage } from "../../src/language/page-language.ts";

/** @example documentLink({ title: "Aims", format: "pdf", url: "https://example.org/aims.pdf" }) → <a href="https://example.org/aims.pdf">Aims (PDF)</a> */
/** `titleLanguage`: the language of the document's title, when not the page's (the type and size after it are the page's words). */
export function documentLink(document: DocumentData, titleLanguage?: string, language: PageLanguage = ENGLISH): Html | string {
  const label = documentLabel(document, language);
  const shown = titleLanguage ? (label.startsWith(document.title) ? html`${ownWords(document.title, titleLanguage)}${label.slice(document.title.length)}` : ownWords(label, titleLanguage)) : label;
  return isSiteRoot(document.url) ? language.say("document_not_online", { document: shown }) : html`<a href="${document.url}">${shown}</a>`;
}
