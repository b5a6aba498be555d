// Command-line options of the accessibility gate (scripts/check/index.ts).
import { parseArgs } from 'node:util';
import type { CheckerName } from './types.ts';

export type RunnableChecker = Extract<CheckerName, 'html-validate' | 'links' | 'weight' | 'pa11y' | 'layout'>;
export const CHECKERS: readonly RunnableChecker[] = ['html-validate', 'links', 'weight', 'pa11y', 'layout'];

export interface GateArgs {
  siteDir: string;
  pathPrefix: string;
  reportFile: string;
  concurrency: number;
  only: RunnableChecker[];
  /** When set, pa11y and layout check only these site-local pages (the others still get every other check). */
  pages?: string[];
  verbose: boolean;
}

export const USAGE = `Usage: node --import tsx scripts/check/index.ts [site-folder=_site] [options]
  --path-prefix <p>   Eleventy pathPrefix the site was built with (default "/")
  --report <file>     where to write the JSON report (default .cache/accessibility-report.json)
  --concurrency <n>   pages pa11y checks at once (default 2)
  --only <list>       comma-separated subset of: ${CHECKERS.join(', ')}
  --pages <list>      comma-separated site-local pages for pa11y and layout alone, e.g. /accessibility/ (default: every page)
  --verbose           print a line for every page from every checker (pa11y always does)`;

export function parseGateArgs(argv: string[]): GateArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'path-prefix': { type: 'string', default: '/' },
      report: { type: 'string', default: '.cache/accessibility-report.json' },
      concurrency: { type: 'string', default: '2' },
      only: { type: 'string', default: CHECKERS.join(',') },
      pages: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new Error(`expected one site folder, got ${positionals.length}\n${USAGE}`);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a whole number ≥ 1, got ${values.concurrency}`);
  const only = values.only.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = only.filter((name) => !(CHECKERS as readonly string[]).includes(name));
  if (unknown.length > 0 || only.length === 0) throw new Error(`--only: unknown checker(s) ${unknown.join(', ') || '(none given)'}; choose from ${CHECKERS.join(', ')}`);
  return {
    siteDir: positionals[0] ?? '_site',
    pathPrefix: values['path-prefix'],
    reportFile: values.report,
    concurrency,
    only: only as RunnableChecker[],
    ...(values.pages !== undefined && { pages: values.pages.split(',').map((page) => page.trim()).filter((page) => page !== '') }),
    verbose: values.verbose,
  };
}
