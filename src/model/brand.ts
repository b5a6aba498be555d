// site.yaml's brand: the council's colour (its header text held to 7:1) and logo (a small PNG or SVG in images/), checked and ready for the header.
import { readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { contrast, headerColours, headerTextOn, NEAR_BLACK, nearestPassingShade, ratioInWords, WHITE } from "../brand/colour.ts";
import type { DataError } from "./data-error.ts";
import { pictureFileProblems } from "./image-files.ts";
import { IMAGES_PATH, imageFile } from "./images.ts";
import type { SourceFile } from "./load.ts";
import { urlProblem } from "./urls.ts";

/** A logo loads on every page, so it is held well under the 14 KB a page may weigh: 8 KB (8,192 bytes) as published. */
export const MAX_LOGO_BYTES = 8 * 1024;
/** The height the logo is shown at in the header, in CSS pixels (2.5rem); its width follows from its shape. */
export const LOGO_HEIGHT = 40;

const COLOUR_HELP = 'must be a colour written "#" and six hexadecimal digits, in quotes, e.g. colour: "#1d70b8" (without quotes, YAML reads # as the start of a comment)';
const LOGO_HELP = "must be the address of a PNG or SVG picture in the images folder beside _data, e.g. /images/logo.svg";

/** Why white and near-black header text both fall short of 7:1 on `hex`, with the shade to use instead; undefined when one reaches it. */
export function colourProblem(hex: string): string | undefined {
  const colour = hex.toLowerCase();
  if (headerTextOn(colour)) return undefined;
  const shade = nearestPassingShade(colour);
  const text = headerTextOn(shade) === WHITE ? "white" : "near-black";
  return `${colour} gives white text ${ratioInWords(contrast(colour, WHITE))} and near-black text ${ratioInWords(contrast(colour, NEAR_BLACK))}, under the 7:1 the header's text must reach; ${shade} is the nearest shade of the same hue that reaches 7:1 (with ${text} text): write colour: "${shade}"`;
}

const colour = z
  .string({ error: COLOUR_HELP })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: COLOUR_HELP })
  .superRefine((value, ctx) => {
    const problem = /^#[0-9a-fA-F]{6}$/.test(value) ? colourProblem(value) : undefined;
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  });

const logo = z.string({ error: LOGO_HELP }).superRefine((value, ctx) => {
  const problem = urlProblem(value);
  const fail = (message: string) => ctx.addIssue({ code: "custom", message, input: value });
  if (problem) fail(`${LOGO_HELP}, but it ${problem}`);
  else if (!value.startsWith(IMAGES_PATH)) fail(`(${value}) is not in the images folder: ${LOGO_HELP}`);
  else if (!/\.(png|svg)$/i.test(value)) fail(`(${value}) is not a PNG or SVG picture: ${LOGO_HELP}`);
});

/** site.yaml's `brand`: the colour of the header, and the logo beside the site name (logo_dark on the dark scheme's header). */
export const brandSchema = z
  .strictObject({ colour, logo: logo.optional(), logo_dark: logo.optional() }, { error: "must be a set of fields (field: value): colour, and logo and logo_dark if you have them" })
  .superRefine((brand, ctx) => {
    if (brand.logo_dark && !brand.logo) ctx.addIssue({ code: "custom", path: ["logo_dark"], message: "is the logo for the dark scheme's header, but there is no logo for the light scheme's; add logo as well" });
  });

export type BrandData = z.output<typeof brandSchema>;

/** A logo as the header shows it: its address and its size there, in CSS pixels. */
export interface Logo {
  src: string;
  width: number;
  height: number;
}

/** The brand as the stylesheet and the header use it. */
export interface Brand {
  /** The header's background and text in the light scheme. */
  colour: string;
  text: string;
  /** The header's background in the dark scheme, always with white text: the colour itself, or its nearest darker shade that white text reaches 7:1 on. */
  darkColour: string;
  logo?: Logo;
  logoDark?: Logo;
}

/** A picture's own width and height (any unit, only their ratio matters), or why they cannot be read. */
export function pictureSize(file: string): { width: number; height: number } | string {
  const bytes = readFileSync(file);
  if (/\.png$/i.test(file)) {
    const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && bytes.subarray(12, 16).toString("latin1") === "IHDR";
    if (!png || bytes.length < 24) return "is not a PNG picture (its bytes are not a PNG file's); save it again as PNG";
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  const root = /<svg\b[^>]*>/i.exec(bytes.toString("utf8"))?.[0];
  if (!root) return "is not an SVG picture (it has no <svg> element); save it again as SVG";
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(root)?.[1]?.trim();
  const box = attribute("viewBox")?.split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box[2] > 0 && box[3] > 0) return { width: box[2], height: box[3] };
  const [width, height] = ["width", "height"].map((name) => Number(attribute(name)?.replace(/px$/, "")));
  if (width > 0 && height > 0) return { width, height };
  return 'has no viewBox (nor a width and height in pixels), so its shape is unknown; add one to its <svg> element, e.g. viewBox="0 0 120 40"';
}

/** Every problem with site.yaml's logo files: missing from images/, unreadable, or over 8 KB. */
export function logoErrors(site: { source: SourceFile; data: { brand?: BrandData } } | undefined): DataError[] {
  if (!site?.data.brand) return [];
  const dataDir = dirname(site.source.absolutePath);
  return (["logo", "logo_dark"] as const).flatMap((field) => {
    const src = site.data.brand![field];
    if (!src) return [];
    const problem = logoFileProblem(dataDir, src);
    return problem ? [{ file: site.source.file, ...site.source.locate(["brand", field]), field: `brand.${field}`, message: problem }] : [];
  });
}

function logoFileProblem(dataDir: string, src: string): string | undefined {
  const name = src.slice(IMAGES_PATH.length);
  const file = imageFile(dataDir, src);
  if (!file) return `(${src}) is not in the images folder: there is no file images/${name} beside the data folder; add the picture there, or correct its name`;
  const bytes = statSync(file).size;
  if (bytes > MAX_LOGO_BYTES) {
    return `(${src}) is ${(bytes / 1024).toFixed(1)} KB, and a logo may be at most 8 KB, since every page loads it; save it smaller (an SVG without editor data, e.g. through SVGO, or a PNG ${LOGO_HEIGHT * 2} pixels high with fewer colours)`;
  }
  const size = pictureSize(file);
  if (typeof size === "string") return `(${src}) ${size}`;
  // The images/ rules too (no script, no reference elsewhere), named by the field as well as by the file.
  const [unsafe] = pictureFileProblems(file);
  return unsafe ? `(${src}) ${unsafe}` : undefined;
}

/** The brand of a checked site.yaml, with its logos' sizes read from images/; undefined for a site without one. */
export function siteBrand(site: { source: SourceFile; data: { brand?: BrandData } }): Brand | undefined {
  const brand = site.data.brand;
  if (!brand) return undefined;
  const dataDir = dirname(site.source.absolutePath);
  const shown = (src: string | undefined): Logo | undefined => {
    const file = src && imageFile(dataDir, src);
    const size = file ? pictureSize(file) : undefined;
    if (!src || !size || typeof size === "string") return undefined;
    return { src, width: Math.round((LOGO_HEIGHT * size.width) / size.height), height: LOGO_HEIGHT };
  };
  const logo = shown(brand.logo);
  const logoDark = shown(brand.logo_dark);
  return { ...headerColours(brand.colour), ...(logo && { logo }), ...(logoDark && { logoDark }) };
}

/** The addresses of the header's logos, which are published as they are (at most 8 KB each). @example brandLogos(brand) → ["/images/logo.svg"] */
export function brandLogos(brand: Brand | undefined): string[] {
  return [brand?.logo?.src, brand?.logoDark?.src].filter((src): src is string => src !== undefined);
}
