// One built file as served (src/output/write-site-file.ts): HTML minified, and gzip and Brotli copies that decompress to the same bytes.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writeSiteFile } from "../../src/output/write-site-file.ts";

const folder = () => mkdtempSync(join(tmpdir(), "site-file-"));
const PAGE = "<!doctype html>\n<html lang=en>\n  <head>\n    <title>A page</title>\n  </head>\n  <body>\n    <p>Some   words.</p>\n  </body>\n</html>\n";

test("writes HTML minified, in folders it makes, with .gz and .br copies of the minified bytes", () => {
  const path = join(folder(), "partnerships", "northshire-partners", "index.html");
  assert.is(writeSiteFile(path, PAGE), 3);
  const html = readFileSync(path);
  assert.ok(html.length < PAGE.length, `${html.length} bytes, not smaller than ${PAGE.length}`);
  assert.not.match(html.toString(), /\n\s+</);
  assert.match(html.toString(), /<title>A page<\/title>/);
  assert.match(html.toString(), /<\/p><\/body><\/html>$/, "closing tags are kept");
  assert.equal(gunzipSync(readFileSync(`${path}.gz`)), html);
  assert.equal(brotliDecompressSync(readFileSync(`${path}.br`)), html);
});

test("every text type gets copies, byte for byte as written; other files are written alone", () => {
  const dir = folder();
  for (const name of ["site.css", "sitemap.xml", "data.json", "meetings.ics", "robots.txt"]) {
    const path = join(dir, name);
    const text = `line one\r\nline two of ${name}\r\n`;
    assert.is(writeSiteFile(path, text), 3, name);
    assert.is(readFileSync(path, "utf8"), text, `${name} is not minified or changed`);
    assert.is(gunzipSync(readFileSync(`${path}.gz`)).toString(), text, name);
    assert.is(brotliDecompressSync(readFileSync(`${path}.br`)).toString(), text, name);
  }
  const headers = join(dir, "_headers");
  assert.is(writeSiteFile(headers, "/*\n  X-Content-Type-Options: nosniff\n"), 1);
  assert.not.ok(existsSync(`${headers}.gz`));
  assert.not.ok(existsSync(`${headers}.br`));
});

test.run();
