// Language tags (src/language/tag.ts): validity, direction and script, from Intl.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isLanguageTag, languageScript, textDirection } from "../../src/language/tag.ts";
import { nameInItself } from "../../src/language/translation.ts";

test("well-formed BCP 47 tags are accepted, anything else is not", () => {
  for (const tag of ["en-GB", "bn", "ur", "pl", "pa-Guru", "zh-Hant-HK", "cy"]) assert.ok(isLanguageTag(tag), tag);
  for (const tag of ["", "bengali!", "en_GB", "e", "en--GB", "123"]) assert.not.ok(isLanguageTag(tag), tag);
});

test("right-to-left scripts are told apart from left-to-right ones", () => {
  for (const tag of ["ur", "ar", "fa", "ps", "he", "yi", "pa-Arab"]) assert.is(textDirection(tag), "rtl", tag);
  for (const tag of ["en-GB", "bn", "pl", "pa", "so", "tr"]) assert.is(textDirection(tag), "ltr", tag);
});

test("a language's script is its likeliest when the tag does not name one", () => {
  assert.is(languageScript("bn"), "Beng");
  assert.is(languageScript("ur"), "Arab");
  assert.is(languageScript("pa"), "Guru");
  assert.is(languageScript("pa-Arab"), "Arab");
  assert.is(languageScript("en-GB"), "Latn");
});

test("a language is named in itself, without its country, with its script where the tag names one", () => {
  assert.is(nameInItself("en-GB"), "English");
  assert.is(nameInItself("bn"), "বাংলা");
  assert.is(nameInItself("ur"), "اردو");
  assert.is(nameInItself("pl"), "polski");
  assert.is.not(nameInItself("pa-Arab"), nameInItself("pa"));
});

test.run();
