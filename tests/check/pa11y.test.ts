// Browser tests for scripts/check/pa11y.ts (and the whole gate): one shared Chromium, one small page per fixture.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pa11y from 'pa11y';
import type { Browser } from 'puppeteer';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { launchBrowser } from '../../scripts/check/browser.ts';
import { runGate } from '../../scripts/check/gate.ts';
import { checkPa11y, passes } from '../../scripts/check/pa11y.ts';
import type { GateReport } from '../../scripts/check/report.ts';
import { sourceFingerprint } from '../../src/accessibility/report.ts';
import { serve } from '../../scripts/check/serve.ts';
import { fixture, printed, rules } from './fixtures.ts';

const context: { browser?: Browser } = {};
const browser = (): Browser => {
  if (!context.browser) throw new Error('browser not started');
  return context.browser;
};
const check = (name: string, pages: string[] = ['/']) => checkPa11y(fixture(name), pages, { browser: browser() });

const a11y = suite('check/pa11y');
a11y.before(async () => {
  context.browser = await launchBrowser();
});
a11y.after(async () => {
  await context.browser?.close();
});

a11y('the good site passes every runner (home page and 404 page)', async () => {
  const result = await check('good', ['/', '/404.html']);
  assert.is(result.pagesChecked, 2);
  assert.equal(result.issues, [], printed(result.issues));
  assert.match(result.tools?.['chromium'] ?? '', /Chrome\/\d+/);
});

a11y('missing-alt: rejected by axe image-alt and HTML_CodeSniffer H37', async () => {
  const result = await check('missing-alt');
  assert.equal(rules(result.issues), ['axe/image-alt', 'htmlcs/WCAG2AA.Principle1.Guideline1_1.1_1_1.H37'], printed(result.issues));
  assert.match(printed(result.issues), '/: pa11y axe/image-alt: Images must have alternative text');
});

a11y('low-contrast: rejected by axe color-contrast and HTML_CodeSniffer G18 (and AAA G17)', async () => {
  const result = await check('low-contrast');
  assert.equal(
    rules(result.issues),
    [
      'axe/color-contrast',
      'htmlcs/WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail',
      'htmlcs/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail',
    ],
    printed(result.issues),
  );
});

a11y('aaa-contrast: passes AA, rejected only by the 7:1 rule (1.4.6 G17)', async () => {
  const result = await check('aaa-contrast');
  assert.equal(rules(result.issues), ['htmlcs/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail'], printed(result.issues));
  assert.match(printed(result.issues), '/: pa11y htmlcs/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail: ');
  assert.match(printed(result.issues), 'contrast ratio of 5.74:1');
});

a11y('dark-contrast: passes in the light scheme, rejected by 7:1 in the dark one it declares', async () => {
  const result = await check('dark-contrast');
  assert.equal(rules(result.issues), ['htmlcs-dark/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail'], printed(result.issues));
  assert.match(printed(result.issues), '/: pa11y htmlcs-dark/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail: (prefers-color-scheme: dark) ');
});

a11y('small-target: rejected by axe target-size, which pa11y alone (axe wcag2aa tags + htmlcs) would pass', async () => {
  const result = await check('small-target');
  assert.equal(rules(result.issues), ['axe/target-size'], printed(result.issues));
  assert.match(printed(result.issues), '/: pa11y axe/target-size: All touch targets must be 24px large');

  const site = await serve(fixture('small-target'));
  try {
    const plain = await pa11y(site.url, { browser: browser(), runners: ['axe', 'htmlcs'], standard: 'WCAG2AA' });
    assert.equal(
      plain.issues.filter((issue) => issue.type === 'error'),
      [],
      'pa11y WCAG2AA without the WCAG 2.2 rules should not see the 16px targets',
    );
  } finally {
    await site.close();
  }
});

a11y('heading-skip, broken-link: nothing for the browser runners (html-validate and links catch them)', async () => {
  for (const name of ['heading-skip', 'broken-link']) {
    const result = await check(name);
    assert.equal(result.issues, [], `${name}\n${printed(result.issues)}`);
  }
});

a11y('guard: a page that does not answer 200 is an error, not a pass', async () => {
  const result = await check('good', ['/areas/nowhere/']);
  assert.equal(rules(result.issues), ['pa11y/http-status'], printed(result.issues));
  assert.match(printed(result.issues), '/areas/nowhere/: pa11y pa11y/http-status: ');
});

a11y('guard: a blank page is an error, not a pass', async () => {
  const site = mkdtempSync(path.join(tmpdir(), 'gate-blank-'));
  try {
    writeFileSync(path.join(site, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>Blank</title></head><body></body></html>');
    const result = await checkPa11y(site, ['/'], { browser: browser() });
    assert.equal(rules(result.issues), ['pa11y/empty-page'], printed(result.issues));
  } finally {
    rmSync(site, { recursive: true });
  }
});

a11y('guard: zero pages fails', async () => {
  try {
    await check('good', []);
    assert.unreachable('checked nothing, so it must fail');
  } catch (error) {
    assert.match((error as Error).message, 'pa11y: no pages to check');
  }
});

a11y('guard: a runner that returned nothing is an error', async () => {
  const plan = passes(['target-size']);
  const empty = { documentTitle: '', pageUrl: '', issues: [] };
  for (const pass of plan.filter((step) => step.options.runners?.includes('htmlcs'))) {
    const fakeTab = {} as Parameters<typeof pass.proof>[1];
    assert.type(await pass.proof(empty, fakeTab), 'string', pass.name);
  }
});

a11y('guard: a browser that is missing or does not start fails', async () => {
  for (const [executable, message] of [
    ['/nonexistent/chromium', 'Chromium not found at /nonexistent/chromium'],
    ['/bin/false', 'Chromium at /bin/false did not start'],
  ] as const) {
    try {
      await launchBrowser(executable);
      assert.unreachable(executable);
    } catch (error) {
      assert.match((error as Error).message, message);
    }
  }
});

a11y('the whole gate: good site passes and writes the report; small-target fails', async () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'gate-report-'));
  const lines: string[] = [];
  const options = {
    pathPrefix: '/',
    reportFile: path.join(cache, 'accessibility-report.json'),
    concurrency: 2,
    only: ['html-validate', 'links', 'pa11y'] as const,
    verbose: false,
    browser: browser(),
    log: (line: string) => lines.push(line),
  };
  try {
    const good = await runGate({ ...options, only: [...options.only], siteDir: fixture('good') });
    assert.ok(good.passed, good.summary);
    assert.ok(lines.some((line) => /^\[\d\/2\] \/ ok$/.test(line)), lines.join('\n'));
    const report = JSON.parse(readFileSync(options.reportFile, 'utf8')) as GateReport;
    assert.is(report.pagesChecked, 2);
    assert.is(report.passed, true);
    assert.equal(report.errorsByRule, {});
    assert.match(report.standard, 'WCAG 2.2');
    assert.ok(!Number.isNaN(Date.parse(report.date)));
    const tool = (name: string) => report.tools.find((entry) => entry.name === name)?.version ?? '';
    assert.is(tool('axe-core'), (JSON.parse(readFileSync('node_modules/axe-core/package.json', 'utf8')) as { version: string }).version);
    assert.match(tool('chromium'), /Chrome\//);
    assert.equal(
      report.checks.map((entry) => [entry.name, entry.pages, entry.errors]),
      [
        ['html-validate', 2, 0],
        ['links', 2, 0],
        ['pa11y', 2, 0],
      ],
    );
    assert.is(report.sources, sourceFingerprint());

    lines.length = 0;
    const bad = await runGate({ ...options, only: [...options.only], siteDir: fixture('small-target') });
    assert.not.ok(bad.passed);
    assert.ok(lines.includes('[1/1] / 2 errors'), lines.join('\n'));
    assert.match(bad.summary, /2 {2}axe\/target-size/);
    assert.match(bad.summary, /1 {2}site\/no-404/); // small-target ships no 404.html
    assert.match(bad.summary, /FAILED/);
  } finally {
    rmSync(cache, { recursive: true });
  }
});

a11y.run();
