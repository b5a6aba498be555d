// Warns about a source picture much larger than it is shown: the build makes the small copies itself, but a 1,200 px
// photograph for a 96 px picture makes the repository heavy and every first build slower, for nothing a reader sees.
import { eleventyImg } from "./eleventy-img.ts";
import { statSync } from "node:fs";
import { extname, resolve } from "node:path";
import type { DataError } from "../model/data-error.ts";
import { pictureFiles, shownPath } from "../model/image-files.ts";
import { imagesDir } from "../model/images.ts";
import { OVERSIZED_FACTOR, PICTURE_WIDTH, PICTURE_WIDTHS } from "./display-size.ts";

/** One warning per raster picture in images/ more than OVERSIZED_FACTOR times as wide as its largest published copy. */
export function oversizedPictureWarnings(dataDir: string, rootDir = process.cwd()): DataError[] {
  const largest = Math.max(...PICTURE_WIDTHS);
  const enough = OVERSIZED_FACTOR * largest;
  return pictureFiles(imagesDir(resolve(rootDir, dataDir)))
    .filter((file) => extname(file).toLowerCase() !== ".svg")
    .flatMap((file) => {
      let size: { width?: number; height?: number };
      try {
        size = eleventyImg().ImageSize(file);
      } catch {
        return []; // not a picture: the folder check names it
      }
      if (!size.width || !size.height || size.width <= enough) return [];
      const shown = (width: number) => `${width} × ${Math.round((width * size.height!) / size.width!)} px`;
      const kb = Math.round(statSync(file).size / 1024).toLocaleString("en-GB");
      return [{
        file: shownPath(file, rootDir),
        field: "",
        message: `is ${size.width.toLocaleString("en-GB")} × ${size.height.toLocaleString("en-GB")} px (${kb} KB), much larger than needed: pages show it at ${shown(PICTURE_WIDTH)} (${shown(largest)} on high-density screens). The build makes those copies itself, but a copy about ${enough} px wide would be enough; saving one in its place keeps the repository small and the first build fast.`,
      }];
    });
}
