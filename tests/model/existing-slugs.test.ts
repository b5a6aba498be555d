// A parent or area with no close match lists the slugs that do exist, up to ten (src/model/suggest.ts, src/model/validate.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existingSlugs } from "../../src/model/suggest.ts";
import { checkData, lines } from "../helpers/data-folder.ts";
import { expectOneError } from "../helpers/errors.ts";

const board = (field: string) => lines("name: Testshire Board", "area: testshire", "type: board", "summary: S.", field);

test("a parent close to nothing: the message lists the partnerships there are", () => {
  expectOneError(checkData({ "partnerships/testshire-board.yaml": board("parent: camden-partners") }), {
    file: "_data/partnerships/testshire-board.yaml",
    line: 5,
    field: "parent",
    message: /^names the parent partnership "camden-partners", but there is no _data\/partnerships\/camden-partners\.yaml; the partnerships are: testshire-board, testshire-partners$/,
  });
});

test("an area close to nothing: the areas there are; a close one still gets its Did you mean instead", () => {
  const far = checkData({ "partnerships/testshire-board.yaml": board("").replace("area: testshire", "area: camden") });
  expectOneError(far, { file: "_data/partnerships/testshire-board.yaml", line: 2, field: "area", message: /; the areas are: testshire$/ });
  const near = checkData({ "partnerships/testshire-board.yaml": board("").replace("area: testshire", "area: testshir") });
  expectOneError(near, { file: "_data/partnerships/testshire-board.yaml", line: 2, field: "area", message: /testshir\.yaml$/, suggestion: "testshire" });
});

test("at most ten, in order, then how many more; none yet says so", () => {
  const slugs = Array.from({ length: 13 }, (_, i) => `area-${String(i).padStart(2, "0")}`);
  assert.is(existingSlugs("area", slugs.reverse()), "; the areas are: area-00, area-01, area-02, area-03, area-04, area-05, area-06, area-07, area-08, area-09 and 3 more");
  assert.is(existingSlugs("partnership", []), "; there are no partnerships yet");
});

test.run();
