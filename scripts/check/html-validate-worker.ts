// Child-process side of the html-validate checker: validates batches of files sent by the parent.
import { readFileSync } from 'node:fs';
import { createValidator, validatePage } from './html-validate.ts';
import type { Issue } from './types.ts';

export interface WorkerJob {
  page: string;
  filename: string;
}
export type ToWorker = { jobs: WorkerJob[] } | { stop: true };
export type FromWorker = { ready: true } | { page: string; issues: Issue[] } | { failed: string };

const send = (message: FromWorker): void => {
  process.send?.(message);
};

if (process.send) {
  const validator = createValidator();
  process.on('message', (message: ToWorker) => {
    if ('stop' in message) {
      process.disconnect();
      return;
    }
    for (const job of message.jobs) {
      try {
        send({ page: job.page, issues: validatePage(validator, readFileSync(job.filename, 'utf8'), job.page, job.filename) });
      } catch (error) {
        send({ failed: `${job.page}: html-validate crashed: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    send({ ready: true });
  });
  send({ ready: true });
}
