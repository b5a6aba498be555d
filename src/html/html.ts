// HTML written in TypeScript and escaped as Nunjucks escapes it: the layout and the partnership page are rendered thousands of times a build, where Nunjucks cost most of the time.
import nunjucks from "nunjucks";

/** Markup that is HTML already: Nunjucks' own SafeString, so a Nunjucks page prints a part written in TypeScript as it is. */
export type Html = nunjucks.runtime.SafeString;

/** Markup our own code made (the Markdown renderer, a filter that escapes its text), to be printed as it is. */
export function raw(markup: string): Html {
  return new nunjucks.runtime.SafeString(markup);
}

/**
 * A template literal whose values are escaped unless they are Html; a list prints its items one after another, and
 * undefined, null and false print nothing, so `${condition && html`…`}` reads as `{% if %}` does.
 * @example html`<a href="${url}">${name}</a>` with name "Health & care" → <a href="…">Health &amp; care</a>
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let markup = strings[0];
  for (let i = 0; i < values.length; i++) markup += print(values[i]) + strings[i + 1];
  return raw(markup);
}

function print(value: unknown): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof nunjucks.runtime.SafeString) return value.toString();
  if (Array.isArray(value)) return value.map(print).join("");
  const text = String(value);
  // Most text has nothing to escape; testing first spares a copy of each.
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (character) => ESCAPES[character]) : text;
}

const UNSAFE = /[&"'<>\\]/;
const UNSAFE_ALL = /[&"'<>\\]/g;
/** Nunjucks' own escapes (its lib.escape), so a page reads the same whichever engine wrote it. */
const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;", "\\": "&#92;" };
