// The one entry point from data files to the site graph (src/model/site-data.ts): every error at once, or the graph.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DataErrors } from "../../src/model/data-error.ts";
import { loadSite } from "../../src/model/site-data.ts";
import { lines, writeDataFolder } from "../helpers/data-folder.ts";

test("a valid folder loads into the site graph", () => {
  const graph = loadSite("_data", writeDataFolder().root);
  assert.is(graph.site.title, "Test Partnerships");
  assert.is(graph.site.language, "en-GB", "language defaults to en-GB");
  assert.equal(graph.areas.map((a) => a.slug), ["testshire"]);
  assert.equal(graph.partnerships.map((p) => p.slug), ["testshire-board", "testshire-partners"]);
  assert.equal(graph.statements.map((s) => s.slug), ["testshire-statement"]);
});

test("a relative data folder is read from the root folder given", () => {
  const folder = writeDataFolder();
  assert.is(loadSite(folder.dataDir, "/").site.title, "Test Partnerships");
});

test("bad data throws DataErrors listing every problem of the run, one line each", () => {
  const folder = writeDataFolder({
    "partnerships/testshire-board.yaml": lines("name: Testshire Board", "area: testshire", "type: bord", "summary: S"),
    "areas/otherton.yml": lines("name: Otherton"),
    "statements/testshire-statement.yaml": lines("partnership: testshire-partners", "title: T", "signed: 2020-01-15", "statement: S", "sumary: typo"),
  });
  let thrown: unknown;
  try {
    loadSite("_data", folder.root);
  } catch (error) {
    thrown = error;
  }
  assert.instance(thrown, DataErrors);
  const { errors, message } = thrown as DataErrors;
  assert.is(errors.length, 3);
  assert.ok(message.startsWith("3 problems in the data files:\n"), message);
  assert.ok(message.includes('_data/partnerships/testshire-board.yaml:3:7 type: "bord" must be one of:'), message);
  assert.ok(message.includes('Did you mean "board"?'), message);
  assert.ok(message.includes("_data/areas/otherton.yml is not read"), message);
  assert.ok(message.includes('_data/statements/testshire-statement.yaml:5:1 sumary: is not a field of a statement'), message);
});

test("a missing data folder is reported, not thrown as a file-system error", () => {
  let thrown: unknown;
  try {
    loadSite("no-such-folder", writeDataFolder().root);
  } catch (error) {
    thrown = error;
  }
  assert.instance(thrown, DataErrors);
  assert.match((thrown as DataErrors).errors[0].message, /site\.yaml/);
});

test.run();
