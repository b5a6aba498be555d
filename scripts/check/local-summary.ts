// The plain-words summary CI writes for editors (scripts/ci/job-summary.ts), printed at the end of a local `npm run check` too.
import { currentReport } from '../../src/accessibility/report.ts';
import { issueSourceFinder } from '../ci/issue-source.ts';
import { type CheckReport, jobSummary, type Outcome } from '../ci/job-summary.ts';
import { checkData } from '../validate.ts';

/**
 * The summary of this run: the data check run now, the build and the page check as the run went (`failedAt` is the step that failed, if one did).
 * @example localSummary({ failedAt: 'Check every page', site: '_site', pathPrefix: '/' }) → "# Not published: the page check found 1 problem on 1 page …"
 */
export function localSummary(options: { failedAt?: string; site: string; pathPrefix: string; dataDir?: string }): string {
  const dataDir = options.dataDir ?? process.env.DATA_DIR ?? '_data';
  const data = checkData(dataDir);
  const failedBuild = options.failedAt !== undefined && /^(Re)?[Bb]uild/.test(options.failedAt);
  const build: Outcome = failedBuild ? 'failure' : 'success';
  const check: Outcome = failedBuild ? 'skipped' : options.failedAt ? 'failure' : 'success';
  const report = check === 'skipped' ? undefined : (currentReport() as unknown as CheckReport | undefined);
  return jobSummary({
    validate: { outcome: data.exitCode === 0 ? 'success' : 'failure', log: data.lines },
    build: { outcome: build, log: failedBuild ? ["(the build's own lines are above this summary)"] : [] },
    check: { outcome: check, log: options.failedAt ? [`check FAILED at: ${options.failedAt}`] : [] },
    ...(report && { report }),
    findSource: issueSourceFinder({ dataDir, siteDir: options.site, pathPrefix: options.pathPrefix }),
    links: { guide: (anchor) => `EDITING.md#${anchor}`, file: (path) => path },
  });
}
