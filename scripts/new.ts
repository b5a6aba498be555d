// `npm run new -- partnership|statement|area <slug> …`: writes a new, valid, commented data file for an editor to fill in.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { buildDate, ukDate } from "../src/model/build-date.ts";
import { fieldPath } from "../src/model/data-error.ts";
import { loadSourceFiles, type SourceFile } from "../src/model/load.ts";
import { FILE_KINDS, PARTNERSHIP_TYPES, PROTECTED_CHARACTERISTICS, SECTORS, SLUG_PATTERN } from "../src/model/schema.ts";
import { suggest } from "../src/model/suggest.ts";
import { dateInWords } from "../src/filters/date-in-words.ts";
import { newLanguage } from "./new/language.ts";
import { runNewSite, terminalQuestions } from "./new/site.ts";

/** Marks text an editor must replace; `npm run validate` warns while any is left. */
export const PLACEHOLDER = "(replace this text)";

export const NEW_KINDS = ["partnership", "statement", "area"] as const;
export type NewKind = (typeof NEW_KINDS)[number];

const FOLDERS: Record<NewKind, string> = { partnership: "partnerships", statement: "statements", area: "areas" };

const USAGE = [
  "Usage:",
  "  npm run new -- partnership <slug> --area <area> --type <type> [--name \"…\"] [--parent <partnership>]",
  "  npm run new -- statement <slug> --partnership <partnership> [--signed YYYY-MM-DD] [--title \"…\"]",
  "  npm run new -- area <slug> --name \"…\" [--short-name \"…\"]",
  "  npm run new -- language <tag>   (the site's words in another language, e.g. bn, to translate)",
  "The slug is the file name without .yaml, and the last part of the page address.",
  "To make the example site your own first: npm run new -- site --help",
];

const OPTIONS = {
  area: { type: "string" },
  type: { type: "string" },
  name: { type: "string" },
  parent: { type: "string" },
  partnership: { type: "string" },
  signed: { type: "string" },
  title: { type: "string" },
  "short-name": { type: "string" },
  data: { type: "string" },
  help: { type: "boolean" },
} as const;

/** A field the new file leaves out, shown commented out with a line or two on what it is for. */
export interface OptionalField {
  field: string;
  help: string[];
  /** YAML lines that are valid once the "# " in front of them is deleted. */
  example: string[];
}

/** What `new` writes: the required fields with values, the optional ones as examples. */
export interface Draft {
  kind: NewKind;
  slug: string;
  heading: string[];
  required: Record<string, unknown>;
  optional: OptionalField[];
  /** Said after the file is written: what happens next. */
  notes: string[];
}

export interface Outcome {
  exitCode: 0 | 1;
  lines: string[];
  /** The file written, relative to the project root. */
  file?: string;
}

interface Context {
  dataDir: string;
  rootDir: string;
  today: string;
}

/** Runs `new` with command-line arguments; writes nothing unless the file would pass `npm run validate`. */
export function runNew(args: string[], context: Partial<Context> = {}): Outcome {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(--[^' ]+)/.exec(String((error as Error).message))?.[1];
    const close = option && suggest(option.replace(/^--/, ""), Object.keys(OPTIONS));
    return fail(`${option ? `There is no option ${option}.` : (error as Error).message}${close ? ` Did you mean --${close}?` : ""}`, ...USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, lines: USAGE };
  const [kindName, slug, ...extra] = positionals;
  if (kindName === "language") return newLanguage(slug, extra, { dataDir: resolve(context.dataDir ?? values.data ?? process.env.DATA_DIR ?? "_data"), rootDir: context.rootDir ?? process.cwd() });

  if (!kindName) return fail("Say what to create: a partnership, a statement or an area.", ...USAGE);
  if (!(NEW_KINDS as readonly string[]).includes(kindName)) {
    return fail(`"${kindName}" is not something new can create; it can create: ${NEW_KINDS.join(", ")}.${didYouMean(kindName, NEW_KINDS)}`, ...USAGE);
  }
  const kind = kindName as NewKind;
  if (!slug) return fail(`Give the new ${kind} a slug: its file name without .yaml, e.g. ${exampleSlug(kind)}.`, ...USAGE);
  if (extra.length > 0) return fail(`Only one slug can follow "${kind}", but there is also: ${extra.join(" ")}. Put a name with spaces in quotes, after --name.`);
  if (!SLUG_PATTERN.test(slug)) {
    const fixed = slugify(slug);
    return fail(`"${slug}" is not a valid slug. Use lower-case letters and digits in words joined by single hyphens; it becomes the page address.${fixed ? ` Did you mean "${fixed}"?` : ""}`);
  }

  const dataDir = resolve(context.dataDir ?? values.data ?? process.env.DATA_DIR ?? "_data");
  const rootDir = context.rootDir ?? process.cwd();
  const today = context.today ?? ukDate(buildDate());
  const target = join(dataDir, FOLDERS[kind], `${slug}.yaml`);
  const where = relative(rootDir, target);
  if (existsSync(target)) return fail(`${where} already exists, so a new ${kind} cannot use the slug "${slug}". Choose another slug, or open that file to change it.`);

  const existing = loadSourceFiles(dataDir, rootDir).files;
  const dataPath = (folder: string, name: string) => relative(rootDir, join(dataDir, folder, `${name}.yaml`));
  const draft = draftFor(kind, slug, values, existing, today, dataPath);
  if (typeof draft === "string") return fail(draft);

  const text = renderDraft(draft);
  const problems = schemaProblems(kind, text);
  if (problems.length > 0) return fail(...problems.map((p) => `Cannot create ${where}: ${fromOption(p, values)}`));

  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: "wx" });
  return { exitCode: 0, file: where, lines: [`Created ${where}`, ...draft.notes] };
}

/** The draft for one kind, or a message saying which option is missing or unknown. */
function draftFor(
  kind: NewKind,
  slug: string,
  values: Record<string, string | boolean | undefined>,
  existing: SourceFile[],
  today: string,
  dataPath: (folder: string, slug: string) => string,
): Draft | string {
  const option = (name: string) => (typeof values[name] === "string" ? (values[name] as string).trim() : undefined);
  const ofKind = (k: SourceFile["kind"]) => existing.filter((f) => f.kind === k);
  const field = (file: SourceFile | undefined, name: string) => {
    const value = (file?.data as Record<string, unknown> | undefined)?.[name];
    return typeof value === "string" ? value : undefined;
  };
  const areas = ofKind("area");
  const partnerships = ofKind("partnership");
  const year = Number(today.slice(0, 4));

  if (kind === "area") {
    const name = option("name");
    if (!name) return `An area needs its full name: add --name "London Borough of …" (in quotes).`;
    const shortName = option("short-name");
    return {
      kind,
      slug,
      heading: [`${name}: an area.`],
      required: { name, ...(shortName ? { short_name: shortName } : {}) },
      optional: [
        ...(shortName ? [] : [{ field: "short_name", help: ["The shorter name used in lists and breadcrumbs; when left out, the full name is used."], example: [`short_name: ${yamlValue(shortName ?? name.replace(/^(London Borough|Royal Borough|Borough|District|City) of /, ""))}`] }]),
        { field: "council_url", help: ["The council's own website (https:// address)."], example: ["council_url: https://www.example.gov.uk"] },
      ],
      notes: [`Its page will be /areas/${slug}/. Add partnerships to it with: npm run new -- partnership <slug> --area ${slug} --type <type>`],
    };
  }

  if (kind === "partnership") {
    const areaSlug = option("area");
    const areaList = areas.map((a) => a.slug);
    if (!areaSlug) return `A partnership needs an area: add --area followed by one of: ${listOrNone(areaList)}.`;
    if (!areaList.includes(areaSlug)) {
      return `There is no area "${areaSlug}" (no ${dataPath("areas", areaSlug)}).${didYouMean(areaSlug, areaList)} The areas are: ${listOrNone(areaList)}. To add an area: npm run new -- area <slug> --name "…"`;
    }
    const types = Object.keys(PARTNERSHIP_TYPES);
    const type = option("type");
    if (!type) return `A partnership needs a type: add --type followed by one of: ${types.join(", ")}.`;
    if (!types.includes(type)) return `"${type}" is not a type of partnership.${didYouMean(type, types)} The types are: ${types.join(", ")}.`;
    const parent = option("parent");
    const partnershipList = partnerships.map((p) => p.slug);
    if (parent !== undefined && !partnershipList.includes(parent)) {
      return `There is no partnership "${parent}" to be the parent (no ${dataPath("partnerships", parent)}).${didYouMean(parent, partnershipList)}`;
    }
    const name = option("name") ?? nameFromSlug(slug);
    const areaName = field(areas.find((a) => a.slug === areaSlug), "short_name") ?? field(areas.find((a) => a.slug === areaSlug), "name") ?? areaSlug;
    const inArea = partnerships.filter((p) => field(p, "area") === areaSlug).map((p) => p.slug);
    // Only this area's own slugs: a new council's first file never suggests the example's (or another borough's) partnerships.
    const nearby = inArea;
    const sampleParent = parent ?? nearby[0] ?? "another-partnership";
    return {
      kind,
      slug,
      heading: [`${name}: a ${PARTNERSHIP_TYPES[type as keyof typeof PARTNERSHIP_TYPES].toLowerCase()} in ${areaName}.`],
      required: {
        name,
        area: areaSlug,
        type,
        ...(parent ? { parent } : {}),
        summary: `One sentence about what ${name} does, shown in lists and search results ${PLACEHOLDER}`,
      },
      optional: [
        ...(parent ? [] : [{ field: "parent", help: ["The body this one reports to or belongs to: a partnership's slug.", `Partnerships in ${areaName}: ${listOrNone(inArea)}`], example: [`parent: ${sampleParent}`] }]),
        { field: "related", help: ["Other partnerships to link to, one slug a line."], example: ["related:", ...nearby.slice(0, 2).map((s) => `  - ${s}`), ...(nearby.length === 0 ? ["  - another-partnership"] : [])] },
        { field: "established", help: ["When it was set up: YYYY, YYYY-MM or YYYY-MM-DD."], example: [`established: ${year}-04`] },
        { field: "description", help: ["The main text, in Markdown. Leave a blank line between paragraphs."], example: ["description: |", `  ${name} brings together …`, "", "  A second paragraph."] },
        { field: "priorities", help: ["Its priorities, shown as a numbered list in this order."], example: ["priorities:", "  - Keeping residents safe.", "  - Reducing reoffending."] },
        { field: "members", help: [`Member organisations. sector is one of: ${Object.keys(SECTORS).join(", ")}.`], example: ["members:", "  - name: The council", "    sector: public", "    url: https://www.example.gov.uk", "  - name: Local residents' forum", "    sector: residents"] },
        { field: "sections", help: ["Extra sections with a heading: body is Markdown, items a list, ordered: true numbers it."], example: ["sections:", "  - heading: How we work", "    body: We meet four times a year.", "    items:", "      - We publish our minutes.", "      - We consult residents.", "    ordered: false"] },
        { field: "meetings", help: ["Meetings: date YYYY-MM-DD, time HH:MM (24-hour, UK time, in quotes). Past and upcoming meetings are shown apart.", "Add cancelled: true to a meeting that will not happen, rather than deleting it."], example: ["meetings:", `  - date: ${year + 1}-01-20`, "    time: \"18:30\"", "    title: Board meeting", "    location: Town Hall, Committee Room 3", "    url: https://www.example.gov.uk/meetings", `  - date: ${year + 1}-04-21`, "    time: \"10:00\"", "    cancelled: true"] },
        { field: "documents", help: ["Documents to download: format is the file type (PDF, DOCX, ODT, XLSX, CSV), size_kb its size in kilobytes."], example: ["documents:", "  - title: Terms of reference", "    url: https://www.example.gov.uk/terms-of-reference.pdf", "    format: PDF", "    size_kb: 120"] },
        { field: "contact", help: ["How to get in touch; any of email, phone and url."], example: ["contact:", "  email: partnerships@example.gov.uk", "  phone: 020 7946 0000", "  url: https://www.example.gov.uk/contact"] },
        { field: "source_url", help: ["The page this content came from (https:// address)."], example: ["source_url: https://www.example.gov.uk/partnerships"] },
        { field: "last_reviewed", help: ["When the content was last checked, YYYY-MM-DD; shown as \"Page last updated\". Left out, the date of the last commit is used."], example: [`last_reviewed: ${today}`] },
        { field: "quick_exit", help: ["true for pages about abuse or safeguarding: adds an \"Exit this page\" link here and on every partnership below this one."], example: ["quick_exit: true"] },
        { field: "plans", help: ["The plans it works to: from and to are YYYY, YYYY-MM or YYYY-MM-DD (from may be left out). Once to has passed the site shows the plan as ended.", "Under themes, add cross_cutting: true to a theme that applies to all the others; document is the plan itself."], example: ["plans:", `  - title: Borough plan ${year} to ${year + 4}`, `    from: ${year}`, `    to: ${year + 4}`, "    summary: The plan all the partners work to.", "    themes:", "      - name: A healthier borough", "      - name: A safer borough", "      - name: Fairness for everyone", "        summary: Tackling inequality in everything the partnership does.", "        cross_cutting: true", "    document:", `      title: Borough plan ${year} to ${year + 4}`, "      url: https://www.example.gov.uk/borough-plan.pdf", "      format: PDF", "      size_kb: 900"] },
        { field: "dissolved", help: ["The day the group closed, YYYY-MM-DD (a delivery group dissolves once its objectives are met). Its page stays, says it has closed, and it moves to the \"Former groups\" list.", "No meeting may be after this date, and a group that still meets may not name a closed one as its parent."], example: [`dissolved: ${year + 1}-06-30`] },
        { field: "language", help: ["Only when this file's own words (name, summary, description…) are in another language than the site's: its language tag, e.g. bn (Bengali), ur (Urdu), pa (Punjabi), pl (Polish).", "A passage in another language inside any Markdown field is written [words]{lang=bn} instead."], example: ["language: bn"] },
      ],
      notes: [
        `Its page will be /partnerships/${slug}/.`,
        ...(option("name") ? [] : [`The name "${name}" was made from the slug; change it in the file if it is not right.`]),
        `Next: open the file, replace the summary marked ${PLACEHOLDER}, add any optional fields, then run: npm run validate`,
      ],
    };
  }

  const partnershipSlug = option("partnership");
  const partnershipList = partnerships.map((p) => p.slug);
  if (!partnershipSlug) return `A statement needs the partnership that signed it: add --partnership followed by its slug, e.g. ${partnershipList[0] ?? "camden-partners"}.`;
  if (!partnershipList.includes(partnershipSlug)) {
    return `There is no partnership "${partnershipSlug}" (no ${dataPath("partnerships", partnershipSlug)}).${didYouMean(partnershipSlug, partnershipList)}`;
  }
  const partnershipName = field(partnerships.find((p) => p.slug === partnershipSlug), "name") ?? nameFromSlug(partnershipSlug);
  const signed = option("signed") ?? today;
  const earlier = ofKind("statement")
    .filter((s) => field(s, "partnership") === partnershipSlug)
    .map((s) => ({ slug: s.slug, signed: field(s, "signed") ?? "" }))
    .sort((a, b) => a.signed.localeCompare(b.signed));
  const latest = earlier.at(-1);
  const replaces =
    latest === undefined
      ? []
      : latest.signed <= signed
        ? [`It will be the current statement of ${partnershipName}. The one it replaces, ${latest.slug} (signed ${dateInWords(latest.signed)}), stays published, marked as superseded, with a link to this one.`]
        : [`Note: ${latest.slug} was signed later (${dateInWords(latest.signed)}), so it stays current and this one will be shown as superseded. Check the date signed.`];
  return {
    kind,
    slug,
    heading: [`${option("title") ?? `${partnershipName} Equalities Statement`}: an equalities statement signed by ${partnershipName}.`],
    required: {
      partnership: partnershipSlug,
      title: option("title") ?? `${partnershipName} Equalities Statement`,
      signed,
      statement: `Paste the words of the statement here, exactly as signed, with a blank line between paragraphs ${PLACEHOLDER}\n`,
    },
    optional: [
      { field: "summary", help: ["One or two plain sentences (at most 300 characters) for lists and search results."], example: ["summary: The partners' commitment to equality in employment and services."] },
      { field: "commitments", help: ["What the signatories will work towards, one a line."], example: ["commitments:", "  - ensuring residents are treated with dignity and respect", "  - promoting good relations between people of all groups"] },
      { field: "protected_characteristics", help: ["The Equality Act 2010 characteristics it covers; delete the lines it does not cover."], example: ["protected_characteristics:", ...Object.keys(PROTECTED_CHARACTERISTICS).map((c) => `  - ${c}`)] },
      { field: "legislation", help: ["Laws and duties it refers to."], example: ["legislation:", "  - Equality Act 2010", "  - Public Sector Equality Duty"] },
      { field: "document", help: ["The signed copy: format is the file type (PDF, DOCX, ODT), size_kb its size in kilobytes."], example: ["document:", "  title: Signed equalities statement", "  url: https://www.example.gov.uk/equalities-statement.pdf", "  format: PDF", "  size_kb: 200"] },
      { field: "easy_read", help: ["An Easy Read version, published as its own page and linked from the statement: short sentences (15 words or fewer), one idea each, at most 3 sentences a paragraph.", "A picture goes first in its paragraph, beside its words: ![Two people talking](/images/talking.png) with the file in the images folder beside _data."], example: ["easy_read: |", "  This is our promise about being fair.", "", "  We want everyone to get the help they need.", "", "  We will treat everyone with respect."] },
      { field: "translations", help: ["The statement in other languages, each a page of its own at /equalities-statements/<slug>/<language>/: language is its tag (bn, ur, pl…),", "which needs the site's words in that language (npm run new language bn). summary, commitments, easy_read and document may follow, in that language."], example: ["translations:", "  - language: bn", "    title: সমতা বিবৃতি", "    statement: |", "      আমরা সবার সাথে ন্যায্য আচরণ করার প্রতিশ্রুতি দিচ্ছি।"] },
      { field: "review_by", help: ["When the signatories will review it, YYYY-MM-DD. Left out, it is four years after the date signed.", "The site says plainly when the current statement is overdue for review."], example: [`review_by: ${fourYearsOn(signed)}`] },
      { field: "language", help: ["Only when this file's own words (name, summary, description…) are in another language than the site's: its language tag, e.g. bn (Bengali), ur (Urdu), pa (Punjabi), pl (Polish).", "A passage in another language inside any Markdown field is written [words]{lang=bn} instead."], example: ["language: bn"] },
    ],
    notes: [
      `Its page will be /equalities-statements/${slug}/.`,
      ...replaces,
      ...(option("signed") ? [] : [`signed is set to today, ${dateInWords(today)}; change it to the date the statement was signed or agreed.`]),
      `Next: open the file, paste the statement's words in place of the text marked ${PLACEHOLDER}, then run: npm run validate`,
    ],
  };
}

/** The file's text: schema comment, a short how-to, required fields, then the optional ones commented out. */
export function renderDraft(draft: Draft): string {
  const out = [
    // Data files sit two folders below the project root, beside schemas/ (written by `npm run schemas`).
    `# yaml-language-server: $schema=../../schemas/${draft.kind}.json`,
    ...draft.heading.map((line) => `# ${line}`),
    "# Made with `npm run new`; the guide to every field is EDITING.md.",
    `# Replace any text marked ${PLACEHOLDER}. Optional fields are below, commented out:`,
    "# to use one, delete the \"# \" in front of its lines. Then check with: npm run validate",
    "",
    ...Object.entries(draft.required).flatMap(([key, value]) => yamlField(key, value)),
    "",
    "# Optional fields",
    "",
  ];
  for (const { help, example } of draft.optional) {
    out.push(...help.map((line) => `# ${line}`), ...example.map((line) => (line === "" ? "#" : `# ${line}`)), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Every problem the schema finds in the text; empty when the file would pass. */
export function schemaProblems(kind: NewKind, text: string): { field: string; message: string }[] {
  const result = FILE_KINDS[kind].safeParse(parse(text));
  return result.success ? [] : result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message }));
}

function yamlField(key: string, value: unknown): string[] {
  if (typeof value === "string" && value.includes("\n")) {
    return [`${key}: |`, ...value.trimEnd().split("\n").map((line) => (line === "" ? "" : `  ${line}`))];
  }
  return [`${key}: ${yamlValue(value)}`];
}

/** One value as YAML, quoted only when it has to be. */
function yamlValue(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function fail(...lines: string[]): Outcome {
  return { exitCode: 1, lines };
}

function didYouMean(input: string, candidates: Iterable<string>): string {
  const close = suggest(input, candidates);
  return close ? ` Did you mean "${close}"?` : "";
}

function listOrNone(items: string[]): string {
  return items.length > 0 ? items.join(", ") : "(none yet)";
}

/** A problem with a value the editor typed is told against the option they typed it in: --signed "2024-13-01" is not a real calendar date. */
function fromOption(problem: { field: string; message: string }, values: Record<string, string | boolean | undefined>): string {
  const option = problem.field.replace(/_/g, "-");
  const given = values[option];
  return typeof given === "string" ? `--${option} "${given}" ${problem.message}` : `${problem.field || "the file"} ${problem.message}`;
}

function exampleSlug(kind: NewKind): string {
  return { partnership: "safer-ealing-partnership", statement: "safer-ealing-equalities-statement-2026", area: "ealing" }[kind];
}

/** "health-and-wellbeing-board" → "Health and Wellbeing Board": a starting name an editor can correct. */
export function nameFromSlug(slug: string): string {
  const small = new Set(["and", "of", "for", "the", "in", "on", "to"]);
  return slug
    .split("-")
    .map((word, i) => (i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(" ");
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** An example review date four years on; the site works out the real default (src/model/graph.ts). */
function fourYearsOn(date: string): string {
  return /^\d{4}-/.test(date) ? `${Number(date.slice(0, 4)) + 4}${date.slice(4)}` : date;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const questions = args[0] === "site" ? terminalQuestions() : undefined;
  void (questions ? runNewSite(args.slice(1), { ask: questions.ask }).finally(questions.close) : Promise.resolve(runNew(args))).then((outcome) => {
    (outcome.exitCode === 0 ? console.log : console.error)(outcome.lines.join("\n"));
    process.exitCode = outcome.exitCode;
  });
}
