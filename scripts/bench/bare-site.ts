// The yardstick: a bare Eleventy site that paginates one JSON data array into N pages through a one-line layout.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes the bare site's input folder (config, data array, one template, one layout); returns the config file's path. */
export function writeBareSite(inputDir: string, pages: number): string {
  mkdirSync(join(inputDir, "_data"), { recursive: true });
  mkdirSync(join(inputDir, "_includes"), { recursive: true });
  const items = Array.from({ length: pages }, (_, i) => ({ slug: `page-${i + 1}`, title: `Page ${i + 1}`, summary: `Synthetic page number ${i + 1} of ${pages}.` }));
  writeFileSync(join(inputDir, "_data", "items.json"), JSON.stringify(items));
  writeFileSync(join(inputDir, "_includes", "base.njk"), '<!doctype html><html lang="en"><title>{{ item.title }}</title><main>{{ content | safe }}</main></html>\n');
  writeFileSync(
    join(inputDir, "page.njk"),
    ["---", "pagination:", "  data: items", "  size: 1", "  alias: item", 'permalink: "/{{ item.slug }}/"', "layout: base.njk", "---", "<h1>{{ item.title }}</h1><p>{{ item.summary }}</p>", ""].join("\n"),
  );
  // An explicit, empty config, so Eleventy does not go looking for one in the working folder.
  const config = join(inputDir, "eleventy.config.mjs");
  writeFileSync(config, "export default function () {}\n");
  return config;
}
