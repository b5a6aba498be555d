// How one data error is written out for editors (src/model/data-error.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DataErrors, fieldPath, formatDataError } from "../../src/model/data-error.ts";

test("fieldPath writes list positions in brackets and fields with dots", () => {
  assert.is(fieldPath(["members", 2, "sector"]), "members[2].sector");
  assert.is(fieldPath(["sections", 0, "items", 3]), "sections[0].items[3]");
  assert.is(fieldPath(["contact", "url"]), "contact.url");
  assert.is(fieldPath([]), "");
});

test("formatDataError: file:line:column field: message, then the suggestion", () => {
  assert.is(
    formatDataError({ file: "_data/partnerships/x.yaml", line: 12, column: 5, field: "members[2].sector", message: '"volunteer" must be one of: voluntary', suggestion: "voluntary" }),
    '_data/partnerships/x.yaml:12:5 members[2].sector: "volunteer" must be one of: voluntary Did you mean "voluntary"?',
  );
});

test("formatDataError without a line or field names the file alone", () => {
  assert.is(formatDataError({ file: "_data/site.yaml", field: "", message: "is missing" }), "_data/site.yaml is missing");
  assert.is(formatDataError({ file: "_data/a.yaml", line: 3, field: "", message: "is not valid YAML" }), "_data/a.yaml:3 is not valid YAML");
});

test("DataErrors counts its problems in words and keeps every one", () => {
  const one = new DataErrors([{ file: "a", field: "", message: "m" }]);
  assert.ok(one.message.startsWith("1 problem in the data files:"), one.message);
  const two = new DataErrors([{ file: "a", field: "", message: "m" }, { file: "b", field: "f", message: "n" }]);
  assert.ok(two.message.startsWith("2 problems in the data files:\na m\nb f: n"), two.message);
  assert.is(two.errors.length, 2);
  assert.is(two.name, "DataErrors");
});

test.run();
