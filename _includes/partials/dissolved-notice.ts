// Said first on the page of a group that has closed (or will): when, and who it reported to.
import { ownWords } from "../../src/filters/own-words.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { Partnership } from "../../src/model/graph.ts";
import { date } from "./date.ts";

/** @example dissolvedNotice(partnership) → <div class="notice" role="note">\n<p><strong>… closed on <time …>…</time>.</strong> …</p>\n</div>\n */
export function dissolvedNotice(partnership: Partnership): Html {
  const name = ownWords(partnership.name, partnership.data.language);
  const closing = partnership.isDissolved
    ? html`<strong>${name} closed on ${date(partnership.data.dissolved!)}.</strong> This page is kept as a record of its work.`
    : html`<strong>${name} will close on ${date(partnership.data.dissolved!)}.</strong>`;
  const parent = partnership.parent && html` It ${partnership.isDissolved ? "reported" : "reports"} to <a href="${partnership.parent.url}">${ownWords(partnership.parent.name, partnership.parent.data.language)}</a>.`;
  return html`<div class="notice" role="note">\n<p>${closing}${parent}</p>\n</div>\n`;
}
