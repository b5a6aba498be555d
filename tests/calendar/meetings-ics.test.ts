// A partnership's meetings as iCalendar (src/calendar/meetings-ics.ts), held to RFC 5545.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { calendarInput, meetingsIcs, type CalendarInput } from "../../src/calendar/meetings-ics.ts";
import { copyFixture, graphAt, lines, writeDataFolder } from "../helpers/data-folder.ts";

const PAGE = "https://partnerships.example.test/partnerships/northshire-partners/";
const STAMP = new Date("2025-06-15T12:00:00Z");
const partners = () => graphAt("2025-06-15", copyFixture()).partnerships.find((p) => p.slug === "northshire-partners")!;
const ics = () => meetingsIcs(calendarInput(partners()), PAGE, STAMP);

/** Content lines with folding undone (RFC 5545 §3.1: CRLF followed by one space or tab continues the line). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n").filter((l) => l !== "");

/** Each VEVENT as its content lines. */
function events(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of unfold(text)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT") {
      out.push(current!);
      current = undefined;
    } else current?.push(line);
  }
  return out;
}
const prop = (event: string[], name: string) => event.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
const bySummary = (text: string, summary: string) => events(text).find((e) => e.includes(`SUMMARY:${summary}`))!;

test("every line ends with CRLF; there is no bare LF or CR", () => {
  const text = ics();
  assert.ok(text.endsWith("\r\n"), `ends with ${JSON.stringify(text.slice(-15))}`);
  assert.is(text.replace(/\r\n/g, "").match(/[\r\n]/g), null);
});

test("a calendar object: VERSION 2.0, a PRODID, one VEVENT per meeting", () => {
  const all = unfold(ics());
  assert.is(all[0], "BEGIN:VCALENDAR");
  assert.is(all.at(-1), "END:VCALENDAR");
  assert.ok(all.includes("VERSION:2.0"));
  assert.ok(all.some((l) => l.startsWith("PRODID:")));
  assert.is(events(ics()).length, 5);
});

test("no line is longer than 75 octets, counting multi-byte characters in bytes", () => {
  for (const line of ics().split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
});

test("a long line is folded, and unfolds to the original text", () => {
  const raw = ics();
  assert.ok(/\r\n [^\r\n]/.test(raw), "at least one folded line");
  const spring = bySummary(raw, "Spring meeting");
  assert.equal(prop(spring, "LOCATION"), ["LOCATION:Committee Room 6\\, Civic Centre\\, High Street\\, Northshire — the entrance is by the café on Market Square"]);
});

test("folding never splits a multi-byte character", () => {
  const folder = writeDataFolder({
    "partnerships/testshire-board.yaml": lines("name: Testshire Board", "area: testshire", "type: board", "summary: S.", "meetings:", "  - date: 2025-07-01", `    title: ${"Cyfarfod ŵyl ☕ ".repeat(12)}`),
  });
  const board = graphAt("2025-06-15", folder).partnerships.find((p) => p.slug === "testshire-board")!;
  const raw = meetingsIcs(calendarInput(board), "https://partnerships.example.test/partnerships/testshire-board/", STAMP);
  for (const line of raw.split("\r\n")) {
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, line);
    assert.not.ok(line.includes("\uFFFD"), `broken character in ${line}`);
  }
  assert.equal(prop(events(raw)[0], "SUMMARY"), [`SUMMARY:${"Cyfarfod ŵyl ☕ ".repeat(12).trim()}`]);
});

test("every VEVENT has one UID and one DTSTAMP; UIDs are unique", () => {
  const all = events(ics());
  for (const event of all) {
    assert.is(prop(event, "UID").length, 1, event.join("\n"));
    assert.is(prop(event, "DTSTAMP").length, 1, event.join("\n"));
  }
  const uids = all.map((e) => prop(e, "UID")[0]);
  assert.is(new Set(uids).size, uids.length);
  assert.ok(uids.includes("UID:northshire-partners-20250310T1830@partnerships.example.test"), uids.join("\n"));
});

test("two meetings at the same date and time still get different UIDs", () => {
  const folder = writeDataFolder({
    "partnerships/testshire-board.yaml": lines("name: Testshire Board", "area: testshire", "type: board", "summary: S.", "meetings:", "  - date: 2025-07-01", "    time: '10:00'", "  - date: 2025-07-01", "    time: '10:00'", "    title: Second"),
  });
  const board = graphAt("2025-06-15", folder).partnerships.find((p) => p.slug === "testshire-board")!;
  const uids = events(meetingsIcs(calendarInput(board), "https://partnerships.example.test/partnerships/testshire-board/", STAMP)).map((e) => prop(e, "UID")[0]);
  assert.is(new Set(uids).size, 2, uids.join(", "));
});

test("DTSTAMP is the stamp given, in UTC", () => {
  for (const event of events(ics())) assert.equal(prop(event, "DTSTAMP"), ["DTSTAMP:20250615T120000Z"]);
});

test("the calendar is the same whatever the build machine's time zone", () => {
  const original = process.env.TZ;
  try {
    process.env.TZ = "America/New_York";
    const newYork = ics();
    process.env.TZ = "Asia/Tokyo";
    const tokyo = ics();
    assert.is(newYork, tokyo);
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
});

/** The calendar of one partnership with the given meetings, as plain data (the schema's text rules are not applied here). */
const calendarOf = (name: string, meetings: CalendarInput["meetings"]) => meetingsIcs({ slug: "testshire-board", name, meetings }, "https://partnerships.example.test/partnerships/testshire-board/", STAMP);

function inZone<T>(zone: string, run: () => T): T {
  const original = process.env.TZ;
  try {
    process.env.TZ = zone;
    return run();
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

test("a meeting in an hour the build machine's zone skips is still written as its UK time", () => {
  // 02:30 on 8 March 2026 does not exist in New York (clocks go from 02:00 to 03:00), nor 02:30 on 4 October 2026 in Sydney.
  const meetings = [{ date: "2026-03-08", time: "02:30", title: "Early" }, { date: "2026-10-04", time: "02:30", title: "Spring" }, { date: "2026-04-05", time: "02:30", title: "Twice" }];
  for (const zone of ["America/New_York", "Australia/Sydney", "Europe/London", "UTC"]) {
    const raw = inZone(zone, () => calendarOf("Testshire Board", meetings));
    assert.equal(prop(bySummary(raw, "Early"), "DTSTART"), ["DTSTART;TZID=Europe/London:20260308T023000"], zone);
    assert.equal(prop(bySummary(raw, "Spring"), "DTSTART"), ["DTSTART;TZID=Europe/London:20261004T023000"], zone);
    assert.equal(prop(bySummary(raw, "Twice"), "DTSTART"), ["DTSTART;TZID=Europe/London:20260405T023000"], zone);
    assert.equal(prop(events(raw)[0], "DTSTAMP"), ["DTSTAMP:20250615T120000Z"], zone);
  }
});

test("text with line breaks cannot add lines: the calendar name, titles and locations are escaped", () => {
  const evil = "Evil\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nEND:VEVENT\u2028X-INJECTED:1\nBEGIN:VEVENT; a, b \\ c";
  const raw = calendarOf(evil, [{ date: "2026-03-08", time: "10:00", title: evil, location: evil }, { date: "2026-03-09" }]);
  const all = unfold(raw);
  assert.is(all.filter((l) => l === "BEGIN:VEVENT").length, 2, raw);
  assert.is(all.filter((l) => l === "END:VCALENDAR").length, 1, raw);
  assert.not.ok(all.some((l) => l.startsWith("SUMMARY:Injected") || l.startsWith("X-INJECTED")), raw);
  const escaped = "Evil\\nEND:VCALENDAR\\nBEGIN:VEVENT\\nSUMMARY:Injected\\nEND:VEVENT\\nX-INJECTED:1\\nBEGIN:VEVENT\\; a\\, b \\\\ c";
  assert.ok(all.includes(`NAME:${escaped} meetings`), all.join("\n"));
  assert.ok(all.includes(`X-WR-CALNAME:${escaped} meetings`), all.join("\n"));
  assert.equal(prop(bySummary(raw, escaped), "LOCATION"), [`LOCATION:${escaped}`]);
  assert.equal(prop(events(raw)[1], "SUMMARY"), [`SUMMARY:${escaped} meeting`]);
});

test("timed meetings start at UK local time, with TZID=Europe/London", () => {
  const raw = ics();
  assert.equal(prop(bySummary(raw, "Spring meeting"), "DTSTART"), ["DTSTART;TZID=Europe/London:20250310T183000"], "GMT");
  assert.equal(prop(bySummary(raw, "Summer meeting"), "DTSTART"), ["DTSTART;TZID=Europe/London:20250615T100000"], "BST: still the local 10:00");
});

test("a VTIMEZONE for Europe/London with its summer and winter rules", () => {
  const all = unfold(ics());
  const start = all.indexOf("BEGIN:VTIMEZONE");
  assert.ok(start > 0, "has a VTIMEZONE");
  const zone = all.slice(start, all.indexOf("END:VTIMEZONE") + 1);
  assert.ok(zone.includes("TZID:Europe/London"));
  assert.ok(zone.includes("BEGIN:DAYLIGHT") && zone.includes("TZOFFSETTO:+0100") && zone.includes("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
  assert.ok(zone.includes("BEGIN:STANDARD") && zone.includes("TZOFFSETTO:+0000") && zone.includes("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
  assert.ok(start < all.indexOf("BEGIN:VEVENT"), "defined before the events that use it");
});

test("a meeting without a time is an all-day event: DTSTART;VALUE=DATE", () => {
  assert.equal(prop(bySummary(ics(), "Away day"), "DTSTART"), ["DTSTART;VALUE=DATE:20250901"]);
});

test("a cancelled meeting is STATUS:CANCELLED and says so in its summary; others are CONFIRMED", () => {
  const raw = ics();
  const winter = bySummary(raw, "Cancelled: Winter meeting");
  assert.ok(winter, "summary starts Cancelled:");
  assert.equal(prop(winter, "STATUS"), ["STATUS:CANCELLED"]);
  assert.equal(prop(bySummary(raw, "Spring meeting"), "STATUS"), ["STATUS:CONFIRMED"]);
});

test("each event links to its meeting page, or to the partnership page", () => {
  const raw = ics();
  assert.match(prop(bySummary(raw, "Spring meeting"), "URL")[0], /:https:\/\/www\.northshire\.example\.gov\.uk\/meetings\/2025-03-10$/);
  assert.match(prop(bySummary(raw, "Summer meeting"), "URL")[0], /:https:\/\/partnerships\.example\.test\/partnerships\/northshire-partners\/$/);
});

test("a meeting without a title is named after the partnership", () => {
  const folder = writeDataFolder({
    "partnerships/testshire-board.yaml": lines("name: Testshire Board", "area: testshire", "type: board", "summary: S.", "meetings:", "  - date: 2025-07-01", "    time: '10:00'"),
  });
  const board = graphAt("2025-06-15", folder).partnerships.find((p) => p.slug === "testshire-board")!;
  assert.equal(prop(events(meetingsIcs(calendarInput(board), "https://partnerships.example.test/partnerships/testshire-board/", STAMP))[0], "SUMMARY"), ["SUMMARY:Testshire Board meeting"]);
});

test.run();
