// Formats the gate's closing summary: pages checked, errors by rule, time per checker and in total.
import { errorsByRule } from './report.ts';
import type { CheckerResult, Issue } from './types.ts';

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

export function formatSummary(input: { pagesChecked: number; results: CheckerResult[]; issues: Issue[]; totalMs: number; reportFile: string }): string {
  const lines = ['', 'Summary'];
  const perChecker = input.results.map((result) => `${result.checker} ${result.pagesChecked}`).join(', ');
  lines.push(`  pages checked: ${input.pagesChecked} (sitemap + 404.html)${perChecker ? `; ${perChecker}` : ''}`);
  const byRule = Object.entries(errorsByRule(input.issues));
  lines.push(`  errors: ${input.issues.length}`);
  for (const [rule, count] of byRule) lines.push(`    ${String(count).padStart(5)}  ${rule}`);
  const times = input.results.map((result) => `${result.checker} ${seconds(result.ms)}`);
  lines.push(`  time: ${[...times, `total ${seconds(input.totalMs)}`].join(', ')}`);
  lines.push(`  report: ${input.reportFile}`);
  lines.push(input.issues.length === 0 ? 'PASSED: no accessibility errors' : `FAILED: ${count(input.issues.length, 'accessibility error')}`);
  return lines.join('\n');
}
