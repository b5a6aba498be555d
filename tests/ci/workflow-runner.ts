// Runs a GitHub Actions workflow's `run:` steps on this machine, in order, the way the runner would: each step's `if:`, env, $GITHUB_ENV, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY. Steps that `uses:` an action need GitHub and are only recorded.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
}

export interface JobRun {
  id: string;
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
  'working-directory'?: string;
}

interface WorkflowJob {
  if?: string | boolean;
  needs?: string | string[];
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
  for (const id of jobOrder(workflow.jobs)) {
    const job = workflow.jobs[id]!;
    const needs = [job.needs ?? []].flat();
    const needed = needs.map((name) => jobs.find((j) => j.id === name)!);
    const needsPassed = needed.every((j) => j.result === 'success');
    const wouldRun = condition(job.if, { github, steps: {}, status: needsPassed ? 'success' : 'failure' });
    if (!wouldRun) {
      jobs.push({ id, wouldRun, result: 'skipped', steps: [] });
      continue;
    }
    jobs.push(runJob(id, job, workflow, { github, baseEnv, workspace, scratch, stepTimeoutMs: options.stepTimeoutMs ?? 15 * 60_000 }));
  }
  const summary = readFileSync(summaryFile, 'utf8');
  rmSync(scratch, { recursive: true, force: true });
  return { jobs, summary };
}

function runJob(id: string, job: WorkflowJob, workflow: Workflow, ctx: { github: object; baseEnv: NodeJS.ProcessEnv; workspace: string; scratch: string; stepTimeoutMs: number }): JobRun {
  const steps: StepRun[] = [];
  const stepsContext: Record<string, { outcome: Outcome; conclusion: Outcome; outputs: Record<string, string> }> = {};
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [];
  let status: 'success' | 'failure' = 'success';
  const shell = job.defaults?.run?.shell ?? workflow.defaults?.run?.shell;

  job.steps.forEach((step, index) => {
    const name = step.name ?? step.run?.split('\n')[0] ?? step.uses ?? `step ${index + 1}`;
    const expressions = { github: ctx.github, steps: stepsContext, status };
    const wouldRun = condition(step.if, expressions);
    const record = (run: Omit<StepRun, 'name' | 'id'>) => {
      steps.push({ name, ...(step.id && { id: step.id }), ...run });
      if (step.id) stepsContext[step.id] = { outcome: run.outcome, conclusion: run.outcome, outputs: stepsContext[step.id]?.outputs ?? {} };
    };
    if (step.uses !== undefined) {
      record({ kind: 'uses', wouldRun, outcome: wouldRun ? 'success' : 'skipped', output: '' });
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
 * The part of GitHub's expression language the project's workflows use: contexts (github, steps), string literals,
 * ==, !=, !, &&, ||, parentheses and the status functions. Anything else is an error, so a workflow cannot pass here by using what this cannot judge.
 */
export function evaluate(source: string, expressions: Expressions): Value {
  const text = source.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tokens = [...text.matchAll(/\s*('(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*(?:\(\))?|\S)/g)].map((m) => m[1]!);
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
    if (token.endsWith('()')) {
      const status: Record<string, boolean> = { 'success()': expressions.status === 'success', 'failure()': expressions.status === 'failure', 'always()': true, 'cancelled()': false };
      return token in status ? status[token]! : fail(`unknown function ${token}`);
    }
    const [root, ...path] = token.split('.');
    if (root !== 'github' && root !== 'steps') fail(`unknown context ${root}`);
    return path.reduce<Value>((value, key) => (value && typeof value === 'object' ? (value as Record<string, Value>)[key] : undefined), expressions[root as 'github' | 'steps']);
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
