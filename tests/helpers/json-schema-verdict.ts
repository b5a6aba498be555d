// What the published JSON Schemas (the editors' VS Code checks) say about a data value, with Ajv.
import { createRequire } from "node:module";
import { jsonSchemaFor, SCHEMA_KINDS } from "../../src/model/json-schema.ts";
import type { FileKind } from "../../src/model/schema.ts";

// Ajv comes with html-validate (a devDependency); it is loaded by path so the type-check does not depend on it.
interface AjvError { keyword: string; instancePath: string; params: Record<string, unknown> }
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
const require = createRequire(import.meta.url);
const Ajv = require("ajv") as new (options: object) => { addVocabulary(words: string[]): void; compile(schema: object): Validator };
const ajv = new Ajv({ allErrors: true, strict: true, validateFormats: false });
// The VS Code extensions to JSON Schema the generator adds; Ajv's strict mode rejects words it does not know.
ajv.addVocabulary(["errorMessage", "patternErrorMessage", "enumDescriptions"]);
const validators = Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, ajv.compile(jsonSchemaFor(kind))])) as Record<FileKind, Validator>;

/** What the JSON Schema says about one data value: the keywords that failed, or [] when it passes. */
export function schemaVerdict(kind: FileKind, data: unknown): string[] {
  const check = validators[kind];
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.keyword} at ${e.instancePath || "/"}`);
}
