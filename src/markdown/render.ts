// Renders an editor's Markdown field to HTML; the only HTML templates may mark `safe`.
import { markdownIt } from "./markdown-it.ts";

// A summary is rendered on its own page, its parent's, its area's and the A to Z; the HTML depends on the text alone, so it is kept.
const MAX_REMEMBERED = 50_000;
const rendered = new Map<string, string>();

function remembered(key: string, render: () => string): string {
  let html = rendered.get(key);
  if (html === undefined) {
    if (rendered.size >= MAX_REMEMBERED) rendered.clear();
    rendered.set(key, (html = render()));
  }
  return html;
}

/** Block Markdown, with its headings starting at `headingLevel`; `language` is the one it is written in, when not the site's. @example renderMarkdown("# Aims", 3) → "<h3>Aims</h3>\n" */
export function renderMarkdown(source: string, headingLevel = 2, language?: string): string {
  return remembered(`b${headingLevel}\0${language ?? ""}\0${source}`, () => markdownIt.render(source, { headingLevel, language }));
}

/** Inline Markdown for a list item: no wrapping paragraph. @example renderInlineMarkdown("*now*") → "<em>now</em>" */
export function renderInlineMarkdown(source: string, language?: string): string {
  return remembered(`i\0${language ?? ""}\0${source}`, () => markdownIt.renderInline(source, { language }));
}
