// site.yaml's brand: a colour whose header text reaches 7:1 (or the nearest shade that does, suggested), and a small PNG or SVG logo in images/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatDataError } from "../../src/model/data-error.ts";
import { pictureSize } from "../../src/model/brand.ts";
import { errorsOf, lines, MINIMAL_FILES, tempDir, writeDataFolder } from "../helpers/data-folder.ts";
import { expectNoErrors, expectOneError } from "../helpers/errors.ts";

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 40"><rect width="48" height="40"/></svg>';

/** The minimal site with a brand block (its lines indented under brand:) and the given files in images/. */
function branded(brand: string[], images: Record<string, string | Buffer> = {}) {
  const folder = writeDataFolder({ "site.yaml": `${MINIMAL_FILES["site.yaml"]}${lines("brand:", ...brand.map((line) => `  ${line}`))}` });
  mkdirSync(join(folder.root, "images"));
  for (const [name, content] of Object.entries(images)) writeFileSync(join(folder.root, "images", name), content);
  return folder;
}

test('brand.colour "#e4003b" is refused, naming site.yaml, the field, both contrasts and the nearest shade that passes', () => {
  const errors = errorsOf(branded(['colour: "#e4003b"']));
  assert.is(errors.length, 1, errors.map(formatDataError).join("\n"));
  assert.is(
    formatDataError(errors[0]),
    '_data/site.yaml:8:11 brand.colour: #e4003b gives white text 4.8:1 and near-black text 4.0:1, under the 7:1 the header\'s text must reach; #b4002f is the nearest shade of the same hue that reaches 7:1 (with white text): write colour: "#b4002f"',
  );
});

test("the suggested shade, put in, passes; so do a light colour (near-black text) and capitals", () => {
  expectNoErrors(errorsOf(branded(['colour: "#b4002f"'])));
  expectNoErrors(errorsOf(branded(['colour: "#3db1a8"'])));
  expectNoErrors(errorsOf(branded(['colour: "#B4002F"'])));
});

test("a colour not written #rrggbb, or left unquoted (YAML reads # as a comment), says how to write it", () => {
  for (const value of ['"#e40"', '"red"', "#e4003b", '"rgb(228, 0, 59)"']) {
    expectOneError(errorsOf(branded([`colour: ${value}`])), { file: "_data/site.yaml", line: 8, field: "brand.colour", message: /^must be a colour written "#" and six hexadecimal digits, in quotes, e\.g\. colour: "#1d70b8" \(without quotes, YAML reads # as the start of a comment\)$/ });
  }
});

test("a brand without a colour, or with an unknown field, is an error naming it", () => {
  expectOneError(errorsOf(branded(["logo: /images/logo.svg"], { "logo.svg": LOGO })), { file: "_data/site.yaml", field: "brand.colour", message: /^is required but missing$/ });
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo_light: /images/logo.svg"])), { file: "_data/site.yaml", line: 9, field: "brand.logo_light", message: /^is not a field here; allowed fields: colour, logo, logo_dark$/, suggestion: undefined });
});

test("a logo in images/, PNG or SVG, up to 8 KB, passes; so does a logo_dark beside it", () => {
  expectNoErrors(errorsOf(branded(['colour: "#b4002f"', "logo: /images/logo.svg", "logo_dark: /images/logo-dark.svg"], { "logo.svg": LOGO, "logo-dark.svg": LOGO })));
  expectNoErrors(errorsOf(branded(['colour: "#b4002f"', "logo: /images/logo.svg"], { "logo.svg": LOGO.padEnd(8 * 1024, " ") })));
});

test("a logo over 8 KB is an error naming brand.logo, its size and how to make it smaller", () => {
  const big = LOGO.replace("</svg>", `<!--${"x".repeat(9000)}--></svg>`);
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo: /images/logo.svg"], { "logo.svg": big })), {
    file: "_data/site.yaml",
    line: 9,
    field: "brand.logo",
    message: /^\(\/images\/logo\.svg\) is 8\.9 KB, and a logo may be at most 8 KB, since every page loads it; save it smaller/,
  });
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo: /images/logo.svg", "logo_dark: /images/dark.svg"], { "logo.svg": LOGO, "dark.svg": big })), { file: "_data/site.yaml", line: 10, field: "brand.logo_dark", message: /is 8\.9 KB, and a logo may be at most 8 KB/ });
});

test("a logo not in images/ is an error naming the field, whether the address points elsewhere or the file is missing", () => {
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo: /assets/logo.svg"])), { file: "_data/site.yaml", line: 9, field: "brand.logo", message: /^\(\/assets\/logo\.svg\) is not in the images folder: must be the address of a PNG or SVG picture in the images folder beside _data, e\.g\. \/images\/logo\.svg$/ });
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo: https://www.example.test/logo.svg"])), { file: "_data/site.yaml", field: "brand.logo", message: /is not in the images folder/ });
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo: /images/logo.svg"])), { file: "_data/site.yaml", line: 9, field: "brand.logo", message: /^\(\/images\/logo\.svg\) is not in the images folder: there is no file images\/logo\.svg beside the data folder/ });
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo: /images/../site.yaml"])), { file: "_data/site.yaml", field: "brand.logo", message: /is not a PNG or SVG picture/ });
});

// The images/ rules name a mislabelled file too, by its path; these are the errors that name site.yaml's field.
const logoFieldErrors = (folder: Parameters<typeof errorsOf>[0]) => errorsOf(folder).filter((error) => error.field?.startsWith("brand."));

test("a logo that is not PNG or SVG, or whose bytes are not what its name says, is an error naming the field", () => {
  expectOneError(logoFieldErrors(branded(['colour: "#b4002f"', "logo: /images/logo.jpg"], { "logo.jpg": "x" })), { file: "_data/site.yaml", field: "brand.logo", message: /^\(\/images\/logo\.jpg\) is not a PNG or SVG picture/ });
  expectOneError(logoFieldErrors(branded(['colour: "#b4002f"', "logo: /images/logo.png"], { "logo.png": LOGO })), { file: "_data/site.yaml", field: "brand.logo", message: /is not a PNG picture/ });
  expectOneError(logoFieldErrors(branded(['colour: "#b4002f"', "logo: /images/logo.svg"], { "logo.svg": "<html></html>" })), { file: "_data/site.yaml", field: "brand.logo", message: /is not an SVG picture/ });
  expectOneError(logoFieldErrors(branded(['colour: "#b4002f"', "logo: /images/logo.svg"], { "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>' })), { file: "_data/site.yaml", field: "brand.logo", message: /has no viewBox/ });
});

test("logo_dark without a logo for the light scheme is an error", () => {
  expectOneError(errorsOf(branded(['colour: "#b4002f"', "logo_dark: /images/logo.svg"], { "logo.svg": LOGO })), { file: "_data/site.yaml", line: 9, field: "brand.logo_dark", message: /there is no logo for the light scheme's; add logo as well/ });
});

test("a picture's shape is read from a PNG's header, an SVG's viewBox, or its width and height", () => {
  const dir = tempDir();
  const png = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(png);
  png.write("IHDR", 12, "latin1");
  png.writeUInt32BE(240, 16);
  png.writeUInt32BE(80, 20);
  const files = { "a.png": png, "b.svg": LOGO, "c.svg": '<svg width="120px" height="30" xmlns="http://www.w3.org/2000/svg"></svg>' };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  assert.equal(pictureSize(join(dir, "a.png")), { width: 240, height: 80 });
  assert.equal(pictureSize(join(dir, "b.svg")), { width: 48, height: 40 });
  assert.equal(pictureSize(join(dir, "c.svg")), { width: 120, height: 30 });
});

test.run();
