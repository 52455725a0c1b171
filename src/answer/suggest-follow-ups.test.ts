import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, type LoadedIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { QuestionAnswerer } from './answer-question.js';
import { suggesterFor } from './suggest-follow-ups.js';

/** Suggested follow-ups over the real index: each candidate is answered once per index, not under every answer. */
describe('suggested follow-ups', () => {
  let index: LoadedIndex;

  beforeAll(async () => {
    index = await loadIndex((await builtTempIndex()).settings);
  });

  it('answers each candidate once: the same answer suggests the same questions without asking them again', async () => {
    const answerer = new QuestionAnswerer(index);
    const suggest = suggesterFor(answerer, { count: 3 });
    const result = await answerer.ask('How many fintech companies are there in Hong Kong?');
    const asked: string[] = [];
    const ask = answerer.ask.bind(answerer);
    answerer.ask = (question, options) => {
      asked.push(question);
      return ask(question, options);
    };
    const first = await suggest(result, result.question);
    expect(first.length).toBeGreaterThanOrEqual(2);
    // Each kept suggestion was asked and answered.
    for (const question of first) expect(asked).toContain(question);
    const askedFirstTime = asked.length;
    expect(await suggest(result, result.question)).toEqual(first);
    expect(asked.length).toBe(askedFirstTime);
    // A fresh suggester (a new index swapped in) asks again.
    const again = await suggesterFor(answerer, { count: 3 })(result, result.question);
    expect(again).toEqual(first);
    expect(asked.length).toBe(askedFirstTime * 2);
  });
});
