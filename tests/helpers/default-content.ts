// Tests whose subject is the default content (the seeds' words) live in tests/default-content/ and run only while that content is there.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { suite, type Test } from "uvu";
import { parse } from "yaml";
import { EXAMPLE_FILES, isExampleUrl } from "../../src/model/example-content.ts";
import { PROJECT_ROOT } from "./data-folder.ts";

/** The project's own _data/. */
export const DEFAULT_DATA = join(PROJECT_ROOT, "_data");

/** True while _data/ still holds the example as it ships: its address in site.yaml and its partnership files. */
export function defaultContentPresent(): boolean {
  try {
    const site = parse(readFileSync(join(DEFAULT_DATA, "site.yaml"), "utf8")) as { url?: unknown };
    return isExampleUrl(site?.url) && EXAMPLE_FILES.partnerships.every((slug) => existsSync(join(DEFAULT_DATA, "partnerships", `${slug}.yaml`)));
  } catch {
    return false;
  }
}

/**
 * Registers and runs a suite of tests of the default content, or prints one line saying why it is skipped (after `npm run new -- site`).
 * @example withDefaultContent("the seeds' plans", (test) => { test("…", () => {}); })
 */
export function withDefaultContent(name: string, register: (test: Test) => void): void {
  if (!defaultContentPresent()) {
    console.log(`Skipped "${name}": the default content has been removed from _data/ (npm run new -- site), so the tests of its words do not run.`);
    return;
  }
  const test = suite(name);
  register(test);
  test.run();
}
