// The accessibility statement and /accessibility/report/ speak only from a check run of these exact sources, and from _data/accessibility.yaml.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sourceFingerprint, sourceFolders, type AccessibilityReport } from "../../src/accessibility/report.ts";
import { buildSite, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture, tempDir } from "../helpers/data-folder.ts";
import { findAll, findOne, textOf } from "../helpers/html.ts";

const folder = copyFixture();
const reportFile = join(tempDir("report-"), "accessibility-report.json");

function report(overrides: Partial<AccessibilityReport> = {}): AccessibilityReport {
  return {
    date: "2025-06-14T09:00:00.000Z",
    standard: "WCAG 2.2 AA",
    tools: [{ name: "axe-core", version: "4.11.4" }, { name: "html-validate", version: "10.17.0" }],
    checks: [{ name: "pa11y", pages: 20, errors: 0, seconds: 30 }, { name: "html-validate", pages: 20, errors: 0, seconds: 1 }],
    pagesChecked: 20,
    errors: 0,
    errorsByRule: {},
    sources: sourceFingerprint(sourceFolders(folder.dataDir)),
    ...overrides,
  };
}

async function buildWith(content: AccessibilityReport | null): Promise<Build> {
  writeFileSync(reportFile, content ? JSON.stringify(content) : "");
  process.env.ACCESSIBILITY_REPORT = reportFile;
  return succeeded(await buildSite(folder));
}

const RECORD = [
  "statement_prepared: 2025-05-01",
  "statement_reviewed: 2025-06-01",
  "manual_audit:",
  "  date: 2025-06-02",
  "  by: Access Testers Ltd",
  "  sample:",
  "    - the home page",
  "    - every statement",
].join("\n");
const ISSUE = ["known_issues:", "  - what: Tables split words at 320 px", "    where: the statements index", "    wcag: 1.4.10 Reflow", "    fix_by: 2025-09-30"].join("\n");
const recordFile = join(folder.dataDir, "accessibility.yaml");

/** Writes or removes _data/accessibility.yaml before the report's fingerprint is taken. */
function record(text: string | null): void {
  if (text === null) rmSync(recordFile, { force: true });
  else writeFileSync(recordFile, `${text}\n`);
}

const statusOf = (build: Build) => textOf(findOne(build.page("/accessibility/"), "h3", { id: "compliance-status" }).parent!.children.find((c) => typeof c !== "string" && c.name === "p" && textOf(c).startsWith("This website is"))!);

test("with no report, the statement says the checks have not been run and never claims full compliance (one of the three statuses)", async () => {
  record(null);
  const build = await buildWith(null);
  const text = textOf(findOne(build.page("/accessibility/"), "main"));
  assert.match(text, /have not been run on this version/);
  assert.match(text, /This website is partially compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard, because the automated checks have not been run/);
  assert.not.match(text, /fully compliant|cannot yet say/);
  assert.match(textOf(findOne(build.page("/accessibility/report/"), "main")), /have not been run/);
  assert.equal(JSON.parse(build.read("/accessibility/report.json")).run, false);
});

test("a clean report but no manual audit record: partially compliant, since no one has checked by hand", async () => {
  record(null);
  const build = await buildWith(report());
  assert.match(statusOf(build), /partially compliant .* because no one has yet checked the website by hand\.$/);
  assert.match(textOf(findOne(build.page("/accessibility/"), "main")), /No one has prepared or reviewed this statement by hand yet/);
});

test("a clean report of these sources and a manual audit with no open issue: fully compliant, with the real dates and who tested", async () => {
  record(RECORD);
  const build = await buildWith(report());
  assert.is(statusOf(build), "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.");
  const text = textOf(findOne(build.page("/accessibility/"), "main"));
  assert.match(text, /On 14 June 2025 the automated checks found no errors on any of the website’s 20 pages/);
  assert.match(text, /This statement was prepared on 1 May 2025\. It was last reviewed on 1 June 2025\./);
  assert.match(text, /This website was last tested by hand on 2 June 2025\. The test was carried out by Access Testers Ltd\./);
  assert.match(text, /tested: the home page; every statement\./);
  assert.not.match(text, /15 June 2025/, "never the build's date");
  const page = textOf(findOne(build.page("/accessibility/report/"), "main"));
  assert.match(page, /20 pages were checked against WCAG 2\.2 AA\. No errors were found\./);
  assert.match(page, /axe-core 4\.11\.4/);
  assert.is(JSON.parse(build.read("/accessibility/report.json")).pagesChecked, 20);
});

test("an open known issue makes it partially compliant, listed under Non-accessible content with its WCAG criterion and fix date", async () => {
  record(`${RECORD}\n${ISSUE}`);
  const build = await buildWith(report());
  assert.match(statusOf(build), /partially compliant .* because a manual audit found 1 problem we have not fixed yet/);
  const doc = build.page("/accessibility/");
  assert.ok(findAll(doc, "h2").some((h) => textOf(h) === "Non-accessible content"));
  assert.match(textOf(findOne(doc, "main")), /Tables split words at 320 px \(the statements index\)\. This fails WCAG 2\.2 success criterion 1\.4\.10 Reflow\. We plan to fix this by 30 September 2025\./);
});

test("with errors, it says partially compliant and lists the errors by rule", async () => {
  record(RECORD);
  const build = await buildWith(report({ errors: 3, errorsByRule: { "target-size": 2, "wcag/h37": 1 } }));
  assert.match(statusOf(build), /partially compliant .* because the automated checks found 3 errors/);
  const page = textOf(findOne(build.page("/accessibility/report/"), "main"));
  assert.match(page, /target-size\s*2/);
  assert.match(page, /wcag\/h37\s*1/);
});

test("a report of other sources (a stale run) counts as no run", async () => {
  record(RECORD);
  const build = await buildWith(report({ sources: "0000000000000000" }));
  const text = textOf(findOne(build.page("/accessibility/"), "main"));
  assert.match(text, /have not been run on this version/);
  assert.not.match(text, /fully compliant/);
});

test.after(() => {
  delete process.env.ACCESSIBILITY_REPORT;
});

test.run();
