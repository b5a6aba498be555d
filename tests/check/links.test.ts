// Tests for scripts/check/links.ts and html-scan.ts: internal links and #fragments must resolve inside the build.
import { rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { scanHtml } from '../../scripts/check/html-scan.ts';
import { checkLinks } from '../../scripts/check/links.ts';
import { fixture, printed, rules, tempSite } from './fixtures.ts';

const BASE = 'https://partnerships.example.org.uk/';
const links = suite('check/links');

links('the good site passes (relative, site-relative and canonical absolute links, fragments, images)', () => {
  const result = checkLinks(fixture('good'), { baseUrl: BASE });
  assert.is(result.pagesChecked, 2);
  assert.equal(result.issues, [], printed(result.issues));
});

links('broken-link: rejected naming the page, rule, target and line', () => {
  const result = checkLinks(fixture('broken-link'), { baseUrl: BASE });
  assert.equal(rules(result.issues), ['broken-link']);
  assert.is(printed(result.issues), '/: links broken-link: <a href="/areas/nowhere/"> → /areas/nowhere/: no such file in the build (line 19)');
});

links('broken-fragment: rejected naming the page, rule and missing id', () => {
  const result = checkLinks(fixture('broken-fragment'), { baseUrl: BASE });
  assert.equal(rules(result.issues), ['broken-fragment']);
  assert.match(printed(result.issues), '/: links broken-fragment: <a href="#annual-statement"> → this page has no element with id="annual-statement"');
});

for (const name of ['missing-alt', 'low-contrast', 'aaa-contrast', 'dark-contrast', 'heading-skip', 'small-target', 'invalid-html']) {
  links(`${name}: links are fine`, () => {
    const result = checkLinks(fixture(name), { baseUrl: BASE });
    assert.equal(result.issues, [], printed(result.issues));
  });
}

links('a path-prefixed build passes with --path-prefix and fails without it', () => {
  const withPrefix = checkLinks(fixture('prefix'), { baseUrl: `${BASE}prefix/`, pathPrefix: '/prefix/' });
  assert.equal(withPrefix.issues, [], printed(withPrefix.issues));
  const without = checkLinks(fixture('prefix'), { baseUrl: BASE });
  assert.equal(rules(without.issues), ['broken-link']);
  assert.match(printed(without.issues), '→ /prefix/: no such file in the build');
});

links('a site-relative link missing the path prefix is broken', () => {
  const site = tempSite({
    'index.html': '<a href="/prefix/about/">ok</a> <a href="/about/">forgot the prefix</a>',
    'about/index.html': '<p>About</p>',
  });
  try {
    const result = checkLinks(site, { pathPrefix: '/prefix/' });
    assert.is(result.issues.length, 1, printed(result.issues));
    assert.match(printed(result.issues), `<a href="/about/"> points outside the site's path prefix /prefix/`);
  } finally {
    rmSync(site, { recursive: true });
  }
});

links('fragments into other pages, assets, external and non-http URLs', () => {
  const site = tempSite({
    'index.html': [
      '<a href="about/#team">ok</a>',
      '<a href="about/#nobody">missing id</a>',
      '<a href="/about/index.html#legacy">ok via name=""</a>',
      '<a href="#top">top is always fine</a>',
      '<a href="#">empty fragment</a>',
      '<a href="https://elsewhere.example.com/x">external</a>',
      '<a href="mailto:a@example.org">mail</a><a href="tel:+44">tel</a>',
      '<img src="/img/a.png" srcset="/img/a.png 1x, /img/missing.png 2x" alt="">',
      '<link rel="stylesheet" href="/css/site.css">',
      '<!-- <a href="/commented-out/">ignored</a> -->',
      '<script>document.write(\'<a href="/in-script/">ignored</a>\')</script>',
      '<a href="/about/?tab=1&amp;x=2#team">query and entity</a>',
    ].join('\n'),
    'about/index.html': '<h2 id="team">Team</h2><a name="legacy"></a>',
    'img/a.png': '',
    'css/site.css': '',
  });
  try {
    const result = checkLinks(site);
    assert.equal(
      result.issues.map((issue) => [issue.rule, issue.line]),
      [
        ['broken-fragment', 2],
        ['broken-link', 8],
      ],
      printed(result.issues),
    );
    assert.match(printed(result.issues), '/img/missing.png');
  } finally {
    rmSync(site, { recursive: true });
  }
});

links('404.html must not use path-relative links (it is served at any depth)', () => {
  const site = tempSite({ 'index.html': '<p>Home</p>', '404.html': '<a href="index.html">home</a> <a href="/">home</a>' });
  try {
    const result = checkLinks(site);
    assert.equal(rules(result.issues), ['relative-link-in-404'], printed(result.issues));
    assert.is(result.issues[0]?.page, '/404.html');
  } finally {
    rmSync(site, { recursive: true });
  }
});

links('scanHtml: ids, anchor names, URL attributes, srcset, meta refresh, raw text skipped', () => {
  const scan = scanHtml(
    [
      '<!DOCTYPE html><html><head><title>a <a href="/no/"></title>',
      '<meta http-equiv="refresh" content="0; url=/moved/">',
      '<style>a[href="/no-style/"]{}</style></head>',
      '<body id="top-of-page"><A NAME=legacy HREF=\'/x/\'>x</A>',
      '<source srcset="/a.webp 1x,/b.webp 2x">',
      '<svg><use href="/sprite.svg#icon"></use></svg>',
      '<p title="a > b" id="gt">&amp;</p>',
    ].join('\n'),
  );
  assert.equal([...scan.ids].sort(), ['gt', 'legacy', 'top-of-page']);
  assert.equal(
    scan.refs.map((ref) => `${ref.tag}[${ref.attr}]=${ref.url}@${ref.line}`),
    ['meta[content]=/moved/@2', 'a[href]=/x/@4', 'source[srcset]=/a.webp@5', 'source[srcset]=/b.webp@5', 'use[href]=/sprite.svg#icon@6'],
  );
});

links('a folder without .html files fails instead of passing', () => {
  const site = tempSite({ 'sitemap.xml': '' });
  try {
    assert.throws(() => checkLinks(site), /links: no \.html files/);
  } finally {
    rmSync(site, { recursive: true });
  }
});


links.run();
