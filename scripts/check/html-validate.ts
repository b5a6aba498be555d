// Validates every .html file in a built site folder with html-validate (Node API, no browser), in parallel child processes for big sites.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { type ConfigData, HtmlValidate, type ResolvedConfig, StaticConfigLoader } from 'html-validate';
import { forkTs } from './fork-ts.ts';
import { listHtmlFiles } from './html-files.ts';
import { loadHtmlValidateConfig } from './html-validate.config.ts';
import type { FromWorker, ToWorker, WorkerJob } from './html-validate-worker.ts';
import { fileToPagePath } from './site-paths.ts';
import type { CheckerResult, Issue, ProgressHandler } from './types.ts';

export interface HtmlValidateOptions {
  onPage?: ProgressHandler;
  /** Only these files (relative to the site folder); default: every .html file in it. */
  files?: string[];
  /** Child processes to use; default: one per CPU for sites over 200 pages, else validate in this process. */
  workers?: number;
}

const ERROR = 2;
const BATCH = 25;

/**
 * StaticConfigLoader re-merges the config and rebuilds the element table for every file (~10 ms a page);
 * the config is the same for every page, so resolve it once.
 */
class ResolvedOnceConfigLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.resolved ??= super.getConfigFor(handle);
    return this.resolved;
  }

  override flushCache(): void {
    this.resolved = undefined;
    super.flushCache();
  }
}

export function createValidator(): HtmlValidate {
  return new HtmlValidate(new ResolvedOnceConfigLoader(loadHtmlValidateConfig()));
}

/** Errors (not warnings) html-validate reports for one page's markup. */
export function validatePage(validator: HtmlValidate, html: string, page: string, filename: string): Issue[] {
  const report = validator.validateStringSync(html, filename);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === ERROR)
      .map((message): Issue => ({
        checker: 'html-validate',
        page,
        rule: message.ruleId,
        message: message.message,
        line: message.line,
        column: message.column,
        ...(message.selector ? { selector: message.selector } : {}),
      })),
  );
}

export async function checkHtmlValidate(siteDir: string, options: HtmlValidateOptions = {}): Promise<CheckerResult> {
  const started = performance.now();
  const files = options.files ?? listHtmlFiles(siteDir);
  if (files.length === 0) throw new Error(`html-validate: no .html files in ${siteDir}`);
  const jobs: WorkerJob[] = files.map((file) => ({ page: fileToPagePath(file), filename: path.join(siteDir, file) }));
  const workers = options.workers ?? (jobs.length > 200 ? availableParallelism() : 0);
  const issues: Issue[] = [];
  let done = 0;
  const record = (page: string, found: Issue[]): void => {
    done += 1;
    issues.push(...found);
    options.onPage?.(done, jobs.length, page, found);
  };

  if (workers <= 0) {
    const validator = createValidator();
    for (const job of jobs) record(job.page, validatePage(validator, readFileSync(job.filename, 'utf8'), job.page, job.filename));
  } else {
    // Biggest pages first, so the long ones (an A to Z of 10,000 partnerships) never start last while the other workers sit idle.
    const size = new Map(jobs.map((job) => [job, statSync(job.filename).size]));
    jobs.sort((a, b) => size.get(b)! - size.get(a)!);
    await runInChildren(jobs, Math.min(workers, Math.ceil(jobs.length / BATCH)), record);
  }
  if (done !== jobs.length) throw new Error(`html-validate: checked ${done} of ${jobs.length} pages`);
  issues.sort((a, b) => a.page.localeCompare(b.page) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { checker: 'html-validate', pagesChecked: done, issues, ms: performance.now() - started };
}

function runInChildren(jobs: WorkerJob[], count: number, record: (page: string, issues: Issue[]) => void): Promise<void> {
  let next = 0;
  const children: ChildProcess[] = [];
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = forkTs(new URL('./html-validate-worker.ts', import.meta.url));
      children.push(child);
      child.on('message', (message: FromWorker) => {
        if ('failed' in message) {
          reject(new Error(message.failed));
        } else if ('ready' in message) {
          const batch = jobs.slice(next, next + BATCH);
          next += batch.length;
          child.send((batch.length > 0 ? { jobs: batch } : { stop: true }) satisfies ToWorker);
        } else {
          record(message.page, message.issues);
        }
      });
      child.on('error', reject);
      child.on('exit', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`html-validate: worker exited with ${signal ?? `code ${code}`}`)),
      );
    });
  return Promise.all(Array.from({ length: count }, one)).then(
    () => undefined,
    (error: unknown) => {
      for (const child of children) if (child.exitCode === null) child.kill();
      throw error;
    },
  );
}
