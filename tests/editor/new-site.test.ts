// `npm run new -- site` (scripts/new/site.ts): makes a copy of the example the council's own, asks in a terminal, takes flags only without one, and never runs twice over real content without --force.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { runNewSite } from "../../scripts/new/site.ts";
import { checkData } from "../../scripts/validate.ts";
import { EXAMPLE_FILES, EXAMPLE_SITE } from "../../src/model/example-content.ts";
import { buildSite, succeeded } from "../helpers/build.ts";
import { FIXTURE_DATA, lines, PROJECT_ROOT, tempDir, type DataFolder } from "../helpers/data-folder.ts";
import { textOf } from "../helpers/html.ts";

const TODAY = "2026-12-04";
const FLAGS = ["--title", "Camden Partnerships", "--description", "Camden's partnerships and their equalities statements.", "--url", "https://partnerships.camden.gov.uk", "--publisher-name", "London Borough of Camden", "--publisher-email", "access@camden.gov.uk"];

/** A stand-in for the example as it ships: its site.yaml and audit, and a file at each of the example's paths (the page fixture's words). */
function exampleCopy(): DataFolder {
  const root = tempDir("new-site-");
  const dataDir = join(root, "_data");
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, "site.yaml"), lines("title: London Local Partnerships", "description: The example.", `url: ${EXAMPLE_SITE.url}`, "language: en-GB", "publisher:", "  name: London Local Partnerships", `  email: ${EXAMPLE_SITE.email}`));
  writeFileSync(join(dataDir, "accessibility.yaml"), lines("statement_prepared: 2026-11-27", "manual_audit:", `  date: ${EXAMPLE_SITE.audit.date}`, `  by: ${EXAMPLE_SITE.audit.by}`, "  sample:", "    - every kind of page"));
  for (const [folder, slugs] of Object.entries(EXAMPLE_FILES)) {
    mkdirSync(join(dataDir, folder));
    for (const slug of slugs) writeFileSync(join(dataDir, folder, `${slug}.yaml`), folder === "areas" ? lines(`name: Borough ${slug}`) : lines("name: x"));
  }
  return { root, dataDir };
}

const run = (folder: DataFolder, args: string[], ask?: (q: string) => Promise<string>) => runNewSite(args, { dataDir: folder.dataDir, rootDir: folder.root, today: TODAY, ask });
const dataFiles = (folder: DataFolder) => ["areas", "partnerships", "statements"].flatMap((dir) => (existsSync(join(folder.dataDir, dir)) ? readdirSync(join(folder.dataDir, dir)) : []));

test("writes site.yaml from the flags, keeps its language, replaces the audit with a record of none, and removes every example file", async () => {
  const folder = exampleCopy();
  const outcome = await run(folder, [...FLAGS, "--feedback-url", "https://forms.camden.gov.uk/report"]);
  assert.is(outcome.exitCode, 0, outcome.lines.join("\n"));
  const site = parse(readFileSync(join(folder.dataDir, "site.yaml"), "utf8"));
  assert.equal(site, { title: "Camden Partnerships", description: "Camden's partnerships and their equalities statements.", url: "https://partnerships.camden.gov.uk", language: "en-GB", publisher: { name: "London Borough of Camden", email: "access@camden.gov.uk" }, feedback_url: "https://forms.camden.gov.uk/report" });
  assert.ok(readFileSync(join(folder.dataDir, "site.yaml"), "utf8").startsWith("# yaml-language-server: $schema=../schemas/site.json\n"));
  assert.equal(parse(readFileSync(join(folder.dataDir, "accessibility.yaml"), "utf8")), { statement_prepared: TODAY });
  assert.equal(dataFiles(folder), []);
  const report = checkData("_data", folder.root, TODAY);
  assert.equal(report.lines, ["Checked 2 files: no problems"]);
  // What it changed, and what to do next.
  assert.is(outcome.lines[0], "Set up Camden Partnerships at https://partnerships.camden.gov.uk:");
  assert.match(outcome.lines.join("\n"), /Wrote _data\/site\.yaml: title, description, url, publisher, feedback_url \(kept as it was: language\)\./);
  assert.match(outcome.lines.join("\n"), /Replaced _data\/accessibility\.yaml with a record of no manual audit yet/);
  assert.match(outcome.lines.join("\n"), /Removed the example's 3 areas, 14 partnerships and 1 statement: _data\/areas\/ealing\.yaml, /);
  assert.match(outcome.lines.join("\n"), /Next:\n {2}1\. Add your first area: npm run new -- area <slug> --name/);
});

test("refuses to run a second time without --force, changing nothing; with --force it rewrites site.yaml and keeps the council's own files", async () => {
  const folder = exampleCopy();
  await run(folder, FLAGS);
  const own = join(folder.dataDir, "areas/camden.yaml");
  writeFileSync(own, lines("name: London Borough of Camden"));
  const before = readFileSync(join(folder.dataDir, "site.yaml"), "utf8");
  const again = await run(folder, [...FLAGS.slice(0, -1), "web@camden.gov.uk"]);
  assert.is(again.exitCode, 1);
  assert.equal(again.lines.slice(0, 2), ["This copy already has content of its own, so nothing was changed:", "  _data/site.yaml is already set up for https://partnerships.camden.gov.uk"]);
  assert.match(again.lines.join("\n"), /1 file is not the example's: _data\/areas\/camden\.yaml/);
  assert.match(again.lines.at(-1)!, /add --force/);
  assert.is(readFileSync(join(folder.dataDir, "site.yaml"), "utf8"), before);

  const forced = await run(folder, [...FLAGS.slice(0, -1), "web@camden.gov.uk", "--force"]);
  assert.is(forced.exitCode, 0, forced.lines.join("\n"));
  assert.is(parse(readFileSync(join(folder.dataDir, "site.yaml"), "utf8")).publisher.email, "web@camden.gov.uk");
  assert.ok(existsSync(own), "the council's own area was removed");
  assert.match(forced.lines.join("\n"), /Kept your own 1 file: _data\/areas\/camden\.yaml\./);
});

test("the council's own files beside the example's are never overwritten without --force", async () => {
  const folder = exampleCopy();
  writeFileSync(join(folder.dataDir, "partnerships/camden-partners.yaml"), lines("name: Camden Partners"));
  const outcome = await run(folder, FLAGS);
  assert.is(outcome.exitCode, 1);
  assert.match(outcome.lines.join("\n"), /_data\/partnerships\/camden-partners\.yaml/);
  assert.is(dataFiles(folder).length, 19, "example files were removed");
});

test("a bad or missing value changes nothing and names the flag; the example's own address and email are refused", async () => {
  const folder = exampleCopy();
  const bad = await run(folder, [...FLAGS.slice(0, 5), "http://partnerships.camden.gov.uk", ...FLAGS.slice(6)]);
  assert.is(bad.exitCode, 1);
  assert.is(bad.lines[0], '--url "http://partnerships.camden.gov.uk" must be a full https:// address, e.g. https://www.example.gov.uk/');
  const example = await run(folder, [...FLAGS.slice(0, 5), EXAMPLE_SITE.url, ...FLAGS.slice(6, 9), EXAMPLE_SITE.email]);
  assert.equal(example.lines.slice(0, 2), [`--url "${EXAMPLE_SITE.url}" is the example site's address; give the address your own site will have`, `--publisher-email "${EXAMPLE_SITE.email}" is the example site's email address; give your own`]);
  const missing = await run(folder, FLAGS.slice(0, 4));
  assert.is(missing.lines[0], "Missing: --url, --publisher-name, --publisher-email. Without a terminal to ask in, give every required value as an option.");
  const typo = await run(folder, ["--titel", "X"]);
  assert.is(typo.lines[0], "There is no option --titel for new site. Did you mean --title?");
  assert.is(dataFiles(folder).length, 18);
  assert.match(readFileSync(join(folder.dataDir, "site.yaml"), "utf8"), /partnerships\.example\.org\.uk/);
});

test("in a terminal it asks for each missing value, again after a wrong one, and lets the form address be left out", async () => {
  const folder = exampleCopy();
  const asked: string[] = [];
  const answers = ["Camden's partnerships.", "London Borough of Camden", "not an email", "", "access@camden.gov.uk", ""];
  const outcome = await run(folder, FLAGS.slice(0, 2).concat(FLAGS.slice(4, 6)), async (question) => {
    asked.push(question);
    return answers.shift() ?? "";
  });
  assert.is(outcome.exitCode, 0, outcome.lines.join("\n"));
  assert.equal(asked.length, 6, asked.join("\n"));
  assert.match(asked[0], /^One sentence about the site/);
  assert.match(asked[3], /^That publisher email must be an email address/);
  assert.match(asked[5], /report-a-problem form, if you have one \(press Enter/);
  const site = parse(readFileSync(join(folder.dataDir, "site.yaml"), "utf8"));
  assert.is(site.publisher.email, "access@camden.gov.uk");
  assert.is(site.feedback_url, undefined);
});

test("as a process without a terminal: takes flags only, says which are missing, exit 1; with every flag, exit 0", () => {
  const folder = exampleCopy();
  const command = ["--import", "tsx", "scripts/new.ts", "site", "--data", folder.dataDir];
  const missing = spawnSync(process.execPath, [...command, "--title", "Camden Partnerships"], { cwd: PROJECT_ROOT, encoding: "utf8", input: "", timeout: 60_000 });
  assert.is(missing.status, 1, missing.stderr);
  assert.match(missing.stderr, /^Missing: --description, --url, --publisher-name, --publisher-email\. Without a terminal to ask in/);
  const done = execFileSync(process.execPath, [...command, ...FLAGS], { cwd: PROJECT_ROOT, encoding: "utf8", input: "", timeout: 60_000 });
  assert.match(done, /^Set up Camden Partnerships at https:\/\/partnerships\.camden\.gov\.uk:/);
});

test("the site it writes builds: no example title, email, borough or audit on any page, and the statement says no one has checked it by hand", async () => {
  const folder = exampleCopy();
  cpSync(join(FIXTURE_DATA, "areas"), join(folder.dataDir, "areas"), { recursive: true });
  await run(folder, [...FLAGS, "--force"]);
  const build = succeeded(await buildSite(folder));
  for (const address of build.htmlAddresses()) {
    const html = build.read(address);
    for (const example of [EXAMPLE_SITE.title, EXAMPLE_SITE.email, EXAMPLE_SITE.url, EXAMPLE_SITE.audit.by, "Hillingdon", "Ealing", "Tower Hamlets"]) {
      assert.not.ok(html.includes(example), `${address} shows "${example}"`);
    }
  }
  const statement = textOf(build.page("/accessibility/"));
  assert.match(statement, /No one has checked this website by hand yet/);
  assert.match(statement, /partially compliant/);
  assert.not.match(statement, /last manual audit/i);
});

test.run();
