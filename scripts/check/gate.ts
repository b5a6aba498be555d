// Runs the gate's checkers in turn over a built site folder, printing progress, and writes the JSON report.
import type { Browser } from 'puppeteer';
import { sourceFingerprint } from '../../src/accessibility/report.ts';
import type { GateArgs, RunnableChecker } from './args.ts';
import { checkHtmlValidate } from './html-validate.ts';
import { checkLinks } from './links.ts';
import { checkLayout } from './layout.ts';
import { checkPa11y } from './pa11y.ts';
import { checkWeight, weightSummary } from './weight.ts';
import { listPages, type SitePages } from './pages.ts';
import { buildReport, type GateReport, writeReport } from './report.ts';
import { count, formatSummary, seconds } from './summary.ts';
import { type CheckerResult, formatIssue, type Issue, type ProgressHandler } from './types.ts';
import { toolVersions } from './versions.ts';

export interface GateOptions extends GateArgs {
  /** Reuse a running browser (tests); otherwise pa11y launches one. */
  browser?: Browser;
  log?: (line: string) => void;
  /** Source fingerprint to record; default: the project's src, _includes and data folders. */
  sources?: string;
}

export interface GateOutcome {
  passed: boolean;
  issues: Issue[];
  results: CheckerResult[];
  report: GateReport;
  summary: string;
}

export async function runGate(options: GateOptions): Promise<GateOutcome> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const issues: Issue[] = [];
  const results: CheckerResult[] = [];
  log(`Accessibility gate: ${options.siteDir}${options.pathPrefix === '/' ? '' : ` (path prefix ${options.pathPrefix})`}`);

  let site: SitePages | null = null;
  try {
    site = listPages(options.siteDir, { pathPrefix: options.pathPrefix });
    log(`sitemap.xml: ${count(site.pages.length, 'page')} to check on ${site.baseUrl}`);
    issues.push(...site.problems);
    for (const issue of site.problems) log(indent(formatIssue(issue)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    issues.push({ checker: 'sitemap', page: '/sitemap.xml', rule: 'sitemap/unusable', message });
    log(`sitemap.xml: FAILED\n${indent(message)}`);
  }

  const progress = (checker: RunnableChecker): ProgressHandler => (done, total, page, found) => {
    if (found.length === 0 && !(options.verbose || checker === 'pa11y')) return;
    log(`[${done}/${total}] ${page} ${found.length === 0 ? 'ok' : count(found.length, 'error')}`);
    for (const issue of found) log(indent(formatIssue(issue)));
  };

  for (const checker of options.only) {
    log(`\n── ${checker} ──`);
    try {
      const result = await runChecker(checker, options, site, progress(checker));
      if (result === null) {
        log('skipped: no page list (see sitemap.xml above)');
        continue;
      }
      results.push(result);
      issues.push(...result.issues);
      log(`${checker}: ${count(result.pagesChecked, 'page')}, ${count(result.issues.length, 'error')}, ${seconds(result.ms)}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      issues.push({ checker, page: '(site)', rule: `${checker}/crashed`, message });
      log(`${checker}: FAILED TO RUN: ${message}`);
    }
  }

  const tools = Object.assign(toolVersions(), ...results.map((result) => result.tools ?? {})) as Record<string, string>;
  const report = buildReport({
    siteDir: options.siteDir,
    baseUrl: site?.baseUrl ?? null,
    pathPrefix: options.pathPrefix,
    pagesChecked: site?.pages.length ?? 0,
    tools,
    results,
    issues,
    sources: options.sources ?? sourceFingerprint(),
  });
  writeReport(options.reportFile, report);
  const summary = formatSummary({ pagesChecked: report.pagesChecked, results, issues, totalMs: performance.now() - started, reportFile: options.reportFile });
  log(summary);
  return { passed: issues.length === 0, issues, results, report, summary };
}

async function runChecker(checker: RunnableChecker, options: GateOptions, site: SitePages | null, onPage: ProgressHandler): Promise<CheckerResult | null> {
  switch (checker) {
    case 'html-validate':
      return checkHtmlValidate(options.siteDir, { onPage });
    case 'links':
      return checkLinks(options.siteDir, { pathPrefix: options.pathPrefix, ...(site ? { baseUrl: site.baseUrl } : {}), onPage });
    case 'weight': {
      const started = performance.now();
      const { pages, issues } = checkWeight(options.siteDir, { pathPrefix: options.pathPrefix });
      pages.forEach((page, i) => onPage(i + 1, pages.length, page.page, issues.filter((issue) => issue.page === page.page)));
      for (const line of weightSummary(pages)) (options.log ?? console.log)(line);
      return { checker: 'weight', pagesChecked: pages.length, issues, ms: performance.now() - started };
    }
    case 'layout':
      if (site === null) return null;
      return checkLayout(options.siteDir, selected(site, options), { pathPrefix: options.pathPrefix, ...(options.browser ? { browser: options.browser } : {}), onPage });
    case 'pa11y':
      if (site === null) return null;
      return checkPa11y(options.siteDir, selected(site, options), {
        pathPrefix: options.pathPrefix,
        concurrency: options.concurrency,
        ...(options.browser ? { browser: options.browser } : {}),
        onPage,
      });
    default:
      throw new Error(`unknown checker ${String(checker satisfies never)}`);
  }
}

/** The pages the browser checks run on: all, or those named with --pages. */
function selected(site: SitePages, options: GateOptions): string[] {
  return options.pages ? site.pages.filter((page) => options.pages!.includes(page)) : site.pages;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
