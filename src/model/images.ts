// Pictures for Easy Read pages live in an images/ folder beside the data folder and are published at /images/.
import { cpSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** The site address every picture is published under. */
export const IMAGES_PATH = "/images/";

/** The images folder that belongs to a data folder: `_data` → `images`, `tests/fixtures/x/_data` → `tests/fixtures/x/images`. */
export function imagesDir(dataDir: string): string {
  return join(dirname(resolve(dataDir)), "images");
}

/** The file a site address under /images/ is served from, or undefined when it is not there. */
export function imageFile(dataDir: string, src: string): string | undefined {
  if (!src.startsWith(IMAGES_PATH)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(src.slice(IMAGES_PATH.length).split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  const root = imagesDir(dataDir);
  const file = resolve(root, name);
  // A name such as ../../secret.txt would leave the folder.
  if (relative(root, file).startsWith("..")) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Copies the images folder, when there is one, into a built site's /images/. */
export function copyImages(dataDir: string, siteDir: string): void {
  const from = imagesDir(dataDir);
  if (existsSync(from)) cpSync(from, join(siteDir, "images"), { recursive: true });
}
