// What `npm run build` leaves on disk: tight HTML written by the templates themselves, and .gz/.br copies only with --precompress.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture } from "../helpers/data-folder.ts";

const pending = fixtureBuild();
const precompressed = buildSite(copyFixture(), { args: ["--precompress"] });
let build: Build;
let withCopies: Build;
test.before(async () => {
  build = succeeded(await pending);
  withCopies = succeeded(await precompressed);
});

const files = (out: string) => readdirSync(out, { recursive: true, encoding: "utf8" }) as string[];
const TEXT = /\.(html|css|xml|json|ics|txt)$/;

test("a plain build writes no .gz or .br copies (most hosts compress by themselves)", () => {
  assert.ok(files(build.out).some((f) => f.endsWith(".html")));
  assert.equal(files(build.out).filter((f) => f.endsWith(".gz") || f.endsWith(".br")), []);
});

test("with --precompress, every text file has .gz and .br copies that decompress to its bytes, and nothing else has", () => {
  const all = files(withCopies.out);
  const text = all.filter((f) => TEXT.test(f));
  for (const kind of [".html", ".css", ".xml", ".json", ".ics", ".txt"]) assert.ok(text.some((f) => f.endsWith(kind)), `no ${kind} file was built`);
  for (const file of text) {
    const bytes = readFileSync(join(withCopies.out, file));
    assert.equal(gunzipSync(readFileSync(join(withCopies.out, `${file}.gz`))), bytes, `${file}.gz`);
    assert.equal(brotliDecompressSync(readFileSync(join(withCopies.out, `${file}.br`))), bytes, `${file}.br`);
  }
  assert.equal(all.filter((f) => /\.(gz|br)$/.test(f)).length, text.length * 2, "a copy of a file that is not text, or of a copy");
});

test("--precompress changes no page: the files are byte for byte those of a plain build", () => {
  for (const file of files(build.out).filter((f) => TEXT.test(f) && !f.startsWith("accessibility"))) {
    assert.equal(readFileSync(join(withCopies.out, file)), readFileSync(join(build.out, file)), file);
  }
});

test("pages are tight without a minifier: no indented lines, and whitespace between tags beyond one line break is under 1 % of a page", () => {
  for (const file of files(build.out).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(join(build.out, file), "utf8");
    assert.not.match(html, /\n[ \t]+</, `${file} has an indented line`);
    const between = (html.match(/>\s\s+</g) ?? []).reduce((sum, gap) => sum + gap.length - 3, 0);
    assert.ok(between / html.length < 0.01, `${file}: ${between} of ${html.length} bytes are extra whitespace between tags`);
  }
});

test("entities stay as the templates wrote them: &amp; is never turned into a bare &", () => {
  for (const file of files(build.out).filter((f) => f.endsWith(".html"))) {
    // Scripts (JSON-LD) are raw text, where & is itself.
    const html = readFileSync(join(build.out, file), "utf8").replace(/<script[^>]*>[^<]*<\/script>/g, "");
    // A bare & followed by a name and ; would read as an entity; Nunjucks escapes every & in text.
    assert.is(html.match(/&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/gi), null, file);
  }
});

test.run();
