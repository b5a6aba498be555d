// Groups that have closed, kept apart from the current tree, each with the day it closed.
import { partnershipType } from "../../src/filters/labels.ts";
import { ownWords } from "../../src/filters/own-words.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { Partnership } from "../../src/model/graph.ts";
import { date } from "./date.ts";

/** @example formerGroups(area.formerGroups) → <ul class="links" role="list">\n<li><a href="…">…</a> <span class="meta">Board, closed <time …>…</time></span></li>\n</ul> */
export function formerGroups(partnerships: readonly Partnership[]): Html {
  return html`<ul class="links" role="list">${partnerships.map(
    (g) => html`\n<li><a href="${g.url}">${ownWords(g.name, g.data.language)}</a> <span class="meta">${partnershipType(g.data.type)}, closed ${date(g.data.dissolved!)}</span></li>`,
  )}\n</ul>`;
}
