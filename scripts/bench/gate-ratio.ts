// The whole cold gate against a bare pa11y-ci run over the same pages, run alternately so a busy machine weighs on both alike, with each pass's cost a page.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { measureNode, reportFileFor, type Measured, type MemoryProbe } from "./measure.ts";
import { median } from "./report.ts";

export interface GateRatioInput {
  projectRoot: string;
  temp: string;
  siteDir: string;
  probe: MemoryProbe;
  /** Pairs of runs (bare, then the whole gate). */
  pairs: number;
  /** The gate keeps its results here (emptied before each run, so each is cold) and writes its report here. */
  cacheDir: string;
  reportFile: string;
  timeoutSeconds: number;
  log: (line: string) => void;
}

interface Pass {
  name: string;
  pages: number;
  seconds: number;
}

export interface GateRatio {
  pages: number;
  bare: number[];
  gate: number[];
  /** Each pass of the gate's runs: name → seconds in each run. */
  passes: Map<string, number[]>;
  ratio: number;
  lines: string[];
  /** The last run of the gate, whose cache the one-file change then uses. */
  lastGate: Measured;
}

/** Runs `pairs` pairs (a bare pa11y-ci run, then the whole gate with no cache); undefined if a run failed or timed out. */
export async function timeGateAgainstBare(input: GateRatioInput): Promise<GateRatio | undefined> {
  const bare: number[] = [];
  const gate: number[] = [];
  const passes = new Map<string, number[]>();
  let pages = 0;
  let lastGate: Measured | undefined;
  const run = (args: string[], name: string): Promise<Measured> =>
    measureNode(args, { cwd: input.projectRoot, reportFile: reportFileFor(input.temp, name), probe: input.probe, timeoutSeconds: input.timeoutSeconds });
  for (let pair = 1; pair <= input.pairs; pair++) {
    input.log(`      pair ${pair} of ${input.pairs}: bare pa11y-ci (axe, WCAG2AA, concurrency 2)… (load ${load()})`);
    const b = await run(["--import", "tsx", "scripts/bench/bare-pa11y-ci.ts", input.siteDir, input.temp], `bare-pa11y-ci-${pair}`);
    if (b.exitCode !== 0 || b.timedOut) return fail(input, "bare pa11y-ci", b);
    const bareResult = JSON.parse(b.stdout.trim().split("\n").at(-1) ?? "{}") as { pages: number; errors: number };
    pages = bareResult.pages;
    bare.push(b.wallSeconds);
    input.log(`      bare pa11y-ci: ${bareResult.pages} pages, ${bareResult.errors} errors, ${b.wallSeconds.toFixed(1)} s (${perPage(b.wallSeconds, pages)} a page)`);

    input.log(`      pair ${pair} of ${input.pairs}: the whole gate, empty cache (scripts/check/index.ts)… (load ${load()})`);
    const reportFile = input.reportFile;
    rmSync(reportFile, { force: true });
    rmSync(input.cacheDir, { recursive: true, force: true });
    const g = await run(["--import", "tsx", "scripts/check/index.ts", input.siteDir, "--cache", input.cacheDir, "--report", reportFile], `gate-cold-${pair}`);
    lastGate = g;
    if (g.timedOut || !existsSync(reportFile)) return fail(input, "the whole gate", g);
    gate.push(g.wallSeconds);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as { errors: number; checks: Pass[] };
    for (const pass of report.checks) passes.set(pass.name, [...(passes.get(pass.name) ?? []), pass.seconds]);
    input.log(`      whole gate: ${report.errors} errors, ${g.wallSeconds.toFixed(1)} s (${perPage(g.wallSeconds, pages)} a page); this pair: ${(g.wallSeconds / b.wallSeconds).toFixed(2)}×`);
    input.log(`        ${report.checks.map((pass) => `${pass.name} ${pass.seconds.toFixed(1)} s`).join(", ")}`);
  }
  const bareMedian = median(bare)!;
  const gateMedian = median(gate)!;
  const ratio = gateMedian / bareMedian;
  const lines = [
    `The whole cold gate against a bare pa11y-ci run, ${pages} pages, median of ${input.pairs} alternating pair${input.pairs === 1 ? "" : "s"}:`,
    `${"".padEnd(44)}${"s".padStart(8)}${"s a page".padStart(10)}${"× bare".padStart(8)}`,
    ...[...passes].map(([name, seconds]) => row(`  pass: ${name}`, median(seconds)!, pages, bareMedian)),
    row("whole cold gate (scripts/check/index.ts)", gateMedian, pages, bareMedian),
    row("bare pa11y-ci (axe, WCAG2AA, concurrency 2)", bareMedian, pages, bareMedian),
    `  runs (s): gate ${gate.map((s) => s.toFixed(1)).join(", ")}; bare ${bare.map((s) => s.toFixed(1)).join(", ")}; ratio of each pair: ${gate.map((s, i) => `${(s / bare[i]!).toFixed(2)}×`).join(", ")}`,
    `  the gate's own set-up (start, sitemap, report) is the whole less its passes`,
  ];
  return { pages, bare, gate, passes, ratio, lines, lastGate: lastGate! };
}

function row(name: string, seconds: number, pages: number, bare: number): string {
  return `${name.padEnd(44)}${seconds.toFixed(1).padStart(8)}${perPage(seconds, pages).padStart(10)}${`${(seconds / bare).toFixed(2)}×`.padStart(8)}`;
}

function perPage(seconds: number, pages: number): string {
  return pages ? `${(seconds / pages).toFixed(3)} s` : "–";
}

function fail(input: GateRatioInput, what: string, measured: Measured): undefined {
  input.log(`      ${what} ${measured.timedOut ? `stopped after --check-timeout ${input.timeoutSeconds} s` : `failed (exit ${measured.exitCode})`}: ${measured.stderr.trim().split("\n").slice(-3).join(" / ")}`);
  return undefined;
}

function load(): string {
  return loadavg().map((l) => l.toFixed(2)).join(" ");
}
