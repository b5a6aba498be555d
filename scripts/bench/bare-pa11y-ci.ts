// The bench's yardstick for the gate: a bare pa11y-ci run (axe runner only, WCAG2AA, concurrency 2, .pa11yci's browser and timeout) over the pages of a built site's sitemap.
// Usage: node --import tsx scripts/bench/bare-pa11y-ci.ts <site folder> <scratch folder>; prints one JSON line { pages, errors }.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkPa11yCi, PA11YCI_FILE } from "../check/pa11y-ci.ts";
import { listPages } from "../check/pages.ts";

/** .pa11yci as a bare run takes it: only what decides how the browser runs, with pa11y-ci's plainest WCAG settings. */
function bareConfig(pa11yciFile: string = PA11YCI_FILE): { defaults: Record<string, unknown> } {
  const { defaults } = JSON.parse(readFileSync(pa11yciFile, "utf8")) as { defaults: Record<string, unknown> };
  return { defaults: { runners: ["axe"], standard: "WCAG2AA", concurrency: 2, timeout: defaults["timeout"] ?? 30_000, chromeLaunchConfig: defaults["chromeLaunchConfig"], useIncognitoBrowserContext: defaults["useIncognitoBrowserContext"] } };
}

const [siteDir, scratch] = process.argv.slice(2);
if (!siteDir || !scratch) {
  console.error("usage: bare-pa11y-ci.ts <site folder> <scratch folder>");
  process.exit(2);
}
const configFile = join(scratch, "bare.pa11yci.json");
writeFileSync(configFile, JSON.stringify(bareConfig(), null, 2));
const pages = listPages(siteDir).pages;
const result = await checkPa11yCi(siteDir, pages, { configFile, log: () => undefined });
console.log(JSON.stringify({ pages: result.pagesChecked, errors: result.issues.length }));
process.exit(0);
