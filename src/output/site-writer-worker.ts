// A site writer thread: writes files and makes calendars while the main thread renders pages.
import { parentPort } from "node:worker_threads";
import { meetingsIcs } from "../calendar/meetings-ics.ts";
import type { FromWriter, ToWriter } from "./site-writer.ts";
import { writeSiteFile } from "./write-site-file.ts";

if (!parentPort) throw new Error("site-writer-worker.ts runs as a worker thread of SiteWriter");
const port = parentPort;
const reply = (answer: FromWriter) => port.postMessage(answer);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
let written = 0;
// After one failure the build has failed: later files are skipped, and the failure is reported when the build closes the writer.
let failure: string | undefined;

port.on("message", (message: ToWriter) => {
  if (message.type === "write") {
    if (failure !== undefined) return;
    try {
      written += writeSiteFile(message.path, message.content);
    } catch (error) {
      failure = `could not write ${message.path}: ${reason(error)}`;
    }
  } else if (message.type === "calendar") {
    try {
      reply({ type: "calendar", id: message.id, text: meetingsIcs(message.input, message.pageUrl, new Date(message.stamp)) });
    } catch (error) {
      reply({ type: "calendar", id: message.id, error: reason(error) });
    }
  } else {
    reply(failure === undefined ? { type: "closed", written } : { type: "failed", message: failure });
    // Nothing is left to do: closing the port lets the thread end by itself.
    port.close();
  }
});
