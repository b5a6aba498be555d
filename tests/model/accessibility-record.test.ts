// _data/accessibility.yaml through the one schema (src/model/schema.ts): optional, read when present, every mistake named with its line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { writeDataFolder } from "../helpers/data-folder.ts";
import { expectOneError } from "../helpers/errors.ts";

const FILE = "_data/accessibility.yaml";
const check = (text: string | null) => {
  const folder = writeDataFolder({ "accessibility.yaml": text });
  return checkData(folder.dataDir, folder.root);
};
const GOOD = ["statement_prepared: 2025-05-01", "manual_audit:", "  date: 2025-06-02", "  by: Access Testers Ltd", "  sample:", "    - the home page"];

test("the file is optional, and a good one passes", () => {
  assert.equal(check(null).errors, []);
  assert.equal(check(GOOD.join("\n")).errors, []);
});

test("a known issue needs a WCAG success criterion by number", () => {
  const text = [...GOOD, "known_issues:", "  - what: Tables split words", "    where: statements", "    wcag: Reflow", "    fix_by: 2025-09-30"].join("\n");
  expectOneError(check(text).errors, { file: FILE, line: 10, field: "known_issues[0].wcag", message: /must start with the number of a WCAG success criterion, e.g. 1\.4\.10 Reflow/ });
});

test("a misspelt field is named, with the allowed ones", () => {
  expectOneError(check([...GOOD, "known_issue: []"].join("\n")).errors, { file: FILE, line: 7, field: "known_issue", message: /is not a field of the accessibility record; allowed fields: statement_prepared, statement_reviewed, manual_audit, known_issues, disproportionate_burden/, suggestion: "known_issues" });
});

test("a review before the statement was prepared is an error", () => {
  expectOneError(check([...GOOD, "statement_reviewed: 2025-01-01"].join("\n")).errors, { file: FILE, line: 7, field: "statement_reviewed", message: /is before statement_prepared/ });
});

test.run();
