// When a statement is due for review; past that day, a GOV.UK warning, unmistakable beside the facts box and announced as a warning.
import { html, type Html } from "../../src/html/html.ts";
import type { Statement } from "../../src/model/graph.ts";
import { date } from "./date.ts";

/** @example statementReview(statement) → <p>It will be reviewed by <time …>…</time>.</p> */
export function statementReview(statement: Statement): Html {
  if (statement.reviewOverdue) {
    return html`<div class="warning">
<span class="warning-icon" aria-hidden="true">!</span>
<p><strong><span class="visually-hidden">Warning: </span>This statement is overdue for review.</strong> It should have been reviewed by ${date(statement.reviewBy)}.</p>
</div>\n`;
  }
  return statement.isCurrent ? html`<p>It will be reviewed by ${date(statement.reviewBy)}.</p>\n` : html``;
}
