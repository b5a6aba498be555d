// An area's page (src/pages/area.njk): its partnerships as a tree, parents before children.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { allElements, breadcrumbs, findAll, findOne, textOf, type Element } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

const partnershipLinks = (doc: Element) => findAll(findOne(doc, "main"), "a").filter((a) => a.attrs.href.startsWith("/partnerships/"));
/** The partnership link of the nearest <li> enclosing this one. */
function parentItemLink(a: Element): string | undefined {
  let node = a.parent;
  while (node && node.name !== "li") node = node.parent;
  node = node?.parent;
  while (node && node.name !== "li") node = node.parent;
  return node ? findAll(node, "a")[0].attrs.href : undefined;
}

test("the h1 names the area in full; the breadcrumb by its short name", () => {
  const doc = build.page("/areas/northshire/");
  assert.is(textOf(findOne(doc, "h1")), "Partnerships in the Borough of Northshire");
  assert.equal(breadcrumbs(doc), [
    { text: "Home", href: "/", current: false },
  ]);
});

test("every partnership of the area, parents before children", () => {
  const doc = build.page("/areas/northshire/");
  assert.equal(partnershipLinks(doc).map((a) => a.attrs.href), [
    "/partnerships/northshire-partners/",
    "/partnerships/northshire-arts-forum/",
    "/partnerships/northshire-safety-board/",
    "/partnerships/northshire-youth-panel/",
  ]);
  assert.match(textOf(findOne(doc, "main")), /4 partnerships, each listed under the body it reports to/);
});

test("each partnership is nested in the list item of the body it reports to", () => {
  const links = Object.fromEntries(partnershipLinks(build.page("/areas/northshire/")).map((a) => [a.attrs.href, parentItemLink(a)]));
  assert.equal(links, {
    "/partnerships/northshire-partners/": undefined,
    "/partnerships/northshire-arts-forum/": "/partnerships/northshire-partners/",
    "/partnerships/northshire-safety-board/": "/partnerships/northshire-partners/",
    "/partnerships/northshire-youth-panel/": "/partnerships/northshire-safety-board/",
  });
});

test("each partnership shows its type in plain words", () => {
  const items = findAll(build.page("/areas/northshire/"), "li").filter((li) => findAll(li, "a").length > 0 && findAll(li, "span", { class: "meta" }).length > 0);
  const types = items.map((li) => `${textOf(findAll(li, "a")[0])}: ${textOf(findAll(li, "span", { class: "meta" })[0])}`);
  assert.ok(types.includes("Northshire Partners: Local strategic partnership"), types.join("\n"));
  assert.ok(types.includes("Northshire Youth Panel: Panel"), types.join("\n"));
});

test("links to the council's own site", () => {
  const council = findAll(build.page("/areas/northshire/"), "a", { href: "https://www.northshire.example.gov.uk" });
  assert.is(council.length, 1);
  assert.is(textOf(council[0]), "Borough of Northshire council website");
});

test("an area without partnerships says so", () => {
  const doc = build.page("/areas/eastshire/");
  assert.is(partnershipLinks(doc).length, 0);
  assert.match(textOf(findOne(doc, "main")), /No partnerships are listed for the Borough of Eastshire yet\./);
  assert.is(allElements(findOne(doc, "main")).filter((e) => e.name === "ul").length, 0);
});

test("carries the area's current statements, superseded ones left out, with the coverage table", () => {
  const doc = build.page("/areas/northshire/");
  const section = findOne(doc, "h2", { id: "equalities-statements" });
  assert.is(textOf(section), "Equalities statements");
  const statementLinks = findAll(findOne(doc, "main"), "a").filter((a) => a.attrs.href.startsWith("/equalities-statements/")).map((a) => a.attrs.href);
  assert.equal([...new Set(statementLinks)], ["/equalities-statements/northshire-partners-statement-2021/"]);
  const table = findOne(doc, "table", { class: "coverage stack" });
  const header = findAll(findOne(table, "thead"), "th").map(textOf);
  assert.equal(header, ["Protected characteristic", "Northshire Partners Equalities Statement 2021"]);
  const rows = findAll(findOne(table, "tbody"), "tr").map((tr) => findAll(tr, "td").map(textOf)[0]);
  assert.is(rows.length, 9, "the nine characteristics");
  assert.equal(rows, ["Named", "Not named", "Not named", "Not named", "Not named", "Not named", "Named", "Not named", "Named"]);
});

test("an area without statements says so, and keeps the section the statements index links to", () => {
  const doc = build.page("/areas/eastshire/");
  assert.ok(findAll(doc, "h2", { id: "equalities-statements" }).length === 1);
  assert.ok(findAll(findOne(doc, "main"), "p").map(textOf).includes("No partnership in Eastshire has published an equalities statement yet."));
  assert.is(findAll(doc, "table").length, 0);
});

test.run();
