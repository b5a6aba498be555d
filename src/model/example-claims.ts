// A council's site never presents the example's claims as its own: its publisher email or its manual audit, left in after the address changed.
import type { DataError } from "./data-error.ts";
import { EXAMPLE_SITE, hasExampleAudit, isExampleEmail, isExampleUrl } from "./example-content.ts";
import type { SourceFile } from "./load.ts";

const SET_UP = "npm run new -- site sets up site.yaml and accessibility.yaml for a new site in one go";

/**
 * Errors for the example's email or audit in a site whose url is no longer the example's; none for the example itself.
 * @example exampleClaimErrors(files) → [{ file: "_data/site.yaml", field: "publisher.email", message: "is still the example site's address …" }]
 */
export function exampleClaimErrors(files: SourceFile[]): DataError[] {
  const site = files.find((f) => f.kind === "site");
  const data = site?.data as { url?: unknown; publisher?: { email?: unknown } } | undefined;
  if (!site || !data || typeof data.url !== "string" || isExampleUrl(data.url)) return [];
  const errors: DataError[] = [];
  if (isExampleEmail(data.publisher?.email)) {
    errors.push({
      file: site.file,
      ...site.locate(["publisher", "email"]),
      field: "publisher.email",
      message: `is still the example site's address (${EXAMPLE_SITE.email}), but url (${data.url}) is your own site's: replace it with the email address that should receive reports about your site's accessibility and pages (${SET_UP})`,
    });
  }
  const record = files.find((f) => f.kind === "accessibility");
  if (record && hasExampleAudit(record.data)) {
    errors.push({
      file: record.file,
      ...record.locate(["manual_audit"]),
      field: "manual_audit",
      message: `is still the example site's manual audit (${EXAMPLE_SITE.audit.date}, by ${EXAMPLE_SITE.audit.by}), but site.yaml's url (${data.url}) is your own site's, which that audit never tested: delete manual_audit until someone has checked your site by hand, then record their audit (${SET_UP})`,
    });
  }
  return errors;
}
