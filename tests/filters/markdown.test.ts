// The markdown filters templates call (src/filters/markdown.ts) are the one renderer.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as filters from "../../src/filters/index.ts";
import { renderInlineMarkdown } from "../../src/markdown/render.ts";

test("markdown renders block Markdown with headings at the level given, raw HTML as text", () => {
  assert.is(filters.markdown("# Aims\n\n<b>x</b>", 3), "<h3>Aims</h3>\n<p>&lt;b&gt;x&lt;/b&gt;</p>\n");
});

test("inline Markdown renders a list item without a paragraph", () => {
  assert.is(renderInlineMarkdown("Cleaner *streets* <i>now</i>"), "Cleaner <em>streets</em> &lt;i&gt;now&lt;/i&gt;");
});

test("every filter the Nunjucks pages use is exported under the name they call", () => {
  for (const name of ["absoluteUrl", "dateInWords", "partnershipType", "characteristicName", "markdown", "openDataJson", "fileSize", "placeName"]) {
    assert.type((filters as Record<string, unknown>)[name], "function", name);
  }
});

test.run();
