// `--shard K/N` and the merge of the parts' reports, as processes on a small built site: two parts merged say what one whole check says; a part missing, or a page no part checked, or a failing part, fails the merge.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PA11YCI_FILE } from '../../scripts/check/pa11y-ci.ts';
import type { GateReport } from '../../scripts/check/report.ts';
import { shardOfPage } from '../../scripts/check/shard.ts';
import { fixture } from './fixtures.ts';

const merge = suite('check/merge');
const ROOT = path.resolve(path.dirname(PA11YCI_FILE));
const temp = mkdtempSync(path.join(tmpdir(), 'gate-merge-'));
merge.after(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  output: string;
}

function run(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const gate = (site: string, report: string, ...args: string[]) => run('scripts/check/index.ts', [site, '--report', report, '--no-cache', ...args]);
const merged = (dir: string, site: string, report: string) => run('scripts/check/merge.ts', [dir, site, '--report', report]);
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as GateReport;

/** A site of good pages and, when asked, one page with a picture that has no text alternative (/no-alt/). */
function site(name: string, withBadPage: boolean): { dir: string; pages: string[] } {
  const dir = path.join(temp, name);
  cpSync(fixture('good'), dir, { recursive: true });
  const pages = ['/', '/p1/', '/p2/', '/p3/', '/p4/', '/p5/', ...(withBadPage ? ['/no-alt/'] : [])];
  for (const page of pages.slice(1)) {
    mkdirSync(path.join(dir, page), { recursive: true });
    cpSync(fixture(page === '/no-alt/' ? 'missing-alt' : 'good') + '/index.html', path.join(dir, page, 'index.html'));
  }
  const locs = pages.map((page) => `<url><loc>https://partnerships.example.org.uk${page}</loc></url>`).join('');
  writeFileSync(path.join(dir, 'sitemap.xml'), `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`);
  return { dir, pages: [...pages, '/404.html'] };
}

const sorted = (report: GateReport) => report.issues.map((issue) => JSON.stringify(issue)).sort();
const byChecker = (report: GateReport) => Object.fromEntries(report.checks.map((check) => [check.name, { pages: check.pages, errors: check.errors }]));

const failing = site('failing', true);
const parts = path.join(temp, 'parts');

merge('each part checks only its own pages; two parts merged equal the whole check: the same pages, errors, rules and checks', async () => {
  for (const index of [1, 2]) assert.ok(failing.pages.some((page) => shardOfPage(page, 2) === index), `part ${index} of 2 has no page; rename the pages`);
  const whole = await gate(failing.dir, path.join(temp, 'whole.json'));
  assert.is(whole.code, 1, whole.output);
  for (const index of [1, 2]) {
    const part = await gate(failing.dir, path.join(parts, `shard-${index}-of-2.json`), '--shard', `${index}/2`);
    const mine = failing.pages.filter((page) => shardOfPage(page, 2) === index);
    assert.match(part.output, new RegExp(`shard ${index} of 2`));
    const report = read(path.join(parts, `shard-${index}-of-2.json`));
    assert.is(part.code, report.errors > 0 ? 1 : 0, part.output);
    assert.equal(report.pages.map((p) => p.page).sort(), [...mine].sort(), `part ${index} checked other pages`);
    assert.ok(!report.checks.some((check) => check.name === 'links' || check.name === 'weight'), 'a part ran a whole-site check');
  }
  const result = await merged(parts, failing.dir, path.join(temp, 'merged.json'));
  assert.is(result.code, 1, result.output);
  const [one, two] = [read(path.join(temp, 'whole.json')), read(path.join(temp, 'merged.json'))];
  assert.ok(one.errors > 0);
  assert.equal(sorted(two), sorted(one));
  assert.is(two.pagesChecked, one.pagesChecked);
  assert.equal(two.errorsByRule, one.errorsByRule);
  assert.equal(byChecker(two), byChecker(one));
  assert.equal(two.pages.map((p) => p.page).sort(), one.pages.map((p) => p.page).sort());
  assert.is(two.passed, false);
});

merge('a failing part fails the merge, which says which part failed; the other part passed', async () => {
  // pa11y-ci alone passes the good pages and fails the picture without a text alternative.
  const bad = shardOfPage('/no-alt/', 2);
  const dir = path.join(temp, 'pa11y-parts');
  for (const index of [1, 2]) {
    const part = await gate(failing.dir, path.join(dir, `shard-${index}-of-2.json`), '--shard', `${index}/2`, '--only', 'pa11y-ci');
    assert.is(part.code, index === bad ? 1 : 0, part.output);
  }
  const result = await merged(dir, failing.dir, path.join(temp, 'merged-failing.json'));
  assert.is(result.code, 1, result.output);
  assert.match(result.output, new RegExp(`shard ${bad} of 2: \\d+ pages?, FAILED with \\d+ errors?`));
  assert.match(result.output, new RegExp(`shard ${3 - bad} of 2: \\d+ pages?, passed`));
  assert.match(result.output, /links: \d+ pages, 0 errors/);
  assert.match(result.output, /FAILED: \d+ accessibility errors?/);
  const report = read(path.join(temp, 'merged-failing.json'));
  assert.ok(report.issues.length > 0 && report.issues.every((issue) => issue.page === '/no-alt/' && issue.checker === 'pa11y-ci'), JSON.stringify(report.issues));
});

merge('a part missing fails the merge, naming it and the pages no part checked', async () => {
  const alone = path.join(temp, 'alone');
  mkdirSync(alone, { recursive: true });
  cpSync(path.join(parts, 'shard-1-of-2.json'), path.join(alone, 'shard-1-of-2.json'));
  const result = await merged(alone, failing.dir, path.join(temp, 'merged-missing.json'));
  assert.is(result.code, 1, result.output);
  assert.match(result.output, /merge\/missing-part: no report from shard 2 of 2/);
  const missing = failing.pages.filter((page) => shardOfPage(page, 2) === 2);
  assert.match(result.output, new RegExp(`merge/unchecked-page: ${missing.length} pages? checked by no part: `));
  for (const page of missing) assert.ok(result.output.includes(page), page);
  assert.ok(read(path.join(temp, 'merged-missing.json')).issues.some((issue) => issue.rule === 'merge/unchecked-page'));
});

merge('a page added to the site after its parts were checked fails the merge: no part checked that build', async () => {
  const good = site('grown', false);
  const dir = path.join(temp, 'grown-parts');
  for (const index of [1, 2]) assert.is((await gate(good.dir, path.join(dir, `shard-${index}-of-2.json`), '--shard', `${index}/2`, '--only', 'html-validate')).code, 0);
  const passed = await merged(dir, good.dir, path.join(temp, 'merged-good.json'));
  assert.is(passed.code, 0, passed.output);
  assert.match(passed.output, /PASSED: no accessibility errors/);
  // The same parts' reports, for a site with one more page.
  mkdirSync(path.join(good.dir, 'p6'));
  cpSync(path.join(good.dir, 'index.html'), path.join(good.dir, 'p6', 'index.html'));
  writeFileSync(path.join(good.dir, 'sitemap.xml'), readFileSync(path.join(good.dir, 'sitemap.xml'), 'utf8').replace('</urlset>', '<url><loc>https://partnerships.example.org.uk/p6/</loc></url></urlset>'));
  const stale = await merged(dir, good.dir, path.join(temp, 'merged-stale.json'));
  assert.is(stale.code, 1, stale.output);
  assert.match(stale.output, /left out .*shard-1-of-2\.json: it checked another build of the site/);
  assert.match(stale.output, /checked by no part: .*\/p6\//);
});

merge.run();
