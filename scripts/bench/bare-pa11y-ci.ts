// The bench's yardstick for the gate: a bare pa11y-ci run (axe runner only, WCAG2AA, concurrency 2, the system Chromium with only the flags a CI container needs, .pa11yci's timeout) over the pages of a built site's sitemap.
// Usage: node --import tsx scripts/bench/bare-pa11y-ci.ts <site folder> <scratch folder>; prints one JSON line { pages, errors }.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../check/browser.ts";
import { checkPa11yCi, PA11YCI_FILE } from "../check/pa11y-ci.ts";
import { listPages } from "../check/pages.ts";

/** pa11y-ci's plainest WCAG settings, with the browser started as it must be here (not .pa11yci's tuning: that is what the gate is measured for). */
function bareConfig(pa11yciFile: string = PA11YCI_FILE): { defaults: Record<string, unknown> } {
  const { defaults } = JSON.parse(readFileSync(pa11yciFile, "utf8")) as { defaults: Record<string, unknown> };
  return { defaults: { runners: ["axe"], standard: "WCAG2AA", concurrency: 2, timeout: defaults["timeout"] ?? 30_000, chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }, useIncognitoBrowserContext: defaults["useIncognitoBrowserContext"] } };
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
