// The common YAML mistakes (src/model/yaml-mistakes.ts): one plain message each, at the line where the mistake is, with the parser's words after it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkData, lines, PROJECT_ROOT } from "../helpers/data-folder.ts";
import { expectOneError } from "../helpers/errors.ts";

const FILE = "_data/partnerships/testshire-board.yaml";
const board = (...text: string[]) => checkData({ "partnerships/testshire-board.yaml": lines(...text) });
const START = ["name: Testshire Board", "area: testshire"];

test("a field indented too far: at its own line, not the line above", () => {
  expectOneError(board(...START, "  type: board", "summary: S."), {
    file: FILE,
    line: 3,
    field: "",
    message: /^is not valid YAML: "type:" is indented by 2 spaces, more than "area:" on line 2 \(0 spaces\), which already has its value: start it where "area:" starts \(the YAML parser says: Nested mappings are not allowed in compact mappings\)$/,
  });
});

test("a field indented too little: at its own line, naming the fields it should line up with", () => {
  expectOneError(board(...START, "type: board", "summary: S.", "members:", "  - name: Testshire Council", "   sector: public"), {
    file: FILE,
    line: 7,
    field: "",
    message: /^is not valid YAML: "sector:" is indented by 3 spaces, less than the fields it follows \(4 spaces, from line 6\) and more than the ones before them \(2 spaces\): line it up with the fields it belongs with \(the YAML parser says: Sequence item without - indicator\)$/,
  });
});

test("a list entry without \"-\": at the entry, pointing at the list", () => {
  expectOneError(board(...START, "type: board", "summary: S.", "priorities:", "  - Keeping residents safe.", "  Reducing reoffending."), {
    file: FILE,
    line: 7,
    field: "",
    message: /^is not valid YAML: "Reducing reoffending\." is in the list that starts on line 6, but does not start with "- ": write "- " before it, lined up with the other entries \(the YAML parser says: All mapping items must start at the same column\)$/,
  });
});

test("no space after the colon: the field as it should be written", () => {
  expectOneError(board(...START, "type:board", "summary: S."), {
    file: FILE,
    line: 3,
    field: "",
    message: /^is not valid YAML: "type:board" needs a space after the colon: write "type: board" \(the YAML parser says: Implicit keys need to be on a single line\)$/,
  });
});

test("a quote never closed: at the line it opens, not where the file ends", () => {
  expectOneError(board(...START, "type: board", 'summary: "Safeguarding: the annual report', "established: 2002"), {
    file: FILE,
    line: 4,
    field: "",
    message: /^is not valid YAML: the quote \(\"\) that starts the text of "summary:" is never closed: end the text with \" on the same line, or leave the quotes out \(the YAML parser says: Missing closing "quote\)$/,
  });
});

test("a mistake the module does not know keeps the parser's words alone", () => {
  expectOneError(board(...START, "type: board", "summary: Safeguarding: the annual report"), { file: FILE, line: 4, field: "", message: /^is not valid YAML: Nested mappings are not allowed in compact mappings$/ });
});

test("EDITING.md's table of messages has each of them, with the wrong and the right text", () => {
  const guide = readFileSync(join(PROJECT_ROOT, "EDITING.md"), "utf8");
  for (const words of ["is indented by 2 spaces, more than", "less than the fields it follows", "does not start with \"- \"", "needs a space after the colon", "is never closed"]) {
    const row = guide.split("\n").find((line) => line.startsWith("|") && line.includes(words));
    assert.ok(row, `EDITING.md has no row for "${words}"`);
    assert.match(row, /wrong: .*right: /, `the row for "${words}" shows the wrong and the right text`);
  }
});

test.run();
