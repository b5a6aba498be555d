// Cuts each A to Z letter into pages that fit the budget: /a-z/<letter>/, then /a-z/<letter>/2/, /3/…, each with its guide words (the first and last name on it), as a dictionary's pages have.
import { gzipSync } from "node:zlib";
import { mainContentRoom } from "../filters/fits-page-budget.ts";
import type { LetterGroup, Partnership } from "../model/graph.ts";

/** One page of a letter. */
export interface LetterPage {
  letter: LetterGroup;
  /** 1 for /a-z/<letter>/. */
  number: number;
  url: string;
  /** Its partnerships, A to Z; every partnership of the letter is on exactly one page. */
  partnerships: readonly Partnership[];
  /** Where the first partnership on it stands in the letter's list (0-based). */
  offset: number;
  /** Every page of this letter, this one included, for the links between them. */
  pages: readonly LetterPage[];
}

/** Gzipped bytes kept beside the list for the heading, the guide words and the links between pages (about 450 bytes with the longest names). */
export const PAGE_FRAME_BYTES = 1024;

/** /a-z/s/ for the first page, /a-z/s/2/ for the second. */
export function letterPageUrl(letter: LetterGroup, number: number): string {
  return number === 1 ? letter.url : `${letter.url}${number}/`;
}

/**
 * Every letter's pages. `item` renders one partnership as its list shows it; pages are filled while the list,
 * gzipped, stays within the room the stylesheet and the layout leave (fits-page-budget.ts), less PAGE_FRAME_BYTES.
 * @example letterPages(graph.letters, css, item) → [{ letter: A, number: 1, url: "/a-z/a/", … }, { letter: S, number: 2, url: "/a-z/s/2/", … }]
 */
export function letterPages(letters: readonly LetterGroup[], stylesheetCss: string, item: (p: Partnership) => string): LetterPage[] {
  const room = mainContentRoom(stylesheetCss) - PAGE_FRAME_BYTES;
  return letters.flatMap((letter) => {
    const items = letter.partnerships.map(item);
    const pages: LetterPage[] = [];
    for (const [start, end] of cut(items, room)) {
      pages.push({ letter, number: pages.length + 1, url: letterPageUrl(letter, pages.length + 1), partnerships: letter.partnerships.slice(start, end), offset: start, pages });
    }
    return pages;
  });
}

/** [start, end) ranges of items, each as long as fits in `room` gzipped bytes (at least one item each, so every item is placed). */
function cut(items: string[], room: number): [number, number][] {
  const ranges: [number, number][] = [];
  const fits = (start: number, end: number) => gzipSync(items.slice(start, end).join("\n")).length <= room;
  let start = 0;
  while (start < items.length) {
    // Grow by doubling until it no longer fits, then search between: a few gzips of about one page's worth each, never of
    // the whole rest of a long letter (which, at every page of a letter of thousands, made the cut grow with the square of it).
    let good = start + 1;
    let bad = items.length + 1;
    for (let size = 2; good < items.length; size *= 2) {
      const next = Math.min(start + size, items.length);
      if (!fits(start, next)) {
        bad = next;
        break;
      }
      good = next;
    }
    while (bad - good > 1) {
      const middle = (good + bad) >> 1;
      if (fits(start, middle)) good = middle;
      else bad = middle;
    }
    ranges.push([start, good]);
    start = good;
  }
  return ranges;
}
