// The open-data file /data/partnerships.json (src/open-data/open-data.ts): shape, values and absolute links.
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { openDataJson } from "../../src/open-data/open-data.ts";
import { fixtureBuild, succeeded, type Build } from "../helpers/build.ts";
import { copyFixture, graphAt, PROJECT_ROOT } from "../helpers/data-folder.ts";

const ROOT = "https://partnerships.example.test/";
const pending = fixtureBuild();
let build: Build;
let data: any;

test.before(async () => {
  build = succeeded(await pending);
  data = JSON.parse(build.read("/data/partnerships.json"));
});

test("the file is at /data/partnerships.json, versioned and dated by the build", () => {
  assert.is(data.version, 1);
  assert.is(data.generated, "2025-06-15");
});

test("site: the contract's fields, with the root address", () => {
  assert.equal(data.site, {
    title: "Testshire Partnerships",
    description: "A directory of Testshire's partnerships & their equalities statements.",
    url: ROOT,
    language: "en-GB",
    publisher: { name: "Testshire Partnerships Team", email: "access@partnerships.example.test", url: "https://www.example.test/" },
  });
});

test("areas: every area A to Z, with its address and partnerships", () => {
  assert.equal(data.areas, [
    { slug: "eastshire", url: `${ROOT}areas/eastshire/`, name: "Borough of Eastshire", short_name: "Eastshire", partnerships: [], former_groups: [] },
    {
      slug: "northshire",
      url: `${ROOT}areas/northshire/`,
      name: "Borough of Northshire",
      short_name: "Northshire",
      council_url: "https://www.northshire.example.gov.uk",
      partnerships: ["northshire-arts-forum", "northshire-partners", "northshire-safety-board", "northshire-youth-panel"],
      former_groups: [],
    },
    { slug: "southshire", url: `${ROOT}areas/southshire/`, name: "Borough of Southshire", partnerships: ["southshire-forum"], former_groups: [] },
  ]);
});

test("partnerships: every one A to Z, fields as editors wrote them (Markdown stays Markdown)", () => {
  assert.equal(data.partnerships.map((p: { slug: string }) => p.slug), ["northshire-arts-forum", "northshire-partners", "northshire-safety-board", "northshire-youth-panel", "southshire-forum"]);
  const partners = data.partnerships[1];
  assert.is(partners.name, "Northshire Partners");
  assert.is(partners.area, "northshire");
  assert.is(partners.type, "local-strategic-partnership");
  assert.is(partners.established, "2002-01");
  assert.ok(partners.description.startsWith("# Our aims\n"), partners.description);
  assert.equal(partners.priorities, ["Cleaner *streets*", "Safer parks", "More apprenticeships"]);
  assert.equal(partners.members[0], { name: "Northshire Council", sector: "public", url: "https://www.northshire.example.gov.uk" });
  assert.equal(partners.meetings.length, 5);
  assert.equal(partners.documents[0], { title: "Terms of reference", url: "https://www.northshire.example.gov.uk/terms.pdf", format: "pdf", size_kb: 16 });
  assert.equal(partners.related, ["southshire-forum"]);
  assert.is(partners.quick_exit, false);
  assert.is(partners.last_reviewed, "2025-05-01");
});

test("partnerships: links and derived facts", () => {
  const [arts, partners, safety, youth, southshire] = data.partnerships;
  assert.is(partners.url, `${ROOT}partnerships/northshire-partners/`);
  assert.equal(partners.children, ["northshire-arts-forum", "northshire-safety-board"]);
  assert.is(youth.parent, "northshire-safety-board");
  assert.is(partners.parent, undefined, "no parent, no field");
  assert.is(partners.calendar_url, `${ROOT}partnerships/northshire-partners/meetings.ics`);
  assert.is(arts.calendar_url, null);
  assert.is(partners.current_statement, "northshire-partners-statement-2021");
  assert.is(arts.current_statement, null);
  assert.is(partners.last_updated, "2025-05-01");
  assert.is(safety.quick_exit, true);
  assert.is(southshire.name, "Southshire <b>Community</b> Forum <script>alert(1)</script>", "text stays as written; JSON is not HTML");
});

test("statements: newest first, with review dates, current and superseded_by", () => {
  assert.equal(data.statements.map((s: { slug: string }) => s.slug), ["northshire-partners-statement-2021", "southshire-forum-statement", "northshire-partners-statement-2015"]);
  const [s2021, southshire, s2015] = data.statements;
  assert.is(s2015.url, `${ROOT}equalities-statements/northshire-partners-statement-2015/`);
  assert.is(s2015.partnership, "northshire-partners");
  assert.is(s2015.current, false);
  assert.is(s2015.superseded_by, "northshire-partners-statement-2021");
  assert.is(s2015.supersedes, null);
  assert.is(s2021.current, true);
  assert.is(s2021.superseded_by, null);
  assert.is(s2021.supersedes, "northshire-partners-statement-2015");
  assert.is(s2021.review_by, "2025-09-14", "four years after signing");
  assert.is(s2021.review_overdue, false);
  assert.is(southshire.review_by, "2023-01-10");
  assert.is(southshire.review_overdue, true);
  assert.equal(s2021.protected_characteristics, ["age", "religion-or-belief", "sexual-orientation"]);
  assert.equal(s2021.document, { title: "Signed statement", url: "https://www.northshire.example.gov.uk/statement-2021.pdf", format: "PDF", size_kb: 120 });
});

test("every address the file makes is absolute on the site's base", () => {
  const urls = [...data.areas, ...data.partnerships, ...data.statements].map((x: { url: string }) => x.url);
  urls.push(...data.partnerships.map((p: { calendar_url: string | null }) => p.calendar_url).filter(Boolean));
  for (const url of urls) assert.ok(url.startsWith(ROOT), url);
});

test("a path prefix is kept in every address", () => {
  const json = JSON.parse(openDataJson(graphAt("2025-06-15", copyFixture()), "https://www.example.gov.uk/partnerships/"));
  assert.is(json.site.url, "https://www.example.gov.uk/partnerships/");
  assert.is(json.areas[0].url, "https://www.example.gov.uk/partnerships/areas/eastshire/");
  assert.is(json.partnerships[1].calendar_url, "https://www.example.gov.uk/partnerships/partnerships/northshire-partners/meetings.ics");
  assert.is(json.statements[0].url, "https://www.example.gov.uk/partnerships/equalities-statements/northshire-partners-statement-2021/");
});

test("a partnership written in another language says which, as its file does", () => {
  const multilingual = { root: PROJECT_ROOT, dataDir: join(PROJECT_ROOT, "tests/fixtures/multilingual") };
  const json = JSON.parse(openDataJson(graphAt("2025-06-15", multilingual), ROOT));
  const forum = json.partnerships.find((p: any) => p.slug === "bangladeshi-community-forum");
  assert.is(forum.language, "bn");
  // A file that gives none is in the site's language, and the file says nothing more.
  assert.ok(json.partnerships.some((p: any) => !("language" in p)));
});

test.run();
