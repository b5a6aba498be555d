// A new borough added as files alone (an area, three partnerships in a tree, two statements) appears at every
// contract address without any template change.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture, lines } from "../helpers/data-folder.ts";
import { breadcrumbs, findAll, findOne, parseHtml, textOf } from "../helpers/html.ts";

const ROOT = "https://partnerships.example.test";
const NEW_FILES = {
  "areas/westshire.yaml": lines("name: Royal Borough of Westshire", "short_name: Westshire", "council_url: https://www.westshire.example.gov.uk"),
  "partnerships/westshire-together.yaml": lines(
    "name: Westshire Together",
    "area: westshire",
    "type: local-strategic-partnership",
    "summary: The local strategic partnership for Westshire.",
    "meetings:",
    "  - date: 2025-07-01",
    "    time: '18:30'",
    "    title: Summer board",
    "last_reviewed: 2025-06-01",
  ),
  "partnerships/westshire-health-board.yaml": lines("name: Westshire Health Board", "area: westshire", "type: board", "parent: westshire-together", "summary: Health and wellbeing in Westshire."),
  "partnerships/westshire-carers-group.yaml": lines("name: Westshire Carers Group", "area: westshire", "type: theme-group", "parent: westshire-health-board", "summary: Support for carers."),
  "statements/westshire-together-2019.yaml": lines("partnership: westshire-together", "title: Westshire Together Equalities Statement 2019", "signed: 2019-05-01", "statement: We promise fairness."),
  "statements/westshire-together-2024.yaml": lines("partnership: westshire-together", "title: Westshire Together Equalities Statement 2024", "signed: 2024-05-01", "statement: We promise fairness, renewed."),
};
const PARTNERSHIPS = ["westshire-together", "westshire-health-board", "westshire-carers-group"];
const STATEMENTS = ["westshire-together-2019", "westshire-together-2024"];

// Started on import, so it builds while other files' tests run.
const pending = buildSite(copyFixture(NEW_FILES));
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

const mainLinks = (address: string) => findAll(findOne(build.page(address), "main"), "a").map((a) => a.attrs.href);

test("the home page lists the new area with its tree", () => {
  const hrefs = mainLinks("/");
  assert.ok(hrefs.includes("/areas/westshire/"));
  const tree = PARTNERSHIPS.map((slug) => hrefs.indexOf(`/partnerships/${slug}/`));
  assert.ok(tree.every((i, n) => i > -1 && (n === 0 || i > tree[n - 1])), `parents before children: ${tree}`);
});

test("/areas/westshire/: the three partnerships, parents before children", () => {
  const doc = build.page("/areas/westshire/");
  assert.is(textOf(findOne(doc, "h1")), "Partnerships in the Royal Borough of Westshire");
  assert.equal(mainLinks("/areas/westshire/").filter((h) => h.startsWith("/partnerships/")), PARTNERSHIPS.map((s) => `/partnerships/${s}/`));
});

test("/partnerships/<slug>/ for each, with breadcrumbs through the new tree", () => {
  for (const slug of PARTNERSHIPS) assert.ok(build.exists(`/partnerships/${slug}/`), slug);
  assert.equal(breadcrumbs(build.page("/partnerships/westshire-carers-group/")).map((c) => c.text), ["Home", "Westshire", "Westshire Together", "Westshire Health Board"]);
  assert.ok(mainLinks("/partnerships/westshire-together/").includes("/equalities-statements/westshire-together-2024/"), "current statement linked");
});

test("/partnerships/westshire-together/meetings.ics for the partnership with meetings", () => {
  assert.match(build.read("/partnerships/westshire-together/meetings.ics"), /SUMMARY:Summer board/);
});

test("/equalities-statements/ lists both; the older is superseded by the newer", () => {
  const rows = findAll(findAll(build.page("/equalities-statements/"), "tbody")[0], "tr").map(textOf);
  assert.ok(rows.some((r) => r.startsWith("Westshire Together Equalities Statement 2024 Westshire Together 1 May 2024 Current")), rows.join("\n"));
  assert.ok(rows.some((r) => r.endsWith("Superseded by Westshire Together Equalities Statement 2024") && r.startsWith("Westshire Together Equalities Statement 2019")), rows.join("\n"));
});

test("/equalities-statements/<slug>/ for each; the older names its successor", () => {
  for (const slug of STATEMENTS) assert.ok(build.exists(`/equalities-statements/${slug}/`), slug);
  const notice = findOne(build.page("/equalities-statements/westshire-together-2019/"), "div", { class: "notice" });
  assert.equal(findAll(notice, "a").map((a) => a.attrs.href), ["/equalities-statements/westshire-together-2024/"]);
});

test("/a-z/ lists the three under W", () => {
  const hrefs = mainLinks("/a-z/");
  for (const slug of PARTNERSHIPS) assert.ok(hrefs.includes(`/partnerships/${slug}/`), slug);
  assert.ok(findAll(build.page("/a-z/"), "h2").map(textOf).includes("W"));
});

test("/sitemap.xml lists the area, partnership and statement pages", () => {
  const locs = findAll(parseHtml(build.read("/sitemap.xml"), { xml: true }), "loc").map(textOf);
  for (const path of ["/areas/westshire/", ...PARTNERSHIPS.map((s) => `/partnerships/${s}/`), ...STATEMENTS.map((s) => `/equalities-statements/${s}/`)]) {
    assert.ok(locs.includes(`${ROOT}${path}`), path);
  }
});

test("/feed.xml has entries for the reviewed partnership and both statements", () => {
  const links = findAll(parseHtml(build.read("/feed.xml"), { xml: true }), "entry").map((e) => findOne(e, "link").attrs.href);
  for (const path of ["/partnerships/westshire-together/", ...STATEMENTS.map((s) => `/equalities-statements/${s}/`)]) assert.ok(links.includes(`${ROOT}${path}`), path);
});

test("/data/partnerships.json has the area, its partnerships and statements", () => {
  const data = JSON.parse(build.read("/data/partnerships.json"));
  const area = data.areas.find((a: { slug: string }) => a.slug === "westshire");
  assert.equal([...area.partnerships].sort(), [...PARTNERSHIPS].sort());
  const together = data.partnerships.find((p: { slug: string }) => p.slug === "westshire-together");
  assert.equal(together.children, ["westshire-health-board"]);
  assert.is(together.current_statement, "westshire-together-2024");
  const older = data.statements.find((s: { slug: string }) => s.slug === "westshire-together-2019");
  assert.is(older.superseded_by, "westshire-together-2024");
});

test("the pages already there are still there", () => {
  assert.ok(build.exists("/areas/northshire/") && build.exists("/partnerships/northshire-partners/"));
});

test.run();
