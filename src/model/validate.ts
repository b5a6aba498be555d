// Checks every data file against its schema, then the rules that cross files, and lists every problem found.
import { z } from "zod";
import { dirname } from "node:path";
import { fieldPath, type DataError } from "./data-error.ts";
import type { SourceFile } from "./load.ts";
import { FILE_KINDS, SLUG_PATTERN, type AccessibilityData, type AreaData, type FileKind, type LanguageData, type PartnershipData, type SiteData, type StatementData } from "./schema.ts";
import { markdownImages } from "../markdown/image-problems.ts";
import { IMAGES_PATH, imageFile, pictureAddressProblem } from "./images.ts";
import { existingSlugs, suggest } from "./suggest.ts";
import { translationErrors, untranslatedWarnings } from "../language/translation-rules.ts";
import { exampleClaimErrors } from "./example-claims.ts";
import { logoErrors } from "./brand.ts";

export interface Valid<T> {
  slug: string;
  source: SourceFile;
  data: T;
}

export interface ValidData {
  site: Valid<SiteData>;
  areas: Valid<AreaData>[];
  partnerships: Valid<PartnershipData>[];
  statements: Valid<StatementData>[];
  /** _data/languages/<tag>.yaml: the interface's words in each language a translation is written in. */
  languages: Valid<LanguageData>[];
  /** _data/accessibility.yaml, when there is one. */
  accessibility?: Valid<AccessibilityData>;
}

/** A parent chain is at most this many partnerships deep, counting the top one. */
export const MAX_DEPTH = 10;

/** Validates the loaded files; `data` is set only when there are no errors at all. Warnings never stop a build. */
export function validate(files: SourceFile[]): { data?: ValidData; errors: DataError[]; warnings: DataError[] } {
  const errors: DataError[] = [];
  const byKind = { site: [], area: [], partnership: [], statement: [], accessibility: [], language: [] } as { [K in FileKind]: Valid<z.output<(typeof FILE_KINDS)[K]>>[] };

  for (const source of files) {
    const schema = FILE_KINDS[source.kind];
    const result = schema.safeParse(source.data, { reportInput: true });
    if (result.success) (byKind[source.kind] as Valid<unknown>[]).push({ slug: source.slug, source, data: result.data });
    else errors.push(...fileErrors(source, schema, result.error.issues));
  }

  errors.push(...crossFileErrors(files, byKind.partnership));
  errors.push(...missingImageErrors(byKind.statement));
  errors.push(...logoErrors(byKind.site[0]));
  errors.push(...sameDayStatements(byKind.statement));
  errors.push(...exampleClaimErrors(files));
  const [site] = byKind.site;
  errors.push(...translationErrors(files, site?.data.language));
  const warnings = [...relatedWarnings(byKind.partnership), ...untranslatedWarnings(byKind.language)];
  if (errors.length > 0 || !site) return { errors, warnings };
  return { data: { site, areas: byKind.area, partnerships: byKind.partnership, statements: byKind.statement, languages: byKind.language, ...(byKind.accessibility[0] && { accessibility: byKind.accessibility[0] }) }, errors, warnings };
}

/** Every picture an Easy Read text shows must be in the images folder beside the data folder, or the page would show a broken image. */
function missingImageErrors(statements: Valid<StatementData>[]): DataError[] {
  return statements.flatMap(({ source, data }) => {
    const dataDir = dirname(dirname(source.absolutePath));
    return markdownImages(data.easy_read ?? "")
      .filter((src) => src.startsWith(IMAGES_PATH) && !imageFile(dataDir, src))
      .map((src) => ({
        file: source.file,
        ...source.locate(["easy_read"]),
        field: "easy_read",
        message: pictureAddressProblem(src) ?? `shows the picture ${src}, but there is no file images/${src.slice(IMAGES_PATH.length)} in the images folder beside the data folder; add the picture there, or correct its name`,
      }));
  });
}

/** A file lists at most this many problems: past it, one line says how many more, so a file of 100,000 typos costs no more than one of 50. */
export const MAX_ERRORS_PER_FILE = 50;

function fileErrors(source: SourceFile, schema: z.ZodType, issues: z.core.$ZodIssue[]): DataError[] {
  let budget = MAX_ERRORS_PER_FILE;
  let left = 0;
  const listed: z.core.$ZodIssue[] = [];
  for (const issue of onePerImage(firstIssuePerValue(issues))) {
    const count = issue.code === "unrecognized_keys" ? issue.keys.length : 1;
    if (budget <= 0) left += count;
    else if (count > budget && issue.code === "unrecognized_keys") {
      listed.push({ ...issue, keys: issue.keys.slice(0, budget) });
      left += count - budget;
      budget = 0;
    } else {
      listed.push(issue);
      budget -= count;
    }
  }
  const errors = withoutMisspeltAsMissing(listed.flatMap((issue) => issueToErrors(source, schema, issue)));
  if (left > 0) errors.push({ file: source.file, field: "", message: `has ${left.toLocaleString("en-GB")} more problem${left === 1 ? "" : "s"} than the ${MAX_ERRORS_PER_FILE} listed; fix those, then run the check again` });
  return errors;
}

function issueToErrors(source: SourceFile, schema: z.ZodType, issue: z.core.$ZodIssue): DataError[] {
  const at = (path: readonly PropertyKey[], key?: string) => ({ file: source.file, ...source.locate(path, key), field: fieldPath(key ? [...path, key] : path) });
  const input = (issue as { input?: unknown }).input;

  if (issue.code === "unrecognized_keys") {
    const allowed = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => ({
      ...at(issue.path, key),
      message: `is not a field ${issue.path.length ? "here" : `of ${article(source.kind)}`}; allowed fields: ${allowed.join(", ")}`,
      suggestion: suggest(key, allowed),
    }));
  }
  // A missing value fails every branch of a union (a date written 2020 or "2020-04") too.
  if ((issue.code === "invalid_type" || issue.code === "invalid_union") && input === undefined) {
    return [{ ...at(issue.path), message: MISSING }];
  }
  if (issue.code === "invalid_value" && input === undefined) {
    return [{ ...at(issue.path), message: `${MISSING}; it ${issue.message}` }];
  }
  if (issue.code === "invalid_value" && typeof input === "string") {
    return [{ ...at(issue.path), message: `"${input}" ${issue.message}`, suggestion: suggest(input, issue.values.map(String)) }];
  }
  return [{ ...at(issue.path), ...lineInText(source, issue), message: issue.message }];
}

/** A problem found on a line of a Markdown text (`params.line`, 0-based) is placed on that line of the file: a literal block (`field: |`) starts on the line after the field. */
function lineInText(source: SourceFile, issue: z.core.$ZodIssue): { line?: number; column?: number } {
  const line = issue.code === "custom" ? (issue.params as { line?: unknown } | undefined)?.line : undefined;
  const at = typeof line === "number" ? source.locate(issue.path) : undefined;
  if (!at || typeof line !== "number") return {};
  const input = (issue as { input?: unknown }).input;
  return typeof input === "string" && input.includes("\n") ? { line: at.line + 1 + line, column: undefined } : {};
}

/** Once a value has failed its basic form (a date not written YYYY-MM-DD), a refinement of it ("not a real calendar date") adds nothing. */
function firstIssuePerValue(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const failed = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify(issue.path);
    if (issue.code === "custom" && failed.has(key)) return false;
    if (issue.code !== "custom") failed.add(key);
    return true;
  });
}

/** An image another rule of the same field also names (Easy Read's own, after every Markdown field's) is reported once, by the last, most specific rule. */
function onePerImage(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const image = (issue: z.core.$ZodIssue) => (issue.code === "custom" ? /^has an image from "[^"]*"/.exec(issue.message)?.[0] : undefined);
  const last = new Map<string, z.core.$ZodIssue>();
  for (const issue of issues) {
    const found = image(issue);
    if (found) last.set(`${JSON.stringify(issue.path)} ${found}`, issue);
  }
  return issues.filter((issue) => {
    const found = image(issue);
    return !found || last.get(`${JSON.stringify(issue.path)} ${found}`) === issue;
  });
}

const MISSING = "is required but missing";

/** A misspelt required field (sumary) is reported once, as the misspelling with its "Did you mean", not again as missing. */
function withoutMisspeltAsMissing(errors: DataError[]): DataError[] {
  const meant = new Set(errors.filter((e) => e.suggestion && e.message.startsWith("is not a field")).map((e) => `${e.field.replace(/[^.\]]*$/, "")}${e.suggestion}`));
  return errors.filter((e) => !(e.message.startsWith(MISSING) && meant.has(e.field)));
}

/** The field names an object in the schema allows, found by walking the schema along the path. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = () => {
    for (;;) {
      if (node instanceof z.ZodOptional || node instanceof z.ZodDefault) node = node.unwrap();
      else if (node instanceof z.ZodPipe) node = node.in;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    if (node instanceof z.ZodArray) node = node.element;
    else if (node instanceof z.ZodObject) node = node.shape[key as string];
  }
  unwrap();
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function article(kind: FileKind): string {
  return kind === "area" ? "an area" : kind === "accessibility" ? "the accessibility record" : kind === "language" ? "a language file" : `a ${kind}`;
}

/**
 * The rules no single file can check: references exist, parents form no cycle, slugs are unique.
 * References are checked in every file, even one with other errors, against every file that exists, so one run lists every problem.
 */
function crossFileErrors(files: SourceFile[], partnerships: Valid<PartnershipData>[]): DataError[] {
  const errors: DataError[] = [];
  const slugsOf = (kind: FileKind) => new Set(files.filter((f) => f.kind === kind).map((f) => f.slug));
  const known = { area: slugsOf("area"), partnership: slugsOf("partnership") };

  for (const kind of ["area", "partnership", "statement"] as const) {
    const seen = new Set<string>();
    for (const source of files.filter((f) => f.kind === kind)) {
      if (seen.has(source.slug)) errors.push({ file: source.file, field: "", message: `repeats the slug "${source.slug}"; each file needs its own name` });
      seen.add(source.slug);
    }
  }

  // "Did you mean" compares a slug with every other; past this many unknown slugs, the rest go without, so a run stays linear.
  let suggestionsLeft = 50;
  // With no close match, the slugs that exist: worked out once per kind, however many references miss.
  const listed: Partial<Record<"area" | "partnership", string>> = {};
  for (const source of files) {
    const related = new Set<string>();
    for (const { path, slug, kind, what } of referencesIn(source)) {
      // Where the reference is, worked out only for a problem: locating means a second, slower parse of the file.
      const at = () => ({ file: source.file, ...source.locate(path), field: fieldPath(path) });
      if (kind === "partnership" && path[0] === "parent" && slug === source.slug) {
        errors.push({ ...at(), message: "names this partnership itself; a parent must be another partnership" });
      } else if (path[0] === "related" && slug === source.slug) {
        errors.push({ ...at(), message: "names this partnership itself; list only other partnerships under related" });
      } else if (path[0] === "related" && related.has(slug)) {
        errors.push({ ...at(), message: `repeats "${slug}"; list each related partnership once` });
      } else if (!known[kind].has(slug)) {
        const close = suggestionsLeft-- > 0 ? suggest(slug, known[kind]) : undefined;
        errors.push({ ...at(), message: `names ${what} "${slug}", but there is no _data/${kind}s/${slug}.yaml${close ? "" : (listed[kind] ??= existingSlugs(kind, known[kind]))}`, suggestion: close });
      }
      if (path[0] === "related") related.add(slug);
    }
  }

  const bySlug = new Map(partnerships.map((p) => [p.slug, p]));
  const cycles = cycleErrors(partnerships, bySlug);
  errors.push(...cycles, ...depthErrors(partnerships, bySlug, new Set(cycles.map((e) => e.file))));
  errors.push(...dissolvedErrors(partnerships, bySlug));
  return errors;
}

/** A group that has closed holds no meeting after the day it closed, and no current group can still report to it. */
function dissolvedErrors(partnerships: Valid<PartnershipData>[], bySlug: Map<string, Valid<PartnershipData>>): DataError[] {
  const errors: DataError[] = [];
  for (const p of partnerships) {
    const closed = p.data.dissolved;
    if (closed) {
      (p.data.meetings ?? []).forEach((meeting, i) => {
        if (meeting.date > closed) {
          errors.push({
            file: p.source.file,
            ...p.source.locate(["meetings", i, "date"]),
            field: `meetings[${i}].date`,
            message: `(${meeting.date}) is after the group closed (dissolved: ${closed}); a closed group cannot meet. Remove the meeting, or correct its date or the dissolved date`,
          });
        }
      });
    }
    const parent = p.data.parent ? bySlug.get(p.data.parent) : undefined;
    if (!closed && parent?.data.dissolved) {
      errors.push({
        file: p.source.file,
        ...p.source.locate(["parent"]),
        field: "parent",
        message: `names "${parent.slug}", which closes on ${parent.data.dissolved} (dissolved: in ${parent.source.file}); a current group cannot report to a closed one. Change parent to the body this group reports to now, or add dissolved: with the date this group closed too`,
      });
    }
  }
  return errors;
}

interface Reference {
  path: PropertyKey[];
  slug: string;
  kind: "area" | "partnership";
  what: string;
}

/** The slugs a file names in its area, parent, related and partnership fields; values that are not slugs are left to the schema's errors. */
function referencesIn(source: SourceFile): Reference[] {
  const data = (typeof source.data === "object" && source.data !== null ? source.data : {}) as Record<string, unknown>;
  const isSlug = (value: unknown): value is string => typeof value === "string" && SLUG_PATTERN.test(value);
  const references: Reference[] = [];
  const add = (path: PropertyKey[], value: unknown, kind: Reference["kind"], what: string) => {
    if (isSlug(value)) references.push({ path, slug: value, kind, what });
  };
  if (source.kind === "partnership") {
    add(["area"], data.area, "area", "the area");
    add(["parent"], data.parent, "partnership", "the parent partnership");
    if (Array.isArray(data.related)) data.related.forEach((slug, i) => add(["related", i], slug, "partnership", "the related partnership"));
  }
  if (source.kind === "statement") add(["partnership"], data.partnership, "partnership", "the partnership");
  return references;
}

/** Each parent chain is walked once (linear in the number of partnerships); a chain that comes back on itself is reported once. */
function cycleErrors(partnerships: Valid<PartnershipData>[], bySlug: Map<string, Valid<PartnershipData>>): DataError[] {
  const errors: DataError[] = [];
  const state = new Map<string, "walking" | "done">();
  for (const start of partnerships) {
    const chain: Valid<PartnershipData>[] = [];
    let current: Valid<PartnershipData> | undefined = start;
    while (current && !state.has(current.slug)) {
      state.set(current.slug, "walking");
      chain.push(current);
      current = current.data.parent && current.data.parent !== current.slug ? bySlug.get(current.data.parent) : undefined;
    }
    if (current && state.get(current.slug) === "walking") {
      const loop = chain.slice(chain.indexOf(current));
      const names = [...loop.map((p) => p.slug), current.slug].join(" → ");
      for (const p of loop) errors.push({ file: p.source.file, ...p.source.locate(["parent"]), field: "parent", message: `makes a loop of parents (${names}); a partnership cannot belong to itself, even indirectly` });
    }
    for (const p of chain) state.set(p.slug, "done");
  }
  return errors;
}

/**
 * Each partnership more than MAX_DEPTH levels down, reported once per branch (at the first level too deep).
 * Depths are found in one pass without recursion, so a chain of any length costs time in proportion to its length.
 */
function depthErrors(partnerships: Valid<PartnershipData>[], bySlug: Map<string, Valid<PartnershipData>>, inCycle: Set<string>): DataError[] {
  const depth = new Map<string, number>();
  for (const start of partnerships) {
    const chain: Valid<PartnershipData>[] = [];
    const walked = new Set<string>();
    let current: Valid<PartnershipData> | undefined = start;
    while (current && !depth.has(current.slug) && !inCycle.has(current.source.file) && !walked.has(current.slug)) {
      chain.push(current);
      walked.add(current.slug);
      const parent: string | undefined = current.data.parent;
      current = parent && parent !== current.slug ? bySlug.get(parent) : undefined;
    }
    let below = current && depth.has(current.slug) ? depth.get(current.slug)! : 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i].slug, ++below);
  }
  return partnerships
    .filter((p) => depth.get(p.slug) === MAX_DEPTH + 1)
    .map((p) => {
      const top = topOf(p, bySlug);
      return {
        file: p.source.file,
        ...p.source.locate(["parent"]),
        field: "parent",
        message: `puts this partnership more than ${MAX_DEPTH} levels down (below "${top}" at the top); a parent chain is at most ${MAX_DEPTH} partnerships deep: give it a parent higher up`,
      };
    });
}

function topOf(p: Valid<PartnershipData>, bySlug: Map<string, Valid<PartnershipData>>): string {
  let current = p;
  for (let step = 0; step <= bySlug.size && current.data.parent && bySlug.has(current.data.parent); step++) current = bySlug.get(current.data.parent)!;
  return current.slug;
}

/** Two statements of one partnership signed the same day would leave which is current to their file names. */
function sameDayStatements(statements: Valid<StatementData>[]): DataError[] {
  const first = new Map<string, Valid<StatementData>>();
  const errors: DataError[] = [];
  for (const s of [...statements].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const key = `${s.data.partnership} ${s.data.signed}`;
    const other = first.get(key);
    if (!other) first.set(key, s);
    else {
      errors.push({
        file: s.source.file,
        ...s.source.locate(["signed"]),
        field: "signed",
        message: `is ${s.data.signed}, the same day as ${other.source.file}, another statement of ${s.data.partnership}; two statements of one partnership are never signed on the same day, since the one signed last is current: correct the date, or delete the file that repeats the other`,
      });
    }
  }
  return errors;
}

/** A related partnership that is also this one's parent or child is shown once, where it belongs; the editor is told. */
function relatedWarnings(partnerships: Valid<PartnershipData>[]): DataError[] {
  const parentOf = new Map(partnerships.map((p) => [p.slug, p.data.parent]));
  const warnings: DataError[] = [];
  for (const p of partnerships) {
    (p.data.related ?? []).forEach((slug, i) => {
      const relation = p.data.parent === slug ? "its parent" : parentOf.get(slug) === p.slug ? "one of its children" : undefined;
      if (relation) {
        warnings.push({
          file: p.source.file,
          ...p.source.locate(["related", i]),
          field: `related[${i}]`,
          message: `names "${slug}", which is already ${relation}; the page shows it once, as ${relation}: delete it from related`,
        });
      }
    });
  }
  return warnings;
}
