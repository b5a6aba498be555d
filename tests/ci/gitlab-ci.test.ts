// Lints .gitlab-ci.yml without GitLab (no official offline linter, and no npm package that runs on Node 20 ships its schema): only known keywords, and the structure the project relies on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/data-folder.ts';

const FILE = join(PROJECT_ROOT, '.gitlab-ci.yml');
const gitlab = suite('ci/gitlab-ci lint');

// GitLab's CI/CD YAML syntax reference: the global keywords and the job keywords.
const GLOBAL = ['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec'];
const JOB = ['after_script', 'allow_failure', 'artifacts', 'before_script', 'cache', 'coverage', 'dast_configuration', 'dependencies', 'environment', 'extends', 'hooks', 'identity', 'id_tokens', 'image', 'inherit', 'interruptible', 'manual_confirmation', 'needs', 'pages', 'parallel', 'release', 'resource_group', 'retry', 'rules', 'run', 'script', 'secrets', 'services', 'stage', 'tags', 'timeout', 'trigger', 'variables', 'when'];
const ARTIFACTS = ['paths', 'exclude', 'expire_in', 'expose_as', 'name', 'public', 'access', 'reports', 'untracked', 'when'];
const CACHE = ['key', 'paths', 'untracked', 'unprotect', 'when', 'policy', 'fallback_keys'];
const RULE = ['if', 'changes', 'exists', 'when', 'allow_failure', 'needs', 'variables', 'interruptible'];

type Job = Record<string, unknown> & { script?: unknown[]; before_script?: unknown[]; after_script?: unknown[]; rules?: Record<string, unknown>[]; artifacts?: Record<string, unknown>; cache?: Record<string, unknown>; extends?: string };

/** Every problem found, in words; none means the file is as the project needs it. */
export function gitlabProblems(text: string): string[] {
  const problems: string[] = [];
  const config = parse(text, { merge: true }) as Record<string, unknown>;
  const jobs = Object.entries(config).filter(([key]) => !GLOBAL.includes(key)) as [string, Job][];
  const stages = (config.stages as string[] | undefined) ?? ['build', 'test', 'deploy'];
  for (const [name, job] of jobs) {
    if (typeof job !== 'object' || job === null) {
      problems.push(`${name}: is not a keyword nor a job`);
      continue;
    }
    for (const key of Object.keys(job)) if (!JOB.includes(key)) problems.push(`${name}.${key}: is not a job keyword`);
    for (const key of Object.keys(job.artifacts ?? {})) if (!ARTIFACTS.includes(key)) problems.push(`${name}.artifacts.${key}: is not an artifacts keyword`);
    for (const key of Object.keys(job.cache ?? {})) if (!CACHE.includes(key)) problems.push(`${name}.cache.${key}: is not a cache keyword`);
    for (const rule of job.rules ?? []) for (const key of Object.keys(rule)) if (!RULE.includes(key)) problems.push(`${name}.rules: ${key} is not a rules keyword`);
    if (job.extends !== undefined && !jobs.some(([other]) => other === job.extends)) problems.push(`${name}.extends: there is no job ${job.extends}`);
    if (typeof job.stage === 'string' && !stages.includes(job.stage)) problems.push(`${name}.stage: ${job.stage} is not one of the stages`);
  }
  for (const [key, rule] of Object.entries((config.workflow as { rules?: Record<string, unknown>[] } | undefined)?.rules ?? [])) {
    for (const field of Object.keys(rule)) if (!RULE.includes(field)) problems.push(`workflow.rules[${key}]: ${field} is not a rules keyword`);
  }

  // `extends` merges hashes key by key and replaces everything else, as GitLab does.
  const merge = (base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      [...new Set([...Object.keys(base), ...Object.keys(over)])].map((key) => {
        const [a, b] = [base[key], over[key]];
        const hash = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
        return [key, hash(a) && hash(b) ? merge(a as Record<string, unknown>, b as Record<string, unknown>) : key in over ? b : a];
      }),
    );
  const job = (name: string): Job | undefined => {
    const found = jobs.find(([other]) => other === name)?.[1];
    const base = found?.extends ? job(found.extends) : undefined;
    return found && base ? (merge(base, found) as Job) : found;
  };
  const lines = (list: unknown): string[] => (Array.isArray(list) ? list.flat(10).map(String) : []);
  if (!/^node:20-bookworm$/.test(String(config.image))) problems.push(`image: expected node:20-bookworm (Debian, Node 20, as the project is built on), got ${config.image}`);
  if (!lines((config.workflow as { rules?: { if?: string }[] })?.rules?.map((r) => r.if)).some((c) => c.includes('merge_request_event'))) problems.push('workflow.rules: merge requests get no pipeline');

  // Built once; checked in parts (parallel:, CI_NODE_INDEX/CI_NODE_TOTAL), each with its own cache; merged; published from the merge.
  const build = job('build');
  if (!build) problems.push('build: there is no such job');
  else {
    const script = lines(build.script);
    const order = ['npm ci', 'npm run validate', 'npm run build'].map((command) => script.findIndex((line) => line.startsWith(command)));
    if (order.some((at) => at < 0) || order.some((at, i) => i > 0 && at < order[i - 1]!)) problems.push('build.script: must run npm ci, npm run validate and npm run build, in that order');
    if (!script.some((line) => /npm run build -- --pathprefix "\$PATH_PREFIX"/.test(line))) problems.push('build.script: the site must be built under site.yaml\'s path prefix');
    for (const path of ['_site/', '.cache/ci/']) if (!lines(build.artifacts?.paths).includes(path)) problems.push(`build.artifacts.paths: does not pass ${path} to the checks`);
    if (!lines(build.before_script).includes('set -o pipefail')) problems.push('build.before_script: without set -o pipefail, a failing command piped into tee passes');
    if (!lines(build.cache?.paths).includes('.cache/eleventy-img/')) problems.push('build.cache: does not keep the encoded pictures (.cache/eleventy-img/), so every build encodes every picture again');
  }
  for (const name of ['check', 'merge', 'pages']) {
    const found = job(name);
    if (!found) {
      problems.push(`${name}: there is no such job`);
      continue;
    }
    const before = lines(found.before_script);
    const script = lines(found.script);
    if (!before.includes('set -o pipefail')) problems.push(`${name}.before_script: without set -o pipefail, a failing command piped into tee passes`);
    if (!before.some((line) => /apt-get install -y .*chromium/.test(line))) problems.push(`${name}.before_script: does not install Chromium`);
    if (!lines(found.needs).includes('build')) problems.push(`${name}.needs: does not take the built site from the build job`);
    const check = name === 'check' ? /npm run check -- --shard "\$CI_NODE_INDEX\/\$CI_NODE_TOTAL" --no-build --pathprefix "\$PATH_PREFIX"/ : /npm run check -- --merge \.cache\/shards --pathprefix "\$PATH_PREFIX"/;
    const install = script.findIndex((line) => line.startsWith('npm ci'));
    const checking = script.findIndex((line) => check.test(line));
    if (install < 0 || checking < install) problems.push(`${name}.script: must run npm ci, then ${name === 'check' ? 'its part of the check (--shard, under the path prefix)' : 'the merge (--merge .cache/shards, under the path prefix)'}`);
    if (found.artifacts?.expose_as !== undefined && lines(found.artifacts.paths).some((path) => !path.includes('.') && !path.endsWith('/'))) problems.push(`${name}.artifacts: expose_as needs a folder to end in /`);
    if (name !== 'check') {
      if (!lines(found.needs).includes('check')) problems.push(`${name}.needs: does not take the parts' reports from the check job`);
      if (!lines(found.after_script).some((line) => line.includes('scripts/ci/summary.ts'))) problems.push(`${name}.after_script: does not write the summary`);
    }
  }
  const parts = job('check');
  if (parts) {
    if (!Number.isInteger(parts.parallel) || (parts.parallel as number) < 1) problems.push('check.parallel: must be the number of parts, a whole number');
    if (!lines(parts.cache?.paths).includes('.cache/check/')) problems.push('check.cache: does not keep .cache/check/');
    if (!/\$CI_NODE_INDEX/.test(String(parts.cache?.key)) || !/\$CI_NODE_TOTAL/.test(String(parts.cache?.key))) problems.push('check.cache.key: each part must keep its own cache');
    if (!lines(parts.artifacts?.paths).includes('.cache/shards/') || parts.artifacts?.when !== 'always') problems.push('check.artifacts: must pass .cache/shards/ to the merge, failed or not');
  }

  const pages = job('pages');
  if (pages) {
    const script = lines(pages.script);
    const check = script.findIndex((line) => line.startsWith('npm run check'));
    const publish = script.findIndex((line) => /^mv _site public$/.test(line));
    if (publish < 0 || publish < check) problems.push('pages.script: must move the checked _site/ to public/ after npm run check');
    if (!lines(pages.artifacts?.paths).includes('public')) problems.push('pages.artifacts.paths: GitLab Pages publishes public/');
    if (pages.artifacts?.when !== undefined && pages.artifacts.when !== 'on_success') problems.push(`pages.artifacts.when: ${pages.artifacts.when} would keep a site that failed its check`);
    const rules = (pages.rules ?? []).map((rule) => rule.if);
    if (rules.length !== 1 || rules[0] !== '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH') problems.push('pages.rules: must publish from the default branch only');
  }
  const merging = job('merge');
  if (merging && (merging.rules ?? []).some((rule) => rule.if === '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH')) problems.push('merge.rules: the default branch is merged by the pages job');
  return problems;
}

gitlab('.gitlab-ci.yml has only known keywords and the structure the project relies on', () => {
  assert.equal(gitlabProblems(readFileSync(FILE, 'utf8')), []);
});

gitlab('the lint fails a broken .gitlab-ci.yml', () => {
  const text = readFileSync(FILE, 'utf8');
  const broken = (from: string | RegExp, to: string) => {
    const changed = text.replace(from, to);
    assert.is.not(changed, text, `the file no longer has ${from}`);
    return gitlabProblems(changed);
  };
  assert.ok(broken('  artifacts:\n    when: on_success', '  artifact:\n    when: on_success').some((p) => p.includes('pages.artifact: is not a job keyword')));
  assert.ok(broken('    when: on_success\n', '    when: always\n').some((p) => p.startsWith('pages.artifacts.when')));
  assert.ok(broken(/ {4}- npm run validate .*\n/, '').some((p) => p.includes('in that order')));
  assert.ok(broken(/ {4}- npm run check -- --merge .*\n/, '').some((p) => p.startsWith('merge.script')));
  assert.ok(broken('parallel: 2', 'parallel: two').some((p) => p.startsWith('check.parallel')));
  assert.ok(broken('key: accessibility-check-$CI_NODE_INDEX-of-$CI_NODE_TOTAL', 'key: accessibility-check').some((p) => p.startsWith('check.cache.key')));
  assert.ok(broken('    - mv _site public\n', '').some((p) => p.startsWith('pages.script')));
  assert.ok(broken('      - .cache/eleventy-img/\n  # When the data', '  # When the data').some((p) => p.startsWith('build.cache')));
  assert.ok(broken('    - set -o pipefail\n', '').some((p) => p.includes('pipefail')));
  assert.ok(broken('extends: .chromium\n  stage: check', 'extends: .chromum\n  stage: check').some((p) => p.includes('there is no job .chromum')));
  assert.ok(broken('- if: $CI_PIPELINE_SOURCE == "merge_request_event"', '- if: $CI_PIPELINE_SOURCE == "push"').some((p) => p.includes('merge requests')));
});

gitlab.run();
