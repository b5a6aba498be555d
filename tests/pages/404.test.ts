// The page-not-found page (src/pages/404.njk).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { findAll, findOne, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("is written to /404.html with a plain h1 and ways on", () => {
  const doc = build.page("/404.html");
  assert.is(textOf(findOne(doc, "h1")), "Page not found");
  const hrefs = findAll(findOne(doc, "main"), "a").map((a) => a.attrs.href);
  assert.ok(hrefs.includes("/") && hrefs.includes("/a-z/"), hrefs.join(" "));
});

test("is not listed in the sitemap", () => {
  assert.not.ok(build.read("/sitemap.xml").includes("404"));
});

test.run();
