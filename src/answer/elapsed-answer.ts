import type { Language } from '../corpus/manifest.js';
import { ENGLISH_MONTHS, readChineseDate } from '../text/quantities.js';
import type { Citation } from './answer-contract.js';
import { inScript, type ComposedAnswer } from './extractive-answer.js';
import { citeSides, quotedSides } from './compare-answer.js';

/**
 * Questions that ask the time between two dated events — "How many years after HKSTP was founded did
 * its Shenzhen branch open?", "How many months passed between the memorandum and the opening?",
 * 「中科院簽署備忘錄後幾多個月創新研究院成立？」 — are answered as two "when" questions: each event is asked
 * on its own, and when both give a date, the answer states both, each with its citation, and the time
 * between them, saying it was computed. A kind of question (a duration between two events), in both
 * languages; the documents date events, they seldom state the gap. Pure: the caller asks the two sides.
 */

export interface ElapsedQuestion {
  /** The two events as the question names them, the earlier (the one "after" which) first. */
  events: [string, string];
  /** Each event asked as a "when" question. */
  questions: [string, string];
  /** The unit the question counts in, when it names one. */
  unit?: 'year' | 'month';
}

const UNIT_EN = String.raw`(?:many (years|months)|long|much time)`;
/** "How many years after A did B?", "How long after A was B …?": B is asked by the last auxiliary ("after HKSTP was founded did its branch open"). */
const AFTER_EN = new RegExp(String.raw`\bhow ${UNIT_EN} (?:after|before) (.+) (did|was|were|had|has|have|does|do|is|are|will) (.+?)\s*[?？.]*$`, 'i');
/** "How many months passed between A and B?", "How long was it between A and B?" */
const BETWEEN_EN = new RegExp(String.raw`\bhow ${UNIT_EN} (?:(?:passed|elapsed|went by|was there|was it|is it|were there|lay|lies) )?between (.+?) and (.+?)\s*[?？.]*$`, 'i');
/** "How long did it take from A to B?" */
const FROM_TO_EN = new RegExp(String.raw`\bhow ${UNIT_EN} (?:did it take|was it|passed|elapsed|went by) (?:from|after) (.+?) (?:to|until|till|before) (.+?)\s*[?？.]*$`, 'i');
const COUNT_ZH = String.raw`(?:幾多|几多|多少|幾|几)(?:個|个)?(年|月)|(?:多久|幾耐|几耐|多長時間|多长时间)`;
/**
 * 「A後幾多年B？」, 「A之後過了多少個月才B？」, 「A以後，隔了多久才B？」: A an event of two characters or more, not the 後 of 最後, 然後, 其後, 今後,
 * 往後, 以後 alone; not "within how many years" (幾年內).
 */
const AFTER_ZH = new RegExp(String.raw`^(.{2,}?)(?<![最然其今往以])(?:之後|之后|以後|以后|後|后)[，,]?\s?(?:過了|过了|隔了|相隔|經過了|经过了|經過|经过)?(?:${COUNT_ZH})(?![內内])(?:之後|之后|後|后)?[，,]?(?:才|就|先)?(.+?)[？?。]*$`, 'u');
/** 「由A到B相隔多久？」 */
const FROM_TO_ZH = new RegExp(String.raw`(?:由|從|从|自)(.+?)(?:到|至)(.+?)(?:相隔|隔了|經過了|经过了|用了|花了|歷時|历时|共)?(?:了)?(?:${COUNT_ZH})`, 'u');
/** 「A同B相隔幾多年？」 */
const BETWEEN_ZH = new RegExp(String.raw`^(.+?)(?:同|與|与|和|跟)(.+?)(?:之間|之间)?(?:相隔|相距|隔了|相差)(?:了)?(?:${COUNT_ZH})`, 'u');

const unitOf = (written: string | undefined): ElapsedQuestion['unit'] =>
  written === undefined ? undefined : /year|年/i.test(written) ? 'year' : 'month';

/**
 * An event named by no more than a pronoun or a year ("after it opened", "before 2030") cannot be dated by itself:
 * its words, without pronouns, auxiliaries, articles and years, must hold a name or noun of two letters or more.
 */
const EMPTY_EVENT_WORDS = /\b(?:it|its|they|their|them|this|that|these|those|he|she|was|were|is|are|did|does|do|had|has|have|be|been|the|a|an|first|then|(?:19|20)\d{2})\b/gi;
const EMPTY_EVENT_ZH = /^(?:它|佢|佢哋|其|這|这|那|嗰|此|(?:19|20)\d{2}年?)+/u;

function namesSomething(event: string): boolean {
  if (/[\u3400-\u9fff]/u.test(event)) return event.replace(EMPTY_EVENT_ZH, '').replace(/[\s，,]/g, '').length >= MIN_EVENT_CHARACTERS;
  const words = event.replace(EMPTY_EVENT_WORDS, ' ').split(/\s+/).filter((word) => word.length >= MIN_EVENT_WORD_LENGTH);
  // A noun phrase ("the memorandum", "the opening of the institute") names its event; a bare verb ("applying", "it opened") does not.
  return words.length >= 2 || (words.length === 1 && /^(?:the|a|an)\s/i.test(event.trim()));
}
const MIN_EVENT_CHARACTERS = 3;
const MIN_EVENT_WORD_LENGTH = 2;

/** A question that asks the time between two events, split into its two "when" questions; undefined otherwise (or when an event names nothing to date). */
export function splitElapsed(question: string): ElapsedQuestion | undefined {
  const split = splitElapsedEvents(question);
  return split && split.events.every(namesSomething) ? split : undefined;
}

function splitElapsedEvents(question: string): ElapsedQuestion | undefined {
  const text = question.normalize('NFKC').trim();
  const after = AFTER_EN.exec(text);
  if (after) {
    const [, unit, first, aux, second] = after;
    return { events: [first!, second!], questions: [`When ${first}?`, `When ${aux} ${second}?`], unit: unitOf(unit) };
  }
  const between = BETWEEN_EN.exec(text) ?? FROM_TO_EN.exec(text);
  if (between) {
    const [, unit, first, second] = between;
    return { events: [first!, second!], questions: [`When was ${first}?`, `When was ${second}?`], unit: unitOf(unit) };
  }
  const afterZh = AFTER_ZH.exec(text);
  const twoZh = afterZh ? undefined : (FROM_TO_ZH.exec(text) ?? BETWEEN_ZH.exec(text));
  const zh = afterZh ? { first: afterZh[1], unit: afterZh[2], second: afterZh[3] } : twoZh ? { first: twoZh[1], second: twoZh[2], unit: twoZh[3] } : undefined;
  if (zh) {
    const { first, unit, second } = zh;
    const clean = (event: string) => event.replace(/^[，,\s]+|[，,\s]+$/g, '');
    return { events: [clean(first!), clean(second!)], questions: [`${clean(first!)}是甚麼時候？`, `${clean(second!)}是甚麼時候？`], unit: unitOf(unit) };
  }
  return undefined;
}

export interface MonthOfYear {
  year: number;
  /** 1–12, when the date gives its month. */
  month?: number;
}

const ENGLISH_MONTH = new RegExp(String.raw`\b(${ENGLISH_MONTHS.join('|')})\s+(\d{4})\b`, 'i');
const BARE_YEAR = /\b((?:19|20)\d{2})\b/;

/** The year (and month) a date span states: 2023 年 6 月, 二零一九年四月, June 2023, 2001; undefined for "this year". */
export function monthOfYear(text: string): MonthOfYear | undefined {
  const normalised = text.normalize('NFKC');
  const chinese = readChineseDate(normalised);
  if (chinese) return chinese.month ? { year: chinese.year, month: chinese.month } : { year: chinese.year };
  const english = ENGLISH_MONTH.exec(normalised);
  if (english) return { year: Number(english[2]), month: ENGLISH_MONTHS.findIndex((name) => name.toLowerCase() === english[1]!.toLowerCase()) + 1 };
  const bare = BARE_YEAR.exec(normalised);
  return bare ? { year: Number(bare[1]) } : undefined;
}

/** Below this many months, a gap asked without a unit is stated in months ("five months", not "0 years"). */
const MONTHS_BELOW_WHICH_MONTHS_ARE_STATED = 24;
const MONTHS_PER_YEAR = 12;

/** The time between two dates, in the unit asked (or the one that reads best), and whether it is exact to the month. */
export function timeBetween(from: MonthOfYear, to: MonthOfYear, unit?: ElapsedQuestion['unit']): { value: number; unit: 'year' | 'month'; approximate: boolean } {
  const bothMonths = from.month !== undefined && to.month !== undefined;
  const months = bothMonths ? Math.abs(to.year * MONTHS_PER_YEAR + to.month! - (from.year * MONTHS_PER_YEAR + from.month!)) : undefined;
  // Under a year is stated in months even when years are asked ("5 months", not "about 0 years").
  if (months !== undefined && (unit === 'month' || months < MONTHS_PER_YEAR || (unit === undefined && months < MONTHS_BELOW_WHICH_MONTHS_ARE_STATED))) return { value: months, unit: 'month', approximate: false };
  if (months !== undefined) return { value: Math.round(months / MONTHS_PER_YEAR), unit: 'year', approximate: months % MONTHS_PER_YEAR !== 0 };
  return { value: Math.abs(to.year - from.year), unit: 'year', approximate: true };
}

function formatGap(gap: ReturnType<typeof timeBetween>, language: Language): string {
  if (language === 'en') return `${gap.approximate ? 'about ' : ''}${gap.value} ${gap.unit}${gap.value === 1 ? '' : 's'}`;
  return inScript(`${gap.approximate ? '約 ' : ''}${gap.value} ${gap.unit === 'year' ? '年' : '個月'}`, language);
}

function formatDate(date: MonthOfYear, language: Language): string {
  if (language === 'en') return date.month ? `${ENGLISH_MONTHS[date.month - 1]} ${date.year}` : String(date.year);
  return inScript(date.month ? `${date.year} 年 ${date.month} 月` : `${date.year} 年`, language);
}

/**
 * The answer from two answered "when" questions: the gap, then each event with its date and
 * citation, then the sentences quoted. Undefined when a side gives no dated answer, or both give
 * the same sentence's same date (the documents do not date the two apart).
 */
export function composeElapsed(elapsed: ElapsedQuestion, sides: [ComposedAnswer, ComposedAnswer], language: Language): { answer: string; citations: Citation[]; confidence: number } | undefined {
  const dates = sides.map((side) => (side.abstained || !side.lead?.spanText ? undefined : monthOfYear(side.lead.spanText)));
  if (dates.some((date) => date === undefined)) return undefined;
  const [from, to] = dates as [MonthOfYear, MonthOfYear];
  const [a, b] = sides.map((side) => side.lead!) as [NonNullable<ComposedAnswer['lead']>, NonNullable<ComposedAnswer['lead']>];
  if (a.sentence === b.sentence && from.year === to.year && from.month === to.month) return undefined;
  const en = language === 'en';
  const { citations, numbers } = citeSides([{ lead: a }, { lead: b }], language);
  const gap = formatGap(timeBetween(from, to, elapsed.unit), language);
  const events = elapsed.events.map((event) => inScript(event, language));
  const statements = [from, to].map((date, i) => (en ? `${events[i]}: ${formatDate(date, language)} [${numbers[i]}]` : `${events[i]}：${formatDate(date, language)} [${numbers[i]}]`));
  const quotes = quotedSides([{ lead: a }, { lead: b }], numbers, language);
  const answer = en
    ? `${gap[0]!.toUpperCase()}${gap.slice(1)} (computed from the two dates): ${statements.join('; ')}. ${quotes.join(' ')}`
    : `${gap}${inScript('（按兩個日期計算）', language)}：${statements.join('；')}。${quotes.join('')}`;
  return { answer, citations, confidence: Math.min(sides[0].confidence, sides[1].confidence) };
}
