// One A to Z letter's page, or one of its pages when the letter runs on over /a-z/<letter>/2/…: the partnerships starting with it, with guide words and links between its pages. TypeScript: a letter of 10,000 names has dozens of pages.
import { layout } from "../../_includes/layouts/base.11ty.ts";
import type { PageData, TemplateFunctions } from "../eleventy/template-context.ts";
import { dateInWords } from "../filters/date-in-words.ts";
import { partnershipType } from "../filters/labels.ts";
import { ownWords } from "../filters/own-words.ts";
import { html, type Html } from "../html/html.ts";
import type { LetterGroup, Partnership } from "../model/graph.ts";
import { letterPages, type LetterPage } from "./letter-pages.ts";
import { pagination } from "./pagination.ts";

type LetterPageData = PageData & { letterPage: LetterPage; stylesheet: { css: string } };

// No Eleventy layout: the page puts itself in the layout (see layout() in base.11ty.ts).
export const data = {
  pagination: {
    data: "graph.letters",
    size: 1,
    alias: "letterPage",
    addAllPagesToCollections: true,
    // Each letter becomes as many pages as its list needs to fit the budget.
    before: (letters: LetterGroup[], data: LetterPageData) => letterPages(letters, data.stylesheet.css, (p) => item(p).toString()),
  },
  permalink: (data: LetterPageData) => data.letterPage.url,
};

export function render(this: TemplateFunctions, data: LetterPageData): string {
  const page = data.letterPage;
  const { letter } = page;
  const runsOn = page.pages.length > 1;
  const title = `Partnerships A to Z: ${letter.label}${runsOn ? ` (page ${page.number} of ${page.pages.length})` : ""}`;
  // "S (page 1)", not "S": a one-letter link would be smaller than a 24 px target (WCAG 2.5.8), and it says where it leads.
  const breadcrumbs = [{ title: "Partnerships A to Z", url: "/a-z/" }, ...(page.number > 1 ? [{ title: `${letter.label} (page 1)`, url: letter.url }] : [])];
  const description = `Every local partnership, board and group whose name starts with ${letter.label}${runsOn ? `, from ${first(page)} to ${last(page)}` : ""}.`;
  return layout(this, { ...data, breadcrumbs }, content(page, title).toString(), { title, description });
}

function content(page: LetterPage, title: string): Html {
  const count = page.letter.partnerships.length;
  const counted = `${count.toLocaleString("en-GB")} partnership${count === 1 ? "" : "s"}`;
  if (page.pages.length === 1) {
    return html`<h1>${title}</h1>
<p>${counted}. <a href="/a-z/">See every letter</a>.</p>
${list(page)}`;
  }
  // Guide words, as a dictionary's page has them: the first and the last name on this page.
  return html`<h1>${title}</h1>
<p>${counted} start with ${page.letter.label}, on ${page.pages.length} pages. <a href="/a-z/">See every letter</a>.</p>
<p class="guide-words">This page: ${(page.offset + 1).toLocaleString("en-GB")} to ${(page.offset + page.partnerships.length).toLocaleString("en-GB")}, from <strong>${marked(page.partnerships[0]!)}</strong> to <strong>${marked(page.partnerships.at(-1)!)}</strong>.</p>
${list(page)}
${pagination(page)}`;
}

function list(page: LetterPage): Html {
  return html`<ul class="links" role="list">${page.partnerships.map((p) => html`\n${item(p)}`)}
</ul>`;
}

/** One partnership as the letter's list shows it: its name, type and area, and when it closed. */
function item(p: Partnership): Html {
  return html`<li><a href="${p.url}">${ownWords(p.name, p.data.language)}</a> <span class="meta">${partnershipType(p.data.type)}, ${p.area.shortName}${p.isDissolved && p.data.dissolved && html`, closed ${dateInWords(p.data.dissolved)}`}</span></li>`;
}

/** A name on the page, marked with its own language. */
const marked = (p: Partnership) => ownWords(p.name, p.data.language);
export const first = (page: LetterPage): string => page.partnerships[0]!.name;
export const last = (page: LetterPage): string => page.partnerships.at(-1)!.name;
