// The scale benchmark's synthetic data (scripts/bench/generate.ts) must pass the content model, or the benchmark measures a failed build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateSite, writeSite } from "../../scripts/bench/generate.ts";
import { loadSite } from "../../src/model/site-data.ts";

const TODAY = "2026-11-27";

function withGenerated<T>(partnerships: number, use: (dataDir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "bench-generate-"));
  try {
    writeSite(dir, generateSite({ partnerships, today: TODAY }));
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("20 generated partnerships load and validate with the project's own loadSite", () => {
  withGenerated(20, (dir) => {
    const graph = loadSite(dir);
    assert.is(graph.partnerships.length, 20);
    assert.is(graph.areas.length, 1);
  });
});

test("the generated site covers what the benchmark claims: trees, meetings either side of today, a cancellation, superseded statements", () => {
  // 200 is enough for every random feature to appear with this seed, and still fast.
  withGenerated(200, (dir) => {
    const graph = loadSite(dir);
    assert.is(graph.areas.length, 7, "about one area per 30 partnerships");
    const depth = (p: (typeof graph.partnerships)[number]) => p.ancestors.length;
    assert.is(Math.max(...graph.partnerships.map(depth)), 3, "parents up to three deep");
    assert.ok(graph.partnerships.some((p) => p.related.length > 0), "related links");
    assert.ok(graph.partnerships.some((p) => p.data.members), "members");
    assert.ok(graph.partnerships.some((p) => p.upcomingMeetings.length > 0 && p.pastMeetings.length > 0), "past and upcoming meetings");
    assert.ok(graph.partnerships.some((p) => p.data.meetings?.some((m) => m.cancelled)), "a cancelled meeting");
    assert.ok(graph.partnerships.some((p) => p.data.documents && p.data.sections && p.data.priorities), "documents, sections and priorities");
    assert.ok(graph.statements.some((s) => !s.isCurrent), "a superseded statement");
    const withStatements = graph.partnerships.filter((p) => p.statements.length > 0).length;
    assert.ok(withStatements > 20 && withStatements < 70, `about 1 in 5 partnerships has a statement (${withStatements} of 200)`);
  });
});

test("the same seed gives the same site", () => {
  const a = generateSite({ partnerships: 50, today: TODAY, seed: 7 });
  const b = generateSite({ partnerships: 50, today: TODAY, seed: 7 });
  assert.equal(a, b);
});

test.run();
