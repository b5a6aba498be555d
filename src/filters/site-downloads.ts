// The site-wide downloads (open data, feed): each made once per build, for its own file and for the size the home page states beside its link.
import { atomFeed as makeFeed } from "../feed/atom-feed.ts";
import type { SiteGraph } from "../model/graph.ts";
import { openDataJson as makeOpenData } from "../open-data/open-data.ts";
import { fileSize } from "./file-size.ts";

type Render = (graph: SiteGraph, root: string) => string;

/** A download's text and its size in words, remembered per graph and site root. */
export function madeOnce(render: Render): { text: Render; size: Render } {
  // Keyed by the graph's list of partnerships: templates may see the graph itself through a fresh wrapper on every page.
  const made = new WeakMap<object, Map<string, { text: string; size: string }>>();
  const get = (graph: SiteGraph, root: string) => {
    let byRoot = made.get(graph.partnerships);
    if (!byRoot) made.set(graph.partnerships, (byRoot = new Map()));
    let file = byRoot.get(root);
    if (!file) {
      const text = render(graph, root);
      byRoot.set(root, (file = { text, size: fileSize(text) }));
    }
    return file;
  };
  return { text: (graph, root) => get(graph, root).text, size: (graph, root) => get(graph, root).size };
}

const openData = madeOnce(makeOpenData);
const feed = madeOnce(makeFeed);

/** @example {{ graph | openDataJson(root) | safe }} */
export const openDataJson = openData.text;
/** @example {{ graph | openDataSize(root) }} → "12 KB" */
export const openDataSize = openData.size;
/** @example {{ graph | atomFeed(root) | safe }} */
export const atomFeed = feed.text;
/** @example {{ graph | feedSize(root) }} → "3 KB" */
export const feedSize = feed.size;
