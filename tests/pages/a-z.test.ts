// The A to Z (src/pages/a-z.njk): every partnership in alphabetical order, under its first letter.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { breadcrumbs, findAll, findOne, heading, listItems, sectionAfter, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("the h1, and one h2 per first letter", () => {
  const doc = build.page("/a-z/");
  assert.is(textOf(findOne(doc, "h1")), "Partnerships A to Z");
  assert.equal(findAll(doc, "h2").map(textOf), ["N", "S"]);
});

test("every partnership A to Z, linked, with its type and area", () => {
  const doc = build.page("/a-z/");
  const n = sectionAfter(heading(doc, "N"))[0];
  assert.equal(listItems(n), [
    "Northshire Arts Forum Forum, Northshire",
    "Northshire Partners Local strategic partnership, Northshire",
    "Northshire Safety Board Board, Northshire",
    "Northshire Youth Panel Panel, Northshire",
  ]);
  const all = findAll(findOne(doc, "main"), "a").map((a) => a.attrs.href);
  assert.equal(all, [
    "/a-z/n/",
    "/partnerships/northshire-arts-forum/",
    "/partnerships/northshire-partners/",
    "/partnerships/northshire-safety-board/",
    "/partnerships/northshire-youth-panel/",
    "/a-z/s/",
    "/partnerships/southshire-forum/",
  ]);
});

test("each letter's heading links to the letter's own page, which lists the same partnerships with a breadcrumb back", () => {
  const doc = build.page("/a-z/n/");
  assert.is(textOf(findOne(doc, "h1")), "Partnerships A to Z: N");
  assert.equal(listItems(findOne(findOne(doc, "main"), "ul")), [
    "Northshire Arts Forum Forum, Northshire",
    "Northshire Partners Local strategic partnership, Northshire",
    "Northshire Safety Board Board, Northshire",
    "Northshire Youth Panel Panel, Northshire",
  ]);
  assert.equal(breadcrumbs(doc).map((c) => c.text), ["Home", "Partnerships A to Z"]);
  assert.ok(build.exists("/a-z/s/"));
  assert.not.ok(build.exists("/a-z/e/"), "a letter with no partnerships has no page");
});

test("the main navigation marks the A to Z as the current page", () => {
  const nav = findOne(build.page("/a-z/"), "nav", { "aria-label": "Main" });
  assert.equal(findAll(nav, "a").filter((a) => a.attrs["aria-current"] === "page").map((a) => a.attrs.href), ["/a-z/"]);
});

test.run();
