// WCAG 3.1.2 Language of Parts, which no other checker sees: every text a screen reader reads whose letters are of a script other than Latin must be inside an element whose lang uses that script.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { exampleLanguage, OTHER_SCRIPT, scriptName, unmarkedLetters } from '../../src/language/scripts.ts';
import { languageScript } from '../../src/language/tag.ts';
import { listHtmlFiles } from './html-files.ts';
import { fileToPagePath } from './site-paths.ts';
import type { CheckerResult, Issue, ProgressHandler } from './types.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is not read as the page's text (scripts, styles, templates). */
const NOT_READ = new Set(['script', 'style', 'template', 'noscript']);
/** At most this many passages are named per page; past it, one line says how many more. */
const MAX_PER_PAGE = 10;

/** Checks every HTML file of a built site (parsed as a browser parses it, by parse5). */
export function checkLanguageOfParts(siteDir: string, options: { onPage?: ProgressHandler; include?: (page: string) => boolean } = {}): CheckerResult {
  const started = performance.now();
  // With --shard, only this part's pages (every page is in exactly one part).
  const files = listHtmlFiles(siteDir).filter((file) => options.include?.(fileToPagePath(file)) ?? true);
  if (files.length === 0 && !options.include) throw new Error(`language: no .html files in ${siteDir}`);
  const issues: Issue[] = [];
  files.forEach((file, index) => {
    const page = fileToPagePath(file);
    const found = languageOfPartsIssues(page, readFileSync(path.join(siteDir, file), 'utf8'));
    issues.push(...found);
    options.onPage?.(index + 1, files.length, page, found);
  });
  return { checker: 'language', pagesChecked: files.length, issues, ms: performance.now() - started };
}

/** The passages of one page in a script its element's language does not use. */
export function languageOfPartsIssues(page: string, html: string): Issue[] {
  OTHER_SCRIPT.lastIndex = 0;
  // Most pages have no letter of another script anywhere, so they need no parsing.
  if (!OTHER_SCRIPT.test(html)) return [];
  // A parsed document always has <html> and <body>, as a browser's does.
  const root = child(parse(html), 'html');
  const body = root && child(root, 'body');
  if (!root || !body) return [];
  const found: Issue[] = [];
  let more = 0;
  const visit = (node: Node, lang: string | undefined) => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      const unmarked = unmarkedLetters(text, lang);
      if (!unmarked) return;
      if (found.length >= MAX_PER_PAGE) more += 1;
      else found.push(passageIssue(page, text.slice(unmarked.index), unmarked.script, lang, node.parentNode as Element));
      return;
    }
    if (!('tagName' in node) || NOT_READ.has(node.tagName) || isHidden(node)) return;
    const own = attribute(node, 'lang');
    const children = node.tagName === 'template' ? [] : node.childNodes;
    for (const child of children) visit(child, own ?? lang);
  };
  visit(body, attribute(root, 'lang'));
  if (more > 0) found.push({ checker: 'language', page, rule: 'language-of-parts', message: `and ${more} more passage${more === 1 ? '' : 's'} in another script without its lang` });
  return found;
}

function passageIssue(page: string, text: string, script: string, lang: string | undefined, parent: Element): Issue {
  const start = text.replace(/\s+/g, ' ').trim();
  const shown = start.length > 40 ? `${start.slice(0, 40)}…` : start;
  const { tag, name } = exampleLanguage(script);
  const around = lang === undefined ? 'no lang at all' : lang === '' ? 'lang=""' : `lang="${lang}"${usedScript(lang)}`;
  return {
    checker: 'language',
    page,
    rule: 'language-of-parts',
    message: `"${shown}" is in the ${scriptName(script)} script, inside ${around}, so a screen reader speaks it in the wrong voice or skips it (WCAG 3.1.2). Mark it with [${shown}]{lang=${tag}} in the Markdown (${tag} is ${name}; use its own language's tag), or give the file language: ${tag} when all of its words are in it`,
    selector: `<${parent.tagName}>`,
  };
}

function usedScript(lang: string): string {
  try {
    const script = languageScript(lang);
    return script ? `, written in ${scriptName(script)}` : '';
  } catch {
    return ', which is not a language tag';
  }
}

/** Hidden from everyone, screen readers included: the hidden attribute, or aria-hidden. */
function isHidden(element: Element): boolean {
  return attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true';
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function child(node: Node, tagName: string): Element | undefined {
  return ('childNodes' in node ? node.childNodes : []).find((c): c is Element => 'tagName' in c && c.tagName === tagName);
}
