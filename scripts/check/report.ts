// Builds and writes the JSON accessibility report (.cache/accessibility-report.json) that the build publishes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AccessibilityReport } from '../../src/accessibility/report.ts';
import type { ShardRecord } from './shard.ts';
import type { CheckerResult, Issue } from './types.ts';

/** The build's report contract (src/accessibility/report.ts), plus detail for people reading the file. */
export interface GateReport extends AccessibilityReport {
  passed: boolean;
  site: { folder: string; baseUrl: string | null; pathPrefix: string };
  /** What each checker holds the pages to. */
  coverage: string[];
  /** Every error found, by page and rule. */
  issues: Issue[];
  /** When each page was last checked: results for unchanged pages come from the check cache, with the date they were made. */
  pages: PageChecked[];
  /** Set when this is one part's report (`--shard K/N`), for `--merge` to join. */
  shard?: ShardRecord;
}

export interface PageChecked {
  page: string;
  /** ISO 8601: the oldest of this page's results. */
  checked: string;
}

export const STANDARD = 'WCAG 2.2 AA';

export const COVERAGE = [
  'pa11y-ci with the repository\'s .pa11yci: axe-core (WCAG 2.0 and 2.1 A and AA, and best-practice rules) and HTML_CodeSniffer (WCAG2AA); its axe-extra runner adds axe\'s WCAG 2.2 rules (wcag22a, wcag22aa) and every axe finding of moderate or minor impact',
  'contrast, HTML_CodeSniffer via pa11y: WCAG2AAA contrast only (1.4.6 Contrast (Enhanced), 7:1), in the light and the dark colour scheme',
  'html-validate with the repository\'s .htmlvalidate.json: recommended, document and a11y presets',
  'links: internal links and #fragments resolve within the build',
  'weight: each page with its same-site resources at most 14 KB gzipped; no scripts, web fonts or other hosts',
  'layout, in Chromium: no sideways scrolling at 320 px with WCAG 1.4.12 text spacing; the skip link first and landing on main; a 2 px, 3:1 focus outline on every focusable element, also in forced colours; links in navigation and lists at least 24 by 24 px; printed links show their address',
];

export function errorsByRule(issues: Issue[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.rule, (counts.get(issue.rule) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function buildReport(input: {
  siteDir: string;
  baseUrl: string | null;
  pathPrefix: string;
  pagesChecked: number;
  tools: Record<string, string>;
  results: CheckerResult[];
  issues: Issue[];
  pages?: PageChecked[];
  /** Fingerprint of the sources the site was built from (src/accessibility/report.ts sourceFingerprint). */
  sources: string;
  date?: Date;
  shard?: ShardRecord;
}): GateReport {
  return {
    date: (input.date ?? new Date()).toISOString(),
    standard: STANDARD,
    tools: Object.entries(input.tools).map(([name, version]) => ({ name, version })),
    checks: input.results.map((result) => ({
      name: result.checker,
      pages: result.pagesChecked,
      errors: result.issues.length,
      seconds: Math.round(result.ms / 100) / 10,
      ...(result.cached ? { fromCache: result.cached } : {}),
    })),
    pagesChecked: input.pagesChecked,
    errors: input.issues.length,
    errorsByRule: errorsByRule(input.issues),
    sources: input.sources,
    passed: input.issues.length === 0,
    site: { folder: input.siteDir, baseUrl: input.baseUrl, pathPrefix: input.pathPrefix },
    coverage: COVERAGE,
    issues: input.issues,
    pages: input.pages ?? [],
    ...(input.shard && { shard: input.shard }),
  };
}

export function writeReport(file: string, report: GateReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
