// What `npm run check` runs first (scripts/check/plan.ts): every page, one part (--shard K/N), or the merge (--merge DIR); and the merge of one part's report, the unsharded check in two steps.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeReports, type ShardReport } from '../../scripts/check/merge.ts';
import { checkPlan } from '../../scripts/check/plan.ts';
import { buildReport } from '../../scripts/check/report.ts';

const base = { site: '_site', prefix: '/', concurrency: '2' };

test('without --shard or --merge: build, then check every page, as before', () => {
  const plan = checkPlan(base);
  assert.equal([plan.build, plan.title, plan.script, plan.partOnly, plan.report], [true, 'Check every page', 'scripts/check/index.ts', false, '.cache/accessibility-report.json']);
  assert.not.ok(plan.args.includes('--shard'));
});

test('--shard K/N checks one part and stops there; --no-build checks the site already built', () => {
  const plan = checkPlan({ ...base, shard: '1/1' });
  assert.equal([plan.build, plan.partOnly, plan.report], [true, true, '.cache/shards/shard-1-of-1.json']);
  assert.equal(plan.args.slice(-2), ['--shard', '1/1']);
  assert.is(checkPlan({ ...base, shard: '2/8', noBuild: true }).build, false);
  assert.throws(() => checkPlan({ ...base, shard: '9/8' }), /--shard: expected K\/N/);
});

test('--merge DIR merges without building, then goes on as the whole check does; not with --shard', () => {
  const plan = checkPlan({ ...base, merge: '.cache/shards' });
  assert.equal([plan.build, plan.partOnly, plan.script, plan.args[0], plan.report], [false, false, 'scripts/check/merge.ts', '.cache/shards', '.cache/accessibility-report.json']);
  assert.throws(() => checkPlan({ ...base, merge: 'x', shard: '1/2' }), /give one or the other/);
});

const report = (pages: string[], extra: Partial<Parameters<typeof buildReport>[0]> = {}) =>
  buildReport({ siteDir: '_site', baseUrl: 'https://example.org.uk/', pathPrefix: '/', pagesChecked: pages.length, tools: { axe: '4' }, results: [], issues: [], pages: pages.map((page) => ({ page, checked: '2026-12-04T10:00:00.000Z' })), sources: 'src', ...extra });

test('one part (1/1) merged is the whole check: every page checked, passed', () => {
  const part = { file: 'shard-1-of-1.json', report: report(['/', '/a-z/'], { shard: { index: 1, total: 1, site: 'abc' } }) as ShardReport };
  const { report: merged, problems } = mergeReports({ reports: [part], sitePages: ['/', '/a-z/'], site: 'abc', siteWide: report(['/', '/a-z/']) });
  assert.equal(problems, []);
  assert.ok(merged.passed);
  assert.is(merged.pagesChecked, 2);
});

test('parts that split the site in different ways, or checked another build, fail the merge', () => {
  const part = (index: number, total: number, site = 'abc') => ({ file: `shard-${index}-of-${total}.json`, report: report(['/'], { shard: { index, total, site } }) as ShardReport });
  const mixed = mergeReports({ reports: [part(1, 1), part(1, 2)], sitePages: ['/'], site: 'abc', siteWide: report(['/']) });
  assert.ok(mixed.problems.some((p) => p.rule === 'merge/mixed-parts'), JSON.stringify(mixed.problems));
  assert.not.ok(mixed.report.passed);
  const other = mergeReports({ reports: [part(1, 1, 'old')], sitePages: ['/'], site: 'abc', siteWide: report(['/']) });
  assert.equal(other.problems.map((p) => p.rule).sort(), ['merge/no-parts', 'merge/unchecked-page']);
  assert.match(other.lines.join('\n'), /left out shard-1-of-1\.json: it checked another build of the site/);
});

test.run();
