// `npm run new -- site …`: makes the example site a council's own in one step: its site.yaml, an accessibility record with no audit yet, and none of the example's content.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { buildDate, ukDate } from "../../src/model/build-date.ts";
import { fieldPath } from "../../src/model/data-error.ts";
import { EXAMPLE_FILES, hasExampleAudit, isExampleEmail, isExampleUrl } from "../../src/model/example-content.ts";
import { IMAGES_PATH, imagesDir } from "../../src/model/images.ts";
import { loadSourceFiles } from "../../src/model/load.ts";
import { siteSchema } from "../../src/model/schema.ts";
import { suggest } from "../../src/model/suggest.ts";
import { markdownImages } from "../../src/markdown/image-problems.ts";
import { checkData } from "../validate.ts";

export const SITE_USAGE = [
  "Usage:",
  '  npm run new -- site --title "…" --description "…" --url https://… --publisher-name "…" --publisher-email …@… [--feedback-url https://…] [--force]',
  "Writes _data/site.yaml, replaces _data/accessibility.yaml with a record of no manual audit yet, and removes the example's areas, partnerships and statements.",
  "In a terminal it asks for any value not given; otherwise every required value must be given as an option.",
];

const OPTIONS = {
  title: { type: "string" },
  description: { type: "string" },
  url: { type: "string" },
  "publisher-name": { type: "string" },
  "publisher-email": { type: "string" },
  "feedback-url": { type: "string" },
  force: { type: "boolean" },
  data: { type: "string" },
  help: { type: "boolean" },
} as const;

type Answer = "title" | "description" | "url" | "publisher-name" | "publisher-email" | "feedback-url";

/** Each value the command asks for: where it goes in site.yaml, the question, and whether site.yaml needs it. */
const QUESTIONS: { option: Answer; path: string[]; question: string; required: boolean }[] = [
  { option: "title", path: ["title"], question: "The site's name, shown in every page's header (e.g. Camden Partnerships)", required: true },
  { option: "description", path: ["description"], question: "One sentence about the site, for the home page and search results", required: true },
  { option: "url", path: ["url"], question: "The address the site will have (https://…)", required: true },
  { option: "publisher-name", path: ["publisher", "name"], question: "Who runs the site (e.g. London Borough of Camden)", required: true },
  { option: "publisher-email", path: ["publisher", "email"], question: "The email address that receives accessibility reports and problems with pages", required: true },
  { option: "feedback-url", path: ["feedback_url"], question: "The address of your report-a-problem form, if you have one (press Enter to have reports sent by email)", required: false },
];

export interface SiteOutcome {
  exitCode: 0 | 1;
  lines: string[];
}

export interface SiteContext {
  dataDir: string;
  rootDir: string;
  today: string;
  /** Asks one question in a terminal; absent without one, when every value must come from the options. */
  ask?: (question: string) => Promise<string>;
}

/** Runs `new site`: checks every value before it changes anything, and refuses to overwrite a site already set up unless --force. */
export async function runNewSite(args: string[], context: Partial<SiteContext> = {}): Promise<SiteOutcome> {
  let values;
  try {
    values = parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const option = /'(--[^' ]+)/.exec(String((error as Error).message))?.[1];
    const close = option && suggest(option.replace(/^--/, ""), Object.keys(OPTIONS));
    return fail(`${option ? `There is no option ${option} for new site.` : (error as Error).message}${close ? ` Did you mean --${close}?` : ""}`, ...SITE_USAGE);
  }
  if (values.help) return { exitCode: 0, lines: SITE_USAGE };

  const rootDir = context.rootDir ?? process.cwd();
  const dataDir = resolve(rootDir, context.dataDir ?? values.data ?? process.env.DATA_DIR ?? "_data");
  const today = context.today ?? ukDate(buildDate());
  const where = (path: string) => relative(rootDir, path);
  const existing = currentState(dataDir, rootDir);

  if (existing.ownContent.length > 0 && !values.force) {
    return fail(
      "This copy already has content of its own, so nothing was changed:",
      ...existing.ownContent.map((line) => `  ${line}`),
      "To set it up again anyway, add --force: it replaces site.yaml and accessibility.yaml and removes the example's files, but keeps your own areas, partnerships and statements.",
    );
  }

  // Every value is checked before anything is written, so a mistake loses nothing.
  const answers: Partial<Record<Answer, string>> = {};
  const problems: string[] = [];
  for (const q of QUESTIONS) {
    const given = values[q.option]?.trim();
    if (given !== undefined && given !== "") {
      const problem = valueProblem(q.option, given);
      if (problem) problems.push(`--${q.option} "${given}" ${problem}`);
      else answers[q.option] = given;
    }
  }
  if (problems.length > 0) return fail(...problems, ...SITE_USAGE);
  for (const q of QUESTIONS) {
    if (answers[q.option] !== undefined || !context.ask || (!q.required && values[q.option] !== undefined)) continue;
    for (;;) {
      const answer = (await context.ask(`${q.question}: `)).trim();
      if (answer === "" && !q.required) break;
      const problem = answer === "" ? "is needed" : valueProblem(q.option, answer);
      if (!problem) {
        answers[q.option] = answer;
        break;
      }
      await context.ask(`That ${q.option.replace("-", " ")} ${problem}. Press Enter to try again. `);
    }
  }
  const missing = QUESTIONS.filter((q) => q.required && answers[q.option] === undefined).map((q) => `--${q.option}`);
  if (missing.length > 0) {
    return fail(`Missing: ${missing.join(", ")}. Without a terminal to ask in, give every required value as an option.`, ...SITE_USAGE);
  }

  const site = siteData(existing.site, answers);
  const siteText = siteYaml(site);
  const checked = siteSchema.safeParse(parse(siteText));
  if (!checked.success) return fail(...checked.error.issues.map((issue) => `Cannot write site.yaml: ${fieldPath(issue.path)} ${issue.message}`));

  const siteFile = join(dataDir, "site.yaml");
  const recordFile = join(dataDir, "accessibility.yaml");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(siteFile, siteText);
  writeFileSync(recordFile, accessibilityYaml(today));
  const removed = removeExample(dataDir, rootDir);

  const kept = Object.keys(existing.site).filter((key) => !(key in SET_HERE));
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `Set up ${answers.title} at ${answers.url}:`,
    `  Wrote ${where(siteFile)}: title, description, url, publisher${answers["feedback-url"] ? ", feedback_url" : ""}${kept.length > 0 ? ` (kept as it was: ${kept.join(", ")})` : ""}.`,
    `  Replaced ${where(recordFile)} with a record of no manual audit yet: the accessibility statement says no one has checked the site by hand. Add manual_audit after your first audit (EDITING.md, "The accessibility statement").`,
    removed.files.length > 0
      ? `  Removed the example's ${count(removed.areas, "area")}, ${count(removed.partnerships, "partnership")} and ${count(removed.statements, "statement")}${removed.images > 0 ? `, and ${count(removed.images, "picture")}` : ""}: ${removed.files.join(", ")}.`
      : "  The example's areas, partnerships and statements were already gone.",
    ...(existing.ownFiles.length > 0 ? [`  Kept your own ${count(existing.ownFiles.length, "file")}: ${existing.ownFiles.join(", ")}.`] : []),
  ];
  const report = checkData(where(dataDir) || ".", rootDir, today);
  if (report.errors.length > 0) lines.push("", "npm run validate now finds problems to fix:", ...report.lines.map((line) => `  ${line}`));
  lines.push(
    "",
    "Next:",
    `  1. Add your first area: npm run new -- area <slug> --name "London Borough of …"`,
    "  2. Add its partnerships and statements: npm run new -- partnership <slug> --area <slug> --type local-strategic-partnership, then npm run new -- statement (EDITING.md says how)",
    "  3. Check and preview: npm run validate, then npm start",
    `  4. Commit and push; README.md ("Set up your own copy") says how to publish at ${answers.url}`,
  );
  return { exitCode: report.errors.length > 0 ? 1 : 0, lines };
}

/** The fields of site.yaml this command sets; any other (language, a brand) is kept as it was. */
const SET_HERE = { title: true, description: true, url: true, publisher: true, feedback_url: true } as const;

interface State {
  /** site.yaml as it is now (empty when missing or unreadable). */
  site: Record<string, unknown>;
  /** What shows this copy is already a council's own, one line each; empty for the example as it ships. */
  ownContent: string[];
  /** Area, partnership and statement files that are not the example's. */
  ownFiles: string[];
}

function currentState(dataDir: string, rootDir: string): State {
  const loaded = loadSourceFiles(dataDir, rootDir);
  const siteFile = loaded.files.find((f) => f.kind === "site");
  const site = (siteFile?.data && typeof siteFile.data === "object" ? siteFile.data : {}) as Record<string, unknown>;
  const record = loaded.files.find((f) => f.kind === "accessibility");
  const example = new Set(Object.entries(EXAMPLE_FILES).flatMap(([folder, slugs]) => slugs.map((slug) => `${folder}/${slug}.yaml`)));
  const contentFile = (file: string) => /(^|\/)(areas|partnerships|statements)\/[^/]+$/.exec(file.split("\\").join("/"));
  const ownFiles = [...new Set([...loaded.files.map((f) => f.file), ...loaded.errors.map((e) => e.file)])]
    .filter((file) => {
      const m = contentFile(file);
      return m && !example.has(file.split("\\").join("/").slice(m.index + m[1].length));
    })
    .sort();
  const ownContent: string[] = [];
  if (typeof site.url === "string" && !isExampleUrl(site.url)) ownContent.push(`${siteFile!.file} is already set up for ${site.url}`);
  if (record && !hasExampleAudit(record.data)) ownContent.push(`${record.file} is not the example's record (it may record your own audit)`);
  if (ownFiles.length > 0) ownContent.push(`${ownFiles.length} file${ownFiles.length === 1 ? " is" : "s are"} not the example's: ${ownFiles.slice(0, 10).join(", ")}${ownFiles.length > 10 ? ", …" : ""}`);
  return { site, ownContent, ownFiles };
}

/** What is wrong with one value, in the schema's words, or undefined; the example's own address and email are refused too. */
function valueProblem(option: Answer, value: string): string | undefined {
  if (option === "url" && isExampleUrl(value)) return "is the example site's address; give the address your own site will have";
  if (option === "publisher-email" && isExampleEmail(value)) return "is the example site's email address; give your own";
  const path = QUESTIONS.find((q) => q.option === option)!.path;
  let schema: unknown = siteSchema;
  for (const key of path) schema = (schema as { shape: Record<string, unknown> }).shape[key];
  const unwrapped = schema as { unwrap?: () => unknown; safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } };
  const result = (typeof unwrapped.unwrap === "function" ? (unwrapped.unwrap() as typeof unwrapped) : unwrapped).safeParse(value);
  return result.success ? undefined : result.error!.issues[0].message;
}

function siteData(current: Record<string, unknown>, answers: Partial<Record<Answer, string>>): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => !(key in SET_HERE)));
  const publisher = (current.publisher && typeof current.publisher === "object" ? current.publisher : {}) as Record<string, unknown>;
  return {
    title: answers.title,
    description: answers.description,
    url: answers.url,
    language: "en-GB",
    ...kept,
    publisher: { ...publisher, name: answers["publisher-name"], email: answers["publisher-email"] },
    ...(answers["feedback-url"] ? { feedback_url: answers["feedback-url"] } : {}),
  };
}

function siteYaml(site: Record<string, unknown>): string {
  return [
    "# yaml-language-server: $schema=../schemas/site.json",
    "# The site's name, address and publisher (EDITING.md, \"How the site works\"). Made with `npm run new -- site`.",
    stringify(site, { lineWidth: 0 }).trimEnd(),
    "",
  ].join("\n");
}

/** A record with no manual audit: the statement then says, truthfully, that no one has checked the site by hand. */
function accessibilityYaml(today: string): string {
  return [
    "# yaml-language-server: $schema=../schemas/accessibility.json",
    "# The human side of the accessibility statement at /accessibility/ (see EDITING.md,",
    '# "The accessibility statement"). The automated side comes from `npm run check`.',
    "# No one has checked this site by hand yet, so there is no manual_audit: the statement says so.",
    "# After your first manual audit, record it here, for example:",
    "# manual_audit:",
    "#   date: YYYY-MM-DD",
    "#   by: who carried it out",
    "#   sample:",
    "#     - what they tested",
    `statement_prepared: ${today}`,
    "",
  ].join("\n");
}

/** Deletes the example's data files that are still there, and any picture only they showed. */
function removeExample(dataDir: string, rootDir: string) {
  const files: string[] = [];
  const counts = { areas: 0, partnerships: 0, statements: 0, images: 0 };
  const pictures = new Set<string>();
  for (const [folder, slugs] of Object.entries(EXAMPLE_FILES) as [keyof typeof EXAMPLE_FILES, readonly string[]][]) {
    for (const slug of slugs) {
      const file = join(dataDir, folder, `${slug}.yaml`);
      if (!existsSync(file)) continue;
      for (const src of picturesIn(file)) pictures.add(src);
      rmSync(file);
      files.push(relative(rootDir, file));
      counts[folder]++;
    }
  }
  const stillShown = new Set(loadSourceFiles(dataDir, rootDir).files.flatMap((f) => picturesOf(f.data)));
  for (const src of pictures) {
    const file = join(imagesDir(dataDir), src.slice(IMAGES_PATH.length));
    if (stillShown.has(src) || !existsSync(file)) continue;
    rmSync(file);
    files.push(relative(rootDir, file));
    counts.images++;
  }
  return { files, ...counts };
}

function picturesIn(file: string): string[] {
  try {
    return picturesOf(parse(readFileSync(file, "utf8")));
  } catch {
    return [];
  }
}

/** Every /images/… picture a file's Markdown shows. */
function picturesOf(data: unknown): string[] {
  if (typeof data === "string") return markdownImages(data).filter((src) => src.startsWith(IMAGES_PATH) && !src.includes(".."));
  if (Array.isArray(data)) return data.flatMap(picturesOf);
  if (data && typeof data === "object") return Object.values(data).flatMap(picturesOf);
  return [];
}

function fail(...lines: string[]): SiteOutcome {
  return { exitCode: 1, lines };
}

/** In a terminal, a question at a time; without one, none: the options must say everything. */
export function terminalQuestions(): { ask?: (question: string) => Promise<string>; close: () => void } {
  if (!process.stdin.isTTY) return { close: () => {} };
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return { ask: (question) => rl.question(question), close: () => rl.close() };
}
