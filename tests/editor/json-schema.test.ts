// The JSON Schemas editors' tools read (src/model/json-schema.ts): they accept what the build accepts, reject what it rejects, and schemas/ is up to date.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { jsonSchema, jsonSchemaFor, SCHEMA_KINDS } from "../../src/model/json-schema.ts";
import { loadSourceFiles } from "../../src/model/load.ts";
import { FILE_KINDS, PARTNERSHIP_TYPES, PROTECTED_CHARACTERISTICS, SECTORS, type FileKind } from "../../src/model/schema.ts";
import { validate } from "../../src/model/validate.ts";
import { FIXTURE_DATA, PROJECT_ROOT } from "../helpers/data-folder.ts";
import { schemaVerdict } from "../helpers/json-schema-verdict.ts";


/** What the build says about one value: zod's issue codes, or [] when it passes. */
function buildVerdict(kind: FileKind, data: unknown): string[] {
  const result = FILE_KINDS[kind].safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.code);
}

test("there is one schema per kind of data file, and the published page lists the same kinds", () => {
  assert.equal(SCHEMA_KINDS, Object.keys(FILE_KINDS));
  const template = readFileSync(join(PROJECT_ROOT, "src/pages/schemas.njk"), "utf8");
  const frontMatter = parse(template.split(/^---$/m)[1]) as { kinds: string[]; permalink: string };
  assert.equal(frontMatter.kinds, SCHEMA_KINDS, "src/pages/schemas.njk paginates over every kind");
  assert.is(frontMatter.permalink, "/schemas/{{ kind }}.json");
});

test("every schema is draft-07, closed to unknown fields at every level, and requires what the contract requires", () => {
  for (const kind of SCHEMA_KINDS) {
    const schema = jsonSchemaFor(kind);
    assert.is(schema.$schema, "http://json-schema.org/draft-07/schema#");
    const visit = (node: Record<string, unknown>, at: string) => {
      if (node.type === "object") assert.is(node.additionalProperties, false, `${kind} ${at} allows unknown fields`);
      for (const child of Object.values((node.properties ?? {}) as Record<string, Record<string, unknown>>)) visit(child, `${at}.property`);
      if (node.items) visit(node.items as Record<string, unknown>, `${at}[]`);
    };
    visit(schema, kind);
  }
  assert.equal(jsonSchemaFor("site").required, ["title", "description", "url", "publisher"]);
  assert.equal(jsonSchemaFor("area").required, ["name"]);
  assert.equal(jsonSchemaFor("partnership").required, ["name", "area", "type", "summary"]);
  assert.equal(jsonSchemaFor("statement").required, ["partnership", "title", "signed", "statement"]);
});

test("fields with a default (language, quick_exit) are optional for the editor, and show the default", () => {
  const partnership = jsonSchemaFor("partnership") as { properties: Record<string, { default?: unknown }> };
  assert.is(partnership.properties.quick_exit.default, false);
  const site = jsonSchemaFor("site") as { required: string[]; properties: Record<string, { default?: unknown }> };
  assert.not.ok(site.required.includes("language"));
  assert.is(site.properties.language.default, "en-GB");
});

test("the editor shows the build's own messages and the plain-words names of choices", () => {
  const partnership = jsonSchemaFor("partnership") as { properties: Record<string, any> };
  const meeting = partnership.properties.meetings.items.properties;
  assert.is(meeting.date.patternErrorMessage, "This value must be a date written YYYY-MM-DD, e.g. 2018-11-06");
  assert.is(meeting.time.patternErrorMessage, "This value must be a time written HH:MM (24-hour), e.g. 18:30");
  assert.match(partnership.properties.area.patternErrorMessage, /is not a valid slug; use lower-case letters/);
  assert.equal(partnership.properties.type.enumDescriptions, Object.values(PARTNERSHIP_TYPES));
  assert.equal(partnership.properties.members.items.properties.sector.enumDescriptions, Object.values(SECTORS));
  const statement = jsonSchemaFor("statement") as { properties: Record<string, any> };
  assert.equal(statement.properties.protected_characteristics.items.enumDescriptions, Object.values(PROTECTED_CHARACTERISTICS));
  // An object's errorMessage would replace VS Code's "Property sumary is not allowed", so objects have none.
  assert.is(partnership.properties.contact.errorMessage, undefined);
  assert.is((jsonSchemaFor("partnership") as { errorMessage?: string }).errorMessage, undefined);
});

test("the schemas accept every file of the page fixture", () => {
  const { files, errors } = loadSourceFiles(FIXTURE_DATA, PROJECT_ROOT);
  assert.equal(errors, [], "the fixture loads");
  assert.equal(validate(files).errors, [], "the fixture passes the build's validation");
  assert.ok(files.length > 5);
  for (const file of files) assert.equal(schemaVerdict(file.kind, file.data), [], `${file.file} against schemas/${file.kind}.json`);
});

const PARTNERSHIP = { name: "Safer Ealing Partnership", area: "ealing", type: "partnership", summary: "Keeps Ealing safe." };
const STATEMENT = { partnership: "ealing-partners", title: "Statement", signed: "2020-01-15", statement: "We promise." };

const BAD_CASES: { name: string; kind: FileKind; data: unknown; keyword: string }[] = [
  { name: "an unknown field (a typo)", kind: "partnership", data: { ...PARTNERSHIP, sumary: "typo" }, keyword: "additionalProperties at /" },
  { name: "an unknown field in a list item", kind: "partnership", data: { ...PARTNERSHIP, members: [{ name: "Council", sector: "public", secter: "x" }] }, keyword: "additionalProperties at /members/0" },
  { name: "an unknown field in an area", kind: "area", data: { name: "Ealing", shortname: "Ealing" }, keyword: "additionalProperties at /" },
  { name: "a type that is not one of the list", kind: "partnership", data: { ...PARTNERSHIP, type: "borad" }, keyword: "enum at /type" },
  { name: "a sector that is not one of the list", kind: "partnership", data: { ...PARTNERSHIP, members: [{ name: "Council", sector: "publc" }] }, keyword: "enum at /members/0/sector" },
  { name: "a protected characteristic that is not in the Act", kind: "statement", data: { ...STATEMENT, protected_characteristics: ["religion"] }, keyword: "enum at /protected_characteristics/0" },
  { name: "a missing required field", kind: "partnership", data: { name: "X", area: "ealing", type: "board" }, keyword: "required at /" },
  { name: "a missing required field in a list item", kind: "partnership", data: { ...PARTNERSHIP, members: [{ name: "Council" }] }, keyword: "required at /members/0" },
  { name: "a missing date signed", kind: "statement", data: { ...STATEMENT, signed: undefined }, keyword: "required at /" },
  { name: "a date not written YYYY-MM-DD", kind: "statement", data: { ...STATEMENT, signed: "06/11/2018" }, keyword: "pattern at /signed" },
  { name: "a meeting date not written YYYY-MM-DD", kind: "partnership", data: { ...PARTNERSHIP, meetings: [{ date: "12 March 2025" }] }, keyword: "pattern at /meetings/0/date" },
  { name: "a time not written HH:MM", kind: "partnership", data: { ...PARTNERSHIP, meetings: [{ date: "2025-03-12", time: "6:30pm" }] }, keyword: "pattern at /meetings/0/time" },
  { name: "a name over 150 characters", kind: "partnership", data: { ...PARTNERSHIP, name: "a".repeat(151) }, keyword: "maxLength at /name" },
  { name: "a summary over 300 characters", kind: "partnership", data: { ...PARTNERSHIP, summary: "a".repeat(301) }, keyword: "maxLength at /summary" },
  { name: "an empty name", kind: "area", data: { name: "" }, keyword: "minLength at /name" },
  { name: "a slug with capitals", kind: "partnership", data: { ...PARTNERSHIP, area: "Ealing" }, keyword: "pattern at /area" },
  { name: "an empty list", kind: "partnership", data: { ...PARTNERSHIP, priorities: [] }, keyword: "minItems at /priorities" },
  { name: "quick_exit that is not true or false", kind: "partnership", data: { ...PARTNERSHIP, quick_exit: "yes" }, keyword: "type at /quick_exit" },
  { name: "a list written as one value", kind: "partnership", data: { ...PARTNERSHIP, related: "ealing-partners" }, keyword: "type at /related" },
  { name: "a document size of 0", kind: "statement", data: { ...STATEMENT, document: { title: "Signed copy", url: "/s.pdf", format: "PDF", size_kb: 0 } }, keyword: "exclusiveMinimum at /document/size_kb" },
  { name: "a site without a publisher", kind: "site", data: { title: "T", description: "D", url: "https://example.gov.uk" }, keyword: "required at /" },
];

for (const { name, kind, data, keyword } of BAD_CASES) {
  test(`the schema and the build both reject ${name}`, () => {
    assert.ok(buildVerdict(kind, data).length > 0, "the build rejects it");
    assert.ok(schemaVerdict(kind, data).includes(keyword), `the schema rejects it with ${keyword}; got: ${schemaVerdict(kind, data).join(", ") || "nothing"}`);
  });
}

test("the good cases next to the bad ones pass both", () => {
  for (const [kind, data] of [["partnership", PARTNERSHIP], ["statement", STATEMENT], ["partnership", { ...PARTNERSHIP, established: 2002 }]] as const) {
    assert.equal(buildVerdict(kind, data), []);
    assert.equal(schemaVerdict(kind, data), []);
  }
});

test("schemas/ at the project root is what `npm run schemas` writes now (run it after changing src/model/schema.ts)", () => {
  const dir = join(PROJECT_ROOT, "schemas");
  assert.equal(readdirSync(dir).sort(), SCHEMA_KINDS.map((kind) => `${kind}.json`).sort(), "schemas/ holds one file per kind and nothing else");
  for (const kind of SCHEMA_KINDS) {
    assert.ok(readFileSync(join(dir, `${kind}.json`), "utf8") === jsonSchema(kind), `schemas/${kind}.json is stale: run npm run schemas`);
  }
});

test.run();
