// Page-weight budget: every page, with the stylesheet and other same-site resources it needs to be drawn, must arrive in one
// round trip (14 KB gzipped); its pictures, which load after it, have their own budget (25 KB each, 100 KB a page, as published).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { listHtmlFiles } from './html-files.ts';
import { fileToPagePath, normalizePathPrefix, resolvePageFile, stripPathPrefix } from './site-paths.ts';
import type { Issue } from './types.ts';

/** One TCP initial congestion window (RFC 6928: 10 segments), rounded down to 14 KiB. */
export const BUDGET_BYTES = 14 * 1024;

/** One picture as published (any of its candidates: the browser picks one), and all of a page's pictures together. */
export const PICTURE_BUDGET_BYTES = 25 * 1024;
export const PAGE_PICTURES_BUDGET_BYTES = 100 * 1024;

export interface PageWeight {
  page: string;
  /** gzip bytes of the HTML alone. */
  html: number;
  /** gzip bytes of the HTML plus every same-site resource it loads, pictures aside. */
  total: number;
  /** Bytes of the page's pictures as published: for each picture, its largest candidate. */
  pictures: number;
}

export interface WeightResult {
  pages: PageWeight[];
  issues: Issue[];
}

// Elements and attributes that make the browser fetch something (links with rel=canonical or alternate do not).
const LOADING = /<(link|img|script|iframe|source|video|audio|embed|object|input)\b([^>]*)>/gi;
const ATTRIBUTE = /\b(href|src|srcset|data|poster|rel|type)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const PICTURE = /<picture\b[\s\S]*?<\/picture>/gi;
const FETCHING_RELS = /\b(stylesheet|icon|preload|modulepreload|manifest|prefetch|apple-touch-icon)\b/i;

/** Measures every page under `siteDir` as a first-time visitor gets it; a breach, a script, a web font or another host is an issue. */
export function checkWeight(siteDir: string, options: { pathPrefix?: string; budget?: number } = {}): WeightResult {
  const prefix = normalizePathPrefix(options.pathPrefix);
  const budget = options.budget ?? BUDGET_BYTES;
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) gzipped.set(file, (size = gzipSync(readFileSync(file)).length));
    return size;
  };

  const pages: PageWeight[] = [];
  const issues: Issue[] = [];
  for (const relative of listHtmlFiles(siteDir)) {
    const page = fileToPagePath(relative);
    const file = path.join(siteDir, relative);
    const html = readFileSync(file, 'utf8');
    const issue = (rule: string, message: string) => issues.push({ checker: 'weight', page, rule, message });
    const { resources, pictures, scripts, elsewhere } = pageLoads(siteDir, page, html, prefix);
    if (scripts > 0) issue('no-script', 'has a <script> element; pages carry no JavaScript');
    for (const url of elsewhere) issue('no-other-host', `loads ${url} from another site; everything must come from this site`);

    const pictureFiles = new Set(pictures.flat());
    let picturesTotal = 0;
    for (const candidates of pictures) {
      for (const candidate of candidates) {
        const size = statSync(candidate).size;
        if (size > PICTURE_BUDGET_BYTES) issue('picture-weight', `shows ${path.relative(siteDir, candidate)}, which weighs ${kb(size)} as published, over the ${kb(PICTURE_BUDGET_BYTES)} a picture may weigh; use a simpler picture, or one with fewer fine details`);
      }
      picturesTotal += Math.max(0, ...candidates.map((candidate) => statSync(candidate).size));
    }
    if (picturesTotal > PAGE_PICTURES_BUDGET_BYTES) issue('page-pictures-weight', `shows ${pictures.length} pictures weighing ${kb(picturesTotal)} together as published, over the ${kb(PAGE_PICTURES_BUDGET_BYTES)} a page's pictures may weigh; show fewer pictures, or simpler ones`);

    let total = sizeOf(file);
    for (const resource of resources) {
      if (pictureFiles.has(resource)) continue;
      total += sizeOf(resource);
      if (resource.endsWith('.css')) {
        const css = readFileSync(resource, 'utf8');
        if (/@font-face/i.test(css)) issue('no-web-fonts', `${path.basename(resource)} declares a web font (@font-face); use system fonts`);
        if (/@import|url\(\s*["']?(https?:)?\/\//i.test(css)) issue('no-other-host', `${path.basename(resource)} fetches from another site (@import or url())`);
      }
      if (/\.(woff2?|ttf|otf|eot)$/i.test(resource)) issue('no-web-fonts', `loads the web font ${path.basename(resource)}`);
    }
    pages.push({ page, html: sizeOf(file), total, pictures: picturesTotal });
    if (total > budget) issue('page-weight', `weighs ${kb(total)} gzipped with its resources, over the ${kb(budget)} budget`);
  }
  return { pages, issues };
}

/**
 * What a page makes the browser fetch: the site's own files it loads, its scripts (JSON-LD aside), the addresses on other
 * hosts, and its pictures (<img>, and <source> in <picture>), each as the files it may be fetched as.
 */
export function pageLoads(siteDir: string, page: string, html: string, pathPrefix = '/'): { resources: Set<string>; pictures: string[][]; scripts: number; elsewhere: string[] } {
  const prefix = normalizePathPrefix(pathPrefix);
  const resources = new Set<string>();
  const elsewhere: string[] = [];
  let scripts = 0;
  // A <picture>'s sources and its <img> are one picture: the browser fetches one of them.
  const blocks = [...html.matchAll(PICTURE)].map((m) => [m.index, m.index + m[0].length]);
  const pictures = new Map<number, Set<string>>();
  for (const match of html.matchAll(LOADING)) {
    const [, tag, attributes] = match;
    const name = tag.toLowerCase();
    const attrs = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1].toLowerCase(), m[3] ?? m[4] ?? m[5]]));
    if (name === 'script' && attrs.type !== 'application/ld+json') scripts += 1;
    if (name === 'link' && !FETCHING_RELS.test(attrs.rel ?? '')) continue;
    if (name === 'input' && attrs.type !== 'image') continue;
    const urls = [attrs.href, attrs.src, attrs.data, attrs.poster, ...(attrs.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])].filter(Boolean);
    for (const url of urls) {
      const local = localFile(siteDir, page, url, prefix);
      if (local === 'elsewhere') elsewhere.push(url);
      else if (local) resources.add(local);
      if (local && local !== 'elsewhere' && (name === 'img' || name === 'source')) {
        const key = blocks.find(([from, to]) => match.index >= from && match.index < to)?.[0] ?? match.index;
        pictures.set(key, (pictures.get(key) ?? new Set()).add(local));
      }
    }
  }
  return { resources, pictures: [...pictures.values()].map((files) => [...files]), scripts, elsewhere };
}

/** One line per heaviest page and the median, for the check's summary. */
export function weightSummary(pages: PageWeight[], top = 3): string[] {
  if (pages.length === 0) return ['weight: no pages measured'];
  const sorted = [...pages].sort((a, b) => b.total - a.total);
  const median = sorted[Math.floor((sorted.length - 1) / 2)].total;
  return [
    ...sorted.slice(0, top).map((p) => `weight: ${kb(p.total)} ${p.page} (HTML ${kb(p.html)})`),
    `weight: median ${kb(median)}, heaviest ${kb(sorted[0].total)}, budget ${kb(BUDGET_BYTES)} (gzip, HTML plus stylesheet)`,
  ];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The file a page's resource URL is served from, 'elsewhere' for another host, or null for data:, fragments and missing files. */
function localFile(siteDir: string, page: string, url: string, prefix: string): string | 'elsewhere' | null {
  if (/^(data|blob|about|mailto|tel):/i.test(url) || url.startsWith('#')) return null;
  let resolved: URL;
  try {
    resolved = new URL(url, `http://site.invalid${prefix === '/' ? '' : prefix.slice(0, -1)}${page}`);
  } catch {
    return null;
  }
  if (resolved.host !== 'site.invalid') return 'elsewhere';
  const pathname = stripPathPrefix(decodeURIComponent(resolved.pathname), prefix);
  return pathname === null ? null : resolvePageFile(siteDir, pathname);
}
