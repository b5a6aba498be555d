// A statement's translation: its own page in its own language below the statement's, and the language versions of a page for hreflang links.
import type { Crumb, Statement, Update } from "../model/graph.ts";
import type { TranslationData } from "../model/schema.ts";
import type { Words } from "./words.ts";

/** One translation of a statement, with the interface's words of its language (from _data/languages/<tag>.yaml). */
export class Translation {
  /** Its Easy Read version, when it has one. */
  readonly easyRead?: TranslatedEasyRead;
  constructor(readonly statement: Statement, readonly data: TranslationData, readonly words: Words) {
    if (data.easy_read !== undefined) this.easyRead = new TranslatedEasyRead(this, data.easy_read);
  }
  get language(): string { return this.data.language; }
  get title(): string { return this.data.title; }
  get url(): string { return `${this.statement.url}${this.language}/`; }
  get partnership() { return this.statement.partnership; }
  get trail(): Crumb[] { return [{ title: this.words.navigation_statements, url: "/equalities-statements/" }]; }
  /** The statement that replaced this one, in this language when it has a translation in it. */
  get supersededBy(): Statement | Translation | undefined {
    const next = this.statement.supersededBy;
    return next?.translations.find((t) => t.language === this.language) ?? next;
  }
  /** Its entry in the Atom feed, dated as the statement is. */
  get update(): Update {
    const s = this.statement;
    return { title: this.title, url: this.url, summary: this.data.summary ?? this.title, updated: s.updated ?? s.data.signed, language: this.language, summaryLanguage: this.language };
  }
}

/** A translation's Easy Read version: its own page, below the translation's. */
export class TranslatedEasyRead {
  constructor(readonly translation: Translation, readonly text: string) {}
  get language(): string { return this.translation.language; }
  get url(): string { return `${this.translation.url}easy-read/`; }
  get partnership() { return this.translation.partnership; }
  get trail(): Crumb[] { return [...this.translation.trail, { title: this.translation.title, url: this.translation.url }]; }
}

/** The translations of a statement, each with its language's words; validation has made sure every language has its file. */
export function translationsOf(statement: Statement, words: ReadonlyMap<string, Words>): Translation[] {
  return (statement.data.translations ?? []).map((t) => new Translation(statement, t, words.get(t.language)!));
}

/** One language version of a page: where it is, and its language's name in that language ("বাংলা"). */
export interface Version {
  language: string;
  url: string;
  name: string;
  /** The version in the site's own language: hreflang="x-default". */
  isDefault: boolean;
}

/** Every page that has another language version, with all its versions (itself included): statements and translations, and their Easy Read versions. */
export function versionsOf(statements: readonly Statement[], siteLanguage: string): Map<string, Version[]> {
  const versions = new Map<string, Version[]>();
  const add = (pages: { language: string; url: string }[]) => {
    if (pages.length < 2) return;
    const list = pages.map(({ language, url }) => ({ language, url, name: nameInItself(language), isDefault: language === siteLanguage }));
    for (const page of pages) versions.set(page.url, list);
  };
  for (const s of statements) {
    if (s.translations.length === 0) continue;
    add([{ language: siteLanguage, url: s.url }, ...s.translations]);
    add([...(s.easyRead ? [{ language: siteLanguage, url: s.easyRead.url }] : []), ...s.translations.flatMap((t) => t.easyRead ?? [])]);
  }
  return versions;
}

/**
 * A language's name in that language, as its readers look for it: without its country ("English", not "British English"),
 * with its script where the tag names one (Punjabi in Shahmukhi). @example nameInItself("bn") → "বাংলা"; nameInItself("en-GB") → "English"
 */
export function nameInItself(tag: string): string {
  const { language, script } = new Intl.Locale(tag);
  return new Intl.DisplayNames(tag, { type: "language" }).of(script ? `${language}-${script}` : language) ?? tag;
}
