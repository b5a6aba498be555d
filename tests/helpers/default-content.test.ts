// No test outside tests/default-content/ reads the project's own _data/, so npm test passes after npm run new -- site has removed the example.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXAMPLE_FILES } from "../../src/model/example-content.ts";
import { PROJECT_ROOT } from "./data-folder.ts";

// site.yaml is in every copy, the example's or a council's: git's dates of it are the same kind of fact either way.
const ALLOWED = new Map([["tests/model/git-dates.test.ts", "reads git's dates of _data/site.yaml, which every copy has"]]);
const PROJECT_DATA = /\b(?:PROJECT_ROOT|ROOT)\s*,\s*["'`]_data\b/;
const EXAMPLE_FILE = new RegExp(`_data/(?:${Object.entries(EXAMPLE_FILES).map(([folder, slugs]) => `${folder}/(?:${slugs.join("|")})`).join("|")})\\.yaml`);

test("no test file outside tests/default-content/ reads the project's _data/ or names one of the example's files", () => {
  const files = (readdirSync(join(PROJECT_ROOT, "tests"), { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `tests/${f.split("\\").join("/")}`)
    .filter((f) => !f.startsWith("tests/default-content/") && f !== "tests/helpers/default-content.ts" && f !== "tests/helpers/default-content.test.ts" && !ALLOWED.has(f));
  assert.ok(files.length > 50, `found only ${files.length} test files`);
  const offending = files.filter((f) => {
    const text = readFileSync(join(PROJECT_ROOT, f), "utf8");
    return PROJECT_DATA.test(text) || EXAMPLE_FILE.test(text);
  });
  assert.equal(offending, [], "these tests read the default content: build from a fixture or a temporary data folder instead (tests/helpers/data-folder.ts), or move a test of the seeds' words to tests/default-content/");
});

test("the guard itself catches both ways of reading the default content", () => {
  assert.ok(PROJECT_DATA.test('loadSourceFiles(join(PROJECT_ROOT, "_data"), PROJECT_ROOT)'));
  assert.ok(EXAMPLE_FILE.test("const file = '_data/partnerships/hillingdon-partners.yaml';"));
  assert.not.ok(EXAMPLE_FILE.test("_data/partnerships/northshire-partners.yaml"));
});

test.run();
