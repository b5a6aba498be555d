// Guards against a build that grows faster than the site: builds N and 2N partnerships in turn and fails when the larger takes more than about twice as long (a per-page cache miss once made 2,000 partnerships take 177.5 s against 11.3 s, and only a manual timing found it).
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { generateSite, writeSite } from "./generate.ts";
import { measureNode, reportFileFor, type MemoryProbe } from "./measure.ts";
import { median } from "./report.ts";

/** The two sizes compared, and the most the larger build may cost against the smaller: a build that grows with the site costs at most 2× (less, since start-up does not grow). */
export const GROWTH = { small: 300, large: 600, limit: 2.2 };

export interface Growth {
  small: number;
  large: number;
  /** CPU seconds of each run (wall seconds where the probe gave no CPU time): less swayed than wall time by a loaded machine. */
  smallRuns: number[];
  largeRuns: number[];
  smallWall: number[];
  largeWall: number[];
  limit: number;
}

/** The median of the larger site's runs over the median of the smaller's. */
export function growthRatio(growth: Pick<Growth, "smallRuns" | "largeRuns">): number {
  return median(growth.largeRuns)! / median(growth.smallRuns)!;
}

export function growthMet(growth: Growth): boolean {
  return growthRatio(growth) <= growth.limit;
}

/** @example "doubling the site (300 → 600 partnerships): the build's CPU time 1.52× (medians 4.1 s → 6.2 s; wall 3.0 s → 4.4 s), at most 2.2×: met" */
export function formatGrowth(growth: Growth): string {
  const s = (values: number[]) => `${median(values)!.toFixed(1)} s`;
  return `doubling the site (${growth.small} → ${growth.large} partnerships): the build's CPU time ${growthRatio(growth).toFixed(2)}× (medians ${s(growth.smallRuns)} → ${s(growth.largeRuns)}; wall ${s(growth.smallWall)} → ${s(growth.largeWall)}), at most ${growth.limit}×: ${growthMet(growth) ? "met" : "MISSED"}`;
}

/** Builds both sizes `runs` times each, alternating, with the production build's command; throws if a build fails. */
export async function measureGrowth(options: { temp: string; projectRoot: string; buildArgs: (output: string) => string[]; today: string; seed: number; runs: number; probe: MemoryProbe; epoch: string; log: (line: string) => void }): Promise<Growth> {
  const sizes = [GROWTH.small, GROWTH.large];
  const folders = sizes.map((size) => {
    const dataDir = join(options.temp, `growth-${size}`, "_data");
    mkdirSync(dataDir, { recursive: true });
    writeSite(dataDir, generateSite({ partnerships: size, today: options.today, seed: options.seed }));
    return dataDir;
  });
  const cpu: number[][] = [[], []];
  const wall: number[][] = [[], []];
  for (let run = 1; run <= options.runs; run++) {
    for (const [i, size] of sizes.entries()) {
      const output = join(options.temp, `growth-${size}`, "site");
      rmSync(output, { recursive: true, force: true });
      const measured = await measureNode(options.buildArgs(output), { cwd: options.projectRoot, env: { DATA_DIR: folders[i], SOURCE_DATE_EPOCH: options.epoch }, reportFile: reportFileFor(options.temp, `growth-${size}`), probe: options.probe });
      if (measured.exitCode !== 0) throw new Error(`the build of ${size} partnerships failed (exit ${measured.exitCode}):\n${measured.stderr.slice(-2000)}`);
      cpu[i]!.push(measured.cpuSeconds ?? measured.wallSeconds);
      wall[i]!.push(measured.wallSeconds);
      options.log(`      run ${run} of ${options.runs}: ${size} partnerships in ${measured.wallSeconds.toFixed(1)} s (CPU ${measured.cpuSeconds?.toFixed(1) ?? "–"} s)`);
    }
  }
  return { small: GROWTH.small, large: GROWTH.large, smallRuns: cpu[0]!, largeRuns: cpu[1]!, smallWall: wall[0]!, largeWall: wall[1]!, limit: GROWTH.limit };
}
