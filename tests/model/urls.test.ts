// Which web addresses the contract allows (src/model/urls.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isAllowedUrl, isHttpsUrl } from "../../src/model/urls.ts";

test("allows https, http, mailto, tel and site-relative addresses", () => {
  for (const url of ["https://www.example.gov.uk/", "http://example.org/page", "mailto:team@example.gov.uk", "tel:+442079460000", "tel:+44-20-7946-0000", "tel:01234567890", "/documents/plan.pdf", "/"]) {
    assert.ok(isAllowedUrl(url), url);
  }
});

test("rejects javascript:, data:, other schemes, protocol-relative and page-relative addresses", () => {
  for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,hi", "vbscript:msgbox", "file:///etc/passwd", "ftp://example.org/", "//evil.example/", "plan.pdf", "../plan.pdf", "mailto:", "tel:call-me", ""]) {
    assert.not.ok(isAllowedUrl(url), url);
  }
});

test("https-only fields accept https and nothing else", () => {
  assert.ok(isHttpsUrl("https://www.example.gov.uk"));
  for (const url of ["http://www.example.gov.uk", "/page", "mailto:a@b.example", "https://", "www.example.gov.uk"]) assert.not.ok(isHttpsUrl(url), url);
});

test.run();
