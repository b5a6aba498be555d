// Publishes the pictures Markdown shows at the size they are shown, through @11ty/eleventy-img: WebP with a JPEG or PNG
// fallback in <picture>, at the display width and twice it; SVGs (already checked safe) as they are. Only pictures a page
// shows are published, so a site without pictures pays nothing.
import type { ImageMetadata, ImageOptions } from "@11ty/eleventy-img";
import { eleventyImg } from "./eleventy-img.ts";
import { copyFileSync, mkdirSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { IMAGES_PATH, pictureFileAt } from "../model/images.ts";
import { PICTURE_SIZES, PICTURE_WIDTH, PICTURE_WIDTHS } from "./display-size.ts";

let folders: { images: string; cache: string } | undefined;
/** Raster pictures being encoded, by source file; SVGs and logos to copy as they are, by source file. */
const encoding = new Map<string, Promise<ImageMetadata>>();
const svgs = new Set<string>();

/**
 * Where pictures come from (the images/ folder beside the data) and where eleventy-img keeps what it has encoded: a
 * folder outside the built site, which its disk cache finds on the next build, so unchanged pictures are not encoded again.
 */
export function configurePictures(imagesDir: string, cacheDir = ".cache/eleventy-img"): void {
  folders = { images: resolve(imagesDir), cache: resolve(cacheDir) };
}

// WebP is the modern format: AVIF would save a little more, but sharp encodes it many times slower, and at 192 px WebP is small already.
const QUALITY = { sharpWebpOptions: { quality: 75 }, sharpJpegOptions: { quality: 75, mozjpeg: true }, sharpPngOptions: { palette: true, compressionLevel: 9 } };

/** The fallback format for browsers without WebP: JPEG for photographs, PNG (which keeps transparency) for the rest. */
function formatsFor(type: string | undefined): string[] {
  return type === "jpg" ? ["webp", "jpeg"] : ["webp", "png"];
}

function optionsFor(file: string, type: string | undefined): ImageOptions {
  // The editor's file name, made safe for an address, then eleventy-img's hash of the picture and its settings.
  const name = basename(file, extname(file)).replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60) || "picture";
  return {
    widths: PICTURE_WIDTHS,
    formats: formatsFor(type),
    outputDir: folders!.cache,
    urlPath: IMAGES_PATH,
    filenameFormat: (id, _src, width, format) => `${name}-${id}-${width}.${format}`,
    ...QUALITY,
  };
}

/**
 * The HTML for a picture in Markdown at `src` (/images/…), or undefined when no such picture is in images/ (the
 * data check names it). The first picture of a text loads with the page; the others when they are scrolled near.
 * @example pictureHtml("/images/talking.jpg", "Two people talking", false) → <picture><source type="image/webp" …><img … loading="lazy"></picture>
 */
export function pictureHtml(src: string, alt: string, first: boolean): string | undefined {
  const file = folders && src.startsWith(IMAGES_PATH) ? pictureFileAt(folders.images, src) : undefined;
  if (!file) return undefined;
  const loading: Record<string, string> = first ? { decoding: "async" } : { decoding: "async", loading: "lazy" };
  const { width, height, type } = eleventyImg().ImageSize(file);
  if (type === "svg") {
    svgs.add(file);
    const shownHeight = width && height ? Math.round((PICTURE_WIDTH * height) / width) : PICTURE_WIDTH;
    return `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}" width="${PICTURE_WIDTH}" height="${shownHeight}" ${attributes(loading)}>`;
  }
  const options = optionsFor(file, type);
  if (!encoding.has(file)) {
    const queued = eleventyImg()(file, options);
    queued.catch(() => {}); // reported by publishPictures, which awaits it
    encoding.set(file, queued);
  }
  return eleventyImg().generateHTML(eleventyImg().statsSync(file, options), { alt, sizes: PICTURE_SIZES, ...loading }, { fallback: "smallest" });
}

/**
 * Copies every picture the pages show into the built site's images/ folder, once eleventy-img has encoded them, and the
 * pictures shown as they are (`asIs`: the header's logos, /images/… addresses); answers how many files.
 */
export async function publishPictures(outputDir: string, asIs: readonly string[] = []): Promise<number> {
  for (const src of asIs) {
    const file = folders && src.startsWith(IMAGES_PATH) ? pictureFileAt(folders.images, src) : undefined;
    if (file) svgs.add(file);
  }
  if (!folders || (encoding.size === 0 && svgs.size === 0)) return 0;
  const target = join(outputDir, "images");
  mkdirSync(target, { recursive: true });
  let count = 0;
  for (const [file, queued] of encoding) {
    let metadata: ImageMetadata;
    try {
      metadata = await queued;
    } catch (error) {
      throw new Error(`${relative(process.cwd(), file)} could not be read as a picture (${error instanceof Error ? error.message : error}); save it again as a PNG or JPEG file.`);
    }
    for (const entry of Object.values(metadata).flat()) {
      copyFileSync(entry.outputPath!, join(target, basename(entry.outputPath!)));
      count += 1;
    }
  }
  for (const file of svgs) {
    const to = join(target, relative(folders.images, file));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(file, to);
    count += 1;
  }
  return count;
}

function attributes(values: Record<string, string>): string {
  return Object.entries(values).map(([key, value]) => `${key}="${value}"`).join(" ");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
