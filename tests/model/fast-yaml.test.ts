// The quick YAML read (src/model/fast-yaml.ts) must give exactly what the `yaml` library gives, or step aside for it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stringify } from "yaml";
import { generateSite } from "../../scripts/bench/generate.ts";
import { readYamlQuickly } from "../../src/model/fast-yaml.ts";
import { parseWithPositions } from "../../src/model/load.ts";

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

test("gives the same values as the yaml library for every default data file and test fixture", () => {
  const files = [...yamlFilesUnder(join(ROOT, "_data")), ...yamlFilesUnder(join(ROOT, "tests", "fixtures", "data"))];
  assert.ok(files.length >= 30, `expected the default content and fixtures, found ${files.length} files`);
  for (const file of files) expectSame(readFileSync(file, "utf8"));
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

test.run();
