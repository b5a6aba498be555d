// Passages in another language, written [words]{lang=bn}: markdown-it-bracketed-spans and markdown-it-attrs (lang only) mark them, and every other {…} attribute is found so the build can name it.
import MarkdownItCallable, { type MarkdownIt, type Token } from "markdown-it";
import markdownItAttrs from "markdown-it-attrs";
import markdownItBracketedSpans from "markdown-it-bracketed-spans";
import { isLanguageTag, textDirection } from "../language/tag.ts";

// Both plugins type themselves against older markdown-it typings; they take the instance as markdown-it 15 gives it.
const spans = markdownItBracketedSpans as unknown as (md: MarkdownIt) => void;
const attrs = markdownItAttrs as unknown as (md: MarkdownIt, options?: { allowedAttributes?: string[] }) => void;

/**
 * Adds the passage syntax to a markdown-it instance: `lang` is the only attribute it sets, with `dir="rtl"` beside a right-to-left language,
 * and `dir="ltr"` beside a left-to-right one inside text that runs right to left (`env.language`, the text's own language), which it would inherit.
 */
export function markLanguagePassages(md: MarkdownIt): void {
  md.use(spans).use(attrs, { allowedAttributes: ["lang"] });
  md.core.ruler.push("language_direction", (state) => {
    const outer = typeof state.env?.language === "string" && isLanguageTag(state.env.language) ? textDirection(state.env.language) : "ltr";
    visit(state.tokens, (token) => {
      const lang = token.attrGet("lang");
      if (typeof lang !== "string" || !isLanguageTag(lang)) return;
      const direction = textDirection(lang);
      if (direction === "rtl" || outer === "rtl") token.attrSet("dir", direction);
    });
  });
}

function visit(tokens: Token[], each: (token: Token, line: number) => void, line = 0): void {
  for (const token of tokens) {
    const at = token.map ? token.map[0] : line;
    each(token, at);
    if (token.children) visit(token.children, each, at);
  }
}

/** The attributes Markdown itself gives a token; any other attribute came from an editor's braces. */
const MARKDOWN_ATTRIBUTES: Record<string, (name: string, value: string) => boolean> = {
  link_open: (name) => name === "href" || name === "title",
  image: (name) => name === "src" || name === "alt" || name === "title",
  ordered_list_open: (name) => name === "start",
  th_open: (name, value) => name === "style" && /^text-align:(left|right|center)$/.test(value),
  td_open: (name, value) => name === "style" && /^text-align:(left|right|center)$/.test(value),
};

// Reads every attribute an editor wrote in braces, allowed or not, and keeps links as written.
const permissive = new MarkdownItCallable({ html: false }).use(spans).use(attrs);
permissive.validateLink = () => true;

export interface PassageProblem {
  /** 0-based line in the Markdown text. */
  line: number;
  message: string;
}

const ONLY_LANG = "the only thing braces may hold is the language of a passage, written [words]{lang=bn}";

/** One problem per attribute in braces that is not a valid `lang`. @example markdownPassageProblems("x {.big}")[0].message → 'has {.big} …' */
export function markdownPassageProblems(source: string): PassageProblem[] {
  if (!source.includes("{")) return [];
  const problems: PassageProblem[] = [];
  visit(permissive.parse(source, {}), (token, line) => {
    for (const [name, raw] of token.attrs ?? []) {
      const value = String(raw);
      if (MARKDOWN_ATTRIBUTES[token.type]?.(name, value)) continue;
      if (name !== "lang") problems.push({ line, message: `has ${written(name, value)} in braces, which is not allowed: ${ONLY_LANG} (a class, an id or any other attribute cannot be set). Remove it, or write { and } as \\{ and \\} to show them as text` });
      else if (!isLanguageTag(value)) problems.push({ line, message: `has {lang=${value}}, but "${value}" is not a BCP 47 language tag; use one such as bn (Bengali), ur (Urdu), pa (Punjabi) or pl (Polish)` });
    }
  });
  return problems;
}

function written(name: string, value: string): string {
  if (name === "class") return `{.${value}}`;
  if (name === "id") return `{#${value}}`;
  return value === "" ? `{${name}}` : `{${name}=${value}}`;
}
