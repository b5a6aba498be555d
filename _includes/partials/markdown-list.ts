// A list of Markdown strings, numbered when order matters.
import { html, raw, type Html } from "../../src/html/html.ts";
import { renderInlineMarkdown } from "../../src/markdown/render.ts";

/** @example markdownList(["Meet **four** times a year"], true) → <ol>\n<li>Meet <strong>four</strong> times a year</li>\n</ol> */
export function markdownList(items: readonly string[], ordered = false, language?: string): Html {
  const tag = ordered ? raw("ol") : raw("ul");
  return html`<${tag}>${items.map((item) => html`\n<li>${raw(renderInlineMarkdown(item, language))}</li>`)}\n</${tag}>`;
}
