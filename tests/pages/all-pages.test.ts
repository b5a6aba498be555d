// Rules for every HTML page the site writes: one h1, no skipped heading level, no scripts, the site's language.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { findAll, findOne, headingProblems, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("the fixture writes every page kind", () => {
  assert.equal(build.htmlAddresses(), [
    "/",
    "/404.html",
    "/a-z/",
    "/a-z/n/",
    "/a-z/s/",
    "/accessibility/",
    "/accessibility/report/",
    "/areas/eastshire/",
    "/areas/northshire/",
    "/areas/southshire/",
    "/equalities-statements/",
    "/equalities-statements/northshire-partners-statement-2015/",
    "/equalities-statements/northshire-partners-statement-2021/",
    "/equalities-statements/southshire-forum-statement/",
    "/leave-quickly/",
    "/partnerships/northshire-arts-forum/",
    "/partnerships/northshire-partners/",
    "/partnerships/northshire-safety-board/",
    "/partnerships/northshire-youth-panel/",
    "/partnerships/southshire-forum/",
  ]);
});

test("every page has exactly one h1 and never skips a heading level", () => {
  const problems = build.htmlAddresses().flatMap((address) => headingProblems(build.page(address)).map((p) => `${address}: ${p}`));
  assert.equal(problems, []);
});

test("no page runs JavaScript: the only <script> elements are JSON-LD data blocks", () => {
  const withScripts = build.htmlAddresses().filter((address) => findAll(build.page(address), "script").some((s) => s.attrs.type !== "application/ld+json"));
  assert.equal(withScripts, []);
});

test("every page says its language and has a title naming it", () => {
  for (const address of build.htmlAddresses()) {
    const doc = build.page(address);
    assert.is(findOne(doc, "html").attrs.lang, "en-GB", address);
    assert.ok(textOf(findOne(doc, "title")).length > 0, address);
  }
});

test("every page has one main landmark the skip link points at", () => {
  for (const address of build.htmlAddresses()) {
    const doc = build.page(address);
    const main = findOne(doc, "main");
    assert.is(main.attrs.id, "main", address);
    assert.ok(findAll(doc, "a", { href: "#main" }).length === 1, `${address}: skip link`);
  }
});

test("every page but the home page has breadcrumbs (GOV.UK): they start at Home and never link to the page itself", () => {
  for (const address of build.htmlAddresses().filter((a) => a !== "/" && a !== "/404.html")) {
    const links = findAll(findOne(build.page(address), "nav", { "aria-label": "Breadcrumb" }), "a");
    assert.is(links[0].attrs.href, "/", address);
    assert.equal(links.filter((a) => a.attrs.href === address || a.attrs["aria-current"] !== undefined), [], `${address} links to itself`);
  }
  assert.is(findAll(build.page("/"), "nav", { "aria-label": "Breadcrumb" }).length, 0, "none on the home page");
});

test("internal links lead to pages and files the build wrote", () => {
  const broken: string[] = [];
  for (const address of build.htmlAddresses()) {
    for (const a of findAll(build.page(address), "a")) {
      const href = a.attrs.href ?? "";
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const path = href.split("#")[0];
      // The fixture links one document by a site-relative address that the site does not host.
      if (path === "/documents/members.csv") continue;
      if (!build.exists(path)) broken.push(`${address} → ${href}`);
    }
  }
  assert.equal(broken, []);
});

test.run();
