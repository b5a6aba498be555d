// The typed, read-only site graph templates read: areas, partnerships with parents and children, statements with successors.
import { endOf } from "./partial-date.ts";
import { PROTECTED_CHARACTERISTICS, type AccessibilityData, type AreaData, type MeetingData, type PartnershipData, type PlanData, type ProtectedCharacteristic, type SiteData, type StatementData } from "./schema.ts";
import type { ValidData } from "./validate.ts";
import { letterOf, type Letter } from "./letters.ts";
import { Translation, translationsOf, versionsOf, type Version } from "../language/translation.ts";
import type { Words } from "../language/words.ts";
import { siteBrand, type Brand } from "./brand.ts";

/** A statement is due for review four years after signing unless it says otherwise (the Public Sector Equality Duty cycle). */
const REVIEW_YEARS = 4;

/** One step of a breadcrumb trail. */
export interface Crumb {
  title: string;
  url: string;
  /** The language its title is written in, when it is not the site's. */
  language?: string;
}

export class Area {
  /** Every partnership of this area, current or closed. */
  readonly partnerships: Partnership[] = [];
  /** Current partnerships of this area whose parent is absent or in another area: the tops of its tree. */
  readonly roots: Partnership[] = [];
  /** Groups of this area that have closed (dissolved), A to Z: listed apart from the current tree. */
  readonly formerGroups: Partnership[] = [];
  constructor(readonly slug: string, readonly data: AreaData) {}
  get name(): string { return this.data.name; }
  get shortName(): string { return this.data.short_name ?? this.data.name; }
  get url(): string { return `/areas/${this.slug}/`; }
  /** Partnerships that have not closed. */
  get currentPartnerships(): Partnership[] { return this.partnerships.filter((p) => !p.isDissolved); }
  /** Breadcrumbs above this page (Home is always first and not listed). */
  get trail(): Crumb[] { return []; }
  /** The statement each of its partnerships signed last, A to Z by partnership. */
  get currentStatements(): Statement[] { return this.partnerships.flatMap((p) => p.currentStatement ?? []); }
  get overdueStatements(): number { return this.currentStatements.filter((s) => s.reviewOverdue).length; }
}

export class Partnership {
  parent?: Partnership;
  /** Current groups that report to this one: the tree's branches. */
  readonly children: Partnership[] = [];
  /** Groups that reported to this one and have closed, listed apart as "Former groups". */
  readonly formerChildren: Partnership[] = [];
  /** The plans it works to, in file order. */
  readonly plans: Plan[];
  readonly related: Partnership[] = [];
  /** Oldest first; the last is current. */
  readonly statements: Statement[] = [];
  constructor(readonly slug: string, readonly data: PartnershipData, readonly area: Area, readonly updated: string | undefined, private readonly today: string) {
    this.plans = (data.plans ?? []).map((plan) => new Plan(plan, today));
  }
  get name(): string { return this.data.name; }
  /** A group that has closed (`dissolved` has come) keeps its page, which says so; before that day it is still current. */
  get isDissolved(): boolean { return this.data.dissolved !== undefined && this.data.dissolved <= this.today; }
  /** Meetings from the build's date on, soonest first. */
  get upcomingMeetings(): MeetingData[] { return sortMeetings((this.data.meetings ?? []).filter((m) => m.date >= this.today)); }
  /** Meetings before the build's date, most recent first. */
  get pastMeetings(): MeetingData[] { return sortMeetings((this.data.meetings ?? []).filter((m) => m.date < this.today)).reverse(); }
  get url(): string { return `/partnerships/${this.slug}/`; }
  get calendarUrl(): string | undefined { return this.data.meetings ? `/partnerships/${this.slug}/meetings.ics` : undefined; }
  /** From the top of the tree down to the parent. */
  get ancestors(): Partnership[] {
    const above: Partnership[] = [];
    for (let p = this.parent; p; p = p.parent) above.push(p);
    return above.reverse();
  }
  get trail(): Crumb[] { return [{ title: this.area.shortName, url: this.area.url }, ...this.ancestors.map((a) => ({ title: a.name, url: a.url, ...(a.data.language && { language: a.data.language }) }))]; }
  get currentStatement(): Statement | undefined { return this.statements.at(-1); }
  /** An "Exit this page" link shows on this partnership's pages when it or any body above it asks for one. */
  get quickExit(): boolean { return [this, ...this.ancestors].some((p) => p.data.quick_exit); }
}

/** A plan a partnership works to, e.g. a borough plan 2018 to 2022; once its end has passed it is shown as ended, never as current. */
export class Plan {
  constructor(readonly data: PlanData, private readonly today: string) {}
  get title(): string { return this.data.title; }
  /** The plan's period is over once the last day its `to` names has passed. */
  get ended(): boolean { return endOf(this.data.to) < this.today; }
  /** Themes that cut across all the others. */
  get crossCuttingThemes(): NonNullable<PlanData["themes"]> { return (this.data.themes ?? []).filter((t) => t.cross_cutting); }
  /** The other themes, each of which the cross-cutting ones apply to. */
  get themes(): NonNullable<PlanData["themes"]> { return (this.data.themes ?? []).filter((t) => !t.cross_cutting); }
}

export class Statement {
  supersededBy?: Statement;
  /** Its Easy Read version, when it has one. */
  readonly easyRead?: EasyRead;
  supersedes?: Statement;
  /** Its translations, in file order, each a page of its own (see src/language/translation.ts). */
  translations: readonly Translation[] = [];
  constructor(readonly slug: string, readonly data: StatementData, readonly partnership: Partnership, readonly updated: string | undefined, private readonly today: string) {
    if (data.easy_read !== undefined) this.easyRead = new EasyRead(this, data.easy_read);
  }
  get title(): string { return this.data.title; }
  get url(): string { return `/equalities-statements/${this.slug}/`; }
  get trail(): Crumb[] { return [{ title: "Equalities statements", url: "/equalities-statements/" }]; }
  get isCurrent(): boolean { return this.supersededBy === undefined; }
  /** Which of the nine Equality Act 2010 characteristics the statement names, in the Act's order. */
  get coverage(): { characteristic: ProtectedCharacteristic; covered: boolean }[] {
    const named = new Set(this.data.protected_characteristics ?? []);
    return (Object.keys(PROTECTED_CHARACTERISTICS) as ProtectedCharacteristic[]).map((characteristic) => ({ characteristic, covered: named.has(characteristic) }));
  }
  get reviewBy(): string { return this.data.review_by ?? addYears(this.data.signed, REVIEW_YEARS); }
  /** Only the current statement can be overdue; a superseded one was replaced instead. */
  get reviewOverdue(): boolean { return this.isCurrent && this.reviewBy < this.today; }
}

/** A statement's Easy Read version: its own page, below the statement's, for the same partnership. */
export class EasyRead {
  constructor(readonly statement: Statement, readonly text: string) {}
  get title(): string { return `${this.statement.title}: Easy Read`; }
  get url(): string { return `${this.statement.url}easy-read/`; }
  get partnership(): Partnership { return this.statement.partnership; }
  get trail(): Crumb[] { return [...this.statement.trail, { title: this.statement.title, url: this.statement.url, ...(this.statement.data.language && { language: this.statement.data.language }) }]; }
}

export interface SiteGraph {
  readonly site: SiteData;
  readonly areas: readonly Area[];
  /** Every partnership, A to Z by name. */
  readonly partnerships: readonly Partnership[];
  /** Every statement, newest signed first. */
  readonly statements: readonly Statement[];
  /** The statement each partnership signed last, A to Z by partnership. */
  readonly currentStatements: readonly Statement[];
  /** The Easy Read versions of statements, each of which gets its own page. */
  readonly easyReads: readonly EasyRead[];
  /** The A to Z's letters that have partnerships, in order (digits first, other scripts last), each with its partnerships A to Z. */
  readonly letters: readonly LetterGroup[];
  /** Partnerships that have meetings, each of which gets a calendar file. */
  readonly partnershipsWithMeetings: readonly Partnership[];
  /** Pages with a known update date, newest first: the Atom feed's entries. */
  readonly updates: readonly Update[];
  /** The build's date (YYYY-MM-DD, UK), which decides what is past, upcoming and overdue. */
  readonly today: string;
  /** The manual side of the accessibility statement (_data/accessibility.yaml), when there is one. */
  readonly accessibility?: AccessibilityData;
  /** Every translation of a statement, each of which gets its own page (and its Easy Read, when it has one). */
  readonly translations: readonly Translation[];
  /** The language versions of each page that has translations, by page address: the statement and its translations, or their Easy Read versions. */
  readonly versions: ReadonlyMap<string, readonly Version[]>;
  /** site.yaml's brand, with the header's colours worked out and its logos' sizes read; undefined for the default look. */
  readonly brand?: Brand;
}

export interface LetterGroup extends Letter {
  readonly partnerships: readonly Partnership[];
}

export interface Update {
  title: string;
  url: string;
  summary: string;
  updated: string;
  /** The day a partnership closed, when it has. */
  closed?: string;
  /** The language of the title's and the summary's own words, when not the site's (the feed marks them with xml:lang). */
  language?: string;
  summaryLanguage?: string;
}

/** The feed carries the latest changes, not the whole directory. */
const FEED_SIZE = 50;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en-GB");

/** Links validated data into the graph; every reference is known to exist, so lookups here cannot miss. */
export function buildGraph(data: ValidData, today: string, updatedDates: Map<string, string> = new Map()): SiteGraph {
  const areas = new Map(data.areas.map((a) => [a.slug, new Area(a.slug, a.data)]));
  const partnerships = new Map(
    data.partnerships.map((p) => [p.slug, new Partnership(p.slug, p.data, areas.get(p.data.area)!, p.data.last_reviewed ?? updatedDates.get(p.source.absolutePath), today)]),
  );
  for (const p of partnerships.values()) {
    p.area.partnerships.push(p);
    if (p.data.parent) {
      p.parent = partnerships.get(p.data.parent)!;
      (p.isDissolved ? p.parent.formerChildren : p.parent.children).push(p);
    }
    for (const slug of p.data.related ?? []) p.related.push(partnerships.get(slug)!);
  }
  for (const p of partnerships.values()) {
    if (p.isDissolved) p.area.formerGroups.push(p);
    else if (!p.parent || p.parent.area !== p.area) p.area.roots.push(p);
  }

  const words = new Map(data.languages.map((l): [string, Words] => [l.slug, l.data]));
  const statements = data.statements.map((s) => {
    const partnership = partnerships.get(s.data.partnership)!;
    const statement = new Statement(s.slug, s.data, partnership, updatedDates.get(s.source.absolutePath), today);
    statement.translations = translationsOf(statement, words);
    partnership.statements.push(statement);
    return statement;
  });
  for (const p of partnerships.values()) {
    p.statements.sort((a, b) => a.data.signed.localeCompare(b.data.signed) || a.slug.localeCompare(b.slug));
    p.statements.forEach((s, i) => {
      s.supersedes = p.statements[i - 1];
      s.supersededBy = p.statements[i + 1];
    });
    p.children.sort(byName);
    p.formerChildren.sort(byName);
    p.related.sort(byName);
  }
  for (const a of areas.values()) {
    a.partnerships.sort(byName);
    a.roots.sort(byName);
    a.formerGroups.sort(byName);
  }

  const sortedPartnerships = [...partnerships.values()].sort(byName);
  const updates: Update[] = [
    ...sortedPartnerships.flatMap((p) => partnershipUpdate(p, today)),
    ...statements.map((s) => ({ title: s.title, url: s.url, summary: s.data.summary ?? `Signed by ${s.partnership.name}.`, updated: s.updated ?? s.data.signed, ...(s.data.language && { language: s.data.language, ...(s.data.summary && { summaryLanguage: s.data.language }) }) })),
    ...statements.flatMap((s) => s.translations.map((t) => t.update)),
  ];
  const translations = statements.flatMap((s) => s.translations);
  return {
    site: data.site.data,
    areas: [...areas.values()].sort(byName),
    partnerships: sortedPartnerships,
    statements: statements.sort((a, b) => b.data.signed.localeCompare(a.data.signed) || a.slug.localeCompare(b.slug)),
    currentStatements: sortedPartnerships.flatMap((p) => p.currentStatement ?? []),
    easyReads: statements.flatMap((s) => s.easyRead ?? []),
    letters: groupByLetter(sortedPartnerships),
    partnershipsWithMeetings: sortedPartnerships.filter((p) => p.data.meetings),
    updates: updates.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title)).slice(0, FEED_SIZE),
    today,
    ...(data.accessibility && { accessibility: data.accessibility.data }),
    translations,
    versions: versionsOf(statements, data.site.data.language),
    ...(data.site.data.brand && { brand: siteBrand(data.site) }),
  };
}

/** A partnership's feed entry: dated by its last update, or by the day it closed when that is later (and has come). */
function partnershipUpdate(p: Partnership, today: string): Update[] {
  const closed = p.data.dissolved;
  const dates = [p.updated, closed && closed <= today ? closed : undefined].filter((d): d is string => d !== undefined).sort();
  const updated = dates.at(-1);
  if (!updated) return [];
  return [{ title: closed ? `${p.name} (closed)` : p.name, url: p.url, summary: p.data.summary, updated, ...(closed && { closed }), ...(p.data.language && { language: p.data.language, ...(!closed && { summaryLanguage: p.data.language }) }) }];
}

function groupByLetter(partnerships: Partnership[]): LetterGroup[] {
  const groups = new Map<string, LetterGroup & { partnerships: Partnership[] }>();
  for (const p of partnerships) {
    const letter = letterOf(p.name);
    let group = groups.get(letter.slug);
    if (!group) groups.set(letter.slug, (group = { ...letter, partnerships: [] }));
    group.partnerships.push(p);
  }
  const rank = (slug: string) => (slug === "0-9" ? 0 : slug === "other" ? 2 : 1);
  return [...groups.values()].sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));
}

function sortMeetings(meetings: MeetingData[]): MeetingData[] {
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? "").localeCompare(b.time ?? ""));
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  // 29 February moves to 28 February in a year that has none.
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}
