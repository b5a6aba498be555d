// The test boroughs build and pass every check of the gate: one written in many scripts and full of HTML's special
// characters (tests/fixtures/multilingual), one using every optional field (tests/fixtures/westshire), one with a realistic
// Easy Read statement of eight real-sized pictures, and one in a council's own colour and logo (tests/fixtures/kingsmoor).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runGate } from '../../scripts/check/gate.ts';
import { listPages } from '../../scripts/check/pages.ts';
import { CHECKERS } from '../../scripts/check/args.ts';
import { checkWeight, PAGE_PICTURES_BUDGET_BYTES, PICTURE_BUDGET_BYTES } from '../../scripts/check/weight.ts';
import { easyReadWithPictures, REALISTIC_BYTES, realisticPictures } from '../helpers/pictures.ts';
import { buildSite, succeeded, type Build } from '../helpers/build.ts';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';
import { printed } from './fixtures.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'gate-boroughs-'));

/** Builds one borough and checks it with every checker; pa11y-ci must pass every page the sitemap lists. */
function gateSuite(name: string, dataDir: string, contentTests: (build: () => Build) => ((it: ReturnType<typeof suite>) => void), prepare?: () => Promise<void>) {
  const boroughs = suite(`check/${name}`);
  let build: Build;
  boroughs.before(async () => {
    await prepare?.();
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
  const statement = '/equalities-statements/children-and-young-peoples-board-statement/';
  it('each translation is a whole page in its language: <html lang dir>, its words, its dates, the site\'s names marked', () => {
    for (const [tag, dir, words, signed] of [['bn', 'ltr', 'মূল বিষয়বস্তুতে যান', '১৪ ফেব্রুয়ারি, ২০২৪'], ['ur', 'rtl', 'مرکزی مواد پر جائیں', '14 فروری، 2024'], ['pl', 'ltr', 'Przejdź do treści głównej', '14 lutego 2024']]) {
      const page = build().read(`${statement}${tag}/`);
      assert.match(page, `<html lang="${tag}" dir="${dir}">`);
      assert.match(page, `<a class="skip-link" href="#main">${words}</a>`);
      assert.match(page, `<time datetime="2024-02-14">${signed}</time>`);
      assert.match(page, /<span lang="en-GB"( dir="ltr")?>Children &amp; Young People&#39;s Board<\/span>/);
      assert.not.match(page, 'Skip to main content');
    }
    assert.match(build().read(`${statement}ur/easy-read/`), '<html lang="ur" dir="rtl">');
    assert.match(build().read(`${statement}pl/`), '(PDF, 1,5 MB)');
  });
  it('the statement and its translations link to one another by name in each language, with hreflang in the head and the sitemap', () => {
    const english = build().read(statement);
    assert.match(english, '<html lang="en-GB">');
    assert.match(english, `<a href="${statement}bn/" lang="bn" hreflang="bn">বাংলা</a>`);
    assert.match(english, `<a href="${statement}ur/" lang="ur" hreflang="ur" dir="rtl">اردو</a>`);
    assert.match(english, `<a href="${statement}pl/" lang="pl" hreflang="pl">polski</a>`);
    for (const page of [english, build().read(`${statement}ur/`)]) {
      assert.match(page, `<link rel="alternate" hreflang="bn" href="https://partnerships.example.test${statement}bn/">`);
      assert.match(page, `<link rel="alternate" hreflang="x-default" href="https://partnerships.example.test${statement}">`);
    }
    const sitemap = build().read('/sitemap.xml');
    assert.match(sitemap, 'xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    assert.match(sitemap, `<url><loc>https://partnerships.example.test${statement}pl/</loc><xhtml:link rel="alternate" hreflang="en-GB" href="https://partnerships.example.test${statement}"/><xhtml:link rel="alternate" hreflang="x-default"`);
  });
  it('a translation of a superseded statement says so in its language, and links to the translation that replaced it', () => {
    const old = build().read('/equalities-statements/children-and-young-peoples-board-statement-2019/pl/');
    assert.match(old, '<strong>Ta deklaracja została zastąpiona.</strong> Zastąpił ją dokument <a href="/equalities-statements/children-and-young-peoples-board-statement/pl/">');
    assert.match(old, '<title>Zastąpiona: Deklaracja równości Rady ds. Dzieci i Młodzieży 2019 – ');
  });
  it('translations are in the feed (xml:lang) and the open data', () => {
    assert.match(build().read('/feed.xml'), `<entry>\n<title xml:lang="ur">بچوں اور نوجوانوں کے بورڈ کا مساوات کا بیان &quot;2024&quot;</title>\n<link href="https://partnerships.example.test${statement}ur/"/>`);
    const data = JSON.parse(build().read('/data/partnerships.json'));
    const translations = data.statements.find((s: { slug: string }) => s.slug === 'children-and-young-peoples-board-statement').translations;
    assert.equal(translations.map((t: { language: string }) => t.language), ['bn', 'ur', 'pl']);
    assert.is(translations[1].easy_read_url, `https://partnerships.example.test${statement}ur/easy-read/`);
    assert.is(translations[2].url, `https://partnerships.example.test${statement}pl/`);
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

// A realistic Easy Read borough: Westshire with eight pictures of 1,200 × 900 px (150 to 400 KB) made by sharp, beside its words.
const realistic = path.join(temp, 'easy-read-source');
cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/westshire'), realistic, { recursive: true });
let pictures: Awaited<ReturnType<typeof realisticPictures>> = [];
async function makeRealisticEasyRead() {
  pictures = await realisticPictures();
  for (const picture of pictures) writeFileSync(path.join(realistic, 'images', picture.name), picture.bytes);
  const statementFile = path.join(realistic, '_data/statements/westshire-safeguarding-statement.yaml');
  writeFileSync(statementFile, readFileSync(statementFile, 'utf8').replace(/easy_read: \|\n(  .*\n|\n)*/, `easy_read: |\n${easyReadWithPictures(pictures).replace(/^(?=.)/gm, '  ')}\n`));
}
const EASY_READ = '/equalities-statements/westshire-safeguarding-statement/easy-read/';
const easyRead = gateSuite('easy-read-pictures', path.join(realistic, '_data'), (build) => (it) => {
  it('the sources are as editors have them: 1,200 × 900 px, 150 to 400 KB', async () => {
    for (const picture of pictures) {
      const { width, height } = await sharp(picture.bytes).metadata();
      assert.equal([width, height], [1200, 900], picture.name);
      assert.ok(picture.bytes.length >= REALISTIC_BYTES.min && picture.bytes.length <= REALISTIC_BYTES.max, `${picture.name}: ${picture.bytes.length} bytes`);
    }
  });
  it('each picture is published in <picture> at 96 and 192 px, WebP with a JPEG or PNG fallback, sized, lazy after the first', () => {
    const html = build().read(EASY_READ);
    const shown = [...html.matchAll(/<picture><source type="image\/webp" srcset="([^"]+)" sizes="6rem"><img ([^>]+)><\/picture>/g)];
    assert.is(shown.length, 8, html);
    shown.forEach(([, webp, img], i) => {
      assert.match(webp, /^\/images\/[\w-]+-96\.webp 96w, \/images\/[\w-]+-192\.webp 192w$/);
      assert.match(img, / src="\/images\/[\w-]+-96\.(jpeg|png)" width="96" height="72" /);
      assert.match(img, pictures[i].name.endsWith('.jpg') ? /\.jpeg 192w/ : /\.png 192w/, 'JPEG for photographs, PNG for drawings');
      assert.match(img, /decoding="async"/);
      assert.is(img.includes('loading="lazy"'), i > 0, img);
    });
    assert.not.ok(existsSync(path.join(build().out, 'images', pictures[0].name)), 'the 1,200 px source itself is not published');
  });
  it('every published picture is within its budget, and the page within 100 KB of pictures', () => {
    const page = checkWeight(build().out).pages.find((p) => p.page === EASY_READ)!;
    assert.ok(page.pictures > 0 && page.pictures <= PAGE_PICTURES_BUDGET_BYTES, `${page.pictures} bytes`);
    for (const name of readdirSync(path.join(build().out, 'images'))) {
      assert.ok(statSync(path.join(build().out, 'images', name)).size <= PICTURE_BUDGET_BYTES, name);
    }
  });
  it('a second build encodes nothing again: the pictures come from eleventy-img\'s disk cache', async () => {
    const cached = (out: string) => readdirSync(path.join(out, 'images')).filter((n) => !n.endsWith('.svg')).map((n) => [n, statSync(path.join(PROJECT_ROOT, '.cache/eleventy-img', n)).mtimeMs]);
    const before = cached(build().out);
    const again = succeeded(await buildSite({ root: realistic, dataDir: path.join(realistic, '_data') }, { out: path.join(temp, 'easy-read-again', 'site') }));
    assert.equal(cached(again.out), before);
    assert.is(again.read(EASY_READ), build().read(EASY_READ));
  });
}, makeRealisticEasyRead);

// Kingsmoor, like Westshire, is copied outside git with its images folder beside _data.
cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/kingsmoor'), path.join(temp, 'kingsmoor-source'), { recursive: true });
const kingsmoor = gateSuite('kingsmoor', path.join(temp, 'kingsmoor-source', '_data'), (build) => (it) => {
  it('every page has the logo beside the site name, and the stylesheet the brand colour', () => {
    for (const address of ['/', '/a-z/', '/404.html']) {
      assert.match(build().read(address), '<p class="site-name"><a href="/"><picture><source media="(prefers-color-scheme: dark)" srcset="/images/kingsmoor-logo-dark.svg" width="48" height="40"><img class="site-logo" src="/images/kingsmoor-logo.svg" alt="" width="48" height="40"></picture> <span>Kingsmoor Partnerships</span></a></p>', address);
    }
    assert.ok(build().exists('/images/kingsmoor-logo.svg') && build().exists('/images/kingsmoor-logo-dark.svg'), 'both logos are published');
    const stylesheet = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(build().read('/'))![1];
    assert.match(build().read(stylesheet), ':root{--site-origin:"https://partnerships.kingsmoor.example.test";--header-bg:#3db1a8;--header-text:#0b0c0c}@media (prefers-color-scheme:dark){:root{--header-bg:#22625d;--header-text:#fff}}');
  });
});

kingsmoor.after(() => rmSync(temp, { recursive: true, force: true }));
multilingual.run();
easyRead.run();
westshire.run();
kingsmoor.run();
