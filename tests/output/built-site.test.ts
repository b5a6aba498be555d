// What `npm run build` leaves on disk: every page minified, every text file with gzip and Brotli copies, calendars included.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

const files = () => (readdirSync(build.out, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => !f.endsWith(".gz") && !f.endsWith(".br"));

test("every text file has .gz and .br copies that decompress to its bytes", () => {
  const text = files().filter((f) => /\.(html|css|xml|json|ics|txt)$/.test(f));
  for (const kind of [".html", ".css", ".xml", ".json", ".ics", ".txt"]) assert.ok(text.some((f) => f.endsWith(kind)), `no ${kind} file was built`);
  for (const file of text) {
    const bytes = readFileSync(join(build.out, file));
    assert.equal(gunzipSync(readFileSync(join(build.out, `${file}.gz`))), bytes, `${file}.gz`);
    assert.equal(brotliDecompressSync(readFileSync(join(build.out, `${file}.br`))), bytes, `${file}.br`);
  }
});

test("every page is minified", () => {
  for (const file of files().filter((f) => f.endsWith(".html"))) assert.not.match(readFileSync(join(build.out, file), "utf8"), /\n\s*</, file);
});

test.run();
