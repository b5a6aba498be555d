// A file's own words (a name, a summary, a description) marked with the file's language wherever they are printed, so a screen reader speaks them in its voice (WCAG 3.1.2).
import { html, raw, type Html } from "../html/html.ts";
import { textDirection } from "../language/tag.ts";

/** The lang (and dir, for a right-to-left script) of an element holding words in `language`; nothing without one. @example languageAttributes("ur") → ' lang="ur" dir="rtl"' */
export function languageAttributes(language: string | undefined): Html | "" {
  if (!language) return "";
  return textDirection(language) === "rtl" ? html` lang="${language}" dir="rtl"` : html` lang="${language}"`;
}

/**
 * Words (text, or markup our own code made) in a span (or another element) marked with their language; as they are without one.
 * @example ownWords("মহিলা সমিতি", "bn") → <span lang="bn">মহিলা সমিতি</span>
 */
export function ownWords(words: string | Html | undefined, language: string | undefined, element: "span" | "div" = "span"): Html | string | undefined {
  if (!language || words === undefined || words === "") return words;
  return html`<${raw(element)}${languageAttributes(language)}>${words}</${raw(element)}>`;
}
