import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { readdirSync, readFileSync } from 'node:fs';
import { detectLanguage, foldForMatch, hasCjkChar, isCjkChar, toSimplified } from './normalise.js';
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
  it('spells out HK as Hong Kong, but not the HK of a sum or of a longer short form', () => {
    expect(foldForMatch('the HK-Shenzhen park')).toBe('the hong kong-shenzhen park');
    expect(foldForMatch('HK$10 billion for HKSTP')).toBe('hk$10 billion for hkstp');
    expect(foldForMatch('HK $10 billion')).toBe('hk $10 billion');
  });
  it('reads the irregular plurals of office words as their singular, and leaves words that end in "men"', () => {
    expect(foldForMatch('the chairmen and spokeswomen')).toBe('the chairman and spokeswoman');
    expect(foldForMatch('specimen women omen')).toBe('specimen woman omen');
  });

  it('folds a long text (a passage) each time it is met, from the recent long texts kept or not', () => {
    const pieces = ['人工智能研發院。', 'The Govt funds R&D. ', '數碼港 Cyberport。'];
    const texts = pieces.map((piece) => piece.repeat(60));
    // Pieces that end where a sentence ends fold alone as they fold in a row (and a short one is folded apart from long ones).
    const expected = pieces.map((piece) => foldForMatch(piece).repeat(60));
    expect(expected[0]).toBe('人工智能研发院。'.repeat(60));
    // Each met twice in a row, then again after enough other long texts to push it out.
    const others = Array.from({ length: 20 }, (_, index) => `第${index}段：`.repeat(120));
    for (const round of [0, 1]) {
      texts.forEach((text, index) => {
        expect(foldForMatch(text), `round ${round}`).toBe(expected[index]);
        expect(foldForMatch(text)).toBe(expected[index]);
      });
      for (const other of others) expect(foldForMatch(other).startsWith('第')).toBe(true);
    }
  });
  it('spells out I&T and R&D', () => {
    expect(foldForMatch('I&T and R&D')).toContain('innovation technology');
    expect(foldForMatch('I&T and R&D')).toContain('research development');
  });
  it('drops the quotation marks that stress one character inside a word, and keeps quoted names', () => {
    expect(foldForMatch('推出「製造及生產線『升』級支援計劃」')).toBe('推出「制造及生产线升级支援计划」');
    expect(foldForMatch('發展「北都」計劃')).toBe('发展「北都」计划');
  });
  it('folds Cantonese written forms', () => {
    expect(foldForMatch('幾多錢')).toBe('多少钱');
    expect(foldForMatch('撥咗')).toBe('拨了');
  });
});

describe('toSimplified without the converter', () => {
  // toSimplified skips opencc-js for a text without a character from U+3400 up: no word of its
  // Hong Kong → Simplified dictionaries starts below it.
  it('no dictionary word of the Hong Kong → Simplified converter starts below U+3400', () => {
    const config = (OpenCC as unknown as { Locale: { configs: Record<string, { normalizationChain?: unknown[][]; segmentation?: unknown[]; conversionChain: unknown[][] }> } }).Locale.configs.hk2s!;
    const dictionaries = [...(config.normalizationChain ?? []).flat(), ...(config.segmentation ?? []), ...config.conversionChain.flat()] as Array<string | Array<[string, string]>>;
    let lowest = Infinity;
    let words = 0;
    for (const dictionary of dictionaries) {
      const entries = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')) : dictionary;
      for (const [word] of entries) {
        words++;
        lowest = Math.min(lowest, word!.codePointAt(0)!);
      }
    }
    expect(words).toBeGreaterThan(1000);
    expect(lowest).toBeGreaterThanOrEqual(0x3400);
  });
  it('gives what the converter gives, on every line of the corpus and on every character below U+3400', () => {
    const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const corpus = new URL('../../corpus/', import.meta.url);
    const lines = readdirSync(corpus)
      .filter((file) => !file.endsWith('.json'))
      .flatMap((file) => readFileSync(new URL(file, corpus), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(100);
    const below = Array.from({ length: 0x3400 }, (_, code) => String.fromCharCode(code)).join('');
    for (const text of [...lines, below, 'HK$10億 and 數碼港 ＡＩ', '香港 𠀋 surrogate']) expect(toSimplified(text)).toBe(convert(text));
  });
  it('every word the converter reads or writes is of the CJK ideographs toSimplified converts run by run', () => {
    const config = (OpenCC as unknown as { Locale: { configs: Record<string, { normalizationChain?: unknown[][]; segmentation?: unknown[]; conversionChain: unknown[][] }> } }).Locale.configs.hk2s!;
    const locale = (OpenCC as unknown as { Locale: { from: { hk: unknown[] }; to: { cn: unknown[] } } }).Locale;
    const dictionaries = [...(config.normalizationChain ?? []).flat(), ...(config.segmentation ?? []), ...config.conversionChain.flat(), ...locale.from.hk.flat(), ...locale.to.cn.flat()] as Array<string | Array<[string, string]>>;
    const ideograph = /^[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]+$/u;
    let words = 0;
    const outside: string[] = [];
    for (const dictionary of dictionaries) {
      const entries = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')) : dictionary;
      for (const [word, written] of entries) {
        words++;
        for (const text of [word!, ...(written ?? '').split(' ')]) if (text && !ideograph.test(text)) outside.push(text);
      }
    }
    expect(words).toBeGreaterThan(10_000);
    expect(outside).toEqual([]);
  });
  it('converts run by run as the converter converts the whole text, across punctuation, Latin, astral characters and description sequences', () => {
    const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const corpus = new URL('../../corpus/', import.meta.url);
    const text = readdirSync(corpus)
      .filter((file) => !file.endsWith('.json'))
      .map((file) => readFileSync(new URL(file, corpus), 'utf8'))
      .join('\n');
    // Windows of the corpus cut anywhere (inside words and phrases too), twice each: converted and then remembered.
    for (let start = 0; start < text.length; start += 997) {
      const window = text.slice(start, start + 1 + (start % 613));
      expect(toSimplified(window)).toBe(convert(window));
      expect(toSimplified(window)).toBe(convert(window));
    }
    for (const sample of ['數碼港，數碼港。數碼港', '香港𠀋𡃁仔 數據', '⿰氵可 數碼', '發展⿱艹⿰氵每局', '⿰數碼', '⿱數據⿰發展', '「製造及生產線『升』級支援計劃」']) {
      expect(toSimplified(sample)).toBe(convert(sample));
    }
  });
  it('folds a text the same the first time and from memory', () => {
    const text = `Tech for 數碼港 ${Math.random()}`;
    expect(foldForMatch(text)).toBe(foldForMatch(text));
    expect(foldForMatch(text)).toBe(`technology for 数码港 ${text.split(' ').at(-1)}`);
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
    // English names outweigh the Chinese, but the asking is Chinese: answered in Chinese.
    ['Digital Policy Office Hong Kong 幾時成立？', 'zh-Hant'],
    ['Global Innovation Index report 是什么？', 'zh-Hans'],
    // … and English asking with a Chinese name stays English.
    ['When was 數字政策辦公室 set up?', 'en'],
    ['Digital Policy Office 數字政策辦公室', 'en'],
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

describe('hasCjkChar', () => {
  it('says what testing each character with isCjkChar says, on every line of the corpus and on edge cases', () => {
    const lines = ['', 'abc', '𠀀', 'a𠀀b', '香港', 'HK$1 億', '\u3400', '\u4dbf', '\u9fff', '\uf900', '\ufaff', '\u33ff', '\ufb00', '\ud840', '、。'];
    for (const name of readdirSync('corpus')) if (/\.(?:md|txt)$/.test(name)) lines.push(...readFileSync(`corpus/${name}`, 'utf8').split('\n'));
    for (const line of lines) {
      expect(hasCjkChar(line)).toBe([...line].some(isCjkChar));
      for (const word of line.split(/\s+/)) expect(hasCjkChar(word)).toBe([...word].some(isCjkChar));
    }
  });
});
