// The calendar's line folding (src/calendar/fold-lines.ts) gives exactly ical-generator's output, at any length and in any script.
import { foldLines as libraryFold } from "ical-generator";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { foldLines } from "../../src/calendar/fold-lines.ts";
import { seededRandom } from "../../scripts/bench/random.ts";

const cases = [
  "",
  "BEGIN:VCALENDAR",
  "x".repeat(74),
  "x".repeat(75),
  "x".repeat(149),
  "x".repeat(300),
  `SUMMARY:${"é".repeat(60)}`,
  `LOCATION:${"中文".repeat(40)}`,
  `SUMMARY:${"🙂".repeat(30)}`,
  `SUMMARY:${"a".repeat(72)}🙂 after the boundary`,
  `SUMMARY:lone \ud800 high and \udc00 low surrogates ${"z".repeat(70)}`,
  `SUMMARY:ends on a high surrogate ${"q".repeat(60)}\ud83d`,
  ["BEGIN:VEVENT", `SUMMARY:${"Community Safety Partnership meeting ".repeat(5)}`, "END:VEVENT"].join("\r\n"),
];

test("the same folds as ical-generator for the boundaries, multi-octet text and surrogates", () => {
  for (const text of cases) assert.is(foldLines(text), libraryFold(text), JSON.stringify(text.slice(0, 40)));
});

test("the same folds as ical-generator for 2,000 random lines of mixed scripts", () => {
  const random = seededRandom(13);
  const alphabet = ["a", "Z", " ", ",", "\\", "é", "ß", "中", "ش", "🙂", "\ud800", "\r\n"];
  for (let n = 0; n < 2000; n++) {
    const text = Array.from({ length: random.int(0, 220) }, () => random.pick(alphabet)).join("");
    assert.is(foldLines(text), libraryFold(text), JSON.stringify(text));
  }
});

test("every folded line is at most 75 octets, and unfolding gives the text back", () => {
  const text = `DESCRIPTION:${"Partnership working in the borough, ".repeat(20)}中文🙂`;
  const folded = foldLines(text);
  for (const line of folded.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.is(folded.replaceAll("\r\n ", ""), text);
});

test.run();
