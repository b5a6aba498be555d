// A date in words, machine-readable too.
import { html, type Html } from "../../src/html/html.ts";
import { ENGLISH, type PageLanguage } from "../../src/language/page-language.ts";

/** @example date("2026-03-01") → <time datetime="2026-03-01">1 March 2026</time>; in Polish, <time …>1 marca 2026</time> */
export function date(value: string, language: PageLanguage = ENGLISH): Html {
  return html`<time datetime="${value}">${language.date(value)}</time>`;
}
