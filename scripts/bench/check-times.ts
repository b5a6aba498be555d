// The gate's time on the benchmark site as an editor meets it: `npm run check`'s gate with an empty cache, then again after one data file changed and the site was rebuilt.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { buildNodeArgs } from "../build-command.ts";
import { commitAll } from "./git-history.ts";
import { measureNode, reportFileFor, type MemoryProbe } from "./measure.ts";
import type { ResultRow } from "./report.ts";
import { timeGateAgainstBare, type GateRatio } from "./gate-ratio.ts";

export interface CheckTimesInput {
  projectRoot: string;
  temp: string;
  siteDir: string;
  /** The repository the data folder is in. */
  repoDir: string;
  dataDir: string;
  /** What the benchmark's project build was run with (DATA_DIR, SOURCE_DATE_EPOCH). */
  buildEnv: Record<string, string>;
  probe: MemoryProbe;
  /** The build date, on which the change is committed (as an editor's commit would be). */
  today: string;
  timeoutSeconds: number;
  /** Pairs of a bare pa11y-ci run and the whole cold gate, alternating. */
  gatePairs: number;
  log: (line: string) => void;
}

interface GateReport {
  errors: number;
  checks: { name: string; pages: number; errors: number; fromCache?: number }[];
}

/** Two rows: the full check (every page checked by every checker), and the check after one partnership's summary changed in a commit; and the full check against a bare pa11y-ci run. */
export async function timeChecks(input: CheckTimesInput): Promise<{ rows: ResultRow[]; gateRatio?: GateRatio }> {
  const cacheDir = join(input.temp, "check-cache");
  const reportFile = join(input.temp, "check-report.json");
  const gate = (name: string) =>
    measureNode(["--import", "tsx", "scripts/check/index.ts", input.siteDir, "--cache", cacheDir, "--report", reportFile], {
      cwd: input.projectRoot,
      reportFile: reportFileFor(input.temp, name),
      probe: input.probe,
      timeoutSeconds: input.timeoutSeconds,
    });
  const row = (name: string, measured: Awaited<ReturnType<typeof gate>>): ResultRow => {
    const report = existsSync(reportFile) && !measured.timedOut ? (JSON.parse(readFileSync(reportFile, "utf8")) as GateReport) : undefined;
    const pa11yCi = report?.checks.find((check) => check.name === "pa11y-ci");
    const note = measured.timedOut
      ? `stopped after --check-timeout ${input.timeoutSeconds} s, unfinished`
      : report
        ? `${report.errors} errors; pa11y-ci checked ${(pa11yCi?.pages ?? 0) - (pa11yCi?.fromCache ?? 0)} of ${pa11yCi?.pages ?? 0} pages`
        : `no report (exit ${measured.exitCode})`;
    input.log(`      ${name}: ${note}, in ${measured.wallSeconds.toFixed(1)} s`);
    return { name, pages: pa11yCi?.pages ?? 0, measured, note };
  };

  input.log("      the gate, every page, empty cache (scripts/check/index.ts), alternating with a bare pa11y-ci run over the same pages…");
  const gateRatio = await timeGateAgainstBare({ ...input, pairs: input.gatePairs, cacheDir, reportFile });
  if (!gateRatio) return { rows: [] };
  for (const line of gateRatio.lines) input.log(`      ${line}`);
  const full = row("check, empty cache", gateRatio.lastGate);
  if (full.measured.timedOut) return { rows: [full], gateRatio };

  const changed = changeOneFile(input.dataDir);
  commitAll(input.repoDir, `Update ${changed}`, input.today);
  input.log(`      changed the summary in ${changed} and committed it; rebuilding…`);
  const rebuild = await measureNode([...buildNodeArgs(input.projectRoot), "--output", input.siteDir, "--quiet"], {
    cwd: input.projectRoot,
    env: input.buildEnv,
    reportFile: reportFileFor(input.temp, "rebuild"),
    probe: input.probe,
  });
  if (rebuild.exitCode !== 0) throw new Error(`the rebuild after changing ${changed} failed:\n${rebuild.stderr}`);
  return { rows: [full, row("check after one data file changed", await gate("check-one-file"))], gateRatio };
}

/** Appends to the summary of the first partnership file (by name), through the YAML library so the file stays valid. */
function changeOneFile(dataDir: string): string {
  const folder = join(dataDir, "partnerships");
  const name = readdirSync(folder).filter((file) => file.endsWith(".yaml")).sort()[0];
  if (!name) throw new Error(`no partnership files in ${folder}`);
  const file = join(folder, name);
  const doc = YAML.parseDocument(readFileSync(file, "utf8"));
  doc.set("summary", `${String(doc.get("summary"))} Updated.`.slice(-300));
  writeFileSync(file, String(doc));
  return `partnerships/${name}`;
}
