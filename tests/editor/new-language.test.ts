// `npm run new language <tag>` (scripts/new/language.ts): the file has every key with its English words, passes validation, and bad requests are refused.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { runNew } from "../../scripts/new.ts";
import { WORD_KEYS, WORDS } from "../../src/language/words.ts";
import { languageFileSchema } from "../../src/language/language-file.ts";
import { writeDataFolder } from "../helpers/data-folder.ts";

test("it writes _data/languages/<tag>.yaml with every key, in the catalogue's order, its English words as the value", () => {
  const folder = writeDataFolder();
  const outcome = runNew(["language", "bn"], { dataDir: folder.dataDir, rootDir: folder.root });
  assert.is(outcome.exitCode, 0, outcome.lines.join("\n"));
  assert.is(outcome.file, "_data/languages/bn.yaml");
  assert.match(outcome.lines.join("\n"), `${WORD_KEYS.length} words`);
  const text = readFileSync(join(folder.dataDir, "languages/bn.yaml"), "utf8");
  assert.match(text, "# yaml-language-server: $schema=../../schemas/language.json");
  assert.match(text, "Bangla (বাংলা)");
  assert.equal(Object.keys(parse(text)), WORD_KEYS);
  assert.equal(parse(text), WORDS);
  assert.ok(languageFileSchema.safeParse(parse(text)).success);
});

test("it refuses a tag that is not one, one not written as Intl writes it, the site's own language, and a file that exists", () => {
  const folder = writeDataFolder({ "languages/pl.yaml": "skip_link: x\n" });
  const run = (...args: string[]) => runNew(args, { dataDir: folder.dataDir, rootDir: folder.root });
  const refused = (outcome: ReturnType<typeof run>, text: string) => {
    assert.is(outcome.exitCode, 1);
    assert.match(outcome.lines.join("\n"), text);
  };
  refused(run("language"), "Give the language's BCP 47 tag");
  refused(run("language", "bengali!"), '"bengali!" is not a BCP 47 language tag');
  refused(run("language", "BN"), "Write the tag as bn");
  refused(run("language", "en"), "en is the site's own language");
  refused(run("language", "pl"), "_data/languages/pl.yaml already exists");
  refused(run("language", "bn", "ur"), "Only one language tag");
  assert.not.ok(existsSync(join(folder.dataDir, "languages/bn.yaml")));
});

test.run();
