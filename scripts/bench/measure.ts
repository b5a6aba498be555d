// Runs one Node program as a child process and measures its wall time and peak memory (maximum resident set size).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** GNU time reports the child's peak memory; without it, a preloaded module reports the child's own maxRSS. */
export type MemoryProbe = "gnu-time" | "resource-usage";

const GNU_TIME = "/usr/bin/time";
const REPORTER = fileURLToPath(new URL("./report-max-rss.mjs", import.meta.url));

export interface Measured {
  wallSeconds: number;
  /** Peak resident memory in MB (1024 × 1024 bytes); undefined when the probe gave nothing. */
  peakMb: number | undefined;
  /** User plus system CPU seconds, every thread included: above the wall time when the run used more than one core. */
  cpuSeconds: number | undefined;
  exitCode: number;
  /** True when the run was stopped for going over `timeoutSeconds`. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** A scratch file for the probe's report. */
  reportFile: string;
  probe: MemoryProbe;
  /** Stop the run (and every process it started) after this long. */
  timeoutSeconds?: number;
}

/** The probe to use on this machine: GNU time when installed, else the in-process fallback. */
export function defaultProbe(): MemoryProbe {
  return existsSync(GNU_TIME) ? "gnu-time" : "resource-usage";
}

/** Runs `node ...nodeArgs` and measures it; never throws for a non-zero exit, so the caller can show the child's errors. */
export async function measureNode(nodeArgs: string[], options: RunOptions): Promise<Measured> {
  rmSync(options.reportFile, { force: true });
  const [command, args] =
    options.probe === "gnu-time"
      ? [GNU_TIME, ["-v", "-o", options.reportFile, process.execPath, ...nodeArgs]]
      : [process.execPath, ["--import", REPORTER, ...nodeArgs]];
  const env = { ...process.env, ...options.env, BENCH_MAX_RSS_FILE: options.reportFile };

  const started = performance.now();
  // Its own process group, so a timeout (or stopping the benchmark) ends the child and any workers it forked, and nothing else.
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const stopGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  // A detached group does not get the terminal's Ctrl-C, so pass it on before the benchmark itself stops.
  const interrupted = () => {
    stopGroup();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  let timedOut = false;
  const timer =
    options.timeoutSeconds === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          stopGroup();
        }, options.timeoutSeconds * 1000);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearTimeout(timer);
  process.removeListener("SIGINT", interrupted);

  return {
    wallSeconds,
    ...readProbe(options.reportFile, options.probe),
    exitCode,
    timedOut,
    stdout: Buffer.concat(stdout).toString("utf8"),
    stderr: Buffer.concat(stderr).toString("utf8"),
  };
}

function readProbe(reportFile: string, probe: MemoryProbe): { peakMb: number | undefined; cpuSeconds: number | undefined } {
  if (!existsSync(reportFile)) return { peakMb: undefined, cpuSeconds: undefined };
  const report = readFileSync(reportFile, "utf8");
  const number = (text: string | undefined) => (text && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined);
  if (probe === "gnu-time") {
    // GNU time reports kilobytes ("Maximum resident set size (kbytes)") and CPU seconds for the child and the children it waited for.
    const kilobytes = number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1]);
    const user = number(/User time \(seconds\): ([\d.]+)/.exec(report)?.[1]);
    const system = number(/System time \(seconds\): ([\d.]+)/.exec(report)?.[1]);
    return { peakMb: kilobytes === undefined ? undefined : kilobytes / 1024, cpuSeconds: user === undefined || system === undefined ? undefined : user + system };
  }
  const [kilobytes, cpu] = report.trim().split(" ").map(number);
  return { peakMb: kilobytes === undefined ? undefined : kilobytes / 1024, cpuSeconds: cpu };
}

/** Where a probe's report for one run goes. */
export function reportFileFor(tempDir: string, name: string): string {
  return join(tempDir, `${name}.rss.txt`);
}
