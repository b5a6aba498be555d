// The home page (src/pages/index.njk): what partnerships are, and every area with its partnerships as a tree.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded } from "../helpers/build.ts";
import { findAll, findOne, heading, sectionAfter, textOf, type Element } from "../helpers/html.ts";

const pending = fixtureBuild();
let doc: Element;
test.before(async () => {
  doc = succeeded(await pending).page("/");
});

test("the h1 is the site title and the lead is its description", () => {
  assert.is(textOf(findOne(doc, "h1")), "Testshire Partnerships");
  assert.is(textOf(findOne(doc, "p", { class: "lead" })), "A directory of Testshire's partnerships & their equalities statements.");
  assert.is(textOf(findOne(doc, "title")), "Testshire Partnerships");
});

test("explains what partnerships are", () => {
  assert.match(textOf(sectionAfter(heading(doc, "What partnerships are"))[0]), /local strategic partnership brings together/);
});

test("lists every area A to Z, each linked to its page", () => {
  const areas = findAll(doc, "h3").map((h) => findOne(h, "a"));
  assert.equal(areas.map((a) => [textOf(a), a.attrs.href]), [
    ["Borough of Eastshire", "/areas/eastshire/"],
    ["Borough of Northshire", "/areas/northshire/"],
    ["Borough of Southshire", "/areas/southshire/"],
  ]);
});

test("each area's partnerships as a tree: children nested under their parent", () => {
  const northshire = sectionAfter(heading(doc, "Borough of Northshire"));
  const tree = northshire.find((e) => e.name === "ul")!;
  const top = tree.children.filter((c): c is Element => typeof c !== "string" && c.name === "li");
  assert.equal(top.map((li) => textOf(findAll(li, "a")[0])), ["Northshire Partners"]);
  const underPartners = findAll(top[0], "ul")[0].children.filter((c): c is Element => typeof c !== "string" && c.name === "li");
  assert.equal(underPartners.map((li) => textOf(findAll(li, "a")[0])), ["Northshire Arts Forum", "Northshire Safety Board"]);
  assert.equal(findAll(underPartners[1], "a").map(textOf), ["Northshire Safety Board", "Northshire Youth Panel"]);
});

test("an area with no partnerships says so", () => {
  assert.is(textOf(sectionAfter(heading(doc, "Borough of Eastshire"))[0]), "No partnerships are listed yet.");
});

test("links to the A to Z and the equalities statements", () => {
  const hrefs = findAll(findOne(doc, "main"), "a").map((a) => a.attrs.href);
  assert.ok(hrefs.includes("/a-z/") && hrefs.includes("/equalities-statements/"), hrefs.join(" "));
});

test.run();
