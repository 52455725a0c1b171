import { extractQuantities } from '../text/quantities.js';

/**
 * The sum of money a question states to compare a figure with ("more than $24,000,000", "above a
 * quarter of a billion dollars", "係咪多過兩億", "超過二億五千萬元"), in HK dollars; undefined when
 * it states none. Figures and amounts in words in English, Arabic or Chinese numerals.
 */
export function statedAmount(text: string): number | undefined {
  const normalised = text.normalize('NFKC').toLowerCase();
  return englishWords(normalised) ?? chineseNumerals(normalised) ?? figures(normalised);
}

const FRACTIONS: Record<string, number> = { quarter: 0.25, half: 0.5, third: 1 / 3, 'three quarters': 0.75, 'two thirds': 2 / 3 };
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** "a quarter of a billion", "half a billion", "three quarters of a million", "two billion", "two hundred million". */
function englishWords(text: string): number | undefined {
  const fraction = /\b(?:(?:a|one)\s+)?(three quarters|two thirds|quarter|half|third)\s+(?:of\s+)?(?:(?:a|an|one)\s+)?(thousand|million|billion)\b/.exec(text);
  if (fraction) return FRACTIONS[fraction[1]!]! * SCALES[fraction[2]!]!;
  const counted = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)(?:\s+(hundred))?\s+(thousand|million|billion)\b/.exec(text);
  if (counted) return WORD_NUMBERS[counted[1]!]! * (counted[2] ? 100 : 1) * SCALES[counted[3]!]!;
  return undefined;
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number below 10,000 written with digits or Chinese numerals: "2.5", "二千五百", "兩", "十二". */
function smallNumber(text: string): number | undefined {
  if (/^\d[\d,]*(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  let total = 0;
  let digit: number | undefined;
  for (const character of text) {
    if (character in CHINESE_DIGITS) digit = CHINESE_DIGITS[character];
    else if (character in CHINESE_SMALL_UNITS) {
      total += (digit ?? 1) * CHINESE_SMALL_UNITS[character]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** "兩億", "二億五千萬", "2億5千萬", "1.5億", "三千萬元": amounts with 億 or 萬. */
function chineseNumerals(text: string): number | undefined {
  const number = '\\d[\\d,]*(?:\\.\\d+)?|[\\d.零〇一二兩两三四五六七八九十百千]+';
  const match = new RegExp(`(${number})\\s*(億|亿)(?:\\s*(${number})\\s*(萬|万))?|(${number})\\s*(萬|万)`).exec(text);
  if (!match) return undefined;
  if (match[2]) {
    const hundredMillions = smallNumber(match[1]!);
    if (hundredMillions === undefined) return undefined;
    const tenThousands = match[3] ? smallNumber(match[3]) : 0;
    if (tenThousands === undefined) return undefined;
    return hundredMillions * 1e8 + tenThousands * 1e4;
  }
  const tenThousands = smallNumber(match[5]!);
  return tenThousands === undefined ? undefined : tenThousands * 1e4;
}

/** "$24,000,000", "HK$200m", "2.5 million": a money figure, or a number large enough to be one. */
function figures(text: string): number | undefined {
  return extractQuantities(text).find((quantity) => quantity.kind === 'money' || (quantity.kind === 'number' && quantity.value >= 1e4))?.value;
}
