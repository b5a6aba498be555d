// Colour arithmetic for a council's brand colour: WCAG contrast, and the nearest shade of the same hue whose header text reaches 7:1.

/** The header's text on a brand colour: white, or the site's own near-black (the text colour of the light scheme). */
export const WHITE = "#ffffff";
export const NEAR_BLACK = "#0b0c0c";

/** WCAG 1.4.6 (AAA): the contrast every text on the site reaches. */
export const TEXT_CONTRAST = 7;

type Rgb = [number, number, number];

/** @example rgbOf("#e4003b") → [228, 0, 59] */
export function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function hexOf([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG 2's relative luminance, with the sRGB threshold pa11y's HTML_CodeSniffer and the gate's focus check use. */
export function luminance(hex: string): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = rgbOf(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** @example contrast("#e4003b", "#ffffff") → 4.82… */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as an editor reads it, rounded down so a colour just under 7:1 never reads "7.0:1". @example ratioInWords(6.98) → "6.9:1" */
export function ratioInWords(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** The header text that reaches 7:1 on `background` (white first), or undefined when neither does. */
export function headerTextOn(background: string): string | undefined {
  if (contrast(background, WHITE) >= TEXT_CONTRAST) return WHITE;
  if (contrast(background, NEAR_BLACK) >= TEXT_CONTRAST) return NEAR_BLACK;
  return undefined;
}

type Hsl = [hue: number, saturation: number, lightness: number];

function hslOf(hex: string): Hsl {
  const [r, g, b] = rgbOf(hex).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return [0, 0, lightness];
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  const sector = max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  return [sector * 60, saturation, lightness];
}

function hexFromHsl([hue, saturation, lightness]: Hsl): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const sector = Math.floor(hue / 60) % 6;
  const [r, g, b] = [[chroma, x, 0], [x, chroma, 0], [0, chroma, x], [0, x, chroma], [x, 0, chroma], [chroma, 0, x]][sector];
  return hexOf([(r + m) * 255, (g + m) * 255, (b + m) * 255]);
}

/** Steps of HSL lightness between shades tried: finer than one step of a #rrggbb channel. */
const STEP = 1 / 2048;

/** The first shade, walking HSL lightness from `hex` one way (hue and saturation kept), on which `passes` holds; the step it took. */
function walk(hex: string, direction: -1 | 1, passes: (shade: string) => boolean): { shade: string; distance: number } | undefined {
  const [hue, saturation, lightness] = hslOf(hex);
  for (let distance = STEP; distance <= 1; distance += STEP) {
    const next = lightness + direction * distance;
    if (next < 0 || next > 1) return undefined;
    const shade = hexFromHsl([hue, saturation, next]);
    if (passes(shade)) return { shade, distance };
  }
  return undefined;
}

/**
 * The shade of the same hue nearest to `hex` on which white or near-black text reaches 7:1: darker for white text,
 * lighter for near-black, whichever is the smaller change of lightness (darker when they tie).
 * @example nearestPassingShade("#e4003b") → "#b4002f" (white text, 7.0:1)
 */
export function nearestPassingShade(hex: string): string {
  if (headerTextOn(hex)) return hex;
  const darker = walk(hex, -1, (shade) => contrast(shade, WHITE) >= TEXT_CONTRAST);
  const lighter = walk(hex, 1, (shade) => contrast(shade, NEAR_BLACK) >= TEXT_CONTRAST);
  // Black passes with white text and white with near-black, so at least one walk always ends in a shade.
  if (!lighter || (darker && darker.distance <= lighter.distance)) return darker!.shade;
  return lighter.shade;
}

/**
 * The header's background in the dark colour scheme: the brand colour itself when white text reaches 7:1 on it,
 * otherwise its nearest darker shade that white text does, so a dark page never has a bright band across its top.
 * @example darkHeaderShade("#ffdd00") → a dark olive of the same hue
 */
export function darkHeaderShade(hex: string): string {
  if (contrast(hex, WHITE) >= TEXT_CONTRAST) return hex;
  return walk(hex, -1, (shade) => contrast(shade, WHITE) >= TEXT_CONTRAST)!.shade;
}

/** The header's colours for a brand colour that passes: light-scheme background and text, and the dark scheme's background (its text is white). */
export function headerColours(hex: string): { colour: string; text: string; darkColour: string } {
  const colour = hex.toLowerCase();
  return { colour, text: headerTextOn(colour) ?? WHITE, darkColour: darkHeaderShade(colour) };
}
