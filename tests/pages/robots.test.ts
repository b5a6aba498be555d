// robots.txt (src/pages/robots.njk).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";

const pending = fixtureBuild();
let build: Build;
test.before(async () => {
  build = succeeded(await pending);
});

test("allows every crawler and names the sitemap by its full address", () => {
  const lines = build.read("/robots.txt").split("\n").map((l) => l.trim());
  assert.ok(lines.includes("User-agent: *"), lines.join("\n"));
  assert.ok(lines.includes("Allow: /"), lines.join("\n"));
  assert.ok(lines.includes("Sitemap: https://partnerships.example.test/sitemap.xml"), lines.join("\n"));
  assert.not.ok(lines.some((l) => /^Disallow:\s*\/\s*$/.test(l)));
});

test.run();
