// Pictures in Easy Read text come from this site's images folder only (src/markdown/image-problems.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { markdownImageProblems, markdownImages } from "../../src/markdown/image-problems.ts";

test("every image's address is found, in order, including in lists", () => {
  assert.equal(markdownImages("![a](/images/a.png) Text.\n\n- ![b](/images/b.svg) Item"), ["/images/a.png", "/images/b.svg"]);
  assert.equal(markdownImages("No pictures, [a link](/a-z/)."), []);
});

test("an image from another site, a protocol-relative one, or one outside /images/ is named", () => {
  for (const src of ["https://cdn.example.com/a.png", "//cdn.example.com/a.png", "/assets/a.png", "data:image/png;base64,AAAA"]) {
    const problems = markdownImageProblems(`![A picture](${src}) Words.`);
    assert.is(problems.length, 1, src);
    assert.match(problems[0], `has an image from "${src}", which is not allowed; pictures must come from this site's images folder`);
  }
  assert.equal(markdownImageProblems("![A picture](/images/talking.png) Words."), []);
});

test.run();
