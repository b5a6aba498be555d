// When a statement is due for review; past that day, a GOV.UK warning, unmistakable beside the facts box and announced as a warning.
import { html, type Html } from "../../src/html/html.ts";
import type { Statement } from "../../src/model/graph.ts";
import { date } from "./date.ts";
import { ENGLISH, type PageLanguage } from "../../src/language/page-language.ts";

/** @example statementReview(statement) → <p>It will be reviewed by <time …>…</time>.</p> */
export function statementReview(statement: Statement, language: PageLanguage = ENGLISH): Html {
  const reviewBy = date(statement.reviewBy, language);
  if (statement.reviewOverdue) {
    return html`<div class="warning">
<span class="warning-icon" aria-hidden="true">!</span>
<p><strong><span class="visually-hidden">${language.text("review_warning")} </span>${language.text("review_overdue")}</strong> ${language.say("review_overdue_since", { date: reviewBy })}</p>
</div>\n`;
  }
  return statement.isCurrent ? html`<p>${language.say("review_due", { date: reviewBy })}</p>\n` : html``;
}
