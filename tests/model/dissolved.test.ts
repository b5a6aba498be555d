// Groups that close (`dissolved`): the schema's and the cross-file rules' messages, and where the graph puts a closed group.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData, graphAt, lines, writeDataFolder } from "../helpers/data-folder.ts";
import { expectNoErrors, expectOneError } from "../helpers/errors.ts";

const PARTNERS = "partnerships/testshire-partners.yaml";
const BOARD = "partnerships/testshire-board.yaml";
const PARTNERS_LINES = ["name: Testshire Partners", "area: testshire", "type: local-strategic-partnership", "summary: The local strategic partnership for Testshire."];
const BOARD_LINES = ["name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners."];
const board = (...extra: string[]) => ({ [BOARD]: lines(...BOARD_LINES, ...extra) });
const group = (slug: string, ...extra: string[]) => ({
  [`partnerships/${slug}.yaml`]: lines(`name: ${slug}`, "area: testshire", "type: delivery-group", "parent: testshire-board", "summary: A delivery group.", ...extra),
});

test("dissolved is a real date written YYYY-MM-DD", () => {
  expectOneError(checkData(board("dissolved: 2024-02-30")), { file: `_data/${BOARD}`, line: 6, field: "dissolved", message: /is not a real calendar date/ });
  expectOneError(checkData(board("dissolved: March 2024")), { file: `_data/${BOARD}`, line: 6, field: "dissolved", message: /must be a date written YYYY-MM-DD/ });
  expectNoErrors(checkData(board("dissolved: 2024-03-31")));
});

test("a group cannot close before it was established", () => {
  expectOneError(checkData(board("established: 2020-06", "dissolved: 2020-05-31")), {
    file: `_data/${BOARD}`,
    line: 7,
    field: "dissolved",
    message: /^\(2020-05-31\) is before the partnership was established \(2020-06\); a group can only close after it starts$/,
  });
  expectNoErrors(checkData(board("established: 2020-06", "dissolved: 2020-06-01")));
});

test("a meeting after the day a group closed is an error at that meeting's date; one on the day is allowed", () => {
  const errors = checkData(board("dissolved: 2024-09-30", "meetings:", "  - date: 2024-09-30", "  - date: 2024-10-01", "    title: After it closed"));
  expectOneError(errors, {
    file: `_data/${BOARD}`,
    line: 9,
    field: "meetings[1].date",
    message: /^\(2024-10-01\) is after the group closed \(dissolved: 2024-09-30\); a closed group cannot meet\. Remove the meeting, or correct its date or the dissolved date$/,
  });
});

test("a current group whose parent has closed is an error at its parent field, naming the parent's file", () => {
  const errors = checkData({ ...board("dissolved: 2024-09-30"), ...group("testshire-training-group") });
  expectOneError(errors, {
    file: "_data/partnerships/testshire-training-group.yaml",
    line: 4,
    field: "parent",
    message: /^names "testshire-board", which closes on 2024-09-30 \(dissolved: in _data\/partnerships\/testshire-board\.yaml\); a current group cannot report to a closed one\. Change parent to the body this group reports to now, or add dissolved: with the date this group closed too$/,
  });
  expectNoErrors(checkData({ ...board("dissolved: 2024-09-30"), ...group("testshire-training-group", "dissolved: 2024-06-30") }));
});

test("the graph: a closed group leaves the current tree for its parent's and its area's former groups", () => {
  const folder = writeDataFolder({ ...group("testshire-old-group", "dissolved: 2024-01-31"), ...group("testshire-new-group") });
  const graph = graphAt("2025-06-15", folder);
  const bySlug = (slug: string) => graph.partnerships.find((p) => p.slug === slug)!;
  const boardNode = bySlug("testshire-board");
  assert.equal(boardNode.children.map((c) => c.slug), ["testshire-new-group"]);
  assert.equal(boardNode.formerChildren.map((c) => c.slug), ["testshire-old-group"]);
  const area = graph.areas[0];
  assert.equal(area.formerGroups.map((p) => p.slug), ["testshire-old-group"]);
  assert.equal(area.currentPartnerships.map((p) => p.slug).sort(), ["testshire-board", "testshire-new-group", "testshire-partners"]);
  assert.ok(bySlug("testshire-old-group").isDissolved);
});

test("the graph: a group whose closing day has not come yet is still current", () => {
  const graph = graphAt("2025-06-15", writeDataFolder(group("testshire-winter-group", "dissolved: 2025-12-31")));
  const winter = graph.partnerships.find((p) => p.slug === "testshire-winter-group")!;
  assert.is(winter.isDissolved, false);
  assert.equal(winter.parent!.children.map((c) => c.slug), ["testshire-winter-group"]);
  assert.equal(graph.areas[0].formerGroups, []);
  // The day it closes, it moves.
  const later = graphAt("2025-12-31", writeDataFolder(group("testshire-winter-group", "dissolved: 2025-12-31")));
  assert.equal(later.areas[0].formerGroups.map((p) => p.slug), ["testshire-winter-group"]);
});

test("the graph: a closed root partnership is a former group, not a root", () => {
  const graph = graphAt("2025-06-15", writeDataFolder({ [PARTNERS]: lines(...PARTNERS_LINES, "dissolved: 2025-01-31"), ...board("dissolved: 2025-01-31") }));
  assert.equal(graph.areas[0].roots, []);
  assert.equal(graph.areas[0].formerGroups.map((p) => p.slug), ["testshire-board", "testshire-partners"]);
});

test("the feed: a closed group's entry says so and is dated the day it closed when that is its latest change", () => {
  const graph = graphAt("2025-06-15", writeDataFolder(board("last_reviewed: 2024-01-10", "dissolved: 2024-09-30")));
  const entry = graph.updates.find((u) => u.url === "/partnerships/testshire-board/")!;
  assert.equal(entry, { title: "Testshire Board (closed)", url: "/partnerships/testshire-board/", summary: "Reports to Testshire Partners.", updated: "2024-09-30", closed: "2024-09-30" });
});

test.run();
