// The plans a partnership works to: period in words, themes, document; a plan whose period has passed says so and never reads as current.
import { planPeriod } from "../../src/filters/plan-period.ts";
import { ownWords } from "../../src/filters/own-words.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { Partnership, Plan } from "../../src/model/graph.ts";
import { documentLink } from "./document-link.ts";

/** @example plans(partnership) → <h2 id="plans">Plan</h2>\n<h3>…</h3>\n<p>Period: April 2024 to March 2027.</p>… */
export function plans(partnership: Partnership): Html {
  return html`<h2 id="plans">${partnership.plans.length > 1 ? "Plans" : "Plan"}</h2>\n${partnership.plans.map((p) => plan(p, partnership.data.language))}`;
}

function plan(plan: Plan, language: string | undefined): Html {
  const period = plan.ended
    ? html`<div class="notice" role="note">
<p><strong>This plan has ended.</strong> Its period, ${planPeriod(plan.data)}, has passed. It is kept here as a record, not as a current plan.</p>
</div>\n`
    : html`<p>Period: ${planPeriod(plan.data)}.</p>\n`;
  return html`<h3>${ownWords(plan.title, language)}</h3>
${period}${plan.data.summary && html`<p>${ownWords(plan.data.summary, language)}</p>\n`}${plan.data.themes && themes(plan, language)}${plan.data.document && html`<p>${documentLink(plan.data.document, language)}</p>\n`}`;
}

function themes(plan: Plan, language: string | undefined): Html {
  const others = plan.themes;
  const crossCutting = plan.crossCuttingThemes.map(
    (theme) =>
      html`\n<li><strong>${ownWords(theme.name, language)}</strong>, a cross-cutting theme: it applies to all the ${others.length ? "other themes" : "plan's other themes"}${others.length > 0 && html` (${others.map((other, i) => html`${i > 0 && ", "}${ownWords(other.name, language)}`)})`}.${theme.summary && html` ${ownWords(theme.summary, language)}`}</li>`,
  );
  return html`<p>${plan.ended ? "Its themes were:" : "Its themes are:"}</p>
<ul>${others.map((theme) => html`\n<li><strong>${ownWords(theme.name, language)}</strong>${theme.summary && html`: ${ownWords(theme.summary, language)}`}</li>`)}${crossCutting}
</ul>\n`;
}
