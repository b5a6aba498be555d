// What pa11y-ci's WCAG2AA run does not hold pages to: 7:1 text contrast (WCAG 1.4.6, AAA), in the light and in the dark colour scheme, through pa11y's HTML_CodeSniffer.
import pa11y from 'pa11y';
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
    for (const scheme of SCHEMES) {
      // Load afresh in each scheme, so no colour transition is caught half-way.
      await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const response = await tab.goto(url, { waitUntil: 'load', timeout });
      if (response === null || !response.ok()) return fail('contrast/http-status', `${url} answered ${response?.status() ?? 'nothing'}`);
      const hasContent = await tab.evaluate(() => (document.body?.innerText ?? '').trim().length > 0);
      if (!hasContent) return fail('contrast/empty-page', `${url} has no visible text, so there was nothing to check`);
      const results = await pa11y(url, { browser: tab.browser(), page: tab, ignoreUrl: true, runners: ['htmlcs'], standard: 'WCAG2AAA', includeNotices: true, includeWarnings: true, ignore, timeout });
      // HTML_CodeSniffer always has notices; none at all means it did not run.
      if (!Array.isArray(results?.issues) || !results.issues.some((issue) => issue.runner === 'htmlcs')) {
        return fail('contrast/no-result', `HTML_CodeSniffer returned no messages at all (not even notices) in the ${scheme} colour scheme`);
      }
      for (const issue of results.issues.filter((entry) => entry.type === 'error' && AAA_CONTRAST.test(entry.code))) {
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
