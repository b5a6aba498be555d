// A date in words, machine-readable too.
import { dateInWords } from "../../src/filters/date-in-words.ts";
import { html, type Html } from "../../src/html/html.ts";

/** @example date("2026-03-01") → <time datetime="2026-03-01">1 March 2026</time> */
export function date(value: string): Html {
  return html`<time datetime="${value}">${dateInWords(value)}</time>`;
}
