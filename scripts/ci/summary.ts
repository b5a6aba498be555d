// `node --import tsx scripts/ci/summary.ts`: writes the job summary after CI's steps, from their logs and the check's report (GitHub: to $GITHUB_STEP_SUMMARY; GitLab: to the job log).
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { currentReport } from '../../src/accessibility/report.ts';
import { codeQualityReport } from './code-quality.ts';
import { issueSourceFinder } from './issue-source.ts';
import { type CheckReport, jobSummary, type Outcome, problemGroups, type StepRecord, validationProblems } from './job-summary.ts';

const STEPS = ['validate', 'build', 'check'] as const;
type Step = (typeof STEPS)[number];
const OUTCOMES: readonly string[] = ['success', 'failure', 'skipped', 'cancelled'];

const { values } = parseArgs({
  options: {
    validate: { type: 'string' },
    build: { type: 'string' },
    check: { type: 'string' },
    logs: { type: 'string', default: '.cache/ci' },
    report: { type: 'string', default: '.cache/accessibility-report.json' },
    site: { type: 'string', default: '_site' },
    data: { type: 'string', default: process.env.DATA_DIR ?? '_data' },
    output: { type: 'string' },
    'code-quality': { type: 'string' },
  },
});

const logFile = (step: Step) => join(values.logs!, `${step}.log`);
const logs = Object.fromEntries(STEPS.map((step) => [step, existsSync(logFile(step)) ? readFileSync(logFile(step), 'utf8').split('\n') : undefined])) as Record<Step, string[] | undefined>;
const outcomes = Object.fromEntries(STEPS.map((step) => [step, outcomeOf(step)])) as Record<Step, Outcome>;
const record = (step: Step): StepRecord => ({ outcome: outcomes[step], log: logs[step] ?? [] });

const report = outcomes.check === 'skipped' ? undefined : (currentReport(values.report) as unknown as (CheckReport & { site?: { pathPrefix?: string } }) | undefined);
const findSource = issueSourceFinder({ dataDir: values.data!, siteDir: values.site!, pathPrefix: report?.site?.pathPrefix ?? '/' });
const markdown = jobSummary({ validate: record('validate'), build: record('build'), check: record('check'), ...(report && { report }), findSource, links: repositoryLinks() });

console.log(markdown);
if (values.output) appendFileSync(values.output, markdown);
if (values['code-quality']) {
  const validation = outcomes.validate === 'failure' ? validationProblems(record('validate').log).errors : [];
  writeFileSync(values['code-quality'], `${JSON.stringify(codeQualityReport(validation, problemGroups(report?.issues ?? [], findSource)), null, 2)}\n`);
}

/** An outcome given on the command line (GitHub's steps.<id>.outcome); otherwise read from the logs the steps left. */
function outcomeOf(step: Step): Outcome {
  const given = values[step];
  if (given !== undefined && given !== '') {
    if (!OUTCOMES.includes(given)) throw new Error(`--${step}: expected one of ${OUTCOMES.join(', ')}, got ${given}`);
    return given as Outcome;
  }
  // GitLab runs the steps as one script that stops at the first failure: the last step that left a log is the one that failed.
  if (!logs[step]) return 'skipped';
  const later = STEPS.slice(STEPS.indexOf(step) + 1).some((next) => logs[next] && statSync(logFile(next)).mtimeMs >= statSync(logFile(step)).mtimeMs);
  if (later) return 'success';
  const status = process.env.CI_JOB_STATUS;
  return status === 'failed' ? 'failure' : status === 'canceled' ? 'cancelled' : 'success';
}

/** Links to EDITING.md and to data files at this commit, on the forge the job runs on; plain paths elsewhere. */
function repositoryLinks(): { guide(anchor: string): string; file(path: string, line?: number): string } {
  const env = process.env;
  const base =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/`
      : env.CI_PROJECT_URL && env.CI_COMMIT_SHA
        ? `${env.CI_PROJECT_URL}/-/blob/${env.CI_COMMIT_SHA}/`
        : '';
  return {
    guide: (anchor) => `${base}EDITING.md#${anchor}`,
    file: (path, line) => `${base}${path}${line ? `#L${line}` : ''}`,
  };
}
