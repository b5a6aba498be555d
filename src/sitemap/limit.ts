// How many addresses one sitemap file may list: sitemaps.org allows 50,000; tests set SITEMAP_URL_LIMIT to see the index without building 50,000 pages.
export const SITEMAPS_ORG_LIMIT = 50_000;

export function sitemapUrlLimit(): number {
  const fromTest = Number(process.env.SITEMAP_URL_LIMIT);
  return Number.isInteger(fromTest) && fromTest > 0 && fromTest < SITEMAPS_ORG_LIMIT ? fromTest : SITEMAPS_ORG_LIMIT;
}

/** Every page A to Z by address, cut into files of at most `limit` addresses. */
export function sitemapFiles<T extends { url: string }>(pages: readonly T[], limit: number): T[][] {
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const files: T[][] = [];
  for (let i = 0; i < sorted.length; i += limit) files.push(sorted.slice(i, i + limit));
  return files.length ? files : [[]];
}
