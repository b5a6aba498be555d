// Tests for the gate's command line, orchestration (without the browser) and JSON report; browser runs are in pa11y.test.ts.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseGateArgs } from '../../scripts/check/args.ts';
import { runGate } from '../../scripts/check/gate.ts';
import type { GateReport } from '../../scripts/check/report.ts';
import { fixture, tempSite } from './fixtures.ts';

const gate = suite('check/gate');

gate('arguments: defaults and options', () => {
  assert.equal(parseGateArgs([]), {
    siteDir: '_site',
    pathPrefix: '/',
    reportFile: '.cache/accessibility-report.json',
    concurrency: 2,
    only: ['html-validate', 'links', 'weight', 'pa11y-ci', 'contrast', 'layout', 'language'],
    verbose: false,
    cacheDir: '.cache/check',
  });
  const args = parseGateArgs(['dist', '--path-prefix', '/prefix/', '--only', 'links,html-validate', '--concurrency', '3', '--verbose']);
  assert.is(args.siteDir, 'dist');
  assert.is(args.pathPrefix, '/prefix/');
  assert.equal(args.only, ['links', 'html-validate']);
  assert.is(args.concurrency, 3);
  assert.ok(args.verbose);
  assert.equal(parseGateArgs(['--only', 'pa11y,layout']).only, ['pa11y-ci', 'contrast', 'layout'], 'the older name "pa11y" means both pa11y passes');
  assert.is(parseGateArgs(['--no-cache']).cacheDir, null);
  assert.is(parseGateArgs(['--cache', 'elsewhere']).cacheDir, 'elsewhere');
  assert.throws(() => parseGateArgs(['--only', 'lighthouse']), /unknown checker/);
  assert.throws(() => parseGateArgs(['--concurrency', '0']), /--concurrency/);
  assert.throws(() => parseGateArgs(['a', 'b']), /one site folder/);
});

const quiet = (siteDir: string, reportFile: string) => ({
  siteDir,
  pathPrefix: '/',
  reportFile,
  concurrency: 2,
  only: ['html-validate' as const, 'links' as const],
  verbose: false,
  cacheDir: null,
  log: () => undefined,
  sources: 'test-sources',
});

gate('an empty sitemap fails the gate and the report says so', async () => {
  const out = tempSite({});
  try {
    const reportFile = path.join(out, '.cache', 'accessibility-report.json');
    const outcome = await runGate(quiet(fixture('empty-sitemap'), reportFile));
    assert.not.ok(outcome.passed);
    assert.equal(
      outcome.issues.map((issue) => [issue.page, issue.rule]),
      [['/sitemap.xml', 'sitemap/unusable']],
    );
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as GateReport;
    assert.is(report.passed, false);
    assert.is(report.pagesChecked, 0);
    assert.equal(report.errorsByRule, { 'sitemap/unusable': 1 });
    assert.is(report.sources, 'test-sources');
  } finally {
    rmSync(out, { recursive: true });
  }
});

gate('errors from every checker are summarised by rule, with time per checker', async () => {
  const out = tempSite({});
  try {
    const outcome = await runGate(quiet(fixture('broken-link'), path.join(out, 'report.json')));
    assert.not.ok(outcome.passed);
    assert.match(outcome.summary, /1 {2}broken-link/);
    assert.match(outcome.summary, /1 {2}site\/no-404/);
    assert.match(outcome.summary, /time: html-validate \d+\.\ds, links \d+\.\ds, total \d+\.\ds/);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as GateReport;
    assert.equal(
      report.checks.map((checker) => [checker.name, checker.pages, checker.errors]),
      [
        ['html-validate', 1, 0],
        ['links', 1, 1],
      ],
    );
    assert.is(report.errors, 2);
    assert.equal(
      report.issues.map((issue) => [issue.page, issue.rule]),
      [
        ['/404.html', 'site/no-404'],
        ['/', 'broken-link'],
      ],
    );
  } finally {
    rmSync(out, { recursive: true });
  }
});

gate('a checker that crashes is an error, not a pass', async () => {
  const out = tempSite({});
  try {
    const outcome = await runGate({ ...quiet(out, path.join(out, 'report.json')), only: ['links'] });
    assert.equal(
      outcome.issues.map((issue) => issue.rule),
      ['sitemap/unusable', 'links/crashed'],
    );
  } finally {
    rmSync(out, { recursive: true });
  }
});

gate.run();
