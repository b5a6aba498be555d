// JSON-LD on partnership pages and the home page (src/structured-data/json-ld.ts): valid JSON that says what the page says.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { findAll, findOne, textOf, type Element } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

const SITE = "https://partnerships.example.test/";
const jsonLd = (doc: Element) => {
  const blocks = findAll(doc, "script", { type: "application/ld+json" });
  assert.is(blocks.length, 1, "one JSON-LD block");
  return JSON.parse(textOf(blocks[0])) as Record<string, any>;
};

test("a partnership is a GovernmentOrganization with the facts its page shows", () => {
  const doc = build.page("/partnerships/northshire-partners/");
  const data = jsonLd(doc);
  assert.is(data["@context"], "https://schema.org");
  assert.is(data["@type"], "GovernmentOrganization");
  assert.is(data.name, textOf(findOne(doc, "h1")));
  assert.is(data.description, textOf(findOne(doc, "p", { class: "lead" })));
  assert.is(data.foundingDate, "2002-01");
  assert.equal(data.areaServed, { "@type": "AdministrativeArea", name: "Borough of Northshire" });
  assert.equal(data.member.map((m: { name: string }) => m.name), ["Northshire Council", "Northshire Voluntary Action", "Northshire Chamber of Commerce"]);
  assert.equal(data.member[0].url, "https://www.northshire.example.gov.uk");
  assert.equal(data.subOrganization.map((o: { name: string }) => o.name), ["Northshire Arts Forum", "Northshire Safety Board"]);
  assert.is(data.parentOrganization, undefined);
});

test("a child names its parent organisation by name and absolute address", () => {
  const data = jsonLd(build.page("/partnerships/northshire-safety-board/"));
  assert.equal(data.parentOrganization, { "@type": "GovernmentOrganization", name: "Northshire Partners", url: `${new URL("/partnerships/northshire-partners/", SITE)}` });
  assert.ok(data.url.endsWith("/partnerships/northshire-safety-board/"));
});

test("the home page is a WebSite; other pages carry no JSON-LD", () => {
  const data = jsonLd(build.page("/"));
  assert.is(data["@type"], "WebSite");
  assert.is(data.name, "Testshire Partnerships");
  for (const address of ["/a-z/", "/equalities-statements/", "/accessibility/"]) assert.is(findAll(build.page(address), "script").length, 0, address);
});

test("text that could close the script element is escaped inside JSON-LD", () => {
  for (const address of build.htmlAddresses()) {
    for (const block of findAll(build.page(address), "script")) assert.not.match(textOf(block), /<\/script/i, address);
  }
});

test.run();
