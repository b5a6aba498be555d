// The images/ folder holds pictures and nothing else (src/model/image-files.ts): one failing case per rule, with its message.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ALLOWED_IN_IMAGES, imageFolderProblems, pictureFileProblems, pictureFiles } from "../../src/model/image-files.ts";
import { tempDir } from "../helpers/data-folder.ts";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const JPEG = Buffer.from("ffd8ffe000104a464946", "hex");
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00", "latin1");
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]);
const AVIF = Buffer.concat([Buffer.from("0000001c", "hex"), Buffer.from("ftypmif1"), Buffer.alloc(4), Buffer.from("mif1avifmiaf")]);
const svg = (inner: string, attributes = "") => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"${attributes}>${inner}</svg>`;

function file(name: string, content: string | Buffer): string {
  const dir = tempDir("image-files-");
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

test("each picture type whose bytes are what its name says passes", () => {
  for (const [name, bytes] of [["a.png", PNG], ["a.jpg", JPEG], ["a.JPEG", JPEG], ["a.gif", GIF], ["a.webp", WEBP], ["a.avif", AVIF]] as const) {
    assert.equal(pictureFileProblems(file(name, bytes)), [], name);
  }
  assert.equal(pictureFileProblems(file("a.svg", svg('<use href="#b"/><rect id="b" fill="url(#g)" width="9" height="9"/>'))), [], "links inside the drawing itself are allowed");
});

test("a file whose bytes are not the picture its name says is refused, naming what it is when it is another picture", () => {
  assert.equal(pictureFileProblems(file("talking.png", "<!DOCTYPE html><script>alert(1)</script>")), [`is named as a PNG picture, but its bytes are not a PNG picture's (it may be a web page or another kind of file renamed); ${ALLOWED_IN_IMAGES}`]);
  assert.equal(pictureFileProblems(file("photo.png", JPEG)), ["is named as a PNG picture, but its bytes are a JPEG picture's; rename it with the extension .jpg"]);
  assert.equal(pictureFileProblems(file("empty.gif", "")), [`is named as a GIF picture, but its bytes are not a GIF picture's (it may be a web page or another kind of file renamed); ${ALLOWED_IN_IMAGES}`]);
  assert.equal(pictureFileProblems(file("page.svg", "<!DOCTYPE html><p>Hello</p>")), [`is named as an SVG picture, but it has no <svg> element (it may be a web page or another kind of file renamed); ${ALLOWED_IN_IMAGES}`]);
});

test("a file of another type is refused, whatever its bytes", () => {
  assert.equal(pictureFileProblems(file("page.html", "<p>Hi</p>")), [`is a .html file, which is not a picture; ${ALLOWED_IN_IMAGES}, since everything there is published on the site's own address`]);
  assert.equal(pictureFileProblems(file("picture", PNG)), [`is a file with no extension, which is not a picture; ${ALLOWED_IN_IMAGES}, since everything there is published on the site's own address`]);
});

test("an SVG that could run or fetch anything is refused, naming what it has", () => {
  const cases: [string, string][] = [
    [svg("<script>alert(1)</script>"), "a <script> element"],
    [svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'), "a <script> element"],
    [svg("", ' onload="alert(1)"'), "an event-handler attribute (such as onload)"],
    [svg('<rect width="9" height="9"\nONCLICK="alert(1)"/>'), "an event-handler attribute (such as onload)"],
    [svg("<foreignObject><p>Hi</p></foreignObject>"), "a <foreignObject> element"],
    [svg('<image href="https://tracker.example/p.png"/>'), "a link to another file or site (href or xlink:href)"],
    [svg('<use xlink:href="other.svg#a"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'), "a link to another file or site (href or xlink:href)"],
    [svg('<rect style="fill: url(https://tracker.example/p.png)"/>'), "a reference to another file or site (url())"],
    [svg("<style>@import 'https://tracker.example/a.css';</style>"), "a reference to another file or site (@import)"],
    ['<!DOCTYPE svg [<!ENTITY s "&#60;script&#62;">]>' + svg("&s;"), "an XML entity declaration (<!ENTITY), which can hide markup"],
    ['<?xml-stylesheet href="a.css"?>' + svg(""), "a link to another file or site (href or xlink:href), a reference to a stylesheet (<?xml-stylesheet)"],
    [svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>Go</text></a>'), "a javascript: address, an animation that sets a link or an event handler"],
  ];
  for (const [text, what] of cases) {
    const [problem, ...more] = pictureFileProblems(file("drawing.svg", text));
    assert.is(more.length, 0, text);
    assert.ok(problem?.startsWith(`is an SVG with ${what}, which is not allowed: a picture on the site's own address could run as the site or fetch from elsewhere; save the drawing again without it`), `${text}\n${problem}`);
  }
});

test("the folder is read without following links: a link to a file and a linked folder are refused, README.md is allowed", () => {
  const root = tempDir("image-folder-");
  const images = join(root, "images");
  mkdirSync(join(images, "people"), { recursive: true });
  writeFileSync(join(images, "README.md"), "# Pictures\n");
  writeFileSync(join(images, "people", "talking.png"), PNG);
  symlinkSync("/etc/passwd", join(images, "passwd.png"));
  symlinkSync("/etc", join(images, "system"));
  writeFileSync(join(images, "notes.txt"), "hello");
  const problems = imageFolderProblems(images).map((p) => [p.path.slice(root.length + 1), p.message]);
  assert.equal(problems, [
    ["images/notes.txt", `is a .txt file, which is not a picture; ${ALLOWED_IN_IMAGES}, since everything there is published on the site's own address`],
    ["images/passwd.png", `is a symbolic link (to /etc/passwd), which is not allowed: put the picture itself in images/, not a link to it; ${ALLOWED_IN_IMAGES}`],
    ["images/system", `is a symbolic link to a folder (to /etc), which is not allowed: put the picture itself in images/, not a link to it; ${ALLOWED_IN_IMAGES}`],
  ]);
  assert.equal(pictureFiles(images).map((p) => p.slice(root.length + 1)), ["images/notes.txt", "images/people/talking.png"], "links are never listed as pictures");
});

test("a linked images folder is refused as a whole; no folder at all has no problems", () => {
  const root = tempDir("image-folder-");
  symlinkSync("/etc", join(root, "images"));
  assert.equal(imageFolderProblems(join(root, "images")), [{ path: join(root, "images"), message: `is a symbolic link to a folder (to /etc), which is not allowed: put the picture itself in images/, not a link to it; ${ALLOWED_IN_IMAGES}` }]);
  assert.equal(imageFolderProblems(join(root, "nothing-here")), []);
});

test.run();
