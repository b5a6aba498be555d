// A site too big for one page per list (1,000 generated partnerships): home, A to Z and statements index switch to summaries, every page fits.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateSite, writeSite } from "../../scripts/bench/generate.ts";
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
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
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

test("the A to Z lists the letters with their counts, and the letter pages hold every partnership once", () => {
  const letters = findAll(findOne(main("/a-z/"), "ul", { class: "links letters" }), "li");
  assert.ok(letters.length > 5);
  let total = 0;
  const seen = new Set<string>();
  for (const li of letters) {
    const link = findOne(li, "a");
    const count = Number(/^([A-Z]|0 to 9|Other): (\d+) partnerships?$/.exec(textOf(link))?.[2]);
    const listed = hrefs(link.attrs.href).filter((h) => h.startsWith("/partnerships/"));
    assert.is(listed.length, count, link.attrs.href);
    for (const h of listed) seen.add(h);
    total += count;
  }
  assert.is(total, 1000);
  assert.is(seen.size, 1000);
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
