// The language a page is written in: its tag and direction, its interface words, and dates and numbers written its way.
import { dateInWords } from "../filters/date-in-words.ts";
import { html, raw, type Html } from "../html/html.ts";
import { textDirection } from "./tag.ts";
import { WORDS, type WordKey, type Words } from "./words.ts";

export interface PageLanguage {
  /** The BCP 47 tag, e.g. "bn". */
  readonly tag: string;
  readonly direction: "ltr" | "rtl";
  /** True for the site's own language, whose pages say nothing of their language beyond <html lang>. */
  readonly isSiteLanguage: boolean;
  /** One interface word, its placeholders filled with text. @example text("feed_title", { site: "Westshire" }) → "Westshire: updates" */
  text(key: WordKey, values?: Record<string, string | number>): string;
  /** One interface word as HTML: its own text escaped, its placeholders filled with text or markup. @example say("review_due", { date: date("2030-01-01") }) */
  say(key: WordKey, values?: Record<string, unknown>): Html;
  /** A date (YYYY, YYYY-MM or YYYY-MM-DD) in words: the site's language as GOV.UK writes it, another as Intl does. */
  date(value: string): string;
  /** A number the language's way (its digits and decimal sign), at most one decimal place, without grouping (a file size). */
  number(value: number): string;
}

/** The site's own language, in the catalogue's English words. */
export function siteLanguage(tag: string): PageLanguage {
  return pageLanguage(tag, WORDS, true);
}

const cache = new WeakMap<Words, PageLanguage>();

/** A language with its words; the same words give the same object, so a build of 10,000 pages makes each once. */
export function pageLanguage(tag: string, words: Words, isSiteLanguage = false): PageLanguage {
  const known = cache.get(words);
  if (known?.tag === tag) return known;
  const direction = textDirection(tag);
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, useGrouping: false });
  const formats = {
    day: new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    month: new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }),
    year: new Intl.DateTimeFormat(tag, { year: "numeric", timeZone: "UTC" }),
  };
  const language: PageLanguage = {
    tag,
    direction,
    isSiteLanguage,
    // Most words have no placeholder, and a large site asks for them a million times a build: those are returned as they are.
    text: (key, values) => (values && words[key].includes("{") ? join(words[key], values, (part) => part, String) : words[key]),
    say: (key, values = {}) => raw(join(words[key], values, escaped, (value) => html`${value}`.toString())),
    date: (value) => {
      if (isSiteLanguage) return dateInWords(value);
      const [year, month, day] = String(value).split("-").map(Number);
      const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
      return (day ? formats.day : month ? formats.month : formats.year).format(when);
    },
    number: (value) => numbers.format(value),
  };
  cache.set(words, language);
  return language;
}

/** A word cut at its placeholders, once: its text at even places, the placeholders' names at odd ones. */
const pieces = new Map<string, string[]>();
function piecesOf(template: string): string[] {
  let found = pieces.get(template);
  if (!found) pieces.set(template, (found = template.split(/\{([a-z_]+)\}/)));
  return found;
}

/** The word with each placeholder replaced by its value; text and values each printed their own way (escaped for HTML, or as they are). */
function join(template: string, values: Record<string, unknown>, text: (part: string) => string, value: (value: unknown) => string): string {
  const parts = piecesOf(template);
  let out = text(parts[0]);
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] in values ? value(values[parts[i]]) : `{${parts[i]}}`) + text(parts[i + 1]);
  return out;
}

const escaped = (part: string) => html`${part}`.toString();

/** Text in another language than the page's, marked so a screen reader speaks it in the right voice. @example inLanguage("Westshire Partners", "en-GB", bengali) → <span lang="en-GB">Westshire Partners</span> */
export function inLanguage(text: unknown, tag: string, page: PageLanguage): Html {
  if (tag === page.tag) return html`${text}`;
  const direction = textDirection(tag);
  return html`<span lang="${tag}"${direction !== page.direction && raw(` dir="${direction}"`)}>${text}</span>`;
}

/** The catalogue's English, for a part that Nunjucks pages call without saying their language (they are all in the site's). */
export const ENGLISH = siteLanguage("en-GB");
