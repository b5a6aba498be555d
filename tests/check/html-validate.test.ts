// Tests for scripts/check/html-validate.ts over the gate fixtures: invalid markup is rejected by page and rule.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Parser, type ResolvedConfig, StaticConfigLoader } from 'html-validate';
import { checkHtmlValidate } from '../../scripts/check/html-validate.ts';
import { fastGetElementsByTagName, originalGetElementsByTagName } from '../../scripts/check/html-validate-speedup.ts';
import { fixture, printed, rules } from './fixtures.ts';

const hv = suite('check/html-validate');

hv('the good site passes', async () => {
  const result = await checkHtmlValidate(fixture('good'));
  assert.is(result.pagesChecked, 2);
  assert.equal(result.issues, [], printed(result.issues));
});

const rejects: [string, string, number][] = [
  ['missing-alt', 'wcag/h37', 15],
  ['heading-skip', 'heading-level', 26],
  ['invalid-html', 'element-permitted-content', 18],
];
for (const [name, rule, line] of rejects) {
  hv(`${name}: rejected by ${rule}, naming the page, rule and line`, async () => {
    const result = await checkHtmlValidate(fixture(name));
    assert.equal(rules(result.issues), [rule], printed(result.issues));
    const issue = result.issues[0];
    assert.is(issue?.page, '/');
    assert.is(issue?.line, line);
    assert.match(printed(result.issues), `/: html-validate ${rule}: `);
  });
}

// These fixtures differ from the good page by one defect that only a browser or the link checker sees.
for (const name of ['low-contrast', 'aaa-contrast', 'dark-contrast', 'small-target', 'broken-link', 'broken-fragment']) {
  hv(`${name}: valid markup`, async () => {
    const result = await checkHtmlValidate(fixture(name));
    assert.equal(result.issues, [], printed(result.issues));
  });
}

hv('child-process workers give the same result as in-process validation', async () => {
  const inProcess = await checkHtmlValidate(fixture('missing-alt'), { workers: 0 });
  const forked = await checkHtmlValidate(fixture('missing-alt'), { workers: 2 });
  assert.equal(forked.issues, inProcess.issues);
  assert.is(forked.pagesChecked, 1);
});

hv('a folder without .html files fails instead of passing', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'gate-empty-'));
  try {
    await checkHtmlValidate(empty);
    assert.unreachable('checked nothing, so it must fail');
  } catch (error) {
    assert.instance(error, Error);
    assert.match((error as Error).message, 'html-validate: no .html files');
  } finally {
    rmSync(empty, { recursive: true });
  }
});

hv('the getElementsByTagName speed-up returns what html-validate returns, in the same order', () => {
  const markup = readFileSync(path.join(fixture('good'), 'index.html'), 'utf8').replace('<main>', '<main><div><p><a href="/">x</a><span><a href="#">y</a></span></p></div>');
  const seen: string[][] = [];
  const config = new StaticConfigLoader({ root: true, elements: ['html5'] }).getConfigFor('index.html') as ResolvedConfig;
  const root = new Parser(config).parseHtml(markup);
  for (const tag of ['*', 'a', 'p', 'li', 'h2', 'missing']) {
    const original = originalGetElementsByTagName.call(root as never, tag) as unknown as { unique: number }[];
    const fast = fastGetElementsByTagName.call(root as never, tag) as unknown as { unique: number }[];
    assert.equal(fast.map((node) => node.unique), original.map((node) => node.unique), tag);
    seen.push(fast.map((node) => String(node.unique)));
  }
  assert.ok((seen[0] ?? []).length > 20, 'walked the whole document');
});

hv.run();
