/**
 * Money, numbers and budget years in every notation the corpus and its readers use, reduced to
 * canonical values so that a figure asked one way matches a figure written another:
 * 10億元 = $1 billion = HK$1,000 million = 10億蚊 (Cantonese 蚊 for dollars); 10億3000萬元人民幣 = RMB 1.03 billion;
 * 一萬三千個 = 13 000; 3 000千萬億次 = 3 000 petaFLOPS; 2025-26 = 2025/26 = 二零二五至二六年度.
 *
 * Pure functions over text. Works on both Traditional and Simplified characters.
 */

import { Memo } from './memo.js';

/** How many petaFLOPS one unit of a computing-power prefix is: exa 1 000, peta 1, tera 1/1 000 (百億億 = 10^18, 千萬億 = 10^15, 萬億 = 10^12). */
function FLOPS_PREFIX_IN_PETA(unit: string): number {
  if (/^(?:百[億亿][億亿]|exa|eflop)/i.test(unit)) return 1000;
  if (/^(?:[萬万][億亿]|tera|tflop)/i.test(unit)) return 0.001;
  return 1;
}

export type QuantityKind = 'money' | 'number' | 'percent' | 'petaflops' | 'fiscal-year' | 'year';

export interface Quantity {
  kind: QuantityKind;
  /** Canonical value: HK dollars (or the currency below) for money, the start year for fiscal years. */
  value: number;
  currency?: 'HKD' | 'CNY';
  /** For fiscal years: "2025-26". */
  label?: string;
  start: number;
  end: number;
  raw: string;
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_BIG_UNITS: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

/** Parses 四百億, 一萬三千, 兩億, 十四, 一百 … ; returns undefined for anything else. */
/** The months in English, January first. */
/** A budget year by the calendar year it starts in: 2025 → "2025-26". */
export function fiscalYearLabel(start: number): string {
  return `${start}-${String(start + 1).slice(2)}`;
}

export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** An English month as written, in full or cut short (jan, Sept, june): a regular-expression source, no flags. */
export const ENGLISH_MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in CHINESE_DIGITS) {
      if (digit !== undefined) return undefined; // 二二: not a numeral we read
      digit = CHINESE_DIGITS[char];
    } else if (char in CHINESE_SMALL_UNITS) {
      section += (digit ?? 1) * CHINESE_SMALL_UNITS[char]!;
      digit = undefined;
    } else if (char in CHINESE_BIG_UNITS) {
      const unit = CHINESE_BIG_UNITS[char]!;
      section += digit ?? 0;
      if (section === 0) section = 1;
      // 億 applies to everything before it; 萬 only to its own section.
      total = unit === 1e8 ? (total + section) * unit : total + section * unit;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** 二零二五 → 2025 (digit by digit, as years are written). */
export function parseChineseDigitString(text: string): number | undefined {
  let value = 0;
  for (const char of text) {
    const digit = CHINESE_DIGITS[char];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** 1,600 / 3 000 / 4,2000 / 1.1 → a number. Spaces group thousands only in groups of three. */
function parseArabic(text: string): number {
  return Number(text.replace(/[ ,\u00a0\u202f]/g, ''));
}

const ENGLISH_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** An English count word as a number: "a", "an" and "one" are 1, then ENGLISH_NUMBERS ("two" … "twenty"). */
function englishCount(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'a' || lower === 'an' || lower === 'one' ? 1 : ENGLISH_NUMBERS.indexOf(lower) + 2;
}

const MAGNITUDE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12,
};

/** Multiplies out a run of Chinese magnitude characters: 億 → 1e8, 千萬 → 1e7, 百萬 → 1e6. */
function chineseMagnitude(units: string): number {
  let factor = 1;
  for (const char of units) factor *= CHINESE_SMALL_UNITS[char] ?? CHINESE_BIG_UNITS[char] ?? 1;
  return factor;
}

/** Rounds away floating noise: 1.1 * 1e8 = 110000000.00000001 → 110000000. */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

const ARABIC = String.raw`\d{1,3}(?:(?:,| (?=\d{3}(?!\d)))\d{3,4})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;
/** A date written in Chinese: 2024 年 7 月, 二零一九年四月, 二零二四年七月二十五日 (the year digit by digit, the month and day as numerals). */
const CHINESE_DATE = /([\d零〇一二三四五六七八九]{4})\s?年\s?(?:([\d一二三四五六七八九十]{1,3})\s?月(?:\s?([\d一二三四五六七八九十]{1,3})\s?日)?)?/u;
const LAST_MONTH = 12;
const LAST_DAY = 31;

/**
 * The year, month and day of the first date written in Chinese in a text (of the whole text, when `whole`), or
 * undefined; a month out of range is no month, a day out of range no date.
 */
export function readChineseDate(text: string, whole = false): { year: number; month?: number; day?: number } | undefined {
  const match = CHINESE_DATE.exec(text);
  if (!match || (whole && match[0].length !== text.length)) return undefined;
  const numeral = (written: string) => (/^\d+$/.test(written) ? Number(written) : written.length === 4 ? parseChineseDigitString(written) : parseChineseNumeral(written));
  const year = numeral(match[1]!);
  if (!year) return undefined;
  const month = match[2] ? numeral(match[2]) : undefined;
  const day = match[3] ? numeral(match[3]) : undefined;
  if (day !== undefined && (!day || day > LAST_DAY)) return undefined;
  return month && month <= LAST_MONTH ? { year, month, ...(day ? { day } : {}) } : { year };
}

/** A sum of 億 and 萬 shows its 萬 to a tenth: to the thousand dollars. */
const WAN_TENTHS = 10;
/** 一球, Cantonese for a million Hong Kong dollars. */
const ONE_BALL = 1_000_000;
/** 一個億, Cantonese for 1億 (HK$100 million). */
const HUNDRED_MILLION = 100_000_000;
const CN_NUMERAL_CHARS = '零〇一二兩两三四五六七八九十百千萬万億亿';
const CN_CLASSIFIERS = '元個个間间家項项所名宗座條条枚支隊队人筆笔萬万億亿次';

interface Pattern {
  regex: RegExp;
  /**
   * A character (or word) every match of `regex` holds, tested first: a text without it is not
   * searched with `regex` (most texts hold no digit, no 至, no 球; a search costs a pass over the text).
   */
  needs?: RegExp;
  read: (match: RegExpExecArray) => Omit<Quantity, 'start' | 'end' | 'raw'> | undefined;
}

/** The first year a two-digit fiscal year ("24/25") may name: earlier pairs are more likely ranges or scores than budgets. */
const SHORT_FISCAL_YEAR_FIRST = 10;

/** What a pattern of Arabic figures needs, and one of Chinese numerals. */
const DIGIT = /\d/;
const CN_NUMERAL = new RegExp(`[${CN_NUMERAL_CHARS}]`);

export const PATTERNS: readonly Pattern[] = [
  // Fiscal years: 2025-26, 2025/26, 2026 / 27, 2025-2026, 2024/25 年度
  {
    regex: /(?<![\d.])((?:19|20)\d{2})\s?[-/–—]\s?((?:19|20)?\d{2})(?![\d.])/g,
    needs: DIGIT,
    read: (match) => {
      const start = Number(match[1]);
      const endRaw = match[2]!;
      const end = endRaw.length === 4 ? Number(endRaw) : Math.floor(start / 100) * 100 + Number(endRaw);
      if (end !== start + 1) return undefined;
      return { kind: 'fiscal-year', value: start, label: fiscalYearLabel(start) };
    },
  },
  // Fiscal years written short: 25-26年度, 24-25年預算案, FY24/25, and "24/25" or "24-25" standing alone ("and 24/25?"; not
  // "24-25 companies", a range of a count, nor 「需時12-13年」, a span of years). The century is this one's.
  {
    regex: /(?:\bFY\s?|(?<![\d.$,]))(\d{2})\s?[-/–]\s?(\d{2})(?=\s?(?:年度|財政年度|财政年度|年(?:預算|预算|財政|财政))|\s*(?:[?？.,，。!！)）]|$)|\s+(?:budget|estimates?|financial|fiscal|year)\b)(?![\d.])/gi,
    needs: DIGIT,
    read: (match) => {
      const start = 2000 + Number(match[1]);
      if (Number(match[2]) !== (Number(match[1]) + 1) % 100 || Number(match[1]) < SHORT_FISCAL_YEAR_FIRST) return undefined;
      return { kind: 'fiscal-year', value: start, label: fiscalYearLabel(start) };
    },
  },
  // 二零二五至二六年度, 二〇二四至二五年度
  {
    regex: /([零〇一二三四五六七八九]{4})\s?至\s?([零〇一二三四五六七八九]{2,4})\s?年度/g,
    needs: /至/,
    read: (match) => {
      const start = parseChineseDigitString(match[1]!);
      const endRaw = parseChineseDigitString(match[2]!);
      if (start === undefined || endRaw === undefined) return undefined;
      const end = match[2]!.length === 4 ? endRaw : Math.floor(start / 100) * 100 + endRaw;
      if (end !== start + 1) return undefined;
      return { kind: 'fiscal-year', value: start, label: fiscalYearLabel(start) };
    },
  },
  // Computing power, in petaFLOPS whatever prefix writes it: 3 000千萬億次 / 3000 petaFLOPS; 3 exaFLOPS (百億億次) = 3 000; 500 teraFLOPS (萬億次) = 0.5.
  {
    regex: new RegExp(String.raw`(${ARABIC})\s?(千[萬万]億次|千[萬万]亿次|petaflops?\b|pflops?\b|百億億次|百亿亿次|exaflops?\b|eflops?\b|[萬万]億次|[萬万]亿次|teraflops?\b|tflops?\b)`, 'gi'),
    needs: DIGIT,
    read: (match) => ({ kind: 'petaflops', value: parseArabic(match[1]!) * FLOPS_PREFIX_IN_PETA(match[2]!) }),
  },
  // Chinese money and counts with Arabic digits: 10億元, 1.1億元, 10億3000萬元人民幣, 1億3,400萬元, 354 億港元, 320萬
  {
    regex: new RegExp(
      String.raw`(?:(HK\$|\$|港幣|港币|人民幣|人民币)\s?)?(${ARABIC})\s?([十百千萬万億亿]+)(?:\s?(${ARABIC})\s?([十百千萬万]+))?\s?(港元|元人民幣|元人民币|元|港幣|港币|蚊)?`,
      'g',
    ),
    needs: DIGIT,
    read: (match) => {
      let value = parseArabic(match[2]!) * chineseMagnitude(match[3]!);
      if (match[4] && match[5]) value += parseArabic(match[4]) * chineseMagnitude(match[5]);
      const unit = match[6];
      const prefix = match[1];
      const isCny = /人民/.test(unit ?? '') || /人民/.test(prefix ?? '');
      const isMoney = Boolean(unit || prefix);
      return isMoney
        ? { kind: 'money', value: clean(value), currency: isCny ? 'CNY' : 'HKD' }
        : { kind: 'number', value: clean(value) };
    },
  },
  // Cantonese money in millions: 一球 (HK$1 million), 半球 (HK$500,000), 3.5球; not 北半球 (a hemisphere), 半球形 (a dome) nor 球場, 球員.
  {
    regex: /(?<![北南東东西])(半|[一二兩两三四五六七八九十]{1,3}|\d+(?:\.\d+)?)\s?(個半|个半)?球(?![場场員员隊队賽赛迷拍形體体面])/g,
    needs: /球/,
    read: (match) => {
      const whole = match[1] === '半' ? 0.5 : /\d/.test(match[1]!) ? Number(match[1]) : parseChineseNumeral(match[1]!);
      if (!whole) return undefined;
      return { kind: 'money', value: clean((whole + (match[2] ? 0.5 : 0)) * ONE_BALL), currency: 'HKD' };
    },
  },
  // Cantonese sums in hundreds of millions: 十個億 (10億), 兩個半億 (2.5億), 3個億; money, as 一球 is. Before the Chinese
  // numerals below, which would read 十個 as a count.
  {
    regex: /(半|[一二兩两三四五六七八九十百]{1,4}|\d+(?:\.\d+)?)\s?(個半|个半|個|个)(?:億|亿)(?:元|蚊|港元)?/g,
    needs: /[億亿]/,
    read: (match) => {
      const whole = match[1] === '半' ? 0.5 : /\d/.test(match[1]!) ? Number(match[1]) : parseChineseNumeral(match[1]!);
      if (!whole) return undefined;
      return { kind: 'money', value: clean((whole + (/半/.test(match[2]!) ? 0.5 : 0)) * HUNDRED_MILLION), currency: 'HKD' };
    },
  },
  // Chinese numerals: 四百億元, 一萬三千個, 兩億元, 二十公頃 (only before 元, a classifier or a measure, so 一站式 is no number)
  {
    regex: new RegExp(`([${CN_NUMERAL_CHARS}]+)(港元|元人民幣|元人民币|元|蚊|公頃|公顷|平方米|平方呎|[${CN_CLASSIFIERS}])`, 'g'),
    needs: CN_NUMERAL,
    read: (match) => {
      // A unit alone ("(百萬元)" in a table header) is no figure: a numeral starts with a digit or 十.
      if (/^[百千萬万億亿]/.test(match[1]!)) return undefined;
      // 十萬平方米: with no classifier after it, the magnitude closes the numeral (十萬 is 100,000, not 十 of something).
      const value = parseChineseNumeral(/^[萬万億亿]$/.test(match[2]!) ? match[1]! + match[2]! : match[1]!);
      if (value === undefined || value === 0) return undefined;
      // 四名, 五個, 兩條, 九枚, 十公頃 are counts; 一個 ("a") and 三年 are too common to mean a figure.
      if (match[1]!.length === 1 && !/[元萬万億亿]/.test(match[2]!) && (/一/.test(match[1]!) || !/^(?:[個个間间家項项所名宗座條条枚支隊队人筆笔]|公頃|公顷|平方米|平方呎)$/.test(match[2]!))) return undefined;
      const isMoney = /元|蚊/.test(match[2]!);
      return isMoney
        ? { kind: 'money', value: clean(value), currency: /人民/.test(match[2]!) ? 'CNY' : 'HKD' }
        : { kind: 'number', value: clean(value) };
    },
  },
  // English money: $1 billion, HK$12.7 billion, \$250,000, RMB 1.03 billion, $134 million, HK$1bn
  {
    regex: new RegExp(String.raw`(HK\$|US\$|RMB|\$)\s?(${ARABIC})(?:\s?(billion|million|thousand|trillion|bn|mn|m|b|k)\b)?`, 'gi'),
    needs: DIGIT,
    read: (match) => {
      const magnitude = match[3] ? MAGNITUDE_WORDS[match[3].toLowerCase()]! : 1;
      const currency = match[1]!.toUpperCase() === 'RMB' ? 'CNY' : 'HKD';
      return { kind: 'money', value: clean(parseArabic(match[2]!) * magnitude), currency };
    },
  },
  // Chinese tenths: 八成 (80%), 三成半 (35%), 9成; not the words 成 begins (成立, 成本, 成員, 成效 …), nor
  // 成 as a verb after 統一/合一 (統一成一個), 半 of 半導體, or 九成九 (99%, not read).
  {
    regex: /(?<![\d.零〇一二兩两三四五六七八九十百千萬万億亿統统唯逐合變变分])([一二兩两三四五六七八九]|[1-9])成(半(?![導导]))?(?![立為为功本果員员效長长熟交績绩份分就品不一二兩两三四五六七八九半])/g,
    needs: /成/,
    read: (match) => {
      const tenths = /\d/.test(match[1]!) ? Number(match[1]) : parseChineseNumeral(match[1]!);
      return tenths ? { kind: 'percent', value: tenths * 10 + (match[2] ? 5 : 0) } : undefined;
    },
  },
  // Shares written as fractions: 一半, 半數 (50%), 三分之一 (33.3%), "half of" (50%). Not 半 alone (半導體, 半年), nor
  // "quarter" ("the third quarter of this year" is a season of the year), nor "the second half of 2026" (a half-year),
  // nor the 十分之一 inside 二十分之一.
  {
    regex: /(?<![一二兩两三四五六七八九十\d])(?:一半|半數|半数)|(?<![一二兩两三四五六七八九十百\d])([一二兩两三四五六七八九十]|[1-9]\d?)分之([一二兩两三四五六七八九十]|[1-9]\d?)|(?<!\b(?:first|second|latter|former|last|next) )\b(?:one )?half of\b(?!\s+(?:the\s+)?(?:year|month|decade|(?:19|20)\d\d|this|next|last)\b)/gi,
    needs: /[半分]|half/i,
    read: (match) => {
      if (!match[1]) return { kind: 'percent', value: 50 };
      const whole = /\d/.test(match[1]) ? Number(match[1]) : parseChineseNumeral(match[1]);
      const part = /\d/.test(match[2]!) ? Number(match[2]) : parseChineseNumeral(match[2]!);
      return whole && part && part < whole ? { kind: 'percent', value: Math.round((part / whole) * 1000) / 10 } : undefined;
    },
  },
  // Percentages: 16.5%, 10 %
  {
    regex: new RegExp(String.raw`(${ARABIC})\s?(?:%|％|per ?cent\b)`, 'gi'),
    needs: DIGIT,
    read: (match) => ({ kind: 'percent', value: parseArabic(match[1]!) }),
  },
  // English magnitudes as a fraction of one, in words: "a quarter of a billion" (250 million), "half a million", "three quarters of a
  // billion", "a third of a billion". Not "a quarter" alone (a season of the year) nor "half of" (a share, above).
  {
    regex: /\b(?:(a|one|two|three)\s+(quarters?|thirds?)\s+of\s+a|(half)\s+a|a\s+(half)(?:\s+a)?)\s+(million|billion)\b/gi,
    needs: /million|billion/i,
    read: (match) => {
      const count = match[1] ? englishCount(match[1]) : 1;
      const part = match[3] || match[4] ? 2 : /^quarter/i.test(match[2]!) ? 4 : 3;
      if (count >= part) return undefined;
      return { kind: 'number', value: clean((count / part) * MAGNITUDE_WORDS[match[5]!.toLowerCase()]!) };
    },
  },
  // English magnitudes counted in words: "a billion", "one billion", "ten million", "twenty billion" (not "ten" alone, below).
  {
    regex: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(million|billion)\b/gi,
    needs: /million|billion/i,
    read: (match) => {
      return { kind: 'number', value: clean(englishCount(match[1]!) * MAGNITUDE_WORDS[match[2]!.toLowerCase()]!) };
    },
  },
  // English magnitudes without currency: 3.2 million, 110 million, 40 billion, 1.5bn, 245.4 mn
  {
    regex: new RegExp(String.raw`(${ARABIC})\s?(billion|million|thousand|trillion|bn|mn)\b`, 'gi'),
    needs: DIGIT,
    read: (match) => ({ kind: 'number', value: clean(parseArabic(match[1]!) * MAGNITUDE_WORDS[match[2]!.toLowerCase()]!) }),
  },
  // English number words before a noun: "five R&D projects", "two pilot lines"
  {
    regex: /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?=[\s-]+[a-z])/gi,
    read: (match) => ({ kind: 'number', value: englishCount(match[1]!) }),
  },
  // Calendar years: 2024 年, 2024
  {
    regex: /(?<![\d.,])((?:19|20)\d{2})(?!\d|[.,]\d)/g,
    needs: DIGIT,
    read: (match) => ({ kind: 'year', value: Number(match[1]) }),
  },
  // Chinese calendar years: 二零二五年
  {
    regex: /([零〇一二三四五六七八九]{4})年/g,
    needs: /年/,
    read: (match) => {
      const year = parseChineseDigitString(match[1]!);
      return year && year >= 1900 && year < 2100 ? { kind: 'year', value: year } : undefined;
    },
  },
  // Plain amounts in dollars: 269,731,000 元
  {
    regex: new RegExp(String.raw`(?<![\d.])(${ARABIC})\s?(港元|元人民幣|元人民币|元|蚊)`, 'g'),
    needs: DIGIT,
    read: (match) => ({ kind: 'money', value: parseArabic(match[1]!), currency: /人民/.test(match[2]!) ? 'CNY' : 'HKD' }),
  },
  // Any other number: 1,600, 3 000, 42,000, 4,2000, 12 (not a name like 5G or 3D)
  {
    regex: new RegExp(String.raw`(?<![\d.A-Za-z])(${ARABIC})(?![A-Za-z])`, 'g'),
    needs: DIGIT,
    read: (match) => ({ kind: 'number', value: parseArabic(match[1]!) }),
  },
];

/**
 * Every quantity in the text, earliest first; where patterns overlap, the one tried first wins
 * (fiscal years before money before bare numbers).
 */
export function extractQuantities(text: string): readonly Quantity[] {
  return quantityMemo.get(text, () => extractQuantitiesUncached(text));
}

const quantityMemo = new Memo<Quantity[]>(8192);

function extractQuantitiesUncached(text: string): Quantity[] {
  const taken = new Uint8Array(text.length);
  const found: Quantity[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.needs && !pattern.needs.test(text)) continue;
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) {
        pattern.regex.lastIndex++;
        continue;
      }
      let overlaps = false;
      for (let index = start; index < end; index++) {
        if (taken[index]) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) continue;
      const read = pattern.read(match);
      if (!read || !Number.isFinite(read.value)) continue;
      taken.fill(1, start, end);
      // Each reading is a new object of the pattern's: completed in place rather than copied (the same keys, in the same order).
      const quantity = read as Quantity;
      quantity.start = start;
      quantity.end = end;
      quantity.raw = match[0];
      found.push(quantity);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The search token that stands for a quantity, the same whichever notation wrote it. */
export function quantityToken(quantity: Quantity): string {
  switch (quantity.kind) {
    case 'fiscal-year':
      return `fy${quantity.label}`;
    case 'year':
      return `y${quantity.value}`;
    case 'percent':
      return `pct${quantity.value}`;
    case 'petaflops':
      return `pflops${quantity.value}`;
    case 'money':
    case 'number':
      return `n${quantity.value}`;
  }
}

/**
 * `value.toLocaleString('en-US')` and `…({ maximumFractionDigits: 3 })`, the same digits (that method
 * is defined as formatting with a new Intl.NumberFormat of its arguments), made once: each call of
 * toLocaleString with a locale builds a formatter of its own.
 */
let enUsNumber: Intl.NumberFormat | undefined;
let enUsNumber3: Intl.NumberFormat | undefined;
/** A number as `toLocaleString('en-US')` writes it (`fractionDigits`: with `{ maximumFractionDigits: 3 }`). */
export function formatEnUs(value: number, fractionDigits?: 3): string {
  return fractionDigits === 3 ? (enUsNumber3 ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })).format(value) : (enUsNumber ??= new Intl.NumberFormat('en-US')).format(value);
}

/** HK$1 billion, HK$110 million, HK$250,000, RMB 1.03 billion. */
export function formatMoneyEnglish(value: number, currency: 'HKD' | 'CNY' = 'HKD'): string {
  const prefix = currency === 'CNY' ? 'RMB ' : 'HK$';
  const scaled = (divisor: number, word: string) => `${prefix}${formatEnUs(clean(value / divisor), 3)} ${word}`;
  if (value >= 1e9) return scaled(1e9, 'billion');
  if (value >= 1e6) return scaled(1e6, 'million');
  return `${prefix}${formatEnUs(value)}`;
}

/** 10億元, 1.1億元, 25萬元, 1億3,400萬元, 10億3,000萬元人民幣. */
export function formatMoneyChinese(value: number, currency: 'HKD' | 'CNY' = 'HKD'): string {
  const suffix = currency === 'CNY' ? '元人民幣' : '元';
  const yi = Math.floor(value / 1e8);
  const wan = clean((value - yi * 1e8) / 1e4);
  // 2億4,400.6萬元, as Hong Kong writes a sum of 億 and 萬 (not 2.44006億元), the 萬 to a tenth (a thousand dollars, the
  // finest a table states); a remainder under that is no 萬 to write.
  const wanShown = Math.round(wan * WAN_TENTHS) / WAN_TENTHS;
  if (yi > 0) return wanShown > 0 ? `${yi}億${formatEnUs(wanShown)}萬${suffix}` : `${yi}億${suffix}`;
  if (value >= 1e4) return `${formatEnUs(clean(value / 1e4))}萬${suffix}`;
  return `${formatEnUs(value)}${suffix}`;
}
