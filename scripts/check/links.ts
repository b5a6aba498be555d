// Internal link check: every URL a page references inside the site resolves to a file in the build, and every #fragment to an id there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listHtmlFiles } from './html-files.ts';
import { scanHtml, type ScannedHtml, type UrlRef } from './html-scan.ts';
import { fileToPagePath, normalizePathPrefix, resolvePageFile, stripPathPrefix } from './site-paths.ts';
import type { CheckerResult, Issue, ProgressHandler } from './types.ts';

export interface LinkOptions {
  /** Eleventy pathPrefix the site was built with, e.g. "/prefix/". Site-relative links must start with it. */
  pathPrefix?: string;
  /** Canonical base URL (from the sitemap); absolute links on its host count as internal. */
  baseUrl?: string;
  onPage?: ProgressHandler;
}

/** Stand-in origin when no canonical base is known: relative links still resolve, absolute ones count as external. */
const NO_ORIGIN = 'http://site.invalid';

export function checkLinks(siteDir: string, options: LinkOptions = {}): CheckerResult {
  const started = performance.now();
  const root = path.resolve(siteDir);
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const origin = options.baseUrl ? new URL(options.baseUrl).origin : NO_ORIGIN;
  const host = new URL(origin).host;

  const files = listHtmlFiles(root);
  if (files.length === 0) throw new Error(`links: no .html files in ${siteDir}`);
  const scans = new Map<string, ScannedHtml>();
  for (const file of files) scans.set(path.join(root, file), scanHtml(readFileSync(path.join(root, file), 'utf8')));

  const fileFor = new Map<string, string | null>();
  const resolveLocal = (local: string): string | null => {
    if (!fileFor.has(local)) fileFor.set(local, resolvePageFile(root, local));
    return fileFor.get(local) ?? null;
  };
  const idsIn = (file: string): Set<string> | null => {
    let scan = scans.get(file);
    if (scan === undefined && /\.(html?|svg|xhtml)$/i.test(file)) {
      scan = scanHtml(readFileSync(file, 'utf8'));
      scans.set(file, scan);
    }
    return scan?.ids ?? null;
  };

  const issues: Issue[] = [];
  files.forEach((file, index) => {
    const page = fileToPagePath(file);
    const scan = scans.get(path.join(root, file));
    const pageUrl = new URL(`${pathPrefix}${page.slice(1)}`, origin);
    const baseUrl = scan?.baseHref ? safeUrl(scan.baseHref, pageUrl) ?? pageUrl : pageUrl;
    const found: Issue[] = [];
    const report = (ref: UrlRef, rule: string, problem: string): void => {
      found.push({ checker: 'links', page, rule, message: `<${ref.tag} ${ref.attr}="${ref.url}"> ${problem}`, line: ref.line });
    };

    for (const ref of scan?.refs ?? []) {
      if (page === '/404.html' && isPathRelative(ref.url)) {
        report(ref, 'relative-link-in-404', 'is path-relative, but 404.html is served at any depth: use a site-relative URL');
        continue;
      }
      const url = safeUrl(ref.url, baseUrl);
      if (url === null) {
        report(ref, 'broken-link', 'is not a valid URL');
        continue;
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== host) continue;

      const local = stripPathPrefix(decodePath(url.pathname), pathPrefix);
      if (local === null) {
        report(ref, 'broken-link', `points outside the site's path prefix ${pathPrefix}`);
        continue;
      }
      const target = resolveLocal(local);
      if (target === null) {
        report(ref, 'broken-link', `→ ${local}: no such file in the build`);
        continue;
      }
      const fragment = url.hash === '' ? '' : decodePath(url.hash.slice(1));
      if (fragment === '' || fragment.startsWith(':~:') || fragment.toLowerCase() === 'top') continue;
      const ids = idsIn(target);
      if (ids !== null && !ids.has(fragment)) {
        report(ref, 'broken-fragment', `→ ${local === page ? 'this page' : local} has no element with id="${fragment}"`);
      }
    }
    issues.push(...found);
    options.onPage?.(index + 1, files.length, page, found);
  });
  return { checker: 'links', pagesChecked: files.length, issues, ms: performance.now() - started };
}

function safeUrl(url: string, base: URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** "areas/x/" or "../x" — not "/x", "#x", "?q", "//host/x" or "scheme:...". */
function isPathRelative(url: string): boolean {
  return url !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);
}

function decodePath(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
