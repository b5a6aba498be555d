// Generates a synthetic but contract-valid data folder (site, areas, partnerships, statements) of any size for the scale benchmark.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { AreaData, PartnershipType, ProtectedCharacteristic, Sector } from "../../src/model/schema.ts";
import { PROTECTED_CHARACTERISTICS, SECTORS } from "../../src/model/schema.ts";
import { seededRandom, type Random } from "./random.ts";

/** About one area (borough or district) per this many partnerships, as in a real county or London-wide directory. */
export const PARTNERSHIPS_PER_AREA = 30;

export interface GenerateOptions {
  partnerships: number;
  /** The build's date (YYYY-MM-DD): meetings fall either side of it and some statements are overdue on it. */
  today: string;
  seed?: number;
  /** The share of names (0 to 1) that start with the same word, SKEWED_WORD, as in a borough whose every group is "Safer…": one A to Z letter then holds most of the site. Default 0. */
  skewed?: number;
}

/** The bench's --skewed: nine names in ten start with SKEWED_WORD. */
export const SKEWED_SHARE = 0.9;
/** The word a skewed site's names start with. */
export const SKEWED_WORD = "Safer";

/** The files as editors would write them: slug and the YAML fields (input form, before the schema's defaults). */
export interface GeneratedSite {
  site: Record<string, unknown>;
  areas: { slug: string; data: AreaData }[];
  partnerships: { slug: string; data: Record<string, unknown> }[];
  statements: { slug: string; data: Record<string, unknown> }[];
}

/** What the generator made, for the benchmark's summary line. */
export interface GeneratedCounts {
  areas: number;
  partnerships: number;
  statements: number;
  withMeetings: number;
}

const PLACE_STARTS = ["North", "South", "East", "West", "Ash", "Oak", "Elm", "Brook", "Mill", "Stone", "Church", "Kings", "Queens", "Market", "Green", "High", "Long", "Broad", "Fair", "Lee"];
const PLACE_ENDS = ["bridge", "field", "ford", "ham", "ley", "wood", "stead", "borough", "minster", "wick", "combe", "dale", "port", "worth", "ton"];

const TOPICS = [
  "Health and Wellbeing", "Community Safety", "Safeguarding Adults", "Safeguarding Children", "Domestic Abuse", "Housing",
  "Employment and Skills", "Children and Young People", "Older People", "Climate Action", "Town Centres", "Transport",
  "Mental Health", "Substance Misuse", "Financial Inclusion", "Digital Inclusion", "Culture and Leisure", "Food Poverty",
  "Carers", "Learning Disability", "Youth Justice", "Community Cohesion", "Volunteering", "Early Help", "Homelessness",
  "Air Quality", "Public Health", "Special Educational Needs", "Armed Forces Covenant", "Refugee Welcome",
];
const SAFEGUARDING = new Set(["Safeguarding Adults", "Safeguarding Children", "Domestic Abuse"]);

/** The types a body takes at each depth of a tree: a strategic partnership at the top, delivery groups at the bottom. */
const TYPES_BY_DEPTH: PartnershipType[][] = [
  ["local-strategic-partnership"],
  ["board", "partnership"],
  ["theme-group", "subgroup", "forum", "panel"],
  ["delivery-group", "subgroup"],
];
const TYPE_WORDS: Record<PartnershipType, string> = {
  "local-strategic-partnership": "Partnership",
  board: "Board",
  partnership: "Partnership",
  "theme-group": "Theme Group",
  subgroup: "Subgroup",
  "delivery-group": "Delivery Group",
  forum: "Forum",
  panel: "Panel",
};
const MEMBERS: [string, Sector][] = [
  ["The council", "public"], ["NHS integrated care board", "public"], ["Metropolitan Police", "public"], ["Fire and rescue service", "public"],
  ["Probation service", "public"], ["Chamber of commerce", "business"], ["Local employers' forum", "private"], ["Council for voluntary service", "voluntary"],
  ["Citizens Advice", "voluntary"], ["Tenants' and residents' associations", "residents"], ["Interfaith forum", "faith"], ["Youth council", "community"],
  ["Age UK", "voluntary"], ["Housing associations", "private"], ["Healthwatch", "community"], ["Further education college", "public"],
];
const FORMATS = ["PDF", "DOCX", "ODT", "XLSX", "CSV"];
const LOCATIONS = ["Civic Centre, Committee Room 1", "Town Hall, Council Chamber", "Online (Microsoft Teams)", "Community Centre, Main Hall", "Central Library, Meeting Room 2"];
const CHARACTERISTICS = Object.keys(PROTECTED_CHARACTERISTICS) as ProtectedCharacteristic[];

/** Builds the whole synthetic site in memory; the same options always give the same site. */
export function generateSite(options: GenerateOptions): GeneratedSite {
  const random = seededRandom(options.seed ?? 20260101);
  const total = Math.max(1, Math.floor(options.partnerships));
  const areaCount = Math.max(1, Math.round(total / PARTNERSHIPS_PER_AREA));
  const areas = Array.from({ length: areaCount }, (_, i) => makeArea(i));
  const partnerships: GeneratedSite["partnerships"] = [];
  const statements: GeneratedSite["statements"] = [];

  // Partnerships are dealt out to areas in even runs, so each area's tree is built from its own run.
  let next = 0;
  let previousTop: string | undefined;
  for (let a = 0; a < areaCount; a++) {
    const end = Math.round(((a + 1) * total) / areaCount);
    const area = areas[a];
    const inArea: { slug: string; depth: number }[] = [];
    const usedNames = new Set<string>();
    let topOfArea: string | undefined;
    for (; next < end; next++) {
      const j = inArea.length;
      const { depth, parent } = placeInTree(random, j, inArea, previousTop);
      const type = random.pick(TYPES_BY_DEPTH[depth]);
      const topic = j === 0 ? "" : TOPICS[(j * 7 + a) % TOPICS.length];
      // Dealt evenly, not drawn, so the rest of the site is the same as without the skew.
      const word = skewed(next, options.skewed ?? 0) ? `${SKEWED_WORD} ` : "";
      let name = j === 0 ? `${word}${area.data.short_name} Partners` : `${word}${area.data.short_name} ${topic} ${TYPE_WORDS[type]}`;
      for (let n = 2; usedNames.has(name); n++) name = `${word}${area.data.short_name} ${topic} ${TYPE_WORDS[type]} ${n}`;
      usedNames.add(name);
      const slug = slugify(name);
      partnerships.push({ slug, data: makePartnership(random, { name, slug, type, topic, area, parent, today: options.today, earlier: inArea }) });
      inArea.push({ slug, depth });
      if (j === 0) topOfArea = slug;
      // About one partnership in five has signed an equalities statement; some have signed more than one.
      if (random.chance(0.2)) statements.push(...makeStatements(random, slug, name, options.today));
    }
    previousTop = topOfArea;
  }
  return {
    site: {
      title: "Synthetic Local Partnerships",
      description: "A generated directory used to measure how the build scales.",
      url: "https://bench.partnerships.example.org.uk",
      language: "en-GB",
      publisher: { name: "Benchmark Publisher", email: "accessibility@bench.partnerships.example.org.uk" },
    },
    areas,
    partnerships,
    statements,
  };
}

/** Writes the site as YAML files in the folder layout the content model reads (site.yaml, areas/, partnerships/, statements/). */
export function writeSite(dataDir: string, site: GeneratedSite): GeneratedCounts {
  for (const folder of ["areas", "partnerships", "statements"]) mkdirSync(join(dataDir, folder), { recursive: true });
  const write = (path: string, data: unknown) => writeFileSync(join(dataDir, path), stringify(data, { lineWidth: 0 }));
  write("site.yaml", site.site);
  for (const a of site.areas) write(`areas/${a.slug}.yaml`, a.data);
  for (const p of site.partnerships) write(`partnerships/${p.slug}.yaml`, p.data);
  for (const s of site.statements) write(`statements/${s.slug}.yaml`, s.data);
  return {
    areas: site.areas.length,
    partnerships: site.partnerships.length,
    statements: site.statements.length,
    withMeetings: site.partnerships.filter((p) => p.data.meetings).length,
  };
}

function makeArea(index: number): { slug: string; data: AreaData } {
  const base = `${PLACE_STARTS[index % PLACE_STARTS.length]}${PLACE_ENDS[Math.floor(index / PLACE_STARTS.length) % PLACE_ENDS.length]}`;
  const round = Math.floor(index / (PLACE_STARTS.length * PLACE_ENDS.length));
  const shortName = round === 0 ? base : `${base} ${round + 1}`;
  const slug = slugify(shortName);
  return {
    slug,
    data: {
      name: index % 3 === 0 ? `London Borough of ${shortName}` : `${shortName} District Council`,
      short_name: shortName,
      ...(index % 4 !== 3 ? { council_url: `https://www.${slug}.gov.uk` } : {}),
    },
  };
}

/**
 * Where the j-th partnership of an area sits: the first is the area's strategic partnership, the next few its boards,
 * the rest groups under them, at most three parents deep. A few stand alone, and a few report to the previous area's partnership.
 */
function placeInTree(random: Random, j: number, earlier: { slug: string; depth: number }[], otherAreaTop: string | undefined): { depth: number; parent?: string } {
  if (j === 0) return { depth: 0 };
  if (j > 4 && random.chance(0.06)) return { depth: 2 };
  if (otherAreaTop && j > 4 && random.chance(0.01)) return { depth: 1, parent: otherAreaTop };
  let depth = j <= 4 ? 1 : random.pick([1, 2, 2, 3, 3]);
  let candidates = earlier.filter((p) => p.depth === depth - 1);
  while (candidates.length === 0) {
    depth -= 1;
    candidates = earlier.filter((p) => p.depth === depth - 1);
  }
  return { depth, parent: random.pick(candidates).slug };
}

interface PartnershipPlan {
  name: string;
  slug: string;
  type: PartnershipType;
  topic: string;
  area: { slug: string; data: AreaData };
  parent?: string;
  today: string;
  earlier: { slug: string }[];
}

function makePartnership(random: Random, plan: PartnershipPlan): Record<string, unknown> {
  const { name, slug, type, topic, area, parent, today } = plan;
  const place = area.data.short_name!;
  const focus = topic ? topic.toLowerCase() : "the quality of life for everyone who lives, works or studies here";
  const site = `https://www.${area.slug}.gov.uk`;
  const data: Record<string, unknown> = {
    name,
    area: area.slug,
    type,
    summary: `${name} brings together public, voluntary, community and business partners in ${place} to improve ${focus}.`,
  };
  if (parent) data.parent = parent;
  if (plan.earlier.length > 2 && random.chance(0.3)) {
    const related = new Set<string>();
    // Never the parent: the check warns of that (the page shows it once), and editors are told to delete it.
    const others = plan.earlier.filter((p) => p.slug !== parent);
    for (let n = random.int(1, 3); n > 0; n--) related.add(random.pick(others).slug);
    data.related = [...related];
  }
  const year = random.int(1998, 2022);
  const month = String(random.int(1, 12)).padStart(2, "0");
  const established = [year, `${year}-${month}`, `${year}-${month}-${String(random.int(1, 28)).padStart(2, "0")}`];
  if (random.chance(0.7)) data.established = random.pick(established);
  if (random.chance(0.9)) {
    data.description = [
      ...(random.chance(0.2) ? ["## Who we are"] : []),
      `${name} is part of how ${place} works together. Its members agree shared priorities for ${focus} and report on progress each year.`,
      `It meets in public, and residents are **welcome** to attend. Read more on [the council's website](${site}/partnerships/${slug}) or in the *annual report*.`,
      ...(random.chance(0.3) ? ["### How decisions are made", "Decisions are agreed by consensus and recorded in the minutes of each meeting."] : []),
    ].join("\n\n");
  }
  if (random.chance(0.6)) {
    data.priorities = Array.from({ length: random.int(2, 6) }, (_, i) =>
      i === 0 ? `Reduce inequalities in ${focus} across ${place}.` : `Priority ${i + 1}: work with residents on *${random.pick(TOPICS).toLowerCase()}*, measured by [our indicators](/partnerships/${slug}/).`,
    );
  }
  if (random.chance(0.8)) {
    const start = random.int(0, MEMBERS.length - 1);
    data.members = Array.from({ length: random.int(3, 12) }, (_, i) => {
      const [memberName, sector] = MEMBERS[(start + i) % MEMBERS.length];
      return { name: memberName, sector, ...(random.chance(0.3) ? { url: `${site}/members/${i + 1}` } : {}) };
    });
  }
  if (random.chance(0.5)) {
    data.sections = Array.from({ length: random.int(1, 2) }, (_, i) => ({
      heading: i === 0 ? "How we work" : "What we have achieved",
      body: `The ${TYPE_WORDS[type].toLowerCase()} works through its members' own services, joining up work where it helps residents.\n\nProgress is published every year.`,
      ...(random.chance(0.6) ? { items: ["shared data and intelligence", "joint commissioning where it saves money", "a single point of contact for residents"], ordered: random.chance(0.5) } : {}),
    }));
  }
  if (random.chance(0.7)) data.meetings = makeMeetings(random, name, today);
  if (random.chance(0.5)) {
    data.documents = Array.from({ length: random.int(1, 4) }, (_, i) => {
      const format = random.pick(FORMATS);
      return {
        title: i === 0 ? "Terms of reference" : `Annual report ${2020 + i}`,
        url: `${site}/documents/${slug}-${i + 1}.${format.toLowerCase()}`,
        format,
        ...(random.chance(0.8) ? { size_kb: random.int(12, 4096) } : {}),
      };
    });
  }
  if (random.chance(0.6)) {
    data.contact = {
      email: `${slug.slice(0, 40).replace(/-+$/, "")}@${area.slug}.gov.uk`,
      ...(random.chance(0.5) ? { phone: `020 7${random.int(100, 999)} ${random.int(1000, 9999)}` } : {}),
      ...(random.chance(0.3) ? { url: `${site}/contact` } : {}),
    };
  }
  if (random.chance(0.5)) data.source_url = `${site}/partnerships/${slug}`;
  if (random.chance(0.7)) data.last_reviewed = addDays(today, -random.int(1, 900));
  if (SAFEGUARDING.has(topic) && random.chance(0.5)) data.quick_exit = true;
  return data;
}

/** Past and upcoming meetings either side of the build's date; sometimes one is cancelled, and some have no time. */
function makeMeetings(random: Random, name: string, today: string): Record<string, unknown>[] {
  const count = random.int(2, 6);
  const cancelled = count >= 3 && random.chance(0.4) ? random.int(0, count - 1) : -1;
  return Array.from({ length: count }, (_, i) => {
    // The first is always past and the second always upcoming, so every calendar has both.
    const offset = i === 0 ? -random.int(7, 400) : i === 1 ? random.int(0, 120) : random.int(-400, 200);
    return {
      date: addDays(today, offset),
      ...(random.chance(0.85) ? { time: random.pick(["09:30", "10:00", "14:00", "18:30", "19:00"]) } : {}),
      ...(random.chance(0.5) ? { title: `${name} meeting` } : {}),
      ...(random.chance(0.7) ? { location: random.pick(LOCATIONS) } : {}),
      ...(random.chance(0.3) ? { url: `https://democracy.example.gov.uk/meetings/${i + 1}` } : {}),
      ...(i === cancelled ? { cancelled: true } : {}),
    };
  });
}

/** One statement, or a run of two or three where the older ones are superseded by the newest. */
function makeStatements(random: Random, partnershipSlug: string, partnershipName: string, today: string): { slug: string; data: Record<string, unknown> }[] {
  const count = random.chance(0.1) ? 3 : random.chance(0.3) ? 2 : 1;
  const firstYear = random.int(2008, 2023 - 3 * count);
  return Array.from({ length: count }, (_, i) => {
    const year = firstYear + i * random.int(2, 3);
    const signed = `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
    const characteristics = CHARACTERISTICS.filter(() => random.chance(0.7));
    const data: Record<string, unknown> = {
      partnership: partnershipSlug,
      title: `${partnershipName} Equalities Statement ${year}`,
      signed,
      statement: [
        `${partnershipName} is committed to equality of opportunity and to delivering services based on residents' needs.`,
        "We will challenge and eliminate discrimination, promote equality of opportunity and foster good relations between people of all groups.",
        `In practical terms, the partnership will work towards the aims below, and report on them each year under the [Public Sector Equality Duty](https://www.gov.uk/government/publications/public-sector-equality-duty).`,
      ].join("\n\n"),
    };
    if (random.chance(0.7)) data.summary = `The partnership's commitment to equality, diversity and inclusion in employment and service delivery, agreed in ${year}.`;
    if (random.chance(0.8)) data.commitments = ["equal access to services across every sector", "treating residents with dignity and respect", "effective consultation with residents, including *seldom-heard* groups"];
    if (characteristics.length > 0) data.protected_characteristics = characteristics;
    if (random.chance(0.6)) data.legislation = ["Equality Act 2010", "Public Sector Equality Duty"];
    if (random.chance(0.5)) data.document = { title: "Signed statement", url: `https://www.example.gov.uk/statements/${partnershipSlug}-${year}.pdf`, format: "PDF", size_kb: random.int(40, 900) };
    // Some current statements name a review date already past, so the "overdue" notice is built too.
    if (random.chance(0.3)) data.review_by = random.chance(0.5) ? addDays(signed, 365 * 3) : addDays(today, random.int(30, 700));
    if (typeof data.review_by === "string" && data.review_by < signed) delete data.review_by;
    return { slug: `${partnershipSlug}-equalities-statement-${year}`, data };
  });
}

function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Whether the i-th name starts with SKEWED_WORD: that share of every run of names, spread evenly. */
function skewed(i: number, share: number): boolean {
  return Math.floor((i + 1) * share) > Math.floor(i * share);
}
