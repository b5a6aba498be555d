// `npm run new language <tag>`: writes _data/languages/<tag>.yaml with every key of the catalogue and its English words as the value, to translate.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { nameInItself } from "../../src/language/translation.ts";
import { isLanguageTag } from "../../src/language/tag.ts";
import { WORD_KEYS, WORDS } from "../../src/language/words.ts";
import { loadSourceFiles } from "../../src/model/load.ts";
import type { Outcome } from "../new.ts";

/** Writes the language file for `tag`, or says why not; nothing is written over an existing file. */
export function newLanguage(tag: string | undefined, extra: string[], { dataDir, rootDir }: { dataDir: string; rootDir: string }): Outcome {
  const fail = (...lines: string[]): Outcome => ({ exitCode: 1, lines });
  if (!tag) return fail("Give the language's BCP 47 tag, e.g. npm run new language bn (Bengali), ur (Urdu), pl (Polish), pa (Punjabi), so (Somali), tr (Turkish) or ar (Arabic).");
  if (extra.length > 0) return fail(`Only one language tag can follow "language", but there is also: ${extra.join(" ")}. Make one file at a time.`);
  if (!isLanguageTag(tag)) return fail(`"${tag}" is not a BCP 47 language tag. Use the language's code, e.g. bn for Bengali, ur for Urdu, pl for Polish, or pa-Arab for Punjabi written in Shahmukhi.`);
  const canonical = Intl.getCanonicalLocales(tag)[0];
  if (canonical !== tag) return fail(`Write the tag as ${canonical}: it names the file and the pages' addresses (npm run new language ${canonical}).`);
  const site = loadSourceFiles(dataDir, rootDir).files.find((f) => f.kind === "site");
  const siteLanguage = String((site?.data as { language?: unknown } | undefined)?.language ?? "en-GB");
  if (isLanguageTag(siteLanguage) && new Intl.Locale(siteLanguage).language === new Intl.Locale(tag).language) {
    return fail(`${tag} is the site's own language (site.yaml's language is ${siteLanguage}); its words are the project's own and need no file.`);
  }
  const target = join(dataDir, "languages", `${tag}.yaml`);
  const where = relative(rootDir, target);
  if (existsSync(target)) return fail(`${where} already exists. Open it to change the words, or delete it first to start again.`);

  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, languageFileText(tag), { flag: "wx" });
  return {
    exitCode: 0,
    file: where,
    lines: [
      `Created ${where}, with the ${WORD_KEYS.length} words the site shows around a translated statement, each still in English.`,
      `Next: have a translator replace each value with the words in ${englishName(tag)} (${nameInItself(tag)}); keep every {placeholder} as it is, in English.`,
      `Then add a translation to a statement (translations: - language: ${tag}) and run npm run validate: it lists each value still in English.`,
    ],
  };
}

/** The file: the schema comment, what to do, then each key with its English words (double-quoted, as YAML and JSON both read them). */
export function languageFileText(tag: string): string {
  return [
    "# yaml-language-server: $schema=../../schemas/language.json",
    `# The site's words in ${englishName(tag)} (${nameInItself(tag)}), around every statement translated into it. Made with npm run new language ${tag}.`,
    "# Replace each value (the words after the colon, in quotes) with the same words in this language.",
    "# Keep every {placeholder} as it is, in English and in braces: the site puts a name, a date or a link there.",
    "# EDITING.md (Add a language) says who should translate, and what to check.",
    "",
    ...WORD_KEYS.map((key) => `${key}: ${JSON.stringify(WORDS[key])}`),
    "",
  ].join("\n");
}

/** The language's name in English, for the editor. @example englishName("bn") → "Bangla" */
function englishName(tag: string): string {
  return new Intl.DisplayNames("en", { type: "language" }).of(tag) ?? tag;
}
