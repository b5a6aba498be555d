// Shared result types for the accessibility gate: one issue, one checker's outcome, and how an issue prints.

export type CheckerName = 'sitemap' | 'html-validate' | 'links' | 'pa11y-ci' | 'contrast' | 'weight' | 'layout' | 'language' | 'gate';

export interface Issue {
  checker: CheckerName;
  /** Site-local URL path of the page, e.g. "/areas/ealing/" or "/404.html". */
  page: string;
  /** Rule id as the tool names it, e.g. "wcag/h37", "target-size", "broken-link". */
  rule: string;
  message: string;
  line?: number;
  column?: number;
  /** CSS selector or element context, when the tool gives one. */
  selector?: string;
  /** The offending element's HTML, as pa11y gives it (traces a problem back to the text an editor wrote). */
  context?: string;
}

export interface CheckerResult {
  checker: CheckerName;
  pagesChecked: number;
  issues: Issue[];
  ms: number;
  /** Of pagesChecked, how many results came from the check cache (their inputs were unchanged). */
  cached?: number;
  /** Versions of things only known at run time (e.g. the browser). */
  tools?: Record<string, string>;
}

/** Called once per page as a checker finishes it. */
export type ProgressHandler = (done: number, total: number, page: string, issues: Issue[]) => void;

export function formatIssue(issue: Issue): string {
  const where = issue.line === undefined ? '' : ` (line ${issue.line}${issue.column === undefined ? '' : `:${issue.column}`})`;
  const target = issue.selector ? ` [${issue.selector}]` : '';
  return `${issue.page}: ${issue.checker} ${issue.rule}: ${issue.message}${where}${target}`;
}
