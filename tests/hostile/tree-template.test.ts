// The tree partial (_includes/partials/tree.njk) recurses once per level, so it stops at the depth the data may have.
import { join } from "node:path";
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_ROOT } from "../helpers/data-folder.ts";
import { ownWords } from "../../src/filters/own-words.ts";

interface Node {
  url: string;
  name: string;
  data: { type: string };
  children: Node[];
}

/** A chain of `depth` partnerships, each the only child of the one before, as the template sees them. */
function chain(depth: number): Node {
  const top: Node = { url: "/partnerships/level-1/", name: "Level 1", data: { type: "board" }, children: [] };
  let current = top;
  for (let level = 2; level <= depth; level++) {
    const child: Node = { url: `/partnerships/level-${level}/`, name: `Level ${level}`, data: { type: "subgroup" }, children: [] };
    current.children.push(child);
    current = child;
  }
  return top;
}

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(PROJECT_ROOT, "_includes")), { autoescape: true });
env.addFilter("partnershipType", (type: string) => type);
env.addFilter("ownWords", ownWords);
const render = (root: Node) => env.renderString('{%- from "partials/tree.njk" import tree -%}{{ tree(roots) }}', { roots: [root] });

test("a 10-level tree is shown in full", () => {
  const html = render(chain(10));
  assert.is(html.match(/<ul class="tree" role="list">/g)?.length, 10);
  assert.ok(html.includes("Level 10"));
});

test("a 2,000-deep chain renders 10 levels and stops, without overflowing the stack", () => {
  const html = render(chain(2000));
  assert.is(html.match(/<ul class="tree" role="list">/g)?.length, 10);
  assert.ok(html.includes("Level 10") && !html.includes("Level 11"), "stops after the tenth level");
});

test.run();
