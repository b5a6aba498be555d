// The pieces of an accessibility problem's element that an editor may have written (addresses, alt text, link text), to look for in the data files.
import type { Issue } from '../check/types.ts';

/** An entry of `issues[]` in .cache/accessibility-report.json, as far as the job summary reads it: the gate's Issue, read back from JSON. */
export type CheckIssue = Omit<Issue, 'checker'> & { checker: string };

/** Attributes whose values come from editors' text; class, id and the like are the templates' own. */
const EDITOR_ATTRIBUTES = ['href', 'src', 'alt', 'title'];
/** Shorter pieces match too much by chance ("a", "the", "PDF"). */
const SHORTEST = 4;

/**
 * Strings to search for, most telling first: attribute values, then text, longest first.
 * @example textsOfProblem('<a href="/repo/x/">Annual report</a>', '/repo/') → ['/x/', 'Annual report']
 */
export function textsOfProblem(html: string, pathPrefix = '/'): string[] {
  const found: string[] = [];
  const add = (text: string) => {
    const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (clean.length < SHORTEST || found.includes(clean)) return;
    found.push(clean);
    // Eleventy's base plugin adds the path prefix to site-relative links; editors write them without it.
    if (pathPrefix !== '/' && clean.startsWith(pathPrefix)) add(`/${clean.slice(pathPrefix.length)}`);
    if (/%[0-9A-Fa-f]{2}/.test(clean)) add(safeDecodeUri(clean));
  };
  for (const match of html.matchAll(/\s([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi)) {
    if (EDITOR_ATTRIBUTES.includes(match[1]!.toLowerCase())) add(match[2] ?? match[3] ?? match[4] ?? '');
  }
  const texts = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .split(/<[^>]*>/)
    // pa11y cuts a long element's snippet with "...": each side of the cut is still the editor's text.
    .flatMap((text) => text.split(/\.\.\.|…/))
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .sort((a, b) => b.length - a.length);
  for (const text of texts) add(text);
  return found;
}

/**
 * The element a problem is about: the checker's own snippet, or the element at the problem's line and column in the built page.
 * @example problemContext({ ..., line: 1, column: 5 }, '<p><a href="/x/"></a></p>') → '<a href="/x/"></a>'
 */
export function problemContext(issue: CheckIssue, builtHtml?: string): string | undefined {
  if (issue.context) return issue.context;
  if (builtHtml === undefined || issue.line === undefined) return undefined;
  const lines = builtHtml.split('\n');
  const lineText = lines[issue.line - 1];
  if (lineText === undefined) return undefined;
  const start = lineText.lastIndexOf('<', Math.max(0, (issue.column ?? 1) - 1));
  if (start < 0) return undefined;
  const rest = [lineText.slice(start), ...lines.slice(issue.line)].join('\n');
  const tag = /^<([a-zA-Z][\w-]*)/.exec(rest)?.[1];
  if (!tag) return undefined;
  const end = rest.toLowerCase().indexOf(`</${tag.toLowerCase()}>`);
  const openEnd = rest.indexOf('>');
  // A void element (img, input) or one whose end is far away: its start tag is the telling part.
  const snippet = end >= 0 && end < 2000 ? rest.slice(0, end + tag.length + 3) : rest.slice(0, openEnd + 1);
  return snippet;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
