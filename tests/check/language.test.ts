// The gate's check of WCAG 3.1.2 Language of Parts (scripts/check/language.ts) on fixture pages that must fail and one that must pass.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runGate } from '../../scripts/check/gate.ts';
import { checkLanguageOfParts, languageOfPartsIssues } from '../../scripts/check/language.ts';
import { fixture, printed, tempSite } from './fixtures.ts';

const language = suite('check/language');

language('an unmarked Bengali passage on an English page fails, naming the page, the text, the script and how to mark it', () => {
  const { issues, pagesChecked } = checkLanguageOfParts(fixture('unmarked-bengali'));
  assert.is(pagesChecked, 1);
  assert.is(issues.length, 1, printed(issues));
  assert.is(issues[0].page, '/');
  assert.is(issues[0].rule, 'language-of-parts');
  assert.match(issues[0].message, /^"মহিলা সমিতি in Bengali\." is in the Bangla \(Beng\) script, inside lang="en-GB", written in Latin \(Latn\)/);
  assert.match(issues[0].message, /Mark it with \[মহিলা সমিতি in Bengali\.\]\{lang=bn\} in the Markdown/);
  assert.match(issues[0].message, /give the file language: bn/);
});

language('Urdu marked as Bengali fails: its script is Arabic, not Bengali', () => {
  const { issues } = checkLanguageOfParts(fixture('urdu-marked-bengali'));
  assert.is(issues.length, 1, printed(issues));
  assert.match(issues[0].message, /^"مسجد کمیٹی" is in the Arabic \(Arab\) script, inside lang="bn", written in Bangla \(Beng\)/);
  assert.match(issues[0].message, /\{lang=ur\}/);
});

language('marked passages pass: Latin names inside a Bengali passage, Punjabi in both its scripts, Japanese; hidden text, scripts, the title and attributes are not read as text', () => {
  const { issues } = checkLanguageOfParts(fixture('marked-languages'));
  assert.equal(issues, [], printed(issues));
});

language('the nearest lang wins, an empty or missing lang uses no script, and aria-hidden text is not read', () => {
  const page = (body: string, lang = ' lang="en-GB"') => languageOfPartsIssues('/x/', `<!DOCTYPE html><html${lang}><head><title>x</title></head><body>${body}</body></html>`);
  assert.is(page('<div lang="bn"><p lang="en">ভাষা</p></div>').length, 1, 'an inner English lang takes the Bengali back out of Bengali');
  assert.is(page('<p lang="">ভাষা</p>').length, 1);
  assert.is(page('<p>ভাষা</p>', '').length, 1);
  assert.match(page('<p>ভাষা</p>', '')[0].message, /inside no lang at all/);
  assert.is(page('<p lang="bn">ভাষা <b>আমাদের</b></p>').length, 0);
  assert.is(page('<p aria-hidden="true">ভাষা</p><template><p>ভাষা</p></template>').length, 0);
  assert.is(page('<p>Привет</p><p>שלום</p><p>नमस्ते</p>').length, 3);
  assert.is(page('<p>Привет</p>'.repeat(15)).length, 11, 'ten passages, then one line for the rest');
});

language('the gate fails on an unmarked passage and its summary counts the rule', async () => {
  const out = tempSite({});
  try {
    const outcome = await runGate({ siteDir: fixture('unmarked-bengali'), pathPrefix: '/', reportFile: path.join(out, 'report.json'), concurrency: 1, only: ['language'], verbose: false, cacheDir: null, log: () => undefined, sources: 'test' });
    assert.not.ok(outcome.passed);
    assert.match(outcome.summary, /1 {2}language-of-parts/);
    assert.match(outcome.summary, /time: language \d+\.\ds/);
  } finally {
    rmSync(out, { recursive: true });
  }
});

language.run();
