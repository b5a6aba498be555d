// `npm run build`: checks the data, builds into a fresh folder and swaps it in only on success, so a failed build never half-updates _site.
import Eleventy from "@11ty/eleventy";
import { existsSync, renameSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { DataErrors } from "../src/model/data-error.ts";
import { copyImages } from "../src/model/images.ts";
import { handOver, loadSite } from "../src/model/site-data.ts";
import { SiteWriter, useSiteWriter } from "../src/output/site-writer.ts";

const { values } = parseArgs({ options: { output: { type: "string", default: "_site" }, pathprefix: { type: "string", default: "/" }, quiet: { type: "boolean", default: false } } });
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
// Eleventy renders (a dry run: it writes nothing itself) and hands every file to the site writer's threads.
const writer = new SiteWriter();
useSiteWriter(writer);
const eleventy = new Eleventy("src/pages", staging, { configPath: ".eleventy.ts", pathPrefix: values.pathprefix, quietMode: true, dryRun: true });
// A dry run ends with Eleventy's "Wrote 0 files"; the writer's own count follows instead. Everything else Eleventy says is kept.
eleventy.logger.overrideLogger({ ...console, log: (line: string) => /Wrote \d+ files?/.test(line) || console.log(line) });
let written: number;
try {
  await eleventy.write();
  progress(`Rendered the pages (${seconds()}).`);
  written = await writer.close();
  // A dry run copies no passthrough files, so the Easy Read pictures are copied here.
  copyImages(dataDir, staging);
} catch (error) {
  await writer.close().catch(() => undefined);
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe build failed; ${output}/ was left as it was.`);
  process.exit(1);
} finally {
  useSiteWriter(undefined);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(output)) renameSync(output, previous);
renameSync(staging, output);
rmSync(previous, { recursive: true, force: true });
progress(`Built ${output}/: ${count(written, "file")}, counting the .gz and .br copies of each text file (${seconds()}).`);
