// Sitemap, feed, canonical links and open data need full addresses on the site's canonical base.

/** @example absoluteUrl("/areas/ealing/", "https://partnerships.example.org.uk") → "https://partnerships.example.org.uk/areas/ealing/" */
export function absoluteUrl(path: string, base: string): string {
  return new URL(path, base.endsWith("/") ? base : `${base}/`).href;
}
