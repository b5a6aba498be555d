// `npm run validate` (scripts/validate.ts): every problem with its place and a suggestion, warnings that do not fail, one summary line.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { lines, PROJECT_ROOT, writeDataFolder, type DataFolder } from "../helpers/data-folder.ts";

const PARTNERS = "partnerships/testshire-partners.yaml";
const BOARD = "partnerships/testshire-board.yaml";
const STATEMENT = "statements/testshire-statement.yaml";
const BOARD_LINES = ["name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners."];
/** Before the minimal statement (signed 2020-01-15) is due for review, so no warning unless a test wants one. */
const BEFORE_REVIEW = "2021-06-01";

const run = (folder: DataFolder, today = BEFORE_REVIEW) => checkData("_data", folder.root, today);

test("clean data: one summary line, exit 0", () => {
  const report = run(writeDataFolder());
  assert.equal(report.lines, ["Checked 5 files: no problems"]);
  assert.is(report.exitCode, 0);
});

test("a misspelt field: file:line:column, field, what is allowed, and 'Did you mean'", () => {
  const report = run(writeDataFolder({ [BOARD]: lines(...BOARD_LINES, "sumary: typo") }));
  assert.equal(report.lines, [
    '_data/partnerships/testshire-board.yaml:6:1 sumary: is not a field of a partnership; allowed fields: name, area, type, summary, parent, related, established, description, priorities, members, sections, meetings, documents, contact, source_url, last_reviewed, quick_exit, dissolved, plans, language Did you mean "summary"?',
    "1 problem in 1 file (checked 5 files). Fix the problems, then run npm run validate again.",
  ]);
  assert.is(report.exitCode, 1);
});

test("a misspelt enum value and a misspelt slug get a suggestion", () => {
  const report = run(writeDataFolder({ [BOARD]: lines("name: Testshire Board", "area: testshir", "type: bord", "summary: S.") }));
  assert.equal(report.lines.slice(0, 2), [
    '_data/partnerships/testshire-board.yaml:2:7 area: names the area "testshir", but there is no _data/areas/testshir.yaml Did you mean "testshire"?',
    '_data/partnerships/testshire-board.yaml:3:7 type: "bord" must be one of: local-strategic-partnership, board, partnership, theme-group, subgroup, delivery-group, forum, panel Did you mean "board"?',
  ]);
});

test("every problem of every file is listed, file by file and top to bottom", () => {
  const report = run(writeDataFolder({
    [BOARD]: lines("name: Testshire Board", "area: testshire", "type: board", "summary: S.", "members:", "  - name: Council", "  - name: Police", "    sector: privat", "meetings:", "  - date: 12/03/2025", "    time: 6pm"),
    "areas/testshire.yaml": lines("name: Borough of Testshire", "council_url: http://www.testshire.gov.uk"),
  }));
  assert.equal(report.lines, [
    "_data/areas/testshire.yaml:2:14 council_url: must be a full https:// address, e.g. https://www.example.gov.uk/",
    "_data/partnerships/testshire-board.yaml:6:5 members[0].sector: is required but missing; it must be one of: public, private, voluntary, community, faith, business, residents",
    '_data/partnerships/testshire-board.yaml:8:13 members[1].sector: "privat" must be one of: public, private, voluntary, community, faith, business, residents Did you mean "private"?',
    "_data/partnerships/testshire-board.yaml:10:11 meetings[0].date: must be a date written YYYY-MM-DD, e.g. 2018-11-06",
    "_data/partnerships/testshire-board.yaml:11:11 meetings[0].time: must be a time written HH:MM (24-hour), e.g. 18:30",
    "5 problems in 2 files (checked 5 files). Fix the problems, then run npm run validate again.",
  ]);
});

test("a missing required field, a name too long and a YAML mistake", () => {
  const report = run(writeDataFolder({
    [BOARD]: lines(`name: ${"a".repeat(151)}`, "area: testshire", "type: board"),
    [STATEMENT]: lines("partnership: testshire-partners", "title: [unclosed", "signed: 2020-01-15"),
  }));
  assert.equal(report.lines.slice(0, -1), [
    "_data/partnerships/testshire-board.yaml:1:1 summary: is required but missing",
    "_data/partnerships/testshire-board.yaml:1:7 name: must be at most 150 characters",
    report.lines[2],
  ]);
  assert.match(report.lines[2], /^_data\/statements\/testshire-statement\.yaml:\d+:\d+ is not valid YAML: /);
  assert.is(report.lines.at(-1), "3 problems in 2 files (checked 5 files). Fix the problems, then run npm run validate again.");
});

test("an overdue current statement is a warning, not an error: exit 0", () => {
  const report = run(writeDataFolder(), "2024-01-16");
  assert.equal(report.lines, [
    "WARNING _data/statements/testshire-statement.yaml:3:9 signed: this is the current statement of Testshire Partners, and it was due for review by 15 January 2024 (four years after it was signed, as it gives no review_by). Its page says it is overdue. When the new statement is agreed, add it with npm run new -- statement; or set review_by to the date of the planned review.",
    "Checked 5 files: no problems, 1 warning",
  ]);
  assert.is(report.exitCode, 0);
  assert.equal(run(writeDataFolder(), "2024-01-15").warnings, [], "not overdue on the day itself");
});

test("a statement with review_by is overdue from the day after it; a superseded one never is", () => {
  const folder = writeDataFolder({
    [STATEMENT]: lines("partnership: testshire-partners", "title: T", "signed: 2020-01-15", "statement: S", "review_by: 2022-01-15"),
    "statements/testshire-statement-2023.yaml": lines("partnership: testshire-partners", "title: T2", "signed: 2023-01-15", "statement: S2", "review_by: 2024-06-01"),
  });
  assert.equal(run(folder, "2024-01-01").warnings, []);
  const [warning] = run(folder, "2024-06-02").warnings;
  assert.is(warning.file, "_data/statements/testshire-statement-2023.yaml");
  assert.is(warning.field, "review_by");
  assert.is(warning.line, 5);
  assert.match(warning.message, /was due for review by 1 June 2024\. Its page says it is overdue/);
});

test("related naming the parent is a WARNING line; the data still passes", () => {
  const report = run(writeDataFolder({ [BOARD]: lines(...BOARD_LINES, "related:", "  - testshire-partners") }));
  assert.equal(report.lines, [
    'WARNING _data/partnerships/testshire-board.yaml:7:5 related[0]: names "testshire-partners", which is already its parent; the page shows it once, as its parent: delete it from related',
    "Checked 5 files: no problems, 1 warning",
  ]);
  assert.is(report.exitCode, 0);
});

test("text that `npm run new` asked the editor to replace is a warning", () => {
  const report = run(writeDataFolder({ [BOARD]: lines(...BOARD_LINES.slice(0, 4), "summary: One sentence about what it does (replace this text)") }));
  assert.equal(report.lines, [
    "WARNING _data/partnerships/testshire-board.yaml:5:10 summary: still has the example text marked (replace this text); write your own in its place.",
    "Checked 5 files: no problems, 1 warning",
  ]);
  assert.is(report.exitCode, 0);
});

test("the command: exit 0 on clean data, exit 1 with every problem on stdout", () => {
  const tsx = ["--import", "tsx", "scripts/validate.ts"];
  const clean = execFileSync(process.execPath, [...tsx, "--data", writeDataFolder().dataDir], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1590969600" } });
  assert.is(clean, "Checked 5 files: no problems\n");

  const bad = writeDataFolder({ [PARTNERS]: lines("name: Testshire Partners", "area: testshire", "type: local-strategic-partnership", "summary: S.", "quick_exit: yes") });
  const failed = spawnSync(process.execPath, [...tsx, "--data", join(bad.root, "_data")], { cwd: PROJECT_ROOT, encoding: "utf8" });
  assert.is(failed.status, 1);
  assert.match(failed.stdout, /\/_data\/partnerships\/testshire-partners\.yaml:5:13 quick_exit: must be true or false\n/);
  assert.match(failed.stdout, /1 problem in 1 file \(checked 5 files\)/);
});

test.run();
