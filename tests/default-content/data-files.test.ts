// The default content as it ships: valid for the build and the editors' schemas, read alike by both YAML readers, and what src/model/example-content.ts says the example is.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { readYamlQuickly } from "../../src/model/fast-yaml.ts";
import { EXAMPLE_FILES, EXAMPLE_SITE } from "../../src/model/example-content.ts";
import { loadSourceFiles, parseWithPositions } from "../../src/model/load.ts";
import { validate } from "../../src/model/validate.ts";
import { PROJECT_ROOT } from "../helpers/data-folder.ts";
import { DEFAULT_DATA, withDefaultContent } from "../helpers/default-content.ts";
import { schemaVerdict } from "../helpers/json-schema-verdict.ts";

withDefaultContent("default content: the data files", (test) => {
  const { files, errors } = loadSourceFiles(DEFAULT_DATA, PROJECT_ROOT);

  test("every file loads, passes the build's validation and its JSON Schema", () => {
    assert.equal(errors, []);
    assert.equal(validate(files).errors, []);
    assert.ok(files.length > 5);
    for (const file of files) assert.equal(schemaVerdict(file.kind, file.data), [], `${file.file} against schemas/${file.kind}.json`);
  });

  test("every file's $schema comment points at the schema of its kind", () => {
    for (const file of files) {
      const first = readFileSync(file.absolutePath, "utf8").split("\n")[0];
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      assert.ok(match, `${file.file} starts with the $schema comment`);
      const target = resolve(dirname(file.absolutePath), match[1]);
      assert.is(target, join(PROJECT_ROOT, "schemas", `${file.kind}.json`), file.file);
      assert.ok(existsSync(target), `${target} exists`);
    }
  });

  test("the quick YAML read gives the yaml library's values for every file", () => {
    for (const file of files) {
      const text = readFileSync(file.absolutePath, "utf8");
      assert.equal(readYamlQuickly(text)?.data, parseWithPositions(text).document.toJS(), file.file);
    }
  });

  test("npm run validate: exit 0; the only warnings are the seed's two documents that give a home page as their address", () => {
    // 1 June 2020: before the default content's Community Plan (to 2020) ended and its statement fell due for review.
    const clean = execFileSync(process.execPath, ["--import", "tsx", "scripts/validate.ts"], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1590969600" } });
    assert.match(clean, /^(WARNING _data\/partnerships\/strong-and-active-communities-partnership\.yaml:\d+:\d+ documents\[\d\]\.url: .*\n){2}Checked \d+ files: no problems, 2 warnings\n$/);
  });

  test("src/model/example-content.ts names the example's address, email, audit and every one of its files", () => {
    const site = parse(readFileSync(join(DEFAULT_DATA, "site.yaml"), "utf8"));
    assert.is(site.title, EXAMPLE_SITE.title);
    assert.is(site.url, EXAMPLE_SITE.url);
    assert.is(site.publisher.email, EXAMPLE_SITE.email);
    const record = parse(readFileSync(join(DEFAULT_DATA, "accessibility.yaml"), "utf8"));
    assert.equal({ date: record.manual_audit.date, by: record.manual_audit.by }, EXAMPLE_SITE.audit);
    for (const [folder, slugs] of Object.entries(EXAMPLE_FILES)) {
      assert.equal(readdirSync(join(DEFAULT_DATA, folder)).filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, "")).sort(), [...slugs].sort(), `_data/${folder}/`);
    }
  });
});
