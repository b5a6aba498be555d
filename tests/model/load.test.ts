// Reading the editors' YAML files (src/model/load.ts): file names, YAML syntax, and the lines errors point at.
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadSourceFiles } from "../../src/model/load.ts";
import { checkData, lines, writeDataFolder } from "../helpers/data-folder.ts";
import { expectNoErrors, expectOneError } from "../helpers/errors.ts";

const BOARD = "partnerships/testshire-board.yaml";
const BOARD_FILE = `_data/${BOARD}`;
const BOARD_LINES = ["name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners."];

test("reads every file with its kind, slug and path as editors see it", () => {
  const folder = writeDataFolder();
  const { files, errors } = loadSourceFiles(folder.dataDir, folder.root);
  assert.equal(errors, []);
  assert.equal(
    files.map((f) => `${f.kind} ${f.slug} ${f.file}`).sort(),
    [
      "area testshire _data/areas/testshire.yaml",
      "partnership testshire-board _data/partnerships/testshire-board.yaml",
      "partnership testshire-partners _data/partnerships/testshire-partners.yaml",
      "site site _data/site.yaml",
      "statement testshire-statement _data/statements/testshire-statement.yaml",
    ],
  );
  const board = files.find((f) => f.slug === "testshire-board")!;
  assert.is(board.absolutePath, join(folder.dataDir, BOARD));
  assert.equal(board.data, { name: "Testshire Board", area: "testshire", type: "board", parent: "testshire-partners", summary: "Reports to Testshire Partners." });
});

test("locate() gives the line and column of a nested value, or of its nearest parent", () => {
  const folder = writeDataFolder({ [BOARD]: lines(...BOARD_LINES, "members:", "  - name: A", "    sector: public", "  - name: B", "    sector: faith") });
  const board = loadSourceFiles(folder.dataDir, folder.root).files.find((f) => f.slug === "testshire-board")!;
  assert.equal(board.locate(["members", 1, "sector"]), { line: 10, column: 13 });
  assert.equal(board.locate(["members", 1, "url"]), { line: 9, column: 5 }, "a missing field points at its object");
  assert.equal(board.locate(["members", 0], "sector"), { line: 8, column: 5 }, "with a key, at the key itself");
});

test("a YAML syntax error names the file and line", () => {
  expectOneError(checkData({ [BOARD]: lines(...BOARD_LINES, "description: a: b") }), { file: BOARD_FILE, line: 6, field: "", message: /^is not valid YAML: / });
  expectOneError(checkData({ [BOARD]: lines(...BOARD_LINES.slice(0, 2), "\ttype: board", ...BOARD_LINES.slice(3)) }), { file: BOARD_FILE, line: 3, field: "", message: /is not valid YAML: .*[Tt]ab/ });
});

test("a duplicate key is an error at the second one", () => {
  expectOneError(checkData({ [BOARD]: lines(...BOARD_LINES, "name: Testshire Board Again") }), { file: BOARD_FILE, line: 6, field: "", message: /is not valid YAML: Map keys must be unique/ });
});

test("a missing site.yaml is an error that says what it must hold", () => {
  expectOneError(checkData({ "site.yaml": null }), { file: "_data/site.yaml", field: "", message: /is missing; every site needs a site\.yaml with its title, description, url and publisher/ });
});

test("a .yml file is not read, and the error says to rename it", () => {
  expectOneError(checkData({ "areas/otherton.yml": lines("name: Otherton") }), { file: "_data/areas/otherton.yml", field: "", message: /must end in \.yaml \(rename it to otherton\.yaml\)/ });
});

test("a file that is not YAML in a data folder is an error", () => {
  expectOneError(checkData({ "partnerships/notes.txt": "Remember to add the board.\n" }), { file: "_data/partnerships/notes.txt", field: "", message: /is not read: data files must end in \.yaml$/ });
});

test("a file name that is not a slug is an error with a slug to use instead", () => {
  expectOneError(checkData({ "partnerships/Testshire_Forum.yaml": lines("name: F", "area: testshire", "type: forum", "summary: S") }), {
    file: "_data/partnerships/Testshire_Forum.yaml",
    field: "",
    message: /has a name that is not a valid slug.*e\.g\. testshire-forum\.yaml/,
  });
  expectOneError(checkData({ "areas/north--shire.yaml": lines("name: N") }), { file: "_data/areas/north--shire.yaml", field: "", message: /not a valid slug/ });
});

test("a YAML file outside the three folders is an error", () => {
  expectOneError(checkData({ "partnership.yaml": lines("name: Misplaced") }), { file: "_data/partnership.yaml", field: "", message: /is not a known data file; put areas, partnerships and statements in the folders/ });
});

test("README files and hidden files in a data folder are left alone", () => {
  expectNoErrors(checkData({ "partnerships/README.md": "# Partnerships\n", "partnerships/.DS_Store": "x", "README.md": "# Data\n" }));
});

test("an empty data file is read as an empty set of fields", () => {
  const errors = checkData({ "areas/testshire.yaml": "" });
  assert.equal(errors.map((e) => `${e.field}: ${e.message}`), ["name: is required but missing"]);
});

test("load errors and schema errors of one run are listed together", () => {
  const errors = checkData({ "areas/otherton.yml": lines("name: Otherton"), [BOARD]: lines(...BOARD_LINES, "sumary: typo") });
  assert.equal(errors.map((e) => e.file).sort(), ["_data/areas/otherton.yml", BOARD_FILE]);
});

test("YAML reads an unquoted year as the text the contract means", () => {
  const folder = writeDataFolder({ [BOARD]: lines(...BOARD_LINES, "established: 2002", "last_reviewed: 2024-02-29") });
  const board = loadSourceFiles(folder.dataDir, folder.root).files.find((f) => f.slug === "testshire-board")!;
  assert.is((board.data as { last_reviewed: unknown }).last_reviewed, "2024-02-29", "dates stay text, never Date objects");
});

test.run();
