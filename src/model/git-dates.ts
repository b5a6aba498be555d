// "Page last updated" falls back to git: the date of the last commit that changed what a data file says, so reformatting, comments or a move do not count.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { load } from "js-yaml";

/** A commit's change to one file, newest first; `before` is empty when the commit added the file. */
interface Change {
  date: string;
  before: string;
  after: string;
}

const NO_BLOB = /^0+$/;

/**
 * Maps absolute file paths under `dir` to the date (YYYY-MM-DD) of the last commit that changed their parsed content;
 * empty outside a git repository. One `git log` lists every change; blobs are read in batches, newest change first,
 * so a file whose last commit changed its content costs two blob reads (none when that commit added it).
 */
export function lastCommitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let top: string;
  let log: string;
  try {
    top = git(dir, ["rev-parse", "--show-toplevel"]).trim();
    log = git(dir, ["-c", "core.quotepath=off", "log", "-M", "--raw", "--no-abbrev", "--format=%x00%cs", "--", "."]);
  } catch {
    return dates;
  }

  // Walk history newest first; a rename hands the older path's history to the file it became.
  const owner = new Map<string, string | null>();
  const changes = new Map<string, Change[]>();
  let date = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("\0")) date = line.slice(1);
    else if (line.startsWith(":")) {
      const [meta, ...paths] = line.split("\t");
      const [, , before, after, status] = meta.split(" ");
      const path = paths.at(-1)!;
      if (!owner.has(path)) owner.set(path, status.startsWith("D") ? null : path);
      const key = owner.get(path);
      if (key === null || key === undefined) continue;
      if (status.startsWith("R") && paths.length === 2 && !owner.has(paths[0])) owner.set(paths[0], key);
      const list = changes.get(key) ?? [];
      list.push({ date, before: NO_BLOB.test(before) ? "" : before, after });
      changes.set(key, list);
    }
  }

  // Round n looks at each unresolved file's n-th newest change, reading all its blobs in one git call.
  let pending = [...changes.keys()];
  for (let round = 0; pending.length > 0; round++) {
    const asked = pending.map((key) => changes.get(key)![round]).filter(Boolean);
    // A commit that added the file changed what it says by definition, so only edits need their two blobs compared.
    const blobs = readBlobs(top, asked.flatMap((c) => (c.before ? [c.before, c.after] : [])));
    const next: string[] = [];
    for (const key of pending) {
      const change = changes.get(key)![round];
      if (!change) continue;
      if (!change.before || canonical(blobs.get(change.before)) !== canonical(blobs.get(change.after))) dates.set(resolve(top, key), change.date);
      else next.push(key);
    }
    pending = next;
  }
  return dates;
}

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync("git", args, { cwd, input, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "ignore"] });
}

/** Blob contents by object id, from one `git cat-file --batch`. */
function readBlobs(top: string, ids: string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return blobs;
  const output = execFileSync("git", ["cat-file", "--batch"], { cwd: top, input: `${unique.join("\n")}\n`, maxBuffer: 1024 * 1024 * 1024, stdio: ["pipe", "pipe", "ignore"] });
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(10, at);
    const [id, type, size] = output.subarray(at, end).toString("utf8").split(" ");
    if (type === "missing" || size === undefined) {
      at = end + 1;
      continue;
    }
    const length = Number(size);
    blobs.set(id, output.subarray(end + 1, end + 1 + length).toString("utf8"));
    at = end + 1 + length + 1;
  }
  return blobs;
}

/** What a YAML file says, independent of layout, quoting, comments and key order; unparsable text stands for itself. */
function canonical(text: string | undefined): string {
  if (text === undefined) return "\0missing";
  try {
    return JSON.stringify(sortKeys(load(text)));
  } catch {
    return `\0${text}`;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}
