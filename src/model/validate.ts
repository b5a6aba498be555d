// Checks every data file against its schema, then the rules that cross files, and lists every problem found.
import { z } from "zod";
import { dirname } from "node:path";
import { fieldPath, type DataError } from "./data-error.ts";
import type { SourceFile } from "./load.ts";
import { FILE_KINDS, SLUG_PATTERN, type AreaData, type FileKind, type PartnershipData, type SiteData, type StatementData } from "./schema.ts";
import { markdownImages } from "../markdown/image-problems.ts";
import { IMAGES_PATH, imageFile } from "./images.ts";
import { suggest } from "./suggest.ts";

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
}

/** Validates the loaded files; `data` is set only when there are no errors at all. */
export function validate(files: SourceFile[]): { data?: ValidData; errors: DataError[] } {
  const errors: DataError[] = [];
  const byKind = { site: [], area: [], partnership: [], statement: [] } as { [K in FileKind]: Valid<z.output<(typeof FILE_KINDS)[K]>>[] };

  for (const source of files) {
    const schema = FILE_KINDS[source.kind];
    const result = schema.safeParse(source.data, { reportInput: true });
    if (result.success) (byKind[source.kind] as Valid<unknown>[]).push({ slug: source.slug, source, data: result.data });
    else errors.push(...withoutMisspeltAsMissing(firstIssuePerValue(result.error.issues).flatMap((issue) => issueToErrors(source, schema, issue))));
  }

  errors.push(...crossFileErrors(files, byKind.partnership));
  errors.push(...missingImageErrors(byKind.statement));
  const [site] = byKind.site;
  if (errors.length > 0 || !site) return { errors };
  return { data: { site, areas: byKind.area, partnerships: byKind.partnership, statements: byKind.statement }, errors };
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
        message: `shows the picture ${src}, but there is no file images/${src.slice(IMAGES_PATH.length)} in the images folder beside the data folder; add the picture there, or correct its name`,
      }));
  });
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
  return [{ ...at(issue.path), message: issue.message }];
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
  return kind === "area" ? "an area" : `a ${kind}`;
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

  for (const source of files) {
    for (const { path, slug, kind, what } of referencesIn(source)) {
      if (kind === "partnership" && path[0] === "parent" && slug === source.slug) {
        errors.push({ file: source.file, ...source.locate(path), field: "parent", message: "names this partnership itself; a parent must be another partnership" });
      } else if (!known[kind].has(slug)) {
        errors.push({
          file: source.file,
          ...source.locate(path),
          field: fieldPath(path),
          message: `names ${what} "${slug}", but there is no _data/${kind}s/${slug}.yaml`,
          suggestion: suggest(slug, known[kind]),
        });
      }
    }
  }

  const bySlug = new Map(partnerships.map((p) => [p.slug, p]));
  errors.push(...cycleErrors(partnerships, bySlug));
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
