// Wires the site together: data, filters, plugins and folders. No logic lives here.
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import { currentReport } from "./src/accessibility/report.ts";
import { buildStylesheet } from "./src/assets/stylesheet.ts";
import { siteOrigin } from "./src/assets/site-origin.ts";
import { brandStyles } from "./src/assets/brand-styles.ts";
import * as filters from "./src/filters/index.ts";
import * as partials from "./_includes/partials/index.ts";
import { nunjucksTemplateCache } from "./src/eleventy/nunjucks-template-cache.ts";
import { sitePathFilter } from "./src/eleventy/site-path-filter.ts";
import { buildDate } from "./src/model/build-date.ts";
import { imagesDir } from "./src/model/images.ts";
import { brandLogos } from "./src/model/brand.ts";
import { configurePictures, publishPictures } from "./src/pictures/publish.ts";
import { loadSite } from "./src/model/site-data.ts";
import { sitemapFiles, sitemapUrlLimit } from "./src/sitemap/limit.ts";

export default function (eleventyConfig: any) {
  // The site graph, read from the editors' YAML (DATA_DIR points elsewhere for tests and benchmarks).
  let graph: ReturnType<typeof loadSite> | undefined;
  eleventyConfig.addGlobalData("graph", () => (graph = loadSite(process.env.DATA_DIR ?? "_data")));
  eleventyConfig.addGlobalData("stylesheet", () => buildStylesheet(undefined, siteOrigin(process.env.DATA_DIR ?? "_data"), brandStyles(process.env.DATA_DIR ?? "_data")));
  eleventyConfig.addGlobalData("buildDate", () => buildDate());
  // The accessibility statement speaks from the last `npm run check` of these exact sources, or says no check has run.
  eleventyConfig.addGlobalData("accessibilityReport", () => currentReport() ?? null);
  // sitemaps.org's 50,000 addresses a file, and how the sitemap templates cut the site into files of that size.
  eleventyConfig.addGlobalData("sitemapLimit", () => sitemapUrlLimit());
  eleventyConfig.addGlobalData("sitemapFiles", () => sitemapFiles);
  eleventyConfig.addWatchTarget(process.env.DATA_DIR ?? "_data");
  eleventyConfig.addWatchTarget("src/assets/");
  // Pictures for Easy Read pages, from the images/ folder beside the data folder: those the pages show, at the size they are shown.
  configurePictures(imagesDir(process.env.DATA_DIR ?? "_data"));
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => publishPictures(directories.output, brandLogos(graph?.brand)));

  // Nunjucks filters, not universal ones: Eleventy copies every universal filter into each page's computed data (1.2 s of a 10,000-partnership build).
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addNunjucksFilter(name, filter);

  // The parts written in TypeScript, which the Nunjucks pages call as functions ({{ date(s.data.signed) }}).
  for (const [name, partial] of Object.entries(partials)) eleventyConfig.addNunjucksGlobal(name, partial);

  // The layout and the partnership page are TypeScript templates (*.11ty.ts), which the build's tsx loads.
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });

  eleventyConfig.addPlugin(nunjucksTemplateCache);
  eleventyConfig.addPlugin(sitePathFilter);

  // Every internal link and asset gets the path prefix, so the site can live in a subfolder.
  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);

  return {
    dir: {
      input: "src/pages", // one template per page kind
      includes: "../../_includes", // layouts and partials
      data: "../../_eleventy-data", // unused: the YAML in _data is read and checked by src/model, not by Eleventy
    },
    templateFormats: ["njk", "11ty.ts"],
    htmlTemplateEngine: "njk",
  };
}
