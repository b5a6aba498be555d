// `npm run validate` names a Markdown link with no text (an error) and a picture with no description (a warning) at the data file's own line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { emptyTextIn } from "../../src/markdown/empty-text.ts";
import { lines, writeDataFolder } from "../helpers/data-folder.ts";
import { expectError, expectOneError } from "../helpers/errors.ts";

const BOARD = "partnerships/testshire-board.yaml";
const board = (...extra: string[]) => lines("name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners.", ...extra);
const run = (text: string) => {
  const folder = writeDataFolder({ [BOARD]: text });
  return checkData("_data", folder.root, "2025-06-15");
};

test("a link with no text in a description is an error at its own line, with the field, and the command exits 1", () => {
  const report = run(board("description: |", "  We meet four times a year.", "", "  Read our [](https://www.example.test/report) for more."));
  expectOneError(report.errors, { file: `_data/${BOARD}`, line: 9, field: "description", message: /^has a link with no text \(to "https:\/\/www\.example\.test\/report"\), so a screen reader can only read out its address: write words that say where it goes between the square brackets/ });
  assert.is(report.exitCode, 1);
  assert.match(report.lines.at(-1)!, /^1 problem in 1 file/);
});

test("in a list item, a section's body and a one-line value: each named with its field path and line", () => {
  const report = run(board("priorities:", "  - Keep residents safe.", "  - \"Read [](/documents/plan.pdf)\"", "sections:", "  - heading: More", "    body: See [ ](https://www.example.test/)"));
  assert.is(report.errors.length, 2, report.lines.join("\n"));
  expectError(report.errors[0], { file: `_data/${BOARD}`, line: 8, field: "priorities[1]", message: /^has a link with no text \(to "\/documents\/plan\.pdf"\)/ });
  expectError(report.errors[1], { file: `_data/${BOARD}`, line: 11, field: "sections[0].body", message: /^has a link with no text/ });
});

test("a picture with no description is a warning (allowed when the words beside it say the same); one with a description, or a link with words, is not reported", () => {
  const report = run(board("description: |", "  ![](/images/map.png) The map shows our wards.", "", "  ![Map of the wards](/images/map.png) [Annual report](https://www.example.test/r)"));
  assert.equal(report.errors, [], report.lines.join("\n"));
  const warnings = report.warnings.filter((w) => w.file === `_data/${BOARD}`);
  assert.is(warnings.length, 1, report.lines.join("\n"));
  expectError(warnings[0], { file: `_data/${BOARD}`, line: 7, field: "description", message: /^has a picture with no description \(\/images\/map\.png\).*unless the words beside it already say the same$/ });
  assert.is(report.exitCode, 0);
});

test("text fields that are not Markdown are not read as Markdown", () => {
  assert.equal(run(board().replace("summary: Reports to Testshire Partners.", "summary: Reports [](/x/) to Testshire Partners.")).errors, []);
});

test("a link whose only content is a described picture has text; an empty picture inside an empty link is reported once, as the link", () => {
  assert.equal(emptyTextIn("[![Our logo](/images/logo.png)](/about/)"), []);
  assert.equal(emptyTextIn("[![](/images/logo.png)](/about/)"), [{ kind: "link", target: "/about/", line: 0 }]);
  assert.equal(emptyTextIn("One\ntwo [](/a/)\n\n- three\n- [**four**](/b/) [`code`](/c/) [ ](/d/)"), [{ kind: "link", target: "/a/", line: 1 }, { kind: "link", target: "/d/", line: 4 }]);
});

test.run();
