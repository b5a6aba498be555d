// EDITING.md documents every field of an area's file, and README.md starts a council's setup with npm run new -- site.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { areaSchema } from "../../src/model/schema.ts";
import { PROJECT_ROOT } from "../helpers/data-folder.ts";

test("the guide's table of an area's fields lists exactly the schema's fields, required ones as needed", () => {
  const guide = readFileSync(join(PROJECT_ROOT, "EDITING.md"), "utf8");
  const section = guide.split(/^### An area's fields$/m)[1]?.split(/^#/m)[0];
  assert.ok(section, 'EDITING.md has a section "An area\'s fields"');
  const rows = section.split("\n").filter((line) => /^\| `[a-z_]+` \|/.test(line));
  const fields = rows.map((row) => /^\| `([a-z_]+)`/.exec(row)![1]);
  assert.equal(fields, Object.keys(areaSchema.shape));
  for (const row of rows) {
    const field = /^\| `([a-z_]+)`/.exec(row)![1];
    const required = !areaSchema.shape[field as keyof typeof areaSchema.shape].safeParse(undefined).success;
    assert.match(row, required ? /^\| `[a-z_]+` \| yes \|/ : /^\| `[a-z_]+` \| no \|/, row);
  }
});


test("README's \"Set up your own copy\" names npm run new -- site as the first step, with every option", () => {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const section = readme.split(/^## Set up your own copy.*$/m)[1]?.split(/^## /m)[0] ?? "";
  const first = section.split(/^2\. /m)[0];
  assert.match(first, /^1\. First, make the site your own with one command/m);
  for (const option of ["site", "--title", "--description", "--url", "--publisher-name", "--publisher-email", "--feedback-url"]) assert.ok(first.includes(option), `step 1 names ${option}`);
  assert.match(first, /npm run new -- site/);
});

test.run();
