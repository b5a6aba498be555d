// Names each kind of problem in an editor's words and points to the section of EDITING.md that says how to fix it; the headings there match these titles.
import type { CheckIssue } from './problem-text.ts';

export interface ProblemKind {
  /** What is wrong, in plain words; also the heading in EDITING.md under "When a check fails". */
  title: string;
  /** The heading's anchor in EDITING.md, as GitHub and GitLab make it. */
  anchor: string;
}

export const DATA_CHECK: ProblemKind = kind('The data check failed');
export const BUILD_FAILED: ProblemKind = kind('The build failed');

const KINDS: [(issue: CheckIssue) => boolean, ProblemKind][] = [
  [(issue) => /link-name|H91\.A\.(No|Empty)|wcag\/h30|text-content/i.test(issue.rule), kind('A link has no text')],
  [(issue) => /image-alt|role-img-alt|H37|wcag\/h37|alt-text|H67/i.test(issue.rule), kind('An image has no description')],
  [(issue) => issue.checker === 'links', kind('A link or image address goes nowhere')],
  [(issue) => issue.checker === 'weight', kind('A page is too big')],
  [(issue) => issue.checker === 'language', kind('Words in another language are not marked')],
  [(issue) => /heading|H42|wcag\/h42|page-has-heading|empty-heading/i.test(issue.rule), kind('A heading is empty or out of order')],
];
const OTHER = kind('Another accessibility problem');

/** The kind of a page problem, from its checker and rule id. */
export function kindOfIssue(issue: CheckIssue): ProblemKind {
  return KINDS.find(([matches]) => matches(issue))?.[1] ?? OTHER;
}

/** Every kind the summary can link to, for the test that EDITING.md has a heading for each. */
export const ALL_KINDS: ProblemKind[] = [DATA_CHECK, BUILD_FAILED, ...KINDS.map(([, k]) => k), OTHER];

/** The anchor GitHub and GitLab give a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function kind(title: string): ProblemKind {
  return { title, anchor: headingAnchor(title) };
}
