// The council's brand as CSS added after the site's one stylesheet: the header's colours as custom properties, and the logo's rules when there is a logo.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { headerColours, WHITE } from "../brand/colour.ts";
import { brandSchema } from "../model/brand.ts";

/** The logo's rules, added only for a site with a logo, so a site without one keeps the default stylesheet byte for byte. */
const LOGO_CSS = "src/assets/logo.css";

/**
 * The CSS for site.yaml's brand, or "" for a site without one (or with a brand the build refuses, which it reports itself).
 * @example brandStyles("_data") → ":root { --header-bg: #b4002f; --header-text: #ffffff; } @media (prefers-color-scheme: dark) { … }"
 */
export function brandStyles(dataDir: string): string {
  let site: { brand?: unknown } | null;
  try {
    site = load(readFileSync(join(dataDir, "site.yaml"), "utf8")) as { brand?: unknown } | null;
  } catch {
    return "";
  }
  const parsed = brandSchema.safeParse(site?.brand);
  if (!parsed.success) return "";
  const { colour, text, darkColour } = headerColours(parsed.data.colour);
  // The dark scheme's header is dark with white text (the colour itself, or its nearest darker shade that reaches 7:1), so a dark page has no bright band.
  return [
    `\n/* site.yaml's brand.colour: the header's background, with the text colour that reaches 7:1 on it. */`,
    `:root { --header-bg: ${colour}; --header-text: ${text}; }`,
    `@media (prefers-color-scheme: dark) { :root { --header-bg: ${darkColour}; --header-text: ${WHITE}; } }`,
    parsed.data.logo ? readFileSync(LOGO_CSS, "utf8") : "",
  ].join("\n");
}
