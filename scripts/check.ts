// `npm run check`: build, check every page, rebuild so the accessibility statement speaks from that evidence, check those pages again, then check a subfolder build's links.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildNodeArgs } from './build-command.ts';
import { localSummary } from './check/local-summary.ts';
import { checkPlan } from './check/plan.ts';

const { values } = parseArgs({ options: { output: { type: 'string', default: '_site' }, concurrency: { type: 'string', default: '2' }, pathprefix: { type: 'string', default: '/' }, shard: { type: 'string' }, merge: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
const site = values.output!;
// The site is built and checked under the prefix it is published at (CI passes the one site.yaml's url needs), so the checked site is the deployed one.
const sitePrefix = values.pathprefix!;
const prefixedSite = '.cache/site-under-prefix';
const prefix = '/local-partnerships/';
const started = performance.now();
// --shard K/N checks one part of the pages; --merge DIR joins the parts' reports, then goes on as a whole check does.
const plan = (() => {
  try {
    return checkPlan({ site, prefix: sitePrefix, concurrency: values.concurrency!, shard: values.shard, merge: values.merge, noBuild: values['no-build'] });
  } catch (error) {
    console.error(`check: ${error instanceof Error ? error.message : String(error)}`);
    return process.exit(1);
  }
})();

/** Runs one step with its output shown; stops the whole check at the first failure. */
function step(title: string, script: string, args: string[]): void {
  console.log(`\n=== ${title} ===`);
  // A build runs as \`npm run build\` runs it (its node options in package.json); the checks need only tsx.
  const nodeArgs = script === 'scripts/build.ts' ? buildNodeArgs() : ['--import', 'tsx', script];
  const result = spawnSync(process.execPath, [...nodeArgs, ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\ncheck FAILED at: ${title}${totals()}`);
    console.error(`\n=== Summary, as CI writes it ===\n\n${localSummary({ failedAt: title, site, pathPrefix: sitePrefix })}`);
    process.exit(result.status ?? 1);
  }
}

if (plan.build) step('Build', 'scripts/build.ts', ['--output', site, '--pathprefix', sitePrefix, '--quiet']);
step(plan.title, plan.script, plan.args);
if (plan.partOnly) {
  console.log(`\ncheck PASSED: ${plan.title}${totals()}, in ${((performance.now() - started) / 1000).toFixed(1)} s; merge the parts with npm run check -- --merge .cache/shards`);
  process.exit(0);
}
step('Rebuild with the check results in the accessibility statement', 'scripts/build.ts', ['--output', site, '--pathprefix', sitePrefix, '--quiet']);
step('Check the accessibility statement and report as published', 'scripts/check/index.ts', [site, '--path-prefix', sitePrefix, '--pages', '/accessibility/,/accessibility/report/', '--report', '.cache/accessibility-recheck.json']);
step(`Build under the path prefix ${prefix}`, 'scripts/build.ts', ['--output', prefixedSite, '--pathprefix', prefix, '--quiet']);
step(`Check links and weight under ${prefix}`, 'scripts/check/index.ts', [prefixedSite, '--path-prefix', prefix, '--only', 'links,weight', '--report', '.cache/prefix-report.json']);
console.log(`\ncheck PASSED${totals()}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`\n=== Summary, as CI writes it ===\n\n${localSummary({ site, pathPrefix: sitePrefix })}`);

/** ": 24 pages checked, 0 errors" from the main report, when the check got that far. */
function totals(): string {
  try {
    const report = JSON.parse(readFileSync(plan.report, 'utf8')) as { pagesChecked: number; errors: number; date: string };
    if (Date.parse(report.date) < started + performance.timeOrigin) return '';
    return `: ${report.pagesChecked} pages checked, ${report.errors} error${report.errors === 1 ? '' : 's'}`;
  } catch {
    return '';
  }
}
