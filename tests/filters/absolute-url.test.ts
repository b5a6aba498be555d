// Full addresses on the site's canonical base (src/filters/absolute-url.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { absoluteUrl } from "../../src/filters/absolute-url.ts";

test("joins a site path to the base, with or without its trailing slash", () => {
  assert.is(absoluteUrl("/areas/ealing/", "https://partnerships.example.org.uk"), "https://partnerships.example.org.uk/areas/ealing/");
  assert.is(absoluteUrl("/areas/ealing/", "https://partnerships.example.org.uk/"), "https://partnerships.example.org.uk/areas/ealing/");
  assert.is(absoluteUrl("/", "https://partnerships.example.org.uk"), "https://partnerships.example.org.uk/");
});

test("a path that already carries the path prefix keeps it", () => {
  assert.is(absoluteUrl("/partnerships/a-z/", "https://www.example.gov.uk"), "https://www.example.gov.uk/partnerships/a-z/");
});

test.run();
