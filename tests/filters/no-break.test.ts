// noBreak keeps a phone number on one line and escapes it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { noBreak } from "../../src/filters/no-break.ts";

test("spaces and hyphens become non-breaking", () => {
  assert.is(noBreak("020 8123-4567"), "020&nbsp;8123&#8209;4567");
});

test("text that looks like HTML is escaped", () => {
  assert.is(noBreak("<b>01895</b> & 250111"), "&lt;b&gt;01895&lt;/b&gt;&nbsp;&amp;&nbsp;250111");
});

test.run();
