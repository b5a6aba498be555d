import { test } from "uvu";
import * as assert from "uvu/assert";
import { planPeriod } from "../../src/filters/plan-period.ts";

test("a plan's period in words", () => {
  assert.is(planPeriod({ from: "2018", to: "2022" }), "2018 to 2022");
  assert.is(planPeriod({ to: "2020" }), "until 2020");
  assert.is(planPeriod({ from: "2024-04", to: "2028-03-31" }), "April 2024 to 31 March 2028");
  assert.is(planPeriod({ from: "2025", to: "2025" }), "2025");
});

test.run();
