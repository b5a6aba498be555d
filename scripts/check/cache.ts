// The check cache (.cache/check/): each page's results from each checker, stored under a hash of everything that decided them, so that an unchanged page is not checked again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Issue } from './types.ts';
import { pageLoads } from './weight.ts';

export const CACHE_DIR = '.cache/check';

export interface CachedPage {
  page: string;
  /** When this page was last checked by this checker (ISO 8601). */
  checked: string;
  issues: Issue[];
}

/** Results of the tool rather than of the page (it did not run, or the server did not answer) are never kept. */
const NOT_A_RESULT = /(\/crashed|failed-to-run|runner-failed|no-result|http-status)$/;

export function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * The bytes that decide a page's results: its address, its HTML and every file of the site it loads (the stylesheet,
 * images), each by content. Memoised per run, since several checkers ask for the same page.
 */
export class PageInputs {
  private readonly hashes = new Map<string, string>();
  private readonly fileHashes = new Map<string, string>();

  constructor(
    private readonly siteDir: string,
    private readonly pathPrefix: string,
  ) {}

  /** page: site-local path; file: the HTML file it is served from. */
  hash(page: string, file: string): string {
    let hash = this.hashes.get(file);
    if (hash === undefined) {
      const html = readFileSync(file);
      const loads = [...pageLoads(this.siteDir, page, html.toString('utf8'), this.pathPrefix).resources].sort();
      hash = sha256(this.pathPrefix, page, html, ...loads.flatMap((resource) => [path.relative(this.siteDir, resource), this.fileHash(resource)]));
      this.hashes.set(file, hash);
    }
    return hash;
  }

  private fileHash(file: string): string {
    let hash = this.fileHashes.get(file);
    if (hash === undefined) this.fileHashes.set(file, (hash = sha256(readFileSync(file))));
    return hash;
  }
}

/** One checker's cache: results by (checker fingerprint, page inputs); a result is found only for the exact bytes it was made from. */
export class CheckCache {
  private readonly folder: string;
  private readonly used = new Set<string>();

  /** fingerprint: the checker's tool versions, configuration and own code, hashed. */
  constructor(
    root: string,
    checker: string,
    private readonly fingerprint: string,
  ) {
    this.folder = path.join(root, checker);
  }

  private key(inputs: string): string {
    return sha256(this.fingerprint, inputs);
  }

  private file(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  get(inputs: string): CachedPage | undefined {
    const key = this.key(inputs);
    try {
      const entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as CachedPage & { key: string };
      // The name could only collide by accident of the file system; the content says which key it was made for.
      if (entry.key !== key) return undefined;
      this.used.add(key);
      return { page: entry.page, checked: entry.checked, issues: entry.issues };
    } catch {
      return undefined;
    }
  }

  set(inputs: string, page: string, issues: Issue[], checked: string): void {
    if (issues.some((issue) => NOT_A_RESULT.test(issue.rule))) return;
    const key = this.key(inputs);
    const file = this.file(key);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ key, page, checked, issues }));
    this.used.add(key);
  }

  /** Removes the entries this run neither read nor wrote, so the cache holds one site's worth of results; `keep` spares other parts' pages (`--shard`). */
  prune(keep?: (page: string) => boolean): number {
    let removed = 0;
    let shards: string[];
    try {
      shards = readdirSync(this.folder);
    } catch {
      return 0;
    }
    for (const shard of shards) {
      for (const name of readdirSync(path.join(this.folder, shard))) {
        if (!this.used.has(name.replace(/\.json$/, '')) && !(keep && keep(pageOf(path.join(this.folder, shard, name))))) {
          rmSync(path.join(this.folder, shard, name), { force: true });
          removed += 1;
        }
      }
    }
    return removed;
  }
}

/** The page a cache entry was made for ("" when the file cannot be read, so it is not spared). */
function pageOf(file: string): string {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { page?: string }).page ?? '';
  } catch {
    return '';
  }
}
