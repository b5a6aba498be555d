// Runs the GitHub workflow's `run:` steps in a fresh clone, as a push to the default branch would, with the site built once, checked in two parts and merged: the default content passes and would be published; an empty link in an editor's description fails the data check in the build job, so no part, merge or deploy runs, and the summary names the file, field and line.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FIXTURE_DATA, PROJECT_ROOT } from '../helpers/data-folder.ts';
import { freshClone } from './fresh-clone.ts';
import { type JobRun, runWorkflow, type WorkflowRun } from './workflow-runner.ts';

const WORKFLOW = join(PROJECT_ROOT, '.github/workflows/check-and-publish.yml');
const dryRun = suite('ci/workflow dry run');
// Each clone holds its own node_modules (about 190 MB): removed when the suite ends, passed or not.
const made: string[] = [];
dryRun.after(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

function clone(): string {
  const repo = freshClone();
  made.push(dirname(repo));
  return repo;
}

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

const PUSH_TO_MAIN = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main', sha: '0123456789abcdef0123456789abcdef01234567', repository: 'council/local-partnerships' };

/** This machine's environment as a fresh runner would have it: its own home, npm's cache reused so `npm ci` need not download. */
function runnerEnv(): NodeJS.ProcessEnv {
  const npmCache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
  return {
    PATH: process.env.PATH,
    HOME: tempFolder('runner-home-'),
    LANG: 'C.UTF-8',
    npm_config_cache: npmCache,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    ...(process.env.PUPPETEER_EXECUTABLE_PATH && { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH }),
  };
}

function job(run: WorkflowRun, id: string): JobRun {
  const found = run.jobs.find((j) => j.id === id);
  assert.ok(found, `no job ${id}`);
  return found!;
}

/** The runs of the check job, one per part. */
function parts(run: WorkflowRun): JobRun[] {
  return run.jobs.filter((j) => j.id === 'check');
}

/** The first step of any job whose name matches. */
function step(run: WorkflowRun, name: RegExp, jobId?: string) {
  const found = run.jobs.filter((j) => jobId === undefined || j.id === jobId).flatMap((j) => j.steps).find((s) => name.test(s.name));
  assert.ok(found, `no step matching ${name}`);
  return found!;
}

/** Every job's steps with their outcomes, and the output of any that failed, for a readable assertion message. */
function describe(run: WorkflowRun): string {
  return run.jobs
    .map((j) => `${j.id}${j.matrix ? ` ${JSON.stringify(j.matrix)}` : ''}: ${j.result}\n${j.steps.map((s) => `  ${s.outcome.padEnd(8)} ${s.kind} ${s.name}${s.outcome === 'failure' ? `\n${s.output.slice(-3000)}` : ''}`).join('\n')}`)
    .join('\n');
}

dryRun('default content in two parts: every run step passes, the summary says so, and the checked site would be published', () => {
  const repo = clone();
  const run = runWorkflow(WORKFLOW, repo, PUSH_TO_MAIN, { env: runnerEnv() });
  for (const id of ['build', 'check', 'merge']) assert.ok(run.jobs.some((j) => j.id === id && j.result === 'success'), `${id}\n${describe(run)}`);
  assert.equal(parts(run).map((j) => j.matrix), [{ shard: 1 }, { shard: 2 }], 'the pages are not checked in two parts');
  for (const part of parts(run)) assert.is(part.result, 'success', describe(run));
  const runSteps = run.jobs.flatMap((j) => j.steps).filter((s) => s.kind === 'run' && s.wouldRun);
  for (const s of runSteps) assert.is(s.outcome, 'success', `${s.name}\n${describe(run)}`);
  // The build job's own summary is for a failed build only; the merge writes it.
  assert.not.ok(step(run, /summary/, 'build').wouldRun, describe(run));
  for (const name of [/npm ci/, /npm run validate/, /npm run build/, /npm run check -- --shard/, /npm run check -- --merge/, /summary/]) assert.ok(runSteps.some((s) => name.test(s.name)), `no run step ${name}`);
  // The site is built once: the parts check the build job's site, as an artifact.
  assert.is(runSteps.filter((s) => /npm run build/.test(s.name)).length, 1);
  assert.ok(parts(run).every((part) => part.steps.some((s) => s.kind === 'uses' && /download-artifact: built-site/.test(s.output))), describe(run));
  // Each part restores and saves its own cache.
  const keys = parts(run).map((part) => part.steps.find((s) => s.kind === 'uses' && /cache/.test(s.name))?.with?.key);
  assert.equal(keys, [`accessibility-check-1-of-2-${PUSH_TO_MAIN.sha}`, `accessibility-check-2-of-2-${PUSH_TO_MAIN.sha}`]);
  // Both builds (the build job's and the merge's, with the statement) start from the pictures already encoded.
  for (const id of ['build', 'merge']) assert.is(step(run, /encoded pictures/, id).with?.path, '.cache/eleventy-img', describe(run));
  const merged = JSON.parse(readFileSync(join(repo, '.cache/accessibility-report.json'), 'utf8')) as { pagesChecked: number; pages: { page: string }[] };
  assert.ok(merged.pagesChecked > 10 && merged.pages.length >= merged.pagesChecked, `${merged.pages.length} pages checked of ${merged.pagesChecked}`);

  assert.match(run.summary, /^# Passed: \d+ pages checked, no problems$/m);
  assert.match(run.summary, /Data check \(`npm run validate`\) \| passed/);
  assert.match(run.summary, /Page check \(`npm run check`\) \| passed: \d+ pages, no problems/);
  // The site that passed is the one handed to Pages, with the statement written from this check's report.
  assert.ok(step(run, /Keep the checked site/, 'merge').wouldRun, 'the checked site is not uploaded for publishing');
  assert.ok(job(run, 'deploy').wouldRun, 'the deploy job would not run after a passing check');
  const report = JSON.parse(readFileSync(join(repo, '.cache/accessibility-report.json'), 'utf8')) as { passed: boolean; date: string; sources: string };
  const published = JSON.parse(readFileSync(join(repo, '_site/accessibility/report.json'), 'utf8')) as typeof report;
  assert.ok(report.passed);
  assert.equal([published.date, published.sources], [report.date, report.sources], 'the site to publish does not carry the report of this check');
});

dryRun('an empty link in a description, on a project site: the data check fails, nothing is built or published, and the summary names the file, field and line', () => {
  const repo = clone();
  // The page fixture's words stand in for a council's own, so the test holds whatever _data/ the repository ships.
  rmSync(join(repo, '_data'), { recursive: true, force: true });
  cpSync(FIXTURE_DATA, join(repo, '_data'), { recursive: true });
  rmSync(join(repo, '_data/README.md'), { force: true });
  // A project site on GitHub Pages lives under /<repository>/: the workflow must build and check it there.
  const siteFile = join(repo, '_data/site.yaml');
  writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^url: .*$/m, 'url: https://council.github.io/local-partnerships/'));
  const file = '_data/partnerships/northshire-partners.yaml';
  const text = readFileSync(join(repo, file), 'utf8');
  const anchor = '  Northshire Partners brings the council, the NHS and the voluntary sector together.\n';
  assert.ok(text.includes(anchor), 'the fixture text this test edits has changed');
  const edited = text.replace(anchor, `${anchor}\n  Read more on [](https://www.northshire.example/partners).\n`);
  writeFileSync(join(repo, file), edited);
  const line = edited.split('\n').findIndex((l) => l.includes('[](https://www.northshire.example')) + 1;
  // Pushed as an editor would: each job starts from a clean checkout of the commit.
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.test', 'commit', '-qm', 'Add a link to the partnership page'], { cwd: repo });

  const run = runWorkflow(WORKFLOW, repo, PUSH_TO_MAIN, { env: runnerEnv() });
  if (process.env.SHOW_DRY_RUN_SUMMARY) console.log(`\n----- job summary -----\n${run.summary}----- end -----`);
  assert.is(step(run, /npm run validate/).outcome, 'failure', describe(run));
  assert.is.not(step(run, /npm run build/).outcome, 'success', describe(run));
  assert.is(step(run, /summary/, 'build').outcome, 'success', describe(run));
  assert.is(job(run, 'build').result, 'failure');
  for (const id of ['check', 'merge', 'deploy']) assert.not.ok(run.jobs.some((j) => j.id === id && j.result === 'success'), `${id} ran after a failed build:\n${describe(run)}`);
  assert.not.ok(job(run, 'deploy').wouldRun, 'the deploy job would run after a failed check');

  assert.match(run.summary, /^# Not published: the data check found 1 problem$/m);
  const problems = run.summary.split('\n').filter((l) => l.startsWith('- [`'));
  assert.is(problems.length, 1, `one problem:\n${run.summary}`);
  assert.ok(problems[0]!.startsWith(`- [\`${file}\`](https://github.com/council/local-partnerships/blob/${PUSH_TO_MAIN.sha}/${file}#L${line}), line ${line}, field \`description\`: has a link with no text`), problems[0]);
});

dryRun.run();
