// site.yaml's brand on the built pages: the header's colours reach the one stylesheet as custom properties, the logo sits beside the
// site name, a colour under 7:1 stops the build and `npm run validate` with the shade to use, and a site without brand keeps the default look.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildStylesheet } from "../../src/assets/stylesheet.ts";
import { buildSite, succeeded, type Build } from "../helpers/build.ts";
import { lines, MINIMAL_FILES, PROJECT_ROOT, writeDataFolder } from "../helpers/data-folder.ts";

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>';

/** The minimal site with a brand block and the given pictures in images/ beside _data. */
function branded(brand: string[], images: Record<string, string> = {}) {
  const folder = writeDataFolder({ "site.yaml": `${MINIMAL_FILES["site.yaml"]}${lines("brand:", ...brand.map((line) => `  ${line}`))}` });
  mkdirSync(join(folder.root, "images"));
  for (const [name, content] of Object.entries(images)) writeFileSync(join(folder.root, "images", name), content);
  return folder;
}

const stylesheetOf = (build: Build) => build.read(/href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(build.read("/"))![1]);

const builds = {
  refused: buildSite(branded(['colour: "#e4003b"'])),
  suggested: buildSite(branded(['colour: "#b4002f"', "logo: /images/logo.svg"], { "logo.svg": LOGO })),
  plain: buildSite(writeDataFolder()),
};
const done: Partial<Record<keyof typeof builds, Build>> = {};
test.before(async () => {
  for (const [name, pending] of Object.entries(builds)) done[name as keyof typeof builds] = await pending;
});

test('brand.colour "#e4003b" stops the build with the message naming site.yaml, the field, its contrast and the shade that passes', () => {
  const build = done.refused!;
  assert.is(build.code, 1, build.stdout + build.stderr);
  assert.match(build.stderr, /_data\/site\.yaml:8:11 brand\.colour: #e4003b gives white text 4\.8:1 and near-black text 4\.0:1, under the 7:1 the header's text must reach; #b4002f is the nearest shade of the same hue that reaches 7:1 \(with white text\): write colour: "#b4002f"\n/);
});

test('npm run validate refuses it too, exit code 1, with the same message', () => {
  const folder = branded(['colour: "#e4003b"']);
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", "--data", folder.dataDir], { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 60_000 });
  assert.is(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /site\.yaml:8:11 brand\.colour: #e4003b gives white text 4\.8:1 .*#b4002f is the nearest shade of the same hue that reaches 7:1/);
});

test("the suggested shade, put in, builds: the header's colours reach the stylesheet as custom properties, dark scheme too", () => {
  const css = stylesheetOf(succeeded(done.suggested!));
  assert.match(css, ";--header-bg:#b4002f;--header-text:#fff}@media (prefers-color-scheme:dark){:root{--header-bg:#b4002f;--header-text:#fff}}");
  assert.match(css, ".site-logo{");
});

test("the logo is in the header's home link beside the site name: alt=\"\", its width and height at 40 px high, never lazy, published", () => {
  const build = succeeded(done.suggested!);
  for (const address of ["/", "/a-z/", "/partnerships/testshire-board/", "/404.html"]) {
    assert.match(build.read(address), '<p class="site-name"><a href="/"><img class="site-logo" src="/images/logo.svg" alt="" width="120" height="40"> <span>Test Partnerships</span></a></p>', address);
  }
  assert.not.match(build.read("/"), "loading=");
  assert.is(build.read("/images/logo.svg"), LOGO);
});

test("a site without brand keeps the default stylesheet byte for byte and the default header", () => {
  const build = succeeded(done.plain!);
  assert.is(stylesheetOf(build), buildStylesheet(join(PROJECT_ROOT, "src/assets/site.css"), "https://partnerships.example.test").css);
  assert.match(build.read("/"), '<p class="site-name"><a href="/">Test Partnerships</a></p>');
  assert.not.match(stylesheetOf(build), "site-logo");
});

test.run();
