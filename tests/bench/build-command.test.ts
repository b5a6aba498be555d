// The check and the bench build with package.json's own build command (scripts/build-command.ts), node options included.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildNodeArgs } from "../../scripts/build-command.ts";

const projectWith = (build: string) => {
  const dir = mkdtempSync(join(tmpdir(), "build-command-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ scripts: { build } }));
  return dir;
};

test("gives the words of package.json's build script after node, options first", () => {
  assert.equal(buildNodeArgs(projectWith("node --max-semi-space-size=64 --import tsx scripts/build.ts")), ["--max-semi-space-size=64", "--import", "tsx", "scripts/build.ts"]);
  assert.equal(buildNodeArgs(projectWith("node --import tsx scripts/build.ts")), ["--import", "tsx", "scripts/build.ts"]);
});

test("this project's build script is what the function reads", () => {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { build: string } };
  assert.is(`node ${buildNodeArgs().join(" ")}`, scripts.build);
});

test("refuses a build script that is not node running scripts/build.ts, naming it", () => {
  assert.throws(() => buildNodeArgs(projectWith("eleventy --output _site")), /must be "node \[options\] scripts\/build\.ts", not "eleventy --output _site"/);
});

test.run();
