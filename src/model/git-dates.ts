// "Page last updated" falls back to the date of a data file's last git commit; one git call serves every file.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/** Maps absolute file paths under `dir` to the date (YYYY-MM-DD) of their last commit; empty outside a git repository. */
export function lastCommitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  let top: string;
  try {
    top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    log = execFileSync("git", ["log", "--format=%x00%cs", "--name-only", "--", "."], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return dates;
  }
  let date = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("\0")) date = line.slice(1);
    else if (line !== "") {
      const path = resolve(top, line);
      if (!dates.has(path)) dates.set(path, date);
    }
  }
  return dates;
}
