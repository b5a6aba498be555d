// Writes small data folders into a temporary directory, so each validation test names only the one file it breaks.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DataErrors, type DataError } from "../../src/model/data-error.ts";
import { buildGraph, type SiteGraph } from "../../src/model/graph.ts";
import { loadSourceFiles } from "../../src/model/load.ts";
import { loadSite } from "../../src/model/site-data.ts";
import { validate } from "../../src/model/validate.ts";

/** The project root, so tests run the same from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The page fixture: a small site that uses every field of the contract (see its README). */
export const FIXTURE_DATA = join(PROJECT_ROOT, "tests/fixtures/data");

/** Joins lines with newlines, so a test can count the line an error should point at. */
export const lines = (...text: string[]): string => `${text.join("\n")}\n`;

/** The smallest valid site: one area, a partnership with one child, one statement. */
export const MINIMAL_FILES: Readonly<Record<string, string>> = {
  "site.yaml": lines(
    "title: Test Partnerships",
    "description: Partnerships in Testshire.",
    "url: https://partnerships.example.test",
    "publisher:",
    "  name: Test Team",
    "  email: team@example.test",
  ),
  "areas/testshire.yaml": lines("name: Borough of Testshire", "short_name: Testshire"),
  "partnerships/testshire-partners.yaml": lines(
    "name: Testshire Partners",
    "area: testshire",
    "type: local-strategic-partnership",
    "summary: The local strategic partnership for Testshire.",
  ),
  "partnerships/testshire-board.yaml": lines(
    "name: Testshire Board",
    "area: testshire",
    "type: board",
    "parent: testshire-partners",
    "summary: Reports to Testshire Partners.",
  ),
  "statements/testshire-statement.yaml": lines(
    "partnership: testshire-partners",
    "title: Testshire Equalities Statement",
    "signed: 2020-01-15",
    "statement: We promise equal access to our services.",
  ),
};

const made: string[] = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed when the test process ends. */
export function tempDir(prefix = "partnerships-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface DataFolder {
  /** Stands in for the project root: error file names are relative to it. */
  root: string;
  /** `root/_data`. */
  dataDir: string;
}

/**
 * Writes `base` with `overrides` applied into `<tmp>/_data`: a string replaces or adds a file, null removes it.
 * @example writeDataFolder({ "areas/testshire.yaml": lines("name: 3") })
 */
export function writeDataFolder(overrides: Record<string, string | null> = {}, base: Readonly<Record<string, string>> = MINIMAL_FILES): DataFolder {
  const root = tempDir();
  const dataDir = join(root, "_data");
  mkdirSync(dataDir);
  for (const [path, content] of Object.entries({ ...base, ...overrides })) {
    if (content === null) continue;
    mkdirSync(dirname(join(dataDir, path)), { recursive: true });
    writeFileSync(join(dataDir, path), content);
  }
  return { root, dataDir };
}

/** Copies the page fixture (outside git, so no commit dates leak in) with extra or changed files. */
export function copyFixture(overrides: Record<string, string | null> = {}): DataFolder {
  const root = tempDir();
  const dataDir = join(root, "_data");
  cpSync(FIXTURE_DATA, dataDir, { recursive: true });
  for (const [path, content] of Object.entries(overrides)) {
    const file = join(dataDir, path);
    if (content === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  return { root, dataDir };
}

/** Every error loadSite reports for the folder, or [] when it loads. */
export function errorsOf(folder: DataFolder): DataError[] {
  try {
    loadSite("_data", folder.root);
    return [];
  } catch (error) {
    if (error instanceof DataErrors) return error.errors;
    throw error;
  }
}

/** The minimal site with `overrides` applied, checked: every error of the run. */
export function checkData(overrides: Record<string, string | null>, base?: Readonly<Record<string, string>>): DataError[] {
  return errorsOf(writeDataFolder(overrides, base));
}

/** The site graph of a data folder as built on `today` (YYYY-MM-DD), without git dates; throws if the data has errors. */
export function graphAt(today: string, folder: DataFolder): SiteGraph {
  const loaded = loadSourceFiles(folder.dataDir, folder.root);
  const checked = validate(loaded.files);
  const errors = [...loaded.errors, ...checked.errors];
  if (errors.length > 0 || !checked.data) throw new DataErrors(errors);
  return buildGraph(checked.data, today);
}
