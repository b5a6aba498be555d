// Tests for scripts/check/html-validate.ts over the gate fixtures: invalid markup is rejected by page and rule.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkHtmlValidate } from '../../scripts/check/html-validate.ts';
import { fixture, printed, rules, tempSite } from './fixtures.ts';

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

hv('a bare & in text or an attribute is valid HTML, as the W3C Nu validator says; a bare < in text is not', async () => {
  const head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Children & Young People’s Board</title></head><body><main><h1>';
  const site = tempSite({
    'index.html': `${head}Children & Young People's Board</h1><p title="Tom & Jerry">Fish & chips, 3 > 2</p></main></body></html>`,
    'bad/index.html': `${head}Board</h1><p>1 < 2</p></main></body></html>`,
  });
  try {
    const result = await checkHtmlValidate(site);
    assert.equal(result.issues.map((issue) => [issue.page, issue.rule]), [['/bad/', 'no-raw-characters']], printed(result.issues));
  } finally {
    rmSync(site, { recursive: true });
  }
});

hv.run();
