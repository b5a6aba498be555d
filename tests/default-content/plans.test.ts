// The default content (_data) built as it ships: Ealing's and Tower Hamlets' plans in the seeds' words, shown as ended.
import * as assert from "uvu/assert";
import { buildSite, succeeded, type Build } from "../helpers/build.ts";
import { PROJECT_ROOT } from "../helpers/data-folder.ts";
import { DEFAULT_DATA, withDefaultContent } from "../helpers/default-content.ts";
import { firstNamed, heading, listItems, sectionAfter, textOf } from "../helpers/html.ts";

withDefaultContent("default content: the seeds' plans", (test) => {
  // 15 June 2025, long after both plans' periods.
  const pending = buildSite({ root: PROJECT_ROOT, dataDir: DEFAULT_DATA });
  let build: Build;
  test.before(async () => {
    build = succeeded(await pending);
  });

  test("Ealing: the borough plan 2018-22 its LSP adopted as its overarching framework, marked ended", () => {
    const plan = sectionAfter(heading(build.page("/partnerships/ealing-local-strategic-partnership/"), "Borough plan 2018-22"));
    assert.is(textOf(firstNamed(plan, "div")), "This plan has ended. Its period, 2018 to 2022, has passed. It is kept here as a record, not as a current plan.");
    assert.match(textOf(plan[1]), /adopt the borough plan 2018-22 as its overarching framework within which to frame future activity\.$/);
  });

  test("Tower Hamlets: the Community Plan until the year 2020, marked ended, with One Tower Hamlets cutting through the others and no invented themes", () => {
    const page = build.page("/partnerships/tower-hamlets-partnership/");
    const plan = sectionAfter(heading(page, "Community Plan"));
    assert.is(textOf(firstNamed(plan, "div")), "This plan has ended. Its period, until 2020, has passed. It is kept here as a record, not as a current plan.");
    assert.match(textOf(plan[1]), /focussing on aspirations until the year 2020\.$/);
    const themes = listItems(firstNamed(plan, "ul"));
    assert.is(themes.length, 1, "the seed lost the four themes' names, so only One Tower Hamlets is listed");
    assert.match(themes[0], /^One Tower Hamlets, a cross-cutting theme: it applies to all the plan's other themes\. In addition to these themes is the overarching aim of One Tower Hamlets, a separate theme which cuts through each of the others\./);
    assert.not.match(textOf(page), /The four themes for the new Community Plan are/);
  });

});
