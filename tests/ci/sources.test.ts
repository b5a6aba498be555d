// Tests for finding where a page problem comes from: path prefix, page → data file, the problem's text, and its field and line in the YAML.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { issueSourceFinder } from '../../scripts/ci/issue-source.ts';
import { locateText } from '../../scripts/ci/locate-text.ts';
import { dataFileOfPage } from '../../scripts/ci/page-source.ts';
import { pathPrefixOf } from '../../scripts/ci/path-prefix.ts';
import { problemContext, textsOfProblem } from '../../scripts/ci/problem-text.ts';

const sources = suite('ci/sources');

sources('path prefix from site.yaml url: a project site lives under /<repository>/', () => {
  assert.is(pathPrefixOf('https://council.github.io/local-partnerships/'), '/local-partnerships/');
  assert.is(pathPrefixOf('https://council.github.io/local-partnerships'), '/local-partnerships/');
  assert.is(pathPrefixOf('https://group.gitlab.io/sub/project/'), '/sub/project/');
  assert.is(pathPrefixOf('https://partnerships.example.org.uk'), '/');
  assert.is(pathPrefixOf('https://partnerships.example.org.uk/'), '/');
  assert.throws(() => pathPrefixOf('partnerships.example.org.uk'));
});

sources('page → data file, from the slug in the address', () => {
  assert.is(dataFileOfPage('/partnerships/safer-ealing/'), '_data/partnerships/safer-ealing.yaml');
  assert.is(dataFileOfPage('/partnerships/safer-ealing/meetings.ics'), '_data/partnerships/safer-ealing.yaml');
  assert.is(dataFileOfPage('/equalities-statements/hp-2018/'), '_data/statements/hp-2018.yaml');
  assert.is(dataFileOfPage('/equalities-statements/hp-2018/easy-read/'), '_data/statements/hp-2018.yaml');
  assert.is(dataFileOfPage('/areas/ealing/', 'data'), 'data/areas/ealing.yaml');
  for (const page of ['/', '/a-z/', '/equalities-statements/', '/accessibility/', '/404.html']) assert.is(dataFileOfPage(page), undefined, page);
});

sources("a problem's text: editors' attributes first, then text, without the path prefix", () => {
  assert.equal(textsOfProblem('<a class="x" href="/repo/partnerships/a/">Annual report &amp; accounts</a>', '/repo/'), ['/repo/partnerships/a/', '/partnerships/a/', 'Annual report & accounts']);
  assert.equal(textsOfProblem('<img src=/images/map.png alt="">'), ['/images/map.png']);
  assert.equal(textsOfProblem('<a href="https://x.example/a%20b"><b>Big</b> plans here</a>'), ['https://x.example/a%20b', 'https://x.example/a b', 'plans here']);
  assert.equal(textsOfProblem('<p id="main-content">Hi</p>'), [], 'ids, classes and short words are not editors\' text');
  assert.equal(textsOfProblem('<p class="lead">Hillingdon Partners brings together the local public, priv...</p>'), ['Hillingdon Partners brings together the local public, priv'], "pa11y's cut snippets");
});

sources('the element at a checker\'s line and column in the built page', () => {
  const html = '<p>Intro <a href="https://x.example"></a> more</p>\n<img src="/a.png">';
  assert.is(problemContext({ checker: 'html-validate', page: '/', rule: 'wcag/h30', message: '', line: 1, column: 10 }, html), '<a href="https://x.example"></a>');
  assert.is(problemContext({ checker: 'html-validate', page: '/', rule: 'wcag/h37', message: '', line: 2, column: 2 }, html), '<img src="/a.png">');
  assert.is(problemContext({ checker: 'pa11y', page: '/', rule: 'axe/link-name', message: '', context: '<a href="/y"></a>' }, html), '<a href="/y"></a>');
  assert.is(problemContext({ checker: 'pa11y', page: '/', rule: 'axe/link-name', message: '' }, html), undefined);
});

sources('field path and line of the text, inside block scalars and lists', () => {
  const yaml = [
    'name: Safer Ealing', // 1
    'description: |', // 2
    '  First paragraph.', // 3
    '', // 4
    '  See [](https://x.example/report) for more.', // 5
    'sections:', // 6
    '  - heading: Money', // 7
    '    items:', // 8
    '      - Plain item', // 9
    '      - "Quoted ![](/images/chart.png) item"', // 10
    '',
  ].join('\n');
  assert.equal(locateText('f.yaml', yaml, 'https://x.example/report'), { file: 'f.yaml', field: 'description', line: 5, column: 10 });
  assert.equal(locateText('f.yaml', yaml, '/images/chart.png'), { file: 'f.yaml', field: 'sections[0].items[1]', line: 10, column: 21 });
  assert.equal(locateText('f.yaml', yaml, 'Money')?.field, 'sections[0].heading');
  assert.is(locateText('f.yaml', yaml, 'not there'), undefined);
  assert.is(locateText('f.yaml', yaml, 'sections'), undefined, 'keys are not text');
});

sources("finder: the page's own file first, then any data file; the page's file alone when the text is not editors'", () => {
  const root = mkdtempSync(join(tmpdir(), 'issue-source-'));
  const data = join(root, '_data');
  const site = join(root, '_site');
  mkdirSync(join(data, 'partnerships'), { recursive: true });
  mkdirSync(join(site, 'partnerships/a'), { recursive: true });
  writeFileSync(join(data, 'site.yaml'), 'title: T\nurl: https://t.example/\n');
  writeFileSync(join(data, 'partnerships/a.yaml'), 'name: A\ndescription: |\n  Go [](https://a.example/x).\n');
  writeFileSync(join(data, 'partnerships/b.yaml'), 'name: Bee Partnership\nsummary: The one with https://a.example/x too.\n');
  writeFileSync(join(site, 'partnerships/a/index.html'), '<main><p>Go <a href="https://a.example/x"></a>.</p><nav><a href="/">Home</a></nav></main>');
  const find = issueSourceFinder({ dataDir: data, siteDir: site, pathPrefix: '/' });
  const own = find({ checker: 'html-validate', page: '/partnerships/a/', rule: 'wcag/h30', message: 'Anchor link must have a text', line: 1, column: 16 });
  assert.equal(own?.place, { file: join(data, 'partnerships/a.yaml'), field: 'description', line: 3, column: 9 });
  assert.is(own?.context, '<a href="https://a.example/x"></a>');
  const elsewhere = find({ checker: 'pa11y', page: '/', rule: 'axe/color-contrast', message: 'x', context: '<a href="/partnerships/b/">Bee Partnership</a>' });
  assert.equal(elsewhere?.place, { file: join(data, 'partnerships/b.yaml'), field: 'name', line: 1, column: 7 });
  const template = find({ checker: 'pa11y', page: '/partnerships/a/', rule: 'axe/region', message: 'x', context: '<nav><a href="/">Home</a></nav>' });
  assert.equal(template, { file: join(data, 'partnerships/a.yaml'), context: '<nav><a href="/">Home</a></nav>' });
  assert.is(find({ checker: 'pa11y', page: '/', rule: 'axe/region', message: 'x' }), undefined);
});

sources.run();
