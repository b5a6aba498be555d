// The plans a partnership works to: period in words, themes, document; a plan whose period has passed says so and never reads as current.
import { planPeriod } from "../../src/filters/plan-period.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { Partnership, Plan } from "../../src/model/graph.ts";
import { documentLink } from "./document-link.ts";

/** @example plans(partnership) → <h2 id="plans">Plan</h2>\n<h3>…</h3>\n<p>Period: April 2024 to March 2027.</p>… */
export function plans(partnership: Partnership): Html {
  return html`<h2 id="plans">${partnership.plans.length > 1 ? "Plans" : "Plan"}</h2>\n${partnership.plans.map(plan)}`;
}

function plan(plan: Plan): Html {
  const period = plan.ended
    ? html`<div class="notice" role="note">
<p><strong>This plan has ended.</strong> Its period, ${planPeriod(plan.data)}, has passed. It is kept here as a record, not as a current plan.</p>
</div>\n`
    : html`<p>Period: ${planPeriod(plan.data)}.</p>\n`;
  return html`<h3>${plan.title}</h3>
${period}${plan.data.summary && html`<p>${plan.data.summary}</p>\n`}${plan.data.themes && themes(plan)}${plan.data.document && html`<p>${documentLink(plan.data.document)}</p>\n`}`;
}

function themes(plan: Plan): Html {
  const others = plan.themes;
  const crossCutting = plan.crossCuttingThemes.map(
    (theme) =>
      html`\n<li><strong>${theme.name}</strong>, a cross-cutting theme: it applies to all the ${others.length ? "other themes" : "plan's other themes"}${others.length > 0 && html` (${others.map((other) => other.name).join(", ")})`}.${theme.summary && html` ${theme.summary}`}</li>`,
  );
  return html`<p>${plan.ended ? "Its themes were:" : "Its themes are:"}</p>
<ul>${others.map((theme) => html`\n<li><strong>${theme.name}</strong>${theme.summary && html`: ${theme.summary}`}</li>`)}${crossCutting}
</ul>\n`;
}
