// The accessibility statement (src/pages/accessibility.njk).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { findAll, findOne, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("names the site, the publisher and how to report a problem", () => {
  const doc = build.page("/accessibility/");
  assert.is(textOf(findOne(doc, "h1")), "Accessibility statement for Testshire Partnerships");
  const text = textOf(findOne(doc, "main"));
  assert.match(text, /This statement applies to https:\/\/partnerships\.example\.test\. The website is run by Testshire Partnerships Team\./);
  assert.equal(findAll(findOne(doc, "main"), "a", { href: "mailto:access@partnerships.example.test" }).map(textOf), ["access@partnerships.example.test"]);
});

test("has the sections the regulations expect", () => {
  const headings = findAll(build.page("/accessibility/"), "h2").map(textOf);
  for (const expected of ["Feedback and contact information", "Enforcement procedure", "Technical information about this website’s accessibility", "Non-accessible content", "How we tested this website", "Preparation of this accessibility statement"]) {
    assert.ok(headings.includes(expected), `${expected} in ${headings.join(" | ")}`);
  }
});

test("without a manual record it never calls the build's date a review, and says no one has reviewed it by hand", () => {
  const text = textOf(findOne(build.page("/accessibility/"), "main"));
  assert.not.match(text, /last reviewed on 15 June 2025/);
  assert.match(text, /No one has prepared or reviewed this statement by hand yet/);
  assert.match(text, /No one has checked this website by hand yet/);
});

test.run();
