// The changes made for editors to the model's messages (src/model/validate.ts, src/model/suggest.ts), each with the message it gives.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { suggest } from "../../src/model/suggest.ts";
import { checkData, lines } from "../helpers/data-folder.ts";
import { expectError, expectOneError } from "../helpers/errors.ts";

const BOARD = "partnerships/testshire-board.yaml";
const BOARD_FILE = `_data/${BOARD}`;
const STATEMENT = "statements/testshire-statement.yaml";

test("a missing choice (sector) says it is missing and lists the choices, rather than calling the missing value wrong", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: testshire", "type: board", "summary: S.", "members:", "  - name: Testshire Council") }), {
    file: BOARD_FILE,
    line: 6,
    field: "members[0].sector",
    message: /^is required but missing; it must be one of: public, private, voluntary, community, faith, business, residents$/,
  });
});

test("a date not written YYYY-MM-DD gets one error, not a second one saying it is not a real date", () => {
  expectOneError(checkData({ [STATEMENT]: lines("partnership: testshire-partners", "title: T", "signed: 06/11/2018", "statement: S") }), {
    file: `_data/${STATEMENT}`,
    line: 3,
    field: "signed",
    message: /^must be a date written YYYY-MM-DD, e\.g\. 2018-11-06$/,
  });
  expectOneError(checkData({ [STATEMENT]: lines("partnership: testshire-partners", "title: T", "signed: 2018-02-30", "statement: S") }), {
    file: `_data/${STATEMENT}`,
    line: 3,
    field: "signed",
    message: /^is not a real calendar date$/,
  });
});

test("two problems with links in one Markdown field are both listed", () => {
  const errors = checkData({ [BOARD]: lines("name: B", "area: testshire", "type: board", "summary: S.", "description: '[a](javascript:x) and [b](data:y)'") });
  assert.equal(errors.map((e) => e.field), ["description", "description"]);
});

test("a misspelt slug is reported even in a file with other errors, so one run lists both", () => {
  const errors = checkData({ [BOARD]: lines("name: B", "area: testshir", "type: bord", "summary: S.") });
  assert.is(errors.length, 2);
  expectError(errors.find((e) => e.field === "area")!, { file: BOARD_FILE, line: 2, field: "area", message: /names the area "testshir", but there is no _data\/areas\/testshir\.yaml/, suggestion: "testshire" });
  expectError(errors.find((e) => e.field === "type")!, { file: BOARD_FILE, line: 3, field: "type", message: /"bord" must be one of/, suggestion: "board" });
});

test("a partnership whose own file has errors is not reported as missing by the files that name it", () => {
  const errors = checkData({ "partnerships/testshire-partners.yaml": lines("name: Testshire Partners", "area: testshire", "type: local-strategic-partnership", "summary: S.", "quick_exit: yes") });
  expectOneError(errors, { file: "_data/partnerships/testshire-partners.yaml", line: 5, field: "quick_exit", message: /must be true or false/ });
});

test("a value that is not a slug is left to the schema's message, not also reported as a missing file", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: Testshire", "type: board", "summary: S.") }), {
    file: BOARD_FILE,
    line: 2,
    field: "area",
    message: /is not a valid slug/,
  });
});

test("a misspelt required field is reported once, as the misspelling, not again as missing", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: testshire", "type: board", "sumary: S.") }), {
    file: BOARD_FILE,
    line: 4,
    field: "sumary",
    message: /^is not a field of a partnership/,
    suggestion: "summary",
  });
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: testshire", "type: board", "summary: S.", "members:", "  - name: Council", "    secter: public") }), {
    file: BOARD_FILE,
    line: 7,
    field: "members[0].secter",
    message: /^is not a field here; allowed fields: name, sector, url$/,
    suggestion: "sector",
  });
  const errors = checkData({ [BOARD]: lines("name: B", "area: testshire", "type: board", "colour: blue") });
  assert.equal(errors.map((e) => e.field).sort(), ["colour", "summary"], "with no suggestion, the missing field is still reported");
});

test("a short form of a choice suggests the one choice it starts", () => {
  const characteristics = ["age", "religion-or-belief", "gender-reassignment", "sex", "sexual-orientation"];
  assert.is(suggest("religion", characteristics), "religion-or-belief");
  assert.is(suggest("Gender", characteristics), "gender-reassignment");
  assert.is(suggest("delivery", ["delivery-group", "board"]), "delivery-group");
  assert.is(suggest("hillingdon", ["hillingdon-partners", "hillingdon-safeguarding-partnership"]), undefined, "two slugs start with it: no guess");
  assert.is(suggest("se", ["sexual-orientation"]), undefined, "too short to guess from");
  expectOneError(checkData({ [STATEMENT]: lines("partnership: testshire-partners", "title: T", "signed: 2020-01-15", "statement: S", "protected_characteristics:", "  - religion") }), {
    file: `_data/${STATEMENT}`,
    line: 6,
    field: "protected_characteristics[0]",
    message: /^"religion" must be one of: age, disability/,
    suggestion: "religion-or-belief",
  });
});

test.run();
