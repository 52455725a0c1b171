import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { foldForMatch } from './normalise.js';
import { PATTERNS, extractQuantities, formatMoneyChinese, formatEnUs, formatMoneyEnglish, parseChineseNumeral, quantityToken } from './quantities.js';

const tokens = (text: string) => extractQuantities(text).map(quantityToken);

describe('extractQuantities', () => {
  it.each([
    ['預留10億元設立', 'n1000000000'],
    ['Set aside $1 billion', 'n1000000000'],
    ['HK$1bn', 'n1000000000'],
    ['127億元', 'n12700000000'],
    ['HK$12.7 billion', 'n12700000000'],
    ['1.1億元', 'n110000000'],
    ['110 million', 'n110000000'],
    ['約 10 億 3000萬元人民幣', 'n1030000000'],
    ['RMB 1.03 billion', 'n1030000000'],
    ['增撥1億3,400萬元', 'n134000000'],
    // A grouped figure with a decimal part before a Chinese magnitude, as answers write HK$94.144 million.
    ['9,414.4萬元', 'n94144000'],
    ['$134 million', 'n134000000'],
    ['四百億元投資', 'n40000000000'],
    ['一萬三千個職位', 'n13000'],
    ['擴建會多咗十萬平方米樓面', 'n100000'],
    ['13 000 jobs', 'n13000'],
    ['42,000 宗', 'n42000'],
    ['約4,2000 個熱點', 'n42000'],
    ['\\$250,000', 'n250000'],
    ['25萬元', 'n250000'],
    ['269,731,000 元', 'n269731000'],
    ['24.3百萬元', 'n24300000'],
    ['175,587千元', 'n175587000'],
    ['兩億元', 'n200000000'],
    ['一百億元', 'n10000000000'],
  ])('reads %s as %s', (text, token) => {
    expect(tokens(text)).toContain(token);
  });

  it('reads petaFLOPS in both notations without multiplying 千萬億 into the figure', () => {
    expect(tokens('每秒浮點運算 3 000千萬億次')).toEqual(['pflops3000']);
    // Computing power in petaFLOPS whatever prefix writes it: exa is a thousand peta, tera a thousandth.
    expect(tokens('3 exaFLOPS')).toEqual(['pflops3000']);
    expect(tokens('每秒3百億億次')).toEqual(['pflops3000']);
    expect(tokens('500 teraFLOPS')).toEqual(['pflops0.5']);
    expect(tokens('3 000 petaFLOPS')).toEqual(['pflops3000']);
  });

  it.each([['2025-26'], ['2025/26'], ['2025 / 26'], ['2025-2026'], ['二零二五至二六年度']])('reads budget year %s as 2025-26', (text) => {
    expect(tokens(text)).toEqual(['fy2025-26']);
  });

  it('does not read a range of unrelated years as a budget year', () => {
    expect(tokens('2019-22')).not.toContain('fy2019-22');
  });

  it('keeps calendar years apart from counts', () => {
    expect(tokens('2024 年 12 月')).toEqual(['y2024', 'n12']);
  });

  it('reads shares written as fractions as percentages, and not 半 or "quarter" in other words', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    expect(read('資助的其中一半用作配對')).toEqual([['percent', 50]]);
    expect(read('約三分之一的企業')).toEqual([['percent', 33.3]]);
    expect(read('half of the grant')).toEqual([['percent', 50]]);
    expect(read('半導體研發')).toEqual([]);
    expect(read('in the third quarter of this year')).toEqual([]);
    expect(read('to open in the second half of the year')).toEqual([]);
    expect(read('half of the year')).toEqual([]);
    expect(read('約二十分之一')).toEqual([]);
  });

  it('reads a fraction of a magnitude in words ("a quarter of a billion", "half a million") as that figure, and "a quarter" alone as none', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    expect(read('above a quarter of a billion')).toEqual([['number', 250_000_000]]);
    expect(read('about half a million')).toEqual([['number', 500_000]]);
    expect(read('three quarters of a billion')).toEqual([['number', 750_000_000]]);
    expect(read('in a quarter of a year')).toEqual([]);
  });

  it('reads a magnitude counted in words ("a billion", "ten million") or written short without a currency ("1.5bn", "245.4 mn")', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    expect(read('more than a billion')).toEqual([['number', 1e9]]);
    expect(read('ten billion')).toEqual([['number', 1e10]]);
    expect(read('about 1.5bn')).toEqual([['number', 1.5e9]]);
    expect(read('245.4 mn')).toEqual([['number', 245.4e6]]);
    // A number word before another noun is still that number.
    expect(read('ten projects')).toEqual([['number', 10]]);
  });

  it('reads a fiscal year written short (25-26年度, "and 24/25?", FY24/25) as that year, and not a range of a count ("24-25 companies")', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    expect(read('31-32年度預算')).toEqual([['fiscal-year', 2031]]);
    expect(read('and 30/31?')).toEqual([['fiscal-year', 2030]]);
    expect(read('FY30/31 estimate')).toEqual([['fiscal-year', 2030]]);
    expect(read('in the 30-31 budget')).toEqual([['fiscal-year', 2030]]);
    expect(read('24-25 companies')).toEqual([['number', 24], ['number', 25]]);
    expect(read('pages 30-31 of it')).toEqual([['number', 30], ['number', 31]]);
    expect(read('30-31年預算案')).toEqual([['fiscal-year', 2030]]);
    expect(read('需時12-13年')).not.toContainEqual(['fiscal-year', 2012]);
    // Not a year after the one before: 24-26 is a range.
    expect(read('24-26年度')).not.toContainEqual(['fiscal-year', 2024]);
    // A full year is read as it was.
    expect(read('2030-31年度')).toEqual([['fiscal-year', 2030]]);
  });

  it('reads a Chinese numeral before a measure as a figure, and 一球 / 半球 as Cantonese millions of dollars', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    expect(read('係咪二十公頃')).toEqual([['number', 20]]);
    expect(read('十公頃')).toEqual([['number', 10]]);
    expect(read('最多資助半球')).toEqual([['money', 500000]]);
    expect(read('兩個半球')).toEqual([['money', 2500000]]);
    expect(read('3.5球')).toEqual([['money', 3500000]]);
    // A hemisphere, a football pitch and "a" are no figures.
    expect(read('北半球')).toEqual([]);
    expect(read('半球形')).toEqual([]);
    expect(read('足球場')).toEqual([]);
    expect(read('一公頃')).toEqual([]);
  });

  it('reads 十個億 / 兩個半億 as Cantonese hundreds of millions of dollars, not a count of ten', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    expect(read('規模係咪成十個億？')).toEqual([['money', 1_000_000_000]]);
    expect(read('兩個半億')).toEqual([['money', 250_000_000]]);
    expect(read('3個億')).toEqual([['money', 300_000_000]]);
    expect(read('十個單位')).toEqual([['number', 10]]);
  });

  it('reads Chinese tenths as percentages, and not the words 成 begins', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.kind, q.value]);
    expect(read('已覆蓋超過八成人口')).toEqual([['percent', 80]]);
    expect(read('約三成半')).toEqual([['percent', 35]]);
    expect(read('於2024年成立')).toEqual([['year', 2024]]);
    expect(read('九成立')).toEqual([]);
    expect(read('一成不變')).toEqual([]);
    expect(read('統一成一個平台')).toEqual([]);
    expect(read('三成半導體企業')).toEqual([]);
    expect(read('in 2024.')).toEqual([['year', 2024]]);
  });
  it('does not read 5G or AIR@InnoHK-like names as numbers', () => {
    expect(tokens('香港的 5G 服務網絡')).toEqual([]);
  });

  it('does not read 一站式 or 一國兩制 as numbers', () => {
    expect(tokens('一站式支援，一國兩制')).toEqual([]);
  });

  it('reads 兩 before a classifier as a count (兩條中試線), but not 一 ("a")', () => {
    expect(extractQuantities('設立兩條中試線').map((q) => [q.kind, q.value])).toEqual([['number', 2]]);
    expect(extractQuantities('成立一個平台')).toEqual([]);
  });

  it('marks money in renminbi', () => {
    expect(extractQuantities('10億3000萬元人民幣')[0]).toMatchObject({ kind: 'money', currency: 'CNY', value: 1.03e9 });
  });
});

describe('the patterns\' prechecks', () => {
  it('every match of a pattern, anywhere in the corpus as written and folded, holds what the pattern needs', () => {
    const corpus = new URL('../../corpus/', import.meta.url);
    const text = readdirSync(corpus)
      .filter((file) => !file.endsWith('.json'))
      .map((file) => readFileSync(new URL(file, corpus), 'utf8'))
      .join('\n');
    const samples = [text, text.normalize('NFKC'), foldForMatch(text), 'one half of the fund, 三分之一, 一半, 八成半, 一球, 二零二五至二六年度, 二零二五年, 3 000千萬億次, HK$1bn'];
    let checked = 0;
    for (const pattern of PATTERNS) {
      if (!pattern.needs) continue;
      for (const sample of samples) {
        for (const match of sample.matchAll(new RegExp(pattern.regex.source, pattern.regex.flags))) {
          checked++;
          expect(pattern.needs.test(match[0]), `${pattern.regex.source} matched ${match[0]}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['四百億', 4e10],
    ['一萬三千', 13000],
    ['十四', 14],
    ['兩', 2],
    ['一百', 100],
  ])('%s = %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  it('rejects what is not a numeral', () => expect(parseChineseNumeral('二二')).toBeUndefined());
});

describe('money formatting', () => {
  it('writes both notations', () => {
    expect(formatMoneyEnglish(1e9)).toBe('HK$1 billion');
    expect(formatMoneyEnglish(1.1e8)).toBe('HK$110 million');
    expect(formatMoneyEnglish(250000)).toBe('HK$250,000');
    expect(formatMoneyEnglish(1.03e9, 'CNY')).toBe('RMB 1.03 billion');
    expect(formatMoneyChinese(1e9)).toBe('10億元');
    expect(formatMoneyChinese(1.34e8)).toBe('1億3,400萬元');
    // A sum of 億 and a fraction of 萬 is written as Hong Kong writes it, and read back to the same value.
    expect(formatMoneyChinese(244006000)).toBe('2億4,400.6萬元');
    // … to the thousand dollars: a remainder under that is no 萬 to write.
    expect(formatMoneyChinese(100000001)).toBe('1億元');
    expect(formatMoneyChinese(100000050)).toBe('1億元');
    expect(extractQuantities('2億4,400.6萬元').map((q) => q.value)).toEqual([244006000]);
    expect(extractQuantities('HK$1,234.5 million').map((q) => q.value)).toEqual([1234500000]);
    expect(formatMoneyChinese(250000)).toBe('25萬元');
    expect(formatMoneyChinese(1.03e9, 'CNY')).toBe('10億3,000萬元人民幣');
  });
});

describe('formatEnUs', () => {
  it('writes a number as toLocaleString(en-US) does, with and without three fraction digits', () => {
    const values = [0, -0, 1, 999, 1000, 1234.5, 0.0005, 1.0005, 2.5, 12.3456, 1e21, -1234567.891, Number.NaN, Number.POSITIVE_INFINITY];
    for (let seed = 1; seed < 2000; seed++) values.push(((seed * 7919) % 100_003) / (seed % 7 === 0 ? 1 : 10 ** (seed % 5)));
    for (const value of values) {
      expect(formatEnUs(value)).toBe(value.toLocaleString('en-US'));
      expect(formatEnUs(value, 3)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: 3 }));
    }
  });
});
