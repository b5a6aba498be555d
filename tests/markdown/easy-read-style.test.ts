// Easy Read's measurable rules (src/markdown/easy-read-style.ts): at most 15 words a sentence, 3 sentences a paragraph.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { easyReadProblems, sentencesOf, wordCount } from "../../src/markdown/easy-read-style.ts";

test("sentences end at . ! or ?, also after a closing quote; words are counted without punctuation", () => {
  assert.equal(sentencesOf('We will listen. "We will help!" Will you tell us?'), ["We will listen.", '"We will help!"', "Will you tell us?"]);
  assert.is(wordCount("We will - always - listen to you."), 6);
});

test("a sentence of 15 words passes; one of 16 is named, with its paragraph and opening words", () => {
  const fifteen = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.";
  assert.equal(easyReadProblems(fifteen), []);
  const problems = easyReadProblems(`Short one.\n\n${fifteen.replace(".", " sixteen.")}`);
  assert.equal(problems, [{
    paragraph: 2,
    line: 2,
    message: 'paragraph 2 has a sentence of 16 words ("one two three four five six seven eight…"); Easy Read keeps each sentence to 15 words or fewer, with one idea in it. Split it into shorter sentences.',
  }]);
});

test("a paragraph of 3 sentences passes; 4 is named; lines of one paragraph count together", () => {
  assert.equal(easyReadProblems("We listen. We help. We act."), []);
  const [problem] = easyReadProblems("Hello.\n\nWe listen.\nWe help.\nWe act.\nWe check.");
  assert.is(problem.paragraph, 2);
  assert.is(problem.line, 2);
  assert.match(problem.message, /^paragraph 2 has 4 sentences \("We listen\."\); Easy Read keeps a paragraph to 3 sentences or fewer/);
});

test("a picture's description is not part of the sentence beside it; list items and headings are paragraphs of their own", () => {
  assert.equal(easyReadProblems("![A long description of a picture of two people shaking hands warmly in an office](/images/a.svg) We promise."), []);
  assert.equal(easyReadProblems("## Our promise\n\n- We listen. We help. We act.\n- We check."), []);
  assert.is(easyReadProblems("- We listen. We help. We act. We check.")[0].paragraph, 1);
});

test.run();
