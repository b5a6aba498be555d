// The page-weight budget rejects heavy pages, scripts, web fonts and other hosts, and passes a light page.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUDGET_BYTES, checkWeight, weightSummary } from '../../scripts/check/weight.ts';

const page = (head: string, body = '<p>Hello</p>') => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'weight-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const dirs: string[] = [];
const made = (files: Record<string, string | Buffer>) => {
  const dir = site(files);
  dirs.push(dir);
  return dir;
};
test.after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('a light page with its stylesheet passes and is measured with it', () => {
  const css = 'body{color:#000}'.repeat(20);
  const dir = made({ 'index.html': page('<link rel="stylesheet" href="/assets/site.css">'), 'assets/site.css': css });
  const result = checkWeight(dir);
  assert.equal(result.issues, []);
  assert.is(result.pages.length, 1);
  assert.ok(result.pages[0].total > result.pages[0].html, 'the stylesheet counts towards the page');
});

test('a page over 14 KB gzipped is rejected, naming the page and the rule', () => {
  // Random text does not compress, so 20 KB of it stays over budget after gzip.
  const heavy = randomBytes(15 * 1024).toString('base64');
  const dir = made({ 'big/index.html': page('', `<p>${heavy}</p>`) });
  const { issues } = checkWeight(dir);
  assert.is(issues.length, 1);
  assert.is(issues[0].page, '/big/');
  assert.is(issues[0].rule, 'page-weight');
  assert.match(issues[0].message, /over the 14\.0 KB budget/);
});

test('a heavy stylesheet pushes a light page over budget', () => {
  const css = `/*${randomBytes(15 * 1024).toString('base64')}*/`;
  const dir = made({ 'index.html': page('<link rel="stylesheet" href="site.css">'), 'site.css': css });
  assert.equal(checkWeight(dir).issues.map((i) => i.rule), ['page-weight']);
});

test('a script, a web font and a resource from another host are each rejected', () => {
  const dir = made({
    'index.html': page('<script src="/app.js"></script><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="https://cdn.example.com/x.css">'),
    'app.js': 'alert(1)',
    's.css': '@font-face{font-family:x;src:url(/x.woff2)}',
  });
  const rules = checkWeight(dir).issues.map((i) => i.rule).sort();
  assert.equal(rules, ['no-other-host', 'no-script', 'no-web-fonts']);
});

test('links that are not requests (canonical, alternate, anchors) and JSON-LD are not counted as loads', () => {
  const dir = made({
    'index.html': page('<link rel="canonical" href="https://elsewhere.example/"><link rel="alternate" href="/feed.xml"><script type="application/ld+json">{}</script>', '<a href="https://elsewhere.example/">x</a>'),
    'feed.xml': randomBytes(20 * 1024).toString('base64'),
  });
  assert.equal(checkWeight(dir).issues, []);
});

test('under a path prefix, prefixed resources are found and counted', () => {
  const dir = made({ 'index.html': page('<link rel="stylesheet" href="/lsp/site.css">'), 'site.css': `/*${randomBytes(15 * 1024).toString('base64')}*/` });
  assert.equal(checkWeight(dir, { pathPrefix: '/lsp/' }).issues.map((i) => i.rule), ['page-weight']);
});

// Random bytes stand in for encoded pictures: the budget reads sizes as published, not what the bytes are.
const picture = (kb: number) => randomBytes(kb * 1024);
const pictureTag = (name: string) => `<picture><source type="image/webp" srcset="/images/${name}-96.webp 96w, /images/${name}-192.webp 192w" sizes="6rem"><img alt="" src="/images/${name}-96.jpeg" width="96" height="72" srcset="/images/${name}-96.jpeg 96w, /images/${name}-192.jpeg 192w" sizes="6rem"></picture>`;

test('pictures do not count towards the 14 KB budget, but each has its own, and a page all of them together', () => {
  const files: Record<string, string | Buffer> = { 'index.html': page('', ['a', 'b', 'c', 'd', 'e'].map(pictureTag).join('')) };
  for (const name of ['a', 'b', 'c', 'd', 'e']) Object.assign(files, { [`images/${name}-96.webp`]: picture(4), [`images/${name}-192.webp`]: picture(12), [`images/${name}-96.jpeg`]: picture(6), [`images/${name}-192.jpeg`]: picture(18) });
  const light = checkWeight(made(files));
  assert.equal(light.issues, [], 'five pictures of at most 18 KB: 90 KB for the page');
  assert.is(light.pages[0].pictures, 5 * 18 * 1024, 'each picture counts once, at its largest candidate');
  assert.ok(light.pages[0].total < BUDGET_BYTES, 'the pictures are not in the page weight');

  files['images/c-192.jpeg'] = picture(30);
  const { issues } = checkWeight(made(files));
  assert.equal(issues.map((i) => [i.rule, i.page]), [['picture-weight', '/'], ['page-pictures-weight', '/']]);
  assert.is(issues[0].message, 'shows images/c-192.jpeg, which weighs 30.0 KB as published, over the 25.0 KB a picture may weigh; use a simpler picture, or one with fewer fine details');
  assert.is(issues[1].message, "shows 5 pictures weighing 102.0 KB together as published, over the 100.0 KB a page's pictures may weigh; show fewer pictures, or simpler ones");
});

test('the summary names the heaviest page and the median', () => {
  const lines = weightSummary([{ page: '/a/', html: 1000, total: 3000, pictures: 0 }, { page: '/b/', html: 500, total: 1024, pictures: 0 }, { page: '/c/', html: 500, total: 2048, pictures: 0 }], 1);
  assert.equal(lines, ['weight: 2.9 KB /a/ (HTML 1.0 KB)', `weight: median 2.0 KB, heaviest 2.9 KB, budget ${(BUDGET_BYTES / 1024).toFixed(1)} KB (gzip, HTML plus stylesheet)`]);
});

test.run();
