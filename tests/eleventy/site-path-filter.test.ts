// sitePath gives what Eleventy's url filter gives, asking it once per path and build.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sitePathFilter } from "../../src/eleventy/site-path-filter.ts";

function configWith(prefix: string) {
  const asked: string[] = [];
  const listeners: (() => void)[] = [];
  let filter: ((path: string) => string) | undefined;
  let templateFunction: ((path: string) => string) | undefined;
  sitePathFilter({
    getFilter: () => (path) => (asked.push(path), `${prefix}${path.slice(1)}`),
    on: (_event, listener) => listeners.push(listener),
    addNunjucksFilter: (_name, added) => (filter = added),
    addJavaScriptFunction: (_name, added) => (templateFunction = added),
  });
  // Nunjucks pages and TypeScript templates share one memo.
  assert.is(templateFunction, filter);
  return { sitePath: filter!, asked, build: () => listeners.forEach((listener) => listener()) };
}

test("answers as the url filter does, asking it once for each path", () => {
  const { sitePath, asked } = configWith("/sub/");
  assert.is(sitePath("/"), "/sub/");
  assert.is(sitePath("/a-z/"), "/sub/a-z/");
  assert.is(sitePath("/"), "/sub/");
  assert.equal(asked, ["/", "/a-z/"]);
});

test("asks again after a new build starts (npm start may change the path prefix)", () => {
  const { sitePath, asked, build } = configWith("/");
  sitePath("/");
  build();
  sitePath("/");
  assert.equal(asked, ["/", "/"]);
});

test.run();
