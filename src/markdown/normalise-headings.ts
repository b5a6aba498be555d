// Editors' Markdown headings sit under the page's own headings, so they are renumbered to start at the level below and never skip one.
import type { Token } from "markdown-it";

/**
 * Renumbers heading tokens in place: the highest level used becomes `first`, each deeper level used the next one,
 * and no heading goes more than one level below the heading before it (at most h6).
 */
export function normaliseHeadings(tokens: Token[], first: number): void {
  const used = [...new Set(tokens.filter((t) => t.type === "heading_open").map((t) => Number(t.tag.slice(1))))].sort();
  if (used.length === 0) return;
  const rank = new Map(used.map((l, i) => [l, first + i]));
  let previous = first - 1;
  let open = 0;
  for (const token of tokens) {
    if (token.type === "heading_open") {
      open = Math.min(rank.get(Number(token.tag.slice(1)))!, previous + 1, 6);
      previous = open;
      token.tag = `h${open}`;
    } else if (token.type === "heading_close") token.tag = `h${open}`;
  }
}
