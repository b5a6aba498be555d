// The A to Z's letters (src/model/letters.ts): which /a-z/<letter>/ page lists a partnership.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { letterOf } from "../../src/model/letters.ts";

test("a name goes under its first letter, as a lower-case address segment", () => {
  assert.equal(letterOf("Hillingdon Partners"), { slug: "h", label: "H", url: "/a-z/h/" });
  assert.equal(letterOf("ealing forum"), { slug: "e", label: "E", url: "/a-z/e/" });
});

test("accents come off and leading punctuation is skipped", () => {
  assert.is(letterOf("Émile's Forum").slug, "e");
  assert.is(letterOf("'Our Place' Panel").slug, "o");
  assert.is(letterOf("(The) Youth Board").slug, "t");
});

test("names that start with a digit share /a-z/0-9/", () => {
  assert.equal(letterOf("2030 Climate Board"), { slug: "0-9", label: "0 to 9", url: "/a-z/0-9/" });
  assert.is(letterOf("4Ward Forum").slug, "0-9");
});

test("a name in another script goes under Other", () => {
  assert.equal(letterOf("Шкільна рада"), { slug: "other", label: "Other", url: "/a-z/other/" });
  assert.is(letterOf("বাংলা ফোরাম").slug, "other");
});

test.run();
