// Where a page problem's text comes from: the data file that produced the page (or, for pages made from many files, any data file), with the field and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Located, type TextPlace, textLocator } from './locate-text.ts';
import { dataFileOfPage } from './page-source.ts';
import { type CheckIssue, problemContext, textsOfProblem } from './problem-text.ts';

export interface IssueSource {
  /** The data file, relative to the project, e.g. _data/partnerships/hillingdon-partners.yaml; absent when no data file is known. */
  file?: string;
  /** Present when the problem's text was found in the file. */
  place?: TextPlace;
  /** The element the problem is about, when known. */
  context?: string;
}

export interface SourceFinder {
  (issue: CheckIssue): IssueSource | undefined;
}

/** Reads the data folder and the built site lazily, once each, for every problem of one check. */
export function issueSourceFinder(options: { dataDir: string; siteDir: string; pathPrefix: string }): SourceFinder {
  const locate: Located = textLocator((file) => readOrUndefined(file));
  let allFiles: string[] | undefined;
  const pages = new Map<string, string | undefined>();
  const builtPage = (page: string) => {
    if (!pages.has(page)) {
      // Addresses are site-local paths of the build (the checker stripped the path prefix); folders hold an index.html.
      const file = join(options.siteDir, page.endsWith('/') ? `${page}index.html` : page);
      pages.set(page, page.includes('..') ? undefined : readOrUndefined(file));
    }
    return pages.get(page);
  };
  return (issue) => {
    const own = dataFileOfPage(issue.page, options.dataDir);
    const context = problemContext(issue, issue.context ? undefined : builtPage(issue.page));
    const texts = [...(context ? textsOfProblem(context, options.pathPrefix) : []), ...(issue.checker === 'links' ? textsOfProblem(issue.message, options.pathPrefix) : [])];
    allFiles ??= dataFiles(options.dataDir);
    const candidates = own ? [own, ...allFiles.filter((file) => file !== own)] : allFiles;
    for (const file of candidates) {
      for (const text of texts) {
        const place = locate(file, text);
        if (place) return { file, place, ...(context && { context }) };
      }
    }
    const known = own !== undefined && readOrUndefined(own) !== undefined;
    if (!known && !context) return undefined;
    return { ...(known && { file: own }), ...(context && { context }) };
  };
}

/** Every .yaml file under the data folder, site.yaml first, then by path. */
function dataFiles(dataDir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dataDir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.endsWith('.yaml'))
    .map((entry) => join(dataDir, entry))
    .sort((a, b) => Number(b.endsWith('/site.yaml')) - Number(a.endsWith('/site.yaml')) || a.localeCompare(b));
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
