// The rules of translations that cross files: a translation needs its language's file, is not in the site's own language, and a language file is translated.
import { dirname, join } from "node:path";
import type { DataError } from "../model/data-error.ts";
import type { SourceFile } from "../model/load.ts";
import type { LanguageData } from "../model/schema.ts";
import type { Valid } from "../model/validate.ts";
import { isLanguageTag } from "./tag.ts";
import { WORD_KEYS, WORDS } from "./words.ts";

/** Each translation whose language is the site's own, or has no _data/languages/<tag>.yaml; read from every statement, valid or not, so one run lists every problem. */
export function translationErrors(files: SourceFile[], siteLanguage = "en-GB"): DataError[] {
  const languages = new Set(files.filter((f) => f.kind === "language").map((f) => f.slug));
  const errors: DataError[] = [];
  for (const source of files.filter((f) => f.kind === "statement")) {
    const translations = (source.data as { translations?: unknown } | null)?.translations;
    if (!Array.isArray(translations)) continue;
    translations.forEach((translation, i) => {
      const tag = (translation as { language?: unknown } | null)?.language;
      if (typeof tag !== "string" || !isLanguageTag(tag)) return;
      const at = { file: source.file, ...source.locate(["translations", i, "language"]), field: `translations[${i}].language` };
      if (new Intl.Locale(tag).language === new Intl.Locale(siteLanguage).language) {
        errors.push({ ...at, message: `is "${tag}", the site's own language (site.yaml's language is ${siteLanguage}); the statement itself is in that language, so a translation must be in another one` });
      } else if (!languages.has(tag)) {
        const languageFile = join(dirname(dirname(source.file)), "languages", `${tag}.yaml`);
        errors.push({ ...at, message: `is "${tag}", but there is no ${languageFile} with the page's words in that language; create it with npm run new language ${tag}, have its words translated, then build again` });
      }
    });
  }
  return errors;
}

/** A value still word for word the English one is a warning: the page would show English there. Placeholders, signs and abbreviations ("{title} ({format})", "{size} KB") are the same in many languages, so only words with a small letter count. */
export function untranslatedWarnings(languages: Valid<LanguageData>[]): DataError[] {
  return languages.flatMap(({ source, data }) =>
    WORD_KEYS.filter((key) => data[key] === WORDS[key] && /\p{Ll}/u.test(WORDS[key].replace(/\{[a-z_]+\}/g, ""))).map((key) => ({
      file: source.file,
      ...source.locate([key]),
      field: key,
      message: `is still the English words ("${WORDS[key]}"); translate them, or check with the translator that this language really uses the same words`,
    })),
  );
}
