// A pa11y runner for what pa11y's own axe runner leaves out: axe-core's WCAG 2.2 rules (pa11y's WCAG2AA tags stop at 2.1, and
// pa11y's shared `rules` option cannot switch them on while HTML_CodeSniffer runs too: it rejects axe rule ids), and every
// violation of moderate or minor impact (pa11y files those as warnings and notices, which pa11y-ci does not count, so axe's
// `region`, `heading-order` or `landmark-*` findings would pass). Listed after "axe" in .pa11yci; it uses the axe-core that runner loads.
'use strict';

module.exports = {
  supports: '^9.0.0',
  scripts: [],
  // pa11y turns this function into text and runs it in the page, so it refers to nothing outside itself.
  run: async () => {
    const axe = window.axe;
    if (!axe) throw new Error('the axe-extra runner needs the "axe" runner before it in "runners"');
    const wcag22 = ['wcag22a', 'wcag22aa'];
    const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', ...wcag22, 'best-practice'] }, resultTypes: ['violations'] };
    let results;
    // pa11y starts its runners together, and axe runs one check at a time: wait for the axe runner's to finish.
    for (let attempt = 0; results === undefined; attempt += 1) {
      try {
        results = await axe.run(window.document, options);
      } catch (error) {
        if (!/already running/i.test(String(error && error.message)) || attempt > 600) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return results.violations
      // The axe runner already reports serious and critical violations of the WCAG 2.0 and 2.1 rules as errors.
      .filter((rule) => rule.tags.some((tag) => wcag22.includes(tag)) || rule.impact === 'moderate' || rule.impact === 'minor')
      .flatMap((rule) =>
        rule.nodes.map((node) => ({
          code: rule.id,
          type: 'error',
          message: `${rule.help} (${rule.helpUrl})`,
          element: node.target ? window.document.querySelector(node.target.join(' ')) : null,
          runnerExtras: { description: rule.description, impact: node.impact ?? rule.impact, help: rule.help, helpUrl: rule.helpUrl },
        })),
      );
  },
};
