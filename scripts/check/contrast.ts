// What pa11y-ci's WCAG2AA run does not hold pages to: 7:1 text contrast (WCAG 1.4.6, AAA), in the light and in the dark colour scheme, through HTML_CodeSniffer (the build pa11y's htmlcs runner injects), both schemes from one page load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from './browser.ts';
import { readPa11yCiConfig } from './pa11y-ci.ts';
import { serve } from './serve.ts';
import { withTimeout } from './timeout.ts';
import type { CheckerResult, Issue, ProgressHandler } from './types.ts';

export interface ContrastOptions {
  pathPrefix?: string;
  /** Pages checked at once, one browser tab each (default 2). */
  concurrency?: number;
  /** Reuse a running browser (tests share one); otherwise one is launched and closed. */
  browser?: Browser;
  onPage?: ProgressHandler;
  /** The pa11y-ci configuration whose ignore list and timeout apply (default .pa11yci). */
  pa11yciFile?: string;
  /** Longest one page may take (default: .pa11yci's timeout, else 30 s). */
  pageTimeoutMs?: number;
}

/** HTML_CodeSniffer at WCAG2AAA is only used for this: 1.4.6 Contrast (Enhanced), G17 7:1 (G18 4.5:1 for large text). */
export const AAA_CONTRAST = /\.1_4_6\./;

const SCHEMES = ['light', 'dark'] as const;

export async function checkContrast(siteDir: string, pages: string[], options: ContrastOptions = {}): Promise<CheckerResult> {
  const started = performance.now();
  if (pages.length === 0) throw new Error('contrast: no pages to check');
  const defaults = readPa11yCiConfig(options.pa11yciFile).defaults;
  // A council's ignore list in .pa11yci applies here too.
  const ignore = defaults.ignore ?? [];
  const pageTimeoutMs = options.pageTimeoutMs ?? defaults.timeout ?? 30_000;
  const server = await serve(siteDir, options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix });
  const ownBrowser = options.browser === undefined;
  let browser: Browser | undefined;
  const issues: Issue[] = [];
  let done = 0;
  let chromium = 'unknown';
  try {
    browser = options.browser ?? (await launchBrowser());
    chromium = await withTimeout(browser.version(), 10_000, 'Chromium did not say its version');
    const queue = [...pages];
    const worker = async (tab: Page): Promise<void> => {
      tab.setDefaultTimeout(pageTimeoutMs);
      for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
        const url = new URL(page.slice(1), server.url).href;
        // A page that never finishes (a crashed or stuck renderer) stops the check instead of hanging it.
        const found = await withTimeout(checkPage(tab, url, page, ignore, pageTimeoutMs), pageTimeoutMs * 3, `contrast: ${page} took longer than ${Math.round((pageTimeoutMs * 3) / 1000)} s`);
        issues.push(...found);
        done += 1;
        options.onPage?.(done, pages.length, page, found);
      }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, pages.length));
    const tabs = await Promise.all(Array.from({ length: concurrency }, () => (browser as Browser).newPage()));
    // tsx names the functions in our page scripts with a helper the page does not have; give it one.
    await Promise.all(tabs.map((tab) => tab.evaluateOnNewDocument('globalThis.__name = (fn) => fn;')));
    // The pages' own Content-Security-Policy (a <meta> tag) refuses the style that turns transitions off for the dark scheme.
    await Promise.all(tabs.map((tab) => tab.setBypassCSP(true)));
    try {
      await Promise.all(tabs.map(worker));
    } finally {
      await Promise.all(tabs.map((tab) => withTimeout(tab.close(), 5_000, 'tab did not close').catch(() => undefined)));
    }
  } finally {
    if (ownBrowser && browser) await withTimeout(browser.close(), 10_000, 'Chromium did not close').catch(() => browser?.process()?.kill('SIGKILL'));
    await server.close();
  }
  if (done !== pages.length) throw new Error(`contrast: checked ${done} of ${pages.length} pages`);
  return { checker: 'contrast', pagesChecked: done, issues, ms: performance.now() - started, tools: { chromium } };
}

async function checkPage(tab: Page, url: string, page: string, ignore: string[], timeout: number): Promise<Issue[]> {
  const fail = (rule: string, message: string): Issue[] => [{ checker: 'contrast', page, rule, message }];
  try {
    const found: Issue[] = [];
    const seen = new Set<string>();
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const response = await tab.goto(url, { waitUntil: 'load', timeout });
    if (response === null || !response.ok()) return fail('contrast/http-status', `${url} answered ${response?.status() ?? 'nothing'}`);
    const hasContent = await tab.evaluate(() => (document.body?.innerText ?? '').trim().length > 0);
    if (!hasContent) return fail('contrast/empty-page', `${url} has no visible text, so there was nothing to check`);
    await tab.evaluate(htmlcsSource());
    for (const scheme of SCHEMES) {
      // One load for both schemes: the scheme is switched in place, with transitions off so no colour is caught half-way.
      if (scheme === 'dark') {
        await tab.addStyleTag({ content: NO_TRANSITIONS });
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      }
      const results = await tab.evaluate(runContrastSniff, CONTRAST_SNIFF);
      if (results === null) return fail('contrast/no-result', `HTML_CodeSniffer did not run in the ${scheme} colour scheme`);
      for (const issue of results.filter((entry) => entry.type === 1 && AAA_CONTRAST.test(entry.code) && !ignore.some((rule) => rule.toLowerCase() === entry.code.toLowerCase()))) {
        // A colour failure the light scheme already showed is the same failure, not a dark-scheme one.
        const key = `${issue.code} ${issue.selector}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({
          checker: 'contrast',
          page,
          rule: `${scheme === 'dark' ? 'htmlcs-dark' : 'htmlcs'}/${issue.code}`,
          message: scheme === 'dark' ? `(prefers-color-scheme: dark) ${issue.message}` : issue.message,
          ...(issue.selector ? { selector: issue.selector } : {}),
          ...(issue.context ? { context: issue.context } : {}),
        });
      }
    }
    return found;
  } catch (error) {
    return fail('contrast/runner-failed', `${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const NO_TRANSITIONS = '*, *::before, *::after { transition: none !important; animation: none !important; }';
/** The one sniff of HTML_CodeSniffer's WCAG2AAA ruleset this check uses: 1.4.6 Contrast (Enhanced); the others cost 2 to 7 times as much and are not counted. */
const CONTRAST_SNIFF = 'Principle1.Guideline1_4.1_4_6';

let source: string | undefined;
/** HTML_CodeSniffer as pa11y's htmlcs runner injects it (the same package and build). */
function htmlcsSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('@pa11y/html_codesniffer/build/HTMLCS.js'), 'utf8');
  return source;
}

interface SniffMessage {
  type: number;
  code: string;
  message: string;
  selector: string;
  context: string | null;
}

/** Runs in the page: HTML_CodeSniffer's 1.4.6 sniff over the document; messages with pa11y's selector and context; null if it could not run. */
function runContrastSniff(sniff: string): Promise<SniffMessage[] | null> {
  const w = window as unknown as Record<string, any>;
  const htmlcs = w['HTMLCS'];
  if (!htmlcs || !w['HTMLCS_WCAG2AAA']) return Promise.resolve(null);
  // This page's own copy of the WCAG2AAA ruleset keeps only its 1.4.6 sniff (the way pa11y's htmlcs runner edits a ruleset's sniffs for its `rules` option).
  w['HTMLCS_WCAG2AAA'].sniffs = [sniff];
  // As pa11y's runner describes an element: a short outer HTML, and a selector from the nearest id.
  const context = (e: Element): string | null => {
    let outer = e.outerHTML;
    if (!outer) return null;
    if (e.innerHTML.length > 31) outer = outer.replace(e.innerHTML, `${e.innerHTML.substr(0, 31)}...`);
    return outer.length > 251 ? `${outer.substr(0, 250)}...` : outer;
  };
  const selector = (e: Element | null): string => {
    const parts: string[] = [];
    for (; e && e.nodeType === 1; e = e.parentElement) {
      if (e.id) {
        parts.unshift(`#${e.id}`);
        break;
      }
      const siblings = e.parentElement ? [...e.parentElement.children].filter((s) => s.tagName === e!.tagName) : [];
      parts.unshift(`${e.tagName.toLowerCase()}${siblings.length > 1 ? `:nth-child(${[...e.parentElement!.children].indexOf(e) + 1})` : ''}`);
    }
    return parts.join(' > ');
  };
  return new Promise((resolve) => {
    htmlcs.process('WCAG2AAA', document, () => {
      const messages = htmlcs.getMessages() as { type: number; code: string; msg: string; element: Element }[];
      resolve(messages.map((m) => ({ type: m.type, code: m.code, message: m.msg, selector: selector(m.element), context: m.element ? context(m.element) : null })));
    }, () => resolve(null), 'en');
  });
}
