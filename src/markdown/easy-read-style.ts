// Easy Read's two measurable rules, for `npm run validate` to warn about: sentences of at most 15 words, paragraphs of at most 3 sentences.
import MarkdownIt, { type Token } from "markdown-it";

export const EASY_READ_MAX_WORDS = 15;
export const EASY_READ_MAX_SENTENCES = 3;

const parser = new MarkdownIt({ html: false });

export interface EasyReadProblem {
  /** 1-based: the paragraph (or list item, or heading) in the text. */
  paragraph: number;
  /** 0-based: the line of the text the paragraph starts on. */
  line: number;
  message: string;
}

/** The sentences of a paragraph's words: each ends at ".", "!" or "?" followed by a space or the end. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?][)"'’”]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words are runs of text with a letter or digit in them; "20" and "co-ordinated" are one word each. */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every long sentence and every long paragraph, in the order they appear. @example easyReadProblems("One. Two. Three. Four.")[0].message */
export function easyReadProblems(source: string): EasyReadProblem[] {
  const problems: EasyReadProblem[] = [];
  let paragraph = 0;
  for (const token of parser.parse(source, {})) {
    if (token.type !== "inline") continue;
    paragraph += 1;
    const line = token.map?.[0] ?? 0;
    const sentences = sentencesOf(plainText(token.children ?? []));
    for (const sentence of sentences) {
      const words = wordCount(sentence);
      if (words > EASY_READ_MAX_WORDS) {
        problems.push({ paragraph, line, message: `paragraph ${paragraph} has a sentence of ${words} words ("${opening(sentence)}"); Easy Read keeps each sentence to ${EASY_READ_MAX_WORDS} words or fewer, with one idea in it. Split it into shorter sentences.` });
      }
    }
    if (sentences.length > EASY_READ_MAX_SENTENCES) {
      problems.push({ paragraph, line, message: `paragraph ${paragraph} has ${sentences.length} sentences ("${opening(sentences[0])}"); Easy Read keeps a paragraph to ${EASY_READ_MAX_SENTENCES} sentences or fewer. Leave a blank line to start a new paragraph.` });
    }
  }
  return problems;
}

/** The words a reader reads: link text and code kept, pictures' descriptions left out (they are not part of the sentence). */
function plainText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === "image") return " ";
      if (t.type === "softbreak" || t.type === "hardbreak") return "\n";
      return t.type === "text" || t.type === "code_inline" ? t.content : "";
    })
    .join("");
}

function opening(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : sentence;
}
