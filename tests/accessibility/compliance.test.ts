// The accessibility statement's status (src/accessibility/compliance.ts): fully compliant only with both kinds of evidence.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { complianceStatus } from "../../src/accessibility/compliance.ts";
import type { AccessibilityReport } from "../../src/accessibility/report.ts";
import type { AccessibilityData } from "../../src/model/schema.ts";

const clean = { errors: 0 } as AccessibilityReport;
const audited: AccessibilityData = { statement_prepared: "2025-05-01", manual_audit: { date: "2025-06-02", by: "Access Testers Ltd", sample: ["the home page"] } };
const issue = { what: "Tables split words", where: "the statements index", wcag: "1.4.10 Reflow", fix_by: "2025-09-30" };

test("fully compliant: the checks of these sources passed and the manual audit lists no open issue", () => {
  assert.equal(complianceStatus(clean, audited), { status: "fully compliant", reasons: [] });
});

test("partially compliant otherwise, saying why", () => {
  assert.equal(complianceStatus(null, audited).reasons, ["the automated checks have not been run on this version of the website"]);
  assert.equal(complianceStatus({ errors: 2 } as AccessibilityReport, audited).reasons, ["the automated checks found 2 errors"]);
  assert.equal(complianceStatus(clean, undefined).reasons, ["no one has yet checked the website by hand"]);
  assert.equal(complianceStatus(clean, { ...audited, known_issues: [issue] }), { status: "partially compliant", reasons: ["a manual audit found 1 problem we have not fixed yet, listed below"] });
});

test.run();
