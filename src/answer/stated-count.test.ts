import { describe, expect, it } from 'vitest';
import { ASKS_FIGURE_GIVEN, statedCountQuestion } from './stated-count.js';

describe('the count a question states, asked of another document', () => {
  it('in English: how many of its noun, the clause that states it kept, its figure and qualifier left out', () => {
    expect(statedCountQuestion("The Harbour Lab served 'over 1,600' tech companies in the ; what figure does its give?")).toBe('How many tech companies did Harbour Lab served?');
    expect(statedCountQuestion('harbour lab hosted 1,600+ tech firms in the - what is the number in the , how many more is that')).toBe('How many tech firms did harbour lab hosted?');
    // The month and year that named the document are left out with it.
    expect(statedCountQuestion('The Feb 2025 government said the Harbour Lab served over 1,600 tech companies. What figure does the give?')).toBe('How many tech companies did government Harbour Lab served?');
  });

  it('a topic before a colon is part of the clause', () => {
    expect(statedCountQuestion('Harbour Pass: the says it offers about 460 services, the a different number. What is the difference?')).toBe('How many services did Harbour Pass it offers?');
  });

  it('with no clause before the figure, what follows the noun is what is counted', () => {
    expect(statedCountQuestion('The mentioned some 40 harbour enterprises coming to Hong Kong. What is the more recent count in the ?')).toBe('How many harbour enterprises are there coming to Hong Kong?');
  });

  it('in Chinese: the clause that states it, the figure asked as 多少', () => {
    expect(statedCountQuestion('話海港實驗室為逾 1,600 家科技公司提供服務，又話有幾多間？')).toBe('海港實驗室為多少家科技公司提供服務？');
  });

  it('nothing for a question stating no count of a noun (a sum, a year, a count of one)', () => {
    expect(statedCountQuestion('The slides said HK$1 billion for the Harbour Fund; what does the fact sheet give?')).toBeUndefined();
    expect(statedCountQuestion('What does the fact sheet say about the Harbour Fund?')).toBeUndefined();
  });

  it('a figure asked by the word for one', () => {
    expect(ASKS_FIGURE_GIVEN.test('what figure does its own press release give?')).toBe(true);
    expect(ASKS_FIGURE_GIVEN.test("what's the number in the press release")).toBe(true);
    expect(ASKS_FIGURE_GIVEN.test('What is the more recent count in the fact sheet?')).toBe(true);
    expect(ASKS_FIGURE_GIVEN.test('What does the press release say about the Harbour Lab?')).toBe(false);
  });
});
