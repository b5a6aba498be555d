// "Page last updated" falls back to git (src/model/git-dates.ts).
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { lastCommitDates } from "../../src/model/git-dates.ts";
import { PROJECT_ROOT, writeDataFolder } from "../helpers/data-folder.ts";

test("outside a git repository there are no dates, and no error", () => {
  assert.is(lastCommitDates(writeDataFolder().dataDir).size, 0);
});

test("inside the project, committed data files get the date of their last commit", () => {
  const dates = lastCommitDates(join(PROJECT_ROOT, "_data"));
  const site = dates.get(join(PROJECT_ROOT, "_data/site.yaml"));
  assert.ok(site, `no date for _data/site.yaml among ${[...dates.keys()].slice(0, 3).join(", ")}`);
  assert.match(site!, /^\d{4}-\d{2}-\d{2}$/);
});

test.run();
