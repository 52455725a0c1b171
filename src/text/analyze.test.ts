import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { englishTerms, TextAnalyzer, withoutFunctionCharacters, withStopWordAcronyms } from './analyze.js';

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

describe('acronyms in capitals that read as stop words in lower case', () => {
  it('keeps "IT" (information technology) and "US" as words, in English and inside Chinese, but not in text all in capitals', () => {
    expect(withStopWordAcronyms('the Knowing More About IT Programme')).toBe('the Knowing More About I.T Programme');
    expect(withStopWordAcronyms('奇趣IT識多啲計劃')).toBe('奇趣I.T識多啲計劃');
    expect(withStopWordAcronyms('IS IT MORE')).toBe('IS IT MORE');
    // A word in a run of capitals inside mixed text (a heading, a shouted phrase) is no acronym; HONG KONG is dropped as before.
    expect(withStopWordAcronyms('The project is ON HOLD for now')).toBe('The project is ON HOLD for now');
    expect(withStopWordAcronyms('Visit HONG KONG SCIENCE PARK today')).toBe('Visit HONG KONG SCIENCE PARK today');
    // A sum in US dollars, a domain word dropped on purpose (HK) and a part of a dotted name are left as they are.
    expect(withStopWordAcronyms('over US$1 billion in HK, see Wi-Fi.HK')).toBe('over US$1 billion in HK, see Wi-Fi.HK');
    const analyzer = new TextAnalyzer({ userWords: [] });
    expect(analyzer.analyze('How much does the IT programme get?').map((t) => t.term)).toContain('i.t');
    expect(analyzer.analyze('is it more than that?').map((t) => t.term)).not.toContain('i.t');
  });
});

describe('a hedge on a question asking a figure', () => {
  it('drops 大概 / 大約 as "roughly" and "approximately" are dropped, keeping the words asked about', () => {
    const analyzer = new TextAnalyzer({ userWords: [] });
    for (const question of ['香港大概有多少家初創企業？', '香港大約有多少家初創企業？']) {
      const terms = analyzer.analyze(question).map((t) => t.term);
      expect(terms).not.toContain('大概');
      expect(terms).not.toContain('大约');
      expect(terms.some((term) => term.includes('初创'))).toBe(true);
    }
  });
});

describe('englishTerms', () => {
  it('reads each word as the rule says, the first time and again: edge signs cleaned, stop words and single letters dropped, dotted acronyms kept, the rest stemmed', () => {
    const text = 'the +funding. @cyberport i.t u.s of a 5g x 2025-26 start-ups funding running runs the';
    const expected = ['fund', 'cyberport', 'i.t', 'u.s', '5g', '2025', '26', 'start', 'startup', 'fund', stemmer('running'), stemmer('runs')];
    expect(englishTerms(text)).toEqual(expected);
    // Met again (its words remembered), the same terms.
    expect(englishTerms(text)).toEqual(expected);
    expect(englishTerms('running')).toEqual([stemmer('running')]);
  });

  it('drops the words of a comparison frame (vs, versus) and the verb of "go up / went down", which name nothing asked', () => {
    expect(englishTerms('start-ups 2024 vs 2023, versus jobs: how much did they go up, went down')).toEqual(['start', 'startup', '2024', '2023', 'job']);
  });
});
