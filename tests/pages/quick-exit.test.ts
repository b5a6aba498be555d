// The "Exit this page" link (quick_exit): first thing after the skip link, a plain link to a neutral site that sends no referrer.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { allElements, findOne, textOf } from "../helpers/html.ts";

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
  assert.is(exit.attrs.class, "quick-exit");
  assert.match(textOf(exit), /^Exit this page/);
});

test("it leaves for a neutral site with rel=noreferrer and needs no script", () => {
  const exit = findOne(build.page("/partnerships/northshire-youth-panel/"), "a", { class: "quick-exit" });
  assert.is(exit.attrs.href, "https://www.bbc.co.uk/weather");
  assert.is(exit.attrs.rel, "noreferrer");
  assert.is(exit.attrs.onclick, undefined);
});

test("pages of partnerships that did not ask for it have none, and the skip link stays first", () => {
  for (const address of ["/", "/partnerships/northshire-partners/", "/equalities-statements/northshire-partners-statement-2021/"]) {
    const links = focusable(address);
    assert.is(links[0].attrs.href, "#main", address);
    assert.is(links.filter((e) => e.attrs.class === "quick-exit").length, 0, address);
  }
});

test.run();
