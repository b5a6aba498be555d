// The benchmark's data folder as an editor's repository: pages show each file's last commit date, so a change is measured as a commit, dates and feed included.
import { execFileSync } from "node:child_process";

/** Commits everything in `dir` (a repository is made there first if need be) as of `date`; false when git is not installed. */
export function commitAll(dir: string, message: string, date: string): boolean {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Benchmark", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false", ...args], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  try {
    git("init", "--quiet");
  } catch {
    return false;
  }
  git("add", "--all");
  git("commit", "--quiet", "--allow-empty", "--message", message);
  return true;
}
