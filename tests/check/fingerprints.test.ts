// A cached result is reused only while the code that produced it is unchanged: every module a checker runs counts, not only its entry file.
import { basename } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkerFiles } from "../../scripts/check/fingerprints.ts";

const names = (checker: Parameters<typeof checkerFiles>[0]) => checkerFiles(checker).map((file) => basename(file));

test("the layout check's fingerprint covers the manual audit's rules and the browser it launches", () => {
  // layout-audit.ts holds the audit's rules; a cache keyed on layout.ts alone kept results its old rules gave.
  assert.ok(names("layout").includes("layout-audit.ts"), names("layout").join(" "));
  assert.ok(names("layout").includes("browser.ts"));
  assert.ok(names("layout").includes(".pa11yci"));
});

test("html-validate's covers its worker and its configuration file", () => {
  assert.ok(names("html-validate").includes("html-validate-worker.ts"));
  assert.ok(names("html-validate").includes(".htmlvalidate.json"));
  assert.not.ok(names("html-validate").includes(".pa11yci"));
});

test("pa11y-ci's covers the project's own runner", () => {
  assert.ok(names("pa11y-ci").includes("pa11y-runner-axe-extra.cjs"));
});

test.run();
