// The hostile-input suite: each case in tests/hostile/cases/ is bad data an editor or an attacker could commit, with the messages
// it must produce. `npm run validate` and `npm run build` must both give them, never a stack trace, and leave the last good site as it was.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { buildSite, fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture, lines, tempDir, type DataFolder } from "../helpers/data-folder.ts";
import { treeOf as tree } from "../helpers/tree.ts";

const CASES = join(import.meta.dirname, "cases");

interface Case {
  name: string;
  /** What the bad input did before it was caught. */
  what: string;
  /** Text every run must print: the error lines, from the file name on. */
  expect: string[];
  /** Text no run may print (the misleading messages of old). */
  forbid?: string[];
  /** Symbolic links to make in the data folder: path in _data → target. */
  symlinks?: Record<string, string>;
  /** Files to write beside _data, outside it, for links to point at. */
  outside?: Record<string, string>;
  /** A parent chain of this many partnerships, chain-1 at the top. */
  chain?: number;
  /** Files to write in the images/ folder beside _data: name → content. */
  images?: Record<string, string>;
  /** Symbolic links to make in images/ (path in images/ → target); "" links the images/ folder itself. */
  imageLinks?: Record<string, string>;
}

const cases: Case[] = readdirSync(CASES).sort().map((name) => ({ name, ...JSON.parse(readFileSync(join(CASES, name, "case.json"), "utf8")) }));

/** The page fixture with the case's files laid over it. */
function dataFolderFor(c: Case): DataFolder {
  const folder = copyFixture();
  const overlay = join(CASES, c.name, "data");
  if (existsSync(overlay)) cpSync(overlay, folder.dataDir, { recursive: true });
  for (const [path, content] of Object.entries(c.outside ?? {})) writeFileSync(join(folder.root, path), content);
  for (const [path, target] of Object.entries(c.symlinks ?? {})) symlinkSync(target, join(folder.dataDir, path));
  if (c.images || c.imageLinks) mkdirSync(join(folder.root, "images"), { recursive: true });
  for (const [path, content] of Object.entries(c.images ?? {})) writeFileSync(join(folder.root, "images", path), content);
  for (const [path, target] of Object.entries(c.imageLinks ?? {})) {
    if (path === "") rmSync(join(folder.root, "images"), { recursive: true });
    symlinkSync(target, path === "" ? join(folder.root, "images") : join(folder.root, "images", path));
  }
  for (let i = 1; i <= (c.chain ?? 0); i++) {
    writeFileSync(join(folder.dataDir, "partnerships", `chain-${i}.yaml`), lines(`name: Chain ${i}`, "area: northshire", "type: subgroup", "summary: One link of a long chain.", ...(i > 1 ? [`parent: chain-${i - 1}`] : [])));
  }
  return folder;
}

const STACK_TRACE = /\n\s+at .*:\d+:\d+|\b(?:RangeError|ReferenceError|TypeError|SyntaxError)\b|node:internal/;

// One good build, shared with the page tests; copied into this suite's own output folder, which every bad build then targets.
const pending = fixtureBuild();
const out = join(tempDir("partnerships-hostile-"), "site");
let good: Record<string, string>;
const builds = new Map<string, Promise<Build>>();

test.before(async () => {
  cpSync(succeeded(await pending).out, out, { recursive: true });
  good = tree(out);
  // Two builds at a time: each stops at the data check, before a page is written, so they never meet in the output folder.
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const build = buildSite(dataFolderFor(c), { out });
      builds.set(c.name, build);
      await build;
    }
  };
  await Promise.all([worker(), worker()]);
});

test("the suite has its cases, each with the messages it must produce", () => {
  assert.ok(cases.length >= 25, `${cases.length} cases`);
  for (const c of cases) assert.ok(c.what && c.expect.length > 0, c.name);
});

for (const c of cases) {
  test(`${c.name}: ${c.what}; npm run validate names it`, () => {
    const report = checkData("_data", dataFolderFor(c).root);
    const printed = report.lines.join("\n");
    assert.is(report.exitCode, 1, printed);
    for (const expected of c.expect) assert.ok(printed.includes(expected), `expected "${expected}" in:\n${printed}`);
    for (const forbidden of c.forbid ?? []) assert.not.ok(printed.includes(forbidden), `"${forbidden}" in:\n${printed}`);
  });

  test(`${c.name}: npm run build stops with the same message, no stack trace, and the site left byte-identical`, async () => {
    const build = await builds.get(c.name)!;
    const printed = build.stdout + build.stderr;
    assert.is(build.code, 1, printed);
    for (const expected of c.expect) assert.ok(build.stderr.includes(expected), `expected "${expected}" in:\n${printed}`);
    for (const forbidden of c.forbid ?? []) assert.not.ok(printed.includes(forbidden), `"${forbidden}" in:\n${printed}`);
    assert.not.match(printed, STACK_TRACE);
    assert.match(build.stderr, /The build stopped; .* was left as it was\. Fix the problems above and run it again\./);
    assert.equal(tree(out), good);
    assert.equal(readdirSync(join(out, "..")), ["site"], "nothing half-built beside the output");
  });
}

test("npm run validate, as a process: exit 1 and the message, no stack trace, for a 2,000-deep chain", async () => {
  const { execFileSync } = await import("node:child_process");
  const folder = dataFolderFor(cases.find((c) => c.name === "deep-chain")!);
  let stdout = "";
  let status = 0;
  try {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", "--data", folder.dataDir], { cwd: join(import.meta.dirname, "..", ".."), encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    ({ stdout, status } = error as { stdout: string; status: number });
  }
  assert.is(status, 1, stdout);
  assert.match(stdout, /chain-11\.yaml:5:9 parent: puts this partnership more than 10 levels down/);
  assert.not.match(stdout, STACK_TRACE);
});

test.run();
