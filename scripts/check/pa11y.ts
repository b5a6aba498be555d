// Runs pa11y (axe + HTML_CodeSniffer, WCAG2AA plus axe's WCAG 2.2 rules, plus HTMLCS AAA contrast in light and dark) over pages served on 127.0.0.1.
import pa11y from 'pa11y';
import type { Browser, Page } from 'puppeteer';
import { axeWcag22Rules } from './axe-wcag22-rules.ts';
import { launchBrowser } from './browser.ts';
import { serve } from './serve.ts';
import type { CheckerResult, Issue, ProgressHandler } from './types.ts';

export interface Pa11yCheckOptions {
  pathPrefix?: string;
  /** Pages checked at once, one browser tab each (default 2). */
  concurrency?: number;
  /** Reuse a running browser (tests share one); otherwise one is launched and closed. */
  browser?: Browser;
  onPage?: ProgressHandler;
}

/** HTML_CodeSniffer at WCAG2AAA is only used for this: 1.4.6 Contrast (Enhanced), G17 7:1 (G18 4.5:1 for large text). */
export const AAA_CONTRAST = /\.1_4_6\./;

interface Pass {
  name: string;
  /** Prefix for rule ids, e.g. "htmlcs-dark" instead of the runner name. */
  label?: string;
  /** prefers-color-scheme to emulate while this pass runs (default light). */
  colorScheme?: 'light' | 'dark';
  options: pa11y.Pa11yOptions;
  keep: (issue: pa11y.Pa11yIssue) => boolean;
  /** A run that really happened leaves a trace; null means it did not. */
  proof: (results: pa11y.Pa11yResults, tab: Page) => Promise<string | null>;
}

export function passes(wcag22Rules: string[]): Pass[] {
  const isError = (issue: pa11y.Pa11yIssue): boolean => issue.type === 'error';
  const htmlcsProof = async (results: pa11y.Pa11yResults): Promise<string | null> =>
    results.issues.some((issue) => issue.runner === 'htmlcs') ? null : 'HTML_CodeSniffer returned no messages at all (not even notices)';
  return [
    {
      name: 'axe WCAG2AA + WCAG 2.2',
      options: { runners: ['axe'], standard: 'WCAG2AA', rules: wcag22Rules },
      keep: isError,
      proof: async (_results, tab) => {
        const enabled = await tab.evaluate((ids: string[]) => {
          const axe = (window as unknown as { axe?: { getRules(): { ruleId: string }[] } }).axe;
          if (!axe) return null;
          const known = new Set(axe.getRules().map((rule) => rule.ruleId));
          return ids.filter((id) => known.has(id)).length;
        }, wcag22Rules);
        if (enabled === null) return 'axe-core was not present in the page after the run';
        return enabled === wcag22Rules.length ? null : `axe in the page knows ${enabled} of the ${wcag22Rules.length} WCAG 2.2 rules`;
      },
    },
    {
      name: 'HTML_CodeSniffer WCAG2AA',
      options: { runners: ['htmlcs'], standard: 'WCAG2AA', includeNotices: true, includeWarnings: true },
      keep: isError,
      proof: htmlcsProof,
    },
    {
      name: 'HTML_CodeSniffer WCAG2AAA contrast',
      options: { runners: ['htmlcs'], standard: 'WCAG2AAA', includeNotices: true, includeWarnings: true },
      keep: (issue) => isError(issue) && AAA_CONTRAST.test(issue.code),
      proof: htmlcsProof,
    },
    {
      // Sites that declare color-scheme "light dark" have a second palette; 7:1 covers AA's 4.5:1 there too.
      name: 'HTML_CodeSniffer WCAG2AAA contrast, dark colour scheme',
      label: 'htmlcs-dark',
      colorScheme: 'dark',
      options: { runners: ['htmlcs'], standard: 'WCAG2AAA', includeNotices: true, includeWarnings: true },
      keep: (issue) => isError(issue) && AAA_CONTRAST.test(issue.code),
      proof: htmlcsProof,
    },
  ];
}

export async function checkPa11y(siteDir: string, pages: string[], options: Pa11yCheckOptions = {}): Promise<CheckerResult> {
  const started = performance.now();
  if (pages.length === 0) throw new Error('pa11y: no pages to check');
  const plan = passes(axeWcag22Rules());
  const server = await serve(siteDir, options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix });
  const ownBrowser = options.browser === undefined;
  let browser: Browser | undefined;
  const issues: Issue[] = [];
  let done = 0;
  let chromium = 'unknown';
  try {
    browser = options.browser ?? (await launchBrowser());
    chromium = await browser.version();
    const queue = [...pages];
    const worker = async (tab: Page): Promise<void> => {
      for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
        const found = await checkPage(tab, new URL(page.slice(1), server.url).href, page, plan);
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
      await Promise.all(tabs.map((tab) => tab.close().catch(() => undefined)));
    }
  } finally {
    if (ownBrowser) await browser?.close();
    await server.close();
  }
  if (done !== pages.length) throw new Error(`pa11y: checked ${done} of ${pages.length} pages`);
  return { checker: 'pa11y', pagesChecked: done, issues, ms: performance.now() - started, tools: { chromium } };
}

async function checkPage(tab: Page, url: string, page: string, plan: Pass[]): Promise<Issue[]> {
  const fail = (rule: string, message: string): Issue[] => [{ checker: 'pa11y', page, rule, message }];
  try {
    let scheme: 'light' | 'dark' = 'light';
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const response = await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (response === null || !response.ok()) return fail('pa11y/http-status', `${url} answered ${response?.status() ?? 'nothing'}`);
    const hasContent = await tab.evaluate(() => (document.body?.innerText ?? '').trim().length > 0);
    if (!hasContent) return fail('pa11y/empty-page', `${url} has no visible text, so there was nothing to check`);

    const found: Issue[] = [];
    const seen = new Set<string>();
    for (const pass of plan) {
      if ((pass.colorScheme ?? 'light') !== scheme) {
        // Reload rather than switch live, so no colour transition is caught half-way.
        scheme = pass.colorScheme ?? 'light';
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await tab.reload({ waitUntil: 'load', timeout: 30_000 });
      }
      const results = await pa11y(url, { ...pass.options, browser: tab.browser(), page: tab, ignoreUrl: true });
      const missing = Array.isArray(results?.issues) ? await pass.proof(results, tab) : 'pa11y returned no result';
      if (missing !== null) return fail('pa11y/no-result', `${pass.name}: ${missing}`);
      for (const issue of results.issues.filter(pass.keep)) {
        // A colour failure the light pass already reported is the same failure, not a dark-scheme one.
        const key = `${issue.code} ${issue.selector}`;
        if (pass.colorScheme === 'dark' && seen.has(key)) continue;
        seen.add(key);
        found.push({
          checker: 'pa11y',
          page,
          rule: `${pass.label ?? issue.runner}/${issue.code}`,
          message: pass.colorScheme === 'dark' ? `(prefers-color-scheme: dark) ${issue.message}` : issue.message,
          ...(issue.selector ? { selector: issue.selector } : {}),
        });
      }
    }
    return found;
  } catch (error) {
    return fail('pa11y/runner-failed', `${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
