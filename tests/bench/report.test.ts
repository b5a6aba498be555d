// The bench's results table (scripts/bench/report.ts): the ratio, and the bare build with npm run build's node options beside it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Measured } from "../../scripts/bench/measure.ts";
import { formatResults, type Results } from "../../scripts/bench/report.ts";

const measured = (wallSeconds: number): Measured => ({ wallSeconds, cpuSeconds: wallSeconds, peakMb: 100, exitCode: 0, timedOut: false, stdout: "", stderr: "" });
const results = (extra: Partial<Results> = {}): Results => ({
  partnerships: 10_000,
  project: { name: "project build (median)", pages: 100, measured: measured(12) },
  bare: { name: "bare Eleventy (median)", pages: 100, measured: measured(4) },
  projectRuns: [12],
  bareRuns: [4],
  pairRatios: [3],
  weight: { pages: 1, heaviest: undefined, overBudget: 0 },
  checks: [],
  load: "0 0 0",
  ...extra,
});

test("prints the project's ratio to the bare build run with the build's node options, from their median", () => {
  const lines = formatResults(results({ bareWithBuildOptions: { options: ["--max-semi-space-size=64"], runs: [5, 6, 4] } }));
  const line = lines.find((l) => l.includes("npm run build's node options"));
  assert.ok(line, lines.join("\n"));
  assert.ok(line!.includes("(--max-semi-space-size=64): median 5.0 s (runs 5.0, 6.0, 4.0); project/that: 2.40×"), line);
});

test("leaves the line out when the build passes node no options", () => {
  const lines = formatResults(results({ bareWithBuildOptions: { options: [], runs: [] } }));
  assert.not.ok(lines.some((l) => l.includes("node options")), lines.join("\n"));
  assert.ok(lines.some((l) => l.includes("at most 3× the bare Eleventy build: met (3.00×)")), lines.join("\n"));
});

test("says whether the whole cold gate kept within its ratio to a bare pa11y-ci run, and prints the gate's lines", () => {
  const within = formatResults(results({ gateRatio: { ratio: 1.2, lines: ["whole cold gate (scripts/check/index.ts)   60.0"] } }));
  assert.ok(within.includes("whole cold gate (scripts/check/index.ts)   60.0"), within.join("\n"));
  assert.ok(within.includes("  the whole cold gate at most 1.25× a bare pa11y-ci run: met (1.20×)"), within.join("\n"));
  const over = formatResults(results({ gateRatio: { ratio: 2.31, lines: [] } }));
  assert.ok(over.includes("  the whole cold gate at most 1.25× a bare pa11y-ci run: MISSED (2.31×)"), over.join("\n"));
  assert.not.ok(formatResults(results()).some((l) => l.includes("pa11y-ci run")), "no line without the gate's figures");
});

test.run();
