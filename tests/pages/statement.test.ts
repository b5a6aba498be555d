// One statement's page (src/pages/statement.11ty.ts): the statement as signed, and what superseded it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { breadcrumbs, findAll, findOne, firstNamed as first, heading, keyFacts, listItems, sectionAfter, textOf, type Element } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
let current: Element;
let older: Element;
test.before(async () => {
  build = succeeded(await pending);
  current = build.page("/equalities-statements/northshire-partners-statement-2021/");
  older = build.page("/equalities-statements/northshire-partners-statement-2015/");
});


test("the h1 is the title; breadcrumbs run Home → Equalities statements → the statement", () => {
  assert.is(textOf(findOne(current, "h1")), "Northshire Partners Equalities Statement 2021");
  assert.equal(breadcrumbs(current), [
    { text: "Home", href: "/", current: false },
    { text: "Equalities statements", href: "/equalities-statements/", current: false },
  ]);
});

test("an older statement names and links the one that superseded it", () => {
  const notice = findOne(older, "div", { class: "notice" });
  assert.is(textOf(notice), "This statement has been replaced. It was superseded by the Northshire Partners Equalities Statement 2021, signed on 14 September 2021.");
  assert.equal(findAll(notice, "a").map((a) => a.attrs.href), ["/equalities-statements/northshire-partners-statement-2021/"]);
  assert.equal(keyFacts(older), { "Signed by": "Northshire Partners", "Signed on": "1 March 2015", Status: "Superseded (replaced by a newer statement)" });
  assert.is(textOf(findOne(older, "title")), "Superseded: Northshire Partners Equalities Statement 2015 – Testshire Partnerships", "the status is in the title, as GOV.UK does for withdrawn pages");
  const description = findOne(older, "meta", { name: "description" }).attrs.content;
  assert.is(description, "The equalities statement Northshire Partners signed in 2015, since replaced by the Northshire Partners Equalities Statement 2021.");
});

test("the current statement: status, review date, and the statement it replaces", () => {
  assert.equal(keyFacts(current), {
    "Signed by": "Northshire Partners",
    "Signed on": "14 September 2021",
    Status: "Current",
    "Review due by": "14 September 2025",
    Replaces: "Northshire Partners Equalities Statement 2015",
  });
  assert.is(findAll(current, "div", { class: "notice" }).length, 0, "not replaced, not overdue");
  assert.equal(findAll(findOne(current, "dl"), "a").map((a) => a.attrs.href), ["/partnerships/northshire-partners/", "/equalities-statements/northshire-partners-statement-2015/"]);
});

test("an overdue statement says so plainly", () => {
  const doc = build.page("/equalities-statements/southshire-forum-statement/");
  // GOV.UK warning text, with a visually hidden "Warning", not inset text that looks like the facts box.
  assert.is(textOf(findOne(doc, "div", { class: "warning" })), "! Warning: This statement is overdue for review. It should have been reviewed by 10 January 2023.");
  assert.is(findOne(doc, "span", { class: "warning-icon" }).attrs["aria-hidden"], "true");
  assert.is(keyFacts(doc).Status, "Current – review overdue since 10 January 2023");
});

test("the statement's words, with its Markdown headings under 'The statement'", () => {
  const section = sectionAfter(heading(current, "The statement"));
  assert.match(textOf(section[0]), /^We promise equal access to services and equal opportunity in employment\. In practice We will publish/);
  assert.equal(findAll(section[0], "h3").map(textOf), ["In practice"]);
});

test("summary, commitments, protected characteristics in plain words, legislation, signed copy", () => {
  assert.is(textOf(findOne(current, "p", { class: "lead" })), "Our renewed promise of equal access and equal opportunity.");
  assert.equal(listItems(first(sectionAfter(heading(current, "What Northshire Partners will work towards")), "ul")), ["treat residents with dignity", "publish an annual report"]);
  assert.equal(listItems(first(sectionAfter(heading(current, "Protected characteristics covered")), "ul")), ["Age", "Religion or belief", "Sexual orientation"]);
  assert.equal(listItems(first(sectionAfter(heading(current, "Legislation")), "ul")), ["Equality Act 2010"]);
  const signed = findAll(sectionAfter(heading(current, "Signed copy"))[0], "a")[0];
  assert.equal([textOf(signed), signed.attrs.href], ["Signed statement (PDF, 120 KB)", "https://www.northshire.example.gov.uk/statement-2021.pdf"]);
});

test("a statement without the optional fields has none of their sections", () => {
  assert.equal(findAll(findOne(older, "main"), "h2").map(textOf), ["The statement"]);
});

test.run();
