// `npm run build`: checks the data, builds into a fresh folder and swaps it in only on success, so a failed build never half-updates _site.
import Eleventy from "@11ty/eleventy";
import { existsSync, renameSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { DataErrors } from "../src/model/data-error.ts";
import { handOver, loadSite } from "../src/model/site-data.ts";
import { precompress } from "../src/output/precompress.ts";

const { values } = parseArgs({ options: { output: { type: "string", default: "_site" }, pathprefix: { type: "string", default: "/" }, quiet: { type: "boolean", default: false } } });
const output = values.output!;
const staging = `${output}.building`;
const previous = `${output}.previous`;
const started = performance.now();

const dataDir = process.env.DATA_DIR ?? "_data";
try {
  handOver(dataDir, loadSite(dataDir));
} catch (error) {
  if (!(error instanceof DataErrors)) throw error;
  console.error(error.message);
  console.error(`\nThe build stopped; ${output}/ was left as it was. Fix the problems above and run it again.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const eleventy = new Eleventy("src/pages", staging, { configPath: ".eleventy.ts", pathPrefix: values.pathprefix, quietMode: values.quiet });
try {
  await eleventy.write();
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe build failed; ${output}/ was left as it was.`);
  process.exit(1);
}

const compressed = await precompress(staging);

rmSync(previous, { recursive: true, force: true });
if (existsSync(output)) renameSync(output, previous);
renameSync(staging, output);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${output}/ (${compressed} text files, each with .gz and .br copies) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
