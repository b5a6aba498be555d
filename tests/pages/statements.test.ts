// The statements index (src/pages/statements.njk): every statement, its partnership, signed date, current or superseded.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { breadcrumbs, findAll, findOne, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("the h1 and breadcrumbs", () => {
  const doc = build.page("/equalities-statements/");
  assert.is(textOf(findOne(doc, "h1")), "Equalities statements");
  assert.equal(breadcrumbs(doc).map((c) => c.text), ["Home"]);
});

test("every statement, newest first: title linked, partnership, date signed in words, status", () => {
  const table = findAll(build.page("/equalities-statements/"), "table")[0];
  const rows = findAll(findOne(table, "tbody"), "tr").map((tr) => tr.children.filter((c) => typeof c !== "string").map(textOf));
  assert.equal(rows, [
    ["Northshire Partners Equalities Statement 2021", "Northshire Partners", "14 September 2021", "Current"],
    ["Southshire Forum Equalities Statement", "Southshire <b>Community</b> Forum <script>alert(1)</script>", "10 January 2019", "Current, overdue for review"],
    ["Northshire Partners Equalities Statement 2015", "Northshire Partners", "1 March 2015", "Superseded by Northshire Partners Equalities Statement 2021"],
  ]);
  assert.equal(findAll(findOne(table, "tbody"), "a").map((a) => a.attrs.href), [
    "/equalities-statements/northshire-partners-statement-2021/",
    "/equalities-statements/southshire-forum-statement/",
    "/equalities-statements/northshire-partners-statement-2015/",
  ]);
});

test("the table has a caption and column headers", () => {
  const table = findAll(build.page("/equalities-statements/"), "table")[0];
  assert.ok(textOf(findOne(table, "caption")).length > 0);
  assert.equal(findAll(table, "th", { scope: "col" }).map(textOf), ["Statement", "Partnership", "Signed", "Status"]);
});

test("the coverage table: a row per characteristic, a column per current statement (its header a link named for the statement), each cell Named or Not named", () => {
  const table = findOne(build.page("/equalities-statements/"), "table", { class: "coverage stack" });
  assert.is(textOf(findOne(table, "caption")), "Protected characteristics named in each current equalities statement");
  const columns = findAll(findOne(table, "thead"), "th");
  assert.ok(columns.every((th) => th.attrs.scope === "col"));
  // Only current statements: Northshire's 2015 statement was superseded in 2021.
  assert.equal(columns.map(textOf), ["Protected characteristic", "Northshire Partners Equalities Statement 2021", "Southshire Forum Equalities Statement"]);
  assert.equal(findAll(findOne(table, "thead"), "a").map((a) => a.attrs.href), ["/equalities-statements/northshire-partners-statement-2021/", "/equalities-statements/southshire-forum-statement/"]);
  const rows = findAll(findOne(table, "tbody"), "tr");
  assert.equal(rows.map((tr) => textOf(findOne(tr, "th", { scope: "row" }))), ["Age", "Disability", "Gender reassignment", "Marriage and civil partnership", "Pregnancy and maternity", "Race", "Religion or belief", "Sex", "Sexual orientation"]);
  const northshire = rows.map((tr) => textOf(findAll(tr, "td")[0]));
  assert.equal(northshire, ["Named", "Not named", "Not named", "Not named", "Not named", "Not named", "Named", "Not named", "Named"]);
  assert.ok(findAll(table, "td").every((td) => ["Named", "Not named"].includes(textOf(td))), "every cell is in the caption's words");
  assert.equal(findAll(rows[0], "td").map((td) => td.attrs["data-label"]), ["Northshire Partners", "Southshire <b>Community</b> Forum <script>alert(1)</script>"], "each cell names its statement when the table is stacked");
  assert.is(findAll(build.page("/equalities-statements/"), "section").length, 0, "no scroll region: the table fits");
});

test.run();
