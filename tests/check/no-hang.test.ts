// The gate as a user runs it, as a process with a time limit: every way it can fail ends it with a non-zero exit within seconds, nothing left running.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PA11YCI_FILE } from '../../scripts/check/pa11y-ci.ts';
import { fixture } from './fixtures.ts';

const hang = suite('check/no-hang');
const ROOT = path.resolve(path.dirname(PA11YCI_FILE));
const LIMIT_S = 90;
const temp = mkdtempSync(path.join(tmpdir(), 'gate-no-hang-'));
hang.after(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  output: string;
}

/** `node --import tsx scripts/check/index.ts …`, killed (and so failing the test) if it is still running after LIMIT_S. */
function gate(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check/index.ts', ...args, '--report', path.join(temp, 'report.json'), '--cache', path.join(temp, 'cache')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), LIMIT_S * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

function assertFailedFast(run: Run, within: number, message: RegExp): void {
  assert.is(run.signal, null, `still running after ${LIMIT_S} s (killed):\n${run.output}`);
  assert.ok(run.code !== 0 && run.code !== null, `exit code ${run.code}\n${run.output}`);
  assert.ok(run.seconds < within, `took ${run.seconds.toFixed(1)} s (limit ${within} s)\n${run.output}`);
  assert.match(run.output, message);
  assert.match(run.output, /FAILED/);
}

/** A site of many copies of the good page, so that a browser crash falls in the middle of the run. */
function manyPages(count: number): string {
  const site = path.join(temp, `site-${count}`);
  cpSync(fixture('good'), site, { recursive: true });
  const page = readFileSync(path.join(site, 'index.html'), 'utf8');
  const locs = ['<url><loc>https://partnerships.example.org.uk/</loc></url>'];
  for (let i = 1; i < count; i += 1) {
    cpSync(path.join(site, 'index.html'), path.join(site, `p${i}`, 'index.html'), { recursive: true });
    writeFileSync(path.join(site, `p${i}`, 'index.html'), page);
    locs.push(`<url><loc>https://partnerships.example.org.uk/p${i}/</loc></url>`);
  }
  writeFileSync(path.join(site, 'sitemap.xml'), `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.join('')}</urlset>`);
  return site;
}

hang('the browser is missing (PUPPETEER_EXECUTABLE_PATH=/nonexistent): exit 1 within seconds', async () => {
  const run = await gate([fixture('good')], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
  assertFailedFast(run, 30, /Chromium not found at \/nonexistent/);
});

hang('the browser crashes part-way: exit 1 within seconds', async () => {
  const crashing = path.join(temp, 'crashing-chromium');
  // Starts the real Chromium and kills it two seconds later, as a renderer crash or the OOM killer would.
  writeFileSync(crashing, '#!/bin/sh\n/usr/bin/chromium "$@" &\nchild=$!\nsleep 2\nkill -9 $child\nwait $child\n');
  chmodSync(crashing, 0o755);
  const run = await gate([manyPages(40), '--only', 'pa11y-ci,contrast,layout'], { PUPPETEER_EXECUTABLE_PATH: crashing });
  assertFailedFast(run, 75, /pa11y-ci|contrast|layout/);
});

hang('a page that never finishes loading: exit 1 within the configured page timeout', async () => {
  const site = path.join(temp, 'stuck');
  cpSync(fixture('good'), site, { recursive: true });
  const page = readFileSync(path.join(site, 'index.html'), 'utf8');
  // The script never returns, so the page never loads and nothing can be evaluated in it.
  writeFileSync(path.join(site, 'index.html'), page.replace('</main>', '<script>for (;;) {}</script></main>'));
  const config = path.join(temp, 'short-timeout.pa11yci');
  const pa11yci = JSON.parse(readFileSync(PA11YCI_FILE, 'utf8')) as { defaults: Record<string, unknown> };
  writeFileSync(config, JSON.stringify({ defaults: { ...pa11yci.defaults, timeout: 5000 } }));
  const run = await gate([site, '--only', 'pa11y-ci,contrast,layout', '--pa11yci', config]);
  assertFailedFast(run, 75, /Timed out|took longer|timeout/i);
});

hang('a missing or empty sitemap: exit 1 at once', async () => {
  for (const name of ['no-sitemap', 'empty-sitemap']) {
    const run = await gate([fixture(name)]);
    assertFailedFast(run, 20, /sitemap\.xml: (missing|lists no pages)/);
  }
});

hang('a checker that throws (an unreadable pa11y-ci configuration): exit 1, naming it', async () => {
  const run = await gate([fixture('good'), '--only', 'pa11y-ci', '--pa11yci', path.join(temp, 'missing.pa11yci')]);
  assertFailedFast(run, 20, /pa11y-ci: FAILED TO RUN: pa11y-ci: cannot read/);
});

hang.run();
