// A file's own words marked with its language wherever they are printed (src/filters/own-words.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { languageAttributes, ownWords } from "../../src/filters/own-words.ts";
import { html } from "../../src/html/html.ts";

test("words in a language are a span with its lang, and dir for a right-to-left script; escaped as ever", () => {
  assert.is(String(ownWords("মহিলা সমিতি", "bn")), '<span lang="bn">মহিলা সমিতি</span>');
  assert.is(String(ownWords("اردو & <b>", "ur")), '<span lang="ur" dir="rtl">اردو &amp; &lt;b&gt;</span>');
  assert.is(String(ownWords(html`<ol><li>x</li></ol>`, "pa", "div")), '<div lang="pa"><ol><li>x</li></ol></div>', "markup our code made is kept");
});

test("without a language the words are as they are", () => {
  assert.is(ownWords("Hillingdon Partners", undefined), "Hillingdon Partners");
  assert.is(ownWords(undefined, "bn"), undefined);
  assert.is(languageAttributes(undefined), "");
  assert.is(String(languageAttributes("ar")), ' lang="ar" dir="rtl"');
});

test.run();
