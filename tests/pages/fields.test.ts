// The Westshire test borough (tests/fixtures/westshire): groups that close, plans that end, Easy Read, and the problem-report form, on every page they belong to.
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, succeeded, type Build } from "../helpers/build.ts";
import { PROJECT_ROOT, tempDir } from "../helpers/data-folder.ts";
import { breadcrumbs, findAll, findOne, firstNamed, heading, headingProblems, keyFacts, listItems, sectionAfter, textOf, type Element } from "../helpers/html.ts";

/** The fixture copied outside git (so no commit dates leak in), images folder beside _data as in a real project. */
function copyWestshire() {
  const root = tempDir();
  cpSync(join(PROJECT_ROOT, "tests/fixtures/westshire"), root, { recursive: true });
  return { root, dataDir: join(root, "_data") };
}

const pending = buildSite(copyWestshire());
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

const SITE = "https://partnerships.westshire.example.test";
const FORM = "https://forms.westshire.example.test/report-a-problem";
const main = (address: string) => findOne(build.page(address), "main");
const notice = (address: string) => textOf(findOne(main(address), "div", { class: "notice" }));
const jsonLd = (address: string) => JSON.parse(textOf(findOne(build.page(address), "script", { type: "application/ld+json" })));
const hrefs = (e: Element) => findAll(e, "a").map((a) => a.attrs.href);
const openData = () => JSON.parse(build.read("/data/partnerships.json"));

test("a closed group's page says so first, with the date and who it reported to, and keeps its address", () => {
  const page = main("/partnerships/westshire-exploitation-delivery-group/");
  const [h1, first] = page.children.filter((c): c is Element => typeof c !== "string");
  assert.is(textOf(h1), "Westshire Exploitation Delivery Group");
  assert.is(first.attrs.class, "notice", "the notice comes straight after the h1");
  assert.is(textOf(first), "Westshire Exploitation Delivery Group closed on 30 September 2024. This page is kept as a record of its work. It reported to Westshire Safeguarding Board.");
  assert.equal(hrefs(first), ["/partnerships/westshire-safeguarding-board/"]);
  const facts = keyFacts(build.page("/partnerships/westshire-exploitation-delivery-group/"));
  assert.is(facts.Closed, "30 September 2024");
  assert.is(facts["Reported to"], "Westshire Safeguarding Board");
  assert.not.match(textOf(page), /No meetings are planned yet/);
});

test("a closed group with no parent says when it closed, and nothing about a parent", () => {
  assert.is(notice("/partnerships/westshire-older-peoples-forum/"), "Westshire Older People's Forum closed on 31 March 2023. This page is kept as a record of its work.");
});

test("a group whose closing day has not come says it will close, and is still current", () => {
  assert.is(notice("/partnerships/westshire-winter-panel/"), "Westshire Winter Pressures Panel will close on 31 December 2025. It reports to Westshire Safeguarding Board.");
  assert.is(keyFacts(build.page("/partnerships/westshire-winter-panel/")).Closes, "31 December 2025");
});

test("the parent lists current groups under 'Groups that report to' and closed ones under 'Former groups'", () => {
  const board = build.page("/partnerships/westshire-safeguarding-board/");
  assert.equal(listItems(firstNamed(sectionAfter(heading(board, "Groups that report to Westshire Safeguarding Board")), "ul")), [
    "Westshire Training Delivery Group Delivery group",
    "Westshire Winter Pressures Panel Panel",
  ]);
  assert.equal(listItems(firstNamed(sectionAfter(heading(board, "Former groups")), "ul")), ["Westshire Exploitation Delivery Group Delivery group, closed 30 September 2024"]);
});

test("the area's tree and the home page's hold only current groups; the area lists its former groups apart", () => {
  const area = main("/areas/westshire/");
  const [tree] = findAll(area, "ul", { class: "tree" });
  assert.not.ok(hrefs(tree).includes("/partnerships/westshire-exploitation-delivery-group/"));
  assert.not.ok(hrefs(tree).includes("/partnerships/westshire-older-peoples-forum/"));
  assert.ok(hrefs(tree).includes("/partnerships/westshire-winter-panel/"));
  assert.match(textOf(area), /4 partnerships, each listed under the body it reports to\./);
  assert.equal(listItems(firstNamed(sectionAfter(heading(area, "Former groups")), "ul")), [
    "Westshire Exploitation Delivery Group Delivery group, closed 30 September 2024",
    "Westshire Older People's Forum Forum, closed 31 March 2023",
  ]);
  const home = hrefs(findAll(main("/"), "ul", { class: "tree" })[0]);
  assert.not.ok(home.includes("/partnerships/westshire-exploitation-delivery-group/"));
  assert.not.ok(home.includes("/partnerships/westshire-older-peoples-forum/"));
});

test("the A to Z keeps closed groups, marked with the day they closed", () => {
  const items = findAll(main("/a-z/"), "li").map(textOf);
  assert.ok(items.includes("Westshire Exploitation Delivery Group Delivery group, Westshire, closed 30 September 2024"), items.join("\n"));
  assert.ok(items.includes("Westshire Winter Pressures Panel Panel, Westshire"), "not yet closed, not marked");
});

test("open data: dissolved, former groups and children, plans with ended, the Easy Read address", () => {
  const data = openData();
  const bySlug = (slug: string) => data.partnerships.find((p: { slug: string }) => p.slug === slug);
  assert.is(bySlug("westshire-exploitation-delivery-group").dissolved, "2024-09-30");
  assert.is(bySlug("westshire-training-delivery-group").dissolved, null);
  assert.equal(bySlug("westshire-safeguarding-board").children, ["westshire-training-delivery-group", "westshire-winter-panel"]);
  assert.equal(bySlug("westshire-safeguarding-board").former_children, ["westshire-exploitation-delivery-group"]);
  assert.equal(data.areas[0].former_groups, ["westshire-exploitation-delivery-group", "westshire-older-peoples-forum"]);
  const plans = bySlug("westshire-partners").plans;
  assert.equal(plans.map((p: { title: string; ended: boolean }) => [p.title, p.ended]), [["Westshire Plan 2018 to 2022", true], ["Westshire Plan 2024 to 2028", false]]);
  assert.equal(plans[1].themes[3], { name: "One Westshire", summary: "Tackling inequality and building community leadership.", cross_cutting: true });
  const statement = data.statements.find((s: { slug: string }) => s.slug === "westshire-partners-statement");
  assert.is(statement.easy_read_url, `${SITE}/equalities-statements/westshire-partners-statement/easy-read/`);
  assert.match(statement.easy_read, /^## Our promise/);
  assert.is(data.site.feedback_url, FORM);
});

test("JSON-LD: dissolutionDate once a group has closed; a closed group is no longer a sub-organisation", () => {
  assert.is(jsonLd("/partnerships/westshire-exploitation-delivery-group/").dissolutionDate, "2024-09-30");
  assert.is(jsonLd("/partnerships/westshire-winter-panel/").dissolutionDate, undefined);
  assert.equal(jsonLd("/partnerships/westshire-safeguarding-board/").subOrganization.map((o: { name: string }) => o.name), ["Westshire Training Delivery Group", "Westshire Winter Pressures Panel"]);
});

test("the feed marks a closed group's entry, dated the day it closed", () => {
  const feed = build.read("/feed.xml");
  assert.match(feed, /<title>Westshire Exploitation Delivery Group \(closed\)<\/title>/);
  assert.match(feed, /<updated>2024-09-30T00:00:00Z<\/updated>\s*<summary>Closed on 30 September 2024\. Led the partnership/);
});

test("plans: each with its period in words; an ended one says so plainly and never reads as current", () => {
  const partners = build.page("/partnerships/westshire-partners/");
  assert.equal(findAll(main("/partnerships/westshire-partners/"), "h3").map(textOf).slice(0, 2), ["Westshire Plan 2018 to 2022", "Westshire Plan 2024 to 2028"]);
  const ended = sectionAfter(heading(partners, "Westshire Plan 2018 to 2022"));
  assert.is(textOf(firstNamed(ended, "div")), "This plan has ended. Its period, 2018 to 2022, has passed. It is kept here as a record, not as a current plan.");
  const current = sectionAfter(heading(partners, "Westshire Plan 2024 to 2028"));
  assert.is(current.filter((e) => e.attrs.class === "notice").length, 0);
  assert.is(textOf(current[0]), "Period: April 2024 to March 2028.");
  assert.equal(listItems(firstNamed(current, "ul")), [
    "A healthier Westshire: Helping people to lead healthier lives.",
    "A safer Westshire",
    "Jobs and skills",
    "One Westshire, a cross-cutting theme: it applies to all the other themes (A healthier Westshire, A safer Westshire, Jobs and skills). Tackling inequality and building community leadership.",
  ]);
  assert.ok(current.some((e) => textOf(e) === "Westshire Plan 2024 to 2028 (PDF, 850 KB)"));
});

test("Easy Read: its own page, linked from the statement and back, with site pictures beside their words", () => {
  const statement = main("/equalities-statements/westshire-partners-statement/");
  assert.ok(hrefs(statement).includes("/equalities-statements/westshire-partners-statement/easy-read/"));
  const doc = build.page("/equalities-statements/westshire-partners-statement/easy-read/");
  const easy = findOne(doc, "div", { class: "easy-read" });
  assert.is(textOf(findOne(easy, "h1")), "Westshire Partners Equalities Statement: Easy Read");
  assert.ok(hrefs(easy).includes("/equalities-statements/westshire-partners-statement/"));
  const images = findAll(easy, "img");
  assert.equal(images.map((i) => [i.attrs.src, i.attrs.alt]), [["/images/promise.svg", "Two people shaking hands"], ["/images/talking.svg", "Two people talking"], ["/images/respect.svg", "A person with a heart"]]);
  for (const image of images) {
    assert.is(image.parent!.name, "p", "each picture sits in the paragraph of its words");
    assert.ok(existsSync(join(build.out, image.attrs.src)), `${image.attrs.src} is published`);
    // An SVG is published as it is, at the Easy Read picture width (96 px), its height from its own proportions.
    assert.equal([image.attrs.width, image.attrs.height, image.attrs.decoding], ["96", "96", "async"], image.attrs.src);
  }
  assert.equal(images.map((i) => i.attrs.loading), [undefined, "lazy", "lazy"], "the first picture loads with the page, the others later");
  assert.equal(breadcrumbs(doc).map((c) => c.text), ["Home", "Equalities statements", "Westshire Partners Equalities Statement"]);
  assert.match(textOf(findOne(doc, "title")), /^Westshire Partners Equalities Statement: Easy Read – /, "never cut, and the site's name follows");
});

test("Easy Read text is at least 14 pt (18.67 px), on short, well-spaced lines", () => {
  const css = build.read(findOne(build.page("/"), "link", { rel: "stylesheet" }).attrs.href);
  const rule = /\.easy-read\{([^}]*)\}/.exec(css)?.[1] ?? "";
  const rem = Number(/font-size:([\d.]+)rem/.exec(rule)?.[1]);
  assert.ok(rem * 16 >= 18.67, `.easy-read font-size ${rem}rem`);
  assert.ok(Number(/line-height:([\d.]+)/.exec(rule)?.[1]) >= 1.5, rule);
  assert.match(css, /\.easy-read>\*\{max-inline-size:3\drem\}/);
});

test("an Easy Read page of a partnership with quick exit has the exit link too", () => {
  assert.is(findAll(build.page("/equalities-statements/westshire-safeguarding-statement/easy-read/"), "a", { class: "quick-exit-link" }).length, 1);
  assert.is(findAll(build.page("/equalities-statements/westshire-partners-statement/easy-read/"), "a", { class: "quick-exit-link" }).length, 0);
});

test("every page asks 'Is there anything wrong with this page?' with a POST form to feedback_url: page, four choices, details", () => {
  const pages = build.htmlAddresses();
  assert.ok(pages.length >= 15);
  for (const address of pages) {
    const doc = build.page(address);
    const aside = findOne(doc, "aside", { class: "report-problem" });
    assert.is(textOf(findOne(aside, "summary")), "Is there anything wrong with this page?", address);
    const form = findOne(aside, "form");
    assert.is(form.attrs.action, FORM, address);
    assert.is(form.attrs.method, "post", `${address}: what a person types never lands in the address bar or history`);
    const canonical = findOne(doc, "link", { rel: "canonical" }).attrs.href;
    assert.is(findOne(form, "input", { type: "hidden" }).attrs.value, canonical, address);
    assert.equal(findAll(form, "input", { type: "radio" }).map((r) => [r.attrs.name, r.attrs.value]), [["problem", "broken-link"], ["problem", "out-of-date"], ["problem", "missing-information"], ["problem", "service"]]);
    assert.equal(findAll(form, "label").map(textOf), ["Broken link", "Out of date information", "Missing information", "A problem with a service", "Please provide further details"]);
    assert.is(findOne(form, "textarea").attrs.name, "details");
  }
});

test("the Content-Security-Policy allows forms to exactly the feedback address, and nowhere else", () => {
  const csp = /Content-Security-Policy: (.*)/.exec(build.read("/_headers"))![1];
  assert.ok(csp.split("; ").includes(`form-action ${FORM}`), csp);
});

test("every page carries the same policy in a <meta> tag, less frame-ancestors (which a meta tag cannot carry), and no referrer", () => {
  const csp = /Content-Security-Policy: (.*)/.exec(build.read("/_headers"))![1];
  assert.ok(csp.includes("frame-ancestors 'none'"), csp);
  const expected = csp.split("; ").filter((d) => !d.startsWith("frame-ancestors")).join("; ");
  for (const address of build.htmlAddresses()) {
    const doc = build.page(address);
    assert.is(findOne(doc, "meta", { "http-equiv": "Content-Security-Policy" }).attrs.content, expected, address);
    assert.is(findOne(doc, "meta", { name: "referrer" }).attrs.content, "no-referrer", address);
  }
});

test("'A problem with a service' points to the partnership's own contact, since the publisher does not run services", () => {
  const partners = textOf(findOne(build.page("/partnerships/westshire-partners/"), "aside", { class: "report-problem" }));
  assert.match(partners, /To report a problem with a service, contact Westshire Partners: Email: partners@westshire\.example\.test Phone: 020 7946 0101$/);
  const statement = findOne(build.page("/equalities-statements/westshire-safeguarding-statement/"), "aside", { class: "report-problem" });
  assert.ok(hrefs(statement).includes("https://www.westshire.example.test/safeguarding/contact"), "the signing partnership's contact page");
  assert.match(textOf(statement), /To report a problem with a service, contact Westshire Safeguarding Board: Contact Westshire Safeguarding Board online$/);
  assert.match(textOf(findOne(build.page("/a-z/"), "aside", { class: "report-problem" })), /will pass a report about a service on to the partnership that does/);
});

test("every page's headings start at one h1 and never skip a level, plans and Easy Read text included", () => {
  for (const address of build.htmlAddresses()) assert.equal(headingProblems(build.page(address)), [], address);
});

test.run();
