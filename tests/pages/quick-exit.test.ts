// The "Exit this page" link (quick_exit): first thing after the skip link, in its own landmark, a plain link to a neutral site that sends no referrer, with safety advice beside it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { allElements, findAll, findOne, textOf } from "../helpers/html.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

/** Links and other focusable elements in document order: what a keyboard user tabs through. */
const focusable = (address: string) => allElements(findOne(build.page(address), "body")).filter((e) => (e.name === "a" && e.attrs.href !== undefined) || e.attrs.tabindex === "0");

test("on a partnership that asks for it, the exit link comes straight after the skip link", () => {
  const [skip, exit] = focusable("/partnerships/northshire-safety-board/");
  assert.is(skip.attrs.href, "#main");
  assert.is(exit.attrs.class, "quick-exit-link");
  assert.match(textOf(exit), /^Exit this page/);
});

test("the exit link sits in a landmark, with the advice on leaving safely beside it, each in its own block so they never run together with CSS off", () => {
  const aside = findOne(build.page("/partnerships/northshire-safety-board/"), "aside", { class: "quick-exit" });
  assert.is(aside.attrs["aria-label"], "Exit this page");
  const blocks = aside.children.filter((c) => typeof c !== "string");
  assert.equal(blocks.map((p) => (p as { name: string }).name), ["p", "p"]);
  assert.equal(findAll(aside, "a").map((a) => a.attrs.href), ["https://www.bbc.co.uk/weather", "/leave-quickly/"]);
});

test("the safety page explains the Back button and history, private browsing and clearing history, and has the exit link itself", () => {
  const doc = build.page("/leave-quickly/");
  const text = textOf(findOne(doc, "main"));
  for (const words of [/Back button/, /browsing history/, /private window/, /incognito/, /delete this website from your browsing history/, /call 999/]) assert.match(text, words);
  assert.is(findAll(doc, "a", { class: "quick-exit-link" }).length, 1);
});

test("it leaves for a neutral site with rel=noreferrer and needs no script", () => {
  const exit = findOne(build.page("/partnerships/northshire-youth-panel/"), "a", { class: "quick-exit-link" });
  assert.is(exit.attrs.href, "https://www.bbc.co.uk/weather");
  assert.is(exit.attrs.rel, "noreferrer");
  assert.is(exit.attrs.onclick, undefined);
});

test("pages of partnerships that did not ask for it have none, and the skip link stays first", () => {
  for (const address of ["/", "/partnerships/northshire-partners/", "/equalities-statements/northshire-partners-statement-2021/"]) {
    const links = focusable(address);
    assert.is(links[0].attrs.href, "#main", address);
    assert.is(links.filter((e) => e.attrs.class === "quick-exit-link").length, 0, address);
  }
});

test.run();
