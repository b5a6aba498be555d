// The evidence behind the accessibility statement: what `npm run check` found, and whether it was this version of the site.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** What one run of the accessibility gate found; written by scripts/check, read by the build. */
export interface AccessibilityReport {
  /** When the checks ran (ISO 8601). */
  date: string;
  standard: string;
  tools: { name: string; version: string }[];
  /** Each checker, the pages it checked and the errors it found. */
  checks: { name: string; pages: number; errors: number; seconds: number }[];
  pagesChecked: number;
  errors: number;
  errorsByRule: Record<string, number>;
  /** Fingerprint of the sources the checked site was built from; a report for other sources is stale. */
  sources: string;
}

/** Where `npm run check` leaves its report for the next build to publish (ACCESSIBILITY_REPORT overrides it, for tests). */
export const REPORT_PATH = process.env.ACCESSIBILITY_REPORT ?? ".cache/accessibility-report.json";

/** The folders a built page depends on; any change to them means the pages must be checked again. */
export function sourceFolders(dataDir = process.env.DATA_DIR ?? "_data"): string[] {
  return ["src", "_includes", dataDir];
}

/** A hash of every file's path and content under the given folders: equal only for the same sources. */
export function sourceFingerprint(folders: string[] = sourceFolders()): string {
  const hash = createHash("sha256");
  for (const folder of folders) {
    for (const file of listFiles(folder)) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The last report, if there is one and it was made from exactly these sources; otherwise undefined ("not checked"). */
export function currentReport(path = REPORT_PATH, fingerprint: () => string = () => sourceFingerprint()): AccessibilityReport | undefined {
  let report: AccessibilityReport;
  try {
    report = JSON.parse(readFileSync(path, "utf8")) as AccessibilityReport;
  } catch {
    return undefined;
  }
  // The sources are hashed only when there is a report to match them against (reading every file costs 0.2 s at 10,000 partnerships).
  return report.sources === fingerprint() ? report : undefined;
}

function listFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries.map((e) => join(folder, e)).filter((f) => statSync(f).isFile()).sort();
}
