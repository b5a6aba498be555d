// Tests scripts/ci/summary.ts as GitLab runs it, as a process in after_script: no step outcomes given, so they are read from the logs the steps left and $CI_JOB_STATUS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';

const command = suite('ci/summary command');

function run(logs: Record<string, string>, env: NodeJS.ProcessEnv) {
  const folder = mkdtempSync(join(tmpdir(), 'summary-logs-'));
  Object.entries(logs).forEach(([step, text], i) => {
    writeFileSync(join(folder, `${step}.log`), text);
    utimesSync(join(folder, `${step}.log`), 1_700_000_000 + i, 1_700_000_000 + i);
  });
  const output = join(folder, 'summary.md');
  const codeQuality = join(folder, 'code-quality.json');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ci/summary.ts', '--logs', folder, '--report', join(folder, 'none.json'), '--output', output, '--code-quality', codeQuality], { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { ...result, written: readFileSync(output, 'utf8'), findings: JSON.parse(readFileSync(codeQuality, 'utf8')) as { check_name: string; location: { path: string; lines: { begin: number } } }[] };
}

command('GitLab, failed in validate: the last log is the failed step, the later ones did not run', () => {
  const result = run({ validate: '_data/areas/x.yaml:2:7 name: is required but missing\n1 problem in 1 file (checked 19 files). Fix the problems, then run npm run validate again.\n' }, { CI_JOB_STATUS: 'failed', CI_PROJECT_URL: 'https://gitlab.example/council/site', CI_COMMIT_SHA: 'abc123' });
  assert.is(result.status, 0, result.stderr);
  assert.match(result.written, /^# Not published: the data check found 1 problem\n/);
  assert.ok(result.written.includes('[`_data/areas/x.yaml`](https://gitlab.example/council/site/-/blob/abc123/_data/areas/x.yaml#L2), line 2, field `name`: is required but missing'), result.written);
  assert.match(result.written, /\| Build \(`npm run build`\) \| not run \|/);
  assert.ok(result.stdout.includes(result.written.trim()), 'the summary is also in the job log');
  assert.equal(result.findings.map((f) => [f.check_name, f.location]), [['data-check', { path: '_data/areas/x.yaml', lines: { begin: 2 } }]], 'the merge request shows the problem at its file and line');
});

command('GitLab, failed in the check before any report: the last lines of its log', () => {
  const result = run({ validate: 'Checked 19 files: no problems\n', build: 'Built _site/\n', check: 'browser: Chromium not found at /usr/bin/chromium\ncheck FAILED at: Check every page\n' }, { CI_JOB_STATUS: 'failed' });
  assert.match(result.written, /^# Not published: the page check stopped before any page was checked\n/);
  assert.match(result.written, /\| Build \(`npm run build`\) \| passed \|/);
  assert.ok(result.written.includes('browser: Chromium not found at /usr/bin/chromium'), result.written);
  assert.equal(result.findings, []);
});

command('an outcome that is not one of GitHub\'s is refused', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ci/summary.ts', '--check', 'passed'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.is.not(result.status, 0);
  assert.match(result.stderr, /--check: expected one of success, failure, skipped, cancelled/);
});

command.run();
