// Browser tests for scripts/check/contrast.ts: 7:1 text contrast in the light and the dark colour scheme, and the guards that keep a run that saw nothing from passing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { launchBrowser } from '../../scripts/check/browser.ts';
import { checkContrast } from '../../scripts/check/contrast.ts';
import { fixture, printed, rules } from './fixtures.ts';

const context: { browser?: Browser } = {};
const browser = (): Browser => {
  if (!context.browser) throw new Error('browser not started');
  return context.browser;
};
const check = (name: string, pages: string[] = ['/']) => checkContrast(fixture(name), pages, { browser: browser() });

const contrast = suite('check/contrast');
contrast.before(async () => {
  context.browser = await launchBrowser();
});
contrast.after(async () => {
  await context.browser?.close();
});

contrast('the good site passes in both schemes (home page and 404 page)', async () => {
  const result = await check('good', ['/', '/404.html']);
  assert.is(result.pagesChecked, 2);
  assert.equal(result.issues, [], printed(result.issues));
  assert.match(result.tools?.['chromium'] ?? '', /Chrome\/\d+/);
});

contrast('aaa-contrast: passes AA, rejected by the 7:1 rule (1.4.6 G17), with the element as context', async () => {
  const result = await check('aaa-contrast');
  assert.equal(rules(result.issues), ['htmlcs/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail'], printed(result.issues));
  assert.match(printed(result.issues), '/: contrast htmlcs/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail: ');
  assert.match(printed(result.issues), 'contrast ratio of 5.74:1');
  assert.match(result.issues[0]?.context ?? '', /^</);
});

contrast('low-contrast: rejected by 7:1 as well (pa11y-ci rejects it at 4.5:1)', async () => {
  const result = await check('low-contrast');
  assert.equal(rules(result.issues), ['htmlcs/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail'], printed(result.issues));
});

contrast('dark-contrast: passes in the light scheme, rejected by 7:1 in the dark one it declares', async () => {
  const result = await check('dark-contrast');
  assert.equal(rules(result.issues), ['htmlcs-dark/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail'], printed(result.issues));
  assert.match(printed(result.issues), '/: contrast htmlcs-dark/WCAG2AAA.Principle1.Guideline1_4.1_4_6.G17.Fail: (prefers-color-scheme: dark) ');
});

contrast('missing-alt, small-target, heading-skip: nothing here (pa11y-ci and html-validate catch them)', async () => {
  for (const name of ['missing-alt', 'small-target', 'heading-skip']) {
    const result = await check(name);
    assert.equal(result.issues, [], `${name}\n${printed(result.issues)}`);
  }
});

contrast('guard: a page that does not answer 200 is an error, not a pass', async () => {
  const result = await check('good', ['/areas/nowhere/']);
  assert.equal(rules(result.issues), ['contrast/http-status'], printed(result.issues));
});

contrast('guard: a blank page is an error, not a pass', async () => {
  const site = mkdtempSync(path.join(tmpdir(), 'gate-blank-'));
  try {
    writeFileSync(path.join(site, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>Blank</title></head><body></body></html>');
    const result = await checkContrast(site, ['/'], { browser: browser() });
    assert.equal(rules(result.issues), ['contrast/empty-page'], printed(result.issues));
  } finally {
    rmSync(site, { recursive: true });
  }
});

contrast('guard: zero pages fails', async () => {
  try {
    await check('good', []);
    assert.unreachable('checked nothing, so it must fail');
  } catch (error) {
    assert.match((error as Error).message, 'contrast: no pages to check');
  }
});

contrast('guard: a browser that is missing or does not start fails', async () => {
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

contrast.run();
