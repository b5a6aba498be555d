// @11ty/eleventy-img, loaded the first time a picture needs it: it brings sharp's native library, which a site without pictures never pays for.
import { createRequire } from "node:module";
import type EleventyImage from "@11ty/eleventy-img";

let loaded: typeof EleventyImage | undefined;

/** The plugin's default export (Image, with statsSync, generateHTML and ImageSize). */
export function eleventyImg(): typeof EleventyImage {
  return (loaded ??= createRequire(import.meta.url)("@11ty/eleventy-img") as typeof EleventyImage);
}
