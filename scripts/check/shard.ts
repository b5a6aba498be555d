// Splits the site's pages into N parts by a stable hash of each page's address, so `npm run check -- --shard K/N` checks one part, and a page stays in its part (and its cache stays warm) as the site grows.
import { createHash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The K-th (1-based) of N parts. */
export interface Shard {
  index: number;
  total: number;
}

/** Where each part's report goes, so parts run one after another in one checkout can be merged with `--merge .cache/shards`. */
export const SHARD_DIR = '.cache/shards';

/** "2/8" → { index: 2, total: 8 }; anything else is an error that says what is allowed. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) throw new Error(`--shard: expected K/N with 1 ≤ K ≤ N (e.g. 1/4), got ${JSON.stringify(text)}`);
  return { index, total };
}

/** The part (1 to total) a page belongs to: the first 32 bits of the SHA-256 of its site-local address, modulo the number of parts. */
export function shardOfPage(page: string, total: number): number {
  return (createHash('sha256').update(page).digest().readUInt32BE(0) % total) + 1;
}

export function inShard(page: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOfPage(page, shard.total) === shard.index;
}

/** ".cache/shards/shard-2-of-8.json" */
export function shardReportFile(shard: Shard, dir = SHARD_DIR): string {
  return path.join(dir, `shard-${shard.index}-of-${shard.total}.json`);
}

export function shardLabel(shard: Shard): string {
  return `shard ${shard.index} of ${shard.total}`;
}

/** What a part's report says of itself: which part it was, and of which build (so the merge joins only parts of the site it publishes). */
export interface ShardRecord extends Shard {
  /** siteFingerprint() of the site folder the part checked. */
  site: string;
}

/** A hash of every file's path and bytes in the built site: equal only for the same build. */
export function siteFingerprint(siteDir: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(siteDir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(siteDir, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
