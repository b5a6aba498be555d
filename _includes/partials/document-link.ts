// A document whose address is only a website's home page is not the file it names, so it is shown as not yet online instead of linked.
import { documentLabel } from "../../src/filters/document-label.ts";
import { isSiteRoot } from "../../src/filters/is-site-root.ts";
import { ownWords } from "../../src/filters/own-words.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { DocumentData } from "../../src/model/schema.ts";

/** @example documentLink({ title: "Aims", format: "pdf", url: "https://example.org/aims.pdf" }) → <a href="https://example.org/aims.pdf">Aims (PDF)</a> */
export function documentLink(document: DocumentData, language?: string): Html {
  // The title is the file's own words, in its language; the type and size after it are the site's.
  const label = language ? html`${ownWords(document.title, language)}${documentLabel(document).slice(document.title.length)}` : documentLabel(document);
  return isSiteRoot(document.url) ? html`${label}: not yet published online` : html`<a href="${document.url}">${label}</a>`;
}
