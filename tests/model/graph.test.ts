// The site graph templates read (src/model/graph.ts): the tree, statements and their successors, meetings, review dates, the feed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { graphAt, lines, writeDataFolder } from "../helpers/data-folder.ts";

const partnership = (name: string, type: string, ...extra: string[]) => lines(`name: ${name}`, "area: testshire", `type: ${type}`, `summary: ${name} summary.`, ...extra);
const statement = (partnership: string, signed: string, ...extra: string[]) => lines(`partnership: ${partnership}`, `title: Statement of ${signed}`, `signed: ${signed}`, "statement: We promise.", ...extra);

// Testshire Partners → (Zeta Board → Youth Panel, Alpha Forum); Otherton's Carers Group reports to Testshire Partners.
const TREE = {
  "partnerships/testshire-board.yaml": null,
  "partnerships/zeta-board.yaml": partnership("Zeta Board", "board", "parent: testshire-partners", "quick_exit: true"),
  "partnerships/alpha-forum.yaml": partnership("Alpha Forum", "forum", "parent: testshire-partners", "related:", "  - zeta-board", "  - carers-group"),
  "partnerships/youth-panel.yaml": partnership("Youth Panel", "panel", "parent: zeta-board"),
  "areas/otherton.yaml": lines("name: Borough of Otherton"),
  "partnerships/carers-group.yaml": lines("name: Carers Group", "area: otherton", "type: subgroup", "summary: S.", "parent: testshire-partners"),
};
const graph = () => graphAt("2025-06-15", writeDataFolder(TREE));
const find = (g: ReturnType<typeof graph>, slug: string) => g.partnerships.find((p) => p.slug === slug)!;

test("parents and children link both ways; children are listed A to Z", () => {
  const g = graph();
  const partners = find(g, "testshire-partners");
  assert.equal(partners.children.map((c) => c.slug), ["alpha-forum", "carers-group", "zeta-board"]);
  assert.is(find(g, "youth-panel").parent?.slug, "zeta-board");
  assert.is(partners.parent, undefined);
});

test("an area's roots are its partnerships without a parent in the same area", () => {
  const g = graph();
  const [otherton, testshire] = g.areas;
  assert.equal([otherton.slug, testshire.slug], ["otherton", "testshire"], "areas A to Z by name");
  assert.equal(testshire.roots.map((p) => p.slug), ["testshire-partners"]);
  assert.equal(testshire.partnerships.map((p) => p.slug), ["alpha-forum", "testshire-partners", "youth-panel", "zeta-board"]);
  assert.equal(otherton.roots.map((p) => p.slug), ["carers-group"], "a child of another area's partnership is a root of its own area");
});

test("ancestors run from the top of the tree down; the breadcrumb trail starts at the area", () => {
  const youth = find(graph(), "youth-panel");
  assert.equal(youth.ancestors.map((a) => a.slug), ["testshire-partners", "zeta-board"]);
  assert.equal(youth.trail, [
    { title: "Testshire", url: "/areas/testshire/" },
    { title: "Testshire Partners", url: "/partnerships/testshire-partners/" },
    { title: "Zeta Board", url: "/partnerships/zeta-board/" },
  ]);
});

test("related partnerships are linked and listed A to Z", () => {
  assert.equal(find(graph(), "alpha-forum").related.map((r) => r.slug), ["carers-group", "zeta-board"]);
});

test("quick exit shows on a partnership that asks for it and on every body below it", () => {
  const g = graph();
  assert.is(find(g, "zeta-board").quickExit, true);
  assert.is(find(g, "youth-panel").quickExit, true);
  assert.is(find(g, "testshire-partners").quickExit, false);
  assert.is(find(g, "alpha-forum").quickExit, false);
});

test("addresses follow the slug", () => {
  const g = graph();
  assert.is(find(g, "alpha-forum").url, "/partnerships/alpha-forum/");
  assert.is(g.areas[0].url, "/areas/otherton/");
  assert.is(g.statements[0].url, "/equalities-statements/testshire-statement/");
});

test("the last statement signed is current; each older one knows its successor", () => {
  const g = graphAt("2025-06-15", writeDataFolder({
    "statements/testshire-statement.yaml": null,
    "statements/b-2015.yaml": statement("testshire-partners", "2015-03-01"),
    "statements/a-2021.yaml": statement("testshire-partners", "2021-09-14"),
    "statements/c-2018.yaml": statement("testshire-partners", "2018-05-20"),
    "statements/board-2020.yaml": statement("testshire-board", "2020-01-01"),
  }));
  const partners = find(g, "testshire-partners");
  assert.equal(partners.statements.map((s) => s.slug), ["b-2015", "c-2018", "a-2021"], "oldest first");
  assert.is(partners.currentStatement?.slug, "a-2021");
  const [s2015, s2018, s2021] = partners.statements;
  assert.is(s2015.supersededBy?.slug, "c-2018");
  assert.is(s2018.supersededBy?.slug, "a-2021");
  assert.is(s2021.supersededBy, undefined);
  assert.is(s2021.supersedes?.slug, "c-2018");
  assert.equal([s2015.isCurrent, s2018.isCurrent, s2021.isCurrent], [false, false, true]);
  assert.is(find(g, "testshire-board").currentStatement?.slug, "board-2020", "another partnership's statements are its own");
  assert.equal(g.statements.map((s) => s.slug), ["a-2021", "board-2020", "c-2018", "b-2015"], "the site's list is newest first");
});

test("review_by defaults to four years after signing, 29 February included", () => {
  const g = graphAt("2025-06-15", writeDataFolder({
    "statements/testshire-statement.yaml": statement("testshire-partners", "2021-09-14"),
    "statements/leap.yaml": statement("testshire-board", "2020-02-29"),
    "statements/century.yaml": statement("testshire-board", "2096-02-29"),
  }));
  const bySlug = (slug: string) => g.statements.find((s) => s.slug === slug)!;
  assert.is(bySlug("testshire-statement").reviewBy, "2025-09-14");
  assert.is(bySlug("leap").reviewBy, "2024-02-29");
  assert.is(bySlug("century").reviewBy, "2100-02-28", "2100 is not a leap year");
});

test("a review is overdue only after its date, and only for the current statement", () => {
  const on = (today: string) => graphAt(today, writeDataFolder({
    "statements/testshire-statement.yaml": statement("testshire-partners", "2020-01-15", "review_by: 2023-01-15"),
    "statements/old.yaml": statement("testshire-board", "2010-01-01"),
    "statements/new.yaml": statement("testshire-board", "2024-01-01"),
  })).statements;
  const overdue = (today: string) => Object.fromEntries(on(today).map((s) => [s.slug, s.reviewOverdue]));
  assert.equal(overdue("2023-01-15"), { new: false, "testshire-statement": false, old: false }, "due today is not overdue");
  assert.equal(overdue("2023-01-16"), { new: false, "testshire-statement": true, old: false }, "a superseded statement is never overdue");
});

test("meetings split at the build's date: upcoming soonest first (today included), past most recent first", () => {
  const g = graphAt("2025-06-15", writeDataFolder({
    "partnerships/testshire-board.yaml": partnership("Testshire Board", "board",
      "meetings:",
      "  - date: 2025-12-02",
      "  - date: 2025-06-14",
      "  - date: 2025-06-15",
      "    time: '18:00'",
      "  - date: 2025-06-15",
      "    time: '09:30'",
      "  - date: 2024-01-10",
    ),
  }));
  const board = find(g, "testshire-board");
  assert.equal(board.upcomingMeetings.map((m) => `${m.date} ${m.time ?? ""}`.trim()), ["2025-06-15 09:30", "2025-06-15 18:00", "2025-12-02"]);
  assert.equal(board.pastMeetings.map((m) => m.date), ["2025-06-14", "2024-01-10"]);
  assert.is(board.calendarUrl, "/partnerships/testshire-board/meetings.ics");
  assert.is(find(g, "testshire-partners").calendarUrl, undefined, "no meetings, no calendar");
  assert.equal(g.partnershipsWithMeetings.map((p) => p.slug), ["testshire-board"]);
  assert.is(g.today, "2025-06-15");
});

test("the feed's updates: reviewed partnerships and every statement, newest first, at most 50", () => {
  const many: Record<string, string> = {};
  for (let i = 1; i <= 60; i++) many[`partnerships/group-${i}.yaml`] = partnership(`Group ${i}`, "subgroup", `last_reviewed: 2024-01-${String((i % 28) + 1).padStart(2, "0")}`);
  const g = graphAt("2025-06-15", writeDataFolder({
    ...many,
    "partnerships/testshire-board.yaml": partnership("Testshire Board", "board", "last_reviewed: 2025-05-01"),
    "statements/testshire-statement.yaml": statement("testshire-partners", "2025-04-01", "summary: Our promise."),
  }));
  assert.is(g.updates.length, 50);
  assert.equal(g.updates.slice(0, 2), [
    { title: "Testshire Board", url: "/partnerships/testshire-board/", summary: "Testshire Board summary.", updated: "2025-05-01" },
    { title: "Statement of 2025-04-01", url: "/equalities-statements/testshire-statement/", summary: "Our promise.", updated: "2025-04-01" },
  ]);
  const dates = g.updates.map((u) => u.updated);
  assert.equal(dates, [...dates].sort().reverse());
  assert.not.ok(g.updates.some((u) => u.url === "/partnerships/testshire-partners/"), "a partnership with no known update date is left out");
});

test("a statement without a summary is described by who signed it", () => {
  const g = graphAt("2025-06-15", writeDataFolder());
  assert.equal(g.updates, [{ title: "Testshire Equalities Statement", url: "/equalities-statements/testshire-statement/", summary: "Signed by Testshire Partners.", updated: "2020-01-15" }]);
});

test("the A to Z's letters: only letters with partnerships, digits first, each with its partnerships A to Z", () => {
  const g = graphAt("2025-06-15", writeDataFolder({ ...TREE, "partnerships/2030-board.yaml": partnership("2030 Board", "board") }));
  assert.equal(g.letters.map((l) => l.slug), ["0-9", "a", "c", "t", "y", "z"]);
  assert.equal(g.letters.find((l) => l.slug === "t")!.partnerships.map((p) => p.slug), ["testshire-partners"]);
  assert.is(g.letters.reduce((sum, l) => sum + l.partnerships.length, 0), g.partnerships.length);
});

test("an area's current statements: the last each of its partnerships signed, and how many are overdue", () => {
  const g = graphAt(
    "2025-06-15",
    writeDataFolder({
      ...TREE,
      "statements/testshire-statement.yaml": null,
      "statements/old.yaml": statement("testshire-partners", "2010-01-01"),
      "statements/new.yaml": statement("testshire-partners", "2020-01-01"),
      "statements/zeta.yaml": statement("zeta-board", "2024-01-01"),
      "statements/carers.yaml": statement("carers-group", "2012-01-01"),
    }),
  );
  const testshire = g.areas.find((a) => a.slug === "testshire")!;
  assert.equal(testshire.currentStatements.map((s) => s.slug), ["new", "zeta"]);
  assert.is(testshire.overdueStatements, 1, "signed 2020, due 2024");
  assert.equal(g.areas.find((a) => a.slug === "otherton")!.currentStatements.map((s) => s.slug), ["carers"]);
});

test.run();
