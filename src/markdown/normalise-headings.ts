// Editors' Markdown headings sit under the page's own headings, so they are renumbered to start at the level below and never skip one.
import type { Token } from "markdown-it";

/** Renumbers heading tokens in place: the highest level used becomes `first`, each deeper level used becomes the next one (at most h6). */
export function normaliseHeadings(tokens: Token[], first: number): void {
  const used = [...new Set(tokens.filter((t) => t.type === "heading_open").map((t) => Number(t.tag.slice(1))))].sort();
  if (used.length === 0) return;
  const level = new Map(used.map((l, i) => [l, Math.min(first + i, 6)]));
  for (const token of tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${level.get(Number(token.tag.slice(1)))}`;
  }
}
