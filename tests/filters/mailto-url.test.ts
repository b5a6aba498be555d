import { test } from "uvu";
import * as assert from "uvu/assert";
import { mailtoUrl } from "../../src/filters/mailto-url.ts";

test("subject and body are percent-encoded, lines joined with CRLF (RFC 6068)", () => {
  const url = mailtoUrl("web@example.test", "Broken link: A & B", ["Page: A & B", "Address: https://example.test/a?b=c"]);
  assert.is(url, "mailto:web@example.test?subject=Broken%20link%3A%20A%20%26%20B&body=Page%3A%20A%20%26%20B%0D%0AAddress%3A%20https%3A%2F%2Fexample.test%2Fa%3Fb%3Dc");
  const parsed = new URL(url);
  assert.is(parsed.searchParams.get("body"), "Page: A & B\r\nAddress: https://example.test/a?b=c");
});

test.run();
