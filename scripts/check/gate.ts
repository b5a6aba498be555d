// Runs the gate's checkers in turn over a built site folder, printing progress, reusing cached results for unchanged pages, and writes the JSON report.
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { sourceFingerprint } from '../../src/accessibility/report.ts';
import type { GateArgs, RunnableChecker } from './args.ts';
import { CheckCache, PageInputs } from './cache.ts';
import { contentCoverageNote } from './content-coverage.ts';
import { checkContrast } from './contrast.ts';
import { type CachedChecker, chromiumPath, chromiumVersion, fingerprint } from './fingerprints.ts';
import { listHtmlFiles } from './html-files.ts';
import { checkHtmlValidate } from './html-validate.ts';
import { checkLanguageOfParts } from './language.ts';
import { checkLayout } from './layout.ts';
import { checkLinks } from './links.ts';
import { checkPa11yCi, readPa11yCiConfig } from './pa11y-ci.ts';
import { listPages, type SitePages } from './pages.ts';
import { buildReport, type GateReport, type PageChecked, writeReport } from './report.ts';
import { inShard, shardLabel, siteFingerprint } from './shard.ts';
import { fileToPagePath, resolvePageFile } from './site-paths.ts';
import { count, formatSummary, seconds } from './summary.ts';
import { type CheckerResult, formatIssue, type Issue, type ProgressHandler } from './types.ts';
import { toolVersions } from './versions.ts';
import { checkWeight, weightSummary } from './weight.ts';

export interface GateOptions extends GateArgs {
  /** Reuse a running browser for the contrast and layout checks (tests); otherwise each launches one. */
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

/** A page as a checker sees it: its site-local path and the file it is served from. */
interface Unit {
  page: string;
  file: string;
}

const BROWSER_CHECKERS: readonly RunnableChecker[] = ['pa11y-ci', 'contrast', 'layout'];

export async function runGate(options: GateOptions): Promise<GateOutcome> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const issues: Issue[] = [];
  const results: CheckerResult[] = [];
  log(`Accessibility gate: ${options.siteDir}${options.pathPrefix === '/' ? '' : ` (path prefix ${options.pathPrefix})`}${options.shard ? `, ${shardLabel(options.shard)}` : ''}`);

  let site: SitePages | null = null;
  try {
    site = listPages(options.siteDir, { pathPrefix: options.pathPrefix });
    log(`sitemap.xml: ${count(site.pages.length, 'page')} to check on ${site.baseUrl}`);
    const note = contentCoverageNote(site.pages);
    if (note) log(note);
    // A part leaves the sitemap's problems to the merge, which checks the whole site once.
    if (!options.shard) issues.push(...site.problems);
    for (const issue of site.problems) log(indent(formatIssue(issue)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    issues.push({ checker: 'sitemap', page: '/sitemap.xml', rule: 'sitemap/unusable', message });
    log(`sitemap.xml: FAILED\n${indent(message)}`);
  }

  const progress = (checker: RunnableChecker, cached = false): ProgressHandler => (done, total, page, found) => {
    if (found.length === 0 && !options.verbose) return;
    log(`[${done}/${total}] ${page} ${found.length === 0 ? 'ok' : count(found.length, 'error')}${cached ? ` (${checker}, from the cache)` : ''}`);
    for (const issue of found) log(indent(formatIssue(issue)));
  };

  const inputs = new PageInputs(options.siteDir, options.pathPrefix);
  const chromium = options.only.some((checker) => BROWSER_CHECKERS.includes(checker)) ? chromiumVersion(chromiumPath()) : '';
  const caches: CheckCache[] = [];
  const checkedAt = new Map<string, string>();

  /** Runs a checker on the pages whose inputs it has no result for, and takes the rest from the cache. */
  const cached = async (checker: CachedChecker, units: Unit[], run: (todo: Unit[]) => Promise<CheckerResult>): Promise<CheckerResult> => {
    const begun = performance.now();
    const now = new Date().toISOString();
    const cache = options.cacheDir === null ? null : new CheckCache(options.cacheDir, checker, fingerprint(checker, chromium, options.pa11yciFile));
    if (cache) caches.push(cache);
    const todo: { unit: Unit; inputs: string }[] = [];
    const found: Issue[] = [];
    const hits: { unit: Unit; issues: Issue[] }[] = [];
    for (const unit of units) {
      const key = inputs.hash(unit.page, unit.file);
      const hit = cache?.get(key);
      if (hit) {
        hits.push({ unit, issues: hit.issues });
        found.push(...hit.issues);
        note(unit.page, hit.checked);
      } else {
        todo.push({ unit, inputs: key });
      }
    }
    if (hits.length > 0) {
      log(`${count(hits.length, 'page')} unchanged since ${checker} last checked them (results from ${options.cacheDir}); checking ${todo.length}`);
      const report = progress(checker as RunnableChecker, true);
      hits.forEach((hit, i) => report(i + 1, hits.length, hit.unit.page, hit.issues));
    }
    let fresh: CheckerResult | undefined;
    if (todo.length > 0) {
      fresh = await run(todo.map((entry) => entry.unit));
      found.push(...fresh.issues);
      for (const { unit, inputs: key } of todo) {
        cache?.set(key, unit.page, fresh.issues.filter((issue) => issue.page === unit.page), now);
        note(unit.page, now);
      }
    }
    return {
      checker,
      pagesChecked: units.length,
      issues: found,
      ms: performance.now() - begun,
      cached: hits.length,
      ...(fresh?.tools ? { tools: fresh.tools } : {}),
    };
  };

  /** A page was last checked when the oldest of its results was made. */
  const note = (page: string, when: string): void => {
    const before = checkedAt.get(page);
    if (before === undefined || when < before) checkedAt.set(page, when);
  };

  for (const checker of options.only) {
    log(`\n── ${checker} ──`);
    try {
      const result = await runChecker(checker, options, site, progress(checker), cached, log);
      if (result === null) {
        log('skipped: no page list (see sitemap.xml above)');
        continue;
      }
      results.push(result);
      issues.push(...result.issues);
      const fromCache = result.cached ? ` (${result.cached} from the cache)` : '';
      log(`${checker}: ${count(result.pagesChecked, 'page')}${fromCache}, ${count(result.issues.length, 'error')}, ${seconds(result.ms)}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      issues.push({ checker, page: '(site)', rule: `${checker}/crashed`, message });
      log(`${checker}: FAILED TO RUN: ${message}`);
    }
  }
  // Only a run over every page knows which results are no longer wanted.
  if (options.pages === undefined && site !== null) for (const cache of caches) cache.prune(options.shard && ((page) => !inShard(page, options.shard)));

  // The browser's version as it reported it in this run, else as its program says (every page came from the cache).
  const tools = Object.assign(toolVersions(), chromium ? { chromium } : {}, ...results.map((result) => result.tools ?? {})) as Record<string, string>;
  const pages: PageChecked[] = [...checkedAt].map(([page, checked]) => ({ page, checked })).sort((a, b) => a.page.localeCompare(b.page));
  const report = buildReport({
    siteDir: options.siteDir,
    baseUrl: site?.baseUrl ?? null,
    pathPrefix: options.pathPrefix,
    pagesChecked: site?.pages.filter((page) => inShard(page, options.shard)).length ?? 0,
    tools,
    results,
    issues,
    pages,
    sources: options.sources ?? sourceFingerprint(),
    ...(options.shard && { shard: { ...options.shard, site: siteFingerprint(options.siteDir) } }),
  });
  writeReport(options.reportFile, report);
  const summary = formatSummary({ pagesChecked: report.pagesChecked, results, issues, totalMs: performance.now() - started, reportFile: options.reportFile });
  log(summary);
  return { passed: issues.length === 0, issues, results, report, summary };
}

type Cached = (checker: CachedChecker, units: Unit[], run: (todo: Unit[]) => Promise<CheckerResult>) => Promise<CheckerResult>;

async function runChecker(
  checker: RunnableChecker,
  options: GateOptions,
  site: SitePages | null,
  onPage: ProgressHandler,
  cached: Cached,
  log: (line: string) => void,
): Promise<CheckerResult | null> {
  const prefix = options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix };
  const browser = options.browser ? { browser: options.browser } : {};
  switch (checker) {
    case 'html-validate': {
      const files = listHtmlFiles(options.siteDir);
      if (files.length === 0) throw new Error(`html-validate: no .html files in ${options.siteDir}`);
      const units = files.map((file) => ({ page: fileToPagePath(file), file: path.join(options.siteDir, file) })).filter((unit) => inShard(unit.page, options.shard));
      return cached('html-validate', units, (todo) => checkHtmlValidate(options.siteDir, { files: todo.map((unit) => path.relative(options.siteDir, unit.file)), onPage }));
    }
    case 'links':
      return checkLinks(options.siteDir, { ...prefix, ...(site ? { baseUrl: site.baseUrl } : {}), onPage });
    case 'weight': {
      const started = performance.now();
      const { pages, issues } = checkWeight(options.siteDir, prefix);
      pages.forEach((page, i) => onPage(i + 1, pages.length, page.page, issues.filter((issue) => issue.page === page.page)));
      for (const line of weightSummary(pages)) log(line);
      return { checker: 'weight', pagesChecked: pages.length, issues, ms: performance.now() - started };
    }
    case 'pa11y-ci':
      if (site === null) return null;
      return cached('pa11y-ci', units(options, site), (todo) =>
        checkPa11yCi(options.siteDir, todo.map((unit) => unit.page), { ...prefix, log, ...(options.pa11yciFile ? { configFile: options.pa11yciFile } : {}) }),
      );
    case 'contrast':
      if (site === null) return null;
      return cached('contrast', units(options, site), (todo) =>
        checkContrast(options.siteDir, todo.map((unit) => unit.page), { ...prefix, ...browser, concurrency: options.concurrency, onPage, ...(options.pa11yciFile ? { pa11yciFile: options.pa11yciFile } : {}) }),
      );
    case 'layout':
      if (site === null) return null;
      return cached('layout', units(options, site), (todo) =>
        checkLayout(options.siteDir, todo.map((unit) => unit.page), { ...prefix, ...browser, onPage, concurrency: options.concurrency, pageTimeoutMs: 2 * (readPa11yCiConfig(options.pa11yciFile).defaults.timeout ?? 30_000) }),
      );
    case 'language':
      return checkLanguageOfParts(options.siteDir, { onPage, ...(options.shard && { include: (page: string) => inShard(page, options.shard) }) });
    default:
      throw new Error(`unknown checker ${String(checker satisfies never)}`);
  }
}

/** The pages the browser checks run on: all, or those named with --pages, with their files. */
function units(options: GateOptions, site: SitePages): Unit[] {
  const pages = (options.pages ? site.pages.filter((page) => options.pages!.includes(page)) : site.pages).filter((page) => inShard(page, options.shard));
  return pages.map((page) => ({ page, file: resolvePageFile(options.siteDir, page)! }));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
