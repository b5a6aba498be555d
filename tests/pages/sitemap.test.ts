// The sitemap (src/pages/sitemap.njk): every HTML page, by its full address.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture } from "../helpers/data-folder.ts";
import { findAll, parseHtml, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
// sitemaps.org allows 50,000 addresses a file; the same fixture with a limit of 7 shows what a site past it gets.
const split = buildSite(copyFixture(), { env: { SITEMAP_URL_LIMIT: "7" } });
let build: Build;
let splitBuild: Build;
test.before(async () => {
  build = succeeded(await pending);
  splitBuild = succeeded(await split);
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

test("past the limit, /sitemap.xml is a sitemap index of files holding at most the limit each, every page once", () => {
  const index = parseHtml(splitBuild.read("/sitemap.xml"), { xml: true });
  assert.is(findAll(index, "sitemapindex", { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" }).length, 1);
  assert.is(findAll(index, "urlset").length, 0);
  const files = findAll(index, "loc").map(textOf);
  const pages = build.htmlAddresses().filter((a) => a !== "/404.html");
  assert.is(files.length, Math.ceil(pages.length / 7));
  const locs = files.flatMap((file) => {
    assert.match(file, /^https:\/\/partnerships\.example\.test\/sitemaps\/sitemap-\d+\.xml$/);
    const urls = findAll(parseHtml(splitBuild.read(new URL(file).pathname), { xml: true }), "loc").map(textOf);
    assert.ok(urls.length >= 1 && urls.length <= 7, `${file} lists ${urls.length}`);
    return urls;
  });
  assert.equal(locs.sort(), pages.map((a) => `https://partnerships.example.test${a}`).sort());
});

test("at or under the limit there is no sitemaps folder, and robots.txt names /sitemap.xml either way", () => {
  assert.not.ok(build.exists("/sitemaps/sitemap-1.xml"));
  for (const b of [build, splitBuild]) assert.match(b.read("/robots.txt"), /Sitemap: https:\/\/partnerships\.example\.test\/sitemap\.xml/);
});

test.run();
