// Plans (`plans`): what the schema accepts, its messages, and when the graph calls a plan ended.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData, graphAt, lines, writeDataFolder } from "../helpers/data-folder.ts";
import { expectNoErrors, expectOneError } from "../helpers/errors.ts";

const BOARD = "partnerships/testshire-board.yaml";
const BOARD_LINES = ["name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners."];
const board = (...extra: string[]) => ({ [BOARD]: lines(...BOARD_LINES, ...extra) });

test("a plan needs a title and an end; from, summary, themes and document are optional", () => {
  expectNoErrors(checkData(board("plans:", "  - title: Community Plan", "    to: 2020")));
  expectNoErrors(checkData(board(
    "plans:", "  - title: Borough plan 2018-22", "    from: 2018", "    to: 2022", "    summary: The plan.",
    "    themes:", "      - name: Health", "      - name: One Testshire", "        cross_cutting: true",
    "    document:", "      title: Borough plan", "      url: https://www.example.test/plan.pdf", "      format: PDF",
  )));
  expectOneError(checkData(board("plans:", "  - title: Community Plan")), { file: `_data/${BOARD}`, line: 7, field: "plans[0].to", message: /^is required but missing$/ });
});

test("a plan's dates are YYYY, YYYY-MM or YYYY-MM-DD, and it cannot end before it starts", () => {
  expectOneError(checkData(board("plans:", "  - title: Plan", "    to: 2022-13")), { file: `_data/${BOARD}`, line: 8, field: "plans[0].to", message: /must be a real date written YYYY, YYYY-MM or YYYY-MM-DD/ });
  expectOneError(checkData(board("plans:", "  - title: Plan", "    from: 2023", "    to: 2022")), {
    file: `_data/${BOARD}`,
    line: 9,
    field: "plans[0].to",
    message: /^\(2022\) is before the start of the plan \(2023\); a plan must end on or after it starts$/,
  });
  // A plan from April 2022 to the year 2022 ends in December, after it starts.
  expectNoErrors(checkData(board("plans:", "  - title: Plan", "    from: 2022-04", "    to: 2022")));
});

test("themes: each has a name; cross_cutting is true or false; an unknown field names the allowed ones", () => {
  expectOneError(checkData(board("plans:", "  - title: Plan", "    to: 2030", "    themes:", "      - name: One Testshire", "        cross_cutting: yes")), {
    file: `_data/${BOARD}`, line: 11, field: "plans[0].themes[0].cross_cutting", message: /must be true or false/,
  });
  expectOneError(checkData(board("plans:", "  - title: Plan", "    to: 2030", "    themes:", "      - nme: Health")), {
    file: `_data/${BOARD}`, line: 10, field: "plans[0].themes[0].nme", message: /is not a field here; allowed fields: name, summary, cross_cutting/, suggestion: "name",
  });
});

test("a plan has ended once the last day its `to` names has passed, never before", () => {
  const at = (today: string) => graphAt(today, writeDataFolder(board("plans:", "  - title: To 2022", "    from: 2018", "    to: 2022", "  - title: To March 2028", "    to: 2028-03")))
    .partnerships.find((p) => p.slug === "testshire-board")!.plans.map((plan) => plan.ended);
  assert.equal(at("2022-12-31"), [false, false], "the plan's last day is still inside it");
  assert.equal(at("2023-01-01"), [true, false]);
  assert.equal(at("2028-03-31"), [true, false]);
  assert.equal(at("2028-04-01"), [true, true]);
});

test("cross-cutting themes are kept apart from the themes they apply to, each in file order", () => {
  const graph = graphAt("2025-06-15", writeDataFolder(board("plans:", "  - title: Plan", "    to: 2030", "    themes:", "      - name: One Testshire", "        cross_cutting: true", "      - name: Health", "      - name: Jobs")));
  const [plan] = graph.partnerships.find((p) => p.slug === "testshire-board")!.plans;
  assert.equal(plan.themes.map((t) => t.name), ["Health", "Jobs"]);
  assert.equal(plan.crossCuttingThemes.map((t) => t.name), ["One Testshire"]);
});

test.run();
