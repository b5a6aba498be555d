// Dates as words, GOV.UK style (src/filters/date-in-words.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { dateInWords } from "../../src/filters/date-in-words.ts";

test("a full date: day without a leading zero, month in words, year", () => {
  assert.is(dateInWords("2018-11-06"), "6 November 2018");
  assert.is(dateInWords("2025-01-31"), "31 January 2025");
  assert.is(dateInWords("2024-02-29"), "29 February 2024");
});

test("a month: month and year", () => {
  assert.is(dateInWords("2002-01"), "January 2002");
  assert.is(dateInWords("1999-12"), "December 1999");
});

test("a year alone, as text or as the number YAML reads", () => {
  assert.is(dateInWords("2002"), "2002");
  assert.is(dateInWords(2002 as unknown as string), "2002");
});

test.run();
