// Said first on the page of a group that has closed (or will): when, and who it reported to.
import { html, type Html } from "../../src/html/html.ts";
import type { Partnership } from "../../src/model/graph.ts";
import { date } from "./date.ts";

/** @example dissolvedNotice(partnership) → <div class="notice" role="note">\n<p><strong>… closed on <time …>…</time>.</strong> …</p>\n</div>\n */
export function dissolvedNotice(partnership: Partnership): Html {
  const closing = partnership.isDissolved
    ? html`<strong>${partnership.name} closed on ${date(partnership.data.dissolved!)}.</strong> This page is kept as a record of its work.`
    : html`<strong>${partnership.name} will close on ${date(partnership.data.dissolved!)}.</strong>`;
  const parent = partnership.parent && html` It ${partnership.isDissolved ? "reported" : "reports"} to <a href="${partnership.parent.url}">${partnership.parent.name}</a>.`;
  return html`<div class="notice" role="note">\n<p>${closing}${parent}</p>\n</div>\n`;
}
