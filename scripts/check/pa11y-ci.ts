// The WCAG 2.2 AA gate: pa11y-ci with the repository's root .pa11yci, over the given pages served on 127.0.0.1, in a child process that is killed if it stops answering.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.ts';
import type { CheckerResult, Issue } from './types.ts';

export const PA11YCI_FILE = fileURLToPath(new URL('../../.pa11yci', import.meta.url));

export interface Pa11yCiOptions {
  pathPrefix?: string;
  /** The pa11y-ci configuration (default: the root .pa11yci). */
  configFile?: string;
  /** Each line pa11y-ci prints, as it prints it. */
  log?: (line: string) => void;
  /** Called once per page with its issues, when pa11y-ci has finished. */
  onPage?: (page: string, issues: Issue[]) => void;
  /** Stop pa11y-ci when it prints nothing for this long (default: the config's page timeout plus 15 s). */
  silenceMs?: number;
}

/** The parts of .pa11yci the gate reads itself. */
export interface Pa11yCiConfig {
  defaults: { runners?: string[]; standard?: string; rules?: string[]; ignore?: string[]; timeout?: number; threshold?: number; concurrency?: number; chromeLaunchConfig?: { executablePath?: string; args?: string[] } };
}

interface Pa11yCiIssue {
  code: string;
  type: string;
  message: string;
  context?: string | null;
  selector?: string;
  runner?: string;
}
interface Pa11yCiReport {
  total: number;
  passes: number;
  errors: number;
  results: Record<string, (Pa11yCiIssue | { message: string })[]>;
}

export function readPa11yCiConfig(file: string = PA11YCI_FILE): Pa11yCiConfig {
  let config: Pa11yCiConfig;
  try {
    config = JSON.parse(readFileSync(file, 'utf8')) as Pa11yCiConfig;
  } catch (error) {
    throw new Error(`pa11y-ci: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof config?.defaults !== 'object' || config.defaults === null) throw new Error(`pa11y-ci: ${file} has no "defaults" object`);
  return config;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const childScript = fileURLToPath(new URL('./pa11y-ci-child.ts', import.meta.url));
const tsxLoader = createRequire(import.meta.url).resolve('tsx');

export async function checkPa11yCi(siteDir: string, pages: string[], options: Pa11yCiOptions = {}): Promise<CheckerResult> {
  const started = performance.now();
  if (pages.length === 0) throw new Error('pa11y-ci: no pages to check');
  const configFile = options.configFile ?? PA11YCI_FILE;
  const config = readPa11yCiConfig(configFile);
  const chromium = process.env['PUPPETEER_EXECUTABLE_PATH'] || config.defaults.chromeLaunchConfig?.executablePath || '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`pa11y-ci: Chromium not found at ${chromium} (install it: apt-get install -y chromium)`);
  const log = options.log ?? ((line: string) => console.log(line));

  const work = mkdtempSync(path.join(tmpdir(), 'gate-pa11y-ci-'));
  const server = await serve(siteDir, options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix });
  try {
    const urlOf = new Map(pages.map((page) => [new URL(page.slice(1), server.url).href, page]));
    const urlsFile = path.join(work, 'urls.json');
    const reportFile = path.join(work, 'report.json');
    writeFileSync(urlsFile, JSON.stringify([...urlOf.keys()]));
    const silenceMs = options.silenceMs ?? (config.defaults.timeout ?? 30_000) + 15_000;
    const exit = await runChild([configFile, urlsFile, reportFile], log, silenceMs);
    if (!existsSync(reportFile)) {
      throw new Error(`pa11y-ci did not finish (${exit}); its last lines are above`);
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Pa11yCiReport;
    if (report.total !== pages.length) throw new Error(`pa11y-ci checked ${report.total} of ${pages.length} pages`);
    const issues: Issue[] = [];
    for (const [url, page] of urlOf) {
      const found = (report.results[url] ?? [{ message: `pa11y-ci has no result for ${url}` }]).map((entry) => toIssue(page, entry));
      issues.push(...found);
      options.onPage?.(page, found);
    }
    const failedPages = report.total - report.passes;
    if (issues.length === 0 && failedPages > 0) throw new Error(`pa11y-ci failed ${failedPages} pages but reported no issue`);
    return { checker: 'pa11y-ci', pagesChecked: report.total, issues, ms: performance.now() - started };
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function toIssue(page: string, entry: Pa11yCiIssue | { message: string }): Issue {
  if (!('code' in entry)) return { checker: 'pa11y-ci', page, rule: 'pa11y-ci/failed-to-run', message: entry.message };
  return {
    checker: 'pa11y-ci',
    page,
    rule: `${runnerName(entry.runner)}/${entry.code}`,
    message: entry.message,
    ...(entry.selector ? { selector: entry.selector } : {}),
    ...(entry.context ? { context: entry.context } : {}),
  };
}

/** "./scripts/check/pa11y-runner-axe-extra.cjs" → "axe-extra"; "axe" stays "axe". */
function runnerName(runner: string | undefined): string {
  return path.basename(runner ?? 'pa11y').replace(/\.c?js$/, '').replace(/^pa11y-runner-/, '');
}

/** Runs the child with its own process group, relaying its lines; kills the group (Chromium too) after silenceMs without a line. */
function runChild(args: string[], log: (line: string) => void, silenceMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, childScript, ...args], {
      // pa11y finds runners given by path relative to the working folder, as .pa11yci writes them.
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      // pa11y-ci's colours only on a terminal; CI logs and tests get plain lines.
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    let timedOut = false;
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    let timer = setTimeout(() => {}, 0);
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        log(`pa11y-ci printed nothing for ${Math.round(silenceMs / 1000)} s; stopping it`);
        kill();
      }, silenceMs);
    };
    rearm();
    const relay = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        rearm();
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) log(line);
      });
      stream.on('end', () => rest && log(rest));
    };
    relay(child.stdout!);
    relay(child.stderr!);
    // The gate itself being stopped (Ctrl-C, CI cancelling) must not leave Chromium running.
    process.once('exit', kill);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('exit', kill);
      // Whatever the child started (Chromium) goes with it.
      kill();
      resolve(timedOut ? `stopped after ${Math.round(silenceMs / 1000)} s without output` : signal ? `ended by ${signal}` : `exit code ${code}`);
    });
  });
}
