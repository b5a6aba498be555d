// `npm run bench -- --partnerships N`: builds N synthetic partnerships with the real build, against a bare Eleventy build of as many pages, --runs times each, alternating.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildDate, ukDate } from "../src/model/build-date.ts";
import { writeBareSite } from "./bench/bare-site.ts";
import { buildNodeArgs } from "./build-command.ts";
import { commitAll } from "./bench/git-history.ts";
import { timeChecks } from "./bench/check-times.ts";
import { generateSite, SKEWED_SHARE, SKEWED_WORD, writeSite } from "./bench/generate.ts";
import { formatGrowth, GROWTH, growthMet, measureGrowth } from "./bench/growth.ts";
import type { GateRatio } from "./bench/gate-ratio.ts";
import { defaultProbe, measureNode, reportFileFor, type Measured, type MemoryProbe } from "./bench/measure.ts";
import { formatProfile, summariseProfile } from "./bench/profile.ts";
import { formatResults, medianOf, n, TARGETS, type ResultRow, type WeightSummary } from "./bench/report.ts";
import { checkWeight } from "./check/weight.ts";

/** A step failed and said why; the run stops there, cleaning up as usual. */
class BenchFailure extends Error {}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    partnerships: { type: "string", default: "1000" },
    seed: { type: "string", default: "20260101" },
    keep: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    "memory-probe": { type: "string" },
    "skip-checks": { type: "boolean", default: false },
    // Nine names in ten start with the same word, so one A to Z letter runs on over many pages.
    skewed: { type: "boolean", default: false },
    // A check that takes ten times its target has failed it plainly; waiting longer tells nothing more.
    "check-timeout": { type: "string", default: String(TARGETS.checkSeconds * 10) },
    // Pairs of a bare pa11y-ci run and the whole cold gate; the median pair gives the gate's ratio to pa11y-ci alone.
    "gate-pairs": { type: "string", default: "1" },
  },
});
const partnerships = Number(values.partnerships);
if (!Number.isInteger(partnerships) || partnerships < 1) fail(`--partnerships must be a whole number above 0, not "${values.partnerships}"`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number above 0, not "${values.runs}"`);
const checkTimeout = Number(values["check-timeout"]);
if (!(checkTimeout > 0)) fail(`--check-timeout must be a number of seconds above 0, not "${values["check-timeout"]}"`);
const probe = (values["memory-probe"] ?? defaultProbe()) as MemoryProbe;
if (probe !== "gnu-time" && probe !== "resource-usage") fail(`--memory-probe must be gnu-time or resource-usage, not "${probe}"`);
if (probe === "gnu-time" && !existsSync("/usr/bin/time")) fail("--memory-probe gnu-time needs /usr/bin/time (apt-get install time)");

// One fixed build date for the generator and the build, so meetings fall either side of it whatever the clock says.
const epoch = process.env.SOURCE_DATE_EPOCH || String(Math.floor(buildDate().getTime() / 1000));
const today = ukDate(new Date(Number(epoch) * 1000));
const temp = mkdtempSync(join(tmpdir(), "partnerships-bench-"));
// On exit rather than in a finally block, so an interrupted run (Ctrl-C) cleans up too.
process.on("exit", () => {
  if (values.keep) console.log(`\nKept ${temp} (--keep).`);
  else rmSync(temp, { recursive: true, force: true });
});
const phases = ["generate", ...Array.from({ length: runs }, (_, i) => [`project build ${i + 1}`, `bare build ${i + 1}`]).flat(), "page weight", "growth", ...(values["skip-checks"] ? ["checks"] : ["html-validate and links", "pa11y and layout"])];
let phase = 0;
const progress = (message: string) => console.log(`[${++phase}/${phases.length}] ${message} (load ${load()})`);

console.log(`Scale benchmark: ${n(partnerships)} partnerships${values.skewed ? ` (${SKEWED_SHARE * 100} % of names starting "${SKEWED_WORD}")` : ""}, seed ${values.seed}, build date ${today}`);
console.log(`Machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? "unknown"}), ${gb(totalmem())} GB memory (${gb(freemem())} GB free), Node ${process.version}, memory probe ${probe}`);
console.log(`Project: ${projectVersion()}; temporary folder: ${temp}`);

try {
  progress(`generating ${n(partnerships)} partnerships as YAML…`);
  const started = performance.now();
  // A repository with the data in its _data folder, as an editor's is.
  const repoDir = join(temp, "repo");
  const dataDir = join(repoDir, "_data");
  const counts = writeSite(dataDir, generateSite({ partnerships, today, seed: Number(values.seed), ...(values.skewed && { skewed: SKEWED_SHARE }) }));
  // Committed a month before the build date; the one-file change below is committed on the build date itself.
  const committed = commitAll(repoDir, "Synthetic partnerships", new Date(Date.parse(today) - 30 * 86_400_000).toISOString().slice(0, 10));
  if (!committed) console.log("      git is not installed: the data is not committed, so pages show no last-updated dates");
  console.log(`      ${n(counts.partnerships)} partnerships (${n(counts.withMeetings)} with meetings) in ${n(counts.areas)} areas, ${n(counts.statements)} statements, in ${seconds(performance.now() - started)} s`);

  // Alternating project and bare runs, so a noisy neighbour on the machine weighs on both alike; medians are reported.
  const siteDir = join(temp, "site");
  // npm run build's own node options (package.json), so the figure is the build editors run.
  const buildArgs = [...buildNodeArgs(projectRoot), "--output", siteDir, "--quiet"];
  const buildEnv = { DATA_DIR: dataDir, SOURCE_DATE_EPOCH: epoch };
  const bareInput = join(temp, "bare");
  const bareOutput = join(temp, "bare-site");
  const projectRuns: Measured[] = [];
  const bareRuns: Measured[] = [];
  // The V8 options of npm run build (everything before --import), tried on the bare build too.
  const buildOptions = buildArgs.slice(0, buildArgs.indexOf("--import"));
  const bareTunedRuns: number[] = [];
  let files = { total: 0, html: 0, ics: 0, compressed: 0 };
  let bareFiles = 0;
  for (let run = 1; run <= runs; run++) {
    progress(`run ${run} of ${runs}: the project's production build (npm run build)…`);
    // The last run's site stays for the weight check and the checks below; earlier ones make room.
    rmSync(siteDir, { recursive: true, force: true });
    settleDisk();
    const project = await measureNode(buildArgs, { cwd: projectRoot, env: buildEnv, reportFile: reportFileFor(temp, "project"), probe });
    stopOnFailure("the project build", project);
    projectRuns.push(project);
    files = countFiles(siteDir);
    console.log(
      `      ${n(files.total)} pages (${n(files.html)} HTML, ${n(files.ics)} calendars, ${n(files.total - files.html - files.ics)} other)${files.compressed ? ` and ${n(files.compressed)} .gz/.br copies` : ""} in ${project.wallSeconds.toFixed(1)} s (CPU ${project.cpuSeconds?.toFixed(1) ?? "–"} s, ${project.peakMb?.toFixed(0) ?? "–"} MB)`,
    );

    progress(`run ${run} of ${runs}: a bare Eleventy build of ${n(files.total)} pages…`);
    if (run === 1) writeBareSite(bareInput, files.total);
    rmSync(bareOutput, { recursive: true, force: true });
    settleDisk();
    const bareArgs = [join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${join(bareInput, "eleventy.config.mjs")}`, `--input=${bareInput}`, `--output=${bareOutput}`, "--quiet"];
    const bare = await measureNode(bareArgs, { cwd: bareInput, reportFile: reportFileFor(temp, "bare"), probe });
    stopOnFailure("the bare Eleventy build", bare);
    bareRuns.push(bare);
    bareFiles = countFiles(bareOutput).total;
    console.log(`      ${n(bareFiles)} pages in ${bare.wallSeconds.toFixed(1)} s (CPU ${bare.cpuSeconds?.toFixed(1) ?? "–"} s, ${bare.peakMb?.toFixed(0) ?? "–"} MB); this pair: ${(project.wallSeconds / bare.wallSeconds).toFixed(2)}×`);
    if (buildOptions.length > 0) {
      rmSync(bareOutput, { recursive: true, force: true });
      settleDisk();
      const tuned = await measureNode([...buildOptions, ...bareArgs], { cwd: bareInput, reportFile: reportFileFor(temp, "bare-tuned"), probe });
      stopOnFailure("the bare Eleventy build with npm run build's node options", tuned);
      bareTunedRuns.push(tuned.wallSeconds);
      console.log(`      and with npm run build's node options (${buildOptions.join(" ")}): ${tuned.wallSeconds.toFixed(1)} s`);
    }
  }

  progress("the page weight of every page of the project's build…");
  const weighed = checkWeight(siteDir);
  const heaviest = [...weighed.pages].sort((a, b) => b.total - a.total)[0];
  const overBudget = weighed.pages.filter((p) => p.total > TARGETS.pageBudgetBytes);
  const weight: WeightSummary = { pages: weighed.pages.length, heaviest, overBudget: overBudget.length };
  for (const page of overBudget.slice(0, 10)) console.log(`      over the budget: ${page.page} ${(page.total / 1024).toFixed(1)} KB`);
  console.log(`      ${n(weighed.pages.length)} pages weighed; heaviest ${heaviest?.page ?? "–"} ${heaviest ? (heaviest.total / 1024).toFixed(1) : "–"} KB`);

  progress(`the build's growth: ${GROWTH.small} against ${GROWTH.large} partnerships, ${runs} runs each, alternating…`);
  const growth = await measureGrowth({ temp, projectRoot, buildArgs: (output) => buildArgs.map((a) => (a === siteDir ? output : a)), today, seed: Number(values.seed), runs, probe, epoch, log: (line) => console.log(line) });
  if (!growthMet(growth)) process.exitCode = 1;

  const rows: ResultRow[] = [
    { name: "project build (median)", pages: files.total, measured: medianOf(projectRuns) },
    { name: "bare Eleventy (median)", pages: bareFiles, measured: medianOf(bareRuns) },
  ];
  if (overBudget.length > 0) process.exitCode = 1;
  const checkRows: ResultRow[] = [];
  const todos: string[] = [];
  if (values["skip-checks"]) {
    progress("checks skipped (--skip-checks)");
  } else {
    progress("timing the checks that must scale over the built pages…");
    for (const [name, file] of [["html-validate", "scripts/check/html-validate.ts"], ["link check", "scripts/check/links.ts"]]) {
      if (!existsSync(join(projectRoot, file))) {
        todos.push(`${name}: ${file} does not exist yet; time it here once it does`);
        continue;
      }
      const measured = await measureNode(["--import", "tsx", "scripts/bench/run-check.ts", join(projectRoot, file), siteDir], {
        cwd: projectRoot,
        reportFile: reportFileFor(temp, name),
        probe,
        timeoutSeconds: checkTimeout,
      });
      if (measured.timedOut) {
        checkRows.push({ name: `${name} (unfinished)`, pages: files.html, measured, note: `stopped after --check-timeout ${values["check-timeout"]} s` });
        console.log(`      ${name}: stopped after ${measured.wallSeconds.toFixed(0)} s, unfinished`);
        continue;
      }
      if (measured.exitCode !== 0) {
        todos.push(`${name}: ${file} could not be run (exit ${measured.exitCode}): ${lastLine(measured.stderr)}`);
        continue;
      }
      const result = JSON.parse(lastLine(measured.stdout)) as { function: string; pagesChecked: number | null; issues: number | null };
      checkRows.push({ name: `${name} (${result.function})`, pages: result.pagesChecked ?? files.html, measured, note: `${n(result.issues ?? 0)} issues` });
      console.log(`      ${name}: ${n(result.pagesChecked ?? 0)} pages, ${n(result.issues ?? 0)} issues, in ${measured.wallSeconds.toFixed(1)} s`);
    }
  }

  if (!values["skip-checks"]) {
    // pa11y costs about a second a page, so at scale it runs on one page of every template rather than on all of them.
    const pages = onePagePerTemplate(siteDir);
    progress(`pa11y and the layout check on one page per template (${pages.length} pages)…`);
    const reportFile = join(temp, "gate-report.json");
    const measured = await measureNode(["--import", "tsx", "scripts/check/index.ts", siteDir, "--only", "pa11y,layout", "--pages", pages.join(","), "--report", reportFile], {
      cwd: projectRoot,
      reportFile: reportFileFor(temp, "pa11y"),
      probe,
      timeoutSeconds: checkTimeout,
    });
    const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, "utf8")) as { errors: number; errorsByRule: Record<string, number> }) : undefined;
    const note = report ? `${n(report.errors)} issues${report.errors ? ` (${Object.entries(report.errorsByRule).map(([rule, count]) => `${rule} ${count}`).join(", ")})` : ""}` : "no report";
    checkRows.push({ name: "pa11y + layout, one page per template", pages: pages.length, measured, note });
    console.log(`      pa11y + layout: ${pages.join(" ")}: ${note}, in ${measured.wallSeconds.toFixed(1)} s`);
  }

  let gateRatio: GateRatio | undefined;
  if (!values["skip-checks"]) {
    const timed = await timeChecks({ projectRoot, temp, siteDir, repoDir, dataDir, buildEnv, probe, today, timeoutSeconds: checkTimeout, gatePairs: Number(values["gate-pairs"]) || 1, log: (line) => console.log(line) });
    checkRows.push(...timed.rows);
    gateRatio = timed.gateRatio;
  }

  console.log("");
  const results = {
    partnerships,
    project: rows[0],
    bare: rows[1],
    projectRuns: projectRuns.map((r) => r.wallSeconds),
    bareRuns: bareRuns.map((r) => r.wallSeconds),
    pairRatios: projectRuns.map((r, i) => r.wallSeconds / bareRuns[i].wallSeconds),
    bareWithBuildOptions: { options: buildOptions, runs: bareTunedRuns },
    weight,
    checks: checkRows,
    ...(gateRatio ? { gateRatio } : {}),
    load: load(),
  };
  for (const line of formatResults(results)) console.log(line);
  console.log(`Growth: ${formatGrowth(growth)}`);
  for (const todo of todos) console.log(`TODO ${todo}`);

  if (values.profile) {
    console.log("\nProfiling the project build (a separate run with node --cpu-prof; its time is not the figure above)…");
    const profileDir = join(temp, "profile");
    mkdirSync(profileDir, { recursive: true });
    const profiled = await measureNode(["--cpu-prof", `--cpu-prof-dir=${profileDir}`, ...buildArgs.map((a) => (a === siteDir ? join(temp, "site-profiled") : a))], {
      cwd: projectRoot,
      env: buildEnv,
      reportFile: reportFileFor(temp, "profiled"),
      probe,
    });
    stopOnFailure("the profiled build", profiled);
    // One profile per thread (tsx's module loader runs in a worker); the main thread's is CPU.<date>.<time>.<pid>.0.<n>.cpuprofile.
    const profiles = readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile"));
    const profileFile = profiles.find((f) => f.split(".").at(-3) === "0") ?? profiles[0];
    if (profileFile) for (const line of formatProfile(summariseProfile(join(profileDir, profileFile), projectRoot))) console.log(line);
    if (values.keep && profileFile) console.log(`Profile kept at ${join(profileDir, profileFile)} (open it in Chrome DevTools › Performance).`);
  }
} catch (error) {
  if (!(error instanceof BenchFailure)) throw error;
  process.exitCode = 1;
}

function stopOnFailure(what: string, measured: Measured): void {
  if (measured.exitCode === 0) return;
  console.error(`\n${what} failed (exit ${measured.exitCode}):\n${measured.stderr.slice(-4000)}${measured.stdout.slice(-2000)}`);
  throw new BenchFailure(`${what} failed`);
}

/**
 * Writes out what earlier steps left in the disk cache (a build's 260 MB of pages, the deletions before it) before a build
 * is timed, so that no build pays for another's writes: without it, each bare build ran slower than the last (5.4, 13.3, 19.3 s).
 */
function settleDisk(): void {
  try {
    execFileSync("sync", { stdio: "ignore" });
  } catch {
    // No sync command (not Linux or macOS): the runs are still alternated, so a backlog weighs on both alike.
  }
}

/** Pages are the files the templates wrote; the build's .gz and .br copies of them are counted apart. */
function countFiles(dir: string): { total: number; html: number; ics: number; compressed: number } {
  const counts = { total: 0, html: 0, ics: 0, compressed: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const extension = extname(entry.name);
    if (extension === ".gz" || extension === ".br") {
      counts.compressed++;
      continue;
    }
    counts.total++;
    if (extension === ".html") counts.html++;
    if (extension === ".ics") counts.ics++;
  }
  return counts;
}

/** The commit the figures belong to, and whether the working tree had changes on top of it. */
function projectVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const changed = git("status", "--porcelain", "--untracked-files=no") !== "";
    return `commit ${git("rev-parse", "--short", "HEAD")}${changed ? " with uncommitted changes" : ""}`;
  } catch {
    return "not a git checkout";
  }
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1) ?? "";
}

function load(): string {
  return loadavg().map((l) => l.toFixed(2)).join(" ");
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function gb(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The site-local address of one page made by each template: the fixed pages, and the first letter, area, partnership and statement. */
function onePagePerTemplate(siteDir: string): string[] {
  const first = (folder: string) => {
    const names = existsSync(join(siteDir, folder)) ? readdirSync(join(siteDir, folder)).filter((name) => existsSync(join(siteDir, folder, name, "index.html"))).sort() : [];
    return names.length ? [`/${folder}/${names[0]}/`] : [];
  };
  return ["/", "/a-z/", "/equalities-statements/", "/accessibility/", "/accessibility/report/", "/404.html", ...first("a-z"), ...first("areas"), ...first("partnerships"), ...first("equalities-statements")];
}
