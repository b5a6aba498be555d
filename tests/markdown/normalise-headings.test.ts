// Editors' headings renumbered under the page's own (src/markdown/normalise-headings.ts): never a skipped level.
import MarkdownIt from "markdown-it";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { renderMarkdown } from "../../src/markdown/render.ts";
import { normaliseHeadings } from "../../src/markdown/normalise-headings.ts";
import { headingLevels, parseHtml } from "../helpers/html.ts";

const plain = new MarkdownIt();
const levelsAfter = (source: string, first: number) => {
  const tokens = plain.parse(source, {});
  normaliseHeadings(tokens, first);
  return tokens.filter((t) => t.type === "heading_open").map((t) => Number(t.tag.slice(1)));
};

/** Levels a page would have: its own heading at `first - 1`, then the Markdown's. */
const skips = (levels: number[], first: number) => [first - 1, ...levels].some((level, i, all) => i > 0 && level > all[i - 1] + 1);

test("the highest level used becomes the first level; each deeper level used, the next", () => {
  assert.equal(levelsAfter("# A\n\n## B\n\n# C", 2), [2, 3, 2]);
  assert.equal(levelsAfter("## A\n\n#### B", 3), [3, 4], "a gap in the editor's levels is closed");
  assert.equal(levelsAfter("### A\n\n### B", 2), [2, 2]);
});

test("opening and closing tags change together", () => {
  const tokens = plain.parse("# Aims", {});
  normaliseHeadings(tokens, 4);
  assert.equal(tokens.filter((t) => t.type.startsWith("heading_")).map((t) => t.tag), ["h4", "h4"]);
});

test("levels stop at h6", () => {
  assert.equal(levelsAfter("# A\n\n## B\n\n### C\n\n#### D", 4), [4, 5, 6, 6]);
});

test("no headings, nothing changes", () => {
  const tokens = plain.parse("Just a paragraph.", {});
  normaliseHeadings(tokens, 2);
  assert.equal(tokens.map((t) => t.tag), ["p", "", "p"]);
});

test("no level is skipped even when a deeper heading comes before a shallower one", () => {
  // "### Background" then "# Aims": the page's h1 must be followed by an h2, not an h3.
  const levels = headingLevels(parseHtml(renderMarkdown("### Background\n\nText.\n\n# Aims\n\n### Detail", 2)));
  assert.not.ok(skips(levels, 2), `h1 then ${levels.map((l) => `h${l}`).join(", ")}`);
});

test("rendered Markdown from the renderer never skips a level under the page's heading", () => {
  for (const source of ["# A\n\n### B\n\n###### C", "## A\n\n# B\n\n## C", "#### A"]) {
    const levels = headingLevels(parseHtml(renderMarkdown(source, 3)));
    assert.not.ok(skips(levels, 3), `${JSON.stringify(source)} → ${levels.join(", ")}`);
  }
});

test.run();
