// scripts/check/local-summary.ts: a local `npm run check` ends with the summary CI writes, in the same plain words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { localSummary } from "../../scripts/check/local-summary.ts";
import { lines, PROJECT_ROOT, writeDataFolder } from "../helpers/data-folder.ts";

test("a data problem: the summary says nothing would be published and names the file, line and field", () => {
  const folder = writeDataFolder({ "partnerships/testshire-board.yaml": lines("name: Testshire Board", "area: testshire", "type: bord", "summary: S.") });
  const text = localSummary({ site: join(folder.root, "_site"), pathPrefix: "/", dataDir: folder.dataDir });
  assert.match(text, /^# Not published: the data check found 1 problem$/m);
  assert.match(text, /^- \[`[^`]*_data\/partnerships\/testshire-board\.yaml`\]\([^)]*\), line 3, field `type`: "bord" must be one of: /m);
  assert.match(text, /How to fix it: \[The data check failed\]\(EDITING\.md#the-data-check-failed\)\./);
});

test("a failed build: the summary says the page check did not run and where to read why", () => {
  const folder = writeDataFolder();
  const text = localSummary({ failedAt: "Build", site: join(folder.root, "_site"), pathPrefix: "/", dataDir: folder.dataDir });
  assert.match(text, /^# Not published: the build stopped before any page was checked$/m);
  assert.match(text, /\| Data check \(`npm run validate`\) \| passed: 5 files, no problems/);
  assert.match(text, /\| Page check \(`npm run check`\) \| not run \|/);
});

test("npm run check prints the summary after it passes and after any step fails", () => {
  const source = readFileSync(join(PROJECT_ROOT, "scripts/check.ts"), "utf8");
  assert.is(source.match(/localSummary\(/g)?.length, 2, "scripts/check.ts calls localSummary on failure and on success");
});

test.run();
