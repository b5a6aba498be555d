// Tests for the job summary editors read (what it says when the data check, the build or the page check fails, and when all pass) and its GitLab Code Quality form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { codeQualityReport } from '../../scripts/ci/code-quality.ts';
import { ALL_KINDS, headingAnchor, kindOfIssue } from '../../scripts/ci/guide.ts';
import type { IssueSource } from '../../scripts/ci/issue-source.ts';
import { escapeMarkdown, jobSummary, problemGroups, type StepRecord, type SummaryInput, validationProblems } from '../../scripts/ci/job-summary.ts';
import type { CheckIssue } from '../../scripts/ci/problem-text.ts';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';

const summary = suite('ci/job summary');
const ok = (...log: string[]): StepRecord => ({ outcome: 'success', log });
const failed = (...log: string[]): StepRecord => ({ outcome: 'failure', log });
const skipped: StepRecord = { outcome: 'skipped', log: [] };
const links: SummaryInput['links'] = { guide: (anchor) => `G#${anchor}`, file: (path, line) => `F/${path}${line ? `#L${line}` : ''}` };
const noSource = () => undefined;

summary('all passed: says so, with the pages checked and any warnings', () => {
  const text = jobSummary({
    validate: ok('> validate', 'WARNING _data/statements/s.yaml:4:9 signed: this is the current statement, due for review.', 'Checked 19 files: no problems, 1 warning'),
    build: ok(),
    check: ok('check PASSED'),
    report: { passed: true, pagesChecked: 24, errors: 0, issues: [] },
    findSource: noSource,
    links,
  });
  assert.match(text, /^# Passed: 24 pages checked, no problems\n/);
  assert.match(text, /\| Data check \(`npm run validate`\) \| passed: 19 files, no problems, 1 warning \|/);
  assert.match(text, /\| Page check \(`npm run check`\) \| passed: 24 pages, no problems \|/);
  assert.match(text, /^- \[`_data\/statements\/s.yaml`\]\(F\/_data\/statements\/s.yaml#L4\), line 4, field `signed`: this is the current statement, due for review\.$/m);
});

summary('the data check failed: every problem with file, line and field; nothing else ran', () => {
  const log = [
    '> local-partnerships-site@0.1.0 validate',
    '_data/partnerships/x.yaml:9:7 type: "partnrship" must be one of: board, partnership Did you mean "partnership"?',
    '_data/areas/brent.yml is not read: data files must end in .yaml (rename it to brent.yaml)',
    '2 problems in 2 files (checked 20 files). Fix the problems, then run npm run validate again.',
    'npm error Lifecycle script `validate` failed with error:',
  ];
  assert.equal(validationProblems(log).errors.length, 2);
  const text = jobSummary({ validate: failed(...log), build: skipped, check: skipped, findSource: noSource, links });
  assert.match(text, /^# Not published: the data check found 2 problems\n/);
  assert.match(text, /\| Data check \(`npm run validate`\) \| \*\*failed\*\*: 2 problems in 2 files \(checked 20 files\) \|/);
  assert.match(text, /\| Build \(`npm run build`\) \| not run \|/);
  assert.ok(text.includes('- [`_data/partnerships/x.yaml`](F/_data/partnerships/x.yaml#L9), line 9, field `type`: "partnrship" must be one of: board, partnership Did you mean "partnership"?'), text);
  assert.ok(text.includes('- [`_data/areas/brent.yml`](F/_data/areas/brent.yml): is not read: data files must end in .yaml (rename it to brent.yaml)'), text);
  assert.ok(text.includes('[The data check failed](G#the-data-check-failed)'));
});

summary('the build failed: the last lines it printed', () => {
  const text = jobSummary({ validate: ok('Checked 19 files: no problems'), build: failed('Template render error: (src/pages/x.njk) unknown filter'), check: skipped, findSource: noSource, links });
  assert.match(text, /^# Not published: the build stopped before any page was checked\n/);
  assert.ok(text.includes('```\nTemplate render error: (src/pages/x.njk) unknown filter\n```'), text);
  assert.ok(text.includes('(G#the-build-failed)'));
});

summary('page problems: by page, one per element, with the data file, field and line, and the guide section', () => {
  const issues: CheckIssue[] = [
    { checker: 'html-validate', page: '/partnerships/a/', rule: 'wcag/h30', message: 'Anchor link must have a text', selector: '#main > p > a', line: 1, column: 30 },
    { checker: 'pa11y', page: '/partnerships/a/', rule: 'axe/link-name', message: 'Links must have discernible text', selector: '#main > p > a' },
    { checker: 'pa11y', page: '/', rule: 'axe/color-contrast', message: 'Elements must meet <enhanced> contrast', selector: 'footer > p' },
  ];
  const find = (issue: CheckIssue): IssueSource | undefined =>
    issue.checker === 'html-validate' ? { file: '_data/partnerships/a.yaml', place: { file: '_data/partnerships/a.yaml', field: 'description', line: 12, column: 9 }, context: '<a href="https://x.example"></a>' } : undefined;
  const text = jobSummary({ validate: ok('Checked 3 files: no problems'), build: ok(), check: failed('check FAILED'), report: { passed: false, pagesChecked: 24, errors: 3, issues }, findSource: find, links });
  assert.match(text, /^# Not published: the page check found 3 problems on 2 pages\n/);
  const bullets = text.split('\n').filter((line) => line.startsWith('- **'));
  assert.equal(bullets, [
    '- **A link has no text.** Its text comes from [`_data/partnerships/a.yaml`](F/_data/partnerships/a.yaml#L12), field `description`, line 12. How to fix it: [A link has no text](G#a-link-has-no-text).',
    "- **Another accessibility problem.** The problem is not in any data file's text, so it comes from the site's templates or stylesheet: ask your site's developer. How to fix it: [Another accessibility problem](G#another-accessibility-problem).",
  ]);
  assert.ok(text.includes('  - Found by: html-validate `wcag/h30`: Anchor link must have a text; pa11y `axe/link-name`: Links must have discernible text'), text);
  assert.ok(text.includes('Elements must meet \\<enhanced\\> contrast'), 'messages are escaped, never HTML');
  assert.ok(text.indexOf('## Page `/partnerships/a/`') < text.indexOf('## Page `/`'));
});

summary('problem kinds from rule ids', () => {
  const kind = (checker: string, rule: string) => kindOfIssue({ checker, rule, page: '/', message: '' }).title;
  assert.is(kind('pa11y', 'axe/link-name'), 'A link has no text');
  assert.is(kind('pa11y', 'htmlcs/WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.A.NoContent'), 'A link has no text');
  assert.is(kind('html-validate', 'wcag/h37'), 'An image has no description');
  assert.is(kind('pa11y', 'axe/image-alt'), 'An image has no description');
  assert.is(kind('links', 'broken-link'), 'A link or image address goes nowhere');
  assert.is(kind('weight', 'weight/budget'), 'A page is too big');
  assert.is(kind('pa11y', 'axe/color-contrast'), 'Another accessibility problem');
});

summary('every section the summary links to is a heading in EDITING.md', () => {
  const headings = readFileSync(join(PROJECT_ROOT, 'EDITING.md'), 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => headingAnchor(line.replace(/^#+ /, '')));
  for (const kind of ALL_KINDS) assert.ok(headings.includes(kind.anchor), `EDITING.md has no heading "${kind.title}" (#${kind.anchor})`);
  assert.is(headingAnchor('Review date (`review_by`)'), 'review-date-review_by');
});

summary('Markdown escaping', () => {
  assert.is(escapeMarkdown('<a href="x"> *bold* [x](y) | a & b'), '\\<a href="x"\\> \\*bold\\* \\[x\\](y) \\| a &amp; b');
});

summary.run();

const quality = suite('ci/code quality report');

quality('data-check errors and page problems found in a data file, each at its file and line; template problems are left to the summary', () => {
  const issues: CheckIssue[] = [
    { checker: 'pa11y', page: '/partnerships/a/', rule: 'axe/link-name', message: 'Links must have discernible text', selector: 'p > a' },
    { checker: 'pa11y', page: '/', rule: 'axe/region', message: 'Content should be in landmarks', selector: 'body > a' },
  ];
  const find = (issue: CheckIssue): IssueSource | undefined => (issue.page === '/' ? undefined : { file: 'p.yaml', place: { file: 'p.yaml', field: 'description', line: 7, column: 3 } });
  const findings = codeQualityReport([{ file: 'x.yaml', line: 2, field: 'name', message: 'is required but missing' }], problemGroups(issues, find));
  assert.equal(
    findings.map((f) => [f.check_name, f.location.path, f.location.lines.begin, f.description]),
    [
      ['data-check', 'x.yaml', 2, 'name: is required but missing'],
      ['a-link-has-no-text', 'p.yaml', 7, 'A link has no text on the page /partnerships/a/ (field description): Links must have discernible text'],
    ],
  );
  assert.match(findings[0]!.fingerprint, /^[0-9a-f]{32}$/);
  assert.is.not(findings[0]!.fingerprint, findings[1]!.fingerprint);
});

quality.run();
