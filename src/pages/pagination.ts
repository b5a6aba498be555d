// Links between the pages of a letter that runs on, after GOV.UK's pagination component: previous and next with the pages' guide words, and the page numbers (first, last and those beside this one).
import { ownWords } from "../filters/own-words.ts";
import { html, type Html } from "../html/html.ts";
import type { LetterPage } from "./letter-pages.ts";

/** The numbers shown: 1, the last, and this page's neighbours; null where numbers are left out (an ellipsis). */
export function pageNumbers(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, total])].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

/** @example pagination(page 2 of 3) → <nav class="pagination" aria-label="Pages of S">… Previous page … 1 [2] 3 … Next page …</nav> */
export function pagination(page: LetterPage): Html {
  const previous = page.pages[page.number - 2];
  const next = page.pages[page.number];
  const guide = (p: LetterPage) => html`<span class="pagination-label">${ownWords(p.partnerships[0]!.name, p.partnerships[0]!.data.language)} to ${ownWords(p.partnerships.at(-1)!.name, p.partnerships.at(-1)!.data.language)}</span>`;
  return html`<nav class="pagination" aria-label="Pages of ${page.letter.label}">${previous &&
  html`\n<p class="pagination-prev"><a href="${previous.url}" rel="prev">Previous page<span class="visually-hidden">:</span> ${guide(previous)}</a></p>`}
<ul role="list">${pageNumbers(page.number, page.pages.length).map((n) =>
    n === null
      ? html`\n<li class="pagination-ellipsis">…</li>`
      : n === page.number
        ? html`\n<li><a href="${page.url}" aria-current="page" aria-label="Page ${n}">${n}</a></li>`
        : html`\n<li><a href="${page.pages[n - 1]!.url}" aria-label="Page ${n}">${n}</a></li>`,
  )}
</ul>${next && html`\n<p class="pagination-next"><a href="${next.url}" rel="next">Next page<span class="visually-hidden">:</span> ${guide(next)}</a></p>`}
</nav>`;
}
