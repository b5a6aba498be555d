// Maps between files in a built site folder and the site-local URL paths that name pages.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** "prefix" | "/prefix" | "/prefix/" → "/prefix/"; "" or "/" → "/". */
export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** "areas/x/index.html" → "/areas/x/"; "404.html" → "/404.html" (relative to the site folder, either slash). */
export function fileToPagePath(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  const withSlash = `/${posix.replace(/^\/+/, '')}`;
  return withSlash.endsWith('/index.html') ? withSlash.slice(0, -'index.html'.length) : withSlash;
}

/** Strips the path prefix from a URL pathname; returns null when the pathname lies outside the prefix. */
export function stripPathPrefix(pathname: string, pathPrefix: string): string | null {
  if (pathPrefix === '/') return pathname;
  if (pathname === pathPrefix.slice(0, -1)) return '/';
  return pathname.startsWith(pathPrefix) ? pathname.slice(pathPrefix.length - 1) : null;
}

/**
 * The file a site-local, already-decoded pathname is served from, or null if none.
 * "/a/" → a/index.html; "/a" → a, a.html or a/index.html (as static hosts and sirv do).
 */
export function resolvePageFile(siteDir: string, pathname: string): string | null {
  const relative = pathname.replace(/^\/+/, '');
  const base = path.resolve(siteDir, relative);
  if (!isInside(siteDir, base)) return null;
  const candidates = pathname.endsWith('/')
    ? [path.join(base, 'index.html')]
    : [base, `${base}.html`, path.join(base, 'index.html')];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
