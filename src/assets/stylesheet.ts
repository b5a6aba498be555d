// The one stylesheet, minified and named by its content hash so browsers can cache it forever.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { transform } from "lightningcss";

export interface Stylesheet {
  /** Site-relative address, e.g. /assets/site.3f2a9c1b.css */
  url: string;
  css: string;
  /** Subresource Integrity value, so a tampered copy on a cache or CDN is refused. */
  integrity: string;
}

/**
 * Reads and minifies the stylesheet; the address changes whenever its content does. `origin` lets printed links on this site show their full address;
 * `brand` is the council's own CSS (src/assets/brand-styles.ts), added last so it overrides the default header.
 */
export function buildStylesheet(path = "src/assets/site.css", origin?: string, brand = ""): Stylesheet {
  const source = readFileSync(path, "utf8") + (origin ? `\n:root { --site-origin: ${JSON.stringify(origin)}; }\n` : "") + brand;
  const { code } = transform({ filename: path, code: Buffer.from(source), minify: true });
  const css = code.toString();
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 10);
  const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  return { url: `/assets/site.${hash}.css`, css, integrity };
}
