// The quick YAML read (src/model/fast-yaml.ts) must give exactly what the `yaml` library gives, or step aside for it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stringify } from "yaml";
import { generateSite } from "../../scripts/bench/generate.ts";
import { readYamlQuickly } from "../../src/model/fast-yaml.ts";
import { parseWithPositions, readYaml } from "../../src/model/load.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** What the reference parser makes of the text (the values the build used before the quick read existed). */
function reference(text: string): unknown {
  const { document } = parseWithPositions(text);
  assert.equal(document.errors, [], `the reference parser rejected:\n${text}`);
  return document.toJS({ maxAliasCount: 100 });
}

function expectSame(text: string): void {
  const quick = readYamlQuickly(text);
  assert.ok(quick, `the quick read stepped aside for:\n${text}`);
  assert.equal(quick.data, reference(text), `values differ for:\n${text}`);
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml")).map((f) => join(dir, f));
}

test("gives the same values as the yaml library for every file of the test fixtures", () => {
  // Language files are left out: a word whose placeholder comes before a colon ("{site}: updates") looks like a set of fields
  // used as a key to the quick read's guard, so it steps aside and the yaml library reads them (the test below shows it).
  const files = ["data", "westshire", "multilingual"].flatMap((fixture) => yamlFilesUnder(join(ROOT, "tests", "fixtures", fixture))).filter((file) => !file.includes("/languages/"));
  assert.ok(files.length >= 30, `expected the fixtures' data files, found ${files.length}`);
  for (const file of files) expectSame(readFileSync(file, "utf8"));
});

test("steps aside for a language file's placeholder before a colon, which the yaml library then reads", () => {
  const text = 'feed_title: "{site}: updates"\n';
  assert.is(readYamlQuickly(text), undefined);
  assert.equal(reference(text), { feed_title: "{site}: updates" });
});

test("gives the same values for a generated site of 300 partnerships", () => {
  const site = generateSite({ partnerships: 300, today: "2026-11-27", seed: 7 });
  const documents = [site.site, ...site.areas.map((a) => a.data), ...site.partnerships.map((p) => p.data), ...site.statements.map((s) => s.data)];
  for (const data of documents) expectSame(stringify(data, { lineWidth: 0 }));
});

test("reads scalars as YAML 1.2 does, not as YAML 1.1", () => {
  const scalars = [
    "1_000", "0b101", "0o17", "0x1F", "017", "1e3", ".5", "+1", "-2.50", "1.", "-.inf", ".NaN", ".nan",
    "yes", "no", "on", "off", "y", "n", "~", "null", "Null", "NULL", "nULL", "True", "tRUE", "FALSE",
    "2026-01-01", "2026-01-01T10:00:00Z", "12:30", "1:30:00", "0:30", "'quoted: yes'", '"tab\\there"', '"caf\\u00e9"',
    "!!str 123", "value #comment", "value#not-a-comment", "[a, 1, true]", "{x: 1, y: [2]}", "",
  ];
  for (const scalar of scalars) expectSame(`field: ${scalar}\n`);
  expectSame("text: >\n  folded\n  lines\n\n  kept\nlit: |-\n  one\n  two\nkeep: |+\n  end\n\nafter: 1\n");
  expectSame("# yaml-language-server: $schema=../schemas/partnership.json\nname: R&D Board\nbody: Some **bold** and *emphasis* text\nitems:\n  - '* quoted star'\n");
});

test("steps aside for anchors, aliases, directives, duplicate keys and invalid YAML, so the yaml library reports them", () => {
  for (const text of [
    "a: &base {x: 1}\nb: *base\n",
    "%YAML 1.1\n---\nfield: yes\n",
    "name: One\nname: Two\n",
    "name: [unclosed\n",
    "name: \"unclosed\n",
    "a:\n\t- tab indented\n",
    "---\na: 1\n---\nb: 2\n",
  ]) {
    assert.is(readYamlQuickly(text), undefined, `should have stepped aside for:\n${text}`);
  }
});

/** What a data file reads as, quick reader first or the reference parser alone: values, or the problems (with lines). */
function outcome(text: string, quick: boolean): unknown {
  const result = readYaml(text, { quick });
  return "problems" in result ? { problems: result.problems } : { data: result.data };
}

// Hostile and malformed files: each must be accepted with the same values, or rejected with the same problems, both ways.
const HOSTILE = [
  "name: a\u0001b\n",
  "name: \"a\\x01b\"\n",
  "name: a\u001bb\nsummary: \u007f\n",
  "name: \"\\uFFFE\"\n",
  "name: \"\\uD800\"\n",
  "name: \u200b\u200b\n",
  "name: x\u2028y\n",
  "a: 1\n---\nb: 2\n",
  "---\na: 1\n...\n---\nb: 2\n",
  "a: 1\n...\n",
  "%YAML 1.1\n---\nsigned: 2020-01-01\nq: yes\n",
  "%YAML 1.2\n---\nsigned: 2020-01-01\n",
  "%TAG !e! tag:example.com,2000:\n---\nname: !e!thing x\n",
  "signed: !!timestamp 2020-01-01\n",
  "name: !!js/function 'function () {}'\n",
  "name: !!js/undefined ''\n",
  "name: !custom x\n",
  "name: !secret\n",
  "name: !!binary aGVsbG8=\n",
  "items: !!set {a, b}\n",
  "items: !!omap [a: 1]\n",
  "name: !!str 12\ncount: !!int '7'\nflag: !!bool true\n",
  "name: ! 12\n",
  "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
  `a: !!str &a x\nb: [${Array(150).fill("*a").join(", ")}]\n`,
  "a: &a x\nb: *a\n",
  "a: *missing\n",
  "description: *emphasis* at the start\n",
  "<<: {a: 1}\nb: 2\n",
  "name: One\nname: Two\n",
  "{a: 1, a: 2}\n",
  "a:\n  b: 1\n  b: 2\n",
  `name: ${"[".repeat(150)}${"]".repeat(150)}\n`,
  `name: ${"[".repeat(3000)}${"]".repeat(3000)}\n`,
  "name: [unclosed\n",
  "name: 'it''s'\nsummary: \"tab\\there\"\n",
  "\ufeffname: with a byte order mark\n",
  "name: a\r\nsummary: b\r\n",
  "name: a\rsummary: b\r",
  "? [complex, key]\n: value\n",
  "key with spaces: 1\n\"quoted key\": 2\n",
  "name: \"\\U0001F600\"\n",
  "",
  "# only a comment\n",
  "- a list\n- not a map\n",
  "just a scalar\n",
  "~\n",
];

test("the quick reader and its fallback accept and reject exactly the same hostile files", () => {
  for (const text of HOSTILE) assert.equal(outcome(text, true), outcome(text, false), `differs for:\n${JSON.stringify(text).slice(0, 200)}`);
});

test("hostile files that must be rejected are rejected both ways, with a line", () => {
  const rejected = HOSTILE.filter((text) => "problems" in readYaml(text, { quick: false }));
  for (const text of [HOSTILE[7], HOSTILE[10], HOSTILE[13], HOSTILE[14], HOSTILE[16], HOSTILE[23], HOSTILE[24], HOSTILE[29], HOSTILE[33]]) {
    assert.ok(rejected.includes(text), `accepted:\n${text.slice(0, 200)}`);
    const result = readYaml(text);
    assert.ok("problems" in result && result.problems[0].line !== undefined, `no line for:\n${text.slice(0, 200)}`);
  }
});

test.run();
