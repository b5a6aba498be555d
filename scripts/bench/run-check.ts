// Runs one of the site checks (scripts/check/<name>.ts) over a built folder in its own process, so the benchmark can time it and read its memory.
// Usage: node --import tsx scripts/bench/run-check.ts <module path> <site folder>
// Prints one JSON line: { "function": …, "pagesChecked": …, "issues": … }.
import { pathToFileURL } from "node:url";

const [modulePath, siteDir] = process.argv.slice(2);
if (!modulePath || !siteDir) {
  console.error("usage: run-check.ts <module path> <site folder>");
  process.exit(2);
}

const module = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
// The checks export one `check…(siteDir, options?)` entry point each, e.g. checkHtmlValidate.
const entry = Object.entries(module).find(([name, value]) => /^check[A-Z]/.test(name) && typeof value === "function");
if (!entry) {
  console.error(`${modulePath} exports no check…(siteDir) function`);
  process.exit(3);
}
const [name, check] = entry as [string, (siteDir: string) => unknown];
const result = (await check(siteDir)) as { pagesChecked?: number; issues?: unknown[] } | undefined;
console.log(JSON.stringify({ function: name, pagesChecked: result?.pagesChecked ?? null, issues: Array.isArray(result?.issues) ? result.issues.length : null }));
