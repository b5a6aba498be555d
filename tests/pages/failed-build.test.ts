// A build from bad data stops before writing any page, lists every problem, and leaves the last good output as it was.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, type Build } from "../helpers/build.ts";
import { lines, tempDir, writeDataFolder } from "../helpers/data-folder.ts";

const out = join(tempDir("partnerships-site-"), "site");
mkdirSync(out);
writeFileSync(join(out, "index.html"), "last good build");

const pending = buildSite(
  writeDataFolder({
    "partnerships/testshire-board.yaml": lines("name: Testshire Board", "area: testshire", "type: board", "summary: S.", "sumary: typo"),
    "areas/otherton.yml": lines("name: Otherton"),
  }),
  { out },
);
let build: Build;
test.before(async () => {
  build = await pending;
});

test("exits non-zero", () => {
  assert.is(build.code, 1, build.stdout + build.stderr);
});

test("lists every problem with file, line, field and suggestion", () => {
  assert.match(build.stderr, /2 problems in the data files/);
  assert.match(build.stderr, /_data\/partnerships\/testshire-board\.yaml:5:1 sumary: is not a field of a partnership.* Did you mean "summary"\?/);
  assert.match(build.stderr, /_data\/areas\/otherton\.yml is not read/);
});

test("leaves the last good output as it was, with nothing half-built beside it", () => {
  assert.is(readFileSync(join(out, "index.html"), "utf8"), "last good build");
  assert.equal(readdirSync(out), ["index.html"]);
  assert.equal(readdirSync(join(out, "..")), ["site"]);
});

test.run();
