// Pictures are published at the width the Easy Read style shows them (src/pictures/display-size.ts), so the two must agree.
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PICTURE_SIZES, PICTURE_WIDTH, PICTURE_WIDTHS } from "../../src/pictures/display-size.ts";
import { PROJECT_ROOT } from "../helpers/data-folder.ts";

test("the stylesheet shows Easy Read pictures at the width they are published at", () => {
  const css = readFileSync(`${PROJECT_ROOT}src/assets/site.css`, "utf8");
  const rule = /\.easy-read img \{([^}]*)\}/.exec(css)?.[1] ?? "";
  const width = /inline-size:\s*([\d.]+rem)/.exec(rule)?.[1];
  assert.is(width, PICTURE_SIZES, rule);
  assert.is(parseFloat(width!) * 16, PICTURE_WIDTH, "at a browser's default 16 px text");
  assert.equal(PICTURE_WIDTHS, [PICTURE_WIDTH, 2 * PICTURE_WIDTH], "and twice as wide for high-density screens");
});

test.run();
