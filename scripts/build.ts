// `npm run build`: checks the data, builds into a fresh folder and swaps it in only on success, so a failed build never half-updates _site.
import Eleventy from "@11ty/eleventy";
import { existsSync, renameSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { DataErrors } from "../src/model/data-error.ts";
import { handOver, loadSite } from "../src/model/site-data.ts";
import { precompress } from "../src/output/precompress.ts";

const { values } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    pathprefix: { type: "string", default: "/" },
    // Only for hosts that serve .gz/.br files as they are (nginx gzip_static); most hosts compress by themselves.
    precompress: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});
const output = values.output!;
const staging = `${output}.building`;
const previous = `${output}.previous`;
const started = performance.now();

const dataDir = process.env.DATA_DIR ?? "_data";
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const count = (n: number, noun: string) => `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;
const progress = (line: string) => {
  if (!values.quiet) console.log(line);
};
try {
  const graph = loadSite(dataDir);
  handOver(dataDir, graph);
  progress(`Checked ${count(graph.partnerships.length, "partnership")}, ${count(graph.statements.length, "statement")} and ${count(graph.areas.length, "area")} in ${dataDir}/ (${seconds()}).`);
} catch (error) {
  if (!(error instanceof DataErrors)) throw error;
  console.error(error.message);
  console.error(`\nThe build stopped; ${output}/ was left as it was. Fix the problems above and run it again.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const eleventy = new Eleventy("src/pages", staging, { configPath: ".eleventy.ts", pathPrefix: values.pathprefix, quietMode: true });
// The build prints its own line per phase instead of Eleventy's closing "Wrote N files"; everything else Eleventy says is kept.
eleventy.logger.overrideLogger({ ...console, log: (line: string) => /Wrote \d+ files?/.test(line) || console.log(line) });
let written = 0;
try {
  const results = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
  written = countWritten(results);
  progress(`Rendered and wrote ${count(written, "file")} (${seconds()}).`);
  if (values.precompress) progress(`Wrote ${count(await precompress(staging), "compressed copy").replace("copys", "copies")} (.gz and .br) (${seconds()}).`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe build failed; ${output}/ was left as it was.`);
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(output)) renameSync(output, previous);
renameSync(staging, output);
rmSync(previous, { recursive: true, force: true });
progress(`Built ${output}/ (${seconds()}).`);

/** Eleventy's write() answers with one entry per file it wrote (nested a level deep in some versions). */
function countWritten(results: unknown): number {
  return Array.isArray(results) ? results.flat(2).filter((r) => r && typeof r === "object").length : 0;
}
