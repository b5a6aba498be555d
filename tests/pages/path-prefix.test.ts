// Subfolder hosting: a build with Eleventy's path prefix puts it on every internal address, and every link resolves.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkLinks } from "../../scripts/check/links.ts";
import { copyFixture, PROJECT_ROOT, tempDir } from "../helpers/data-folder.ts";
import { FIXTURE_EPOCH } from "../helpers/build.ts";

const PREFIX = "/sub/folder/";
const out = join(tempDir("prefixed-"), "site");
test.before(() => {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--output", out, "--pathprefix", PREFIX, "--quiet"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATA_DIR: copyFixture().dataDir, SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH) },
  });
});
const read = (file: string) => readFileSync(join(out, file), "utf8");

test("every internal link and the stylesheet carry the prefix, and all of them resolve", () => {
  const home = read("index.html");
  assert.match(home, /<link rel="stylesheet" href="\/sub\/folder\/assets\/site\.[0-9a-f]+\.css"/);
  const internal = [...home.matchAll(/href=("?)(\/[^"\s>]*)\1/g)].map((m) => m[2]);
  assert.ok(internal.length > 10);
  assert.equal(internal.filter((href) => !href.startsWith(PREFIX)), []);
  const result = checkLinks(out, { pathPrefix: PREFIX, baseUrl: "https://partnerships.example.test/sub/folder/" });
  assert.ok(result.pagesChecked > 10);
  // The fixture links to a document by a site-relative address that no build provides: the check must see through the
  // prefix to find that one, and nothing else.
  assert.equal(result.issues.map((i) => `${i.page} ${i.rule} ${i.message}`), [
    '/partnerships/northshire-partners/ broken-link <a href="/sub/folder/documents/members.csv"> → /documents/members.csv: no such file in the build',
  ]);
});

test("sitemap, feed, open data and calendars use prefixed absolute addresses", () => {
  const base = "https://partnerships.example.test/sub/folder/";
  const locs = [...read("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.ok(locs.length > 10 && locs.every((loc) => loc.startsWith(base)), locs.join(" "));
  assert.ok([...read("feed.xml").matchAll(/<link href="([^"]+)"/g)].every((m) => m[1].startsWith(base)));
  const data = JSON.parse(read("data/partnerships.json"));
  assert.is(data.site.url, base);
  assert.ok(data.partnerships.every((p: { url: string }) => p.url.startsWith(`${base}partnerships/`)));
  const calendar = data.partnerships.find((p: { calendar_url: string | null }) => p.calendar_url).calendar_url as string;
  assert.ok(calendar.startsWith(base));
  assert.match(read(calendar.slice(base.length)), /URL:https:\/\/partnerships\.example\.test\/sub\/folder\/partnerships\//);
});

test.run();
