// Tests for the dry-run runner's own parts: GitHub's expression subset, implicit success() in `if:`, and $GITHUB_ENV / $GITHUB_OUTPUT files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { condition, evaluate, readKeyValues } from './workflow-runner.ts';

const runner = suite('ci/workflow runner');
const github = { event_name: 'push', ref_name: 'main', event: { repository: { default_branch: 'main' } } };
const ctx = (status: 'success' | 'failure', steps: object = {}) => ({ github, steps, status });

runner('expressions: contexts, comparisons, logic, status functions', () => {
  assert.is(evaluate("github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch", ctx('success')), true);
  assert.is(evaluate("${{ github.ref_name == 'Main' }}", ctx('success')), true, 'strings compare ignoring case');
  assert.is(evaluate("!cancelled() && steps.install.outcome == 'success'", ctx('failure', { install: { outcome: 'success' } })), true);
  assert.is(evaluate("!cancelled() && steps.install.outcome == 'success'", ctx('failure', { install: { outcome: 'failure' } })), false);
  assert.is(evaluate('steps.check.outcome', ctx('success', { check: { outcome: 'failure' } })), 'failure');
  assert.is(evaluate('steps.nothing.outcome', ctx('success')), undefined);
  assert.throws(() => evaluate("contains(github.ref, 'x')", ctx('success')), /cannot evaluate/);
  assert.throws(() => evaluate('secrets.TOKEN', ctx('success')), /unknown context secrets/);
  assert.throws(() => evaluate("(github.ref == 'x'", ctx('success')), /not closed/);
});

runner("if: without a status function holds only while every step passed", () => {
  assert.is(condition(undefined, ctx('success')), true);
  assert.is(condition(undefined, ctx('failure')), false);
  assert.is(condition("github.event_name == 'push'", ctx('failure')), false);
  assert.is(condition("success() && github.event_name == 'push'", ctx('failure')), false);
  assert.is(condition('${{ !cancelled() }}', ctx('failure')), true);
  assert.is(condition('always()', ctx('failure')), true);
});

runner('$GITHUB_ENV and $GITHUB_OUTPUT: lines and heredocs', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'runner-')), 'env');
  writeFileSync(file, 'PATH_PREFIX=/repo/\nNOTE<<EOF\nline one\nline=two\nEOF\nEMPTY=\n');
  assert.equal(readKeyValues(file), { PATH_PREFIX: '/repo/', NOTE: 'line one\nline=two', EMPTY: '' });
  writeFileSync(file, 'A<<END\nnever closed\n');
  assert.throws(() => readKeyValues(file), /never closed/);
});

runner.run();
