// The bench's guard against a build that grows faster than the site (scripts/bench/growth.ts): the ratio of medians, and its verdict.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatGrowth, GROWTH, growthMet, growthRatio } from "../../scripts/bench/growth.ts";

const growth = (smallRuns: number[], largeRuns: number[]) => ({ small: 300, large: 600, smallRuns, largeRuns, smallWall: smallRuns, largeWall: largeRuns, limit: GROWTH.limit });

test("the ratio is of the medians, so one slow run does not decide it", () => {
  assert.is(growthRatio(growth([4, 4.2, 30], [6, 6.3, 6.1])), 6.1 / 4.2);
});

test("a build that grows with the site is met; one that grows as the square of it is missed", () => {
  // Start-up of 3 s, then 0.01 s a partnership: 6 s against 9 s.
  assert.ok(growthMet(growth([6, 6, 6], [9, 9, 9])));
  // The cache miss of last round: four times the work for twice the site.
  const quadratic = growth([12, 12, 12], [39, 39, 39]);
  assert.not.ok(growthMet(quadratic));
  assert.match(formatGrowth(quadratic), /^doubling the site \(300 → 600 partnerships\): the build's CPU time 3\.25× .*at most 2\.2×: MISSED$/);
  assert.match(formatGrowth(growth([6, 6, 6], [9, 9, 9])), /1\.50× \(medians 6\.0 s → 9\.0 s; wall 6\.0 s → 9\.0 s\), at most 2\.2×: met$/);
});

test.run();
