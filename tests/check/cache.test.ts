// The check cache: a result is reused only for the exact bytes it was made from; a changed page, stylesheet or configuration is checked again.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PageInputs } from '../../scripts/check/cache.ts';
import { runGate } from '../../scripts/check/gate.ts';
import { PA11YCI_FILE } from '../../scripts/check/pa11y-ci.ts';
import { fixture, printed } from './fixtures.ts';

const cache = suite('check/cache');
const temp = mkdtempSync(path.join(tmpdir(), 'gate-cache-'));
cache.after(() => rmSync(temp, { recursive: true, force: true }));

function copyOf(name: string, as: string): string {
  const site = path.join(temp, as);
  cpSync(fixture(name), site, { recursive: true });
  return site;
}

cache('page inputs: the same bytes give the same hash; one byte of the page, or of a file it loads, changes it', () => {
  const site = copyOf('good', 'inputs');
  const index = path.join(site, 'index.html');
  const before = new PageInputs(site, '/').hash('/', index);
  assert.is(new PageInputs(site, '/').hash('/', index), before);
  assert.is.not(new PageInputs(site, '/').hash('/other/', index), before, 'the address is part of it');
  const html = readFileSync(index, 'utf8');
  writeFileSync(index, html.replace('Ealing partnership</h1>', 'Ealing partnershiq</h1>'));
  const edited = new PageInputs(site, '/').hash('/', index);
  assert.is.not(edited, before);
  // logo.svg is loaded by the page: its bytes count too.
  writeFileSync(path.join(site, 'logo.svg'), `${readFileSync(path.join(site, 'logo.svg'), 'utf8')} `);
  assert.is.not(new PageInputs(site, '/').hash('/', index), edited);
});

cache('the gate: unchanged pages come from the cache, a page with one byte changed is checked again, and a new fault in it is found', async () => {
  const site = copyOf('good', 'gate');
  const cacheDir = path.join(temp, 'cache');
  const lines: string[] = [];
  const run = (pa11yciFile?: string) =>
    runGate({
      siteDir: site,
      pathPrefix: '/',
      reportFile: path.join(temp, 'report.json'),
      concurrency: 2,
      only: ['html-validate', 'pa11y-ci'],
      verbose: false,
      cacheDir,
      log: (line) => lines.push(line),
      sources: 'test',
      ...(pa11yciFile ? { pa11yciFile } : {}),
    });
  const fromCache = (outcome: Awaited<ReturnType<typeof run>>) => outcome.results.map((result) => [result.checker, result.pagesChecked, result.cached ?? 0]);

  const first = await run();
  assert.ok(first.passed, first.summary);
  assert.equal(fromCache(first), [['html-validate', 2, 0], ['pa11y-ci', 2, 0]]);
  const checkedFirst = new Map(first.report.pages.map((entry) => [entry.page, entry.checked]));
  assert.equal([...checkedFirst.keys()], ['/', '/404.html']);

  const second = await run();
  assert.equal(fromCache(second), [['html-validate', 2, 2], ['pa11y-ci', 2, 2]]);
  assert.ok(lines.some((line) => line.startsWith('2 pages unchanged since pa11y-ci last checked them')), lines.join('\n'));
  assert.equal(second.report.pages, first.report.pages, 'the report says when each page was really checked');

  // One byte: the image loses its alternative text ("alt" → "xlt"), a fault both checkers see.
  const index = path.join(site, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(' alt="', ' xlt="'));
  lines.length = 0;
  const third = await run();
  assert.equal(fromCache(third), [['html-validate', 2, 1], ['pa11y-ci', 2, 1]]);
  assert.not.ok(third.passed);
  assert.ok(third.issues.some((issue) => issue.checker === 'pa11y-ci' && issue.page === '/' && issue.rule === 'axe/image-alt'), printed(third.issues));
  assert.ok(third.issues.some((issue) => issue.checker === 'html-validate' && issue.page === '/'), printed(third.issues));
  assert.ok(lines.some((line) => /^ > http:\/\/127\.0\.0\.1:\d+\/ - \d+ errors$/.test(line)), `pa11y-ci ran on the changed page:\n${lines.join('\n')}`);
  const checkedThird = new Map(third.report.pages.map((entry) => [entry.page, entry.checked]));
  assert.is(checkedThird.get('/404.html'), checkedFirst.get('/404.html'));
  assert.ok(checkedThird.get('/')! > checkedFirst.get('/')!);

  // A different pa11y-ci configuration: every page is checked again by pa11y-ci, and the fault cached with it is found again.
  const config = path.join(temp, 'changed.pa11yci');
  writeFileSync(config, `${readFileSync(PA11YCI_FILE, 'utf8')}\n`);
  const fourth = await run(config);
  assert.equal(fromCache(fourth), [['html-validate', 2, 2], ['pa11y-ci', 2, 0]]);
  assert.ok(fourth.issues.some((issue) => issue.rule === 'axe/image-alt'), printed(fourth.issues));
});

cache.run();
