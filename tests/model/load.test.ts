// Reading the editors' YAML files (src/model/load.ts): file names, YAML syntax, and the lines errors point at.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDataError } from "../../src/model/data-error.ts";
import { loadSourceFiles } from "../../src/model/load.ts";
import { checkData, errorsOf, lines, tempDir, writeDataFolder } from "../helpers/data-folder.ts";
import { expectError, expectNoErrors, expectOneError } from "../helpers/errors.ts";

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

test("README files, and the .DS_Store files macOS writes itself, are left alone", () => {
  expectNoErrors(checkData({ "partnerships/README.md": "# Partnerships\n", "partnerships/.DS_Store": "x", "README.md": "# Data\n", ".DS_Store": "x" }));
});

test("any other hidden or stray file is an error naming it", () => {
  expectOneError(checkData({ "partnerships/.draft.yaml": lines("name: Draft") }), { file: "_data/partnerships/.draft.yaml", field: "", message: /has a name that is not a valid slug/ });
  expectOneError(checkData({ "partnerships/.gitkeep": "" }), { file: "_data/partnerships/.gitkeep", field: "", message: /is not read: data files must end in \.yaml$/ });
  expectOneError(checkData({ "notes.txt": "x" }), { file: "_data/notes.txt", field: "", message: /is not a file the site reads; _data\/ holds site\.yaml, README\.md files and the folders areas\/, partnerships\/, statements\/ and languages\/: move or delete it/ });
});

test("a misspelt folder is an error naming it and the folders the site reads, never silently skipped", () => {
  for (const [folder, meant] of [["partnership", "partnerships/"], ["Partnerships", "partnerships/"], ["statement", "statements/"], ["boards", undefined]] as const) {
    expectOneError(checkData({ [`${folder}/new-board.yaml`]: lines("name: New Board") }), {
      file: `_data/${folder}`,
      field: "",
      message: /^is a folder the site does not read, so nothing in it is published; the folders are areas\/, partnerships\/, statements\/ and languages\/$/,
      suggestion: meant,
    });
  }
});

test("a folder inside a data folder, or one named like a data file, is an error, not a crash", () => {
  const folder = writeDataFolder();
  mkdirSync(join(folder.dataDir, "partnerships", "extra.yaml"));
  mkdirSync(join(folder.dataDir, "site.yaml.d"));
  const errors = errorsOf(folder);
  assert.is(errors.length, 2, errors.map(formatDataError).join("\n"));
  expectError(errors.find((e) => e.file.endsWith("extra.yaml"))!, { file: "_data/partnerships/extra.yaml", field: "", message: /^is a folder; the site reads only \.yaml files directly inside _data\/partnerships\// });
  expectError(errors.find((e) => e.file.endsWith("site.yaml.d"))!, { file: "_data/site.yaml.d", field: "", message: /^is a folder the site does not read/ });
});

test("site.yaml as a folder is an error for that folder, and not also 'missing'", () => {
  const folder = writeDataFolder({ "site.yaml": null });
  mkdirSync(join(folder.dataDir, "site.yaml"));
  expectOneError(errorsOf(folder), { file: "_data/site.yaml", field: "", message: /^is a folder the site does not read/ });
});

test("a symbolic link is an error and is never followed: to a file outside, to a data file, or dangling", () => {
  const outside = join(tempDir(), "outside.yaml");
  writeFileSync(outside, lines("name: Published From Elsewhere", "area: testshire", "type: board", "summary: S."));
  const folder = writeDataFolder();
  symlinkSync(outside, join(folder.dataDir, "partnerships", "elsewhere.yaml"));
  symlinkSync("/etc/passwd", join(folder.dataDir, "partnerships", "passwd.yaml"));
  symlinkSync(join(folder.dataDir, "nowhere.yaml"), join(folder.dataDir, "areas", "dangling.yaml"));
  symlinkSync(join(folder.dataDir, "partnerships"), join(folder.dataDir, "statements", "linked-folder"));
  const errors = errorsOf(folder);
  assert.equal(errors.map((e) => e.file).sort(), ["_data/areas/dangling.yaml", "_data/partnerships/elsewhere.yaml", "_data/partnerships/passwd.yaml", "_data/statements/linked-folder"]);
  for (const error of errors) expectError(error, { file: error.file, field: "", message: /^is a symbolic link; data files must be ordinary files inside the repository/ });
  const { files } = loadSourceFiles(folder.dataDir, folder.root);
  assert.not.ok(files.some((f) => f.slug === "elsewhere" || f.slug === "passwd"), "nothing behind a link is read");
});

test("a byte that is not UTF-8 is an error at its line, never a silent U+FFFD", () => {
  const latin1 = Buffer.concat([Buffer.from(`${lines(...BOARD_LINES.slice(0, 4))}summary: Caf`), Buffer.from([0xe9]), Buffer.from(" and more.\n")]);
  const folder = writeDataFolder();
  writeFileSync(join(folder.dataDir, BOARD), latin1);
  expectOneError(errorsOf(folder), { file: BOARD_FILE, line: 5, field: "", message: /^is not UTF-8 text: it has the byte 0xE9, which is not UTF-8 \(the file was probably saved as Latin-1 or Windows-1252\); save it again as UTF-8/ });
  assert.equal(errorsOf(folder)[0].column, 13);
  writeFileSync(join(folder.dataDir, BOARD), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines(...BOARD_LINES), "utf16le")]));
  expectOneError(errorsOf(folder), { file: BOARD_FILE, line: 1, field: "", message: /^is saved as UTF-16; data files must be UTF-8/ });
  writeFileSync(join(folder.dataDir, BOARD), Buffer.from(lines(...BOARD_LINES.slice(0, 4), "summary: Caf\u00e9 \ufffd kept as written.")));
  expectNoErrors(errorsOf(folder));
});

test("a file holds one YAML document: a second one is an error in plain words at its line", () => {
  const errors = checkData({ [BOARD]: lines(...BOARD_LINES, "---", "name: Second") });
  expectOneError(errors, { file: BOARD_FILE, line: 6, field: "", message: /^has a second YAML document starting here \(after a line ---\); a data file holds one document: delete this --- line and what follows it/ });
  assert.not.match(errors[0].message, /parseAllDocuments|YAML\./);
  expectNoErrors(checkData({ [BOARD]: lines("---", ...BOARD_LINES) }));
});

test("tags outside YAML 1.2's core schema are errors at their line; the date in the message is not called wrongly written", () => {
  const cases: [string, string][] = [
    ["last_reviewed: !!timestamp 2024-02-29", "!!timestamp"],
    ["description: !!js/function 'function () { return 1 }'", "!!js/function"],
    ["description: !custom secret", "!custom"],
    ["description: !secret value", "!secret"],
    ["description: !!binary aGVsbG8=", "!!binary"],
  ];
  for (const [line, tag] of cases) {
    const errors = checkData({ [BOARD]: lines(...BOARD_LINES, line) });
    expectOneError(errors, { file: BOARD_FILE, line: 6, field: "", message: new RegExp(`^uses the YAML tag ${tag.replace(/[!/]/g, "\\$&")}, which data files do not allow; delete the tag`) });
    assert.not.match(errors[0].message, /must be a date written/);
    assert.is(errors[0].column, line.indexOf("!") + 1, "points at the tag");
  }
  expectNoErrors(checkData({ [BOARD]: lines(...BOARD_LINES.slice(0, 4), "summary: !!str Reports to the partners.") }));
});

test("%YAML 1.1 is an error at its line (it would read dates as timestamps and yes as true); %YAML 1.2 is allowed", () => {
  const errors = checkData({ [BOARD]: lines("%YAML 1.1", "---", ...BOARD_LINES, "last_reviewed: 2024-02-29") });
  expectOneError(errors, { file: BOARD_FILE, line: 1, field: "", message: /^says %YAML 1\.1, but data files are YAML 1\.2 .*: delete the %YAML line$/ });
  assert.not.match(errors[0].message, /must be a date written/);
  expectNoErrors(checkData({ [BOARD]: lines("%YAML 1.2", "---", ...BOARD_LINES, "last_reviewed: 2024-02-29") }));
});

test("aliases that expand past the limit are an error naming the file and the line of the first alias, not a crash", () => {
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]"];
  expectOneError(checkData({ [BOARD]: lines(...BOARD_LINES, ...bomb) }), { file: BOARD_FILE, line: 7, field: "", message: /^uses aliases \(\*name\) that stand for more than 100 copies of what their anchors \(&name\) hold; write the values out in full instead$/ });
  const few = checkData({ [BOARD]: lines(...BOARD_LINES.slice(0, 4), "summary: &s Reports to the partners.", "description: *s") });
  expectNoErrors(few);
});

test("nesting too deep to read is an error, not a crash", () => {
  const errors = checkData({ [BOARD]: lines(...BOARD_LINES, `description: ${"[".repeat(5000)}${"]".repeat(5000)}`) });
  expectOneError(errors, { file: BOARD_FILE, line: 6, field: "", message: /^has lists or sets of fields nested too deeply to read \(hundreds of levels inside each other\); a data file needs only a few levels$/ });
  assert.not.match(formatDataError(errors[0]), /call stack/);
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
