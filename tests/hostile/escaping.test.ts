// Text that is valid but looks like markup, calendar lines or JSON, through every output: each format escapes it its own way.
// Built twice, under two time zones with daylight saving, which must give the same site byte for byte.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture, lines } from "../helpers/data-folder.ts";
import { allElements, findAll, findOne, parseHtml, textOf } from "../helpers/html.ts";
import { treeOf } from "../helpers/tree.ts";

const NAME = `</script><script>alert(1)</script> & "Co" 'Ltd' ]]> <!-- ; , \\ : BEGIN:VEVENT`;
const SUMMARY = `<img src=x onerror=alert(2)> & </title><b>bold</b> line? ]]>`;
const TITLE = `Meeting; with, commas \\ and END:VCALENDAR <i>`;
const MEMBER = `Member "</script>" & <b>`;
const PAGE = "/partnerships/hostile-text/";
const CALENDAR = `${PAGE}meetings.ics`;

const folder = copyFixture({
  "partnerships/hostile-text.yaml": lines(
    `name: ${JSON.stringify(NAME)}`,
    "area: northshire",
    "type: forum",
    `summary: ${JSON.stringify(SUMMARY)}`,
    "parent: northshire-partners",
    "last_reviewed: 2025-06-01",
    "description: 'Text with <script>alert(3)</script> and [a link](/a-z/?a=1&b=2 \"t\\\"itle\").'",
    "members:",
    `  - name: ${JSON.stringify(MEMBER)}`,
    "    sector: public",
    "    url: https://www.example.gov.uk/?a=1&b=2",
    "meetings:",
    "  - date: 2026-03-08",
    '    time: "02:30"',
    `    title: ${JSON.stringify(TITLE)}`,
    `    location: ${JSON.stringify(`${NAME}, room 1`)}`,
    "  - date: 2026-10-04",
    '    time: "02:30"',
    "    title: Sydney gap",
  ),
});
const pending = Promise.all([
  buildSite(folder, { env: { TZ: "America/New_York" } }),
  buildSite(folder, { env: { TZ: "Australia/Sydney" } }),
  fixtureBuild(),
]);
let newYork: Build;
let sydney: Build;
let fixture: Build;
test.before(async () => {
  [newYork, sydney, fixture] = (await pending).map(succeeded);
});

/** Elements the editor's text would have made had it been passed through. */
const injected = (doc: ReturnType<typeof parseHtml>) =>
  allElements(doc).filter((e) => ["b", "i", "img"].includes(e.name) || (e.name === "script" && e.attrs.type !== "application/ld+json") || Object.keys(e.attrs).some((a) => a.startsWith("on")));

/** Problems that make XML not well-formed: a bare & or <, characters XML forbids, unbalanced elements. */
function xmlProblems(source: string): string[] {
  const problems: string[] = [];
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(source)) problems.push("a character XML does not allow");
  const body = source.replace(/^<\?xml[^>]*\?>/, "");
  const stack: string[] = [];
  for (const [, text, tag] of body.matchAll(/([^<]*)(<[^>]*>)?/g)) {
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) problems.push(`a bare & in ${JSON.stringify(text.slice(0, 40))}`);
    if (!tag) continue;
    if (/^<[^>]*[<]/.test(tag) || /="[^"]*&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(tag)) problems.push(`a broken tag ${tag.slice(0, 60)}`);
    const name = /^<\/?([\w:-]+)/.exec(tag)?.[1];
    if (!name) problems.push(`not a tag: ${tag.slice(0, 60)}`);
    else if (tag.startsWith("</")) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else if (!tag.endsWith("/>")) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(", ")}`);
  return problems;
}

test("the two time zones build the same site, byte for byte", () => {
  assert.equal(treeOf(sydney.out), treeOf(newYork.out));
});

test("iCalendar: a 02:30 meeting on 8 March 2026 is 02:30 in London, under New York and Sydney time alike", () => {
  for (const build of [newYork, sydney]) {
    const ics = build.read(CALENDAR).replace(/\r\n[ \t]/g, "");
    assert.ok(ics.includes("DTSTART;TZID=Europe/London:20260308T023000\r\n"), ics);
    assert.ok(ics.includes("DTSTART;TZID=Europe/London:20261004T023000\r\n"), ics);
  }
});

test("iCalendar: the calendar name, titles and locations are escaped text; no line starts where the data says", () => {
  const ics = newYork.read(CALENDAR);
  const unfolded = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const escaped = NAME.replace(/[\\;,]/g, (c) => `\\${c}`);
  assert.ok(unfolded.includes(`NAME:${escaped} meetings`), unfolded.join("\n"));
  assert.ok(unfolded.includes(`X-WR-CALNAME:${escaped} meetings`));
  assert.ok(unfolded.includes(`SUMMARY:${TITLE.replace(/[\\;,]/g, (c) => `\\${c}`)}`));
  assert.is(unfolded.filter((l) => l === "BEGIN:VEVENT").length, 2);
  assert.is(unfolded.filter((l) => l === "END:VCALENDAR").length, 1);
  assert.is(ics.replace(/\r\n/g, "").match(/[\r\n]/g), null, "no bare line breaks");
});

test("HTML: the name, summary, member and Markdown are text on every page that shows them", () => {
  for (const address of [PAGE, "/partnerships/northshire-partners/", "/", "/a-z/", "/areas/northshire/"]) {
    const doc = newYork.page(address);
    assert.equal(injected(doc).map((e) => e.name), [], address);
    assert.ok(textOf(findOne(doc, "main")).includes(NAME), `${address} shows the name as text`);
  }
  const doc = newYork.page(PAGE);
  assert.is(textOf(findOne(doc, "h1")), NAME);
  assert.is(findOne(doc, "meta", { name: "description" }).attrs.content, SUMMARY);
  assert.ok(textOf(findOne(doc, "main")).includes(MEMBER));
  assert.ok(findAll(doc, "a").some((a) => a.attrs.href === "/a-z/?a=1&b=2" && a.attrs.title === 't"itle'), "the link's address and title kept, as attributes");
});

// A minifier once turned &lt; back into < inside <title>, which browsers read as text but every scanner reads as a script.
test("HTML source: no tag the editor typed appears as markup, even inside <title>", () => {
  const source = newYork.read(PAGE);
  assert.not.ok(source.includes("<script>alert(1)"), source.slice(source.indexOf("<title>"), source.indexOf("</title>") + 8));
  assert.not.ok(source.includes("<img src=x"), "summary as markup");
});

test("JSON-LD: the name is data, and nothing in it can close the script element", () => {
  const doc = newYork.page(PAGE);
  const [script] = findAll(doc, "script", { type: "application/ld+json" });
  const raw = textOf(script);
  assert.not.match(raw, /<\/script|<!--/i);
  const data = JSON.parse(raw);
  assert.is(data.name, NAME);
  assert.is(data.description, SUMMARY);
  assert.is(data.member[0].name, MEMBER);
});

test("Atom feed: well-formed XML, with the name and summary as text", () => {
  const source = newYork.read("/feed.xml");
  assert.equal(xmlProblems(source), []);
  const entry = findAll(parseHtml(source, { xml: true }), "entry").find((e) => findOne(e, "link").attrs.href.endsWith(PAGE))!;
  assert.ok(entry, "the partnership is in the feed");
  assert.is(textOf(findOne(entry, "title")), NAME);
  assert.is(textOf(findOne(entry, "summary")), SUMMARY);
});

test("sitemap: well-formed XML with the page's address, which comes from its slug alone", () => {
  const source = newYork.read("/sitemap.xml");
  assert.equal(xmlProblems(source), []);
  assert.ok(source.includes(`<loc>https://partnerships.example.test${PAGE}</loc>`));
  assert.not.ok(source.includes("alert"));
});

test("open data: the text comes back exactly as written", () => {
  const data = JSON.parse(newYork.read("/data/partnerships.json"));
  const p = data.partnerships.find((x: { slug: string }) => x.slug === "hostile-text");
  assert.is(p.name, NAME);
  assert.is(p.summary, SUMMARY);
  assert.is(p.members[0].name, MEMBER);
  assert.is(p.meetings[0].title, TITLE);
});

test("_headers: nothing from the data reaches it", () => {
  assert.is(newYork.read("/_headers"), fixture.read("/_headers"));
  assert.not.ok(newYork.read("/_headers").includes("alert"));
});

test("the hostile page's source was read from the built file, not from a cache", () => {
  assert.ok(readFileSync(join(newYork.out, "partnerships", "hostile-text", "index.html"), "utf8").length > 0);
});

test.run();
