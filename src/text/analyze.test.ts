import { describe, expect, it } from 'vitest';
import { englishTerms, withoutFunctionCharacters } from './analyze.js';

describe('Chinese words the segmenter glued to a function character', () => {
  it('keeps the content characters of a word with a function character (地有 → 地, 那幅 → 幅)', () => {
    expect(withoutFunctionCharacters('地有')).toBe('地');
    expect(withoutFunctionCharacters('那幅')).toBe('幅');
  });

  it('leaves alone a word of function characters only, a word without one, and content characters that are stop words (用家)', () => {
    expect(withoutFunctionCharacters('那是')).toBeUndefined();
    expect(withoutFunctionCharacters('用家')).toBeUndefined();
    expect(withoutFunctionCharacters('医院')).toBeUndefined();
    expect(withoutFunctionCharacters('地')).toBeUndefined();
    expect(withoutFunctionCharacters('AI')).toBeUndefined();
  });
});

describe('English noun compounds with a particle', () => {
  it('reads "start ups" written apart in the plural as the word "start-ups" gives', () => {
    expect(englishTerms('start-ups')).toContain('startup');
    expect(englishTerms('how many start ups are there')).toContain('startup');
    expect(englishTerms('we start up a firm')).not.toContain('startup');
  });
});
