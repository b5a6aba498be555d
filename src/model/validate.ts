// Checks every data file against its schema, then the rules that cross files, and lists every problem found.
import { z } from "zod";
import { fieldPath, type DataError } from "./data-error.ts";
import type { SourceFile } from "./load.ts";
import { FILE_KINDS, type AreaData, type FileKind, type PartnershipData, type SiteData, type StatementData } from "./schema.ts";
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
    else errors.push(...result.error.issues.flatMap((issue) => issueToErrors(source, schema, issue)));
  }

  errors.push(...crossFileErrors(byKind.area, byKind.partnership, byKind.statement));
  const [site] = byKind.site;
  if (errors.length > 0 || !site) return { errors };
  return { data: { site, areas: byKind.area, partnerships: byKind.partnership, statements: byKind.statement }, errors };
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
  if (issue.code === "invalid_type" && input === undefined) {
    return [{ ...at(issue.path), message: "is required but missing" }];
  }
  if (issue.code === "invalid_value" && typeof input === "string") {
    return [{ ...at(issue.path), message: `"${input}" ${issue.message}`, suggestion: suggest(input, issue.values.map(String)) }];
  }
  return [{ ...at(issue.path), message: issue.message }];
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

/** The rules no single file can check: references exist, parents form no cycle, slugs are unique. */
function crossFileErrors(areas: Valid<AreaData>[], partnerships: Valid<PartnershipData>[], statements: Valid<StatementData>[]): DataError[] {
  const errors: DataError[] = [];
  const areaSlugs = new Set(areas.map((a) => a.slug));
  const partnershipBySlug = new Map(partnerships.map((p) => [p.slug, p]));
  const reference = (item: Valid<unknown>, path: PropertyKey[], slug: string, known: Set<string> | Map<string, unknown>, what: string, folder: string) => {
    if (known.has(slug)) return;
    errors.push({
      file: item.source.file,
      ...item.source.locate(path),
      field: fieldPath(path),
      message: `names ${what} "${slug}", but there is no _data/${folder}/${slug}.yaml`,
      suggestion: suggest(slug, known.keys()),
    });
  };

  for (const kind of [areas, partnerships, statements]) {
    const seen = new Set<string>();
    for (const item of kind as Valid<unknown>[]) {
      if (seen.has(item.slug)) errors.push({ file: item.source.file, field: "", message: `repeats the slug "${item.slug}"; each file needs its own name` });
      seen.add(item.slug);
    }
  }

  for (const p of partnerships) {
    reference(p, ["area"], p.data.area, areaSlugs, "the area", "areas");
    if (p.data.parent !== undefined) {
      if (p.data.parent === p.slug) errors.push({ file: p.source.file, ...p.source.locate(["parent"]), field: "parent", message: "names this partnership itself; a parent must be another partnership" });
      else reference(p, ["parent"], p.data.parent, partnershipBySlug, "the parent partnership", "partnerships");
    }
    p.data.related?.forEach((slug, i) => reference(p, ["related", i], slug, partnershipBySlug, "the related partnership", "partnerships"));
  }
  for (const s of statements) reference(s, ["partnership"], s.data.partnership, partnershipBySlug, "the partnership", "partnerships");

  errors.push(...cycleErrors(partnerships, partnershipBySlug));
  return errors;
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
