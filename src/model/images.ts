// Pictures for Easy Read pages live in an images/ folder beside the data folder and are published at /images/.
import { lstatSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { DataError } from "./data-error.ts";
import { imageFolderProblems, shownPath } from "./image-files.ts";

/** The site address every picture is published under. */
export const IMAGES_PATH = "/images/";

/** The images folder that belongs to a data folder: `_data` → `images`, `tests/fixtures/x/_data` → `tests/fixtures/x/images`. */
export function imagesDir(dataDir: string): string {
  return join(dirname(resolve(dataDir)), "images");
}

/** The file a site address under /images/ is served from, or undefined when it is not there. */
export function imageFile(dataDir: string, src: string): string | undefined {
  return pictureFileAt(imagesDir(dataDir), src);
}

/** The ordinary file inside `root` that an address under /images/ names, or undefined (no such file, or an address that leaves the folder). */
export function pictureFileAt(root: string, src: string): string | undefined {
  const name = pictureName(src);
  if (name === undefined || leavesFolder(name)) return undefined;
  try {
    return lstatSync(join(root, name)).isFile() ? join(root, name) : undefined;
  } catch {
    return undefined;
  }
}

/** Why an address under /images/ can never name a picture (it leaves the folder, or is not a valid address), or undefined. */
export function pictureAddressProblem(src: string): string | undefined {
  const name = pictureName(src);
  if (name === undefined) return `shows the picture ${src}, whose address is not valid (a % not followed by two hexadecimal digits); write the file's name as it is, e.g. /images/talking.png`;
  if (leavesFolder(name)) return `shows the picture ${src}, whose address leaves the images folder (it has .. or a backslash); pictures must be files in images/, e.g. /images/talking.png`;
  return undefined;
}

function pictureName(src: string): string | undefined {
  try {
    return decodeURIComponent(src.slice(IMAGES_PATH.length).split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
}

// A name such as ../../secret.txt, or one with a backslash (a folder separator on Windows), would leave the folder.
function leavesFolder(name: string): boolean {
  const root = resolve("/images-root");
  const inside = relative(root, resolve(root, name));
  return name.includes("\\") || name.includes("\0") || !inside || inside.startsWith("..");
}

/** Every problem in the images folder beside a data folder, as data errors naming the file (images/evil.svg). */
export function imageFolderErrors(dataDir: string, rootDir = process.cwd()): DataError[] {
  return imageFolderProblems(imagesDir(resolve(rootDir, dataDir))).map(({ path, message }) => ({ file: shownPath(path, rootDir), field: "", message }));
}
