// The CI job summary for editors: passed or not, pages checked, and for each problem the page, the data file, field and line it comes from, and how to fix it.
import { BUILD_FAILED, DATA_CHECK, kindOfIssue, type ProblemKind } from './guide.ts';
import type { IssueSource, SourceFinder } from './issue-source.ts';
import type { CheckIssue } from './problem-text.ts';

/** How a step ended, in GitHub's words (a step that never started is skipped). */
export type Outcome = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface StepRecord {
  outcome: Outcome;
  /** What the step printed. */
  log: string[];
}

/** The parts of .cache/accessibility-report.json the summary reads. */
export interface CheckReport {
  passed: boolean;
  pagesChecked: number;
  errors: number;
  standard?: string;
  issues: CheckIssue[];
}

export interface SummaryInput {
  validate: StepRecord;
  build: StepRecord;
  check: StepRecord;
  /** The check's report, when the check got as far as writing one for these sources. */
  report?: CheckReport;
  findSource: SourceFinder;
  /** Link to a section of EDITING.md, and to a line of a file in the repository at this commit. */
  links: { guide(anchor: string): string; file(path: string, line?: number): string };
}

/** Problems listed in full; past this the summary counts the rest (the log has them all). */
const MOST_LISTED = 50;

export function jobSummary(input: SummaryInput): string {
  const { validate, build, check, report } = input;
  const out: string[] = [];
  const steps = [
    `| Data check (\`npm run validate\`) | ${stepResult(validate, validationResult(validate))} |`,
    `| Build (\`npm run build\`) | ${stepResult(build)} |`,
    `| Page check (\`npm run check\`) | ${stepResult(check, report ? checkResult(report) : undefined)} |`,
  ];
  const table = ['| step | result |', '| --- | --- |', ...steps];

  if (validate.outcome === 'failure') {
    const problems = validationProblems(validate.log);
    out.push(`# Not published: the data check found ${count(problems.errors.length || 1, 'problem')}`, '');
    out.push('Nothing was built or published. Fix these in the data files and commit again; the live site stays as it was until every check passes.', '');
    out.push(...table, '');
    out.push(...problems.errors.map((p) => `- ${validationLine(p, input.links)}`), '');
    if (problems.errors.length === 0) out.push(...logTail(validate.log), '');
    out.push(`How to fix it: [${DATA_CHECK.title}](${input.links.guide(DATA_CHECK.anchor)}).`);
  } else if (build.outcome === 'failure' || (check.outcome === 'failure' && !report)) {
    const failed = build.outcome === 'failure' ? build : check;
    out.push(`# Not published: the ${failed === build ? 'build' : 'page check'} stopped before any page was checked`, '');
    out.push('The data files passed the data check, but the site could not be built or checked. The live site stays as it was.', '');
    out.push(...table, '', 'The last lines it printed:', '', ...logTail(failed.log), '');
    out.push(`How to fix it: [${BUILD_FAILED.title}](${input.links.guide(BUILD_FAILED.anchor)}).`);
  } else if (report && (!report.passed || check.outcome === 'failure')) {
    const pages = new Set(report.issues.map((issue) => issue.page)).size;
    out.push(`# Not published: the page check found ${count(report.issues.length, 'problem')} on ${count(pages, 'page')}`, '');
    out.push(`${count(report.pagesChecked, 'page')} checked against ${report.standard ?? 'WCAG 2.2 AA'}. Fix the problems below and commit again; the live site stays as it was until every check passes.`, '');
    out.push(...table, '');
    if (report.issues.length === 0) out.push('The check failed after the pages passed. The last lines it printed:', '', ...logTail(check.log), '');
    out.push(...issueList(report.issues, input));
  } else if (validate.outcome === 'success' && build.outcome === 'success' && check.outcome === 'success' && report?.passed) {
    out.push(`# Passed: ${count(report.pagesChecked, 'page')} checked, no problems`, '');
    out.push(`Every page meets ${report.standard ?? 'WCAG 2.2 AA'} in the automated checks. On the default branch, this checked site is the one published.`, '');
    out.push(...table);
    const warnings = validationProblems(validate.log).warnings;
    if (warnings.length > 0) out.push('', `## ${count(warnings, 'warning')}`, '', 'These do not stop publishing, but should be dealt with:', '', ...warnings.map((w) => `- ${validationLine(w, input.links)}`));
  } else {
    out.push('# Not published: the checks did not finish', '', 'A step before the checks failed or was stopped (see the log). The live site stays as it was.', '', ...table);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export interface ValidationProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** Reads `npm run validate`'s lines: `file:line:col field: message`, warnings marked WARNING. */
export function validationProblems(log: string[]): { errors: ValidationProblem[]; warnings: ValidationProblem[] } {
  const errors: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  for (const raw of log) {
    const warning = raw.startsWith('WARNING ');
    const line = warning ? raw.slice('WARNING '.length) : raw;
    const match = /^(\S+\.ya?ml|\S*\/\S*)(?::(\d+)(?::\d+)?)? (?:([^\s:]+): )?(.+)$/.exec(line);
    if (!match) continue;
    const problem: ValidationProblem = { file: match[1]!, message: match[4]!, ...(match[2] && { line: Number(match[2]) }), ...(match[3] && { field: match[3] }) };
    (warning ? warnings : errors).push(problem);
  }
  return { errors, warnings };
}

function validationLine(problem: ValidationProblem, links: SummaryInput['links']): string {
  const where = [`[\`${problem.file}\`](${links.file(problem.file, problem.line)})`, problem.line && `line ${problem.line}`, problem.field && `field \`${problem.field}\``].filter(Boolean).join(', ');
  return `${where}: ${escapeMarkdown(problem.message)}`;
}

function validationResult(step: StepRecord): string | undefined {
  const last = step.log.filter((line) => /^(Checked \d|\d+ problems? in)/.test(line)).at(-1);
  return last?.replace(/^Checked (.*?): /, '$1, ').replace(/\. Fix the problems.*$/, '');
}

function checkResult(report: CheckReport): string {
  return report.passed ? `${count(report.pagesChecked, 'page')}, no problems` : `${count(report.issues.length, 'problem')} on ${count(report.pagesChecked, 'checked page')}`;
}

function stepResult(step: StepRecord, detail?: string): string {
  const words: Record<Outcome, string> = { success: 'passed', failure: '**failed**', skipped: 'not run', cancelled: 'stopped' };
  return detail && step.outcome !== 'skipped' ? `${words[step.outcome]}: ${escapeMarkdown(detail)}` : words[step.outcome];
}

/** One problem as an editor fixes it: the findings of several checkers about one element of one page. */
export interface ProblemGroup {
  page: string;
  kind: ProblemKind;
  source: IssueSource | undefined;
  issues: CheckIssue[];
}

/** Problems page by page (pages in the order the check met them); several checkers' findings about one element are one problem. */
export function problemGroups(issues: CheckIssue[], findSource: SourceFinder): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  const sources = issues.map((issue) => findSource(issue));
  // A checker that names only a selector shares the place another checker found for the same element.
  const placed = new Map<string, IssueSource>();
  issues.forEach((issue, i) => {
    if (issue.selector && sources[i]?.place) placed.set(`${issue.page}\0${issue.selector}`, sources[i]!);
  });
  for (const [i, issue] of issues.entries()) {
    const kind = kindOfIssue(issue);
    const source = (!sources[i]?.place && issue.selector && placed.get(`${issue.page}\0${issue.selector}`)) || sources[i];
    const where = source?.place ? `${source.place.file}:${source.place.line}` : (issue.selector ?? source?.context ?? `${issue.rule} ${issue.message}`);
    const key = `${issue.page}\0${kind.title}\0${where}`;
    const group = groups.get(key) ?? { page: issue.page, kind, source, issues: [] };
    group.issues.push(issue);
    groups.set(key, group);
  }
  const pageOrder = [...new Set(issues.map((issue) => issue.page))];
  return [...groups.values()].sort((a, b) => pageOrder.indexOf(a.page) - pageOrder.indexOf(b.page));
}

function issueList(issues: CheckIssue[], input: SummaryInput): string[] {
  const groups = problemGroups(issues, input.findSource);
  const out: string[] = [];
  let page: string | undefined;
  let listed = 0;
  for (const group of groups) {
    if (listed === MOST_LISTED) {
      out.push('', `… and ${count(groups.length - listed, 'more problem')}: the log of the page check lists them all.`);
      break;
    }
    if (group.page !== page) {
      page = group.page;
      out.push(...(out.length > 0 ? [''] : []), `## Page \`${page}\``, '');
    }
    out.push(`- **${group.kind.title}.** ${sourceSentence(group.source, input.links)} How to fix it: [${group.kind.title}](${input.links.guide(group.kind.anchor)}).`);
    if (group.source?.context) out.push(`  - The element: ${code(shorten(group.source.context, 300))}`);
    out.push(`  - Found by: ${group.issues.map((issue) => `${issue.checker} ${code(issue.rule)}: ${escapeMarkdown(shorten(issue.message, 200))}`).join('; ')}`);
    listed++;
  }
  return out;
}

function sourceSentence(source: IssueSource | undefined, links: SummaryInput['links']): string {
  if (source?.place) {
    const { file, field, line } = source.place;
    return `Its text comes from [\`${file}\`](${links.file(file, line)}), field \`${field}\`, line ${line}.`;
  }
  if (source?.file) return `The page is made from [\`${source.file}\`](${links.file(source.file)}); the problem is not in text written there, so it may come from the site's templates.`;
  return "The problem is not in any data file's text, so it comes from the site's templates or stylesheet: ask your site's developer.";
}

function logTail(log: string[]): string[] {
  const tail = log.filter((line) => line.trim() !== '').slice(-15);
  return tail.length === 0 ? ['(nothing)'] : ['```', ...tail.map((line) => line.replaceAll('```', "'''")), '```'];
}

/** Inline code that survives backticks inside it. */
function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const fence = flat.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ` ${flat} ` : flat}${fence}`;
}

/** Plain text in Markdown: no accidental HTML, emphasis, links or table cells. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}

function shorten(text: string, most: number): string {
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}

function count(n: number | unknown[], noun: string): string {
  const k = Array.isArray(n) ? n.length : n;
  return `${k} ${noun}${k === 1 ? '' : 's'}`;
}
