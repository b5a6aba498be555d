// The Atom feed (src/pages/feed.njk): the latest changes, as RFC 4287 asks.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { findAll, findOne, parseHtml, textOf, type Element } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
let feed: Element;
test.before(async () => {
  build = succeeded(await pending);
  feed = findOne(parseHtml(build.read("/feed.xml"), { xml: true }), "feed");
});

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const child = (e: Element, name: string) => e.children.filter((c): c is Element => typeof c !== "string" && c.name === name);

test("is well-formed XML: every ampersand is an entity and every element closes", () => {
  const xml = build.read("/feed.xml");
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
  assert.is(xml.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi), null, "bare &");
  assert.is(findAll(parseHtml(xml, { xml: true }), "feed").length, 1);
  const opened = (xml.match(/<entry>/g) ?? []).length;
  assert.is(opened, (xml.match(/<\/entry>/g) ?? []).length);
});

test("feed: Atom namespace, one id, title, updated and a self link", () => {
  assert.is(feed.attrs.xmlns, "http://www.w3.org/2005/Atom");
  assert.equal(child(feed, "id").map(textOf), ["https://partnerships.example.test/"]);
  assert.equal(child(feed, "title").map(textOf), ["Testshire Partnerships"]);
  assert.is(child(feed, "updated").length, 1);
  assert.match(textOf(child(feed, "updated")[0]), RFC3339);
  assert.equal(child(feed, "link").filter((l) => l.attrs.rel === "self").map((l) => l.attrs.href), ["https://partnerships.example.test/feed.xml"]);
  assert.is(child(feed, "author").length, 1);
});

test("each entry: one id, title, updated (RFC 3339) and an absolute link; ids unique", () => {
  const entries = child(feed, "entry");
  assert.is(entries.length, 6, "three reviewed partnerships and three statements");
  for (const entry of entries) {
    for (const name of ["id", "title", "updated"]) assert.is(child(entry, name).length, 1, `${name} in ${textOf(entry)}`);
    assert.match(textOf(child(entry, "updated")[0]), RFC3339);
    assert.match(child(entry, "link")[0].attrs.href, /^https:\/\/partnerships\.example\.test\//);
  }
  const ids = entries.map((e) => textOf(child(e, "id")[0]));
  assert.is(new Set(ids).size, ids.length);
});

test("entries are newest first, and the feed's updated is the newest entry's", () => {
  const updated = child(feed, "entry").map((e) => textOf(child(e, "updated")[0]));
  assert.equal(updated, [...updated].sort().reverse());
  assert.is(textOf(child(feed, "updated")[0]), updated[0]);
  assert.equal(child(feed, "entry").slice(0, 2).map((e) => textOf(child(e, "title")[0])), ["Northshire Partners", "Northshire Safety Board"]);
});

test.run();
