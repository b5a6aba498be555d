// The test boroughs build and pass every check of the gate: one written in many scripts and full of HTML's special
// characters (tests/fixtures/multilingual), one using every optional field (tests/fixtures/westshire).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runGate } from '../../scripts/check/gate.ts';
import { listPages } from '../../scripts/check/pages.ts';
import { CHECKERS } from '../../scripts/check/args.ts';
import { buildSite, succeeded, type Build } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';
import { printed } from './fixtures.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'gate-boroughs-'));

/** Builds one borough and checks it with every checker; pa11y-ci must pass every page the sitemap lists. */
function gateSuite(name: string, dataDir: string, contentTests: (build: () => Build) => ((it: ReturnType<typeof suite>) => void)) {
  const boroughs = suite(`check/${name}`);
  let build: Build;
  boroughs.before(async () => {
    build = succeeded(await buildSite({ root: path.dirname(dataDir), dataDir }, { out: path.join(temp, name, 'site') }));
  });
  contentTests(() => build)(boroughs);
  boroughs('every check of the gate passes', async () => {
    const lines: string[] = [];
    const outcome = await runGate({
      siteDir: build.out,
      pathPrefix: '/',
      reportFile: path.join(temp, name, 'report.json'),
      concurrency: 2,
      only: [...CHECKERS],
      verbose: false,
      cacheDir: null,
      log: (line) => lines.push(line),
      sources: name,
    });
    const pages = listPages(build.out).pages.length;
    assert.ok(outcome.passed, `${printed(outcome.issues)}\n${outcome.summary}`);
    assert.equal(outcome.results.map((result) => result.checker), [...CHECKERS]);
    assert.ok(pages >= 13, `${pages} pages`);
    assert.ok(lines.includes(`✔ ${pages}/${pages} URLs passed`), lines.join('\n'));
  });
  return boroughs;
}

const multilingual = gateSuite('multilingual', path.join(PROJECT_ROOT, 'tests/fixtures/multilingual'), (build) => (it) => {
  it('the pages carry the names and text as written, markup characters shown as text', () => {
    const board = build().read('/partnerships/children-and-young-peoples-board/');
    assert.match(board, /Children &(amp;)? Young People(&#39;|'|’)s Board/);
    assert.match(board, 'মহিলা সমিতি');
    assert.match(board, 'ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ');
    assert.match(board, 'مسجد کمیٹی');
    assert.not.match(board, '<script>alert', 'raw HTML in Markdown is shown as text, never passed through');
    assert.match(build().read('/partnerships/urdu-community-partnership/'), 'اردو کمیونٹی پارٹنرشپ');
  });
  it('passages and whole files in another language carry their lang, and dir for Urdu', () => {
    const urdu = build().read('/partnerships/urdu-community-partnership/');
    assert.match(urdu, '<h1 lang="ur" dir="rtl">اردو کمیونٹی پارٹنرشپ</h1>');
    assert.match(urdu, '<p lang="en-GB" dir="ltr">We meet monthly; the minutes are in Urdu &amp; English.</p>', 'an English paragraph in an Urdu file is marked back');
    assert.match(build().read('/partnerships/children-and-young-peoples-board/'), '<span lang="bn">বাংলাদেশি মহিলা সমিতি</span>');
    assert.match(build().read('/'), '<span lang="ur" dir="rtl">اردو کمیونٹی پارٹنرشپ</span>', 'the tree marks the name');
    assert.match(build().read('/feed.xml'), '<title xml:lang="bn">বাংলাদেশি কমিউনিটি ফোরাম');
  });
});

// Westshire is copied outside git (no commit dates leak in), its images folder beside _data as in a real project.
cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/westshire'), path.join(temp, 'westshire-source'), { recursive: true });
const westshire = gateSuite('westshire', path.join(temp, 'westshire-source', '_data'), (build) => (it) => {
  it('the pages show closed groups, ended plans, Easy Read and the problem report', () => {
    assert.ok(build().htmlAddresses().some((address) => address.endsWith('/easy-read/')), 'an Easy Read page');
    assert.match(build().read('/'), 'Is there anything wrong with this page?');
  });
});

westshire.after(() => rmSync(temp, { recursive: true, force: true }));
multilingual.run();
westshire.run();
