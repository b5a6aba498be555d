// Browser tests for scripts/check/layout.ts: each rule rejects a page that breaks it, and a well-made page passes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { launchBrowser } from '../../scripts/check/browser.ts';
import { checkLayout } from '../../scripts/check/layout.ts';

const GOOD_CSS = `
  body { margin: 0; padding: 0.5rem 1rem; overflow-wrap: anywhere; }
  .skip-link { position: absolute; inset-block-start: -10rem; }
  .skip-link:focus { inset-block-start: 0.5rem; inset-inline-start: 1rem; }
  :focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; }
  nav a { display: inline-block; min-block-size: 24px; min-inline-size: 24px; padding: 0.2rem; }
  @media print { main a[href]::after { content: " (" attr(href) ")"; } main a[href^="/"]::after { content: " (https://example.test" attr(href) ")"; } }`;

/** A small page: the good one unless a part is replaced. */
function page({ css = GOOD_CSS, skip = '<a class="skip-link" href="#main">Skip to main content</a>', body = '<p>A short paragraph with <a href="/a-z/">a link</a>.</p>' } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title><style>${css}</style></head>
<body>${skip}<header><nav aria-label="Main"><a href="/">Home</a> <a href="/a-z/">A to Z</a></nav></header><main id="main" tabindex="-1"><h1>Page</h1>${body}</main></body></html>`;
}

const context: { browser?: Browser; dir?: string } = {};
const layout = suite('check/layout');
layout.before(async () => {
  context.browser = await launchBrowser();
  context.dir = mkdtempSync(path.join(tmpdir(), 'layout-'));
});
layout.after(async () => {
  await context.browser?.close();
  if (context.dir) rmSync(context.dir, { recursive: true, force: true });
});

async function rulesFor(html: string): Promise<string[]> {
  writeFileSync(path.join(context.dir!, 'index.html'), html);
  const result = await checkLayout(context.dir!, ['/'], { browser: context.browser! });
  assert.is(result.pagesChecked, 1);
  return [...new Set(result.issues.map((i) => `${i.page} ${i.rule}`))].sort();
}

layout('a well-made page passes every rule', async () => {
  assert.equal(await rulesFor(page()), []);
});

layout('a long unbreakable address that scrolls sideways at 320 px is rejected (reflow)', async () => {
  const long = 'https://www.example.gov.uk/' + 'averyveryverylongaddresssegment'.repeat(6);
  assert.equal(await rulesFor(page({ css: GOOD_CSS.replace('overflow-wrap: anywhere;', ''), body: `<p>${long}</p>` })), ['/ reflow']);
});

layout('a page whose first focusable element is not a skip link to main is rejected', async () => {
  assert.equal(await rulesFor(page({ skip: '' })), ['/ skip-link']);
});

layout('focus with no outline is rejected, in normal and in forced colours', async () => {
  assert.equal(await rulesFor(page({ css: `${GOOD_CSS} :focus-visible { outline: none; }` })), ['/ focus-visible', '/ focus-visible-forced-colors']);
});

layout('a 1 px outline is too thin', async () => {
  assert.equal(await rulesFor(page({ css: `${GOOD_CSS} :focus-visible { outline-width: 1px; }` })), ['/ focus-visible', '/ focus-visible-forced-colors']);
});

layout('navigation links smaller than 24 by 24 px are rejected', async () => {
  assert.equal(await rulesFor(page({ css: `${GOOD_CSS} nav a { display: inline; padding: 0; font-size: 10px; }` })), ['/ target-size-24']);
});

layout('links that do not print their address are rejected', async () => {
  assert.equal(await rulesFor(page({ css: GOOD_CSS.replace(/@media print \{.*\}/, '') })), ['/ audit/print-full-address', '/ print-link-address']);
});

layout('a control inside a closed <details> is checked as a reader who opens it sees it; a hidden input is not a focus stop', async () => {
  const form = '<details><summary>Is there anything wrong with this page?</summary><form action="/r"><input type="hidden" name="page" value="/"><label for="d">Details</label><textarea id="d"></textarea><button type="submit">Send</button></form></details>';
  assert.equal(await rulesFor(page({ body: form })), []);
  const noOutline = `${GOOD_CSS} textarea:focus-visible { outline: none; }`;
  assert.equal(await rulesFor(page({ css: noOutline, body: form })), ['/ focus-visible', '/ focus-visible-forced-colors']);
});

layout.run();
