// The one content schema: validation, TypeScript types, JSON Schema and editor messages all derive from it.
import { z } from "zod";
import { isLanguageTag } from "../language/tag.ts";
import { languageFileSchema } from "../language/language-file.ts";
import { brandSchema } from "./brand.ts";
import { markdownImageProblems } from "../markdown/image-problems.ts";
import { markdownLinkProblems } from "../markdown/link-problems.ts";
import { markdownPassageProblems } from "../markdown/language-passages.ts";
import { endOf, startOf } from "./partial-date.ts";
import { isVisible, textProblem } from "./text-rules.ts";
import { ALLOWED_URL, urlProblem } from "./urls.ts";

/** File-name slugs: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_HELP = "lower-case letters and digits in words joined by single hyphens, e.g. safer-hillingdon-partnership";

export const PARTNERSHIP_TYPES = {
  "local-strategic-partnership": "Local strategic partnership",
  board: "Board",
  partnership: "Partnership",
  "theme-group": "Theme group",
  subgroup: "Subgroup",
  "delivery-group": "Delivery group",
  forum: "Forum",
  panel: "Panel",
} as const;

export const SECTORS = {
  public: "Public sector",
  private: "Private sector",
  voluntary: "Voluntary sector",
  community: "Community sector",
  faith: "Faith sector",
  business: "Business",
  residents: "Residents",
} as const;

export const PROTECTED_CHARACTERISTICS = {
  age: "Age",
  disability: "Disability",
  "gender-reassignment": "Gender reassignment",
  "marriage-and-civil-partnership": "Marriage and civil partnership",
  "pregnancy-and-maternity": "Pregnancy and maternity",
  race: "Race",
  "religion-or-belief": "Religion or belief",
  sex: "Sex",
  "sexual-orientation": "Sexual orientation",
} as const;

type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
const keysOf = <T extends object>(labels: T) => Object.keys(labels) as Keys<T>;

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (m ?? 1) - 1 && date.getUTCDate() === (d ?? 1);
}

// The building blocks every field is made of, exported so each new field gets the contract's rules for text and addresses.

/** What is wrong with a non-empty text, if anything: a character it may not hold, or nothing visible at all. */
function textIssue(value: string, lines: "one" | "many"): string | undefined {
  if (value === "") return undefined;
  return textProblem(value, { lines }) ?? (isVisible(value) ? undefined : "has nothing visible in it (only spaces or zero-width characters); write the text, or leave the field out");
}

/** Plain text on one line: a name, a title, a heading. */
export const singleLineText = z.string({ error: "must be text" }).trim().min(1, { error: "must not be empty" }).superRefine((value, ctx) => {
  const problem = textIssue(value, "one");
  if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
});
const text = singleLineText;

/** The fields whose text is Markdown, so checks that read Markdown find them from the schema (src/model/markdown-fields.ts). */
export const MARKDOWN_FIELDS = z.registry<{ markdown: true }>();

/** Markdown: may have line breaks and tabs, links only to allowed addresses, and images from this site only. */
export const markdownText = z.string({ error: "must be text" }).trim().min(1, { error: "must not be empty" }).superRefine((value, ctx) => {
  const problem = textIssue(value, "many");
  const problems = problem ? [problem] : markdownLinkProblems(value);
  for (const problem of problems) ctx.addIssue({ code: "custom", message: problem, input: value });
  if (!problem) for (const { message, line } of markdownPassageProblems(value)) ctx.addIssue({ code: "custom", message, input: value, params: { line } });
}).register(MARKDOWN_FIELDS, { markdown: true });

const slug = z.string({ error: "must be a slug (text)" }).regex(SLUG_PATTERN, { error: `is not a valid slug; use ${SLUG_HELP}` });

/** Any address a link may have: https, http, mailto, tel, or a path on this site. */
export const url = z.string({ error: "must be a web address (text)" }).superRefine((value, ctx) => {
  const problem = urlProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `is not an allowed address: it ${problem}; use ${ALLOWED_URL}`, input: value });
});

/** A full https:// address: for the site's own address and pages on other sites. */
export const httpsUrl = z.string({ error: "must be a web address (text)" }).superRefine((value, ctx) => {
  const https = "must be a full https:// address, e.g. https://www.example.gov.uk/";
  if (!/^https:/i.test(value)) ctx.addIssue({ code: "custom", message: https, input: value });
  else {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${https}, but it ${problem}`, input: value });
  }
});

/** A path on this site (starting with /): the only kind of address an image may have, since a page loads nothing from another host. */
export const siteUrl = z.string({ error: "must be a web address (text)" }).superRefine((value, ctx) => {
  const site = "must be a path on this site starting with /, e.g. /images/plan.png";
  if (!value.startsWith("/")) ctx.addIssue({ code: "custom", message: site, input: value });
  else {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${site}, but it ${problem}`, input: value });
  }
});
const email = z.email({ error: "must be an email address, e.g. partnerships@example.gov.uk" });

const date = z
  .string({ error: "must be a date written YYYY-MM-DD, e.g. 2018-11-06" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD, e.g. 2018-11-06" })
  .refine(isCalendarDate, { error: "is not a real calendar date" });

// YAML reads an unquoted year (2002) as a number; the contract means the text "2002".
const partialDate = z
  .union([z.string(), z.number().int()], { error: "must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2002-01" })
  .transform(String)
  .refine((v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && isCalendarDate(v), {
    error: "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2002-01",
  });

const time = z
  .string({ error: "must be a time written HH:MM (24-hour), e.g. 18:30" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be a time written HH:MM (24-hour), e.g. 18:30" });

const markdown = markdownText;

/** A BCP 47 language tag: the site's language, and the language a file or a passage is written in. */
export const languageTag = z
  .string({ error: "must be a language tag such as en-GB, bn or ur" })
  .refine(isLanguageTag, { error: "must be a BCP 47 language tag such as en-GB, bn (Bengali), ur (Urdu) or pl (Polish)" });

function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: "must be a list (each entry on its own line starting with - )" }).min(1, { error: "must not be an empty list; leave the field out instead" });
}

function oneOf<T extends object>(labels: T) {
  const values = keysOf(labels);
  return z.enum(values, { error: `must be one of: ${values.join(", ")}` });
}

/** An object that rejects unknown fields, since an unknown field is almost always a typo. */
function record<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape, { error: "must be a set of fields (field: value)" });
}

export const documentSchema = record({
  title: text,
  url,
  format: z.string({ error: "must be a file type such as PDF" }).regex(/^[A-Za-z0-9]{2,5}$/, {
    error: "must be a file type such as PDF, DOCX, ODT, XLSX or CSV",
  }),
  size_kb: z
    .number({ error: "must be a number of kilobytes, e.g. 16" })
    .positive({ error: "must be a number of kilobytes above 0" })
    .max(1_000_000, { error: "must be at most 1,000,000 kilobytes (1 GB); check the size, which is in kilobytes (KB), not bytes" })
    .optional(),
});

// The report form's address goes into the Content-Security-Policy's form-action as it is, and a GET form replaces any query,
// so it must be a plain https address that a CSP source can name exactly.
const feedbackUrl = httpsUrl.refine((v) => !/[?#;,'"\s]/.test(v), {
  error: "must be a plain https:// address with no ?, #, ;, comma or quotes, e.g. https://forms.example.gov.uk/report-a-problem (the page's address and the problem are added to it)",
});

export const planSchema = record({
  title: text,
  from: partialDate.optional(),
  to: partialDate,
  summary: text.max(300, { error: "must be at most 300 characters" }).optional(),
  themes: list(record({
    name: text,
    summary: text.max(300, { error: "must be at most 300 characters" }).optional(),
    cross_cutting: z.boolean({ error: "must be true or false" }).optional(),
  })).optional(),
  document: documentSchema.optional(),
}).superRefine((plan, ctx) => {
  if (plan.from && startOf(plan.from) > endOf(plan.to)) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `(${plan.to}) is before the start of the plan (${plan.from}); a plan must end on or after it starts` });
  }
});

export const siteSchema = record({
  title: text,
  description: text,
  url: httpsUrl,
  language: languageTag.default("en-GB"),
  publisher: record({ name: text, email, url: httpsUrl.optional() }),
  feedback_url: feedbackUrl.optional(),
  brand: brandSchema.optional(),
});

export const areaSchema = record({
  name: text,
  short_name: text.optional(),
  council_url: httpsUrl.optional(),
});

export const partnershipSchema = record({
  name: text.max(150, { error: "must be at most 150 characters" }),
  area: slug,
  type: oneOf(PARTNERSHIP_TYPES),
  summary: text.max(300, { error: "must be at most 300 characters" }),
  parent: slug.optional(),
  related: list(slug).optional(),
  established: partialDate.optional(),
  description: markdown.optional(),
  priorities: list(markdown).optional(),
  members: list(record({ name: text, sector: oneOf(SECTORS), url: url.optional() })).optional(),
  sections: list(record({ heading: text, body: markdown.optional(), items: list(markdown).optional(), ordered: z.boolean({ error: "must be true or false" }).optional() })).optional(),
  meetings: list(record({
    date,
    time: time.optional(),
    title: text.optional(),
    location: text.optional(),
    url: url.optional(),
    cancelled: z.boolean({ error: "must be true or false" }).optional(),
  })).optional(),
  documents: list(documentSchema).optional(),
  contact: record({ email: email.optional(), phone: text.optional(), url: url.optional() }).optional(),
  source_url: httpsUrl.optional(),
  last_reviewed: date.optional(),
  quick_exit: z.boolean({ error: "must be true or false" }).default(false),
  dissolved: date.optional(),
  plans: list(planSchema).optional(),
  language: languageTag.optional(),
}).superRefine((p, ctx) => {
  if (p.dissolved && p.established && p.dissolved < startOf(p.established)) {
    ctx.addIssue({ code: "custom", path: ["dissolved"], message: `(${p.dissolved}) is before the partnership was established (${p.established}); a group can only close after it starts` });
  }
});

/** Easy Read text: Markdown whose pictures come from the images folder. */
const easyReadText = markdown.superRefine((value, ctx) => {
  for (const problem of markdownImageProblems(value)) ctx.addIssue({ code: "custom", message: problem });
}).register(MARKDOWN_FIELDS, { markdown: true });

/** One translation of a statement (see Languages in the content model); its language is its page's address, so it is written as Intl writes it (bn, pa-Arab). */
export const translationSchema = record({
  language: languageTag.superRefine((tag, ctx) => {
    const canonical = isLanguageTag(tag) ? Intl.getCanonicalLocales(tag)[0] : tag;
    if (canonical !== tag) ctx.addIssue({ code: "custom", input: tag, message: `must be written ${canonical}, as the page address and the language file (_data/languages/${canonical}.yaml) name it` });
  }),
  title: text,
  statement: markdown,
  summary: text.max(300, { error: "must be at most 300 characters" }).optional(),
  commitments: list(markdown).optional(),
  easy_read: easyReadText.optional(),
  document: documentSchema.optional(),
});

export const statementSchema = record({
  partnership: slug,
  title: text,
  signed: date,
  statement: markdown,
  summary: text.max(300, { error: "must be at most 300 characters" }).optional(),
  commitments: list(markdown).optional(),
  protected_characteristics: list(oneOf(PROTECTED_CHARACTERISTICS))
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: "custom", path: [index], message: `repeats "${value}"; list each characteristic once` });
        seen.add(value);
      });
    })
    .optional(),
  legislation: list(text).optional(),
  document: documentSchema.optional(),
  easy_read: easyReadText.optional(),
  review_by: date.optional(),
  translations: list(translationSchema).superRefine((translations, ctx) => {
    const seen = new Set<string>();
    translations.forEach(({ language }, index) => {
      if (seen.has(language)) ctx.addIssue({ code: "custom", path: [index, "language"], message: `repeats "${language}"; a statement has one translation per language` });
      seen.add(language);
    });
  }).optional(),
  language: languageTag.optional(),
}).superRefine((statement, ctx) => {
  if (statement.review_by && statement.review_by < statement.signed) {
    ctx.addIssue({ code: "custom", path: ["review_by"], message: `(${statement.review_by}) is before the date signed (${statement.signed}); a review date must be on or after it` });
  }
});

/** _data/accessibility.yaml: the human side of the accessibility statement (the GDS model statement's manual audit, known issues and any disproportionate burden). */
export const accessibilitySchema = record({
  statement_prepared: date,
  statement_reviewed: date.optional(),
  manual_audit: record({
    date,
    by: text,
    sample: list(text),
    method: text.optional(),
  }).optional(),
  known_issues: list(record({
    what: text,
    where: text,
    wcag: z.string({ error: "must be a WCAG success criterion, e.g. 1.4.10 Reflow" }).regex(/^[1-4]\.\d{1,2}\.\d{1,2}\b/, { error: "must start with the number of a WCAG success criterion, e.g. 1.4.10 Reflow" }),
    fix_by: date,
  })).optional(),
  disproportionate_burden: list(record({
    what: text,
    assessment: text,
    assessed: date,
  })).optional(),
}).superRefine((record, ctx) => {
  if (record.statement_reviewed && record.statement_reviewed < record.statement_prepared) {
    ctx.addIssue({ code: "custom", path: ["statement_reviewed"], message: `(${record.statement_reviewed}) is before statement_prepared (${record.statement_prepared}); a statement is reviewed after it is prepared` });
  }
});

export type SiteData = z.output<typeof siteSchema>;
export type AccessibilityData = z.output<typeof accessibilitySchema>;
export type AreaData = z.output<typeof areaSchema>;
export type PartnershipData = z.output<typeof partnershipSchema>;
export type StatementData = z.output<typeof statementSchema>;
export type DocumentData = z.output<typeof documentSchema>;
export type TranslationData = z.output<typeof translationSchema>;
export type LanguageData = z.output<typeof languageFileSchema>;
export type MeetingData = NonNullable<PartnershipData["meetings"]>[number];
export type PlanData = z.output<typeof planSchema>;
export type PartnershipType = keyof typeof PARTNERSHIP_TYPES;
export type Sector = keyof typeof SECTORS;
export type ProtectedCharacteristic = keyof typeof PROTECTED_CHARACTERISTICS;

/** Each kind of data file, its folder under _data, and its schema. */
export const FILE_KINDS = {
  site: siteSchema,
  area: areaSchema,
  partnership: partnershipSchema,
  statement: statementSchema,
  accessibility: accessibilitySchema,
  language: languageFileSchema,
} as const;
export type FileKind = keyof typeof FILE_KINDS;
