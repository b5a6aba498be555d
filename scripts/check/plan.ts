// What `npm run check` runs first: the whole site's pages, one part of them (--shard K/N), or the merge of the parts' reports (--merge DIR).
import { parseShard, shardLabel, shardReportFile } from './shard.ts';

export interface CheckPlan {
  /** Build before checking: not for a merge, which joins what the parts checked of the site already built, nor with --no-build. */
  build: boolean;
  title: string;
  script: string;
  args: string[];
  /** Where the step leaves its report. */
  report: string;
  /** A part stops after its own pages: the rebuild with the statement, and the whole-site checks, come in the merge. */
  partOnly: boolean;
}

export function checkPlan(options: { site: string; prefix: string; concurrency: string; shard?: string; merge?: string; noBuild?: boolean }): CheckPlan {
  const gate = [options.site, '--path-prefix', options.prefix, '--concurrency', options.concurrency];
  if (options.shard !== undefined && options.merge !== undefined) throw new Error('--shard and --merge: give one or the other (check the parts, then merge them)');
  if (options.merge !== undefined) {
    return { build: false, title: `Merge the parts' reports in ${options.merge}`, script: 'scripts/check/merge.ts', args: [options.merge, options.site, '--path-prefix', options.prefix], report: '.cache/accessibility-report.json', partOnly: false };
  }
  if (options.shard !== undefined) {
    const shard = parseShard(options.shard);
    return { build: !options.noBuild, title: `Check ${shardLabel(shard)} of the pages`, script: 'scripts/check/index.ts', args: [...gate, '--shard', `${shard.index}/${shard.total}`], report: shardReportFile(shard), partOnly: true };
  }
  return { build: !options.noBuild, title: 'Check every page', script: 'scripts/check/index.ts', args: gate, report: '.cache/accessibility-report.json', partOnly: false };
}
