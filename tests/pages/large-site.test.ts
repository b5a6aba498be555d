// A site too big for one page per list (1,000 generated partnerships): home, A to Z and statements index switch to summaries, every page fits; and a site whose every name starts with one word, whose letter runs on over pages with guide words.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateSite, SKEWED_WORD, writeSite } from "../../scripts/bench/generate.ts";
import { checkWeight } from "../../scripts/check/weight.ts";
import { LAYOUT_ALLOWANCE_BYTES } from "../../src/filters/fits-page-budget.ts";
import { buildSite, succeeded, type Build } from "../helpers/build.ts";
import { tempDir } from "../helpers/data-folder.ts";
import { findAll, findOne, textOf } from "../helpers/html.ts";

const root = tempDir("partnerships-large-");
const dataDir = join(root, "_data");
const site = generateSite({ partnerships: 1000, today: "2025-06-15" });
writeSite(dataDir, site);
const pending = buildSite({ root, dataDir });
// Every name starting with the same word: one letter holds the whole site.
const skewedRoot = tempDir("partnerships-skewed-");
writeSite(join(skewedRoot, "_data"), generateSite({ partnerships: 1500, today: "2025-06-15", skewed: 1 }));
const pendingSkewed = buildSite({ root: skewedRoot, dataDir: join(skewedRoot, "_data") });
let build: Build;
let skewed: Build;
test.before(async () => {
  build = succeeded(await pending);
  skewed = succeeded(await pendingSkewed);
});

const main = (address: string) => findOne(build.page(address), "main");
const hrefs = (address: string) => findAll(main(address), "a").map((a) => a.attrs.href);

test("every page, the summaries included, fits 14 KB gzip with its stylesheet", () => {
  const { pages, issues } = checkWeight(build.out);
  assert.ok(pages.length > 1000, `${pages.length} pages`);
  assert.equal(issues, []);
});

test("the layout around the main content stays within the room the budget decision keeps for it, on every page", () => {
  for (const address of build.htmlAddresses()) {
    const html = readFileSync(join(build.out, address.endsWith("/") ? `${address}index.html` : address));
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html.toString())?.[1] ?? "";
    const layout = gzipSync(html).length - gzipSync(main).length;
    assert.ok(layout <= LAYOUT_ALLOWANCE_BYTES, `${address}: the layout takes ${layout} bytes gzipped`);
  }
});

test("the home page lists each area with its count and top-level partnerships instead of whole trees", () => {
  assert.is(findAll(main("/"), "ul", { class: "tree" }).length, 0);
  const areas = findAll(main("/"), "h3").map((h) => findOne(h, "a").attrs.href);
  assert.is(areas.length, site.areas.length);
  assert.ok(findAll(main("/"), "p").some((p) => /^\d+ partnerships, including:$/.test(textOf(p))));
  for (const area of areas) assert.ok(build.exists(area), area);
});

/** Every partnership a letter lists, following its pages from the first by their "Next page" links, with what each page says of itself. */
function letterPages(site: Build, first: string): { address: string; listed: string[]; names: string[]; guide?: string; pagesSaid?: number }[] {
  const pages = [];
  for (let address: string | undefined = first; address !== undefined; ) {
    const main = findOne(site.page(address), "main");
    const list = findOne(main, "ul", { class: "links" });
    const links = findAll(list, "a");
    const guide = findAll(main, "p", { class: "guide-words" })[0];
    const pagesSaid = /on (\d+) pages/.exec(textOf(findAll(main, "p")[0]))?.[1];
    pages.push({ address, listed: links.map((a) => a.attrs.href), names: links.map(textOf), ...(guide && { guide: textOf(guide) }), ...(pagesSaid && { pagesSaid: Number(pagesSaid) }) });
    address = findAll(main, "a").find((a) => a.attrs.rel === "next")?.attrs.href;
    assert.ok(pages.length < 1000, "the Next page links go round in a circle");
  }
  return pages;
}

/** Each letter of the summary /a-z/ with its count, and every page of it, holding every partnership exactly once. */
function assertLettersHoldEveryPartnership(site: Build, total: number): number {
  const letters = findAll(findOne(findOne(site.page("/a-z/"), "main"), "ul", { class: "links letters" }), "li");
  let counted = 0;
  let mostPages = 0;
  const seen = new Set<string>();
  for (const li of letters) {
    const link = findOne(li, "a");
    const count = Number(/^([A-Z]|0 to 9|Other): (\d+) partnerships?$/.exec(textOf(link))?.[2]);
    const pages = letterPages(site, link.attrs.href);
    const listed = pages.flatMap((page) => page.listed.filter((h) => h.startsWith("/partnerships/")));
    assert.is(listed.length, count, link.attrs.href);
    for (const h of listed) {
      assert.not.ok(seen.has(h), `${h} is on two pages`);
      seen.add(h);
    }
    counted += count;
    mostPages = Math.max(mostPages, pages.length);
  }
  assert.is(counted, total);
  assert.is(seen.size, total);
  return mostPages;
}

test("the A to Z lists the letters with their counts, and the letter pages hold every partnership once", () => {
  assert.ok(findAll(findOne(main("/a-z/"), "ul", { class: "links letters" }), "li").length > 5);
  assertLettersHoldEveryPartnership(build, 1000);
});

test("every name starting with one word: every page, the letter's many pages included, fits 14 KB gzip with its stylesheet", () => {
  const { pages, issues } = checkWeight(skewed.out);
  assert.ok(pages.filter((page) => page.page.startsWith("/a-z/s/")).length > 1, "the letter does not run on");
  assert.equal(issues, []);
});

test("every name starting with one word: the letter runs on from /a-z/s/ over /a-z/s/2/…, every partnership on exactly one page", () => {
  const pages = letterPages(skewed, "/a-z/s/");
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  assert.equal(pages.map((page) => page.address), pages.map((_, i) => (i === 0 ? "/a-z/s/" : `/a-z/s/${i + 1}/`)));
  for (const page of pages) assert.is(page.pagesSaid, pages.length, page.address);
  assert.is(assertLettersHoldEveryPartnership(skewed, 1500), pages.length);
  const names = pages.flatMap((page) => page.names);
  assert.ok(names.every((name) => name.startsWith(`${SKEWED_WORD} `)));
  assert.equal(names, [...names].sort((a, b) => a.localeCompare(b, "en")), "the pages are not in A to Z order");
});

test("every name starting with one word: each page's guide words are its first and last name, and its links lead to the pages beside it", () => {
  const pages = letterPages(skewed, "/a-z/s/");
  pages.forEach((page, i) => {
    assert.ok(page.guide?.includes(`from ${page.names[0]} to ${page.names.at(-1)}.`), `${page.address}: ${page.guide}`);
    const nav = findOne(findOne(skewed.page(page.address), "main"), "nav", { class: "pagination" });
    const links = findAll(nav, "a");
    assert.is(nav.attrs["aria-label"], "Pages of S");
    assert.is(links.find((a) => a.attrs.rel === "prev")?.attrs.href, pages[i - 1]?.address, `${page.address}: previous`);
    assert.is(links.find((a) => a.attrs.rel === "next")?.attrs.href, pages[i + 1]?.address, `${page.address}: next`);
    assert.equal(links.filter((a) => a.attrs["aria-current"] === "page").map((a) => a.attrs.href), [page.address]);
    assert.ok(links.some((a) => a.attrs.href === "/a-z/s/" && a.attrs["aria-label"] === "Page 1"), `${page.address}: no link to the first page`);
    if (i > 0) assert.match(textOf(findOne(skewed.page(page.address), "title")), new RegExp(`^Partnerships A to Z: S \\(page ${i + 1} of ${pages.length}\\) – `));
  });
});

test("the statements index lists each area's current and overdue statements, linking to the area's statements", () => {
  const rows = findAll(findOne(main("/equalities-statements/"), "tbody"), "tr");
  assert.is(rows.length, site.areas.length);
  const current = rows.reduce((sum, tr) => sum + Number(textOf(findAll(tr, "td")[0])), 0);
  const partnershipsWithStatements = new Set(site.statements.map((s) => s.data.partnership)).size;
  assert.is(current, partnershipsWithStatements);
  const first = findOne(rows[0], "a").attrs.href;
  assert.match(first, /^\/areas\/[a-z0-9-]+\/#equalities-statements$/);
  assert.is(findAll(build.page(first.split("#")[0]), "h2", { id: "equalities-statements" }).length, 1);
});

test("the addresses of a small site are all still there", () => {
  for (const address of ["/", "/a-z/", "/equalities-statements/", "/accessibility/", "/404.html", "/sitemap.xml", "/feed.xml", "/data/partnerships.json"]) assert.ok(build.exists(address), address);
});

test.run();
