// "Page last updated" falls back to git (src/model/git-dates.ts): the last commit that changed what a file says.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/** A throw-away repository whose commits carry the given dates. */
function repository() {
  const top = mkdtempSync(join(tmpdir(), "git-dates-"));
  const data = join(top, "_data");
  mkdirSync(join(data, "partnerships"), { recursive: true });
  const run = (args: string[], date?: string) =>
    execFileSync("git", args, { cwd: top, stdio: "ignore", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.test", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.test", ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }) } });
  run(["init", "-q"]);
  return {
    data,
    write: (file: string, text: string) => writeFileSync(join(data, file), text),
    move: (from: string, to: string) => renameSync(join(data, from), join(data, to)),
    commit: (date: string) => {
      run(["add", "-A"]);
      run(["commit", "-q", "-m", date], date);
    },
  };
}

test("reformatting, a new comment, reordered fields or a move do not change the date; a changed value does", () => {
  const repo = repository();
  repo.write("partnerships/a.yaml", "name: Alpha\nsummary: First.\n");
  repo.write("partnerships/b.yaml", "name: Beta\n");
  repo.commit("2019-03-01");
  repo.write("partnerships/a.yaml", "# Reviewed, no change.\nsummary: 'First.'\nname:   \"Alpha\"\n");
  repo.write("partnerships/b.yaml", "name: Beta Group\n");
  repo.commit("2020-05-01");
  repo.move("partnerships/a.yaml", "partnerships/alpha.yaml");
  repo.commit("2021-07-01");
  const dates = lastCommitDates(repo.data);
  assert.is(dates.get(join(repo.data, "partnerships/alpha.yaml")), "2019-03-01", "reformatted and moved, but saying the same since 2019");
  assert.is(dates.get(join(repo.data, "partnerships/b.yaml")), "2020-05-01", "its name changed in 2020");
  assert.is(dates.has(join(repo.data, "partnerships/a.yaml")), false, "the old name is gone");
});

test.run();
