// src/brand/colour.ts: WCAG contrast, and the nearest shade of a brand colour's hue whose header text reaches 7:1.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { contrast, darkHeaderShade, headerColours, headerTextOn, NEAR_BLACK, nearestPassingShade, ratioInWords, WHITE } from "../../src/brand/colour.ts";

test("contrast is WCAG's: black on white 21:1, the same colour 1:1, GOV.UK blue on white 5.1:1", () => {
  assert.is(contrast("#000000", "#ffffff"), 21);
  assert.is(contrast("#1d70b8", "#1d70b8"), 1);
  assert.is(ratioInWords(contrast("#1d70b8", WHITE)), "5.1:1");
});

test("a ratio is rounded down for the editor, so one just under 7:1 never reads 7.0:1", () => {
  assert.is(ratioInWords(6.999), "6.9:1");
  assert.is(ratioInWords(7), "7.0:1");
  assert.is(ratioInWords(4.82), "4.8:1");
});

test("the header text is white on a dark colour, near-black on a light one, and neither on a mid red", () => {
  assert.is(headerTextOn("#0b0c0c"), WHITE);
  assert.is(headerTextOn("#3db1a8"), NEAR_BLACK);
  assert.is(headerTextOn("#e4003b"), undefined);
});

test("the nearest passing shade of #e4003b is #b4002f, the darkest change that white text needs, of the same hue", () => {
  assert.is(nearestPassingShade("#e4003b"), "#b4002f");
  assert.ok(contrast("#b4002f", WHITE) >= 7);
  // One step lighter in the red channel is already under 7:1, so no nearer shade passes.
  assert.ok(contrast("#b5002f", WHITE) < 7);
});

test("a light colour's nearest passing shade may be lighter, for near-black text", () => {
  const shade = nearestPassingShade("#5694ca");
  assert.is(headerTextOn(shade), NEAR_BLACK);
  assert.ok(contrast(shade, NEAR_BLACK) >= 7, shade);
  assert.ok(contrast(shade, WHITE) < contrast("#5694ca", WHITE), "lighter than the colour");
});

test("a grey has a shade too, and a passing colour is its own nearest shade", () => {
  assert.ok(headerTextOn(nearestPassingShade("#777777")), nearestPassingShade("#777777"));
  assert.is(nearestPassingShade("#3db1a8"), "#3db1a8");
});

test("the dark scheme's header is the colour itself when white text passes on it, otherwise its nearest darker shade that white text passes on", () => {
  assert.is(darkHeaderShade("#b4002f"), "#b4002f");
  const dark = darkHeaderShade("#3db1a8");
  assert.ok(contrast(dark, WHITE) >= 7, dark);
  assert.ok(contrast(dark, WHITE) < 7.2, `${dark} is the nearest such shade, not black`);
  assert.equal(headerColours("#3DB1A8"), { colour: "#3db1a8", text: NEAR_BLACK, darkColour: dark });
});

test.run();
