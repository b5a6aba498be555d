// Which writing system a text's letters are in, and whether a language tag uses it: the test behind WCAG 3.1.2 (Language of Parts) in validate and the gate.
import { isLanguageTag, languageScript } from "./tag.ts";

/** Every ISO 15924 script code Unicode gives characters (its Script property's short names), Latin first. */
const SCRIPT_CODES = (
  "Latn Arab Beng Cyrl Deva Grek Guru Gujr Hani Hang Hebr Hira Kana Taml Telu Knda Mlym Orya Sinh Thai Ethi Armn Geor Thaa Syrc Khmr Mymr Tibt Laoo Mong Nkoo Tfng Adlm " +
  "Aghb Ahom Armi Avst Bali Bamu Bass Batk Bhks Bopo Brah Brai Bugi Buhd Cakm Cans Cari Cham Cher Chrs Copt Cpmn Cprt Diak Dogr Dsrt Dupl Egyp Elba Elym Glag Gong Gonm Goth Gran " +
  "Hano Hatr Hluw Hmng Hmnp Hung Ital Java Kali Kawi Khar Khoj Kits Kthi Lana Lepc Limb Lina Linb Lisu Lyci Lydi Mahj Maka Mand Mani Marc Medf Mend Merc Mero Modi Mroo Mtei Mult " +
  "Nagm Nand Narb Nbat Newa Nshu Ogam Olck Orkh Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phnx Plrd Prti Rjng Rohg Runr Samr Sarb Saur Sgnw Shaw Shrd Sidd Sind Sogd Sogo Sora " +
  "Soyo Sund Sylo Tagb Takr Tale Talu Tang Tavt Tglg Tirh Tnsa Toto Ugar Vaii Vith Wara Wcho Xpeo Xsux Yezi Yiii Zanb"
).split(" ");

/** A script's test, or undefined for a code this Node's Unicode does not know yet. */
function scriptPattern(kind: "sc" | "scx", code: string): RegExp | undefined {
  try {
    return new RegExp(`^\\p{${kind}=${code}}`, "u");
  } catch {
    return undefined;
  }
}
const SCRIPTS = SCRIPT_CODES.flatMap((code) => {
  const pattern = scriptPattern("sc", code);
  return pattern ? [{ code, pattern }] : [];
});

/** A letter, mark or digit of a script other than Latin (Common and Inherited characters, such as punctuation, belong to every language). */
export const OTHER_SCRIPT = /(?=[\p{L}\p{M}\p{N}])[^\p{sc=Latn}\p{sc=Zyyy}\p{sc=Zinh}\p{sc=Zzzz}]/gu;

const scriptOfCharacter = new Map<string, string>();

/** The ISO 15924 code of a character's script. @example scriptOf("ম") → "Beng" */
export function scriptOf(character: string): string {
  let code = scriptOfCharacter.get(character);
  if (code === undefined) scriptOfCharacter.set(character, (code = SCRIPTS.find((script) => script.pattern.test(character))?.code ?? "Zzzz"));
  return code;
}

/** The scripts a tag's writing system combines (Japanese: Han, Hiragana and Katakana), as Unicode names characters' scripts. */
const COMBINED: Record<string, string[]> = { Jpan: ["Hani", "Hira", "Kana"], Kore: ["Hang", "Hani"], Hans: ["Hani"], Hant: ["Hani"], Hanb: ["Hani", "Bopo"], Hrkt: ["Hira", "Kana"] };

const usedScripts = new Map<string, RegExp[]>();

/** Tests for the characters a language's writing uses, by Script_Extensions (the Bengali danda is also Devanagari's). */
function scriptsUsedBy(tag: string | undefined): RegExp[] {
  const key = tag ?? "";
  let found = usedScripts.get(key);
  if (!found) {
    const script = tag && isLanguageTag(tag) ? languageScript(tag) : undefined;
    found = (script ? COMBINED[script] ?? [script] : []).flatMap((code) => scriptPattern("scx", code) ?? []);
    usedScripts.set(key, found);
  }
  return found;
}

export interface UnmarkedLetters {
  /** Where in the text the first such letter is. */
  index: number;
  /** Its script's ISO 15924 code, e.g. Beng. */
  script: string;
}

/** The first letter of the text whose script the language does not use, if any. @example unmarkedLetters("Hello মহিলা", "en-GB") → { index: 6, script: "Beng" } */
export function unmarkedLetters(text: string, tag: string | undefined): UnmarkedLetters | undefined {
  OTHER_SCRIPT.lastIndex = 0;
  if (!OTHER_SCRIPT.test(text)) return undefined;
  const used = scriptsUsedBy(tag);
  OTHER_SCRIPT.lastIndex = 0;
  for (const match of text.matchAll(OTHER_SCRIPT)) {
    const character = match[0];
    if (!used.some((pattern) => pattern.test(character))) return { index: match.index, script: scriptOf(character) };
  }
  return undefined;
}

const scriptNames = new Intl.DisplayNames("en", { type: "script", fallback: "code" });
const languageNames = new Intl.DisplayNames("en", { type: "language", fallback: "code" });

/** A script's name in English, with its code. @example scriptName("Arab") → "Arabic (Arab)" */
export function scriptName(code: string): string {
  return `${scriptNames.of(code)} (${code})`;
}

/** A language London's residents read in each script, to suggest in a message; the editor knows which it really is. */
const EXAMPLE_LANGUAGE: Record<string, string> = {
  Arab: "ur", Beng: "bn", Cyrl: "uk", Deva: "hi", Ethi: "am", Geor: "ka", Grek: "el", Gujr: "gu", Guru: "pa", Hang: "ko", Hani: "zh", Hebr: "he", Hira: "ja", Kana: "ja",
  Khmr: "km", Knda: "kn", Mlym: "ml", Mymr: "my", Orya: "or", Sinh: "si", Syrc: "syr", Taml: "ta", Telu: "te", Thaa: "dv", Thai: "th", Tibt: "bo", Armn: "hy",
};

/** A language tag to suggest for letters of a script. @example exampleLanguage("Beng") → { tag: "bn", name: "Bangla" } */
export function exampleLanguage(script: string): { tag: string; name: string } {
  const tag = EXAMPLE_LANGUAGE[script] ?? `und-${script}`;
  return { tag, name: languageNames.of(tag) ?? tag };
}
