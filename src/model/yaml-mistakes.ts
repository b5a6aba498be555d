// The common YAML mistakes editors make (indentation, a list entry without "-", no space after ":", an unclosed quote), told in plain words at the line where they are.

export interface YamlMistake {
  line: number;
  column: number;
  message: string;
}

interface Line {
  number: number;
  indent: number;
  /** The line without its indentation. */
  text: string;
  /** The field name, when the line is `name: …` or `- name: …`. */
  key?: string;
  item: boolean;
  /** Where the field's name starts: past a list entry's "- ". */
  keyIndent: number;
  /** The line's field has no value on the line itself, so the lines below may be indented under it. */
  opens: boolean;
}

const KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+|$)/;
const BLOCK_SCALAR = /:[ \t]+[|>][+-]?\d?[ \t]*(#.*)?$/;

/**
 * The first common mistake in a file the YAML parser rejected, explained, with the parser's own words after it; undefined when it is none of them.
 * @example yamlMistake("name: X\n  area: y\n", "Nested mappings are not allowed in compact mappings", 1)?.line → 2
 */
export function yamlMistake(text: string, parserWords: string, parserLine: number): YamlMistake | undefined {
  const quote = /Missing closing/.test(parserWords);
  const found = firstMistake(text, quote);
  // The parser stops at the mistake or on the line above it; one found further down is not the mistake it met.
  if (!found || (!quote && found.line > parserLine + 1)) return undefined;
  return { ...found, message: `${found.message} (the YAML parser says: ${parserWords})` };
}

function firstMistake(text: string, unclosedQuote: boolean): YamlMistake | undefined {
  const lines = meaningfulLines(text);
  if (unclosedQuote) {
    for (const line of lines) {
      const value = /^(?:- +)?(?:[A-Za-z_][\w-]*:[ \t]+)?(["'])/.exec(line.text);
      if (value && !closes(line.text.slice(value[0].length), value[1])) {
        const where = line.key ? `"${line.key}:"` : "this list entry";
        return { line: line.number, column: line.indent + value[0].length, message: `the quote (${value[1]}) that starts the text of ${where} is never closed: end the text with ${value[1]} on the same line, or leave the quotes out` };
      }
    }
  }
  for (const line of lines) {
    const squashed = /^(?:- +)?([A-Za-z_][\w-]*):([^\s:/][^\s]*)/.exec(line.text);
    if (!line.key && squashed) {
      return { line: line.number, column: line.indent + 1, message: `"${short(squashed[0])}" needs a space after the colon: write "${squashed[1]}: ${short(squashed[2])}"` };
    }
  }
  // The indentation of each open level: a field's siblings share it, and only a line below a field with no value of its own may go deeper.
  const levels: { indent: number; list: boolean; line: Line }[] = [];
  const open = (line: Line) => {
    if (!line.item || levels.at(-1)?.indent !== line.indent) levels.push({ indent: line.indent, list: line.item, line });
    if (line.item && line.key) levels.push({ indent: line.keyIndent, list: false, line });
  };
  let previous: Line | undefined;
  for (const line of lines) {
    if (!previous || (previous.opens && line.indent > previous.indent)) {
      open(line);
      previous = line;
      continue;
    }
    const deeper = levels.filter((l) => l.indent > line.indent);
    const top = levels.at(-1);
    while (levels.length > 0 && levels.at(-1)!.indent > line.indent) levels.pop();
    const here = levels.at(-1);
    if (here && here.indent === line.indent) {
      if (here.list && !line.item && !line.key) {
        return { line: line.number, column: line.indent + 1, message: `"${short(line.text)}" is in the list that starts on line ${here.line.number}, but does not start with "- ": write "- " before it, lined up with the other entries` };
      }
      if (line.item) open(line);
    } else if (line.key && deeper.length > 0) {
      const sibling = deeper.at(-1)!;
      return {
        line: line.number,
        column: line.indent + 1,
        message: `"${line.key}:" is indented by ${spaces(line.indent)}, less than the fields it follows (${spaces(sibling.indent)}, from line ${sibling.line.number}) and more than the ones before them (${spaces(here?.indent ?? 0)}): line it up with the fields it belongs with`,
      };
    } else if (line.key && top && line.indent > top.indent && previous.key) {
      return {
        line: line.number,
        column: line.indent + 1,
        message: `"${line.key}:" is indented by ${spaces(line.indent)}, more than "${previous.key}:" on line ${previous.number} (${spaces(previous.keyIndent)}), which already has its value: start it where "${previous.key}:" starts`,
      };
    }
    previous = line;
  }
  return undefined;
}

/** The file's lines that hold fields or list entries: no blank lines, no comments, nothing inside a `|` or `>` block. */
function meaningfulLines(text: string): Line[] {
  const out: Line[] = [];
  let block: number | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (block !== undefined && (content === "" || indent > block)) return;
    block = undefined;
    if (content === "" || content.startsWith("#") || content === "---" || content.startsWith("%")) return;
    const item = content === "-" || content.startsWith("- ");
    const rest = item ? content.replace(/^-\s*/, "") : content;
    const keyIndent = item ? indent + (content.length - rest.length) : indent;
    const key = KEY.exec(rest)?.[1];
    const value = key ? rest.slice(rest.indexOf(":") + 1).trim() : rest;
    if (key && BLOCK_SCALAR.test(rest)) block = indent;
    out.push({ number: i + 1, indent, text: content, key, item, keyIndent, opens: (key !== undefined && (value === "" || value.startsWith("#"))) || (item && rest === "") });
  });
  return out;
}

/** A quoted value closes on its own line: `'` doubled inside single quotes, `\"` escaped inside double ones. */
function closes(rest: string, quote: string): boolean {
  const pattern = quote === '"' ? /^(?:[^"\\]|\\.)*"/ : /^(?:[^']|'')*'/;
  return pattern.test(rest);
}

/** A line's text as quoted in a message: at most 40 characters. */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const spaces = (n: number) => `${n} space${n === 1 ? "" : "s"}`;
