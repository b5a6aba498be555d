// The schema of _data/languages/<tag>.yaml, made from the catalogue: every key, none other, each placeholder kept.
import { z } from "zod";
import { isVisible, textProblem } from "../model/text-rules.ts";
import { placeholders, WORD_KEYS, WORDS, type WordKey, type Words } from "./words.ts";

/** One key's translation: plain text on one line that keeps every `{placeholder}` of the English words and adds none. */
function translationOf(key: WordKey) {
  const english = WORDS[key];
  const wanted = placeholders(english);
  return z
    .string({ error: `must be text: the words for "${english}" in this language` })
    .trim()
    .min(1, { error: `must not be empty; write the words for "${english}" in this language` })
    .superRefine((value, ctx) => {
      const problem = textProblem(value, { lines: "one" }) ?? (isVisible(value) ? undefined : "has nothing visible in it (only spaces or zero-width characters)");
      if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
      const found = placeholders(value);
      for (const name of wanted.filter((p) => !found.includes(p))) {
        ctx.addIssue({ code: "custom", input: value, message: `has lost the placeholder {${name}}; keep it, in braces and in English, where the ${name.replace(/_/g, " ")} goes in this language (the English is "${english}")` });
      }
      for (const name of found.filter((p) => !wanted.includes(p))) {
        const known = wanted.length ? `; this text has only ${wanted.map((p) => `{${p}}`).join(", ")}` : "; this text has no placeholders";
        ctx.addIssue({ code: "custom", input: value, message: `has the placeholder {${name}}, which the site does not fill in here${known} (the English is "${english}")` });
      }
    })
    // What the editor shows while typing: the English words to translate, and the placeholders to keep.
    .meta({
      description: `In English: ${english}`,
      ...(wanted.length > 0 && {
        pattern: `^${wanted.map((name) => `(?=[\\s\\S]*\\{${name}\\})`).join("")}`,
        patternErrorMessage: `Keep ${wanted.map((name) => `{${name}}`).join(" and ")} as written, in braces and in English: the site puts the value there`,
      }),
    });
}

/** _data/languages/<tag>.yaml: the interface's words in one language, a value for every key of the catalogue. */
export const languageFileSchema = z.strictObject(
  Object.fromEntries(WORD_KEYS.map((key) => [key, translationOf(key)])) as { [K in WordKey]: ReturnType<typeof translationOf> },
  { error: "must be a set of fields (key: words in this language)" },
);

export type LanguageFileData = Words;
