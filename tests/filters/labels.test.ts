// Contract values in plain words (src/filters/labels.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { characteristicName, partnershipType, sectorName } from "../../src/filters/labels.ts";

test("partnership types", () => {
  assert.is(partnershipType("local-strategic-partnership"), "Local strategic partnership");
  assert.is(partnershipType("theme-group"), "Theme group");
  assert.is(partnershipType("delivery-group"), "Delivery group");
});

test("sectors", () => {
  assert.is(sectorName("voluntary"), "Voluntary sector");
  assert.is(sectorName("residents"), "Residents");
});

test("protected characteristics", () => {
  assert.is(characteristicName("religion-or-belief"), "Religion or belief");
  assert.is(characteristicName("marriage-and-civil-partnership"), "Marriage and civil partnership");
  assert.is(characteristicName("gender-reassignment"), "Gender reassignment");
});

test.run();
