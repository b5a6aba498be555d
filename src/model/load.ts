// Reads the editors' YAML files under _data, keeping each value's line so errors can point at it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { DataError } from "./data-error.ts";
import { readYamlQuickly } from "./fast-yaml.ts";
import { SLUG_PATTERN, type FileKind } from "./schema.ts";

export interface SourceFile {
  kind: FileKind;
  slug: string;
  /** Path relative to the project root, as editors see it. */
  file: string;
  /** Absolute path, for git dates. */
  absolutePath: string;
  data: unknown;
  /** Line and column of the value at a field path (or of its nearest parent that exists). */
  locate(path: readonly PropertyKey[], key?: string): { line: number; column: number } | undefined;
}

const FOLDERS: Record<string, FileKind> = { areas: "area", partnerships: "partnership", statements: "statement" };

/** Reads every data file; YAML syntax errors and misplaced files come back as errors, never thrown. */
export function loadSourceFiles(dataDir: string, rootDir = process.cwd()): { files: SourceFile[]; errors: DataError[] } {
  const files: SourceFile[] = [];
  const errors: DataError[] = [];
  const read = (absolutePath: string, kind: FileKind, slug: string) => {
    const result = parseFile(absolutePath, relative(rootDir, absolutePath), kind, slug);
    if ("errors" in result) errors.push(...result.errors);
    else files.push(result);
  };

  const sitePath = join(dataDir, "site.yaml");
  if (exists(sitePath)) read(sitePath, "site", "site");
  else errors.push({ file: relative(rootDir, sitePath), field: "", message: "is missing; every site needs a site.yaml with its title, description, url and publisher" });

  for (const entry of safeList(dataDir)) {
    const path = join(dataDir, entry);
    const kind = FOLDERS[entry];
    if (kind) {
      for (const name of safeList(path).sort()) {
        const file = join(path, name);
        const where = relative(rootDir, file);
        if (name.startsWith(".") || name.toLowerCase() === "readme.md") continue;
        const slug = name.replace(/\.yaml$/, "");
        if (!name.endsWith(".yaml")) {
          errors.push({ file: where, field: "", message: `is not read: data files must end in .yaml${name.endsWith(".yml") ? ` (rename it to ${name.replace(/\.yml$/, ".yaml")})` : ""}` });
        } else if (!SLUG_PATTERN.test(slug)) {
          errors.push({ file: where, field: "", message: `has a name that is not a valid slug; the file name is the page address, so use lower-case letters and digits in words joined by single hyphens, e.g. ${slugify(slug)}.yaml` });
        } else read(file, kind, slug);
      }
    } else if (entry !== "site.yaml" && /\.ya?ml$/.test(entry)) {
      errors.push({ file: relative(rootDir, path), field: "", message: "is not a known data file; put areas, partnerships and statements in the folders areas/, partnerships/ and statements/" });
    }
  }
  return { files, errors };
}

function parseFile(absolutePath: string, file: string, kind: FileKind, slug: string): SourceFile | { errors: DataError[] } {
  const text = readFileSync(absolutePath, "utf8");
  // Most files are valid: read them quickly, and parse them again with positions only if an error needs a line number.
  const quick = readYamlQuickly(text);
  if (quick) {
    let positioned: PositionedDocument | undefined;
    return { kind, slug, file, absolutePath, data: quick.data ?? {}, locate: (path, key) => locate((positioned ??= parseWithPositions(text)), path, key) };
  }
  const positioned = parseWithPositions(text);
  const { document, lineCounter } = positioned;
  if (document.errors.length > 0) {
    return {
      errors: document.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, field: "", message: `is not valid YAML: ${e.message.split("\n")[0]}` };
      }),
    };
  }
  return { kind, slug, file, absolutePath, data: document.toJS({ maxAliasCount: 100 }) ?? {}, locate: (path, key) => locate(positioned, path, key) };
}

interface PositionedDocument {
  document: Document;
  lineCounter: LineCounter;
}

/** The reference parse: every node keeps its position, and syntax errors say where they are. */
export function parseWithPositions(text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

function locate({ document, lineCounter }: PositionedDocument, path: readonly PropertyKey[], key?: string) {
  let keys = path.map((k) => (typeof k === "symbol" ? String(k) : k));
  let node: unknown = keys.length === 0 ? document.contents : document.getIn(keys, true);
  while (node === undefined && keys.length > 0) {
    keys = keys.slice(0, -1);
    node = keys.length === 0 ? document.contents : document.getIn(keys, true);
  }
  let range = (node as { range?: [number, number, number] } | undefined)?.range;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    range = (pair?.key as { range?: [number, number, number] } | undefined)?.range ?? range;
  }
  if (!range) return undefined;
  const pos = lineCounter.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "my-partnership";
}
