// What a page's head says of its language: <html lang dir>, and its versions in other languages as <link rel="alternate" hreflang>.
import { absoluteUrl } from "../filters/absolute-url.ts";
import { html, raw, type Html } from "../html/html.ts";
import type { PageLanguage } from "./page-language.ts";
import type { Version } from "./translation.ts";

/** The attributes of <html>: a page in the site's language keeps just its lang, as it always had; another says its direction too. @example htmlLanguage(urdu) → ' lang="ur" dir="rtl"' */
export function htmlLanguage(language: PageLanguage): Html {
  const dir = !language.isSiteLanguage || language.direction === "rtl" ? html` dir="${language.direction}"` : "";
  return html` lang="${language.tag}"${dir}`;
}

/** One alternate link per version (`root` is the site's address with its path prefix), the site's language also as x-default (what search engines show anyone else); nothing for a page with no other version. */
export function alternateLinks(versions: readonly Version[] | undefined, root: string): Html {
  if (!versions) return raw("");
  const href = (version: Version) => absoluteUrl(version.url.slice(1), root);
  const fallback = versions.find((version) => version.isDefault);
  return html`${versions.map((version) => html`\n<link rel="alternate" hreflang="${version.language}" href="${href(version)}">`)}${
    fallback && html`\n<link rel="alternate" hreflang="x-default" href="${href(fallback)}">`
  }`;
}
