// Command-line options of the accessibility gate (scripts/check/index.ts).
import { parseArgs } from 'node:util';
import { CACHE_DIR } from './cache.ts';
import { parseShard, type Shard, shardReportFile } from './shard.ts';
import type { CheckerName } from './types.ts';

export type RunnableChecker = Extract<CheckerName, 'html-validate' | 'links' | 'weight' | 'pa11y-ci' | 'contrast' | 'layout' | 'language'>;
export const CHECKERS: readonly RunnableChecker[] = ['html-validate', 'links', 'weight', 'pa11y-ci', 'contrast', 'layout', 'language'];
/** Older names still accepted by --only: "pa11y" meant every pa11y pass. */
const ALIASES: Record<string, RunnableChecker[]> = { pa11y: ['pa11y-ci', 'contrast'] };

export interface GateArgs {
  siteDir: string;
  pathPrefix: string;
  reportFile: string;
  concurrency: number;
  only: RunnableChecker[];
  /** When set, the browser checks run only on these site-local pages (the others still get every other check). */
  pages?: string[];
  verbose: boolean;
  /** Folder of the check cache; null: check every page afresh. */
  cacheDir: string | null;
  /** The pa11y-ci configuration (default: the repository's .pa11yci). */
  pa11yciFile?: string;
  /** When set, only this part's pages are checked, and only by the checkers that look at one page at a time (the site-wide ones run in the merge). */
  shard?: Shard;
}

/** The checkers that judge a page on its own; links and weight look at the whole site. */
export const PAGE_CHECKERS: readonly RunnableChecker[] = ['html-validate', 'pa11y-ci', 'contrast', 'layout', 'language'];

export const USAGE = `Usage: node --import tsx scripts/check/index.ts [site-folder=_site] [options]
  --path-prefix <p>   Eleventy pathPrefix the site was built with (default "/")
  --report <file>     where to write the JSON report (default .cache/accessibility-report.json; with --shard, .cache/shards/shard-K-of-N.json)
  --concurrency <n>   pages the contrast and layout checks load at once (default 2; pa11y-ci's is in .pa11yci)
  --only <list>       comma-separated subset of: ${CHECKERS.join(', ')}
  --pages <list>      comma-separated site-local pages for the browser checks alone, e.g. /accessibility/ (default: every page)
  --cache <folder>    where results are kept between runs (default ${CACHE_DIR})
  --no-cache          check every page afresh, and keep nothing
  --pa11yci <file>    the pa11y-ci configuration (default .pa11yci)
  --shard <K/N>       check only the K-th of N parts of the pages (by a hash of each address), with ${PAGE_CHECKERS.join(', ')} unless --only says otherwise
  --verbose           print a line for every page from every checker (pa11y-ci always does)`;

export function parseGateArgs(argv: string[]): GateArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'path-prefix': { type: 'string', default: '/' },
      report: { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      only: { type: 'string' },
      pages: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      cache: { type: 'string', default: CACHE_DIR },
      'no-cache': { type: 'boolean', default: false },
      pa11yci: { type: 'string' },
      shard: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new Error(`expected one site folder, got ${positionals.length}\n${USAGE}`);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a whole number ≥ 1, got ${values.concurrency}`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const only = [...new Set((values.only ?? (shard ? PAGE_CHECKERS : CHECKERS).join(',')).split(',').map((name) => name.trim()).filter((name) => name !== '').flatMap((name) => ALIASES[name] ?? [name]))];
  const unknown = only.filter((name) => !(CHECKERS as readonly string[]).includes(name));
  if (unknown.length > 0 || only.length === 0) throw new Error(`--only: unknown checker(s) ${unknown.join(', ') || '(none given)'}; choose from ${CHECKERS.join(', ')}`);
  return {
    siteDir: positionals[0] ?? '_site',
    pathPrefix: values['path-prefix'],
    reportFile: values.report ?? (shard ? shardReportFile(shard) : '.cache/accessibility-report.json'),
    concurrency,
    only: only as RunnableChecker[],
    ...(values.pages !== undefined && { pages: values.pages.split(',').map((page) => page.trim()).filter((page) => page !== '') }),
    verbose: values.verbose,
    cacheDir: values['no-cache'] ? null : values.cache,
    ...(values.pa11yci !== undefined && { pa11yciFile: values.pa11yci }),
    ...(shard && { shard }),
  };
}
