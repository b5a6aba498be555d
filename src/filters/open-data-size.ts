// The open-data file's size for the footer link on every page, worked out once per build rather than once per page.
import type { SiteGraph } from "../model/graph.ts";
import { openDataJson } from "../open-data/open-data.ts";
import { fileSize } from "./file-size.ts";

const sizes = new WeakMap<SiteGraph, Map<string, string>>();

/** @example {{ graph | openDataSize(root) }} → "12 KB" */
export function openDataSize(graph: SiteGraph, root: string): string {
  let byRoot = sizes.get(graph);
  if (!byRoot) sizes.set(graph, (byRoot = new Map()));
  let size = byRoot.get(root);
  if (size === undefined) byRoot.set(root, (size = fileSize(openDataJson(graph, root))));
  return size;
}
