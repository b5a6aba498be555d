// The benchmark's results table and its verdict against the scale targets.
import type { Measured } from "./measure.ts";

export interface ResultRow {
  name: string;
  pages: number;
  measured: Measured;
  note?: string;
}

/** The targets for 10,000 partnerships on the 2-core machine. */
export const TARGETS = { gateToBarePa11yCi: 1.25, partnerships: 10_000, buildSeconds: 60, peakMb: 2048, ratioToBare: 3, checkSeconds: 60, pageBudgetBytes: 14 * 1024 };

/** The weight check over every page of the project's build. */
export interface WeightSummary {
  pages: number;
  heaviest: { page: string; html: number; total: number } | undefined;
  overBudget: number;
}

export interface Results {
  partnerships: number;
  /** Medians over the runs. */
  project: ResultRow;
  bare: ResultRow;
  /** Each run's wall seconds, in the order they ran (project and bare alternating). */
  projectRuns: number[];
  bareRuns: number[];
  /** Each pair's project/bare wall ratio. */
  pairRatios: number[];
  /** The bare build again, with the V8 options npm run build passes node, to show what those options buy a build that is not the project's. */
  bareWithBuildOptions?: { options: string[]; runs: number[] };
  weight: WeightSummary;
  checks: ResultRow[];
  /** The whole cold gate against a bare pa11y-ci run over the same pages (absent with --skip-checks). */
  gateRatio?: { ratio: number; lines: string[] };
  load: string;
}

/** The bare build with npm run build's V8 options: its median, and the project's ratio to it, so the options are seen not to flatter the ratio. */
function bareWithOptionsLine({ bareWithBuildOptions: tuned, project }: Results): string[] {
  if (!tuned || tuned.options.length === 0) return [];
  const middle = median(tuned.runs) ?? 0;
  return [`  bare Eleventy with npm run build's node options (${tuned.options.join(" ")}): median ${middle.toFixed(1)} s (runs ${tuned.runs.map((v) => v.toFixed(1)).join(", ")}); project/that: ${(project.measured.wallSeconds / middle).toFixed(2)}×`];
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One Measured whose wall, CPU and peak memory are each the median of the runs' (so they may come from different runs). */
export function medianOf(runs: readonly Measured[]): Measured {
  const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
  return {
    ...runs[0],
    wallSeconds: median(runs.map((r) => r.wallSeconds)) ?? 0,
    cpuSeconds: median(defined(runs.map((r) => r.cpuSeconds))),
    peakMb: median(defined(runs.map((r) => r.peakMb))),
  };
}

/** One aligned line per build or check, the project/bare ratio, and each target met or missed. */
export function formatResults(results: Results): string[] {
  const { project, bare, checks } = results;
  const header = `${"".padEnd(34)}${"pages".padStart(9)}${"wall s".padStart(9)}${"CPU s".padStart(8)}${"pages/s".padStart(10)}${"peak MB".padStart(10)}`;
  const row = (r: ResultRow) =>
    `${r.name.padEnd(34)}${n(r.pages).padStart(9)}${r.measured.wallSeconds.toFixed(1).padStart(9)}${(r.measured.cpuSeconds?.toFixed(1) ?? "–").padStart(8)}${n(Math.round(r.pages / r.measured.wallSeconds)).padStart(10)}${mb(r.measured.peakMb).padStart(10)}${r.note ? `  ${r.note}` : ""}`;
  const timeRatio = project.measured.wallSeconds / bare.measured.wallSeconds;
  const memoryRatio = project.measured.peakMb && bare.measured.peakMb ? project.measured.peakMb / bare.measured.peakMb : undefined;
  const cpuRatio = project.measured.cpuSeconds && bare.measured.cpuSeconds ? project.measured.cpuSeconds / bare.measured.cpuSeconds : undefined;
  const runs = (values: number[]) => values.map((v) => v.toFixed(1)).join(", ");
  const lines = [
    `Builds: median of ${results.projectRuns.length} runs each, alternating project and bare.`,
    header,
    row(project),
    row(bare),
    `${"ratio project/bare".padEnd(34)}${"".padStart(9)}${`${timeRatio.toFixed(2)}×`.padStart(9)}${(cpuRatio ? `${cpuRatio.toFixed(2)}×` : "–").padStart(8)}${"".padStart(10)}${(memoryRatio ? `${memoryRatio.toFixed(2)}×` : "–").padStart(10)}`,
    `  project runs (s): ${runs(results.projectRuns)}; bare runs (s): ${runs(results.bareRuns)}; ratio of each pair: ${results.pairRatios.map((r) => `${r.toFixed(2)}×`).join(", ")}`,
    ...bareWithOptionsLine(results),
    weightLine(results.weight),
    ...checks.map(row),
    ...(results.gateRatio?.lines ?? []),
    `Load average (1, 5, 15 min) at the end: ${results.load}`,
  ];

  const scale = results.partnerships === TARGETS.partnerships ? "" : ` (the targets are set for ${n(TARGETS.partnerships)} partnerships; this run has ${n(results.partnerships)})`;
  const verdict = (ok: boolean | undefined) => (ok === undefined ? "unknown" : ok ? "met" : "MISSED");
  lines.push(`Targets${scale}:`);
  lines.push(`  build under ${TARGETS.buildSeconds} s: ${verdict(project.measured.wallSeconds < TARGETS.buildSeconds)} (${project.measured.wallSeconds.toFixed(1)} s)`);
  lines.push(`  peak memory under 2 GB: ${verdict(project.measured.peakMb === undefined ? undefined : project.measured.peakMb < TARGETS.peakMb)} (${mb(project.measured.peakMb)} MB)`);
  lines.push(`  at most ${TARGETS.ratioToBare}× the bare Eleventy build: ${verdict(timeRatio <= TARGETS.ratioToBare)} (${timeRatio.toFixed(2)}×)`);
  lines.push(`  every page within ${kb(TARGETS.pageBudgetBytes)} gzip with its stylesheet: ${verdict(results.weight.pages > 0 && results.weight.overBudget === 0)} (${n(results.weight.overBudget)} of ${n(results.weight.pages)} over)`);
  for (const check of checks) {
    const { wallSeconds, timedOut } = check.measured;
    // A check stopped before the target's time says nothing either way; one stopped after it has missed.
    const ok = timedOut ? (wallSeconds >= TARGETS.checkSeconds ? false : undefined) : wallSeconds < TARGETS.checkSeconds;
    lines.push(`  ${check.name} under ${TARGETS.checkSeconds} s: ${verdict(ok)} (${timedOut ? "stopped unfinished after " : ""}${wallSeconds.toFixed(1)} s)`);
  }
  if (results.gateRatio) lines.push(`  the whole cold gate at most ${TARGETS.gateToBarePa11yCi}× a bare pa11y-ci run: ${verdict(results.gateRatio.ratio <= TARGETS.gateToBarePa11yCi)} (${results.gateRatio.ratio.toFixed(2)}×)`);
  return lines;
}

function weightLine(weight: WeightSummary): string {
  if (!weight.heaviest) return "Page weight: no pages were built";
  const { page, html, total } = weight.heaviest;
  return `Page weight over all ${n(weight.pages)} pages: heaviest ${page}, ${kb(total)} gzip with its stylesheet (HTML ${kb(html)}); ${weight.overBudget ? `${n(weight.overBudget)} over` : "none over"} the ${kb(TARGETS.pageBudgetBytes)} budget`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A count with thousands separators, e.g. 20,162. */
export function n(value: number): string {
  return value.toLocaleString("en-GB");
}

function mb(value: number | undefined): string {
  return value === undefined ? "–" : n(Math.round(value));
}
