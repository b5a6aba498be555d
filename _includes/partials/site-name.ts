// The site name in the header, with the council's logo before it: alt="", its size set, never lazy (it is at the top of every page).
import { html, type Html } from "../../src/html/html.ts";
import type { Brand } from "../../src/model/brand.ts";

/**
 * The home link's content: the site name alone, or the logo (with its dark-scheme picture when there is one) and the name beside it,
 * in a span of its own so it can wrap beside a narrow logo and go below a wide one.
 * @example siteName({ logo: { src: "/images/logo.svg", width: 120, height: 40 }, … }, "Kingsmoor") → <img class="site-logo" src="/images/logo.svg" alt="" width="120" height="40"> <span>Kingsmoor</span>
 */
export function siteName(brand: Brand | undefined, title: string): Html | string {
  const logo = brand?.logo;
  if (!logo) return title;
  const img = html`<img class="site-logo" src="${logo.src}" alt="" width="${logo.width}" height="${logo.height}">`;
  const dark = brand.logoDark;
  // The same media query as the stylesheet's dark header, so the dark logo always sits on the dark shade, on screen and on paper alike.
  const picture = dark ? html`<picture><source media="(prefers-color-scheme: dark)" srcset="${dark.src}" width="${dark.width}" height="${dark.height}">${img}</picture>` : img;
  return html`${picture} <span>${title}</span>`;
}
