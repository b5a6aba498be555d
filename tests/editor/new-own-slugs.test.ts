// `npm run new` writes comments that name only the new file's own area's slugs: a council's first file never suggests another borough's partnerships.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runNew } from "../../scripts/new.ts";
import { copyFixture } from "../helpers/data-folder.ts";

test("a partnership in a new area names no other area's partnership; the next one names the first", () => {
  const folder = copyFixture();
  const others = readdirSync(join(folder.dataDir, "partnerships")).map((f) => f.replace(/\.yaml$/, ""));
  assert.ok(others.length >= 3, "the fixture has partnerships in other areas");
  const run = (...args: string[]) => runNew(args, { dataDir: folder.dataDir, rootDir: folder.root, today: "2026-12-04" });
  assert.is(run("area", "camden", "--name", "London Borough of Camden").exitCode, 0);
  assert.is(run("partnership", "camden-partners", "--area", "camden", "--type", "local-strategic-partnership").exitCode, 0);
  const first = readFileSync(join(folder.dataDir, "partnerships/camden-partners.yaml"), "utf8");
  for (const slug of others) assert.not.ok(first.includes(slug), `camden-partners.yaml names ${slug}:\n${first}`);
  assert.match(first, /^# Partnerships in London Borough of Camden: \(none yet\)\n# parent: another-partnership$/m);

  assert.is(run("partnership", "camden-safety-board", "--area", "camden", "--type", "board").exitCode, 0);
  const second = readFileSync(join(folder.dataDir, "partnerships/camden-safety-board.yaml"), "utf8");
  for (const slug of others) assert.not.ok(second.includes(slug), `camden-safety-board.yaml names ${slug}:\n${second}`);
  assert.match(second, /^# parent: camden-partners$/m);
});

test.run();
