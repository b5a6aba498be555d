// src/model/example-claims.ts: a site with its own address but the example's publisher email or manual audit is refused by validate and the build.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { EXAMPLE_SITE } from "../../src/model/example-content.ts";
import { buildSite } from "../helpers/build.ts";
import { lines, writeDataFolder } from "../helpers/data-folder.ts";
import { expectError, expectNoErrors } from "../helpers/errors.ts";

const site = (url: string, email: string) =>
  lines("title: Camden Partnerships", "description: Camden's partnerships.", `url: ${url}`, "publisher:", "  name: Camden Council", `  email: ${email}`);
const EXAMPLE_RECORD = lines(
  "statement_prepared: 2026-11-27",
  "manual_audit:",
  `  date: ${EXAMPLE_SITE.audit.date}`,
  `  by: ${EXAMPLE_SITE.audit.by}`,
  "  sample:",
  "    - every kind of page",
);
const OWN_RECORD = EXAMPLE_RECORD.replace(EXAMPLE_SITE.audit.by, "Camden's digital accessibility team");
const check = (files: Record<string, string | null>) => {
  const folder = writeDataFolder(files);
  return checkData("_data", folder.root).errors;
};

test("the example's own address, email and audit together are the example itself: no error", () => {
  expectNoErrors(check({ "site.yaml": site(EXAMPLE_SITE.url, EXAMPLE_SITE.email), "accessibility.yaml": EXAMPLE_RECORD }));
  expectNoErrors(check({ "site.yaml": site(`${EXAMPLE_SITE.url}/`, EXAMPLE_SITE.email), "accessibility.yaml": EXAMPLE_RECORD }));
});

test("a council's address with the example's publisher email: an error at the email saying what to replace", () => {
  const errors = check({ "site.yaml": site("https://partnerships.camden.gov.uk", EXAMPLE_SITE.email) });
  assert.is(errors.length, 1, errors.map((e) => e.message).join("\n"));
  expectError(errors[0], { file: "_data/site.yaml", line: 6, field: "publisher.email", message: /^is still the example site's address \(accessibility@partnerships\.example\.org\.uk\), but url \(https:\/\/partnerships\.camden\.gov\.uk\) is your own site's: replace it with the email address/ });
});

test("a council's address with the example's manual audit: an error at manual_audit, saying to delete it until a real audit", () => {
  const errors = check({ "site.yaml": site("https://partnerships.camden.gov.uk", "access@camden.gov.uk"), "accessibility.yaml": EXAMPLE_RECORD });
  assert.is(errors.length, 1, errors.map((e) => e.message).join("\n"));
  expectError(errors[0], { file: "_data/accessibility.yaml", line: 3, field: "manual_audit", message: /^is still the example site's manual audit \(2026-12-01, by an accessibility specialist working with the London Local Partnerships team\).*delete manual_audit until someone has checked your site by hand/ });
});

test("a council's own audit and email, or no record at all, pass", () => {
  expectNoErrors(check({ "site.yaml": site("https://partnerships.camden.gov.uk", "access@camden.gov.uk"), "accessibility.yaml": OWN_RECORD }));
  expectNoErrors(check({ "site.yaml": site("https://partnerships.camden.gov.uk", "access@camden.gov.uk") }));
});

test("the build refuses the example's audit on a council's site, naming the file and field, and writes no statement", async () => {
  const folder = writeDataFolder({ "site.yaml": site("https://partnerships.camden.gov.uk", "access@camden.gov.uk"), "accessibility.yaml": EXAMPLE_RECORD });
  const build = await buildSite(folder);
  assert.is.not(build.code, 0, build.stdout);
  assert.match(build.stderr + build.stdout, /_data\/accessibility\.yaml:3:\d+ manual_audit: is still the example site's manual audit/);
  assert.not.ok(build.exists("/accessibility/"), "an accessibility statement was written");
});

test.run();
