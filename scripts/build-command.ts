// `npm run build`'s own node command, read from package.json, so the check and the benchmark build the site exactly as an editor's CI does.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The node arguments of package.json's build script. @example buildNodeArgs() → ["--max-semi-space-size=64", "--import", "tsx", "scripts/build.ts"] */
export function buildNodeArgs(projectRoot = process.cwd()): string[] {
  const { scripts } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const [command, ...args] = scripts.build.trim().split(/\s+/);
  if (command !== "node" || args.at(-1) !== "scripts/build.ts") throw new Error(`package.json's build script must be "node [options] scripts/build.ts", not "${scripts.build}"`);
  return args;
}
