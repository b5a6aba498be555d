// `npm run check -- --merge DIR`: joins the parts' reports (`--shard K/N`) into the one report the build publishes, checks the whole site's links and weight once, and fails if any page was checked by no part or any part failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runGate } from './gate.ts';
import { listPages } from './pages.ts';
import { buildReport, type GateReport, type PageChecked, writeReport } from './report.ts';
import { type ShardRecord, shardLabel, siteFingerprint } from './shard.ts';
import { count, formatSummary } from './summary.ts';
import type { CheckerName, CheckerResult, Issue } from './types.ts';

export type ShardReport = GateReport & { shard: ShardRecord };

/** The parts' reports in a folder, and a line for each file that is not one. */
export function readShardReports(dir: string): { reports: { file: string; report: ShardReport }[]; unreadable: string[] } {
  if (!existsSync(dir)) return { reports: [], unreadable: [`${dir}: no such folder (run npm run check -- --shard K/N first)`] };
  const reports: { file: string; report: ShardReport }[] = [];
  const unreadable: string[] = [];
  for (const name of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    try {
      const report = JSON.parse(readFileSync(file, 'utf8')) as Partial<ShardReport>;
      if (report.shard === undefined || !Array.isArray(report.issues) || !Array.isArray(report.pages)) unreadable.push(`${file}: not the report of a part (npm run check -- --shard K/N writes those)`);
      else reports.push({ file, report: report as ShardReport });
    } catch (error) {
      unreadable.push(`${file}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { reports, unreadable };
}

export interface MergeInput {
  reports: { file: string; report: ShardReport }[];
  /** Every page the site's sitemap lists (plus /404.html): each must have been checked by a part. */
  sitePages: string[];
  /** siteFingerprint() of the site being merged for: parts that checked another build are left out. */
  site: string;
  /** The whole-site checks' own report (links, weight, the sitemap), run once by the merge. */
  siteWide: GateReport;
}

export interface MergeOutcome {
  report: GateReport;
  /** What the merge itself found wrong (a part missing, a page no part checked), also in report.issues. */
  problems: Issue[];
  /** One line for each part used or left out, for the log. */
  lines: string[];
}

/** One report from the parts' and the whole-site checks', as an unsharded check of the same site would have written it. */
export function mergeReports(input: MergeInput): MergeOutcome {
  const lines: string[] = [];
  const problems: Issue[] = [];
  const problem = (rule: string, message: string) => problems.push({ checker: 'gate', page: '(site)', rule, message });

  const ofThisSite = input.reports.filter(({ file, report }) => {
    if (report.shard.site === input.site) return true;
    lines.push(`left out ${file}: it checked another build of the site (site ${report.shard.site}, this one ${input.site})`);
    return false;
  });
  const totals = [...new Set(ofThisSite.map(({ report }) => report.shard.total))].sort((a, b) => a - b);
  if (totals.length > 1) problem('merge/mixed-parts', `the reports split the site in different ways (${totals.map((n) => `${n} parts`).join(', ')}): remove the old ones from the folder`);
  const total = totals[0] ?? 0;
  const used = ofThisSite.filter(({ report }) => report.shard.total === total);
  for (let index = 1; index <= total; index += 1) {
    if (!used.some(({ report }) => report.shard.index === index)) problem('merge/missing-part', `no report from ${shardLabel({ index, total })}`);
  }
  if (used.length === 0) problem('merge/no-parts', 'no part of the site was checked: no report of this build');
  for (const { file, report } of used) {
    lines.push(`${shardLabel(report.shard)}: ${count(report.pages.length, 'page')}, ${report.passed ? 'passed' : `FAILED with ${count(report.errors, 'error')}`} (${file})`);
  }

  const checkedAt = new Map<string, string>();
  for (const { report } of used) {
    for (const { page, checked } of report.pages) {
      const before = checkedAt.get(page);
      if (before === undefined || checked < before) checkedAt.set(page, checked);
    }
  }
  const unchecked = input.sitePages.filter((page) => !checkedAt.has(page));
  if (unchecked.length > 0) {
    const shown = unchecked.slice(0, 20).join(', ');
    problem('merge/unchecked-page', `${count(unchecked.length, 'page')} checked by no part: ${shown}${unchecked.length > 20 ? `, … and ${unchecked.length - 20} more` : ''}`);
  }

  const issues = [...used.flatMap(({ report }) => report.issues), ...input.siteWide.issues, ...problems];
  const results = mergedResults([...used.map(({ report }) => report), input.siteWide]);
  const tools = Object.fromEntries([...used.map(({ report }) => report), input.siteWide].flatMap((report) => report.tools.map((tool) => [tool.name, tool.version])));
  const pages: PageChecked[] = [...checkedAt].map(([page, checked]) => ({ page, checked })).sort((a, b) => a.page.localeCompare(b.page));
  const report = buildReport({
    siteDir: input.siteWide.site.folder,
    baseUrl: input.siteWide.site.baseUrl,
    pathPrefix: input.siteWide.site.pathPrefix,
    pagesChecked: input.sitePages.length,
    tools,
    results,
    issues,
    pages,
    sources: input.siteWide.sources,
  });
  return { report, problems, lines };
}

/** Each checker once: its pages, errors, time and cached pages summed over the reports that ran it. */
function mergedResults(reports: GateReport[]): CheckerResult[] {
  const byName = new Map<string, CheckerResult>();
  for (const report of reports) {
    for (const check of report.checks as (GateReport['checks'][number] & { fromCache?: number })[]) {
      const result = byName.get(check.name) ?? { checker: check.name as CheckerName, pagesChecked: 0, issues: [], ms: 0, cached: 0 };
      result.pagesChecked += check.pages;
      result.ms += check.seconds * 1000;
      result.cached! += check.fromCache ?? 0;
      result.issues.push(...report.issues.filter((issue) => issue.checker === check.name));
      byName.set(check.name, result);
    }
  }
  return [...byName.values()];
}

// The command: node --import tsx scripts/check/merge.ts <folder of parts' reports> [site=_site] [--path-prefix /] [--report file]
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'path-prefix': { type: 'string', default: '/' },
      report: { type: 'string', default: '.cache/accessibility-report.json' },
    },
  });
  const [dir, siteDir = '_site'] = positionals;
  if (dir === undefined || positionals.length > 2) {
    console.error('Usage: node --import tsx scripts/check/merge.ts <folder of the parts\' reports> [site folder=_site] [--path-prefix /] [--report file]');
    return 1;
  }
  const started = performance.now();
  console.log(`Merging the parts' reports in ${dir} for ${siteDir}`);
  const { reports, unreadable } = readShardReports(dir);
  for (const line of unreadable) console.log(`  ${line}`);

  // The whole-site checks (the sitemap, links, weight) run here, once, not in every part.
  const siteWideFile = path.join(path.dirname(values.report), 'site-wide-report.json');
  const siteWide = await runGate({ siteDir, pathPrefix: values['path-prefix'], reportFile: siteWideFile, concurrency: 1, only: ['links', 'weight'], verbose: false, cacheDir: null });
  let sitePages: string[] = [];
  try {
    sitePages = listPages(siteDir, { pathPrefix: values['path-prefix'] }).pages;
  } catch {
    // The whole-site checks above have reported why there is no page list.
  }
  const { report, problems, lines } = mergeReports({ reports, sitePages, site: siteFingerprint(siteDir), siteWide: siteWide.report });
  console.log('\n── merge ──');
  for (const line of lines) console.log(line);
  for (const issue of problems) console.log(`  ${issue.rule}: ${issue.message}`);
  writeReport(values.report, report);
  const results = report.checks.map((check) => ({ checker: check.name as CheckerName, pagesChecked: check.pages, issues: report.issues.filter((issue) => issue.checker === check.name), ms: check.seconds * 1000 }));
  console.log(formatSummary({ pagesChecked: report.pagesChecked, results, issues: report.issues, totalMs: performance.now() - started, reportFile: values.report }));
  return report.passed ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`merge: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
