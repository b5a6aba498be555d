// What a manual accessibility audit found, checked on the built HTML: titles, descriptions, the favicon, the footer,
// a partnership listed twice, a document whose address is a home page, and a lead-in sentence cut from its list.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData } from "../../scripts/validate.ts";
import { buildSite, fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture, FIXTURE_DATA } from "../helpers/data-folder.ts";
import { findAll, findOne, heading, sectionAfter, textOf } from "../helpers/html.ts";

const fixture = (path: string) => readFileSync(join(FIXTURE_DATA, path), "utf8");
const changed = copyFixture({
  // The safety board is Northshire Partners' child; naming it in related too must not list it twice.
  "partnerships/northshire-partners.yaml": fixture("partnerships/northshire-partners.yaml")
    .replace("related:\n  - southshire-forum\n", "related:\n  - southshire-forum\n  - northshire-safety-board\n")
    .replace("documents:\n", "documents:\n  - title: Aims and outcomes\n    url: https://www.northshire.example.gov.uk\n    format: pdf\n    size_kb: 16\n"),
  // A name such as "Health and Wellbeing Board" is shared by many areas.
  "partnerships/northshire-arts-forum.yaml": fixture("partnerships/northshire-arts-forum.yaml").replace("name: Northshire Arts Forum", "name: Arts Forum"),
  "statements/northshire-partners-statement-2021.yaml": fixture("statements/northshire-partners-statement-2021.yaml").replace(
    "  We will publish what we do each year.\n",
    "  We will publish what we do each year.\n\n  In practical terms, Northshire Partners will work towards:\n",
  ),
});
const pendingChanged = buildSite(changed);
const pending = fixtureBuild();
let build: Build;
let other: Build;
test.before(async () => {
  build = succeeded(await pending);
  other = succeeded(await pendingChanged);
});

const SITE = "Testshire Partnerships";
const meta = (doc: ReturnType<Build["page"]>) => findOne(doc, "meta", { name: "description" }).attrs.content;

test("every title ends with the site name, is never cut, and names one page only", () => {
  const titles = build.htmlAddresses().map((address) => [address, textOf(findOne(build.page(address), "title"))]);
  for (const [address, title] of titles) {
    if (address === "/") assert.is(title, SITE);
    else assert.ok(title.endsWith(` – ${SITE}`) && !title.includes("…"), `${address}: ${title}`);
  }
  const seen = new Map<string, string>();
  for (const [address, title] of titles) {
    assert.not.ok(seen.has(title), `${address} and ${seen.get(title)} share the title "${title}"`);
    seen.set(title, address);
  }
});

test("a partnership whose name does not say its area has the area in its title", () => {
  assert.is(textOf(findOne(other.page("/partnerships/northshire-arts-forum/"), "title")), `Arts Forum, Northshire – ${SITE}`);
  assert.is(textOf(findOne(build.page("/partnerships/northshire-arts-forum/"), "title")), `Northshire Arts Forum – ${SITE}`);
});

test("no page's meta description repeats its title or, apart from the home page, the site's description", () => {
  const siteDescription = meta(build.page("/"));
  for (const address of build.htmlAddresses().filter((a) => a !== "/")) {
    const doc = build.page(address);
    const description = meta(doc);
    const title = textOf(findOne(doc, "title")).replace(` – ${SITE}`, "");
    assert.ok(description !== title && description !== `${title}.` && description !== siteDescription, `${address}: "${description}"`);
  }
});

test("every page names a small same-site favicon, so no first visit asks for /favicon.ico and gets a 404", () => {
  for (const address of build.htmlAddresses()) {
    const icons = findAll(findOne(build.page(address), "head"), "link").filter((l) => l.attrs.rel === "icon");
    assert.equal(icons.map((l) => l.attrs.href), ["/favicon.svg"], address);
  }
  const svg = build.read("/favicon.svg");
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(Buffer.byteLength(svg) < 512, `${Buffer.byteLength(svg)} bytes`);
  assert.match(build.read("/_headers"), /\/favicon\.svg\n {2}Cache-Control: public, max-age=\d+/);
  assert.match(build.read("/_headers"), /img-src 'self'/);
});

test("the footer never says the site is run by itself, and says how big the open data is", () => {
  for (const address of ["/", "/a-z/"]) {
    const footer = textOf(findOne(build.page(address), "footer", { class: "site-footer" }));
    assert.not.match(footer, /(\S[^.]*) is run by \1/);
  }
  const link = findOne(build.page("/"), "a", { href: "/data/partnerships.json" });
  const kb = Math.ceil(Buffer.byteLength(build.read("/data/partnerships.json")) / 1024);
  assert.is(textOf(link), `Open data (JSON, ${kb} KB)`);
});

test("a child also named in related is listed once, under the groups that report to it", () => {
  const doc = other.page("/partnerships/northshire-partners/");
  const groups = findAll(sectionAfter(heading(doc, "Groups that report to Northshire Partners"))[0], "a").map((a) => a.attrs.href);
  const others = findAll(sectionAfter(heading(doc, "Other partnerships"))[0], "a").map((a) => a.attrs.href);
  assert.ok(groups.includes("/partnerships/northshire-safety-board/"));
  assert.equal(others, ["/partnerships/southshire-forum/"]);
  // And the parent's own page is not repeated on the child's: it is in the facts as "Reports to".
  assert.equal(findAll(findOne(other.page("/partnerships/northshire-safety-board/"), "main"), "a", { href: "/partnerships/northshire-partners/" }).length, 1);
});

test("a document whose address is a website's home page is shown as not yet published online, not linked; npm run validate warns", () => {
  const documents = sectionAfter(heading(other.page("/partnerships/northshire-partners/"), "Documents"))[0];
  const first = findAll(documents, "li")[0];
  assert.is(textOf(first), "Aims and outcomes (PDF, 16 KB): not yet published online");
  assert.is(findAll(first, "a").length, 0);
  const warnings = checkData(changed.dataDir, changed.root).warnings.filter((w) => w.field === "documents[0].url");
  assert.is(warnings.length, 1);
  assert.match(warnings[0].message, /is the home page of a website, not a PDF file/);
});

test("a statement that ends by leading into its commitments is not cut from them by a heading", () => {
  const doc = other.page("/equalities-statements/northshire-partners-statement-2021/");
  assert.equal(findAll(findOne(doc, "main"), "h2").map(textOf).filter((h) => /Commitments|work towards/.test(h)), []);
  const prose = findOne(doc, "div", { class: "prose" });
  const siblings = prose.parent!.children.filter((c) => typeof c !== "string");
  assert.is((siblings[siblings.indexOf(prose) + 1] as { name: string }).name, "ul", "the list follows the lead-in directly");
  // Without a lead-in, the list has a heading that says what it is.
  assert.ok(findAll(build.page("/equalities-statements/northshire-partners-statement-2021/"), "h2").some((h) => textOf(h) === "What Northshire Partners will work towards"));
});

test("an area's name reads as English in a sentence", () => {
  const doc = build.page("/areas/northshire/");
  assert.is(textOf(findOne(doc, "h1")), "Partnerships in the Borough of Northshire");
  assert.is(meta(doc), "Every local partnership, board and group in the Borough of Northshire.");
});

test.run();
