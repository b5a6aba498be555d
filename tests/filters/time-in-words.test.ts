// Times as words, GOV.UK style (src/filters/time-in-words.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { timeInWords } from "../../src/filters/time-in-words.ts";

test("on the hour: no minutes", () => {
  assert.is(timeInWords("09:00"), "9am");
  assert.is(timeInWords("18:00"), "6pm");
});

test("with minutes", () => {
  assert.is(timeInWords("18:30"), "6:30pm");
  assert.is(timeInWords("09:05"), "9:05am");
  assert.is(timeInWords("12:30"), "12:30pm");
  assert.is(timeInWords("00:15"), "12:15am");
  assert.is(timeInWords("23:59"), "11:59pm");
});

test("midday and midnight in words", () => {
  assert.is(timeInWords("12:00"), "midday");
  assert.is(timeInWords("00:00"), "midnight");
});

test.run();
