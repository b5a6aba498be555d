// Letters of a script that a field's language does not use, with nothing marking them: found by `npm run validate` before the gate's language check fails the page.
import type { Token } from "markdown-it";
import { isLanguageTag } from "../language/tag.ts";
import { exampleLanguage, scriptName, unmarkedLetters } from "../language/scripts.ts";
import { markdownIt } from "../markdown/markdown-it.ts";
import { fieldPath, type DataError } from "./data-error.ts";
import type { SourceFile } from "./load.ts";

/** The fields written in Markdown, by name; every other text field is plain text. */
const MARKDOWN_FIELDS = new Set(["description", "priorities", "body", "items", "statement", "commitments", "easy_read"]);

interface Found {
  /** 0-based line in a Markdown text. */
  line: number;
  text: string;
  script: string;
  /** The language the letters are marked with, or the field's. */
  under: string;
}

/** One warning per field whose text has letters its language does not use, unmarked; a file's (or a translation's) `language` is the language of what it holds. */
export function unmarkedScriptWarnings(files: SourceFile[]): DataError[] {
  const site = files.find((f) => f.kind === "site")?.data as { language?: unknown } | undefined;
  const siteLanguage = typeof site?.language === "string" && isLanguageTag(site.language) ? site.language : "en-GB";
  const warnings: DataError[] = [];
  for (const source of files) {
    if (source.kind === "site" || source.kind === "accessibility") continue;
    const visit = (value: unknown, path: (string | number)[], language: string, markdown: boolean) => {
      if (typeof value === "string") {
        const found = markdown ? unmarkedInMarkdown(value, language) : unmarkedInText(value, language);
        if (found) warnings.push(warning(source, path, value, language, markdown, found));
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => visit(item, [...path, i], language, markdown));
      } else if (value && typeof value === "object") {
        const own = (value as { language?: unknown }).language;
        const inner = typeof own === "string" && isLanguageTag(own) ? own : language;
        for (const [key, item] of Object.entries(value)) if (key !== "language") visit(item, [...path, key], inner, MARKDOWN_FIELDS.has(key));
      }
    };
    visit(source.data, [], siteLanguage, false);
  }
  return warnings;
}

function unmarkedInText(text: string, language: string): Found | undefined {
  const found = unmarkedLetters(text, language);
  return found && { line: 0, text: text.slice(found.index), script: found.script, under: language };
}

/** The first unmarked letters in Markdown, read as the page will have them: inside [words]{lang=…} (or a block's {lang=…}) they take that language. */
function unmarkedInMarkdown(source: string, language: string): Found | undefined {
  if (!unmarkedLetters(source, language)) return undefined;
  let found: Found | undefined;
  const visit = (tokens: Token[], outer: string, line: number) => {
    const open: string[] = [outer];
    for (const token of tokens) {
      if (found) return;
      const at = token.map ? token.map[0] : line;
      const current = open[open.length - 1];
      const lang = token.attrGet("lang");
      const own = typeof lang === "string" ? lang : current;
      if (token.nesting === 1) open.push(own);
      else if (token.nesting === -1 && open.length > 1) open.pop();
      if (token.children) visit(token.children, own, at);
      else if (token.type === "text" || token.type === "code_inline" || token.type === "code_block" || token.type === "fence") {
        const letters = unmarkedLetters(token.content, own);
        if (letters) found = { line: at, text: token.content.slice(letters.index), script: letters.script, under: own };
      }
    }
  };
  visit(markdownIt.parse(source, { headingLevel: 2 }), language, 0);
  return found;
}

function warning(source: SourceFile, path: (string | number)[], value: string, language: string, markdown: boolean, found: Found): DataError {
  const at = source.locate(path);
  const start = found.text.replace(/\s+/g, " ").trim();
  const shown = start.length > 30 ? `${start.slice(0, 30)}…` : start;
  const { tag, name } = exampleLanguage(found.script);
  const fix = markdown
    ? `mark the passage with [${shown}]{lang=${tag}} (${tag} is ${name}; use its own language's tag)`
    : "a text field cannot mark a part of itself: write it in the file's language, or move those words into a Markdown field such as description and mark them there";
  return {
    file: source.file,
    ...(at && { line: markdown && value.includes("\n") ? at.line + 1 + found.line : at.line }),
    field: fieldPath(path),
    message: `has letters in the ${scriptName(found.script)} script ("${shown}"), which ${found.under === language ? "its language" : "the language marked around them"} (${found.under}) is not written in, and nothing marks them, so a screen reader would read them in the wrong voice and the page check will fail. Either ${fix}; or, if all of this file's words are in that language, add language: ${tag} to the file`,
  };
}
