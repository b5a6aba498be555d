// A quick first read of a data file with js-yaml (about ten times faster than the `yaml` library), giving the same values the `yaml` library gives.
import { FAILSAFE_SCHEMA, load, Type, type Schema } from "js-yaml";

// YAML 1.2 core schema scalars, written out as the `yaml` library (and the YAML 1.2 spec) resolves them. js-yaml's own
// CORE_SCHEMA also reads YAML 1.1 forms such as 1_000 and 0b101 as numbers, which `yaml` keeps as text.
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

const yaml12Core: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s: string) => NULL.test(s), construct: () => null, predicate: (v) => v === null }),
    new Type("tag:yaml.org,2002:bool", { kind: "scalar", resolve: (s: string) => BOOL.test(s), construct: (s: string) => s.toLowerCase() === "true", predicate: (v) => typeof v === "boolean" }),
    new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (s: string) => INT.test(s) || OCTAL.test(s) || HEX.test(s),
      construct: (s: string) => (OCTAL.test(s) ? parseInt(s.slice(2), 8) : HEX.test(s) ? parseInt(s.slice(2), 16) : Number(s)),
      predicate: (v) => Number.isInteger(v),
    }),
    new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (s: string) => FLOAT.test(s) || INFINITY.test(s) || NAN.test(s),
      construct: (s: string) => (NAN.test(s) ? NaN : INFINITY.test(s) ? (s.startsWith("-") ? -Infinity : Infinity) : Number(s)),
      predicate: (v) => typeof v === "number",
    }),
  ],
});

// Anchors and aliases (the `yaml` library caps how far they expand) and directives (%YAML changes the schema, %TAG the tags)
// are left to the `yaml` library, as is every file js-yaml cannot read (unknown tags, duplicate keys, several documents,
// raw control characters), so its checks, error messages and positions are the ones editors see.
// An anchor or alias can only start a node: at the start of a line, or after ":", "-", "?", ",", "[" or "{".
// A carriage return on its own is a line break to js-yaml but not to the `yaml` library, so such a file is left to the latter;
// so is a list or a set of fields used as a key ("? [a]" or "[a]: b"), which the two write differently (and which is never a field).
// Markdown *emphasis* inside a sentence does not match; a line that starts with it does, and is simply read the slow way.
const NEEDS_REFERENCE_PARSER = /(?:^|[:?,[{-])[ \t]*[&*][^\s,\]}]|^%|\r(?!\n)|(?:^|[:,[{-])[ \t]*\?(?:[ \t]|$)|[\]}][ \t]*:/m;

/** The file's values, or undefined when the file must be read by the `yaml` library instead (it may be invalid, or use anchors). */
export function readYamlQuickly(text: string): { data: unknown } | undefined {
  if (NEEDS_REFERENCE_PARSER.test(text)) return undefined;
  try {
    return { data: load(text, { schema: yaml12Core }) };
  } catch {
    return undefined;
  }
}
