// Builds a data folder into a temporary output with `npm run build`'s own script, and reads what it wrote.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { copyFixture, PROJECT_ROOT, tempDir, type DataFolder } from "./data-folder.ts";
import { parseHtml, type Element } from "./html.ts";

/** 15 June 2025, 12:00 UTC (13:00 in London): the fixture's meetings and review dates are set around it. */
export const FIXTURE_EPOCH = 1749988800;

export interface Build {
  /** The output folder. */
  out: string;
  code: number | null;
  stdout: string;
  stderr: string;
  /** A file of the output as text, by site address: "/a-z/" reads a-z/index.html. */
  read(address: string): string;
  /** An HTML page of the output, parsed. */
  page(address: string): Element;
  exists(address: string): boolean;
  /** Site addresses of every .html file written, e.g. "/", "/a-z/", "/404.html". */
  htmlAddresses(): string[];
}

/** Runs scripts/build.ts on `folder` with SOURCE_DATE_EPOCH fixed (and any extra `env`, such as TZ, or build `args`); resolves whether or not the build succeeds. */
export function buildSite(folder: DataFolder, { epoch = FIXTURE_EPOCH, out = join(tempDir("partnerships-site-"), "site"), env = {} as NodeJS.ProcessEnv, args = [] as string[] } = {}): Promise<Build> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/build.ts", "--output", out, "--quiet", ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env, DATA_DIR: folder.dataDir, SOURCE_DATE_EPOCH: String(epoch) }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve(output(out, error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr)),
    );
  });
}

function output(out: string, code: number | null, stdout: string, stderr: string): Build {
  const file = (address: string) => join(out, address.endsWith("/") ? `${address}index.html` : address);
  return {
    out,
    code,
    stdout,
    stderr,
    read: (address) => readFileSync(file(address), "utf8"),
    page: (address) => parseHtml(readFileSync(file(address), "utf8")),
    exists: (address) => existsSync(file(address)),
    htmlAddresses: () =>
      (readdirSync(out, { recursive: true }) as string[])
        .filter((f) => f.endsWith(".html"))
        .map((f) => `/${f.split("\\").join("/")}`.replace(/(^|\/)index\.html$/, "$1"))
        .sort(),
  };
}

let fixture: Promise<Build> | undefined;

/**
 * The page fixture (tests/fixtures/data) built once per test run and shared by every test file that asks.
 * Call it at the top of a test file so the build starts while other files' tests run; await it in `test.before`.
 */
export function fixtureBuild(): Promise<Build> {
  fixture ??= buildSite(copyFixture());
  return fixture;
}

/** Throws, with the build's own output, unless the build succeeded. */
export function succeeded(build: Build): Build {
  if (build.code !== 0) throw new Error(`The site did not build (exit ${build.code}):\n${build.stdout}\n${build.stderr}`);
  return build;
}
