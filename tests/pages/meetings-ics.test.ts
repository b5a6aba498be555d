// The calendar files (src/pages/meetings-ics.11ty.ts): one per partnership with meetings, written byte for byte as RFC 5545 asks.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("written at /partnerships/<slug>/meetings.ics only for partnerships with meetings", () => {
  assert.ok(build.exists("/partnerships/northshire-partners/meetings.ics"));
  for (const slug of ["northshire-arts-forum", "northshire-safety-board", "northshire-youth-panel", "southshire-forum"]) {
    assert.not.ok(build.exists(`/partnerships/${slug}/meetings.ics`), slug);
  }
});

test("the file is a calendar object from its first byte to its last CRLF", () => {
  const text = build.read("/partnerships/northshire-partners/meetings.ics");
  assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n"), JSON.stringify(text.slice(0, 20)));
  assert.ok(text.endsWith("END:VCALENDAR\r\n"), JSON.stringify(text.slice(-20)));
  assert.is(text.replace(/\r\n/g, "").match(/[\r\n]/g), null, "no bare LF or CR");
});

test("DTSTAMP is the build's SOURCE_DATE_EPOCH, in UTC", () => {
  const stamps = build.read("/partnerships/northshire-partners/meetings.ics").split("\r\n").filter((l) => l.startsWith("DTSTAMP"));
  assert.is(stamps.length, 5);
  for (const stamp of stamps) assert.is(stamp, "DTSTAMP:20250615T120000Z");
});

test.run();
