// The site-wide downloads and the footer's sizes of them are made once per build, not once per page: rebuilt per page, a 2,000-partnership build took 177.5 s instead of 11.3 s.
import Eleventy from "@11ty/eleventy";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { madeOnce } from "../../src/filters/site-downloads.ts";
import type { SiteGraph } from "../../src/model/graph.ts";

const PAGES = 40;

/** Renders PAGES pages through Eleventy, each calling the filter on the graph as the footer does; answers how often the download was made. */
async function rendersFor(filter: (graph: SiteGraph, root: string) => string): Promise<{ renders: number; pages: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "site-downloads-"));
  try {
    writeFileSync(join(dir, "eleventy.config.mjs"), "export default function () {}\n");
    writeFileSync(
      join(dir, "page.njk"),
      ["---", "pagination:", "  data: graph.partnerships", "  size: 1", "  alias: partnership", 'permalink: "/{{ partnership.slug }}/"', "---", "{{ partnership.slug }} {{ graph | downloadSize('/') }}", ""].join("\n"),
    );
    const graph = { partnerships: Array.from({ length: PAGES }, (_, i) => ({ slug: `p${i}` })) } as unknown as SiteGraph;
    // Eleventy's published types leave out the `config` option and toJSON(), both public API.
    const ProgrammaticEleventy = Eleventy as unknown as new (input: string, output: string, options: object) => { toJSON(): Promise<{ content: string }[]> };
    const eleventy = new ProgrammaticEleventy(dir, join(dir, "_site"), {
      quietMode: true,
      configPath: join(dir, "eleventy.config.mjs"),
      config: (config: any) => {
        config.addGlobalData("graph", graph);
        config.addFilter("downloadSize", filter);
      },
    });
    const pages = (await eleventy.toJSON()).map((page) => page.content.trim());
    return { renders: counted, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let counted = 0;
const render = (graph: SiteGraph, root: string) => {
  counted++;
  return `${root}${"x".repeat(1500)}`;
};

test("one render for every page of a build, though Eleventy hands each page its own view of the graph", async () => {
  counted = 0;
  const { renders, pages } = await rendersFor(madeOnce(render).size);
  assert.is(pages.length, PAGES);
  assert.ok(pages.every((page) => / 2 KB$/.test(page)), pages[0]);
  assert.is(renders, 1);
});

test("the control: a cache keyed by the graph each page sees would render on every page", async () => {
  counted = 0;
  const byGraph = new WeakMap<object, string>();
  const keyedByGraph = (graph: SiteGraph, root: string) => byGraph.get(graph) ?? (byGraph.set(graph, render(graph, root)), "2 KB");
  const { renders } = await rendersFor(keyedByGraph);
  assert.ok(renders > 1, `rendered ${renders} times`);
});

test("the file and its stated size come from one render per site root", () => {
  counted = 0;
  const graph = { partnerships: [] } as unknown as SiteGraph;
  const download = madeOnce(render);
  assert.is(download.text(graph, "/"), `/${"x".repeat(1500)}`);
  assert.is(download.size(graph, "/"), "2 KB");
  download.text(graph, "/");
  assert.is(counted, 1);
  download.size(graph, "/sub/");
  assert.is(counted, 2);
  download.size({ partnerships: [] } as unknown as SiteGraph, "/");
  assert.is(counted, 3, "a new build's graph is rendered afresh");
});

test.run();
