// `npm run new` (scripts/new.ts): a new file passes validation as written, shows every optional field, and bad requests are refused with a suggestion.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { PLACEHOLDER, runNew, schemaProblems, type NewKind } from "../../scripts/new.ts";
import { languageFileText } from "../../scripts/new/language.ts";
import { checkData } from "../../scripts/validate.ts";
import { dateInWords } from "../../src/filters/date-in-words.ts";
import { areaSchema, partnershipSchema, statementSchema } from "../../src/model/schema.ts";
import { copyFixture, type DataFolder } from "../helpers/data-folder.ts";

const TODAY = "2025-06-15";

/** Runs `new` against a copy of the page fixture (areas northshire, southshire, eastshire). */
function runIn(folder: DataFolder, ...args: string[]) {
  return runNew(args, { dataDir: folder.dataDir, rootDir: folder.root, today: TODAY });
}

const fileCount = (folder: DataFolder) => ["areas", "partnerships", "statements"].reduce((n, dir) => n + readdirSync(join(folder.dataDir, dir)).length, 0);

/** The file with every commented-out example switched on: each "# key:" line (lower-case key) and the lines that continue it. */
function uncommentExamples(text: string): string {
  let inExample = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^# [a-z_]+:( |$)/.test(line)) inExample = true;
      else if (!(inExample && (/^# {2}/.test(line) || line === "#"))) inExample = false;
      return inExample ? line.replace(/^# ?/, "") : line;
    })
    .join("\n");
}

const CASES: { kind: NewKind; args: string[]; file: string; fields: string[] }[] = [
  { kind: "partnership", args: ["partnership", "northshire-health-board", "--area", "northshire", "--type", "board"], file: "_data/partnerships/northshire-health-board.yaml", fields: Object.keys(partnershipSchema.shape) },
  { kind: "statement", args: ["statement", "southshire-forum-statement-2025", "--partnership", "southshire-forum"], file: "_data/statements/southshire-forum-statement-2025.yaml", fields: Object.keys(statementSchema.shape) },
  { kind: "area", args: ["area", "westshire", "--name", "Borough of Westshire"], file: "_data/areas/westshire.yaml", fields: Object.keys(areaSchema.shape) },
];

for (const { kind, args, file, fields } of CASES) {
  test(`new ${kind}: the file passes npm run validate as written, with only the placeholder warning`, () => {
    const folder = copyFixture();
    const outcome = runIn(folder, ...args);
    assert.is(outcome.exitCode, 0, outcome.lines.join("\n"));
    assert.is(outcome.file, file);
    assert.is(outcome.lines[0], `Created ${file}`);
    const report = checkData("_data", folder.root, TODAY);
    assert.equal(report.errors, [], report.lines.join("\n"));
    const warned = report.warnings.filter((w) => w.file === file).map((w) => w.field);
    assert.equal(warned, { partnership: ["summary"], statement: ["statement"], area: [] }[kind]);
  });

  test(`new ${kind}: starts with the $schema comment and shows every field of the schema, set or commented out`, () => {
    const folder = copyFixture();
    runIn(folder, ...args);
    const text = readFileSync(join(folder.root, file), "utf8");
    assert.is(text.split("\n")[0], `# yaml-language-server: $schema=../../schemas/${kind}.json`);
    for (const field of fields) assert.match(text, new RegExp(`^(# )?${field}:`, "m"), `${field} appears in the new ${kind}`);
  });

  test(`new ${kind}: switching on every commented-out example still gives a valid file`, () => {
    // The translations example is in Bengali, which needs the site's words in Bengali (npm run new language bn writes them).
    const folder = copyFixture(kind === "statement" ? { "languages/bn.yaml": languageFileText("bn") } : {});
    runIn(folder, ...args);
    const full = uncommentExamples(readFileSync(join(folder.root, file), "utf8"));
    assert.equal(Object.keys(parse(full)).sort(), [...fields].sort(), "every example was switched on");
    assert.equal(schemaProblems(kind, full), []);
    writeFileSync(join(folder.root, file), full);
    assert.equal(checkData("_data", folder.root, TODAY).errors, [], "references in the examples name real files");
  });
}

test("new partnership: the partnership's name comes from --name, or from the slug; --parent is set when given", () => {
  const folder = copyFixture();
  runIn(folder, "partnership", "northshire-health-board", "--area", "northshire", "--type", "board", "--name", "Northshire Health & Wellbeing Board: Adults", "--parent", "northshire-partners");
  const data = parse(readFileSync(join(folder.dataDir, "partnerships/northshire-health-board.yaml"), "utf8"));
  assert.is(data.name, "Northshire Health & Wellbeing Board: Adults");
  assert.is(data.parent, "northshire-partners");
  assert.is(data.summary, `One sentence about what Northshire Health & Wellbeing Board: Adults does, shown in lists and search results ${PLACEHOLDER}`);

  const outcome = runIn(folder, "partnership", "health-and-wellbeing-board", "--area", "northshire", "--type", "board");
  assert.is(parse(readFileSync(join(folder.dataDir, "partnerships/health-and-wellbeing-board.yaml"), "utf8")).name, "Health and Wellbeing Board");
  assert.ok(outcome.lines.includes('The name "Health and Wellbeing Board" was made from the slug; change it in the file if it is not right.'));
});

test("new statement: says that the statement it replaces stays published, marked as superseded", () => {
  const folder = copyFixture();
  const outcome = runIn(folder, "statement", "northshire-partners-statement-2025", "--partnership", "northshire-partners", "--signed", "2025-05-01");
  assert.ok(
    outcome.lines.includes("It will be the current statement of Northshire Partners. The one it replaces, northshire-partners-statement-2021 (signed " + dateInWords(signedOf(folder, "northshire-partners-statement-2021")) + "), stays published, marked as superseded, with a link to this one."),
    outcome.lines.join("\n"),
  );
  const data = parse(readFileSync(join(folder.dataDir, "statements/northshire-partners-statement-2025.yaml"), "utf8"));
  assert.equal([data.partnership, data.title, data.signed], ["northshire-partners", "Northshire Partners Equalities Statement", "2025-05-01"]);
});

test("new statement: signed defaults to today, and the editor is told to check it", () => {
  const folder = copyFixture();
  const outcome = runIn(folder, "statement", "southshire-forum-statement-2025", "--partnership", "southshire-forum");
  assert.is(parse(readFileSync(join(folder.dataDir, "statements/southshire-forum-statement-2025.yaml"), "utf8")).signed, TODAY);
  assert.ok(outcome.lines.includes("signed is set to today, 15 June 2025; change it to the date the statement was signed or agreed."));
});

const REFUSALS: { name: string; args: string[]; message: string }[] = [
  { name: "an existing slug", args: ["partnership", "northshire-partners", "--area", "northshire", "--type", "board"], message: '_data/partnerships/northshire-partners.yaml already exists, so a new partnership cannot use the slug "northshire-partners". Choose another slug, or open that file to change it.' },
  { name: "an invalid slug", args: ["partnership", "Northshire_Health Board", "--area", "northshire", "--type", "board"], message: '"Northshire_Health Board" is not a valid slug. Use lower-case letters and digits in words joined by single hyphens; it becomes the page address. Did you mean "northshire-health-board"?' },
  { name: "an unknown area", args: ["partnership", "northshire-health-board", "--area", "northshir", "--type", "board"], message: 'There is no area "northshir" (no _data/areas/northshir.yaml). Did you mean "northshire"? The areas are: eastshire, northshire, southshire. To add an area: npm run new -- area <slug> --name "…"' },
  { name: "a missing area", args: ["partnership", "northshire-health-board", "--type", "board"], message: "A partnership needs an area: add --area followed by one of: eastshire, northshire, southshire." },
  { name: "an unknown type", args: ["partnership", "northshire-health-board", "--area", "northshire", "--type", "bord"], message: '"bord" is not a type of partnership. Did you mean "board"? The types are: local-strategic-partnership, board, partnership, theme-group, subgroup, delivery-group, forum, panel.' },
  { name: "an unknown parent", args: ["partnership", "northshire-health-board", "--area", "northshire", "--type", "board", "--parent", "northshire-partner"], message: 'There is no partnership "northshire-partner" to be the parent (no _data/partnerships/northshire-partner.yaml). Did you mean "northshire-partners"?' },
  { name: "an unknown partnership for a statement", args: ["statement", "x-statement", "--partnership", "southshire-forun"], message: 'There is no partnership "southshire-forun" (no _data/partnerships/southshire-forun.yaml). Did you mean "southshire-forum"?' },
  { name: "a statement date that is not a date", args: ["statement", "x-statement", "--partnership", "southshire-forum", "--signed", "2025-02-30"], message: 'Cannot create _data/statements/x-statement.yaml: --signed "2025-02-30" is not a real calendar date' },
  { name: "an area without a name", args: ["area", "westshire"], message: 'An area needs its full name: add --name "London Borough of …" (in quotes).' },
  { name: "an unknown kind of file", args: ["partnershp", "x"], message: '"partnershp" is not something new can create; it can create: partnership, statement, area. Did you mean "partnership"?' },
  { name: "a misspelt option", args: ["partnership", "x", "--aera", "northshire"], message: "There is no option --aera. Did you mean --area?" },
  { name: "a name with spaces not in quotes", args: ["area", "westshire", "--name", "Borough", "of", "Westshire"], message: 'Only one slug can follow "area", but there is also: of Westshire. Put a name with spaces in quotes, after --name.' },
];

for (const { name, args, message } of REFUSALS) {
  test(`new refuses ${name}, says why, and writes nothing`, () => {
    const folder = copyFixture();
    const before = fileCount(folder);
    const outcome = runIn(folder, ...args);
    assert.is(outcome.exitCode, 1);
    assert.is(outcome.lines[0], message);
    assert.is(fileCount(folder), before);
  });
}

test("new with no arguments explains how to use it", () => {
  const outcome = runNew([]);
  assert.is(outcome.exitCode, 1);
  assert.is(outcome.lines[0], "Say what to create: a partnership, a statement or an area.");
  assert.ok(outcome.lines.some((line) => line.includes("npm run new -- partnership <slug> --area <area> --type <type>")));
});

function signedOf(folder: DataFolder, slug: string): string {
  return parse(readFileSync(join(folder.dataDir, `statements/${slug}.yaml`), "utf8")).signed;
}

test.run();
