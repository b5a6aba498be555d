// A document whose address is only a website's home page is not the file it names, so it is shown as not yet online instead of linked.
import { documentLabel } from "../../src/filters/document-label.ts";
import { isSiteRoot } from "../../src/filters/is-site-root.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { DocumentData } from "../../src/model/schema.ts";

/** @example documentLink({ title: "Aims", format: "pdf", url: "https://example.org/aims.pdf" }) → <a href="https://example.org/aims.pdf">Aims (PDF)</a> */
export function documentLink(document: DocumentData): Html {
  return isSiteRoot(document.url) ? html`${documentLabel(document)}: not yet published online` : html`<a href="${document.url}">${documentLabel(document)}</a>`;
}
