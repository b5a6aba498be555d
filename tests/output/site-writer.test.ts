// The site writer (src/output/site-writer.ts): its threads write every queued file, make calendars, and report failures at close.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { meetingsIcs } from "../../src/calendar/meetings-ics.ts";
import { SiteWriter } from "../../src/output/site-writer.ts";

const folder = () => mkdtempSync(join(tmpdir(), "site-writer-"));

test("writes every queued file across its threads, and counts the copies", async () => {
  const dir = folder();
  const writer = new SiteWriter(2);
  for (let i = 0; i < 100; i++) writer.write(join(dir, `page-${i}`, "index.html"), `<!doctype html><html lang=en><title>Page ${i}</title><p>Page ${i}</p></html>`);
  writer.write(join(dir, "_headers"), "/*\n");
  assert.is(await writer.close(), 100 * 3 + 1);
  for (let i = 0; i < 100; i++) assert.match(readFileSync(join(dir, `page-${i}`, "index.html"), "utf8"), `<p>Page ${i}</p>`);
});

test("threads can end while another still minifies: five writers in a row, each of two threads", async () => {
  // Before the main thread kept @minify-html/node loaded, about one run in four ended in a segmentation fault here.
  for (let round = 0; round < 5; round++) {
    const dir = folder();
    const writer = new SiteWriter(2);
    for (let i = 0; i < 60; i++) writer.write(join(dir, `${i}`, "index.html"), `<!doctype html><html lang=en><title>${i}</title><p>${"words ".repeat(i * 20)}</p></html>`);
    assert.is(await writer.close(), 60 * 3);
  }
});

test("makes the same calendar on its thread as on the main thread", async () => {
  const writer = new SiteWriter(1);
  const input = { slug: "testshire-board", name: "Testshire Board", meetings: [{ date: "2025-07-01", time: "18:30", title: "Annual meeting", location: "Town Hall" }] };
  const page = "https://partnerships.example.test/partnerships/testshire-board/";
  const stamp = new Date("2025-06-15T12:00:00Z");
  const text = await writer.calendar(input, page, stamp);
  await writer.close();
  assert.is(text, meetingsIcs(input, page, stamp));
  assert.match(text, "SUMMARY:Annual meeting");
});

test("a file it cannot write fails the close, naming the file", async () => {
  const dir = folder();
  writeFileSync(join(dir, "not-a-folder"), "");
  const writer = new SiteWriter(1);
  writer.write(join(dir, "not-a-folder", "index.html"), "<p>x</p>");
  try {
    await writer.close();
    assert.unreachable("close should have failed");
  } catch (error) {
    assert.instance(error, Error);
    assert.match((error as Error).message, /could not write .*not-a-folder\/index\.html/);
  }
  // The build closes the writer again while cleaning up; that must fail the same way, not wait on threads already stopped.
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise((resolve) => (timer = setTimeout(() => resolve("still waiting after 5 s"), 5000)));
  const again = await Promise.race([writer.close().then(() => "resolved", (error: Error) => error.message), hung]);
  clearTimeout(timer);
  assert.match(String(again), /could not write .*not-a-folder\/index\.html/);
});

test.run();
