// Text that looks like HTML, in a name, a summary and a Markdown description, is shown as text on every page, never passed through.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { allElements, breadcrumbs, findAll, findOne, parseHtml, textOf, type Element } from "../helpers/html.ts";

// As written in tests/fixtures/data/partnerships/southshire-forum.yaml.
const NAME = "Southshire <b>Community</b> Forum <script>alert(1)</script>";
const SUMMARY = "Summary with <b>bold</b> & <script>alert(2)</script> in it.";
const PAGE = "/partnerships/southshire-forum/";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

/** Elements the editor's text would have made had it been passed through: any <b>, <div class="x">, or script that is not JSON-LD. */
function injected(doc: Element): string[] {
  return allElements(doc)
    .filter((e) => e.name === "b" || (e.name === "div" && e.attrs.class === "x") || (e.name === "script" && e.attrs.type !== "application/ld+json"))
    .map((e) => `<${e.name}> ${textOf(e)}`);
}

test("the partnership page shows the name as text in the h1, title and breadcrumb", () => {
  const doc = build.page(PAGE);
  assert.is(textOf(findOne(doc, "h1")), NAME);
  assert.ok(textOf(findOne(doc, "title")).startsWith(NAME), textOf(findOne(doc, "title")));
  assert.equal(breadcrumbs(doc).filter((c) => c.href === PAGE), [], "the breadcrumbs do not link to the page itself");
});

test("the summary is shown as text in the lead and the meta description", () => {
  const doc = build.page(PAGE);
  assert.is(textOf(findOne(doc, "p", { class: "lead" })), SUMMARY);
  assert.is(findOne(doc, "meta", { name: "description" }).attrs.content, SUMMARY);
});

test("HTML in the Markdown description is shown as text, inline and as a block", () => {
  const paragraphs = findAll(findOne(build.page(PAGE), "main"), "p").map(textOf);
  assert.ok(paragraphs.includes("Description with <b>raw</b> HTML and <script>alert(3)</script> in it."), paragraphs.join("\n"));
  assert.ok(paragraphs.includes('<div class="x">A block of raw HTML</div>'), paragraphs.join("\n"));
});

test("no page that shows the name or summary gains an element from them", () => {
  const pages = ["/", "/a-z/", "/areas/southshire/", "/equalities-statements/", "/equalities-statements/southshire-forum-statement/", PAGE, "/partnerships/northshire-partners/"];
  for (const address of pages) {
    const doc = build.page(address);
    assert.equal(injected(doc), [], address);
    assert.ok(textOf(findOne(doc, "main")).includes(NAME), `${address} shows the name as text`);
  }
  assert.ok(textOf(findOne(build.page("/partnerships/northshire-partners/"), "main")).includes(SUMMARY), "related list shows the summary as text");
});

test("structured data, if any, carries the name as data and cannot be closed early", () => {
  for (const script of findAll(build.page(PAGE), "script", { type: "application/ld+json" })) {
    const data = JSON.parse(textOf(script));
    assert.is(data.name, NAME);
  }
});

test("the feed carries the name and summary as text, not markup", () => {
  const feed = parseHtml(build.read("/feed.xml"), { xml: true });
  const entry = findAll(feed, "entry").find((e) => findOne(e, "link").attrs.href.endsWith(PAGE))!;
  assert.is(textOf(findOne(entry, "title")), NAME);
  assert.is(textOf(findOne(entry, "summary")), SUMMARY);
  assert.equal(injected(feed), []);
});

test.run();
