// Lists the pages to check from the build itself: every <loc> in <site>/sitemap.xml, mapped to a local path, plus /404.html.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizePathPrefix, resolvePageFile, stripPathPrefix } from './site-paths.ts';
import type { Issue } from './types.ts';

export interface SitePages {
  /** Canonical base URL of the site (sitemap origin + path prefix), e.g. "https://partnerships.example.org.uk/". */
  baseUrl: string;
  /** Site-local paths (path prefix removed), sitemap order, then "/404.html". */
  pages: string[];
  /** Sitemap entries with no page in the build, a missing 404.html: errors, but the listed pages can still be checked. */
  problems: Issue[];
}

export interface PagesOptions {
  pathPrefix?: string;
}

/** The page list cannot be made at all: no sitemap, no entries, or none of them in the build. */
export class PagesError extends Error {
  override name = 'PagesError';
}

export function listPages(siteDir: string, options: PagesOptions = {}): SitePages {
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const locs = readSitemapLocs(siteDir, 'sitemap.xml', pathPrefix, 0);
  if (locs.length === 0) throw new PagesError(`sitemap.xml: lists no pages (in ${siteDir})`);

  const origin = new URL(locs[0]!).origin;
  const problems: Issue[] = [];
  const problem = (page: string, rule: string, message: string): void => {
    problems.push({ checker: 'sitemap', page, rule, message });
  };
  const pages: string[] = [];
  // A set beside the list keeps this linear for 10,000+ pages.
  const seen = new Set<string>();
  for (const loc of locs) {
    const url = new URL(loc);
    if (url.origin !== origin) {
      problem('/sitemap.xml', 'sitemap/foreign-url', `<loc> ${loc} is not on the site's base ${origin}${pathPrefix}`);
      continue;
    }
    const local = stripPathPrefix(decodePath(url.pathname), pathPrefix);
    if (local === null) {
      problem('/sitemap.xml', 'sitemap/outside-prefix', `<loc> ${loc} is outside the path prefix ${pathPrefix}`);
      continue;
    }
    if (resolvePageFile(siteDir, local) === null) {
      problem('/sitemap.xml', 'sitemap/no-file', `<loc> ${loc} has no file in the build (looked for ${local.endsWith('/') ? `${local}index.html` : local})`);
      continue;
    }
    if (!seen.has(local)) {
      seen.add(local);
      pages.push(local);
    }
  }

  if (pages.length === 0) {
    const lines = problems.slice(0, 20).map((issue) => `sitemap.xml: ${issue.message}`);
    if (problems.length > 20) lines.push(`… and ${problems.length - 20} more`);
    if (pathPrefix === '/') lines.push('(was the site built with an Eleventy pathPrefix? pass --path-prefix)');
    throw new PagesError(`sitemap.xml: none of its ${locs.length} pages is in the build\n${lines.join('\n')}`);
  }
  if (!existsSync(path.join(siteDir, '404.html'))) problem('/404.html', 'site/no-404', 'missing from the build (every site must ship a 404 page)');
  else if (!seen.has('/404.html')) pages.push('/404.html');

  return { baseUrl: `${origin}${pathPrefix}`, pages, problems };
}

/** Absolute URLs from <loc>; follows a <sitemapindex> into its child sitemaps (one level is plenty, two allowed). */
function readSitemapLocs(siteDir: string, relativeFile: string, pathPrefix: string, depth: number): string[] {
  const file = path.join(siteDir, relativeFile);
  if (!existsSync(file)) throw new PagesError(`${relativeFile}: missing from the build (${file})`);
  const xml = readFileSync(file, 'utf8');
  const locs = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) => decodeXml(match[1] ?? ''));
  for (const loc of locs) {
    if (!URL.canParse(loc)) throw new PagesError(`${relativeFile}: <loc> ${JSON.stringify(loc)} is not an absolute URL`);
  }
  if (!/<sitemapindex[\s>]/.test(xml)) return locs;
  if (depth >= 2) throw new PagesError(`${relativeFile}: sitemap indexes nested too deep`);
  return locs.flatMap((loc) => {
    const local = stripPathPrefix(decodePath(new URL(loc).pathname), pathPrefix);
    if (local === null) throw new PagesError(`${relativeFile}: child sitemap ${loc} is outside the path prefix ${pathPrefix}`);
    return readSitemapLocs(siteDir, local.replace(/^\/+/, ''), pathPrefix, depth + 1);
  });
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_m, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&amp;/g, '&');
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
