// Renders an editor's Markdown field to HTML; the only HTML templates may mark `safe`.
import { markdownIt } from "./markdown-it.ts";

/** Block Markdown, with its headings starting at `headingLevel`. @example renderMarkdown("# Aims", 3) → "<h3>Aims</h3>\n" */
export function renderMarkdown(source: string, headingLevel = 2): string {
  return markdownIt.render(source, { headingLevel });
}

/** Inline Markdown for a list item: no wrapping paragraph. @example renderInlineMarkdown("*now*") → "<em>now</em>" */
export function renderInlineMarkdown(source: string): string {
  return markdownIt.renderInline(source, {});
}
