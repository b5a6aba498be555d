// Tests for scripts/check/pages.ts: the page list comes from the build's sitemap.xml, plus /404.html.
import { rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { listPages } from '../../scripts/check/pages.ts';
import { fileToPagePath, normalizePathPrefix, stripPathPrefix } from '../../scripts/check/site-paths.ts';
import { fixture, tempSite } from './fixtures.ts';

const BASE = 'https://partnerships.example.org.uk/';
const pages = suite('check/pages');

pages('lists sitemap pages as local paths, then /404.html', () => {
  const site = listPages(fixture('good'));
  assert.equal(site.pages, ['/', '/404.html']);
  assert.is(site.baseUrl, 'https://partnerships.example.org.uk/');
  assert.equal(site.problems, []);
});

pages('an empty sitemap fails', () => {
  assert.throws(() => listPages(fixture('empty-sitemap')), /sitemap\.xml: lists no pages/);
});

pages('a missing sitemap fails', () => {
  assert.throws(() => listPages(fixture('no-sitemap')), /sitemap\.xml: missing/);
});

pages('a missing 404.html is a problem, but the sitemap pages are still listed', () => {
  const site = listPages(fixture('broken-link'));
  assert.equal(site.pages, ['/']);
  assert.equal(
    site.problems.map((issue) => [issue.page, issue.rule]),
    [['/404.html', 'site/no-404']],
  );
});

pages('strips the path prefix from sitemap URLs', () => {
  const site = listPages(fixture('prefix'), { pathPrefix: '/prefix/' });
  assert.equal(site.pages, ['/', '/404.html']);
  assert.is(site.baseUrl, 'https://partnerships.example.org.uk/prefix/');
});

pages('no sitemap URL in the build fails, naming the URL and hinting at --path-prefix', () => {
  assert.throws(
    () => listPages(fixture('prefix')),
    (error: unknown) =>
      error instanceof Error &&
      error.message.includes('<loc> https://partnerships.example.org.uk/prefix/ has no file in the build') &&
      error.message.includes('--path-prefix'),
  );
});

pages('a sitemap URL with no page in the build is a problem naming the URL', () => {
  const site = tempSite({
    'sitemap.xml': `<urlset><url><loc>${BASE}</loc></url><url><loc>${BASE}gone/</loc></url><url><loc>https://elsewhere.example.com/</loc></url></urlset>`,
    'index.html': '<p>Home</p>',
    '404.html': '<p>Not found</p>',
  });
  try {
    const result = listPages(site);
    assert.equal(result.pages, ['/', '/404.html']);
    assert.equal(
      result.problems.map((issue) => issue.rule),
      ['sitemap/no-file', 'sitemap/foreign-url'],
    );
    assert.match(result.problems[0]?.message ?? '', `<loc> ${BASE}gone/ has no file in the build`);
  } finally {
    rmSync(site, { recursive: true });
  }
});

pages('follows a sitemap index', () => {
  const site = tempSite({
    'sitemap.xml': `<sitemapindex><sitemap><loc>${BASE}sitemaps/a.xml</loc></sitemap></sitemapindex>`,
    'sitemaps/a.xml': `<urlset><url><loc>${BASE}about/?x=1&amp;y=2</loc></url></urlset>`,
    'about/index.html': '<p>About</p>',
    '404.html': '<p>Not found</p>',
  });
  try {
    assert.equal(listPages(site).pages, ['/about/', '/404.html']);
  } finally {
    rmSync(site, { recursive: true });
  }
});

pages('site paths', () => {
  assert.is(normalizePathPrefix(undefined), '/');
  assert.is(normalizePathPrefix('prefix'), '/prefix/');
  assert.is(normalizePathPrefix('/a/b/'), '/a/b/');
  assert.is(fileToPagePath('areas/ealing/index.html'), '/areas/ealing/');
  assert.is(fileToPagePath('index.html'), '/');
  assert.is(fileToPagePath('404.html'), '/404.html');
  assert.is(stripPathPrefix('/prefix/areas/', '/prefix/'), '/areas/');
  assert.is(stripPathPrefix('/prefix', '/prefix/'), '/');
  assert.is(stripPathPrefix('/areas/', '/prefix/'), null);
  assert.is(stripPathPrefix('/areas/', '/'), '/areas/');
});


pages.run();
