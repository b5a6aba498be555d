// EDITING.md documents every field an editor can write in an area's file, with the schema's own names.
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

test.run();
