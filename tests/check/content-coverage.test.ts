// scripts/check/content-coverage.ts: a site with no partnership pages (a council's first day) is checked, and the gate says what it could not check.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentCoverageNote } from "../../scripts/check/content-coverage.ts";
import { buildSite, succeeded } from "../helpers/build.ts";
import { writeDataFolder } from "../helpers/data-folder.ts";
import { textOf } from "../helpers/html.ts";

const EMPTY = ["/", "/a-z/", "/equalities-statements/", "/accessibility/", "/leave-quickly/", "/404.html"];

test("no partnership page: a note naming how many pages are checked; with one, no note", () => {
  assert.is(contentCoverageNote(EMPTY), "Note: the site has no partnership, area or statement pages yet, so only the 6 pages every site has are checked; the page kinds it lacks are checked once the first file of each is added (the test fixtures check them in npm run test:unit).");
  assert.is(contentCoverageNote([...EMPTY, "/areas/camden/", "/partnerships/camden-partners/"]), undefined);
  assert.is(contentCoverageNote([]), undefined);
});

test("a site with only site.yaml builds, and its home page says there are no areas yet", async () => {
  const folder = writeDataFolder({ "areas/testshire.yaml": null, "partnerships/testshire-partners.yaml": null, "partnerships/testshire-board.yaml": null, "statements/testshire-statement.yaml": null });
  const build = succeeded(await buildSite(folder));
  assert.match(textOf(build.page("/")), /Partnerships by area\s*No areas have been added yet\./);
  assert.match(textOf(build.page("/a-z/")), /No partnerships are listed yet\./);
  assert.match(textOf(build.page("/equalities-statements/")), /No equalities statements have been published yet\./);
});

test.run();
