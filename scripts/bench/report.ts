// The benchmark's results table and its verdict against the scale targets in issue 4.
import type { Measured } from "./measure.ts";

export interface ResultRow {
  name: string;
  pages: number;
  measured: Measured;
  note?: string;
}

/** The targets for 10,000 partnerships on the 2-core machine. */
export const TARGETS = { partnerships: 10_000, buildSeconds: 60, peakMb: 2048, ratioToBare: 2, checkSeconds: 60 };

export interface Results {
  partnerships: number;
  project: ResultRow;
  bare: ResultRow;
  checks: ResultRow[];
  load: string;
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
  const lines = [
    header,
    row(project),
    row(bare),
    `${"ratio project/bare".padEnd(34)}${"".padStart(9)}${`${timeRatio.toFixed(2)}×`.padStart(9)}${(cpuRatio ? `${cpuRatio.toFixed(2)}×` : "–").padStart(8)}${"".padStart(10)}${(memoryRatio ? `${memoryRatio.toFixed(2)}×` : "–").padStart(10)}`,
    ...checks.map(row),
    `Load average (1, 5, 15 min) at the end: ${results.load}`,
  ];

  const scale = results.partnerships === TARGETS.partnerships ? "" : ` (the targets are set for ${n(TARGETS.partnerships)} partnerships; this run has ${n(results.partnerships)})`;
  const verdict = (ok: boolean | undefined) => (ok === undefined ? "unknown" : ok ? "met" : "MISSED");
  lines.push(`Targets${scale}:`);
  lines.push(`  build under ${TARGETS.buildSeconds} s: ${verdict(project.measured.wallSeconds < TARGETS.buildSeconds)} (${project.measured.wallSeconds.toFixed(1)} s)`);
  lines.push(`  peak memory under 2 GB: ${verdict(project.measured.peakMb === undefined ? undefined : project.measured.peakMb < TARGETS.peakMb)} (${mb(project.measured.peakMb)} MB)`);
  lines.push(`  at most ${TARGETS.ratioToBare}× the bare Eleventy build: ${verdict(timeRatio <= TARGETS.ratioToBare)} (${timeRatio.toFixed(2)}×)`);
  for (const check of checks) {
    const { wallSeconds, timedOut } = check.measured;
    // A check stopped before the target's time says nothing either way; one stopped after it has missed.
    const ok = timedOut ? (wallSeconds >= TARGETS.checkSeconds ? false : undefined) : wallSeconds < TARGETS.checkSeconds;
    lines.push(`  ${check.name} under ${TARGETS.checkSeconds} s: ${verdict(ok)} (${timedOut ? "stopped unfinished after " : ""}${wallSeconds.toFixed(1)} s)`);
  }
  return lines;
}

/** A count with thousands separators, e.g. 20,162. */
export function n(value: number): string {
  return value.toLocaleString("en-GB");
}

function mb(value: number | undefined): string {
  return value === undefined ? "–" : n(Math.round(value));
}
