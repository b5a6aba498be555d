// The schema's errors as editors read them, and the rules that cross files (src/model/validate.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadSourceFiles } from "../../src/model/load.ts";
import { validate } from "../../src/model/validate.ts";
import { checkData, lines, writeDataFolder } from "../helpers/data-folder.ts";
import { errorsIn, expectError, expectNoErrors, expectOneError } from "../helpers/errors.ts";

const PARTNERS = "partnerships/testshire-partners.yaml";
const BOARD = "partnerships/testshire-board.yaml";
const BOARD_FILE = `_data/${BOARD}`;
const BOARD_LINES = ["name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners."];
const board = (...extra: string[]) => ({ [BOARD]: lines(...BOARD_LINES, ...extra) });

test("validate() gives data only when there are no errors", () => {
  const good = writeDataFolder();
  const ok = validate(loadSourceFiles(good.dataDir, good.root).files);
  assert.equal(ok.errors, []);
  assert.is(ok.data?.site.data.title, "Test Partnerships");
  assert.equal(ok.data?.partnerships.map((p) => p.slug).sort(), ["testshire-board", "testshire-partners"]);
  assert.is(ok.data?.partnerships.find((p) => p.slug === "testshire-board")?.data.quick_exit, false, "quick_exit defaults to false");

  const bad = writeDataFolder(board("sumary: typo"));
  const failed = validate(loadSourceFiles(bad.dataDir, bad.root).files);
  assert.is(failed.data, undefined);
  assert.is(failed.errors.length, 1);
});

test("an unknown field is an error, with the allowed fields and a 'did you mean'", () => {
  expectOneError(checkData(board("sumary: A typo for summary.")), {
    file: BOARD_FILE,
    line: 6,
    field: "sumary",
    message: /is not a field of a partnership; allowed fields: name, area, type, summary, parent, related, established, description, priorities, members, sections, meetings, documents, contact, source_url, last_reviewed, quick_exit/,
    suggestion: "summary",
  });
});

test("an unknown field inside a list item names its path and the fields allowed there", () => {
  expectOneError(checkData(board("members:", "  - name: Testshire Council", "    sector: public", "    secter: public")), {
    file: BOARD_FILE,
    line: 9,
    field: "members[0].secter",
    message: /is not a field here; allowed fields: name, sector, url/,
    suggestion: "sector",
  });
});

test("an unknown field far from any real one has no suggestion", () => {
  expectOneError(checkData(board("colour_scheme: blue")), { file: BOARD_FILE, line: 6, field: "colour_scheme", message: /is not a field of a partnership/ });
});

test("unknown fields in site, area and statement files", () => {
  expectOneError(checkData({ "areas/testshire.yaml": lines("name: Borough of Testshire", "shortname: Testshire") }), {
    file: "_data/areas/testshire.yaml",
    line: 2,
    field: "shortname",
    message: /is not a field of an area; allowed fields: name, short_name, council_url/,
    suggestion: "short_name",
  });
  const statement = lines("partnership: testshire-partners", "title: T", "signed: 2020-01-15", "statement: S", "reviewby: 2024-01-15");
  expectOneError(checkData({ "statements/testshire-statement.yaml": statement }), {
    file: "_data/statements/testshire-statement.yaml",
    line: 5,
    field: "reviewby",
    message: /is not a field of a statement/,
    suggestion: "review_by",
  });
});

test("unknown area: names the file that is missing and suggests a close slug", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: testshir", "type: board", "summary: S") }), {
    file: BOARD_FILE,
    line: 2,
    field: "area",
    message: /names the area "testshir", but there is no _data\/areas\/testshir\.yaml/,
    suggestion: "testshire",
  });
});

test("unknown parent: suggests a close slug", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: testshire", "type: board", "parent: testshire-partner", "summary: S") }), {
    file: BOARD_FILE,
    line: 4,
    field: "parent",
    message: /names the parent partnership "testshire-partner", but there is no _data\/partnerships\/testshire-partner\.yaml/,
    suggestion: "testshire-partners",
  });
});

test("unknown related partnership: names the list entry", () => {
  expectOneError(checkData(board("related:", "  - testshire-partners", "  - testshire-bord")), {
    file: BOARD_FILE,
    line: 8,
    field: "related[1]",
    message: /names the related partnership "testshire-bord", but there is no _data\/partnerships\/testshire-bord\.yaml/,
    suggestion: "testshire-board",
  });
});

test("unknown statement partnership: suggests a close slug", () => {
  expectOneError(checkData({ "statements/testshire-statement.yaml": lines("partnership: testshire-partnrs", "title: T", "signed: 2020-01-15", "statement: S") }), {
    file: "_data/statements/testshire-statement.yaml",
    line: 1,
    field: "partnership",
    message: /names the partnership "testshire-partnrs", but there is no _data\/partnerships\/testshire-partnrs\.yaml/,
    suggestion: "testshire-partners",
  });
});

test("an unknown slug far from every real one has no suggestion", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: elsewhere", "type: board", "summary: S") }), {
    file: BOARD_FILE,
    line: 2,
    field: "area",
    message: /names the area "elsewhere"/,
  });
});

test("a parent cycle (a → b → a) is reported in both files", () => {
  const errors = checkData({ [PARTNERS]: lines("name: Testshire Partners", "area: testshire", "type: local-strategic-partnership", "summary: S", "parent: testshire-board") });
  assert.is(errors.length, 2, errors.map((e) => `${e.file} ${e.message}`).join("\n"));
  for (const [file, line] of [[`_data/${PARTNERS}`, 5], [BOARD_FILE, 4]] as const) {
    const [error] = errorsIn(errors, file);
    assert.ok(error, `no error in ${file}`);
    expectError(error, { file, line, field: "parent", message: /makes a loop of parents \(testshire-(board|partners) → testshire-(partners|board) → testshire-\1\)/ });
  }
});

test("a longer cycle (a → b → c → a) is reported once per member, not once per walk", () => {
  const errors = checkData({
    [PARTNERS]: lines("name: A", "area: testshire", "type: board", "summary: S", "parent: testshire-group"),
    "partnerships/testshire-group.yaml": lines("name: C", "area: testshire", "type: subgroup", "summary: S", "parent: testshire-board"),
  });
  assert.equal(errors.map((e) => e.file).sort(), [BOARD_FILE, "_data/partnerships/testshire-group.yaml", `_data/${PARTNERS}`]);
  for (const e of errors) assert.match(e.message, /makes a loop of parents/);
});

test("a partnership that names itself as parent", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: testshire", "type: board", "parent: testshire-board", "summary: S") }), {
    file: BOARD_FILE,
    line: 4,
    field: "parent",
    message: /names this partnership itself; a parent must be another partnership/,
  });
});

test("a file with its own errors does not make the files that name it report it as missing", () => {
  // The board names testshire-partners as parent and the statement names it too; only the partners file is wrong.
  const errors = checkData({ [PARTNERS]: lines("name: Testshire Partners", "area: testshire", "type: local-strategic-partnership", "summary: S", "sumary: typo") });
  expectOneError(errors, { file: `_data/${PARTNERS}`, line: 5, field: "sumary", message: /is not a field/, suggestion: "summary" });
});

test("an invalid area file does not make its partnerships report it as missing", () => {
  const errors = checkData({ "areas/testshire.yaml": lines("name: Borough of Testshire", "council_url: http://www.testshire.gov.uk") });
  expectOneError(errors, { file: "_data/areas/testshire.yaml", line: 2, field: "council_url", message: /https/ });
});

test("every error of a run is listed: two bad files, both reported", () => {
  const errors = checkData({
    ...board("sumary: typo"),
    "areas/other.yaml": lines("name: Other", "council_url: javascript:alert(1)"),
    "statements/testshire-statement.yaml": lines("partnership: testshire-partners", "title: T", "signed: 2020-02-30", "statement: S"),
  });
  assert.equal(
    errors.map((e) => `${e.file} ${e.field}`).sort(),
    ["_data/areas/other.yaml council_url", `${BOARD_FILE} sumary`, "_data/statements/testshire-statement.yaml signed"],
  );
});

test("a valid site with every optional field has no errors", () => {
  expectNoErrors(checkData(board(
    "related:",
    "  - testshire-partners",
    "established: 2002",
    "description: |",
    "  # Aims",
    "  See [the plan](https://www.testshire.gov.uk/plan) or [email us](mailto:b@example.test).",
    "priorities:",
    "  - Cleaner *streets*",
    "members:",
    "  - name: Testshire Council",
    "    sector: public",
    "    url: https://www.testshire.gov.uk",
    "sections:",
    "  - heading: More",
    "    body: Text.",
    "    items:",
    "      - one",
    "    ordered: true",
    "meetings:",
    "  - date: 2025-03-10",
    "    time: '18:30'",
    "    title: Board meeting",
    "    location: Civic Centre",
    "    url: https://www.testshire.gov.uk/meetings/1",
    "    cancelled: false",
    "documents:",
    "  - title: Plan",
    "    url: /plan.pdf",
    "    format: PDF",
    "    size_kb: 16",
    "contact:",
    "  email: board@example.test",
    "  phone: 01234 567 890",
    "  url: https://www.testshire.gov.uk/contact",
    "source_url: https://www.testshire.gov.uk/board",
    "last_reviewed: 2024-02-29",
    "quick_exit: true",
  )));
});

const partnership = (slug: string, parent?: string, ...extra: string[]) => ({
  [`partnerships/${slug}.yaml`]: lines(`name: ${slug}`, "area: testshire", "type: subgroup", "summary: S", ...(parent ? [`parent: ${parent}`] : []), ...extra),
});
const STATEMENT = "statements/testshire-statement.yaml";

test("related may not name the partnership itself", () => {
  expectOneError(checkData(board("related:", "  - testshire-board")), { file: BOARD_FILE, line: 7, field: "related[0]", message: /^names this partnership itself; list only other partnerships under related$/ });
});

test("related may not name one slug twice; the repeat is the error", () => {
  const folder = partnership("testshire-forum");
  expectOneError(checkData({ ...folder, ...board("related:", "  - testshire-forum", "  - testshire-forum") }), { file: BOARD_FILE, line: 8, field: "related[1]", message: /^repeats "testshire-forum"; list each related partnership once$/ });
});

test("related naming the parent or a child is a warning, not an error", () => {
  const folder = writeDataFolder({
    ...board("related:", "  - testshire-partners"),
    [PARTNERS]: lines("name: Testshire Partners", "area: testshire", "type: local-strategic-partnership", "summary: S", "related:", "  - testshire-board"),
  });
  const result = validate(loadSourceFiles(folder.dataDir, folder.root).files);
  assert.equal(result.errors, []);
  assert.ok(result.data, "the site still builds");
  assert.is(result.warnings.length, 2);
  expectError(result.warnings.find((w) => w.file === BOARD_FILE)!, { file: BOARD_FILE, line: 7, field: "related[0]", message: /^names "testshire-partners", which is already its parent; the page shows it once, as its parent: delete it from related$/ });
  expectError(result.warnings.find((w) => w.file === `_data/${PARTNERS}`)!, { file: `_data/${PARTNERS}`, line: 6, field: "related[0]", message: /^names "testshire-board", which is already one of its children/ });
});

/** A chain testshire-level-1 (top) → … → testshire-level-n, each the parent of the next. */
function chain(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let level = 1; level <= n; level++) Object.assign(files, partnership(`testshire-level-${level}`, level > 1 ? `testshire-level-${level - 1}` : undefined));
  return files;
}

test("a parent chain is at most 10 deep: the 11th level is an error, once per branch", () => {
  expectNoErrors(checkData(chain(10)));
  const errors = checkData({ ...chain(12), ...partnership("testshire-side", "testshire-level-10") });
  assert.equal(errors.map((e) => e.file).sort(), ["_data/partnerships/testshire-level-11.yaml", "_data/partnerships/testshire-side.yaml"]);
  for (const error of errors) {
    expectError(error, { file: error.file, line: 5, field: "parent", message: /^puts this partnership more than 10 levels down \(below "testshire-level-1" at the top\); a parent chain is at most 10 partnerships deep: give it a parent higher up$/ });
  }
});

test("a 2,000-deep chain is one clear error, found without recursion", () => {
  const files = loadSourceFiles(writeDataFolder(chain(2000)).dataDir).files;
  const result = validate(files);
  assert.is(result.errors.length, 1, result.errors.slice(0, 3).map((e) => e.message).join("\n"));
  assert.match(result.errors[0].file, /testshire-level-11\.yaml$/);
});

test("two statements of one partnership signed the same day are an error in the second", () => {
  const second = lines("partnership: testshire-partners", "title: Another", "signed: 2020-01-15", "statement: Again.");
  const errors = checkData({ "statements/testshire-statement-copy.yaml": second });
  expectOneError(errors, {
    file: "_data/statements/testshire-statement-copy.yaml",
    line: 3,
    field: "signed",
    message: /^is 2020-01-15, the same day as _data\/statements\/testshire-statement\.yaml, another statement of testshire-partners; two statements of one partnership are never signed on the same day/,
  });
  expectNoErrors(checkData({ "statements/testshire-statement-copy.yaml": second.replace("2020-01-15", "2020-01-16") }));
  expectNoErrors(checkData({ "statements/testshire-board-statement.yaml": second.replace("testshire-partners", "testshire-board") }));
});

test("a file lists at most 50 problems, then says how many more there are", () => {
  const typos = Array.from({ length: 1000 }, (_, i) => `typo${i}: x`);
  const errors = checkData(board(...typos));
  assert.is(errors.length, 51);
  assert.is(errors.filter((e) => e.message.startsWith("is not a field")).length, 50);
  expectError(errors.at(-1)!, { file: BOARD_FILE, field: "", message: /^has 950 more problems than the 50 listed; fix those, then run the check again$/ });
});

test("a field name with a control character is shown escaped, so it cannot act on the terminal", () => {
  const [error] = checkData(board('"name\u001b[2J": x'));
  assert.is(error.field, "name\\u001b[2J");
});

test("an image from another site in Easy Read is reported once, with the Easy Read rule", () => {
  const errors = checkData({ [STATEMENT]: lines("partnership: testshire-partners", "title: T", "signed: 2020-01-15", "statement: S", "easy_read: '![A pixel](https://tracker.example/p.png)'") });
  expectOneError(errors, { file: `_data/${STATEMENT}`, line: 5, field: "easy_read", message: /^has an image from "https:\/\/tracker\.example\/p\.png", which is not allowed; pictures must come from this site's images folder/ });
});

test.run();
