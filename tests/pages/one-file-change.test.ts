// A commit to one data file changes the bytes of only the pages that show that file, so the gate's cache re-checks those alone.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { commitAll } from "../../scripts/bench/git-history.ts";
import { buildSite, type Build } from "../helpers/build.ts";
import { FIXTURE_DATA, tempDir } from "../helpers/data-folder.ts";

const FILE = "partnerships/northshire-youth-panel.yaml";
let before: Build;
let after: Build;

test.before(async () => {
  const root = tempDir("one-file-change-");
  const dataDir = join(root, "_data");
  cpSync(FIXTURE_DATA, dataDir, { recursive: true });
  commitAll(root, "The page fixture", "2025-05-01");
  before = await buildSite({ root, dataDir });
  // Twelve members: the open data grows by more than a kilobyte, so a page stating its size would change with it.
  const members = Array.from({ length: 12 }, (_, i) => `  - name: Northshire Youth Advocacy and Mentoring Service ${i + 1}\n    sector: voluntary\n`).join("");
  writeFileSync(join(dataDir, FILE), `${readFileSync(join(dataDir, FILE), "utf8")}members:\n${members}`);
  commitAll(root, `Members of ${FILE}`, "2025-06-14");
  after = await buildSite({ root, dataDir });
});

test("both builds succeed", () => {
  assert.is(before.code, 0, before.stderr);
  assert.is(after.code, 0, after.stderr);
});

test("only the partnership's page, the pages that list it and the home page change", () => {
  const changed = after.htmlAddresses().filter((address) => !before.exists(address) || before.read(address) !== after.read(address));
  assert.ok(changed.includes("/partnerships/northshire-youth-panel/"), changed.join(" "));
  assert.ok(changed.length <= 6, `${changed.length} of ${after.htmlAddresses().length} pages changed: ${changed.join(" ")}`);
  assert.not.ok(changed.includes("/accessibility/"), changed.join(" "));
  assert.not.ok(changed.includes("/partnerships/southshire-forum/"), changed.join(" "));
});

test("the open data and the feed, whose sizes change with almost any edit, are linked from the home page alone", () => {
  const linking = after.htmlAddresses().filter((address) => /<a href="\/(data\/partnerships\.json|feed\.xml)"/.test(after.read(address)));
  assert.equal(linking, ["/"]);
});

test.run();
