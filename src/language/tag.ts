// What a BCP 47 language tag tells the site: whether it is one, which way its script runs, and which script it is written in.

/** True for a well-formed BCP 47 tag (as Intl reads it). @example isLanguageTag("bn") → true; isLanguageTag("bengali!") → false */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

interface TextInfo {
  direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };

/** The direction a language's script runs, from CLDR through Intl (Node 20 names it textInfo, later versions getTextInfo()). @example textDirection("ur") → "rtl" */
export function textDirection(tag: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === "rtl" ? "rtl" : "ltr";
}

/** The ISO 15924 script a language is written in, its likeliest when the tag does not say. @example languageScript("bn") → "Beng"; languageScript("pa-Arab") → "Arab" */
export function languageScript(tag: string): string | undefined {
  return new Intl.Locale(tag).maximize().script;
}
