// Checks that the images/ folder holds pictures and nothing else: it is published on the council's own address, where a script in it would run as the site.
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, statSync, type Stats } from "node:fs";
import { extname, join, relative } from "node:path";

/** What may be in images/, for every message that refuses something. */
export const ALLOWED_IN_IMAGES = "images/ may hold only pictures (PNG, JPEG, WebP, AVIF or GIF files, or SVG files with no script and no link to another file or site) and README.md files";

export interface ImageFileProblem {
  /** The file or folder, as given (joined from the folder checked). */
  path: string;
  message: string;
}

type RasterType = "PNG" | "JPEG" | "WebP" | "AVIF" | "GIF";

/** The picture types a file name may say, by extension. */
const TYPE_BY_EXTENSION: Record<string, RasterType | "SVG"> = {
  ".png": "PNG",
  ".jpg": "JPEG",
  ".jpeg": "JPEG",
  ".webp": "WebP",
  ".avif": "AVIF",
  ".gif": "GIF",
  ".svg": "SVG",
};

/** Every problem in an images folder, read without following links; an absent folder has none. */
export function imageFolderProblems(folder: string): ImageFileProblem[] {
  const problems: ImageFileProblem[] = [];
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && dir === folder) return;
      problems.push({ path: dir, message: `could not be read (${(error as NodeJS.ErrnoException).code ?? "error"}); ${ALLOWED_IN_IMAGES}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && entry.name === "README.md") continue;
      else problems.push(...pictureFileProblems(path).map((message) => ({ path, message })));
    }
  };
  // A linked images/ folder itself is refused too: its pictures would come from wherever it points.
  const top = lstatOrUndefined(folder);
  if (top?.isSymbolicLink()) return [{ path: folder, message: linkMessage(folder) }];
  if (top) visit(folder);
  return problems;
}

/**
 * What is wrong with one picture file, or nothing: it must be an ordinary file (not a link) whose bytes are the
 * picture type its name says, and an SVG must have no script, event handler, foreignObject or reference elsewhere.
 * @example pictureFileProblems("images/logo.svg") → ["is an SVG with a <script> element, …"]
 */
export function pictureFileProblems(path: string): string[] {
  const stats = lstatOrUndefined(path);
  if (!stats) return [`does not exist; ${ALLOWED_IN_IMAGES}`];
  if (stats.isSymbolicLink()) return [linkMessage(path)];
  if (!stats.isFile()) return [`is not an ordinary file; ${ALLOWED_IN_IMAGES}`];
  const extension = extname(path).toLowerCase();
  const type = TYPE_BY_EXTENSION[extension];
  if (!type) return [`is ${extension ? `a ${extension} file` : "a file with no extension"}, which is not a picture; ${ALLOWED_IN_IMAGES}, since everything there is published on the site's own address`];
  if (type === "SVG") return svgProblems(readFileSync(path));
  const found = signatureType(firstBytes(path, 32));
  if (found === type) return [];
  return [`is named as a ${type} picture, but its bytes are ${found ? `a ${found} picture's; rename it with the extension ${found === "JPEG" ? ".jpg" : `.${found.toLowerCase()}`}` : `not a ${type} picture's (it may be a web page or another kind of file renamed); ${ALLOWED_IN_IMAGES}`}`];
}

/** The raster type a file's first bytes (its signature) say it is. */
function signatureType(bytes: Buffer): RasterType | undefined {
  const ascii = (from: number, to: number) => bytes.subarray(from, to).toString("latin1");
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "PNG";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "JPEG";
  if (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") return "GIF";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "WebP";
  // An ISO media file (ftyp box) whose major or compatible brands include AVIF.
  if (ascii(4, 8) === "ftyp") {
    const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length);
    for (let at = 8; at + 4 <= boxSize; at += 4) if (["avif", "avis"].includes(ascii(at, at + 4))) return "AVIF";
  }
  return undefined;
}

/** What an SVG may not carry: anything that runs, or that fetches another file or site when the picture is shown. */
const SVG_RULES: [RegExp, string][] = [
  [/<(?:[\w.-]+:)?script\b/i, "a <script> element"],
  [/(?:^|[\s"'/])(?:[\w.-]+:)?on[a-z]+\s*=/i, "an event-handler attribute (such as onload)"],
  [/<(?:[\w.-]+:)?foreignObject\b/i, "a <foreignObject> element"],
  [/(?:^|[\s"'/])(?:[\w.-]+:)?href\s*=\s*(?!["']#)/i, "a link to another file or site (href or xlink:href)"],
  [/\burl\(\s*(?!["']?#)/i, "a reference to another file or site (url())"],
  [/@import\b/i, "a reference to another file or site (@import)"],
  [/<!ENTITY\b/i, "an XML entity declaration (<!ENTITY), which can hide markup"],
  [/<\?xml-stylesheet\b/i, "a reference to a stylesheet (<?xml-stylesheet)"],
  [/javascript:/i, "a javascript: address"],
  [/\battributeName\s*=\s*["']?(?:[\w.-]+:)?(?:href|on[a-z]+)\b/i, "an animation that sets a link or an event handler"],
];

function svgProblems(bytes: Buffer): string[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return ["is an SVG that is not UTF-8 text; save it as UTF-8"];
  }
  if (!/<(?:[\w.-]+:)?svg\b/i.test(text)) return [`is named as an SVG picture, but it has no <svg> element (it may be a web page or another kind of file renamed); ${ALLOWED_IN_IMAGES}`];
  const found = SVG_RULES.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
  return found.length === 0 ? [] : [`is an SVG with ${found.join(", ")}, which is not allowed: a picture on the site's own address could run as the site or fetch from elsewhere; save the drawing again without it (most drawing programs have a "plain SVG" or "optimised SVG" option)`];
}

function linkMessage(path: string): string {
  let target = "";
  try {
    target = readlinkSync(path);
  } catch {}
  const stats = statOrUndefined(path);
  const what = stats?.isDirectory() ? "a symbolic link to a folder" : "a symbolic link";
  return `is ${what}${target ? ` (to ${target})` : ""}, which is not allowed: put the picture itself in images/, not a link to it; ${ALLOWED_IN_IMAGES}`;
}

function firstBytes(path: string, count: number): Buffer {
  const buffer = Buffer.alloc(count);
  const fd = openSync(path, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Every ordinary file in an images folder but README.md files, read without following links: the pictures, once the folder has no problems. */
export function pictureFiles(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(dir, entry.name));
      else if (entry.isFile() && entry.name !== "README.md") found.push(join(dir, entry.name));
    }
  };
  if (lstatOrUndefined(folder)?.isDirectory()) visit(folder);
  return found.sort();
}

/** A path as an editor sees it, relative to the project: images/logo.svg. */
export function shownPath(path: string, rootDir: string): string {
  return relative(rootDir, path).split("\\").join("/") || ".";
}
