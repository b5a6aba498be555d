// Runs a GitHub Actions workflow's `run:` steps on this machine, in order, the way the runner would: each step's `if:`, env, $GITHUB_ENV, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY; a job with a matrix once per combination; each job in a clean checkout (node_modules aside), so what it needs from another job must come as an artifact. Steps that `uses:` an action need GitHub and are only recorded, apart from actions/upload-artifact and actions/download-artifact, which are copied to and from a folder as GitHub would store them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';

export type Outcome = 'success' | 'failure' | 'skipped';

export interface StepRun {
  name: string;
  id?: string;
  /** `uses:` steps are never run here; `wouldRun` says whether their `if:` let them. */
  kind: 'run' | 'uses';
  wouldRun: boolean;
  outcome: Outcome;
  exitCode?: number;
  output: string;
  /** A `uses:` step's inputs, with their expressions worked out. */
  with?: Record<string, string>;
}

export interface JobRun {
  id: string;
  /** The matrix combination this run of the job had, for a job with a matrix. */
  matrix?: Record<string, string | number>;
  wouldRun: boolean;
  result: Outcome;
  steps: StepRun[];
}

export interface WorkflowRun {
  jobs: JobRun[];
  /** What the steps appended to $GITHUB_STEP_SUMMARY. */
  summary: string;
}

export interface EventOptions {
  /** e.g. "push" or "pull_request" */
  eventName: string;
  /** e.g. "refs/heads/main" */
  ref: string;
  defaultBranch: string;
  sha: string;
  repository: string;
}

interface WorkflowStep {
  name?: string;
  id?: string;
  if?: string | boolean;
  run?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, string | number | boolean>;
  with?: Record<string, string | number | boolean>;
  'working-directory'?: string;
}

interface WorkflowJob {
  if?: string | boolean;
  needs?: string | string[];
  strategy?: { matrix?: Record<string, (string | number)[]>; 'fail-fast'?: boolean };
  env?: Record<string, string | number | boolean>;
  defaults?: { run?: { shell?: string } };
  steps: WorkflowStep[];
}

interface Workflow {
  env?: Record<string, string | number | boolean>;
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, WorkflowJob>;
}

/** Runs every job of the workflow in `needs` order in `workspace`; a step that runs longer than `stepTimeoutMs` fails. */
export function runWorkflow(workflowFile: string, workspace: string, event: EventOptions, options: { env?: NodeJS.ProcessEnv; stepTimeoutMs?: number } = {}): WorkflowRun {
  const workflow = parse(readFileSync(workflowFile, 'utf8')) as Workflow;
  const scratch = mkdtempSync(join(tmpdir(), 'workflow-run-'));
  const summaryFile = join(scratch, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const refName = event.ref.replace(/^refs\/(heads|tags)\//, '');
  const github = {
    event_name: event.eventName,
    ref: event.ref,
    ref_name: refName,
    sha: event.sha,
    repository: event.repository,
    workspace,
    event: { repository: { default_branch: event.defaultBranch } },
  };
  const baseEnv: NodeJS.ProcessEnv = {
    ...options.env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.eventName,
    GITHUB_REF: event.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_SHA: event.sha,
    GITHUB_REPOSITORY: event.repository,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: scratch,
    ...stringValues(workflow.env),
  };

  const jobs: JobRun[] = [];
  const artifacts = join(scratch, 'artifacts');
  for (const id of jobOrder(workflow.jobs)) {
    const job = workflow.jobs[id]!;
    const needs = [job.needs ?? []].flat();
    // A job with a matrix passed when every one of its runs did.
    const result = (name: string): Outcome => {
      const runs = jobs.filter((j) => j.id === name);
      return runs.some((j) => j.result === 'failure') ? 'failure' : runs.every((j) => j.result === 'skipped') ? 'skipped' : 'success';
    };
    const needsContext = Object.fromEntries(needs.map((name) => [name, { result: result(name) }]));
    const needsPassed = needs.every((name) => result(name) === 'success');
    const wouldRun = condition(job.if, { github, steps: {}, needs: needsContext, status: needsPassed ? 'success' : 'failure' });
    const combinations = matrixCombinations(job.strategy?.matrix);
    combinations.forEach((matrix, index) => {
      const strategy = { 'job-index': index, 'job-total': combinations.length };
      if (!wouldRun) {
        jobs.push({ id, ...(matrix && { matrix }), wouldRun, result: 'skipped', steps: [] });
        return;
      }
      // A fresh runner: the checkout as it was pushed, with only the installed packages kept (they stand for npm's cache).
      // A job of actions alone (the deploy) does nothing here, and is left what the job before it made, for the test to read.
      if (job.steps.some((step) => step.run !== undefined)) spawnSync('git', ['clean', '-ffdxq', '-e', 'node_modules'], { cwd: workspace });
      const run = runJob(id, job, workflow, { github, matrix: matrix ?? {}, strategy, needs: needsContext, baseEnv, workspace, scratch, artifacts, stepTimeoutMs: options.stepTimeoutMs ?? 15 * 60_000 });
      jobs.push({ ...run, ...(matrix && { matrix }) });
    });
  }
  const summary = readFileSync(summaryFile, 'utf8');
  rmSync(scratch, { recursive: true, force: true });
  return { jobs, summary };
}

/** Every combination of a job's matrix (a list per key, no include or exclude), or one run without a matrix. */
function matrixCombinations(matrix: Record<string, (string | number)[]> | undefined): (Record<string, string | number> | undefined)[] {
  if (!matrix) return [undefined];
  return Object.entries(matrix).reduce<Record<string, string | number>[]>((combinations, [key, values]) => {
    if (!Array.isArray(values)) throw new Error(`workflow-runner: matrix.${key} must be a list here`);
    return combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
  }, [{}]);
}

interface JobContext {
  github: object;
  matrix: object;
  strategy: object;
  needs: object;
  baseEnv: NodeJS.ProcessEnv;
  workspace: string;
  scratch: string;
  /** Where uploaded artifacts are kept, one folder each, for the jobs after. */
  artifacts: string;
  stepTimeoutMs: number;
}

function runJob(id: string, job: WorkflowJob, workflow: Workflow, ctx: JobContext): JobRun {
  const steps: StepRun[] = [];
  const stepsContext: Record<string, { outcome: Outcome; conclusion: Outcome; outputs: Record<string, string> }> = {};
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [];
  let status: 'success' | 'failure' = 'success';
  const shell = job.defaults?.run?.shell ?? workflow.defaults?.run?.shell;

  job.steps.forEach((step, index) => {
    const name = step.name ?? step.run?.split('\n')[0] ?? step.uses ?? `step ${index + 1}`;
    const expressions: Expressions = { github: ctx.github, steps: stepsContext, matrix: ctx.matrix, strategy: ctx.strategy, needs: ctx.needs, status };
    const wouldRun = condition(step.if, expressions);
    const record = (run: Omit<StepRun, 'name' | 'id'>) => {
      steps.push({ name, ...(step.id && { id: step.id }), ...run });
      if (step.id) stepsContext[step.id] = { outcome: run.outcome, conclusion: run.outcome, outputs: stepsContext[step.id]?.outputs ?? {} };
    };
    if (step.uses !== undefined) {
      const inputs = stringValues(step.with, expressions);
      let outcome: Outcome = wouldRun ? 'success' : 'skipped';
      let output = '';
      if (wouldRun) {
        try {
          output = artifactStep(step.uses, inputs, ctx.workspace, ctx.artifacts);
        } catch (error) {
          [outcome, output] = ['failure', error instanceof Error ? error.message : String(error)];
          status = 'failure';
        }
      }
      record({ kind: 'uses', wouldRun, outcome, output, with: inputs });
      return;
    }
    if (!wouldRun) {
      record({ kind: 'run', wouldRun, outcome: 'skipped', output: '' });
      return;
    }
    const envFile = join(ctx.scratch, `env-${index}`);
    const outputFile = join(ctx.scratch, `output-${index}`);
    const pathFile = join(ctx.scratch, `path-${index}`);
    for (const file of [envFile, outputFile, pathFile]) writeFileSync(file, '');
    const scriptFile = join(ctx.scratch, `step-${index}.sh`);
    writeFileSync(scriptFile, interpolate(step.run ?? '', expressions));
    const env: NodeJS.ProcessEnv = {
      ...ctx.baseEnv,
      ...stringValues(job.env, expressions),
      ...addedEnv,
      ...stringValues(step.env, expressions),
      GITHUB_ENV: envFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_PATH: pathFile,
    };
    if (addedPath.length > 0) env.PATH = [...addedPath, env.PATH].join(':');
    const [command, ...args] = shellCommand(step.shell ?? shell, scriptFile);
    const result = spawnSync(command!, args, { cwd: join(ctx.workspace, step['working-directory'] ?? '.'), env, encoding: 'utf8', timeout: ctx.stepTimeoutMs, maxBuffer: 64 * 1024 * 1024 });
    const exitCode = result.status ?? 1;
    const outcome: Outcome = exitCode === 0 ? 'success' : 'failure';
    Object.assign(addedEnv, readKeyValues(envFile));
    addedPath.unshift(...readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).reverse());
    record({ kind: 'run', wouldRun, outcome, exitCode, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}` });
    if (step.id) stepsContext[step.id]!.outputs = readKeyValues(outputFile);
    if (outcome === 'failure') status = 'failure';
  });
  return { id, wouldRun: true, result: status, steps };
}

/**
 * actions/upload-artifact and actions/download-artifact, as GitHub stores artifacts: one path keeps its own contents,
 * several keep their paths from the folder they share; hidden files only with include-hidden-files; a download by name, or
 * by pattern into one folder with merge-multiple. Any other action is only recorded ("").
 */
export function artifactStep(uses: string, inputs: Record<string, string>, workspace: string, store: string): string {
  const action = uses.replace(/@.*$/, '');
  if (action === 'actions/upload-artifact') {
    const name = inputs.name || 'artifact';
    const paths = (inputs.path ?? '').split('\n').map((line) => line.trim()).filter(Boolean).map((path) => join(workspace, path));
    const found = paths.filter((path) => existsSync(path));
    if (found.length === 0) {
      if (inputs['if-no-files-found'] === 'error') throw new Error(`upload-artifact: no files at ${inputs.path}`);
      return `upload-artifact: nothing to upload for ${name}`;
    }
    const root = found.length === 1 && statSync(found[0]!).isDirectory() ? found[0]! : commonFolder(found);
    const hidden = inputs['include-hidden-files'] === 'true';
    const target = join(store, name);
    if (existsSync(target)) throw new Error(`upload-artifact: an artifact named ${name} was already uploaded in this run`);
    for (const path of found) {
      cpSync(path, join(target, relative(root, path)), { recursive: true, filter: (source) => hidden || !relative(workspace, source).split(sep).some((part) => part.startsWith('.')) });
    }
    return `upload-artifact: ${name} (${countFiles(target)} files)`;
  }
  if (action === 'actions/download-artifact') {
    const destination = join(workspace, inputs.path || '.');
    const names = existsSync(store) ? readdirSync(store) : [];
    const pattern = inputs.pattern ? new RegExp(`^${inputs.pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`) : null;
    const chosen = inputs.name ? names.filter((name) => name === inputs.name) : names.filter((name) => pattern === null || pattern.test(name));
    if (inputs.name && chosen.length === 0) throw new Error(`download-artifact: no artifact named ${inputs.name}`);
    for (const name of chosen) {
      const into = inputs.name || inputs['merge-multiple'] === 'true' ? destination : join(destination, name);
      mkdirSync(into, { recursive: true });
      cpSync(join(store, name), into, { recursive: true });
    }
    return `download-artifact: ${chosen.join(', ') || 'nothing'} into ${relative(workspace, destination) || '.'}`;
  }
  return '';
}

function commonFolder(paths: string[]): string {
  const parts = paths.map((path) => dirname(path).split(sep));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => p[i] !== undefined && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
  return common.join(sep) || sep;
}

function countFiles(folder: string): number {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as { isFile(): boolean }[]).filter((entry) => entry.isFile()).length;
}

/** The runner's commands for `shell:` (https://docs.github.com/actions/reference/workflow-syntax-for-github-actions#jobsjob_idstepsshell). */
function shellCommand(shell: string | undefined, file: string): string[] {
  switch (shell ?? 'bash -e') {
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', file];
    case 'bash -e':
      return ['bash', '-e', file];
    case 'sh':
      return ['sh', '-e', file];
    default:
      throw new Error(`workflow-runner: shell "${shell}" is not supported here`);
  }
}

/** KEY=value lines and KEY<<DELIMITER blocks, as $GITHUB_ENV and $GITHUB_OUTPUT take them. */
export function readKeyValues(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const values: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1);
      if (end < 0) throw new Error(`workflow-runner: ${file}: ${block[1]}<<${block[2]} is never closed`);
      values[block[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    } else if (line.trim() !== '') {
      throw new Error(`workflow-runner: ${file}: cannot read "${line}"`);
    }
  }
  return values;
}

function jobOrder(jobs: Record<string, WorkflowJob>): string[] {
  const order: string[] = [];
  const visit = (id: string, trail: string[]) => {
    if (order.includes(id)) return;
    if (trail.includes(id)) throw new Error(`workflow-runner: jobs need each other: ${[...trail, id].join(' → ')}`);
    const job = jobs[id];
    if (!job) throw new Error(`workflow-runner: ${trail.at(-1)} needs ${id}, which is not a job`);
    for (const need of [job.needs ?? []].flat()) visit(need, [...trail, id]);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id, []);
  return order;
}

interface Expressions {
  github: object;
  steps: object;
  matrix?: object;
  strategy?: object;
  needs?: object;
  status: 'success' | 'failure';
}

function stringValues(values: Record<string, string | number | boolean> | undefined, expressions?: Expressions): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [key, expressions ? interpolate(String(value), expressions) : String(value)]));
}

function interpolate(text: string, expressions: Expressions): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
    const value = evaluate(expression, expressions);
    return value === null || value === undefined ? '' : String(value);
  });
}

type Value = string | number | boolean | null | undefined | object;

/**
 * The part of GitHub's expression language the project's workflows use: contexts (github, steps, matrix, strategy, needs), string and number literals,
 * ==, !=, !, &&, ||, parentheses and the status functions. Anything else is an error, so a workflow cannot pass here by using what this cannot judge.
 */
export function evaluate(source: string, expressions: Expressions): Value {
  const text = source.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tokens = [...text.matchAll(/\s*('(?:[^']|'')*'|==|!=|&&|\|\||[!()]|\d+|[A-Za-z_][\w.-]*(?:\(\))?|\S)/g)].map((m) => m[1]!);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const fail = (why: string): never => {
    throw new Error(`workflow-runner: cannot evaluate "${source}": ${why}`);
  };
  const primary = (): Value => {
    const token = next();
    if (token === undefined) return fail('it ends too soon');
    if (token === '(') {
      const value = or();
      if (next() !== ')') fail('a ( is not closed');
      return value;
    }
    if (token === '!') return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
    if (token === 'true' || token === 'false') return token === 'true';
    if (/^\d+$/.test(token)) return Number(token);
    if (token.endsWith('()')) {
      const status: Record<string, boolean> = { 'success()': expressions.status === 'success', 'failure()': expressions.status === 'failure', 'always()': true, 'cancelled()': false };
      return token in status ? status[token]! : fail(`unknown function ${token}`);
    }
    const [root, ...path] = token.split('.');
    const contexts = ['github', 'steps', 'matrix', 'strategy', 'needs'] as const;
    if (!(contexts as readonly string[]).includes(root!) || expressions[root as (typeof contexts)[number]] === undefined) fail(`unknown context ${root}`);
    return path.reduce<Value>((value, key) => (value && typeof value === 'object' ? (value as Record<string, Value>)[key] : undefined), expressions[root as (typeof contexts)[number]]);
  };
  const comparison = (): Value => {
    const left = primary();
    const op = peek();
    if (op !== '==' && op !== '!=') return left;
    next();
    const right = primary();
    const equal = typeof left === 'string' && typeof right === 'string' ? left.toLowerCase() === right.toLowerCase() : (left ?? null) === (right ?? null);
    return op === '==' ? equal : !equal;
  };
  const and = (): Value => {
    let value = comparison();
    while (peek() === '&&') {
      next();
      const right = comparison();
      value = truthy(value) ? right : value;
    }
    return value;
  };
  const or = (): Value => {
    let value = and();
    while (peek() === '||') {
      next();
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  };
  const value = or();
  if (at < tokens.length) fail(`unexpected ${tokens[at]}`);
  return value;
}

/** An `if:`: without a status function in it, it holds only while every step before has passed (GitHub's implicit success()). */
export function condition(source: string | boolean | undefined, expressions: Expressions): boolean {
  if (source === undefined) return expressions.status === 'success';
  const text = String(source);
  const value = truthy(evaluate(text, expressions));
  return /\b(success|failure|always|cancelled)\(\)/.test(text) ? value : value && expressions.status === 'success';
}

function truthy(value: Value): boolean {
  return value !== false && value !== 0 && value !== '' && value !== null && value !== undefined;
}
