// A document whose address is only a website's home page is not the file it names, so it is shown as not yet online instead of linked.
import { documentLabel } from "../../src/filters/document-label.ts";
import { isSiteRoot } from "../../src/filters/is-site-root.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { DocumentData } from "../../src/model/schema.ts";
import { ENGLISH, type PageLanguage } from "../../src/language/page-language.ts";

/** @example documentLink({ title: "Aims", format: "pdf", url: "https://example.org/aims.pdf" }) → <a href="https://example.org/aims.pdf">Aims (PDF)</a> */
export function documentLink(document: DocumentData, language: PageLanguage = ENGLISH): Html {
  const label = documentLabel(document, language);
  return isSiteRoot(document.url) ? language.say("document_not_online", { document: label }) : html`<a href="${document.url}">${label}</a>`;
}
