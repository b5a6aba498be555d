// "Did you mean …?" (src/model/suggest.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { suggest } from "../../src/model/suggest.ts";

test("suggests the closest candidate within a small edit distance", () => {
  assert.is(suggest("sumary", ["name", "summary", "type"]), "summary");
  assert.is(suggest("volunteer", ["public", "voluntary", "community"]), "voluntary");
  assert.is(suggest("hillingdon-partner", ["hillingdon-partners", "ealing-partners"]), "hillingdon-partners");
});

test("ignores case when comparing", () => {
  assert.is(suggest("Board", ["board", "forum"]), "board");
});

test("suggests nothing when nothing is close", () => {
  assert.is(suggest("colour", ["name", "summary", "type"]), undefined);
  assert.is(suggest("x", []), undefined);
});

test.run();
