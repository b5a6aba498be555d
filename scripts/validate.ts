// `npm run validate`: checks every data file against the contract without building the site; also the git pre-commit hook.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { dateInWords } from "../src/filters/date-in-words.ts";
import { isSiteRoot } from "../src/filters/is-site-root.ts";
import { buildDate, ukDate } from "../src/model/build-date.ts";
import { fieldPath, formatDataError, type DataError } from "../src/model/data-error.ts";
import { buildGraph } from "../src/model/graph.ts";
import { imageFolderErrors } from "../src/model/images.ts";
import { loadSourceFiles, type SourceFile } from "../src/model/load.ts";
import { validate } from "../src/model/validate.ts";
import { easyReadProblems } from "../src/markdown/easy-read-style.ts";
import { unmarkedScriptWarnings } from "../src/model/script-warnings.ts";
import { oversizedPictureWarnings } from "../src/pictures/oversized.ts";
import { emptyTextProblems } from "../src/model/empty-text-problems.ts";
import { PLACEHOLDER } from "./new.ts";

export interface Report {
  errors: DataError[];
  /** Worth fixing, but the site still builds: an overdue review, text `npm run new` left to replace. */
  warnings: DataError[];
  /** How many data files were looked at, readable or not. */
  fileCount: number;
  /** What the command prints: one line per problem, then a summary line. */
  lines: string[];
  exitCode: 0 | 1;
}

/** Loads and validates the data folder the way the build does, without building. */
export function checkData(dataDir = "_data", rootDir = process.cwd(), today = ukDate(buildDate())): Report {
  const loaded = loadSourceFiles(resolve(rootDir, dataDir), rootDir);
  const checked = validate(loaded.files);
  const emptyText = loaded.files.map(emptyTextProblems);
  const errors = sortByPlace([...loaded.errors, ...checked.errors, ...imageFolderErrors(dataDir, rootDir), ...emptyText.flatMap((found) => found.errors)]);
  const warnings = sortByPlace([
    ...emptyText.flatMap((found) => found.warnings),
    ...loaded.files.flatMap(placeholderWarnings),
    ...loaded.files.flatMap(easyReadWarnings),
    ...unmarkedScriptWarnings(loaded.files),
    ...checked.warnings,
    ...(checked.data ? overdueWarnings(checked.data, today) : []),
    ...(checked.data ? endedPlanWarnings(checked.data, today) : []),
    ...(checked.data ? siteRootDocumentWarnings(checked.data) : []),
    ...oversizedPictureWarnings(dataDir, rootDir),
  ]);
  const fileCount = new Set([...loaded.files.map((f) => f.file), ...loaded.errors.map((e) => e.file)]).size;
  const lines = [...errors.map(formatDataError), ...warnings.map((w) => `WARNING ${formatDataError(w)}`), summary(errors, warnings, fileCount)];
  return { errors, warnings, fileCount, lines, exitCode: errors.length > 0 ? 1 : 0 };
}

/** "Checked 19 files: no problems" or "3 problems in 2 files (checked 19 files)", with any warnings counted. */
function summary(errors: DataError[], warnings: DataError[], fileCount: number): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const warned = warnings.length > 0 ? `, ${count(warnings.length, "warning")}` : "";
  if (errors.length === 0) return `Checked ${count(fileCount, "file")}: no problems${warned}`;
  const files = new Set(errors.map((e) => e.file)).size;
  return `${count(errors.length, "problem")} in ${count(files, "file")}${warned} (checked ${count(fileCount, "file")}). Fix the problems, then run npm run validate again.`;
}

/** The current statement of each partnership whose review date has passed (graph.ts decides both). */
function overdueWarnings(data: NonNullable<ReturnType<typeof validate>["data"]>, today: string): DataError[] {
  const graph = buildGraph(data, today);
  const sources = new Map(data.statements.map((s) => [s.slug, s.source]));
  return graph.statements
    .filter((s) => s.reviewOverdue)
    .map((s) => {
      const source = sources.get(s.slug)!;
      const field = s.data.review_by ? "review_by" : "signed";
      const why = s.data.review_by ? "" : " (four years after it was signed, as it gives no review_by)";
      return {
        file: source.file,
        ...source.locate([field]),
        field,
        message: `this is the current statement of ${s.partnership.name}, and it was due for review by ${dateInWords(s.reviewBy)}${why}. Its page says it is overdue. When the new statement is agreed, add it with npm run new -- statement; or set review_by to the date of the planned review.`,
      };
    });
}

/** Easy Read text with a sentence of more than 15 words or a paragraph of more than 3 sentences. */
function easyReadWarnings(source: SourceFile): DataError[] {
  const text = source.kind === "statement" ? (source.data as { easy_read?: unknown }).easy_read : undefined;
  if (typeof text !== "string") return [];
  const at = source.locate(["easy_read"]);
  // A literal block (easy_read: |) starts on the line after the field; its paragraphs keep their lines.
  const block = text.includes("\n");
  return easyReadProblems(text).map((problem) => ({
    file: source.file,
    ...(at && (block ? { line: at.line + 1 + problem.line } : at)),
    field: "easy_read",
    message: problem.message,
  }));
}

/** Plans whose period has passed: the page says they have ended; the editor may have a newer plan to add. */
function endedPlanWarnings(data: NonNullable<ReturnType<typeof validate>["data"]>, today: string): DataError[] {
  const graph = buildGraph(data, today);
  const sources = new Map(data.partnerships.map((p) => [p.slug, p.source]));
  return graph.partnerships.filter((p) => !p.isDissolved).flatMap((p) =>
    p.plans.flatMap((plan, i) => {
      if (!plan.ended) return [];
      const source = sources.get(p.slug)!;
      return [{
        file: source.file,
        ...source.locate(["plans", i, "to"]),
        field: `plans[${i}].to`,
        message: `the plan "${plan.title}" ended in ${dateInWords(plan.data.to)}, so the page of ${p.name} shows it as ended. When the plan that follows it is agreed, add it to plans; keep this one as a record.`,
      }];
    }),
  );
}

/** A document whose url is a website's home page: the page shows it as not yet published online. */
function siteRootDocumentWarnings(data: NonNullable<ReturnType<typeof validate>["data"]>): DataError[] {
  const found: DataError[] = [];
  const check = (source: SourceFile, path: (string | number)[], document: { url: string; format: string }) => {
    if (!isSiteRoot(document.url)) return;
    found.push({
      file: source.file,
      ...source.locate([...path, "url"]),
      field: fieldPath([...path, "url"]),
      message: `(${document.url}) is the home page of a website, not a ${document.format.toUpperCase()} file, so the page shows this document as "not yet published online". Give the address of the file itself, e.g. https://www.example.gov.uk/documents/aims-and-outcomes.pdf.`,
    });
  };
  for (const p of data.partnerships) (p.data.documents ?? []).forEach((document, i) => check(p.source, ["documents", i], document));
  for (const s of data.statements) if (s.data.document) check(s.source, ["document"], s.data.document);
  return found;
}

/** Any value that still has the text `npm run new` asked the editor to replace. */
function placeholderWarnings(source: SourceFile): DataError[] {
  const found: DataError[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string" && value.includes(PLACEHOLDER)) {
      found.push({ file: source.file, ...source.locate(path), field: fieldPath(path), message: `still has the example text marked ${PLACEHOLDER}; write your own in its place.` });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(source.data, []);
  return found;
}

/** File by file, top to bottom, so an editor can work down the list. */
function sortByPlace(problems: DataError[]): DataError[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.file.localeCompare(b.problem.file) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || (a.problem.column ?? 0) - (b.problem.column ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { data: { type: "string" } } });
  const report = checkData(values.data ?? process.env.DATA_DIR ?? "_data");
  console.log(report.lines.join("\n"));
  process.exitCode = report.exitCode;
}
