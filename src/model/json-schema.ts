// The JSON Schema for each kind of data file, derived from the one content schema, so VS Code can help editors while they type.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { FILE_KINDS, PARTNERSHIP_TYPES, PROTECTED_CHARACTERISTICS, SECTORS, type FileKind } from "./schema.ts";

/** The kinds of data file, each published as /schemas/<kind>.json and written to schemas/<kind>.json. */
export const SCHEMA_KINDS = Object.keys(FILE_KINDS) as FileKind[];

const TITLES: Record<FileKind, string> = {
  site: "The site (_data/site.yaml)",
  area: "An area (_data/areas/<slug>.yaml)",
  partnership: "A partnership, board or group (_data/partnerships/<slug>.yaml)",
  statement: "An equalities statement (_data/statements/<slug>.yaml)",
  accessibility: "The accessibility statement's manual audit and known issues (_data/accessibility.yaml)",
  language: "The site's words in one language, for its translated statements (_data/languages/<tag>.yaml)",
};

// The plain-words names the site shows for each enum value, so the editor can show them beside the choices.
const LABELS: Record<string, string>[] = [PARTNERSHIP_TYPES, SECTORS, PROTECTED_CHARACTERISTICS];

type ZodInternals = { _zod: { def: { type: string; error?: (issue: object) => unknown; checks?: ZodInternals[]; check?: string; format?: string } } };

/**
 * The JSON Schema for one kind of data file (draft-07, which the YAML extension for VS Code reads),
 * with the build's own error messages and the enum values' names added for the editor.
 * @example jsonSchemaFor("partnership").required // ["name", "area", "type", "summary"]
 */
export function jsonSchemaFor(kind: FileKind): Record<string, unknown> {
  const schema = FILE_KINDS[kind];
  if (!schema) throw new Error(`There is no data file kind "${kind}"; the kinds are ${SCHEMA_KINDS.join(", ")}`);
  const generated = z.toJSONSchema(schema, { target: "draft-07", io: "input", override: addEditorHelp }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: TITLES[kind], ...rest };
}

/**
 * The schema as the text of a .json file; the template filter that publishes /schemas/<kind>.json.
 * @example {{ "partnership" | jsonSchema | safe }}
 */
export function jsonSchema(kind: FileKind): string {
  return `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;
}

/** Writes schemas/<kind>.json for every kind, so the `$schema` comments at the top of the data files resolve in VS Code. */
export function writeSchemaFiles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return SCHEMA_KINDS.map((kind) => {
    const file = join(dir, `${kind}.json`);
    writeFileSync(file, jsonSchema(kind));
    return file;
  });
}

/**
 * Adds the messages the build gives (VS Code shows `errorMessage` and `patternErrorMessage` instead of its own)
 * and the names of enum values (`enumDescriptions`). Objects get no `errorMessage`, because VS Code would
 * show it in place of "Property … is not allowed" for a misspelt field.
 */
function addEditorHelp({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (zodSchema as ZodInternals)._zod.def;
  if (def.type === "object") return;
  const typeMessage = messageOf(def.error);
  if (typeMessage) jsonSchema.errorMessage = typeMessage;
  if (typeof jsonSchema.pattern === "string" && jsonSchema.patternErrorMessage === undefined) {
    const patternCheck = def.checks?.find((check) => check._zod.def.check === "string_format");
    const patternMessage = messageOf(patternCheck?._zod.def.error) ?? typeMessage;
    if (patternMessage) jsonSchema.patternErrorMessage = patternMessage;
  }
  if (Array.isArray(jsonSchema.enum)) {
    const values = jsonSchema.enum as string[];
    const labels = LABELS.find((names) => values.every((value) => value in names));
    if (labels) jsonSchema.enumDescriptions = values.map((value) => labels[value]);
  }
}

/** The schema's own message (every one in schema.ts is fixed text), as a sentence about the value. */
function messageOf(error: ((issue: object) => unknown) | undefined): string | undefined {
  let message: unknown;
  try {
    message = error?.({ code: "custom", input: undefined });
  } catch {
    return undefined;
  }
  const text = typeof message === "string" ? message : (message as { message?: unknown } | undefined)?.message;
  return typeof text === "string" ? `This value ${text}` : undefined;
}

// `npm run schemas` runs this file: it rewrites schemas/ at the project root.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const file of writeSchemaFiles(resolve("schemas"))) console.log(`Wrote ${file}`);
}
