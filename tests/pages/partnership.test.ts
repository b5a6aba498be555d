// A partnership's page (src/pages/partnership.11ty.ts): breadcrumbs, key facts and every field that is present.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { breadcrumbs, findAll, findOne, firstNamed as first, heading, keyFacts, listItems, sectionAfter, textOf, type Element } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
let partners: Element;
test.before(async () => {
  build = succeeded(await pending);
  partners = build.page("/partnerships/northshire-partners/");
});

const headingsOf = (doc: Element) => findAll(findOne(doc, "main"), "h2").map(textOf);

test("breadcrumbs: Home, area, each body above; not the page itself (GOV.UK)", () => {
  assert.equal(breadcrumbs(build.page("/partnerships/northshire-youth-panel/")), [
    { text: "Home", href: "/", current: false },
    { text: "Northshire", href: "/areas/northshire/", current: false },
    { text: "Northshire Partners", href: "/partnerships/northshire-partners/", current: false },
    { text: "Northshire Safety Board", href: "/partnerships/northshire-safety-board/", current: false },
  ]);
});

test("the h1 is the name, the lead is the summary, and the title names both page and site", () => {
  assert.is(textOf(findOne(partners, "h1")), "Northshire Partners");
  assert.is(textOf(findOne(partners, "p", { class: "lead" })), "The local strategic partnership for Northshire.");
  assert.is(textOf(findOne(partners, "title")), "Northshire Partners – Testshire Partnerships");
  assert.is(findOne(partners, "meta", { name: "description" }).attrs.content, "The local strategic partnership for Northshire.");
});

test("key facts: type in plain words, area, established in words, current statement", () => {
  assert.equal(keyFacts(partners), {
    Type: "Local strategic partnership: the council, other public services, businesses and community groups planning together for the whole area",
    Area: "Borough of Northshire",
    Established: "January 2002",
    "Equalities statement": "Signed 14 September 2021",
  });
  assert.equal(keyFacts(build.page("/partnerships/northshire-safety-board/")), { Type: "Board: a group that makes decisions about one subject", Area: "Borough of Northshire", "Reports to": "Northshire Partners" });
});

test("the description's Markdown headings sit under the h1 without skipping", () => {
  const description = findAll(partners, "div", { class: "prose" })[0];
  assert.equal(findAll(description, "h2").map(textOf), ["Our aims"]);
  assert.equal(findAll(description, "h3").map(textOf), ["How we work"]);
  assert.equal(findAll(partners, "a", { href: "https://www.northshire.example.gov.uk/plan" }).map(textOf), ["our plan"]);
});

test("priorities: an ordered list in file order, Markdown rendered", () => {
  const list = first(sectionAfter(heading(partners, "Priorities")), "ol");
  assert.equal(listItems(list), ["Cleaner streets", "Safer parks", "More apprenticeships"]);
  assert.is(findAll(list, "em").length, 1);
});

test("members: name (linked when it has an address) and sector in plain words", () => {
  const rows = findAll(first(sectionAfter(heading(partners, "Members")), "table"), "tr").slice(1);
  assert.equal(rows.map((tr) => findAll(tr, "th").concat(findAll(tr, "td")).map(textOf)), [
    ["Northshire Council website", "Public sector"],
    ["Northshire Voluntary Action", "Voluntary sector"],
    ["Northshire Chamber of Commerce", "Business"],
  ]);
  assert.is(findAll(rows[0], "a")[0].attrs.href, "https://www.northshire.example.gov.uk");
  assert.is(findAll(rows[1], "a").length, 0);
});

test("sections: each heading, its body, and its items numbered only when ordered", () => {
  const working = sectionAfter(heading(partners, "Partnership working"));
  assert.match(textOf(working[0]), /We agree shared priorities\./);
  assert.equal(listItems(first(working, "ol")), ["Agree the plan", "Deliver the plan", "Review the plan"]);
  const cohesion = sectionAfter(heading(partners, "Community cohesion"));
  assert.equal(listItems(first(cohesion, "ul")), ["a sense of belonging", "fair treatment"]);
  assert.is(cohesion.filter((e) => e.name === "ol").length, 0);
});

test("meetings: upcoming (from the build's date, soonest first) apart from past (most recent first)", () => {
  const upcoming = first(sectionAfter(heading(partners, "Upcoming meetings")), "ul");
  assert.equal(listItems(upcoming), [
    "15 June 2025, 10am: Summer meeting",
    "1 September 2025: Away day",
    "Cancelled: 2 December 2025, 2pm: Winter meeting",
  ]);
  const past = first(sectionAfter(heading(partners, "Past meetings")), "ul");
  assert.equal(listItems(past), [
    "10 March 2025, 6:30pm: Spring meeting, Committee Room 6, Civic Centre, High Street, Northshire — the entrance is by the café on Market Square (details of the 10 March 2025 meeting)",
    "20 November 2024, 9am: Autumn meeting",
  ]);
  assert.equal(findAll(past, "time").map((t) => t.attrs.datetime), ["2025-03-10", "2024-11-20"]);
});

test("meetings link to the partnership's calendar file", () => {
  const link = findAll(partners, "a", { href: "/partnerships/northshire-partners/meetings.ics" });
  assert.is(link.length, 1);
  assert.match(textOf(link[0]), /calendar/);
});

test("documents: the link text gives format and size", () => {
  const links = findAll(first(sectionAfter(heading(partners, "Documents")), "ul"), "a");
  assert.equal(links.map((a) => [textOf(a), a.attrs.href]), [
    ["Terms of reference (PDF, 16 KB)", "https://www.northshire.example.gov.uk/terms.pdf"],
    ["Annual report (DOCX, 2 MB)", "https://www.northshire.example.gov.uk/annual-report.docx"],
    ["Members list (CSV)", "/documents/members.csv"],
  ]);
});

test("the current equalities statement, its review date and a link to it (not to the superseded one)", () => {
  const section = sectionAfter(heading(partners, "Equalities statement"));
  const text = section.map(textOf).join(" ");
  assert.match(text, /Northshire Partners signed its equalities statement on 14 September 2021\. Our renewed promise of equal access and equal opportunity\./);
  assert.match(text, /It will be reviewed by 14 September 2025\./);
  const links = section.flatMap((e) => findAll(e, "a")).map((a) => a.attrs.href);
  assert.ok(links.includes("/equalities-statements/northshire-partners-statement-2021/"), links.join(" "));
  assert.not.ok(links.includes("/equalities-statements/northshire-partners-statement-2015/"));
});

test("an overdue statement says so plainly", () => {
  const doc = build.page("/partnerships/southshire-forum/");
  assert.match(textOf(findOne(doc, "main")), /Warning: This statement is overdue for review\. It should have been reviewed by 10 January 2023\./);
  assert.is(keyFacts(doc)["Equalities statement"], "Signed 10 January 2019 – review overdue since 10 January 2023");
  assert.is(textOf(findOne(findOne(doc, "div", { class: "warning" }), "span", { class: "visually-hidden" })), "Warning:");
});

test("child partnerships, A to Z, with their type", () => {
  const list = first(sectionAfter(heading(partners, "Groups that report to Northshire Partners")), "ul");
  assert.equal(listItems(list), ["Northshire Arts Forum Forum", "Northshire Safety Board Board"]);
  assert.equal(findAll(list, "a").map((a) => a.attrs.href), ["/partnerships/northshire-arts-forum/", "/partnerships/northshire-safety-board/"]);
});

test("related partnerships", () => {
  const list = first(sectionAfter(heading(partners, "Other partnerships")), "ul");
  assert.equal(findAll(list, "a").map((a) => a.attrs.href), ["/partnerships/southshire-forum/"]);
});

test("contact: email, phone (dialable) and web address", () => {
  const list = first(sectionAfter(heading(partners, "Contact")), "ul");
  assert.equal(findAll(list, "a").map((a) => a.attrs.href), ["mailto:partners@northshire.example.gov.uk", "tel:01234567890", "https://www.northshire.example.gov.uk/contact"]);
  assert.match(textOf(list), /01234 567 890/);
});

test("'Page last updated' from last_reviewed, and the source link", () => {
  const text = textOf(findOne(partners, "main"));
  assert.match(text, /Page last updated: 1 May 2025/);
  assert.equal(findAll(partners, "a", { href: "https://www.northshire.example.gov.uk/partners" }).map(textOf), ["Original source of this information"]);
  assert.match(textOf(findOne(build.page("/partnerships/northshire-safety-board/"), "main")), /Page last updated: 2 April 2025/);
});

test("a partnership without the optional fields has none of their sections", () => {
  const arts = build.page("/partnerships/northshire-arts-forum/");
  assert.equal(headingsOf(arts), []);
  assert.equal(keyFacts(arts), { Type: "Forum: a group where organisations meet to share news and ideas", Area: "Borough of Northshire", "Reports to": "Northshire Partners" });
  assert.not.ok(build.exists("/partnerships/northshire-arts-forum/meetings.ics"));
});

test("the page's sections come in a readable order", () => {
  assert.equal(headingsOf(partners), [
    "Our aims",
    "Priorities",
    "Partnership working",
    "Community cohesion",
    "Members",
    "Meetings",
    "Documents",
    "Equalities statement",
    "Groups that report to Northshire Partners",
    "Other partnerships",
    "Contact",
  ]);
});

test("quick exit: on a partnership that asks for it and on the bodies below it, not above", () => {
  const exits = (address: string) => findAll(build.page(address), "a", { class: "quick-exit-link" }).length;
  assert.is(exits("/partnerships/northshire-safety-board/"), 1);
  assert.is(exits("/partnerships/northshire-youth-panel/"), 1);
  assert.is(exits("/partnerships/northshire-partners/"), 0);
  assert.is(exits("/partnerships/northshire-arts-forum/"), 0);
});

test.run();
