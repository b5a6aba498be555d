// The one entry point from data files to the site graph: load, validate, link; throws every error at once.
import { resolve } from "node:path";
import { buildDate, ukDate } from "./build-date.ts";
import { DataErrors } from "./data-error.ts";
import { lastCommitDates } from "./git-dates.ts";
import { buildGraph, type SiteGraph } from "./graph.ts";
import { imageFolderErrors } from "./images.ts";
import { loadSourceFiles } from "./load.ts";
import { validate } from "./validate.ts";

let handedOver: { dataDir: string; graph: SiteGraph } | undefined;

/** Keeps a graph `npm run build` has already checked, for the next loadSite of the same folder, so 10,000 files are read once, not twice. */
export function handOver(dataDir: string, graph: SiteGraph): void {
  handedOver = { dataDir: resolve(dataDir), graph };
}

/** Reads `_data` (or another folder) into the site graph, or throws DataErrors listing every problem. */
export function loadSite(dataDir = "_data", rootDir = process.cwd()): SiteGraph {
  const absolute = resolve(rootDir, dataDir);
  // A handed-over graph serves one build only, so `npm start` still reads every later edit.
  const ready = handedOver?.dataDir === absolute ? handedOver.graph : undefined;
  handedOver = undefined;
  if (ready) return ready;
  const loaded = loadSourceFiles(absolute, rootDir);
  const checked = validate(loaded.files);
  const errors = [...loaded.errors, ...checked.errors, ...imageFolderErrors(absolute, rootDir)];
  if (errors.length > 0 || !checked.data) throw new DataErrors(errors);
  return buildGraph(checked.data, ukDate(buildDate()), lastCommitDates(absolute));
}
