// Links the contract forbids, found in an editor's Markdown so the build can name them (src/markdown/link-problems.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { markdownLinkProblems } from "../../src/markdown/link-problems.ts";

const ALLOWED = "links must be an https:, http:, mailto: or tel: address, or a site-relative path starting with /";

test("a javascript: link is a problem, named with what is allowed", () => {
  assert.equal(markdownLinkProblems("See [this](javascript:alert(1))."), [`has a link to "javascript:alert(1)", which is not allowed: it uses "javascript:"; ${ALLOWED}`]);
});

test("finds forbidden addresses in every kind of link and image", () => {
  const cases: [string, string][] = [
    ["[x](JavaScript:alert(1))", "JavaScript:alert(1)"],
    ["<javascript:alert(1)>", "javascript:alert(1)"],
    ["[x][ref]\n\n[ref]: vbscript:msgbox", "vbscript:msgbox"],
    ["- item with [x](data:text/html,hi)", "data:text/html,hi"],
    ["[x](javascript&#58;alert(1))", "javascript:alert(1)"],
  ];
  for (const [source, href] of cases) {
    const problems = markdownLinkProblems(source);
    assert.is(problems.length, 1, source);
    assert.ok(problems[0].startsWith(`has a link to "${href}"`), `${source} → ${problems[0]}`);
  }
});

test("one problem per bad link", () => {
  assert.is(markdownLinkProblems("[a](javascript:1) and [b](data:x) and [c](https://ok.example)").length, 2);
});

test("allowed links, in-page anchors and plain text are no problem", () => {
  for (const source of ["[a](https://www.example.gov.uk)", "[b](http://example.org)", "[c](mailto:a@example.gov.uk)", "[d](tel:+442079460000)", "[e](/a-z/)", "[f](#members)", "Call 020 7946 0000: javascript is a word here.", "<https://www.example.gov.uk>"]) {
    assert.equal(markdownLinkProblems(source), [], source);
  }
});

test.run();
