// A borough written in many scripts and full of HTML's special characters (tests/fixtures/multilingual) builds and passes every check of the gate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runGate } from '../../scripts/check/gate.ts';
import { CHECKERS } from '../../scripts/check/args.ts';
import { buildSite, succeeded, type Build } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';
import { printed } from './fixtures.ts';

const multilingual = suite('check/multilingual');
const temp = mkdtempSync(path.join(tmpdir(), 'gate-multilingual-'));
let build: Build;
multilingual.before(async () => {
  build = succeeded(await buildSite({ root: PROJECT_ROOT, dataDir: path.join(PROJECT_ROOT, 'tests/fixtures/multilingual') }, { out: path.join(temp, 'site') }));
});
multilingual.after(() => rmSync(temp, { recursive: true, force: true }));

multilingual('the pages carry the names and text as written, markup characters shown as text', () => {
  const board = build.read('/partnerships/children-and-young-peoples-board/');
  assert.match(board, /Children &(amp;)? Young People(&#39;|'|’)s Board/);
  assert.match(board, 'মহিলা সমিতি');
  assert.match(board, 'ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ');
  assert.match(board, 'مسجد کمیٹی');
  assert.not.match(board, '<script>alert', 'raw HTML in Markdown is shown as text, never passed through');
  assert.match(build.read('/partnerships/urdu-community-partnership/'), 'اردو کمیونٹی پارٹنرشپ');
});

multilingual('every check of the gate passes', async () => {
  const lines: string[] = [];
  const outcome = await runGate({
    siteDir: build.out,
    pathPrefix: '/',
    reportFile: path.join(temp, 'report.json'),
    concurrency: 2,
    only: [...CHECKERS],
    verbose: false,
    cacheDir: null,
    log: (line) => lines.push(line),
    sources: 'multilingual',
  });
  assert.ok(outcome.passed, `${printed(outcome.issues)}\n${outcome.summary}`);
  assert.equal(outcome.results.map((result) => result.checker), [...CHECKERS]);
  assert.ok(outcome.results.every((result) => result.pagesChecked >= 13), outcome.summary);
  // 14 with the page on leaving quickly and safely, and the A to Z's two letter pages.
  assert.ok(lines.includes('✔ 16/16 URLs passed'), lines.join('\n'));
});

multilingual.run();
