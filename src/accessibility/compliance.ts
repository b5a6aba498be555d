// The accessibility statement's compliance status, from both sides of the evidence: the automated checks of these exact sources and the manual audit record.
import type { AccessibilityData } from "../model/schema.ts";
import type { AccessibilityReport } from "./report.ts";

export interface Compliance {
  /** The GDS model statement's words; "not compliant" is never published, since a version that fails the checks is not deployed. */
  status: "fully compliant" | "partially compliant";
  /** Why it is only partially compliant, in plain words; empty when fully compliant. */
  reasons: string[];
}

/**
 * Fully compliant only when the automated checks of these sources passed with no error and a manual audit lists no open issue.
 * @example complianceStatus({ errors: 0, … }, { manual_audit: { … } }) → { status: "fully compliant", reasons: [] }
 */
export function complianceStatus(report: AccessibilityReport | null | undefined, record: AccessibilityData | null | undefined): Compliance {
  const reasons: string[] = [];
  if (!report) reasons.push("the automated checks have not been run on this version of the website");
  else if (report.errors > 0) reasons.push(`the automated checks found ${report.errors} error${report.errors === 1 ? "" : "s"}`);
  if (!record?.manual_audit) reasons.push("no one has yet checked the website by hand");
  const open = record?.known_issues?.length ?? 0;
  if (open > 0) reasons.push(`a manual audit found ${open} problem${open === 1 ? "" : "s"} we have not fixed yet, listed below`);
  return { status: reasons.length === 0 ? "fully compliant" : "partially compliant", reasons };
}
