// The build's date (src/model/build-date.ts): SOURCE_DATE_EPOCH fixes it; "today" is the UK calendar date.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildDate, ukDate } from "../../src/model/build-date.ts";

test("SOURCE_DATE_EPOCH (seconds) fixes the build's moment", () => {
  assert.is(buildDate({ SOURCE_DATE_EPOCH: "1749988800" }).toISOString(), "2025-06-15T12:00:00.000Z");
});

test("without SOURCE_DATE_EPOCH, the build's moment is now", () => {
  const before = Date.now();
  const moment = buildDate({}).getTime();
  assert.ok(moment >= before && moment <= Date.now() + 1000);
  assert.ok(Math.abs(buildDate({ SOURCE_DATE_EPOCH: "" }).getTime() - Date.now()) < 5000, "empty counts as unset");
});

test("a SOURCE_DATE_EPOCH that is not whole seconds is an error, not a wrong date", () => {
  assert.throws(() => buildDate({ SOURCE_DATE_EPOCH: "2025-06-15" }), /SOURCE_DATE_EPOCH must be whole seconds/);
  assert.throws(() => buildDate({ SOURCE_DATE_EPOCH: "-1" }), /SOURCE_DATE_EPOCH/);
});

test("ukDate is the date in London, which differs from UTC late in a summer evening", () => {
  assert.is(ukDate(new Date("2025-06-15T22:30:00Z")), "2025-06-15");
  assert.is(ukDate(new Date("2025-06-15T23:30:00Z")), "2025-06-16", "23:30 UTC is 00:30 BST");
  assert.is(ukDate(new Date("2025-12-31T23:30:00Z")), "2025-12-31", "GMT in winter");
});

test.run();
