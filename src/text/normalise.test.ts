import { describe, expect, it } from 'vitest';
import { detectLanguage, foldForMatch, toSimplified } from './normalise.js';
import { TextAnalyzer } from './analyze.js';

describe('foldForMatch', () => {
  it('folds Traditional to Simplified, full width to half width and case', () => {
    expect(foldForMatch('人工智能研發院')).toBe(foldForMatch('人工智能研发院'));
    expect(foldForMatch('ＨＫ＄１０')).toBe('hk$10');
    expect(toSimplified('數碼港')).toBe('数码港');
  });
  it('spells out the clippings people type (tech, govt, info, unis) and leaves words that only contain them', () => {
    expect(foldForMatch('How many tech firms does the govt fund?')).toBe('how many technology firms does the government fund?');
    expect(foldForMatch('info for unis')).toBe('information for universities');
    expect(foldForMatch('FinTech and biotech')).toBe('fintech and biotech');
  });
  it('spells out I&T and R&D', () => {
    expect(foldForMatch('I&T and R&D')).toContain('innovation technology');
    expect(foldForMatch('I&T and R&D')).toContain('research development');
  });
  it('folds Cantonese written forms', () => {
    expect(foldForMatch('幾多錢')).toBe('多少钱');
    expect(foldForMatch('撥咗')).toBe('拨了');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['How much for the AI institute?', 'en'],
    ['政府預留多少錢設立人工智能研發院？', 'zh-Hant'],
    ['人工智能研发院预留了多少钱？', 'zh-Hans'],
    ['智慧燈柱係咩嚟㗎？', 'zh-Hant'],
    ['AI研發院有幾多錢？', 'zh-Hant'],
    ['What is 智方便?', 'en'],
    ['香港有多少个海底电缆系统？', 'zh-Hans'],
    ['香港', 'zh-Hant'],
  ])('%s → %s', (question, language) => expect(detectLanguage(question)).toBe(language));
});

describe('TextAnalyzer', () => {
  const analyzer = new TextAnalyzer({ userWords: ['人工智能研發院', '新型工業加速計劃'] });
  const terms = (text: string) => analyzer.analyze(text).map((t) => t.term).filter((t) => !t.startsWith('~'));

  it('keeps the corpus names whole once folded to Simplified', () => {
    expect(terms('香港人工智能研發院')).toContain('人工智能研发院');
    expect(terms('推出「新型工業加速計劃」')).toContain('新型工业加速计划');
  });
  it('segments Traditional and Simplified text to the same terms', () => {
    expect(terms('海底電纜系統')).toEqual(terms('海底电缆系统'));
  });
  it('stems English and drops stop words', () => {
    expect(terms('How many submarine cables are there?')).toEqual(['submarin', 'cabl']);
  });
  it('gives a figure the same term in every notation', () => {
    expect(terms('預留10億元')).toContain('n1000000000');
    expect(terms('Set aside $1 billion')).toContain('n1000000000');
  });
  it('adds character bigrams as a fallback', () => {
    expect(analyzer.analyze('燈柱').some((t) => t.term === '~灯柱')).toBe(true);
  });
  it('cuts question words out of a question only', () => {
    expect(analyzer.analyze('研發院有幾多錢', { question: true }).map((t) => t.term)).not.toContain('多少钱');
  });
});
