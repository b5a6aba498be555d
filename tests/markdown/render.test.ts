// Editors' Markdown as HTML (src/markdown/render.ts): raw HTML shown as text, only allowed links, headings in place.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { renderInlineMarkdown, renderMarkdown } from "../../src/markdown/render.ts";
import { findAll, headingLevels, parseHtml, textOf } from "../helpers/html.ts";

test("renders paragraphs, emphasis, lists and allowed links", () => {
  assert.is(
    renderMarkdown("We *agree* priorities.\n\n- one\n- [two](https://www.example.gov.uk/two)"),
    '<p>We <em>agree</em> priorities.</p>\n<ul>\n<li>one</li>\n<li><a href="https://www.example.gov.uk/two">two</a></li>\n</ul>\n',
  );
});

test("inline HTML is shown as text, never passed through", () => {
  const html = renderMarkdown("Text with <b>bold</b> and <script>alert(1)</script> in it.");
  assert.is(html, "<p>Text with &lt;b&gt;bold&lt;/b&gt; and &lt;script&gt;alert(1)&lt;/script&gt; in it.</p>\n");
  const doc = parseHtml(html);
  assert.is(findAll(doc, "b").length + findAll(doc, "script").length, 0);
  assert.is(textOf(doc), "Text with <b>bold</b> and <script>alert(1)</script> in it.");
});

test("a block of raw HTML is shown as text", () => {
  const doc = parseHtml(renderMarkdown('<div class="x" onclick="alert(1)">\nHello\n</div>\n\n<img src=x onerror=alert(1)>'));
  assert.equal(findAll(doc, "div").length + findAll(doc, "img").length, 0);
  assert.match(textOf(doc), /<div class="x" onclick="alert\(1\)"> Hello <\/div>/);
});

test("HTML in inline Markdown (list items) is shown as text too", () => {
  assert.is(renderInlineMarkdown("Act <em>now</em> *please*"), "Act &lt;em&gt;now&lt;/em&gt; <em>please</em>");
});

test("a javascript: or data: link is never rendered as a link", () => {
  for (const source of ["[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "![x](data:image/png;base64,AAAA)", "<javascript:alert(1)>", "[click][1]\n\n[1]: javascript:alert(1)"]) {
    const doc = parseHtml(renderMarkdown(source));
    assert.is(findAll(doc, "a").length + findAll(doc, "img").length, 0, source);
  }
  assert.is(findAll(parseHtml(renderInlineMarkdown("[click](javascript:alert(1))")), "a").length, 0);
});

test("mailto:, tel:, site-relative and in-page links are kept", () => {
  const doc = parseHtml(renderMarkdown("[a](mailto:a@example.gov.uk) [b](tel:+442079460000) [c](/a-z/) [d](#members)"));
  assert.equal(findAll(doc, "a").map((a) => a.attrs.href), ["mailto:a@example.gov.uk", "tel:+442079460000", "/a-z/", "#members"]);
});

test("bare web addresses are not turned into links, and quotes stay as typed", () => {
  assert.is(renderMarkdown('See www.example.gov.uk "now"'), "<p>See www.example.gov.uk &quot;now&quot;</p>\n");
});

test("headings start at the level asked for", () => {
  assert.equal(headingLevels(parseHtml(renderMarkdown("# Aims\n\ntext\n\n## Detail"))), [2, 3], "default: under the page's h1");
  assert.equal(headingLevels(parseHtml(renderMarkdown("# Aims\n\n### Detail", 3))), [3, 4], "inside a section with an h2");
  assert.equal(headingLevels(parseHtml(renderMarkdown("#### Only one", 2))), [2]);
});

test("inline Markdown has no wrapping paragraph", () => {
  assert.is(renderInlineMarkdown("Cleaner *streets*"), "Cleaner <em>streets</em>");
});

test.run();
