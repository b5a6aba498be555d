// `npm run validate` warns (never fails) about Easy Read text that breaks the style, about ended plans, and names a missing picture as an error.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { lines, writeDataFolder, type DataFolder } from "../helpers/data-folder.ts";

const STATEMENT = "statements/testshire-statement.yaml";
const STATEMENT_LINES = ["partnership: testshire-partners", "title: Testshire Equalities Statement", "signed: 2020-01-15", "statement: We promise equal access to our services."];
const statement = (...extra: string[]) => ({ [STATEMENT]: lines(...STATEMENT_LINES, ...extra) });
const run = (folder: DataFolder, today = "2021-06-01") => checkData("_data", folder.root, today);

test("a long sentence and a long paragraph are warnings at their own lines; the data still passes", () => {
  const report = run(writeDataFolder(statement(
    "easy_read: |",
    "  We promise to be fair.",
    "",
    "  We will make sure that every single person who lives in Testshire can always use our services.",
    "",
    "  We listen. We help. We act. We check.",
  )));
  assert.is(report.exitCode, 0);
  assert.equal(report.lines, [
    'WARNING _data/statements/testshire-statement.yaml:8 easy_read: paragraph 2 has a sentence of 17 words ("We will make sure that every single person…"); Easy Read keeps each sentence to 15 words or fewer, with one idea in it. Split it into shorter sentences.',
    'WARNING _data/statements/testshire-statement.yaml:10 easy_read: paragraph 3 has 4 sentences ("We listen."); Easy Read keeps a paragraph to 3 sentences or fewer. Leave a blank line to start a new paragraph.',
    "Checked 5 files: no problems, 2 warnings",
  ]);
});

test("Easy Read text that keeps the rules gives no warning", () => {
  assert.equal(run(writeDataFolder(statement("easy_read: |", "  We promise to be fair.", "", "  We will listen to you."))).lines, ["Checked 5 files: no problems"]);
});

test("a picture from another site is an error; one missing from images/ is an error naming the file", () => {
  const remote = run(writeDataFolder(statement("easy_read: |", "  ![A hand](https://cdn.example.com/hand.png) We help.")));
  assert.is(remote.exitCode, 1);
  assert.match(remote.lines[0], /^_data\/statements\/testshire-statement\.yaml:5:\d+ easy_read: has an image from "https:\/\/cdn\.example\.com\/hand\.png", which is not allowed; pictures must come from this site's images folder/);

  const folder = writeDataFolder(statement("easy_read: |", "  ![A hand](/images/hand.png) We help."));
  const missing = run(folder);
  assert.is(missing.exitCode, 1);
  assert.match(missing.lines[0], /easy_read: shows the picture \/images\/hand\.png, but there is no file images\/hand\.png in the images folder beside the data folder/);
  mkdirSync(join(folder.root, "images"));
  writeFileSync(join(folder.root, "images/hand.png"), "not really a picture");
  assert.match(run(folder).lines[0], /^images\/hand\.png is named as a PNG picture, but its bytes are not a PNG picture's/, "a file that is not the picture its name says is refused");
  writeFileSync(join(folder.root, "images/hand.png"), Buffer.from("89504e470d0a1a0a0000000d494844520000006000000048", "hex"));
  assert.is(run(folder).exitCode, 0, "once the picture is there");
});

test("a source picture much larger than it is shown is a warning with its size and the size it is shown at", () => {
  const folder = writeDataFolder(statement("easy_read: |", "  ![A hand](/images/hand.png) We help."));
  mkdirSync(join(folder.root, "images"));
  // A PNG's header says its size: 1,200 × 900 px.
  writeFileSync(join(folder.root, "images/hand.png"), Buffer.from("89504e470d0a1a0a0000000d49484452000004b000000384", "hex"));
  const report = run(folder);
  assert.is(report.exitCode, 0);
  assert.equal(report.lines[0], "WARNING images/hand.png is 1,200 × 900 px (0 KB), much larger than needed: pages show it at 96 × 72 px (192 × 144 px on high-density screens). The build makes those copies itself, but a copy about 384 px wide would be enough; saving one in its place keeps the repository small and the first build fast.");
});

test("a plan whose period has passed is a warning at its `to`, with what to do", () => {
  const report = run(writeDataFolder({ "partnerships/testshire-board.yaml": lines("name: Testshire Board", "area: testshire", "type: board", "summary: A board.", "plans:", "  - title: Board plan 2016 to 2020", "    from: 2016", "    to: 2020") }));
  assert.is(report.exitCode, 0);
  assert.equal(report.lines[0], 'WARNING _data/partnerships/testshire-board.yaml:8:9 plans[0].to: the plan "Board plan 2016 to 2020" ended in 2020, so the page of Testshire Board shows it as ended. When the plan that follows it is agreed, add it to plans; keep this one as a record.');
});

test.run();
