// The axe-core rules for WCAG 2.2 A/AA (e.g. target-size): pa11y's WCAG2AA tags stop at wcag21aa, so the axe-extra runner (pa11y-runner-axe-extra.cjs) runs these by their tags; the tests hold it to this list.
import axe from 'axe-core';

export const WCAG22_TAGS = ['wcag22a', 'wcag22aa'];

export function axeWcag22Rules(): string[] {
  const rules = axe.getRules(WCAG22_TAGS).map((rule) => rule.ruleId);
  if (rules.length === 0) throw new Error(`axe-core ${axe.version}: no rules tagged ${WCAG22_TAGS.join('/')}; WCAG 2.2 would go unchecked`);
  return rules;
}
