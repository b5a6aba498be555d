// Hands the rendered site to worker threads that minify, compress and write it, so the build uses every core.
// Loaded here too, not only in the threads: a Rust addon (minify-html) unloaded when one thread ends crashes another still using it.
import "@minify-html/node";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CalendarInput } from "../calendar/meetings-ics.ts";

export type ToWriter =
  | { type: "write"; path: string; content: string }
  | { type: "calendar"; id: number; input: CalendarInput; pageUrl: string; stamp: number }
  | { type: "close" };
export type FromWriter =
  | { type: "calendar"; id: number; text: string }
  | { type: "calendar"; id: number; error: string }
  | { type: "closed"; written: number }
  | { type: "failed"; message: string };

// The thread runs TypeScript like the rest of the build; its plain-JavaScript entry registers tsx first.
const THREAD = new URL("./site-writer-thread.mjs", import.meta.url);

/** Worker threads that write the site; by default one per core, since the main thread waits on them once rendering is done. */
export class SiteWriter {
  private readonly workers: Worker[];
  private readonly calendars = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  private readonly closing = new Map<Worker, { resolve(written: number): void; reject(error: Error): void }>();
  private nextThread = 0;
  private nextCalendarId = 0;
  private crashed: Error | undefined;
  private closed: Promise<number> | undefined;
  private readonly exited: Promise<void>[] = [];
  private readonly answered = new Set<Worker>();

  constructor(threads = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => this.start());
  }

  /** Queues one file (the path is where Eleventy would have written it); errors surface from close(). Cheap: 20,000 pages of 7 KB take about 0.1 s to send. */
  write(path: string, content: string): void {
    this.post(this.nextWorker(), { type: "write", path, content });
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
  close(): Promise<number> {
    // Once only: a second call (the build's clean-up after a failure) gets the first call's answer instead of waiting on stopped threads.
    this.closed ??= this.finish();
    return this.closed;
  }

  private async finish(): Promise<number> {
    // Every thread finishes its queue and ends by itself; none is cut off mid-write, even when another has failed.
    const answers = await Promise.allSettled(
      this.workers.map(
        (worker) =>
          new Promise<number>((resolve, reject) => {
            this.closing.set(worker, { resolve, reject });
            this.post(worker, { type: "close" });
          }),
      ),
    );
    await Promise.all(this.exited);
    const failed = answers.find((answer) => answer.status === "rejected");
    if (failed) throw failed.reason;
    return answers.reduce((sum, answer) => sum + (answer.status === "fulfilled" ? answer.value : 0), 0);
  }

  private start(): Worker {
    const worker = new Worker(THREAD);
    worker.on("message", (message: FromWriter) => {
      if (message.type === "calendar") {
        const waiting = this.calendars.get(message.id);
        this.calendars.delete(message.id);
        if ("error" in message) waiting?.reject(new Error(message.error));
        else waiting?.resolve(message.text);
      } else {
        this.answered.add(worker);
        if (message.type === "closed") this.closing.get(worker)?.resolve(message.written);
        else this.closing.get(worker)?.reject(new Error(message.message));
      }
    });
    worker.on("error", (error) => this.fail(error));
    this.exited.push(
      new Promise((resolve) =>
        worker.once("exit", (code) => {
          // A thread that ends before answering "close" has crashed: fail whatever still waits on it.
          this.fail(new Error(`a site writer thread stopped early (exit code ${code})`), worker);
          resolve();
        }),
      ),
    );
    return worker;
  }

  private nextWorker(): Worker {
    return this.workers[this.nextThread++ % this.workers.length]!;
  }

  private post(worker: Worker, message: ToWriter): void {
    if (this.crashed) throw this.crashed;
    worker.postMessage(message);
  }

  /** Rejects what waits on the threads; after a clean close the thread's own answer has already settled its promise. */
  private fail(error: Error, worker?: Worker): void {
    if (worker && this.answered.has(worker)) return;
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
