// A folder as a map of paths to content hashes, so two outputs compare byte for byte in one assertion.
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";

/** Every file under `dir` with a hash of its bytes (every link with its target, every folder as "folder"). */
export function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = join(dir, path);
    const stats = lstatSync(full);
    if (stats.isSymbolicLink()) out[path] = `-> ${readlinkSync(full)}`;
    else if (stats.isFile()) out[path] = createHash("sha256").update(readFileSync(full)).digest("hex");
    else out[path] = "folder";
  }
  return out;
}
