// Hands the rendered site to worker threads that minify, compress and write it, so the build uses every core.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CalendarInput } from "../calendar/meetings-ics.ts";

export type ToWriter =
  | { type: "write"; files: { path: string; content: string }[] }
  | { type: "calendar"; id: number; input: CalendarInput; pageUrl: string; stamp: number }
  | { type: "close" };
export type FromWriter =
  | { type: "calendar"; id: number; text: string }
  | { type: "calendar"; id: number; error: string }
  | { type: "closed"; written: number }
  | { type: "failed"; message: string };

// The thread runs TypeScript like the rest of the build; its plain-JavaScript entry registers tsx first.
const THREAD = new URL("./site-writer-thread.mjs", import.meta.url);

const BATCH = 32;

/** Worker threads that write the site; by default one per core, since the main thread waits on them once rendering is done. */
export class SiteWriter {
  private readonly workers: Worker[];
  private readonly calendars = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  private readonly closing = new Map<Worker, { resolve(written: number): void; reject(error: Error): void }>();
  private pending: { path: string; content: string }[] = [];
  private flushSoon: NodeJS.Immediate | undefined;
  private nextThread = 0;
  private nextCalendarId = 0;
  private crashed: Error | undefined;

  constructor(threads = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => this.start());
  }

  /** Queues one file (the path is where Eleventy would have written it); errors surface from close(). */
  write(path: string, content: string): void {
    this.pending.push({ path, content });
    // Files go over in batches: one message per file cost the main thread about 0.1 ms each.
    if (this.pending.length >= BATCH) this.flush();
    else this.flushSoon ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    if (this.flushSoon) clearImmediate(this.flushSoon);
    this.flushSoon = undefined;
    if (this.pending.length === 0) return;
    const files = this.pending;
    this.pending = [];
    this.post(this.nextWorker(), { type: "write", files });
  }

  /** Makes a partnership's calendar on a writer thread (ical-generator is the costliest step of the build). */
  calendar(input: CalendarInput, pageUrl: string, stamp: Date): Promise<string> {
    const id = this.nextCalendarId++;
    const worker = this.nextWorker();
    return new Promise((resolve, reject) => {
      this.calendars.set(id, { resolve, reject });
      this.post(worker, { type: "calendar", id, input, pageUrl, stamp: stamp.getTime() });
    });
  }

  /** Waits until every queued file is on disk, stops the threads, and returns how many files (copies included) they wrote. */
  async close(): Promise<number> {
    this.flush();
    try {
      const counts = await Promise.all(
        this.workers.map(
          (worker) =>
            new Promise<number>((resolve, reject) => {
              this.closing.set(worker, { resolve, reject });
              this.post(worker, { type: "close" });
            }),
        ),
      );
      return counts.reduce((sum, count) => sum + count, 0);
    } finally {
      for (const worker of this.workers) worker.removeAllListeners("exit");
      await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
  }

  private start(): Worker {
    const worker = new Worker(THREAD);
    worker.on("message", (message: FromWriter) => {
      if (message.type === "calendar") {
        const waiting = this.calendars.get(message.id);
        this.calendars.delete(message.id);
        if ("error" in message) waiting?.reject(new Error(message.error));
        else waiting?.resolve(message.text);
      } else if (message.type === "closed") this.closing.get(worker)?.resolve(message.written);
      else this.closing.get(worker)?.reject(new Error(message.message));
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`a site writer thread stopped early (exit code ${code})`)));
    return worker;
  }

  private nextWorker(): Worker {
    return this.workers[this.nextThread++ % this.workers.length]!;
  }

  private post(worker: Worker, message: ToWriter): void {
    if (this.crashed) throw this.crashed;
    worker.postMessage(message);
  }

  private fail(error: Error): void {
    this.crashed ??= error;
    for (const waiting of this.calendars.values()) waiting.reject(error);
    this.calendars.clear();
    for (const waiting of this.closing.values()) waiting.reject(error);
  }
}

let active: SiteWriter | undefined;

/** The writer of the build in progress (`npm run build`), or undefined when Eleventy writes its own files (`npm start`). */
export function activeSiteWriter(): SiteWriter | undefined {
  return active;
}

export function useSiteWriter(writer: SiteWriter | undefined): void {
  active = writer;
}
