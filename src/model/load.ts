// Reads the editors' YAML files under _data, keeping each value's line so errors can point at it.
import { lstatSync, readdirSync, readFileSync, type Stats } from "node:fs";
import { join, relative } from "node:path";
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { DataError } from "./data-error.ts";
import { readYamlQuickly } from "./fast-yaml.ts";
import { languageFileNameProblem } from "../language/language-file-name.ts";
import { FILE_KINDS, SLUG_PATTERN, type FileKind } from "./schema.ts";
import { suggest } from "./suggest.ts";
import { yamlMistake } from "./yaml-mistakes.ts";

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

const FOLDERS: Record<string, FileKind> = { areas: "area", partnerships: "partnership", statements: "statement", languages: "language" };
const FOLDER_LIST = "areas/, partnerships/, statements/ and languages/";
// Files directly in _data: site.yaml, and any other kind of file the schema knows that has no folder of its own.
const TOP_LEVEL_FILES: Record<string, FileKind> = Object.fromEntries(
  (Object.keys(FILE_KINDS) as FileKind[]).filter((kind) => !Object.values(FOLDERS).includes(kind)).map((kind) => [`${kind}.yaml`, kind]),
);
// The accessibility statement's own file is named by the contract; it is read where the schema reads it.
const KNOWN_TOP_LEVEL = new Set(["accessibility.yaml", ...Object.keys(TOP_LEVEL_FILES)]);
// Written by macOS itself into any folder it shows, with nothing of the editor's in it.
const SYSTEM_FILES = new Set([".DS_Store"]);

/** An alias may stand for at most this many copies of what its anchor names (the `yaml` library's measure). */
export const MAX_ALIAS_COUNT = 100;

/** Reads every data file; YAML syntax errors and misplaced files come back as errors, never thrown. */
export function loadSourceFiles(dataDir: string, rootDir = process.cwd()): { files: SourceFile[]; errors: DataError[] } {
  const files: SourceFile[] = [];
  const errors: DataError[] = [];
  const where = (path: string) => relative(rootDir, path);
  const fail = (path: string, message: string, suggestion?: string) => errors.push({ file: where(path), field: "", message, ...(suggestion && { suggestion }) });
  const read = (absolutePath: string, kind: FileKind, slug: string) => {
    const result = parseFile(absolutePath, where(absolutePath), kind, slug);
    if ("errors" in result) errors.push(...result.errors);
    else files.push(result);
  };

  let siteSeen = false;
  for (const { name, path, stats } of entries(dataDir)) {
    if (isIgnored(name, stats)) continue;
    if (stats.isSymbolicLink()) fail(path, SYMLINK);
    else if (stats.isDirectory() && FOLDERS[name]) {
      for (const entry of entries(path)) readFolderEntry(entry, FOLDERS[name], name);
    } else if (stats.isDirectory()) {
      const meant = suggest(name, Object.keys(FOLDERS));
      fail(path, `is a folder the site does not read, so nothing in it is published; the folders are ${FOLDER_LIST}`, meant && `${meant}/`);
    } else if (KNOWN_TOP_LEVEL.has(name) && stats.isFile()) {
      if (name === "site.yaml") siteSeen = true;
      if (TOP_LEVEL_FILES[name]) read(path, TOP_LEVEL_FILES[name], TOP_LEVEL_FILES[name]);
    } else if (!stats.isFile()) fail(path, NOT_A_FILE);
    else if (/\.ya?ml$/i.test(name)) fail(path, `is not a known data file; put areas, partnerships and statements in the folders ${FOLDER_LIST}`);
    else fail(path, `is not a file the site reads; _data/ holds site.yaml, README.md files and the folders ${FOLDER_LIST}: move or delete it`);
  }
  if (!siteSeen && !errors.some((e) => e.file === where(join(dataDir, "site.yaml")))) {
    fail(join(dataDir, "site.yaml"), "is missing; every site needs a site.yaml with its title, description, url and publisher");
  }
  return { files, errors };

  function readFolderEntry({ name, path, stats }: Entry, kind: FileKind, folder: string) {
    if (isIgnored(name, stats)) return;
    const slug = name.replace(/\.yaml$/, "");
    if (stats.isSymbolicLink()) fail(path, SYMLINK);
    else if (stats.isDirectory()) fail(path, `is a folder; the site reads only .yaml files directly inside _data/${folder}/, so nothing in it is published`);
    else if (!stats.isFile()) fail(path, NOT_A_FILE);
    else if (!name.endsWith(".yaml")) {
      fail(path, `is not read: data files must end in .yaml${/\.ya?ml$/i.test(name) ? ` (rename it to ${name.replace(/\.ya?ml$/i, ".yaml").toLowerCase()})` : ""}`);
    } else if (kind === "language") {
      const problem = languageFileNameProblem(slug);
      if (problem) fail(path, problem);
      else read(path, kind, slug);
    } else if (!SLUG_PATTERN.test(slug)) {
      fail(path, `has a name that is not a valid slug; the file name is the page address, so use lower-case letters and digits in words joined by single hyphens, e.g. ${slugify(slug)}.yaml`);
    } else read(path, kind, slug);
  }
}

const SYMLINK = "is a symbolic link; data files must be ordinary files inside the repository, so the site never publishes a file from elsewhere: put the file itself here instead";
const NOT_A_FILE = "is not an ordinary file; put only .yaml files here";

interface Entry {
  name: string;
  path: string;
  /** Of the entry itself: a symbolic link is never followed. */
  stats: Stats;
}

/** A folder's entries in name order, each with its own (not its target's) file type; [] for a folder that cannot be read. */
function entries(dir: string): Entry[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    try {
      return [{ name, path, stats: lstatSync(path) }];
    } catch {
      return [];
    }
  });
}

function isIgnored(name: string, stats: Stats): boolean {
  return (name.toLowerCase() === "readme.md" && stats.isFile()) || (SYSTEM_FILES.has(name) && stats.isFile());
}

function parseFile(absolutePath: string, file: string, kind: FileKind, slug: string): SourceFile | { errors: DataError[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return { errors: [{ file, field: "", message: `could not be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"}); check the file is there and can be opened` }] };
  }
  const decoded = decodeUtf8(bytes);
  if ("problem" in decoded) return { errors: [{ file, field: "", ...decoded.problem }] };
  const result = readYaml(decoded.text);
  if ("problems" in result) return { errors: result.problems.map((p) => ({ file, field: "", ...p })) };
  let positioned = result.positioned;
  return { kind, slug, file, absolutePath, data: result.data ?? {}, locate: (path, key) => locate((positioned ??= parseWithPositions(decoded.text)), path, key) };
}

interface Problem {
  line?: number;
  column?: number;
  message: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file's text, or where it stops being UTF-8: a byte that is not UTF-8 is never silently replaced. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { problem: { line: 1, column: 1, message: "is saved as UTF-16; data files must be UTF-8: save it again as UTF-8 (in VS Code: the encoding in the status bar, then Save with Encoding, UTF-8)" } };
    }
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
    const column = [...new TextDecoder().decode(bytes.subarray(lineStart, offset))].length + 1;
    const byte = `0x${bytes[offset].toString(16).toUpperCase().padStart(2, "0")}`;
    return {
      problem: {
        line,
        column,
        message: `is not UTF-8 text: it has the byte ${byte}, which is not UTF-8 (the file was probably saved as Latin-1 or Windows-1252); save it again as UTF-8 (in VS Code: the encoding in the status bar, then Save with Encoding, UTF-8) and check the character there`,
      },
    };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}

// YAML 1.2's core schema: these tags only (`!` is the plain "not a special type" tag).
const CORE_TAGS = new Set(["!", ...["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`)]);

/**
 * One file's values, read the quick way when it can be, or the problems that stop it being read.
 * `quick: false` reads it with the reference parser only; both ways accept and reject the same files, with the same values.
 */
export function readYaml(text: string, { quick = true } = {}): { data: unknown; positioned?: PositionedDocument } | { problems: Problem[] } {
  const directive = /^%YAML[ \t]+([^\s#]*)/m.exec(text);
  if (directive && directive[1] !== "1.2") {
    const line = text.slice(0, directive.index).split("\n").length;
    return { problems: [{ line, column: 1, message: `says %YAML ${directive[1]}, but data files are YAML 1.2 (which reads dates as text and yes/no as words): delete the %YAML line` }] };
  }
  if (quick) {
    const read = readYamlQuickly(text);
    // An empty file is undefined to js-yaml and null to the `yaml` library: both mean "no fields".
    if (read) return { data: read.data ?? null };
  }
  const positioned = parseWithPositions(text);
  const { document, lineCounter } = positioned;
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (document.errors.length > 0) {
    const [first] = document.errors;
    const plain = first.code !== "MULTIPLE_DOCS" && first.code !== "RESOURCE_EXHAUSTION" && yamlMistake(text, first.message.split("\n")[0], at(first.pos[0]).line);
    if (plain) return { problems: [{ ...plain, message: `is not valid YAML: ${plain.message}` }] };
    const seen = new Set<string>();
    const problems = document.errors.flatMap((e) => {
      if (e.code === "RESOURCE_EXHAUSTION") {
        // Where the parser gave up depends on the memory it had, so only the line is given.
        const message = "has lists or sets of fields nested too deeply to read (hundreds of levels inside each other); a data file needs only a few levels";
        if (seen.has(message)) return [];
        seen.add(message);
        return [{ line: at(e.pos[0]).line, message }];
      }
      const message = e.code === "MULTIPLE_DOCS"
        ? "has a second YAML document starting here (after a line ---); a data file holds one document: delete this --- line and what follows it, or move that part to a file of its own"
        : `is not valid YAML: ${e.message.split("\n")[0]}`;
      if (seen.has(message)) return [];
      seen.add(message);
      return [{ ...at(e.pos[0]), message }];
    });
    return { problems: problems.slice(0, 5) };
  }

  const problems: Problem[] = [];
  let firstAlias: number | undefined;
  visit(document, {
    Alias(_, node) {
      firstAlias ??= node.range?.[0];
    },
    Node(_, node) {
      if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, "!!");
        problems.push({ ...at(tagStart(text, node.range?.[0] ?? 0)), message: `uses the YAML tag ${tag}, which data files do not allow; delete the tag and write the value as plain text (a date as 2020-01-15)` });
      }
      if (isMap(node)) {
        const keys = new Set<string>();
        for (const pair of node.items) {
          if (!isScalar(pair.key)) {
            problems.push({ ...at((pair.key as { range?: number[] } | null)?.range?.[0] ?? node.range?.[0] ?? 0), message: "uses a list or a set of fields as a field name; a field name is a plain word, such as summary" });
            continue;
          }
          const key = String(pair.key.value);
          if (keys.has(key)) problems.push({ ...at(pair.key.range?.[0] ?? 0), message: `is not valid YAML: Map keys must be unique ("${key}" is written twice here; keep one)` });
          keys.add(key);
        }
      }
    },
  });
  if (problems.length > 0) return { problems };
  try {
    return { data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), positioned };
  } catch (error) {
    const message = error instanceof ReferenceError
      ? `uses aliases (*name) that stand for more than ${MAX_ALIAS_COUNT} copies of what their anchors (&name) hold; write the values out in full instead`
      : `could not be read as YAML (${error instanceof Error ? error.message : String(error)})`;
    return { problems: [{ ...(firstAlias !== undefined ? at(firstAlias) : {}), message }] };
  }
}

/** Where the tag before a value starts, when it is on the value's own line: editors look for the tag, not the value. */
function tagStart(text: string, valueOffset: number): number {
  const lineStart = text.lastIndexOf("\n", valueOffset - 1) + 1;
  const tag = /!\S*[ \t]+$/.exec(text.slice(lineStart, valueOffset));
  return tag ? lineStart + tag.index : valueOffset;
}

interface PositionedDocument {
  document: Document;
  lineCounter: LineCounter;
}

/** The reference parse: every node keeps its position, and syntax errors say where they are. Duplicate keys are found by readYaml, in linear time. */
export function parseWithPositions(text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false }), lineCounter };
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

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "my-partnership";
}
