// `npm run validate` warns about letters of another script that nothing marks (src/model/script-warnings.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { formatDataError } from "../../src/model/data-error.ts";
import { lines, writeDataFolder } from "../helpers/data-folder.ts";

const BOARD = "partnerships/testshire-board.yaml";
const board = (...extra: string[]) => ({ [BOARD]: lines("name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", ...extra) });
const warnings = (files: Record<string, string>) => {
  const report = checkData("_data", writeDataFolder(files).root, "2021-01-01");
  assert.equal(report.errors, [], report.lines.join("\n"));
  return report.warnings.filter((w) => w.message.includes("script"));
};

test("Bengali in an English summary is a warning naming the file, field, line and script", () => {
  const found = warnings(board("summary: The মহিলা সমিতি women's group."));
  assert.is(found.length, 1, found.map(formatDataError).join("\n"));
  assert.is(found[0].file, `_data/${BOARD}`);
  assert.is(found[0].field, "summary");
  assert.is(found[0].line, 5);
  assert.match(found[0].message, /^has letters in the Bangla \(Beng\) script \("মহিলা সমিতি women's group\."\), which its language \(en-GB\) is not written in/);
  assert.match(found[0].message, /add language: bn to the file$/);
});

test("in Markdown, the warning is on the passage's own line and suggests [words]{lang=…}", () => {
  const found = warnings(board("summary: Reports.", "description: |", "  First paragraph.", "", "  We say اردو here."));
  assert.is(found.length, 1);
  assert.is(found[0].field, "description");
  assert.is(found[0].line, 9);
  assert.match(found[0].message, /Arabic \(Arab\) script/);
  assert.match(found[0].message, /mark the passage with \[اردو here\.\]\{lang=ur\}/);
});

test("marked passages, a file's own language and a passage marked back are no warning", () => {
  assert.equal(warnings(board("summary: Reports.", "description: Our [মহিলা সমিতি]{lang=bn} meets.", "priorities:", "  - '[ਗੁਰਦੁਆਰਾ]{lang=pa} visits'", "sections:", "  - heading: Aims", "    body: মহিলা {lang=bn}")), []);
  assert.equal(warnings(board("summary: মহিলা সমিতি – the women's group.", "language: bn", "description: আমরা [We meet monthly.]{lang=en-GB}")), []);
});

test("a passage marked with a language of another script is still a warning", () => {
  const found = warnings(board("summary: Reports.", "priorities:", "  - Meet the [مسجد کمیٹی]{lang=bn}"));
  assert.is(found.length, 1);
  assert.is(found[0].field, "priorities[0]");
  assert.match(found[0].message, /Arabic \(Arab\) script \("مسجد کمیٹی"\), which the language marked around them \(bn\) is not written in/);
});

test.run();
