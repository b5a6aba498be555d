// The sizes of the site-wide downloads for the footer links on every page, each worked out once per build rather than once per page.
import { atomFeed } from "../feed/atom-feed.ts";
import type { SiteGraph } from "../model/graph.ts";
import { openDataJson } from "../open-data/open-data.ts";
import { fileSize } from "./file-size.ts";

/** A filter giving the size of what `render` makes of the graph, remembered per graph and site root. */
export function sizeOnce(render: (graph: SiteGraph, root: string) => string): (graph: SiteGraph, root: string) => string {
  // Keyed by the graph's list of partnerships: templates may see the graph itself through a fresh wrapper on every page.
  const sizes = new WeakMap<object, Map<string, string>>();
  return (graph, root) => {
    let byRoot = sizes.get(graph.partnerships);
    if (!byRoot) sizes.set(graph.partnerships, (byRoot = new Map()));
    let size = byRoot.get(root);
    if (size === undefined) byRoot.set(root, (size = fileSize(render(graph, root))));
    return size;
  };
}

/** @example {{ graph | openDataSize(root) }} → "12 KB" */
export const openDataSize = sizeOnce(openDataJson);

/** @example {{ graph | feedSize(root) }} → "3 KB" */
export const feedSize = sizeOnce(atomFeed);
