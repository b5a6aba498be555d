// A language file is named by its language's tag, as Intl writes it (bn.yaml, pa-Arab.yaml): the name translations look it up by.
import { isLanguageTag } from "./tag.ts";

/** What is wrong with a language file's name (without .yaml), or undefined. @example languageFileNameProblem("BN") → "… rename it to bn.yaml" */
export function languageFileNameProblem(name: string): string | undefined {
  // "polish" is well-formed (a 6-letter language subtag) but names no language, so it must be one CLDR knows.
  const known = isLanguageTag(name) && new Intl.DisplayNames("en", { type: "language", fallback: "none" }).of(name) !== undefined;
  if (!known) return `has a name that is not a language tag; name a language file by its BCP 47 tag, e.g. bn.yaml (Bengali), ur.yaml (Urdu) or pl.yaml (Polish)`;
  const canonical = Intl.getCanonicalLocales(name)[0];
  return canonical === name ? undefined : `has a name the site does not look for; rename it to ${canonical}.yaml, the tag as translations write it`;
}
