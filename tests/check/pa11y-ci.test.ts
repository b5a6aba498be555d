// pa11y-ci with the repository's .pa11yci over the gate fixtures: each fault is rejected by page and rule, the good pages pass, and axe's WCAG 2.2 rules really run.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { axeWcag22Rules } from '../../scripts/check/axe-wcag22-rules.ts';
import { checkPa11yCi, PA11YCI_FILE, readPa11yCiConfig } from '../../scripts/check/pa11y-ci.ts';
import type { Issue } from '../../scripts/check/types.ts';
import { fixture, printed, tempSite } from './fixtures.ts';

const ci = suite('check/pa11y-ci');
const FIXTURES = path.dirname(fixture('good'));
const lines: string[] = [];
const byPage = new Map<string, Issue[]>();
const pages = ['/good/', '/good/404.html', '/missing-alt/', '/low-contrast/', '/aaa-contrast/', '/dark-contrast/', '/small-target/', '/heading-skip/', '/outside-landmarks/', '/broken-link/'];

ci.before(async () => {
  // One pa11y-ci run over every fixture, served together from their parent folder.
  const result = await checkPa11yCi(FIXTURES, pages, { log: (line) => lines.push(line), onPage: (page, issues) => byPage.set(page, issues) });
  assert.is(result.pagesChecked, pages.length);
});

const rulesOn = (page: string) => [...new Set((byPage.get(page) ?? []).map((issue) => issue.rule))].sort();

ci('the repository .pa11yci: axe and HTML_CodeSniffer at WCAG2AA, the axe-extra runner, threshold 0, the system Chromium without sandbox', () => {
  const { defaults } = readPa11yCiConfig(PA11YCI_FILE);
  assert.equal(defaults.runners, ['axe', 'htmlcs', './scripts/check/pa11y-runner-axe-extra.cjs']);
  assert.is(defaults.standard, 'WCAG2AA');
  assert.is(defaults.threshold, 0);
  assert.is(defaults.chromeLaunchConfig?.executablePath, '/usr/bin/chromium');
  assert.ok(defaults.chromeLaunchConfig?.args?.includes('--no-sandbox'));
  assert.ok(defaults.chromeLaunchConfig?.args?.includes('--disable-background-networking'));
});

ci('the repository .pa11yci keeps more pages open than Chromium has renderers, so one page waiting for the network to go quiet leaves the processor to the others', () => {
  const { defaults } = readPa11yCiConfig(PA11YCI_FILE);
  const limit = Number(/^--renderer-process-limit=(\d+)$/.exec(defaults.chromeLaunchConfig?.args?.find((arg) => arg.startsWith('--renderer-process-limit=')) ?? '')?.[1]);
  assert.ok(limit >= 1, 'no --renderer-process-limit=N in chromeLaunchConfig.args');
  assert.ok((defaults.concurrency ?? 1) > limit, `concurrency ${defaults.concurrency} is not above the renderer limit ${limit}`);
});

ci("prints pa11y-ci's own lines: one per page, then the pass count", () => {
  assert.ok(lines.includes(`Running Pa11y on ${pages.length} URLs:`), lines.join('\n'));
  assert.ok(lines.some((line) => /^ > http:\/\/127\.0\.0\.1:\d+\/good\/ - 0 errors$/.test(line)), lines.join('\n'));
  assert.ok(lines.some((line) => /^ > http:\/\/127\.0\.0\.1:\d+\/missing-alt\/ - 2 errors$/.test(line)), lines.join('\n'));
  assert.ok(lines.includes(`✘ 5/${pages.length} URLs passed`), lines.join('\n'));
});

ci('the good pages, and faults only other checkers see, pass', () => {
  for (const page of ['/good/', '/good/404.html', '/aaa-contrast/', '/dark-contrast/', '/broken-link/']) assert.equal(byPage.get(page), [], `${page}\n${printed(byPage.get(page) ?? [])}`);
});

ci('missing-alt: axe image-alt and HTML_CodeSniffer H37, with the element as context', () => {
  assert.equal(rulesOn('/missing-alt/'), ['axe/image-alt', 'htmlcs/WCAG2AA.Principle1.Guideline1_1.1_1_1.H37']);
  const issue = byPage.get('/missing-alt/')![0]!;
  assert.match(issue.context ?? '', /^<img src="\/logo\.svg"/);
  assert.match(printed([issue]), '/missing-alt/: pa11y-ci axe/image-alt: Images must have alternative text');
});

ci('low-contrast: axe color-contrast and HTML_CodeSniffer G18', () => {
  assert.equal(rulesOn('/low-contrast/'), ['axe/color-contrast', 'htmlcs/WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail']);
});

ci('small-target: the 16 px targets fail WCAG 2.2 target-size through pa11y-ci', () => {
  assert.equal(rulesOn('/small-target/'), ['axe-extra/target-size'], printed(byPage.get('/small-target/') ?? []));
  assert.match(printed(byPage.get('/small-target/') ?? []), 'All touch targets must be 24px large');
  // Every axe rule tagged WCAG 2.2 is one the axe-extra runner runs (it selects them by tag).
  assert.equal(axeWcag22Rules(), ['target-size']);
});

ci("best practice, as an outside axe run reports it: a link outside every landmark (region), a skipped heading level (heading-order)", () => {
  assert.equal(rulesOn('/outside-landmarks/'), ['axe-extra/region']);
  assert.equal(rulesOn('/heading-skip/'), ['axe-extra/heading-order']);
});

ci("without the axe-extra runner pa11y-ci would pass the 16 px targets; an ignore in the config is honoured", async () => {
  const { defaults } = readPa11yCiConfig(PA11YCI_FILE);
  const site = tempSite({});
  try {
    const plain = path.join(site, 'plain.json');
    writeFileSync(plain, JSON.stringify({ defaults: { ...defaults, runners: ['axe', 'htmlcs'] } }));
    const ignoring = path.join(site, 'ignoring.json');
    writeFileSync(ignoring, JSON.stringify({ defaults: { ...defaults, ignore: ['target-size'] } }));
    for (const configFile of [plain, ignoring]) {
      const result = await checkPa11yCi(FIXTURES, ['/small-target/'], { configFile, log: () => undefined });
      assert.equal(result.issues, [], `${readFileSync(configFile, 'utf8')}\n${printed(result.issues)}`);
    }
  } finally {
    rmSync(site, { recursive: true });
  }
});

ci('guard: zero pages fails', async () => {
  try {
    await checkPa11yCi(FIXTURES, []);
    assert.unreachable('checked nothing, so it must fail');
  } catch (error) {
    assert.match((error as Error).message, 'pa11y-ci: no pages to check');
  }
});

ci.run();
