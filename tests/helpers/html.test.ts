// The tests' own HTML reader (tests/helpers/html.ts), since the escaping tests are only as good as it is.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeEntities, findAll, findOne, headingProblems, parseHtml, textOf } from "./html.ts";

test("decodes character references once", () => {
  assert.is(decodeEntities("&lt;b&gt; &amp;lt; &#39;&#x27;&quot; &copy;"), "<b> &lt; ''\" &copy;");
});

test("reads minified HTML: unquoted attributes, void elements, text kept apart by blocks", () => {
  const doc = parseHtml('<!doctype html><html lang=en-GB><head><meta charset=utf-8><link href=/a.css rel=stylesheet></head><body><a aria-current=page href=/>Home</a><p>One</p><p>Two &amp; three</p></body></html>');
  assert.equal(findOne(doc, "a").attrs, { "aria-current": "page", href: "/" });
  assert.is(findOne(doc, "html").attrs.lang, "en-GB");
  assert.is(textOf(findOne(doc, "body")), "Home One Two & three");
  assert.is(findAll(doc, "link").length, 1);
});

test("escaped markup is text; real markup is elements", () => {
  const doc = parseHtml("<h1>A &lt;b&gt;bold&lt;/b&gt; <i>real</i></h1>");
  assert.is(findAll(doc, "b").length, 0);
  assert.is(findAll(doc, "i").length, 1);
  assert.is(textOf(findOne(doc, "h1")), "A <b>bold</b> real");
});

test("title is text up to </title>; script is raw text up to </script>", () => {
  const doc = parseHtml("<title>A <b>x</b> &amp; y</title><script>if (a < b) x('</p>')</script><p>after</p>");
  assert.is(textOf(findOne(doc, "title")), "A <b>x</b> & y");
  assert.is(findAll(doc, "b").length, 0);
  assert.is(textOf(findOne(doc, "script")), "if (a < b) x('</p>')");
  assert.is(textOf(findOne(doc, "p")), "after");
});

test("XML mode keeps self-closing elements empty", () => {
  const doc = parseHtml('<?xml version="1.0"?><feed><link href="x"/><title>T &amp; U</title></feed>', { xml: true });
  assert.is(findOne(doc, "link").children.length, 0);
  assert.is(textOf(findOne(doc, "title")), "T & U");
});

test("heading problems: count of h1 and skipped levels", () => {
  assert.equal(headingProblems(parseHtml("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>")), []);
  assert.equal(headingProblems(parseHtml("<h1>a</h1><h3>c</h3>")), ["h1 is followed by h3"]);
  assert.equal(headingProblems(parseHtml("<h1>a</h1><h1>b</h1>")), ["2 h1 elements"]);
});

test.run();
