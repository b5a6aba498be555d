// The sitemap (src/pages/sitemap.njk): every HTML page, by its full address.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { findAll, parseHtml, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("is a sitemaps.org urlset", () => {
  const xml = build.read("/sitemap.xml");
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'), xml.slice(0, 60));
  assert.is(findAll(parseHtml(xml, { xml: true }), "urlset", { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" }).length, 1);
});

test("lists every HTML page but the 404 page, each once, by its absolute address", () => {
  const locs = findAll(parseHtml(build.read("/sitemap.xml"), { xml: true }), "loc").map(textOf);
  const expected = build.htmlAddresses().filter((a) => a !== "/404.html").map((a) => `https://partnerships.example.test${a}`);
  assert.equal([...locs].sort(), expected.sort());
  assert.is(new Set(locs).size, locs.length);
});

test.run();
