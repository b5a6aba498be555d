// What any text in a data file may hold: no control characters, noncharacters or lone surrogates, and something visible.
import { describe } from "./urls.ts";

// C0 and C1 controls and DEL; Markdown keeps tab, line feed and carriage return.
const CONTROL = /\p{Cc}/u;
const MARKDOWN_CONTROL = /[^\P{Cc}\t\n\r]/u;
// Unicode line and paragraph separators break a line as surely as a line feed does.
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
// Noncharacters (U+FDD0 to U+FDEF, and the last two code points of every plane) and lone surrogates.
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Characters that show nothing: spaces, zero-width and other default-ignorable characters, and the blank Braille pattern.
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2800]/u;

/**
 * What is wrong with one text value, or undefined when nothing is.
 * @example textProblem("Board\u001b", { lines: "one" }) → "has a control character (U+001B) at character 6; …"
 */
export function textProblem(value: string, { lines }: { lines: "one" | "many" }): string | undefined {
  const at = (match: RegExpExecArray) => `at character ${[...value.slice(0, match.index)].length + 1}`;
  if (lines === "one") {
    const lineBreak = LINE_BREAK.exec(value);
    if (lineBreak) return `has a line break (${at(lineBreak)}); this field is plain text on one line, so write it without | or > and join the lines`;
  }
  const control = (lines === "one" ? CONTROL : MARKDOWN_CONTROL).exec(value);
  if (control) return `has a control character (${describe(control[0])}, ${at(control)}), which cannot be shown; delete it (it often comes from copying text out of another program)`;
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `has half of a character (${describe(lone[0])}, ${at(lone)}), which cannot be shown; type the character again`;
  const nonCharacter = NONCHARACTER.exec(value);
  if (nonCharacter) return `has ${describe(nonCharacter[0])} (${at(nonCharacter)}), which is not a character; delete it`;
  return undefined;
}

/** True when the text shows something: not only spaces or zero-width characters. */
export function isVisible(value: string): boolean {
  return VISIBLE.test(value);
}
