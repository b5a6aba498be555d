// "Is there anything wrong with this page?" without a feedback_url: email links to the publisher, subject and body written in.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { findAll, findOne, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

const PUBLISHER = "access@partnerships.example.test";
const links = (address: string) => findAll(findAll(findOne(build.page(address), "aside", { class: "report-problem" }), "ul")[0], "a");

test("every page has the question, outside main, as a <details> with four email links and no form", () => {
  for (const address of build.htmlAddresses()) {
    const doc = build.page(address);
    const aside = findOne(doc, "aside", { class: "report-problem" });
    assert.is(aside.parent!.name, "div", `${address}: after <main>, not inside it`);
    assert.is(findOne(aside, "details").children.filter((c) => typeof c !== "string")[0].name, "summary");
    assert.is(findAll(aside, "form").length, 0, address);
    assert.equal(findAll(findAll(aside, "ul")[0], "a").map(textOf), ["Broken link", "Out of date information", "Missing information", "A problem with a service"], address);
  }
});

test("each link opens an email to the publisher with the page's title, address and the problem", () => {
  const [broken] = links("/a-z/");
  const url = new URL(broken.attrs.href);
  assert.is(url.protocol, "mailto:");
  assert.is(url.pathname, PUBLISHER);
  assert.is(url.searchParams.get("subject"), "Broken link: Partnerships A to Z");
  assert.is(url.searchParams.get("body"), "Page: Partnerships A to Z\r\nAddress: https://partnerships.example.test/a-z/\r\nProblem: Broken link\r\n\r\nPlease provide further details:\r\n");
});

test("'A problem with a service' emails the partnership when it has an email address, the publisher otherwise", () => {
  const service = links("/partnerships/northshire-partners/")[3];
  const url = new URL(service.attrs.href);
  assert.is(url.pathname, "partners@northshire.example.gov.uk");
  assert.is(url.searchParams.get("subject"), "A problem with a service: Northshire Partners");
  assert.match(url.searchParams.get("body")!, /Address: https:\/\/partnerships\.example\.test\/partnerships\/northshire-partners\/\r\n/);
  // A statement's page belongs to the partnership that signed it.
  assert.is(new URL(links("/equalities-statements/northshire-partners-statement-2021/")[3].attrs.href).pathname, "partners@northshire.example.gov.uk");
  assert.is(new URL(links("/partnerships/northshire-arts-forum/")[3].attrs.href).pathname, PUBLISHER);
});

test("with no form service, the Content-Security-Policy still allows no form at all", () => {
  assert.match(build.read("/_headers"), /form-action 'none'/);
});

test.run();
