// Passages in another language in an editor's Markdown, and the braces that are not allowed (src/markdown/language-passages.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { markdownPassageProblems } from "../../src/markdown/language-passages.ts";
import { renderInlineMarkdown, renderMarkdown } from "../../src/markdown/render.ts";
import { checkData, lines } from "../helpers/data-folder.ts";
import { expectOneError } from "../helpers/errors.ts";

test("[words]{lang=…} is a span in that language, right to left where its script is", () => {
  assert.is(renderMarkdown("Our [মহিলা সমিতি]{lang=bn} meets."), '<p>Our <span lang="bn">মহিলা সমিতি</span> meets.</p>\n');
  assert.is(renderInlineMarkdown("Ask the [مسجد کمیٹی]{lang=ur}"), 'Ask the <span lang="ur" dir="rtl">مسجد کمیٹی</span>');
  assert.is(renderInlineMarkdown("[a [b]{lang=pa}]{lang=ar}"), '<span lang="ar" dir="rtl">a <span lang="pa">b</span></span>', "passages nest");
});

test("inside text that runs right to left, a left-to-right passage says so, or it would take the text's direction", () => {
  assert.is(renderMarkdown("ہم ملتے ہیں۔ [We meet.]{lang=en-GB}", 2, "ur"), '<p>ہم ملتے ہیں۔ <span lang="en-GB" dir="ltr">We meet.</span></p>\n');
  assert.is(renderInlineMarkdown("[We meet.]{lang=en-GB} [ملتے]{lang=ur}", "ar"), '<span lang="en-GB" dir="ltr">We meet.</span> <span lang="ur" dir="rtl">ملتے</span>');
  assert.is(renderInlineMarkdown("[We meet.]{lang=en-GB}", "bn"), '<span lang="en-GB">We meet.</span>');
});

test("no attribute but lang reaches the page, and escaped braces are text", () => {
  assert.is(renderInlineMarkdown("[x]{lang=bn .big #top onclick=alert(1)}"), '<span lang="bn">x</span>');
  assert.is(renderMarkdown("Review by \\{date\\}"), "<p>Review by {date}</p>\n");
  assert.is(renderInlineMarkdown("[not a passage] and [a link](/a-z/)"), '[not a passage] and <a href="/a-z/">a link</a>');
});

test("every attribute in braces other than a valid lang is a problem, on its line", () => {
  const message = (source: string) => markdownPassageProblems(source).map((p) => `${p.line}: ${p.message.split(" in braces")[0].split(", but")[0]}`);
  assert.equal(message("Big {.big}"), ["0: has {.big}"]);
  assert.equal(message("First\n\nthen [x]{#top}"), ["2: has {#top}"]);
  assert.equal(message("- one\n- two [x]{lang=bn onclick=alert(1)}"), ["1: has {onclick=alert(1)}"]);
  assert.equal(message("[x]{lang=bengali!}"), ["0: has {lang=bengali!}"]);
  assert.equal(message("Review by {date}"), ["0: has {date}"], "a word in braces at the end of a paragraph would vanish from the page");
});

test("Markdown's own attributes and valid passages are no problem", () => {
  for (const source of ["[x]{lang=bn}", "[x]{lang=pa-Arab}", "[l](/a \"title\")", "![Two people](/images/talk.png)", "3. three", "| a | b |\n|:-|-:|\n| 1 | 2 |", "\\{escaped\\}", "`code {.x}`"]) {
    assert.equal(markdownPassageProblems(source), [], source);
  }
});

const BOARD = "partnerships/testshire-board.yaml";
const board = (...extra: string[]) => ({ [BOARD]: lines("name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners.", ...extra) });

test("an attribute in braces is an error naming the file, field and the line it is on", () => {
  expectOneError(checkData(board("description: |", "  First paragraph.", "", "  Then [a word]{.highlight}.")), {
    file: `_data/${BOARD}`,
    line: 9,
    field: "description",
    message: /^has \{\.highlight\} in braces, which is not allowed: the only thing braces may hold is the language of a passage, written \[words\]\{lang=bn\}/,
  });
  expectOneError(checkData(board("priorities:", "  - Meet the [forum]{lang=xx-!}")), {
    file: `_data/${BOARD}`,
    line: 7,
    field: "priorities[0]",
    message: /is not a BCP 47 language tag/,
  });
});

test.run();
