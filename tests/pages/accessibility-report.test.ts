// The accessibility statement and /accessibility/report/ speak only from a check run of these exact sources.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sourceFingerprint, sourceFolders, type AccessibilityReport } from "../../src/accessibility/report.ts";
import { buildSite, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture, tempDir } from "../helpers/data-folder.ts";
import { findOne, textOf } from "../helpers/html.ts";

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

test("with no report, the statement says the checks have not been run and never claims compliance", async () => {
  const build = await buildWith(null);
  const text = textOf(findOne(build.page("/accessibility/"), "main"));
  assert.match(text, /have not been run on this version/);
  assert.not.match(text, /fully compliant|partially compliant/);
  assert.match(textOf(findOne(build.page("/accessibility/report/"), "main")), /have not been run/);
  assert.equal(JSON.parse(build.read("/accessibility/report.json")).run, false);
});

test("with a clean report of these sources, it says fully compliant and the report lists checks and tools", async () => {
  const build = await buildWith(report());
  assert.match(textOf(findOne(build.page("/accessibility/"), "main")), /fully compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard\. On 14 June 2025 every one of its 20 pages passed/);
  const page = textOf(findOne(build.page("/accessibility/report/"), "main"));
  assert.match(page, /20 pages were checked against WCAG 2\.2 AA\. No errors were found\./);
  assert.match(page, /axe-core 4\.11\.4/);
  assert.is(JSON.parse(build.read("/accessibility/report.json")).pagesChecked, 20);
});

test("with errors, it says partially compliant and lists the errors by rule", async () => {
  const build = await buildWith(report({ errors: 3, errorsByRule: { "target-size": 2, "wcag/h37": 1 } }));
  assert.match(textOf(findOne(build.page("/accessibility/"), "main")), /partially compliant .* found 3 errors/);
  const page = textOf(findOne(build.page("/accessibility/report/"), "main"));
  assert.match(page, /target-size\s*2/);
  assert.match(page, /wcag\/h37\s*1/);
});

test("a report of other sources (a stale run) counts as no run", async () => {
  const build = await buildWith(report({ sources: "0000000000000000" }));
  const text = textOf(findOne(build.page("/accessibility/"), "main"));
  assert.match(text, /have not been run on this version/);
  assert.not.match(text, /fully compliant/);
});

test.after(() => {
  delete process.env.ACCESSIBILITY_REPORT;
});

test.run();
