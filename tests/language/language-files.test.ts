// Language files and translations (src/language/language-file.ts, translation-rules.ts, words.ts): every rule has a case that breaks it, with its message.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { languageFileText } from "../../scripts/new/language.ts";
import { checkData as validateCommand } from "../../scripts/validate.ts";
import { placeholders, WORD_KEYS, WORDS, characteristicWord } from "../../src/language/words.ts";
import { formatDataError, type DataError } from "../../src/model/data-error.ts";
import { PROTECTED_CHARACTERISTICS } from "../../src/model/schema.ts";
import { jsonSchemaFor } from "../../src/model/json-schema.ts";
import { checkData, lines, MINIMAL_FILES, PROJECT_ROOT, writeDataFolder } from "../helpers/data-folder.ts";

/** A Polish language file: the multilingual borough's, which translates every word. */
const POLISH = readFileSync(join(PROJECT_ROOT, "tests/fixtures/multilingual/languages/pl.yaml"), "utf8");
const withTranslation = (language: string, extra: string[] = []) =>
  lines(MINIMAL_FILES["statements/testshire-statement.yaml"].trimEnd(), "translations:", `  - language: ${language}`, "    title: Deklaracja równości", "    statement: Obiecujemy równy dostęp.", ...extra);
const messages = (errors: DataError[]) => errors.map(formatDataError);

test("the catalogue's characteristic names are the schema's, and placeholders are found in order", () => {
  for (const [value, name] of Object.entries(PROTECTED_CHARACTERISTICS)) assert.is(WORDS[characteristicWord(value)], name, value);
  assert.equal(placeholders("{publisher} publishes … contact {name}:"), ["publisher", "name"]);
  assert.equal(placeholders(WORDS.skip_link), []);
});

test("a translation with its language file builds", () => {
  assert.equal(checkData({ "statements/testshire-statement.yaml": withTranslation("pl"), "languages/pl.yaml": POLISH }), []);
});

test("a translation in a language with no file is an error naming the file to create and the command", () => {
  const errors = messages(checkData({ "statements/testshire-statement.yaml": withTranslation("bn") }));
  assert.equal(errors, [
    '_data/statements/testshire-statement.yaml:6:15 translations[0].language: is "bn", but there is no _data/languages/bn.yaml with the page\'s words in that language; create it with npm run new language bn, have its words translated, then build again',
  ]);
});

test("a translation in the site's own language, twice in one language, or with a tag not written as Intl writes it, is an error", () => {
  assert.match(messages(checkData({ "statements/testshire-statement.yaml": withTranslation("en") })).join("\n"), 'translations[0].language: is "en", the site\'s own language (site.yaml\'s language is en-GB)');
  const twice = withTranslation("pl", ["  - language: pl", "    title: Jeszcze raz", "    statement: Drugi raz."]);
  assert.match(messages(checkData({ "statements/testshire-statement.yaml": twice, "languages/pl.yaml": POLISH })).join("\n"), ':9:15 translations[1].language: repeats "pl"; a statement has one translation per language');
  assert.match(messages(checkData({ "statements/testshire-statement.yaml": withTranslation("PL"), "languages/pl.yaml": POLISH })).join("\n"), "translations[0].language: must be written pl");
  assert.match(messages(checkData({ "languages/PL.yaml": POLISH })).join("\n"), "_data/languages/PL.yaml has a name the site does not look for; rename it to pl.yaml");
  assert.match(messages(checkData({ "languages/polish.yaml": POLISH })).join("\n"), "_data/languages/polish.yaml has a name that is not a language tag");
});

test("a language file with a key missing, an unknown key, or a lost placeholder is an error naming the file, key and line", () => {
  const missing = POLISH.replace(/^skip_link: .*\n/m, "");
  assert.equal(messages(checkData({ "languages/pl.yaml": missing })), ["_data/languages/pl.yaml:8:1 skip_link: is required but missing"]);
  const unknown = POLISH.replace(/^skip_link:/m, "skip_lnk:");
  const unknownErrors = checkData({ "languages/pl.yaml": unknown });
  assert.is(unknownErrors.length, 1, messages(unknownErrors).join("\n"));
  assert.is(unknownErrors[0].field, "skip_lnk");
  assert.is(unknownErrors[0].suggestion, "skip_link");
  assert.match(unknownErrors[0].message, "is not a field of a language file");
  const lost = POLISH.replace('review_due: "Zostanie przejrzana do {date}."', 'review_due: "Zostanie przejrzana do {data}."');
  const line = lost.split("\n").findIndex((l) => l.startsWith("review_due:")) + 1;
  assert.equal(messages(checkData({ "languages/pl.yaml": lost })), [
    `_data/languages/pl.yaml:${line}:13 review_due: has lost the placeholder {date}; keep it, in braces and in English, where the date goes in this language (the English is "It will be reviewed by {date}.")`,
    `_data/languages/pl.yaml:${line}:13 review_due: has the placeholder {data}, which the site does not fill in here; this text has only {date} (the English is "It will be reviewed by {date}.")`,
  ]);
});

test("a value still in English is a warning in npm run validate, not an error; abbreviations such as KB are not", () => {
  const folder = writeDataFolder({ "statements/testshire-statement.yaml": withTranslation("pl"), "languages/pl.yaml": languageFileText("pl") });
  const report = validateCommand("_data", folder.root);
  assert.is(report.exitCode, 0);
  const warned = report.warnings.filter((w) => w.file === "_data/languages/pl.yaml").map((w) => w.field);
  assert.ok(warned.includes("skip_link") && !warned.includes("size_kb") && !warned.includes("document_label"), warned.join(", "));
  assert.is(warned.length, WORD_KEYS.filter((key) => /\p{Ll}/u.test(WORDS[key].replace(/\{[a-z_]+\}/g, ""))).length);
  assert.match(report.lines.join("\n"), 'WARNING _data/languages/pl.yaml:7:12 skip_link: is still the English words ("Skip to main content")');
});

test("the JSON Schema for language files is made from the catalogue: every key required, its English shown, a lost placeholder marked while typing", () => {
  const schema = jsonSchemaFor("language") as { required: string[]; additionalProperties: boolean; properties: Record<string, { description: string; pattern?: string; patternErrorMessage?: string }> };
  assert.equal(schema.required, WORD_KEYS);
  assert.is(schema.additionalProperties, false);
  const review = schema.properties.review_due;
  assert.is(review.description, "In English: It will be reviewed by {date}.");
  assert.ok(new RegExp(review.pattern!).test("Zostanie przejrzana do {date}."));
  assert.not.ok(new RegExp(review.pattern!).test("Zostanie przejrzana do {data}."));
  assert.is(review.patternErrorMessage, "Keep {date} as written, in braces and in English: the site puts the value there");
  assert.is(schema.properties.skip_link.pattern, undefined);
  assert.equal(JSON.parse(readFileSync(join(PROJECT_ROOT, "schemas/language.json"), "utf8")), jsonSchemaFor("language"), "schemas/language.json is up to date (npm run schemas)");
});

test.run();
