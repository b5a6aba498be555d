// Browser tests for scripts/check/layout-audit.ts: each rule a manual audit added rejects a page with the fault it found, and a well-made page passes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { launchBrowser } from '../../scripts/check/browser.ts';
import { checkLayout } from '../../scripts/check/layout.ts';

const CSS = `
  body { margin: 0; padding: 0.5rem 1rem; overflow-wrap: break-word; }
  .skip-link { position: absolute; inset-block-start: -10rem; }
  .skip-link:focus { position: static; display: block; }
  :focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; }
  a { display: inline-block; min-block-size: 24px; min-inline-size: 24px; padding-block: 0.2rem; }
  .exit { position: sticky; top: 0; background: #fff; padding: 0.5rem; }
  .bare { list-style: none; padding: 0; }
  .crumbs li + li::before { content: ""; display: inline-block; inline-size: 0.4em; block-size: 0.4em; border: solid; border-width: 2px 2px 0 0; transform: rotate(45deg); }
  th, td { padding: 0.5rem; }
  @media print { main a[href]::after { content: " (" attr(href) ")"; } main a[href^="/"]::after { content: " (https://example.test" attr(href) ")"; } }`;

const EXIT = '<aside class="exit" aria-label="Exit this page"><p><a href="https://www.bbc.co.uk/weather">Exit this page</a></p></aside>';
const LONG = '<p>Words.</p>'.repeat(60);

function page({ css = '', top = EXIT, body = '' } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title><style>${CSS}${css}</style></head>
<body><a class="skip-link" href="#main">Skip to main content</a>${top}<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/other/">Home</a></li><li><a href="/other/area/">Area</a></li></ol></nav>
<main id="main" tabindex="-1"><h1>Page</h1><ul class="bare" role="list"><li><a href="/other/a/">A</a></li></ul>
<table><caption>Every statement</caption><tr><th scope="col">Statement</th><th scope="col">Partnership</th></tr><tr><td>Statement</td><td>Partnership</td></tr></table>
${body}${LONG}</main></body></html>`;
}

const context: { browser?: Browser; dir?: string } = {};
const audit = suite('check/layout-audit');
audit.before(async () => {
  context.browser = await launchBrowser();
  context.dir = mkdtempSync(path.join(tmpdir(), 'layout-audit-'));
});
audit.after(async () => {
  await context.browser?.close();
  if (context.dir) rmSync(context.dir, { recursive: true, force: true });
});

/** The audit rules the page breaks (layout.ts's own rules are tested in layout.test.ts). */
async function auditRulesFor(html: string, files: Record<string, string> = {}): Promise<string[]> {
  writeFileSync(path.join(context.dir!, 'index.html'), html);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(context.dir!, name), content);
  const result = await checkLayout(context.dir!, ['/'], { browser: context.browser! });
  return [...new Set(result.issues.filter((i) => i.rule.startsWith('audit/')).map((i) => i.rule))].sort();
}

audit('a well-made page passes every audit rule', async () => {
  assert.equal(await auditRulesFor(page()), []);
});

audit('an exit link that scrolls away at 400% zoom is rejected', async () => {
  assert.equal(await auditRulesFor(page({ css: '.exit { position: static; }' })), ['audit/exit-link-on-screen']);
});

audit('an exit link outside any landmark is rejected', async () => {
  assert.equal(await auditRulesFor(page({ top: EXIT.replace('<aside', '<div').replace('</aside>', '</div>') })), ['audit/exit-link-landmark']);
});

audit('a focused skip link laid over the exit link is rejected', async () => {
  assert.equal(await auditRulesFor(page({ css: '.skip-link:focus { position: fixed; top: 0.5rem; left: 1rem; padding: 1rem 4rem; z-index: 9; background: #fd0; }' })), ['audit/exit-link-covered']);
});

audit('a focus outline that runs off the screen is rejected, in forced colours too', async () => {
  assert.equal(await auditRulesFor(page({ css: 'body { padding-inline: 0; } .exit { padding: 0; } .exit p { margin: 0; } .exit a { display: block; }' })), ['audit/focus-outline-on-screen', 'audit/focus-outline-on-screen-forced-colors']);
});

audit('overflow-wrap: anywhere, which splits "Statement" in a table at 320 px, is rejected', async () => {
  const wide = '<table><tr><th>Statement</th><th>Partnership</th><th>Signed</th><th>Superseded</th><th>Characteristics</th></tr></table>';
  assert.equal(await auditRulesFor(page({ css: 'body { overflow-wrap: anywhere; }', body: wide })), ['audit/table-word-split']);
});

audit('a scroll region that is a Tab stop with nothing to scroll is rejected', async () => {
  assert.equal(await auditRulesFor(page({ body: '<section tabindex="0" aria-label="Table"><p>Short</p></section>' })), ['audit/needless-tab-stop']);
});

audit('a list drawn without bullets and without role="list" is rejected', async () => {
  assert.equal(await auditRulesFor(page({ body: '<ul class="bare"><li>One</li><li>Two</li></ul>' })), ['audit/list-role']);
});

audit('a sentence that leads into a list but is cut from it by a heading is rejected', async () => {
  assert.equal(await auditRulesFor(page({ body: '<div><p>In practical terms, we will work towards:</p></div><h2>Commitments</h2><ul><li>fairness</li></ul>' })), ['audit/lead-in-cut']);
});

audit('one link text for two places is rejected', async () => {
  assert.equal(await auditRulesFor(page({ body: '<p><a href="/areas/riverside/">London Borough of Riverside</a> and <a href="https://www.riverside.example.gov.uk/">London Borough of Riverside</a></p>' })), ['audit/same-text-different-place']);
});

audit('breadcrumbs that link to the page itself, or read out their separators, are rejected', async () => {
  const html = page().replace('<li><a href="/other/area/">Area</a></li>', '<li><a href="/other/area/">Area</a></li><li><a href="/">Page</a></li>');
  assert.equal(await auditRulesFor(html.replace('content: ""; display: inline-block', 'content: "›"; display: inline-block')), ['audit/breadcrumb-self-link', 'audit/breadcrumb-separator-read']);
});

audit('a download without its size, or with a wrong one, is rejected', async () => {
  const data = JSON.stringify({ filler: 'x'.repeat(5000) });
  assert.equal(await auditRulesFor(page({ body: '<p><a href="/data.json">Open data (JSON)</a></p>' }), { 'data.json': data }), ['audit/download-size']);
  assert.equal(await auditRulesFor(page({ body: '<p><a href="/data.json">Open data (JSON, 40 KB)</a></p>' }), { 'data.json': data }), ['audit/download-size']);
  assert.equal(await auditRulesFor(page({ body: '<p><a href="/data.json">Open data (JSON, 5 KB)</a></p>' }), { 'data.json': data }), []);
});

audit("another site's document without a size is accepted, since size_kb is optional", async () => {
  assert.equal(await auditRulesFor(page({ body: '<p><a href="https://www.example.gov.uk/documents/plan.pdf">Plan (PDF)</a></p>' })), []);
});

audit('with CSS off, a skip link that runs into the next link on one line is rejected', async () => {
  assert.equal(await auditRulesFor(page({ top: '<a href="https://www.bbc.co.uk/weather">Exit this page</a>', css: '' }).replace('<a href="https://www.bbc.co.uk/weather">', '<a href="https://www.bbc.co.uk/weather" style="position: sticky; top: 0">')), ['audit/css-off-run-together', 'audit/exit-link-landmark']);
});

audit('a table that keeps its scroll box on A4 paper, hiding columns, is rejected', async () => {
  const wide = `<div style="overflow-x: auto"><table style="min-inline-size: 1000px"><tr><td>Age</td><td>Sex</td></tr></table></div>`;
  assert.equal(await auditRulesFor(page({ body: wide, css: '@media screen { div { overflow-x: visible; } table { min-inline-size: 0 !important; } }' })), ['audit/print-a4']);
});

audit('text that prints white on white paper is rejected', async () => {
  assert.equal(await auditRulesFor(page({ body: '<p class="name">London Local Partnerships</p>', css: '.name { color: #fff; background: #0b0c0c; }' })), ['audit/print-text-contrast']);
});

audit.run();
