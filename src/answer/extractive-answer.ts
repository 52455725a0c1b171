import { escapeRegExp } from '../text/escape-regexp.js';
import { NAMED_THING_KINDS } from '../text/thing-kinds.js';
import { WHICH_OF_NAMED_FAMILY } from '../retrieve/question-intent.js';
import { sectionLabel, textIn, type Chunk } from '../chunk/chunk.js';
import { RANK_SCOPES } from '../text/rank-scopes.js';
import { PROGRAMME_HEADING, PROGRAMME_WORD, programmeNumbers } from '../text/programme-numbers.js';
import type { DocumentEntry, Language } from '../corpus/manifest.js';
import type { RetrievalResult, RetrievedPassage } from '../retrieve/hybrid-retriever.js';
import { ASKS_HOW_LONG_EXISTED, ASKS_RANK_WHERE, ASKS_WHY, ASKS_RATIO, ASKS_THING_NAME, CHOICE, type AnswerType } from '../retrieve/question-intent.js';
import { BIGRAM_PREFIX, type WeightedTerm } from '../text/analyze.js';
import { foldForMatch, hasCjkChar, toSimplified } from '../text/normalise.js';
import { agreeingCounts, ASKS_FOR_RISE, ASKS_FOR_SHARE_OR_FIGURE, classifierGroupAsked, classifierGroupOfNoun, countsNamedThings, majorCounts, TIME_UNIT_AFTER } from './counted-kind.js';
import { askingSentenceStart, QUESTION_FRAME_TERMS } from '../text/question-frame.js';
import { ENGLISH_MONTH_WORD, ENGLISH_MONTHS, extractQuantities, formatMoneyChinese, formatMoneyEnglish, parseChineseNumeral, quantityToken, readChineseDate, type Quantity } from '../text/quantities.js';
import type { SearchText } from '../text/search-text.js';
import type { NamedEntity } from '../text/lexicon.js';
import { estimateBytes, Memo } from '../text/memo.js';
import { boundOf, type Bound } from '../text/bounds.js';
import type { Citation } from './answer-contract.js';
import { qualifierOf, withQualifier } from './qualifier.js';
import { candidateScore, DEFAULT_CANDIDATE_MODEL, type CandidateFeatures, type CandidateModel } from './candidate-model.js';
import { confidenceOf, DEFAULT_CONFIDENCE_MODEL, type ConfidenceFeatures, type ConfidenceModel } from './confidence.js';
import { isLexiconPhrase, namedSubjects, namedSubjectsMissing, namesSubject, subjectOfEntity, type NamedSubject } from '../text/named-subjects.js';
import { definingClauses } from './defining-clause.js';
import { asksChangeOrComparison } from './compare-answer.js';
import { asksFigureAtPastEvent, asksWhatCameOfIt, asksWhenItHappened, datesAnotherEventKind, datesPlan } from './dated-event.js';
import { ratioSpans, ratioVerdict, shareOfRatioVerdict, statedRatio } from './ratio.js';
import { namedDocuments, withoutMentions } from './document-reference.js';
import { changeFromAnotherYear, checkedPredicateEn, checkedPredicateZh, countsWithoutListing, LIST_JOINER, namedOnlyAsListItem, PROGRESS_WORDS, reportsProgressOnly, restatesAskedThing } from './unstated-aspect.js';
import { describeAlternative, namedAlternative, showName, type NamedAlternative } from './named-alternative.js';

/**
 * The embedded default answerer: extractive, no language model. It leads with the span that answers
 * the question (an amount, a count, a date), then quotes the supporting sentence with its citation
 * and names the document and budget year it comes from; it abstains when no passage covers the
 * question.
 */

export interface AnswerOptions {
  /** The abstention decision: a model of how likely the best answer found is right, and the threshold to give it. */
  confidence: ConfidenceModel;
  /** Which sentence answers: the candidate model's weights. */
  candidates: CandidateModel;
  /** Most passages quoted in one answer. */
  maxSupporting: number;
  /** Table questions answered by lookup in the tables' cells (off only to measure what it adds). */
  tableLookup?: boolean;
  /** Comparisons answered from their two sides (off only to measure what it adds). */
  comparisons?: boolean;
  /** Answering one side of a comparison: it asks the side's figure, whatever change words the whole question holds. */
  comparisonSide?: boolean;
}

export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = { confidence: DEFAULT_CONFIDENCE_MODEL, candidates: DEFAULT_CANDIDATE_MODEL, maxSupporting: 3 };

export type AbstentionReason = 'NO_PASSAGE' | 'NO_ANSWER_OF_TYPE' | 'YEAR_NOT_COVERED' | 'LOW_CONFIDENCE';

export interface ComposedAnswer {
  answer: string;
  abstained: boolean;
  citations: Citation[];
  related: Citation[];
  /** 0–1: how likely the answer (or, when withheld, the best answer found) states what was asked. */
  confidence: number;
  reason?: AbstentionReason;
  /** What the confidence was computed from (for fitting and for the eval). */
  features?: ConfidenceFeatures;
  /** The answering sentence and the figure it leads with, when an answer is given (for answers built from two, such as comparisons). */
  lead?: { passage: RetrievedPassage; sentence: string; sourceLanguage: 'en' | 'zh-Hant'; quantity?: Quantity; spanText?: string };
}

/** The canonical token of a figure (see quantityToken). */
const QUANTITY_TOKEN = /^(?:n|pct|pflops)-?[\d.]+$/;

/** Answer types whose answer is a span of a known shape: a figure, a count, a percentage, a date, a period. */
export const TYPED_ANSWERS: ReadonlySet<AnswerType> = new Set(['amount', 'count', 'percent', 'date', 'duration']);
/** Answer types whose answer is a figure that changes from one budget to the next. */
const FIGURE_ANSWERS: ReadonlySet<AnswerType> = new Set(['amount', 'count', 'percent']);
/** Answer types answered by a name the terminology knows: a place, a person, post or body. */
const NAMED_ANSWERS: ReadonlySet<AnswerType> = new Set(['place', 'person']);

/** Text in the asker's script: Simplified for zh-Hans. */
export function inScript(text: string, language: Language): string {
  return language === 'zh-Hans' ? toSimplified(text) : text;
}

/** The passage text to show an asker: their language's half if the passage has one. */
export function passageTextFor(chunk: Chunk, language: Language): { text: string; sourceLanguage: 'en' | 'zh-Hant' } {
  if (language === 'en') {
    const english = textIn(chunk, 'en');
    if (english) return { text: english, sourceLanguage: 'en' };
  }
  const chinese = textIn(chunk, 'zh-Hant');
  if (chinese) return { text: inScript(chinese, language), sourceLanguage: 'zh-Hant' };
  return { text: chunk.texts[0]!.text, sourceLanguage: chunk.texts[0]!.language };
}

export function titleFor(document: DocumentEntry, language: Language): string {
  return language === 'en' ? document.title.en : inScript(document.title.zh, language);
}

export function toCitation(passage: RetrievedPassage, n: number, language: Language): Citation {
  const { chunk, document } = passage;
  const prefer = language === 'en' ? 'en' : 'zh';
  return {
    n,
    chunkId: chunk.id,
    docId: document.id,
    title: titleFor(document, language),
    date: document.date,
    budgetYear: document.budgetYear,
    section: inScript(sectionLabel(chunk.section, prefer), language),
    text: passageTextFor(chunk, language).text,
    score: Math.round(passage.score * 10000) / 10000,
  };
}

/** Sentences of a passage: split after 。！？；; and after ". " in English. */
export function splitSentences(text: string): string[] {
  const parts = text
    .split(/(?<=[。！？；;])|(?<=[.!?])\s+(?=[A-Z“"(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 1);
  // A fact sheet cites its source after the sentence, in brackets of its own: 「……全球第三。（Startup Genome《報告》）。」
  // The note is part of the sentence it sources, not a sentence that could answer.
  return parts.reduce<string[]>((sentences, part) => {
    if (BRACKETED_NOTE.test(part) && sentences.length > 0) sentences[sentences.length - 1] += part;
    else sentences.push(part);
    return sentences;
  }, []);
}

/** A part wholly in brackets, closed by a full stop or not: a source note (（IMD《2024 年排名》）。, "(Source: Census)."). */
const BRACKETED_NOTE = /^[（(][^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*[)）][。.]?$/u;

const QUANTITY_KINDS_FOR: Partial<Record<AnswerType, Quantity['kind'][]>> = {
  amount: ['money'],
  count: ['number'],
  percent: ['percent'],
};

/**
 * Periods of time as documents write them: 三年, 五至十年, 兩個學年, 18個月, three years, 5-year, two
 * academic years; and vaguely: 數年 (未來數年), several years, a few months, the next few years. A Chinese month needs its
 * classifier (三個月; 三月 is March), and a number glued to a year or a month (2024年, 2024年7月) is a
 * date, not a period.
 */
const DURATION_PHRASE =
  /(?<![\d零〇一二兩两三四五六七八九十年第]\s?)(?:\d{1,3}|[一二兩两三四五六七八九十半]{1,3}|[數数])(?:\s?(?:至|到|-|–)\s?(?:\d{1,3}|[一二兩两三四五六七八九十]{1,3}))?\s?(?:(?:個|个)\s?(?:學年|学年|月|星期)|學年|学年|年(?![度份])|星期|週|天|小時|小时)|\b(?:several|a few|(?:the )?next few)\s(?:academic |school |financial )?(?:years|months|weeks|days)\b|\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?:\s?(?:-|–|to)\s?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty))?[\s-](?:academic |school |financial )?(?:years?|months?|weeks?|days?|hours?)\b/gi;

/** A length of time asked as the time until something happens: "how long until", "how much longer", 還要多久, 仲要幾耐. */
const ASKS_TIME_UNTIL = /\bhow long (?:until|till|before|will it be before)\b|\bhow much longer\b|\bhow soon\b|(?:(?:還要|还要|仲要|尚要|再要)(?:等|等待)?|要)(?:多久|幾耐|几耐|幾長時間|多長時間|多长时间)(?:先|才|至|至會|會|会)/iu;

/** What a "how long until" question waits for: the words after until / before / 才 / 先. */
const ASKED_EVENT = /\b(?:until|till|before)\b(.+)$|(?:才|先|至)(?:能|可以|會|会)?([^才先至]+)$/iu;

/**
 * Of the dates a sentence gives, those nearest the event a "how long until" question waits for (its
 * English words, or its Chinese character pairs, found in the sentence); all of them when the
 * sentence does not write the event.
 */
function nearestToAskedEvent(sentence: string, dates: Span[], question: string): Span[] {
  const match = ASKED_EVENT.exec(question.normalize('NFKC'));
  const event = toSimplified((match?.[1] ?? match?.[2] ?? '').toLowerCase());
  const text = toSimplified(sentence.normalize('NFKC').toLowerCase());
  const chinese = event.replace(/[^\u4e00-\u9fff]/g, '');
  const keys = [...(event.match(/[a-z]{4,}/g) ?? []).map((word) => word.slice(0, EVENT_WORD_PREFIX)), ...[...chinese].slice(0, -1).map((character, i) => character + chinese[i + 1]!)];
  // An English word is found whole from its first letters ("operat" → "operating"), so its end is where the word ends.
  const places = keys.flatMap((key) => [...text.matchAll(new RegExp(`${escapeRegExp(key)}[a-z]*`, 'g'))].map((found) => ({ start: found.index ?? 0, end: (found.index ?? 0) + found[0].length })));
  if (dates.length < 2 || places.length === 0) return dates;
  const distance = (date: Span) => Math.min(...places.map((place) => Math.max(0, place.start - (date.start + date.text.length), date.start - place.end)));
  const nearest = Math.min(...dates.map(distance));
  return dates.filter((date) => distance(date) === nearest);
}
/** An English event word is found by its first letters ("operating", "operation"). */
const EVENT_WORD_PREFIX = 5;

/**
 * Dates as government documents write them: 2024年7月, 二零二四年七月二十五日 (Chinese numerals),
 * 25 July 2024, July 2024, this year, 年底, fiscal years.
 */
const DATE_PHRASE =
  /[零〇一二三四五六七八九]{4}\s?年\s?(?:[一二三四五六七八九十]{1,3}\s?月(?:\s?[一二三四五六七八九十]{1,3}\s?日)?)?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\d{4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|\d{4}\s?年(?:年底|年初|年中|底|內)?|\d{4}\s?[-/]\s?\d{2}\s?年度?|(?:今年|明年|去年)(?:內|底|年中|稍後|第[一二三四]季)?|年內|年底|年中|(?:in |by )?(?:the )?(?:end of |middle of |third quarter of )?(?:this|next|last) year|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\b(?:19|20)\d{2}(?:\/\d{2})?\b/gi;

export interface Span {
  text: string;
  start: number;
  quantity?: Quantity;
  /** The lead as the asker reads it, where it is not the span itself (a name in the asker's language). */
  lead?: string;
}

const CHANGE_WORDS = /增加|減少|加咗|減咗|减咗|升咗|跌咗|加了|减少|增幅|減幅|减幅|升幅|跌幅|變動|变动|增長|增长|上升|下降|多咗|少咗|increase|decrease|rise|rose|fall|fell|grow|grew|change|more than|less than|compared|go(?:ne)? (?:up|down)|went (?:up|down)|up by|down by|jump|drop|climb/i;

/** A figure written as a change: "增加 3,470 萬元", "減少 59,774,000 元", "an increase of $1 million". */
function isChangeSpan(sentence: string, span: Span): boolean {
  return /(?:增加|減少|减少|increase(?:d)? by|decrease(?:d)? by|up by|down by|increase of|decrease of)\s*$/i.test(sentence.slice(Math.max(0, span.start - 14), span.start));
}

/**
 * A number that names rather than counts: a year, "Phase 1", "Programme (2)", "第一期", "subhead 000".
 */
/** A bare integer after a capitalised word ("Chang'e 8", "Tower 2") below this is read as part of a name, not a figure. */
const NAME_NUMERAL_BELOW = 100;

/** How far before a number its telephone label may stand (電話：+852 2629 6850: the last group is 11 characters after it). */
const PHONE_LABEL_REACH = 24;

function isLabelNumber(sentence: string, quantity: Quantity): boolean {
  if (quantity.value >= 1900 && quantity.value < 2100 && /^\d{4}$/.test(quantity.raw.trim())) return true;
  const before = sentence.slice(Math.max(0, quantity.start - 12), quantity.start);
  const after = sentence.slice(quantity.end, quantity.end + 12);
  return (
    /(?:phase|programme|program|head|subhead|sub-head|no\.|number|item|paragraph|綱領|纲领|總目|总目|分目|第)\s*[(（]?\s*$/i.test(before) ||
    (/[(（]\s*$/.test(before) && /^\s*[)）]/.test(after)) ||
    // a point in the calendar, not a count or a size: 3月, 15日, 第3季
    /^\s*(?:月|日|號|号|時|时|點|点|季)/.test(after) ||
    /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s*$/i.test(before) ||
    // a share in a ratio: 1（政府）：2（企業）, 1 (Government):2 (Company)
    /^\s*[(（]\s*(?:政府|企業|企业|公司|government|company)/i.test(after) ||
    // a telephone or fax number, its country code included (電話：+852 2629 6850, Tel: 2629 6850)
    /(?:電話|电话|傳真|传真|熱線|热线|\b(?:tel|phone|telephone|fax|hotline|enquiries))\s*(?:號碼|号码|no\.?|number)?\s*[:：]?\s*[+\d\s()-]*$/i.test(sentence.slice(Math.max(0, quantity.start - PHONE_LABEL_REACH), quantity.start)) ||
    (/\+\s*$/.test(before) && /^\s+\d/.test(after)) ||
    // a numbered name: a mission, satellite or building called by its number (嫦娥八號, Chang'e 8, Tower 2)
    /^\s*(?:號|号)/.test(after) ||
    // a small number inside a name, after the name's letters and with a + and more of the name after it (「產學研 1+計劃」):
    // not "1,800+ companies" nor 「300+間初創」, whose + is followed by a space or a classifier
    (quantity.value < NAME_NUMERAL_BELOW && /\p{L}\s?$/u.test(before) && /^\+(?![個个間间家名位人項项宗座條条所支隊队筆笔多餘余])\p{L}/u.test(after)) ||
    (quantity.kind === 'number' && quantity.value < NAME_NUMERAL_BELOW && /^\d+$/.test(quantity.raw.trim()) && /\b[A-Z][A-Za-z]*['’-]?[A-Za-z]*\s$/.test(before))
  );
}

/** A question asking a figure per year or per month: "annual funding", "monthly rent", 「每年」「每個月」. */
const PER_PERIOD_WORDS = String.raw`yearly|monthly|per (?:year|annum|month)|(?:each|every) (?:year|month)`;
const PER_PERIOD_CHINESE = '每年|每月|每個月|每个月|月租|年租';
const ASKS_PER_PERIOD = new RegExp(String.raw`\b(?:annual(?:ly)?(?! (?:budget|report|event|plan|review|survey|policy|address|conference|meeting))|${PER_PERIOD_WORDS})\b|${PER_PERIOD_CHINESE}`, 'i');
/** A sentence giving a figure per period: 每年, 全年, 經常 (recurrent), "a year", "annually" (not 年度, which labels every budget year). */
const STATES_PER_PERIOD = new RegExp(String.raw`\b(?:annual(?:ly)?|${PER_PERIOD_WORDS}|a (?:year|month)|recurrent|financial year)\b|${PER_PERIOD_CHINESE}|全年|經常|经常|一年`, 'i');

/** A question that asks for precision: "the exact date", 「確實日期」. */
const ASKS_FOR_EXACT = /\b(?:exact(?:ly)?|precise(?:ly)?|specific)\b|確實|确实|確切|确切|具體|具体|準確|准确|實際日期|实际日期/i;
/** A date that names its month or day (二零二四年七月, 25 July 2024, 2024年7月), not only a year or "later this year". */
const CALENDAR_PRECISE = /\d{1,2}\s?[月日]|[一二三四五六七八九十]{1,3}\s?[月日]|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** A question that asks for a position in a ranking ("where does it rank", 排名第幾): answered by an ordinal (全球第 2, ranked 3rd). */
const ASKS_FOR_RANK = /\brank(?:s|ed|ing)?\b|\b(?:what|which) (?:exact )?(?:position|place) (?:did|does|do|is|was|has)\b|\bplace[sd]?\b.*\b(?:in the world|globally|worldwide|in asia)\b|排名|排第|第幾|第几|位列/i;

/** A rank asked against another's: "does it rank better / higher in A or B", 「哪個排名更靠前」. */
const RANKS_AGAINST_ANOTHER = /\b(?:better|higher|lower|worse)\b|靠前|靠後|靠后|較高|较高|較低|较低|更高|更低|更前/i;

/** An ordinal position (第 2, 第二): the answer to a rank question, a label anywhere else. */
function isRankNumber(sentence: string, quantity: Quantity): boolean {
  const before = sentence.slice(Math.max(0, quantity.start - 4), quantity.start);
  return /第\s*$/.test(before) || /^\s*(?:st|nd|rd|th)\b/i.test(sentence.slice(quantity.end, quantity.end + 4));
}

/** A question about computing power: a petaFLOPS figure answers it. */
const ASKS_FOR_COMPUTING = /computing (?:power|capacity|speed)|petaflops|\bflops\b|how fast|\bspeed\b|算力|運算|运算|計算能力|计算能力|速度/i;
/** A price, fee, rent or cost asked: a sum of money answers, not the amount of the thing priced. */
const ASKS_FOR_PRICE = /價格|价格|價錢|价钱|收費|收费|租金|費用|费用|幾錢|几钱|多少錢|多少钱|幾多錢|几多钱|幾多蚊|几多蚊|\bhow much money\b|\bprices?\b|\bfees?\b|\brent(?:al)?\b|\bcosts?\b|\bcharges?\b/i;
/** A measure after a figure makes it a size, not a count: 20 公頃, 1 million square metres, 5 km. */
const MEASURE_UNIT = /^[\s-]?(?:公頃|公顷|平方米|平方呎|平方公尺|平方公里|公里|米|hectares?\b|square (?:metres|meters|feet)\b|sq\.? ?m\b|km\b|metres\b)/i;
/** A question that asks for a size (area, floor space, length) rather than a count. */
const ASKS_FOR_SIZE = /幾大|几大|多大|面積|面积|樓面|楼面|公頃|公顷|平方|how (?:big|large)|\barea\b|floor space|hectare|square|size/i;

/**
 * Candidate answer spans of a sentence for the answer type, earliest first. For a count, the unit
 * must fit the question: a size (20 公頃) answers "how big", not "how many researchers".
 */
function answerSpans(sentence: string, answerType: AnswerType, asksForSize = false, names?: NameContext, asksForRank = false, comparedKinds: readonly Quantity['kind'][] = []): Span[] {
  // A yes/no question that checks a figure is answered by a sentence that states a figure of its kind:
  // those figures are its spans (for choosing the sentence; the lead says yes or no).
  if (answerType === 'yes-no') {
    const normalised = sentence.normalize('NFKC');
    // "More than RMB 1 billion?" is checked against a sum in renminbi, not one in Hong Kong dollars.
    const currencies = names?.currencies ?? new Set<string>();
    return extractQuantities(normalised)
      .filter((quantity) => comparedKinds.includes(quantity.kind) && !isLabelNumber(normalised, quantity))
      .filter((quantity) => quantity.kind !== 'money' || currencies.size === 0 || currencies.has(quantity.currency ?? 'HKD'))
      // "More than 20,000 people?" is not checked against "the two parks": a figure of the checked kind a thousand times off measures something else.
      .filter((quantity) => !names?.checkedFigures?.length || names.checkedFigures.some((checked) => (checked.kind === quantity.kind || (checked.kind === 'number' && quantity.kind === 'money')) && withinMagnitude(quantity.value, checked.value)))
      .map((quantity) => ({ text: quantity.raw.trim(), start: quantity.start, quantity }));
  }
  if (answerType === 'purpose') {
    return (
      [...sentence.matchAll(PURPOSE_CLAUSE)]
        .map((match) => ({ text: match[0].trim(), start: match.index ?? 0 }))
        // "…Platform: To implement progressively by …" opens its clause with the plan, not a purpose of something before it.
        .filter((span) => !/^to\b/i.test(span.text) || /[\p{L}\p{N}][^:;：；]*$/u.test(sentence.slice(0, span.start).replace(/\s+$/, '')))
        // "Inviting organisations to submit …", "expected to be completed": the infinitive a verb takes, not what the thing is for.
        .filter((span) => !/^to\b/i.test(span.text) || !INFINITIVE_COMPLEMENT_BEFORE.test(sentence.slice(Math.max(0, span.start - INFINITIVE_OBJECT_WINDOW), span.start)))
        // 「撥款用作資助大學設立X」: a clause whose aim is to set up the asked thing is what the money is for, not what X is for.
        .filter((span) => !names?.subjects?.some((subject) => setsUpSubject(span.text, subject)))
        // "The target is to publish it within this year", "to launch the X Scheme": a clause that only does something to the thing
        // asked about (named again, or by a pronoun) says when or whether, not what it is for.
        .filter((span) => !names || !restatesAskedThing(span.text, names.question))
    );
  }
  // "What is the matching ratio?", 「配對比例係點？」: the ratio as written, 1（政府）：2（企業）, 1 (government): 2 (company), 2:1.
  // "What was the project named?", 「個項目叫咩名」: the name after the naming verb (定名為 INNOPOLE, "named 'X'").
  if (answerType === 'other' && names && ASKS_THING_NAME.test(names.question)) {
    const given = [...sentence.matchAll(GIVEN_NAME)].map((match) => ({ text: match[1]!.trim(), start: (match.index ?? 0) + match[0].indexOf(match[1]!) }));
    if (given.length > 0) return given;
    // "What's the new scheme called that backs high-growth firms?" against 「推出「新型工業菁英企業培育計劃」，扶持……高增長企業」:
    // a thing described, not renamed, is called by the name the sentence quotes, of the kind asked (a scheme is a 計劃).
    const kindSuffixes = NAMED_THING_KINDS.filter(([asked]) => asked.test(names.question)).flatMap(([, suffixes]) => suffixes);
    return [...sentence.matchAll(QUOTED_NAME)]
      .filter((match) => kindSuffixes.length === 0 || kindSuffixes.some((suffix) => match[1]!.endsWith(suffix)))
      .map((match) => ({ text: match[0], start: match.index ?? 0 }));
  }
  if (answerType === 'other' && names && ASKS_RATIO.test(names.question)) return ratioSpans(sentence);
  if ((answerType === 'place' || answerType === 'person') && names) {
    // "Which InnoHK cluster …?", 「哪個InnoHK平台」: a name built on the one asked (AIR@InnoHK, 「X InnoHK Y」), which no terminology need
    // list, and no other body (the centre set up under it).
    if (answerType === 'person' && names.namedFamily) return builtOnAskedName(sentence, names.question, names.namedFamily);
    const named = nameSpans(sentence, answerType, names);
    // "Where will the launch be held?" against 「今年稍後在香港舉行」, "to take place in Hong Kong": an event's
    // venue is the place written before (or after) its verb of holding, named in the terminology or not.
    // ("Which venue / building?" asks more than the city an event is held in.)
    return named.length > 0 || answerType !== 'place' || ASKS_SPECIFIC_VENUE.test(names.question) ? named : venueSpans(sentence);
  }
  // "Which industries …?", 「有邊啲範疇？」: a sentence that enumerates (A、B、C; "A, B and C") lists them.
  if (answerType === 'list') {
    const asked = names ? askedItemCount(names.question) : undefined;
    const enumerations = [...sentence.matchAll(ENUMERATION)].map((match) => ({ text: match[0].trim(), start: match.index ?? 0 }));
    if (asked === undefined) return enumerations;
    // "What are the two …?", 「三個…係咩」: items named after their stated count ("two platforms, namely A and B")
    // answer it too, and a list of another length is another list.
    const named = [...sentence.matchAll(NAMELY_ITEMS)].map((match) => ({ text: match[0].trim(), start: match.index ?? 0 }));
    return [...enumerations, ...named].filter((span) => listItemCount(span.text) === asked);
  }
  // "a three-year scheme" answers "how long" as "three years".
  if (answerType === 'duration') {
    const periods = [...sentence.matchAll(DURATION_PHRASE)].map((match) => ({ text: match[0].trim().replace(/-(year|month|week|day|hour)$/i, ' $1s'), start: match.index ?? 0 }));
    // "How much longer until the lines run?", 「還要多久才投入運作？」: the time it is due answers ("next year", 2026).
    // … of two dates, the one beside the event asked ("set up this year and start operating next year": next year).
    if (periods.length === 0 && names && ASKS_TIME_UNTIL.test(names.question)) return nearestToAskedEvent(sentence, [...sentence.matchAll(DATE_PHRASE)].map((match) => ({ text: match[0].trim(), start: match.index ?? 0 })), names.question);
    // "How long has X been around?", 「成立咗幾耐」: the year it was set up answers ("since 2001").
    if (periods.length > 0 || !names || !ASKS_HOW_LONG_EXISTED.test(names.question)) return periods;
    // "By February 2026, how long had it existed?": the years from its founding to the year the question names.
    const until = extractQuantities(names.question.normalize('NFKC')).find((q) => q.kind === 'year')?.value;
    return [...sentence.matchAll(FOUNDING_YEAR)].map((match) => {
      const year = (match[1] ?? match[2])!;
      const span = until !== undefined && until > Number(year) ? until - Number(year) : undefined;
      const lead = names.language === 'en' ? (span ? `about ${span} years (since ${year}, to ${until})` : `since ${year}`) : span ? `約 ${span} 年（${year} 年至 ${until} 年）` : `${year} 年起`;
      return { text: year, start: (match.index ?? 0) + match[0].indexOf(year), lead };
    });
  }
  if (answerType === 'date') {
    // 「歡迎2026-27年度《財政預算案》」, "the 2025-26 Budget": a budget year naming a budget is a publication's name, and a press
    // release's dateline 「(香港, 2026年2月25日)」 the day it was issued (which answers only when the release itself is asked
    // about): neither is when anything it speaks of happens.
    const asksOfRelease = names !== undefined && ASKS_OF_RELEASE.test(names.question);
    const isDateline = (date: Span) => DATELINE_BEFORE.test(sentence.slice(0, date.start)) && DATELINE_AFTER.test(sentence.slice(date.start + date.text.length));
    const dates = [...sentence.matchAll(DATE_PHRASE)]
      .map((match) => ({ text: match[0].trim(), start: match.index ?? 0 }))
      .filter((date) => !NAMES_DOCUMENT_AFTER.test(sentence.slice(date.start + date.text.length)) && (asksOfRelease || !isDateline(date)));
    // "What is the exact date …?" is not answered by "later this year": only a date with its month (or day) is.
    return names && ASKS_FOR_EXACT.test(names.question) ? dates.filter((date) => CALENDAR_PRECISE.test(date.text)) : dates;
  }
  const listed = QUANTITY_KINDS_FOR[answerType];
  if (!listed) return [];
  const question = names?.question ?? '';
  const kinds: Quantity['kind'][] = [
    ...listed,
    // Computing power (3,000 petaFLOPS) is asked as a count or an amount: 「算力去到幾多」, "how much computing power", "how fast".
    // (Not when a price is asked of it: 「算力租用價格」, "the rental fee for computing power" is money.)
    ...((answerType === 'count' || answerType === 'amount') && ASKS_FOR_COMPUTING.test(question) && !ASKS_FOR_PRICE.test(question) ? (['petaflops'] as const) : []),
    // "How much did the subsidy go up?", 「資助加咗幾多」, 「覆蓋咗幾多人口」: a rise or a reach is often a share.
    // (Not the reach of a count of named things: "how many districts does 5G cover" is not answered by 90%; its rise is.)
    ...((answerType === 'amount' || (answerType === 'count' && (!countsNamedThings(question) || ASKS_FOR_RISE.test(question)))) && ASKS_FOR_SHARE_OR_FIGURE.test(question) ? (['percent'] as const) : []),
  ];
  const normalised = sentence.normalize('NFKC');
  // 「四大發展方向」「七大領域」: a Chinese numeral before 大 counts the major things named after it.
  const majors = answerType === 'count' && !asksForRank && !asksForSize ? majorCounts(normalised, question, names?.bridgedTerms) : [];
  return [...extractQuantities(normalised), ...majors, ...(asksForRank ? chineseOrdinals(normalised) : [])]
    .filter((quantity) => kinds.includes(quantity.kind))
    .filter((quantity) => answerType !== 'count' || ((asksForRank ? isRankNumber(normalised, quantity) : !isLabelNumber(normalised, quantity)) && MEASURE_UNIT.test(normalised.slice(quantity.end)) === asksForSize))
    // "two academic years", 「兩個學年」: a period of time is no count of things (a duration question asks for it).
    .filter((quantity) => answerType !== 'count' || !TIME_UNIT_AFTER.test(normalised.slice(quantity.end)))
    .map((quantity) => (asksForRank ? rankSpan(normalised, quantity) : { text: quantity.raw.trim(), start: quantity.start, quantity }))
    .filter((span, _, spans) => !asksForRank || rankInAskedScope(question, normalised, span, spans))
    .concat(asksForRank ? bandSpans(normalised, question, names?.language) : []);
}

/**
 * "Where does it rank?" against 「位列全球二十大」, "among the world's top 20": a sentence that gives a top band, not a place,
 * answers with the band as written (in English "top 20 globally"); a band of another scope than the question names does not,
 * nor does any band answer the exact position asked ("what exact position"), or a rank set against another ("better in A or
 * B?", 「哪個更靠前」), which only places can settle.
 */
export function bandSpans(sentence: string, question: string, language?: Language): Span[] {
  if (ASKS_FOR_EXACT.test(question) || CHOICE.test(question) || RANKS_AGAINST_ANOTHER.test(question)) return [];
  const asked = RANK_SCOPES.findIndex(([words]) => words.test(question));
  return [...sentence.matchAll(TOP_BAND)].flatMap((match) => {
    const written = (match[1] ?? match[2])!;
    const value = NUMBER_WORDS[written.toLowerCase()] ?? (/\d/.test(written) ? Number(written) : parseChineseNumeral(written));
    const scope = RANK_SCOPES.findIndex(([words]) => words.test(match[0]));
    if (!value || (asked >= 0 && scope >= 0 && scope !== asked)) return [];
    const start = match.index ?? 0;
    const at = start + match[0].indexOf(written);
    const text = match[0].trim();
    const lead = language === 'en' ? `top ${value}${scope >= 0 ? ` ${RANK_SCOPES[scope]![1]}` : ''}` : text;
    return [{ text, start, lead, quantity: { kind: 'number' as const, value, raw: written, start: at, end: at + written.length } }];
  });
}

/**
 * A rank is given within a scope written just before it (「亞洲第一，全球第三」, "3rd globally"): a
 * question that names a scope (world, Asia, Asia-Pacific) is answered by the rank of that scope when
 * the sentence gives one.
 */
function rankInAskedScope(question: string, sentence: string, span: Span, spans: readonly Span[]): boolean {
  const scope = RANK_SCOPES.find(([words]) => words.test(question))?.[0];
  if (!scope) return true;
  // The scope stands in the rank's own clause: 「亞洲第一，全球第三」 ranks third in the world.
  // The scope word nearest before the rank is its scope: 「世界數碼競爭力亞太區第 3」 ranks third in the Asia-Pacific (世界 is the ranking's name).
  const scoped = (candidate: Span) => {
    const before = sentence.slice(Math.max(0, candidate.start - RANK_SCOPE_REACH), candidate.start).split(RANK_CLAUSE_BREAK).at(-1) ?? '';
    const after = sentence.slice(candidate.start + candidate.text.length, candidate.start + candidate.text.length + RANK_SCOPE_REACH).split(RANK_CLAUSE_BREAK)[0] ?? '';
    const nearestBefore = RANK_SCOPES.map(([words], i) => ({ words, at: lastMatchEnd(before, RANK_SCOPES_GLOBAL[i]!) })).filter(({ at }) => at >= 0).sort((a, b) => b.at - a.at)[0];
    return nearestBefore ? nearestBefore.words === scope : scope.test(`${candidate.text} ${after}`);
  };
  return scoped(span) || !spans.some(scoped);
}

/** RANK_SCOPES' patterns made global once, for lastMatchEnd. */
const RANK_SCOPES_GLOBAL = RANK_SCOPES.map(([words]) => new RegExp(words.source, `${words.flags}g`));

/** Where the last match of a global pattern in a text ends, or -1 (matchAll works on a copy, so the pattern keeps no state). */
function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = (match.index ?? 0) + match[0].length;
  return end;
}

/**
 * "top 10", "top ten", 「排名前十」「前10名」: a yes/no asking whether a rank is within a cut-off. In
 * Chinese 前N is a cut-off only beside a word of ranking (排名, 位列, 躋身 before it; 名, 位 after
 * it), not 前一年, 目前, 前3年.
 */
const TOP_CUTOFF = /\btop[\s-]*(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b|(?:排名|排位|排進|排进|排|位列|躋身|跻身|打入|進入|进入)\s*(?:全球|世界|亞洲|亚洲|亞太區?|亚太区?|國際|国际|全國|全国)?\s*前\s*(\d{1,3}|[一二三四五六七八九十百]{1,3})(?!\s*[年個个月])|前\s*(\d{1,3}|[一二三四五六七八九十百]{1,3})\s*(?:名|位)(?![置子])/iu;
/**
 * "Ranked top in Asia-Pacific?", "come first in Asia?", 「排全球第一？」「係咪亞洲第一」: a yes/no asking
 * whether a rank is the first, a cut-off of one. English needs a verb of ranking before it or a scope
 * after it ("the first phase" is no rank); Chinese 第一 a word of ranking or a scope before it, and no
 * series word after it (第一期, 第一個).
 */
const ASKS_RANK_ONE = /\b(?:rank(?:ed|s)?|rated|came|come|comes|placed?|finish(?:ed|es)?)\s+(?:at\s+)?(?:the\s+)?(?:very\s+)?(?:top|first|1st|number one|no\.?\s?1|#1)\b(?![\s-]*(?:\d|ten|five|three|twenty|fifty|hundred)\b)|\b(?:world|globe|asia(?:[- ]pacific)?|region)(?:'s|’s)\s+(?:very\s+)?(?:number one|no\.?\s?1|#1)\b|\b(?:top|first|1st|number one|no\.?\s?1|#1)\s+(?:in|of)\s+(?:the\s+)?(?:world|globe|asia(?:[- ]pacific)?|region)\b|\b(?:number one|no\.?\s?1|#1)\s+(?:globally|worldwide|internationally|regionally|in asia)\b|(?:(?:排名|排位|排|位列|名列|位居)\s*(?:全球|世界|亞洲|亚洲|亞太區?|亚太区?|國際|国际)?|(?:全球|世界|亞洲|亚洲|亞太區?|亚太区?))\s*(?:第\s*(?:一|1)(?![0-9０-９一二三四五六七八九十期批輪轮階阶屆届代次個个條条項项款座間间年])|首位|榜首)/iu;
/** English number words a question writes a count or a cut-off with ("the two clusters", "top ten"). */
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100 };
/** A rank as written: 第 7, 第三, 7th (not 第二期, 第一階段, 第三個: members of a series). */
const WRITTEN_RANK = /第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})(?!\s*[期批輪轮階阶屆届代次個个條条項项款座間间年])|\b(\d{1,3})(?:st|nd|rd|th)\b/giu;

/** A top band a sentence places something in: 「全球二十大」, 「亞洲十大」, "the world's top 20", "among the top ten". */
const TOP_BAND = /(?:全球|世界|國際|国际|亞洲|亚洲|亞太區?|亚太区?)\s*(\d{1,3}|[一二三四五六七八九十百]{1,3})\s*大(?![學学型量幅小廈厦樓楼])|\btop[\s-]*(\d{1,3}|five|ten|twenty|fifty|hundred)\b/giu;

/**
 * "Is Hong Kong in the global top 10?" against 「亞太區第 3、全球第 7」: the rank in the scope the
 * question names (else the sentence's first), whether it is within the cut-off, as written.
 */
export function topRankVerdict(question: string, sentence: string): { holds: boolean; written: string; value: number; scope?: number; band?: true } | undefined {
  const cutoff = TOP_CUTOFF.exec(question);
  const written = cutoff ? (cutoff[1] ?? cutoff[2] ?? cutoff[3])! : undefined;
  const limit = written === undefined ? (ASKS_RANK_ONE.test(question) ? 1 : undefined) : (NUMBER_WORDS[written.toLowerCase()] ?? (/\d/.test(written) ? Number(written) : parseChineseNumeral(written)));
  if (!limit) return undefined;
  const ranks = [...sentence.matchAll(WRITTEN_RANK)].map((match) => {
    const written = (match[1] ?? match[2])!;
    return { value: /\d/.test(written) ? Number(written) : (parseChineseNumeral(written) ?? 0), at: match.index ?? 0, text: match[0].trim() };
  });
  const asked = RANK_SCOPES.findIndex(([words]) => words.test(question));
  // 「位列全球二十大」, "among the world's top 20": a band, not a place. Inside a band within the cut-off, the answer is yes;
  // inside a wider one, the documents do not say.
  if (ranks.length === 0) {
    const band = [...sentence.matchAll(TOP_BAND)].map((match) => {
      const written = (match[1] ?? match[2])!;
      const scope = RANK_SCOPES.findIndex(([words]) => words.test(match[0]));
      return { value: NUMBER_WORDS[written.toLowerCase()] ?? (/\d/.test(written) ? Number(written) : (parseChineseNumeral(written) ?? 0)), scope: scope >= 0 ? scope : undefined, written: match[0].trim() };
    }).find((found) => asked < 0 || found.scope === undefined || found.scope === asked);
    return band && band.value && band.value <= limit ? { holds: true, written: band.written, value: band.value, scope: band.scope, band: true } : undefined;
  }
  // Each rank's scope is the scope word written nearest before it in its clause (「世界數碼競爭力亞太區第 3」 is
  // Asia-Pacific's), or, in English, right after it ("3rd in Asia and 7th globally").
  const scoped = ranks.map((rank) => {
    const before = sentence.slice(Math.max(0, rank.at - RANK_SCOPE_REACH), rank.at).split(RANK_CLAUSE_BREAK).at(-1) ?? '';
    let nearest: { scope: number; word: string; end: number } | undefined;
    RANK_SCOPES.forEach(([words], scope) => {
      for (const match of before.matchAll(new RegExp(words.source, 'gi'))) {
        const end = (match.index ?? 0) + match[0].length;
        if (!nearest || end > nearest.end) nearest = { scope, word: match[0], end };
      }
    });
    if (nearest) return { ...rank, scope: nearest.scope, written: `${nearest.word}${rank.text}` };
    const after = sentence.slice(rank.at + rank.text.length, rank.at + rank.text.length + RANK_SCOPE_REACH).split(RANK_CLAUSE_BREAK)[0] ?? '';
    const following = RANK_SCOPES.map(([words], scope) => ({ scope, match: new RegExp(words.source, 'i').exec(after) })).filter((found) => found.match).sort((a, b) => a.match!.index - b.match!.index)[0];
    return { ...rank, scope: following?.scope, written: following ? `${rank.text}${after.slice(0, following.match!.index + following.match![0].length)}` : rank.text };
  });
  const chosen = asked >= 0 ? scoped.find((rank) => rank.scope === asked) : scoped[0];
  if (!chosen || !chosen.value) return undefined;
  return { holds: chosen.value <= limit, written: chosen.written, value: chosen.value, scope: chosen.scope };
}

/** A rank in English: "7th globally", "3rd in Asia-Pacific" (the scope by its index in RANK_SCOPES). */
function englishRank(value: number, scope?: number): string {
  const suffix = value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}${scope === undefined ? '' : ` ${RANK_SCOPES[scope]![1]}`}`;
}

/** How far from a rank its scope is written. */
const RANK_SCOPE_REACH = 12;
const RANK_CLAUSE_BREAK = /[，,、；;。(（]/;

/**
 * What defines the subject in a sentence: a defining clause (defining-clause.ts), or a purpose clause
 * whose own words before it name the subject ("Establish the Institute to support the R&D of …":
 * what a thing is set up to do says what it is).
 */
function definitionSpans(sentence: string, isDefinedSubject: (text: string) => boolean): Span[] {
  const defining = definingClauses(sentence, isDefinedSubject).map((clause): Span => ({ text: clause.text, start: clause.start }));
  const purposes = [...sentence.matchAll(PURPOSE_CLAUSE)]
    .map((match) => ({ text: match[0].trim(), start: match.index ?? 0 }))
    .filter((purpose) => isDefinedSubject(sentence.slice(Math.max(0, purpose.start - PURPOSE_SUBJECT_WINDOW), purpose.start)));
  return [...defining, ...purposes].sort((a, b) => a.start - b.start);
}

/** 「政策範圍」, "policy area" right before a number: the number of a policy area of the Estimates. */
const POLICY_AREA_BEFORE = /(?:政策範圍|政策范围|policy area)\s*[:：]?\s*$/i;
const POLICY_AREA_REACH = 14;
/** Largest number a report numbers its paragraphs with. */
const MAX_PARAGRAPH_NUMBER = 30;
/**
 * Whether a candidate is the number of a report's paragraph: a small whole number opening the sentence, a space, then the
 * paragraph's words — not a classifier counting (「2 宗個案」), which the segmenter reads as a word of its own, while 「2 宗旨」
 * opens with the word 宗旨.
 */
function numbersParagraph(sentence: string, candidate: Span, segment: (text: string) => readonly string[]): boolean {
  // (So does a policy area's: 「這綱領納入政策範圍 27」 numbers the area, it counts nothing.)
  if (POLICY_AREA_BEFORE.test(sentence.slice(Math.max(0, candidate.start - POLICY_AREA_REACH), candidate.start))) return true;
  if (sentence.slice(0, candidate.start).trim() !== '') return false;
  const opening = /^(\d{1,2})\s+([\u4e00-\u9fff]+|[A-Z])/.exec(sentence.slice(candidate.start).trimStart());
  if (!opening || Number(opening[1]) > MAX_PARAGRAPH_NUMBER) return false;
  if (/^[A-Z]/.test(opening[2]!)) return true;
  const words = opening[2]!;
  if (!ZH_COUNT_CLASSIFIER.test(words[0]!)) return true;
  // (A classifier opening a longer word, 宗 in 宗旨, is no classifier.)
  const first = segment(words)[0] ?? '';
  return first.length > 1 && toSimplified(words).startsWith(first);
}
/** Classifiers a Chinese count is written with. */
const ZH_COUNT_CLASSIFIER = /^[個个間间名位座項项條条家所宗筆笔支隊队張张份款批幢棟栋層层人]/u;
/** 「幾多人」: people asked by 人, which also asks a number of places, jobs or posts for people (「為幾多人創造職位」). */
const ASKED_BY_PEOPLE = /(?:多少|幾多|几多|幾|几)\s*人/;
/** Which one of several: 哪, 邊, which, who, what (firm, body …). */
const ASKS_WHICH_ONE = /哪|邊|边|\bwhich\b|\bwho\b|\bwhat (?:company|firm|enterprise|body|organi[sz]ation|institution|university|district|area|place|sector)\b/i;
/** A superlative that picks one out: 最大, 最多, "the largest", "the most" (not a cap, 「最多1,600萬元」, nor "top" as an adjective). */
const ASKS_SUPERLATIVE = /最(?:大|多|高|少|低|早|遲|迟|新|快|強|强|成功|重要)(?![^，,。？?\d]{0,6}?(?:\d|[一二三四五六七八九十兩两百千萬万億亿][^，,。？?]{0,3}?(?:元|億|亿|萬|万)))|(?<!\b(?:can|could|may|might)\s+(?:\w+\s+){0,2})\bthe (?:largest|biggest|most|highest|greatest|lowest|fewest|smallest)\b/i;
/** A sentence stating a superlative or a rank: 最, 首, 第一, 之首, 領先, "largest", "top", "ranked" (not a cap, 「最多 15 億元」). */
const STATES_SUPERLATIVE = /最(?!(?:多|高|少|低)[^，,。？?\d]{0,6}?(?:\d|[一二三四五六七八九十兩两百千萬万億亿]))|首(?=[個个間间家所位名])|第一|之首|居首|冠軍|冠军|領先|领先|\b(?:largest|biggest|most|highest|greatest|lowest|fewest|smallest|leading|best|ranked|number one)\b|\bthe (?:first|top)\b/i;

/** Answer types a which-question may be read as when it asks for things by name ("Which 12 unicorns …?"). */
const WHICH_NAMED: ReadonlySet<AnswerType> = new Set<AnswerType>(['other', 'place', 'person']);
/** A which-question asking for several things: "which banks", "which 12 unicorns", 「哪些」「邊幾間」 (not "which department"). */
const ASKS_WHICH = /\bwhich\s+(?:\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:[a-z&-]+\s+){0,2}?[a-z-]{3,}s\b|哪些|哪幾|哪几|邊幾|边几|邊啲|边啲/i;
/** A list asked of bodies or people: "which universities / companies / members", "who are the members", 「哪些大學」「邊啲人」. */
const ASKS_BODIES_OR_PEOPLE =
  /\b(?:which|what|name the|list the) (?:\w+ )?(?:universities|companies|firms|organi[sz]ations|institutions|bodies|members|people|persons|enterprises|tenants|contractors|developers)\b|\bwho (?:are|were|sits?|sat) (?:on|the members)\b|(?:哪些|哪幾|哪几|邊幾|边几|邊啲|边啲|甚麼|什麼|什么)(?:間|间|所|家|位|個|个)?(?:大學|大学|公司|企業|企业|機構|机构|成員|成员|人|租戶|租户|承建商|發展商|发展商)/i;
/** Words for a body or a person: a sentence holding one describes who is listed, if it names none. */
const BODY_OR_PERSON_WORD = /大學|大学|學院|学院|公司|企業|企业|機構|机构|研究院|研發院|研发院|中心|委員會|委员会|局|署|處|处|博士|教授|先生|女士|主席|成員|成员|\b(?:universit(?:y|ies)|compan(?:y|ies)|firms?|institut(?:e|es|ions?)|centres?|centers?|committees?|bureau|department|members?|chair(?:man|person)?|professor|dr)\b/i;

function namesBodyOrPerson(sentence: string, question: string, searchText: SearchText): boolean {
  const asked = foldForMatch(question);
  if (searchText.lexicon.findNames(sentence, ['body', 'person', 'post']).some(({ written }) => !asked.includes(foldForMatch(written)))) return true;
  // A word for one counts even where the question has it: 「支持資助大學」 answers 「資助邊啲大學」 by the universities it describes.
  return BODY_OR_PERSON_WORD.test(sentence);
}

/** How far before a purpose clause the subject it belongs to is looked for. */
const PURPOSE_SUBJECT_WINDOW = 80;

/** Three or more items: joined by 、 in Chinese, by commas with a closing "and"/"or" in English. */
const ENUMERATION = /(?:[^，。；;：:、,\s][^，。；;：:、,]{0,24}、){2,}[^，。；;：:、,]{1,24}|(?:\b[\w&@'’-]+(?:\s+[\w&@'’-]+){0,5},\s+){2,}(?:and|or)\s+[\w&@'’-]+(?:\s+[\w&@'’-]+){0,5}/giu;

/** "the two clusters", "three areas", 「兩個平台」「三項措施」: how many items a list question says there are. */
function askedItemCount(question: string): number | undefined {
  const english = ASKED_ITEMS_EN.exec(question);
  const englishCount = english ? (english[1] ?? english[2])! : undefined;
  if (englishCount) return NUMBER_WORDS[englishCount.toLowerCase()] ?? Number(englishCount);
  const chinese = ASKED_ITEMS_ZH.exec(question);
  const chineseCount = chinese ? (chinese[1] ?? chinese[2])! : undefined;
  return chineseCount ? (/\d/.test(chineseCount) ? Number(chineseCount) : parseChineseNumeral(chineseCount)) : undefined;
}
/** The count a list question puts on what it asks for: "what are the two …", "name the three …"; 「兩個……係乜」, 「哪三項」. */
const ASKED_ITEMS_EN = /\b(?:what|which)\s+(?:are|were|r)\s+the\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?!(?:years?|months?|weeks?|days?|billion|million|per\s?cent|%)\b)(?:[a-z@-]+\s+){0,3}[a-z-]+s\b|\bname the\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])\b/i;
const ASKED_ITEMS_ZH = /(?<![\d第十百千零])([兩两二三四五六七八九]|[2-9])(?!\d)\s*(?:個|个|項|项|大|間|间|所|家|條|条|類|类)(?![年月日])(?=[^，。？?]{0,12}?(?:係|是|系|有)?(?:哪|邊|边|咩|乜|什麼|甚麼|什么))|(?:哪|邊|边)([兩两二三四五六七八九]|[2-9])(?:個|个|項|项|大|間|间|所|家|條|条|類|类)/u;

/**
 * How many items a listed span names: its quoted names when it quotes two or more, else its parts
 * between 、 and commas with the closing 及 / 和 / 以及 / "and" / "or", or undefined for one part.
 */
function listItemCount(span: string): number | undefined {
  const quoted = span.match(/[「『“"][^」』”"]+[」』”"]/gu) ?? [];
  if (quoted.length >= 2) return quoted.length;
  const parts = span.split(/、|，\s*(?:以及|及|和|與|与)?|,\s*(?:and|or)?\s*|以及|\s(?:and|or)\s/u).filter((part) => part.trim());
  const last = parts.at(-1) ?? '';
  // The last part holds the closing pair (A、B及C; 甲及乙 alone is two).
  const closing = last.split(/[及和與与]|\s(?:and|or)\s/u).filter((part) => part.trim());
  const count = parts.length - 1 + Math.max(1, closing.length);
  return count >= 2 ? count : undefined;
}

/** The year a thing was set up: 於 2001 年成立, 2001年成立, "established in 2001", "founded in 2001". */
const FOUNDING_YEAR = /(?:於|于)?\s*((?:19|20)\d{2})\s*年\s*(?:正式)?(?:成立|創立|创立|設立|设立|創辦|创办)|\b(?:established|founded|set up|incorporated) in ((?:19|20)\d{2})\b/gu;

/**
 * The question's terms that name its subject when a relative clause describes it ("What is the CDI
 * that helps SMEs get loans?" names the CDI; "that helps …" says which): those before the clause.
 * Undefined when there is no such clause, or none of them would be left.
 */
function subjectTermsBeforeRelativeClause(question: string, terms: WeightedTerm[], searchText: SearchText): WeightedTerm[] | undefined {
  const clauseStart = relativeClauseStart(question);
  if (clauseStart === undefined) return undefined;
  const head = new Set(searchText.analyzer.analyze(question.slice(0, clauseStart), { question: true }).map(({ term }) => term));
  const own = terms.filter(({ term }) => head.has(term));
  return own.length > 0 ? own : undefined;
}
/**
 * Heads after which "that" opens a content clause, not a relative one: "what is the evidence that …",
 * "the fact that …", "what is it that …" (a cleft): the clause says what is claimed, not which thing is meant.
 */
const CONTENT_CLAUSE_HEAD = /\b(?:evidence|fact|proof|sign|signs|claim|idea|news|chance|chances|likelihood|hope|view|belief|notion|suggestion|assumption|it)\s*$/i;
/** A relative clause after the subject of "what is X …": "that helps", "which runs", "who leads". */
export function relativeClauseStart(question: string): number | undefined {
  const clause = RELATIVE_CLAUSE.exec(question);
  return clause && !CONTENT_CLAUSE_HEAD.test(question.slice(0, clause.index)) ? clause.index : undefined;
}
const RELATIVE_CLAUSE = /(?<=\bwhat(?:'s|\s+(?:exactly\s+|actually\s+|really\s+)?(?:is|are|was|were))?\b.{2,80}?)\s(?:that|which|who)\s/i;

/** The Chinese names the lexicon renders the given English terms as with full strength (a short form's full name). */
function strongChineseRenderings(terms: readonly WeightedTerm[], searchText: SearchText): string[] {
  const english = terms.map(({ term }) => term).filter((term) => !hasCjkChar(term)).join(' ');
  if (!english) return [];
  return searchText
    .terms(english, undefined, { question: true })
    .filter(({ term, weight }) => hasCjkChar(term) && weight >= STRONG_RENDERING_WEIGHT && [...term].length >= MIN_RENDERED_NAME_LENGTH)
    .map(({ term }) => term);
}
/** A rendering this strong is a name the lexicon knows (a short form's full name, a terminology entry), not a word's gloss. */
const STRONG_RENDERING_WEIGHT = 0.5;
const MIN_RENDERED_NAME_LENGTH = 3;

/** Whether a clause sets up the subject (設立……X, "to set up the X"): its aim is X's existence, not X's purpose. */
function setsUpSubject(clause: string, subject: NamedSubject): boolean {
  for (const verb of clause.matchAll(SETTING_UP)) {
    const after = clause.slice((verb.index ?? 0) + verb[0].length, (verb.index ?? 0) + verb[0].length + SET_UP_OBJECT_REACH);
    if (namesSubject(after, subject)) return true;
  }
  return false;
}
const SETTING_UP = /設立|设立|成立|建立|興建|兴建|籌建|筹建|開設|开设|\b(?:set(?:ting)? up|establish(?:ing)?|creat(?:e|ing)|build(?:ing)?)\b/giu;
/** How far after its verb the thing set up is named (跨院校、跨學科的生命健康研發院). */
const SET_UP_OBJECT_REACH = 24;

/** What something focuses or specialises on, asked: 專注咩, 聚焦甚麼, "what does X focus on", "what does X specialise in". */
const ASKS_FOCUS = /(?:專注|专注|聚焦|主力|專門|专门)(?:於|于|在|喺)?(?:咩|乜|乜嘢|甚麼|什麼|什么|甚么|哪|邊|边)|\bwhat (?:does|do|did|will) .{2,60}? (?:focus(?:es)? on|speciali[sz]e in|concentrate on)\b|\bwhat (?:is|are) .{2,60}? (?:focused on|specialising in|specializing in)\b/i;
/** A sentence saying what something focuses on: 專注, 聚焦, 主力, "focusing on", "specialising in". */
const STATES_FOCUS = /專注|专注|聚焦|主力|專門|专门|\bfocus(?:es|ed|ing)? on\b|\bspeciali[sz](?:e|es|ed|ing) in\b|\bconcentrat(?:e|es|ed|ing) on\b/i;

/** Things asked in the course of being built: "being built", "under construction", 「興建緊」「在興建」「興建中」「建設中」. */
const ASKS_UNDER_CONSTRUCTION = /\b(?:being (?:built|constructed|developed)|under construction|in construction)\b|興建緊|兴建紧|起緊|起紧|建緊|建紧|(?:在|正在)(?:興建|兴建|建設|建设|施工)|(?:興建|兴建|建設|建设|施工)中/i;
/** A sentence that says things are being built (construction, 建設, 興建) and not that they are being completed (落成, "complete"). */
const STATES_CONSTRUCTION = /\bconstruction\b|\bbeing built\b|興建|兴建|建設|建设|施工/i;
const STATES_COMPLETION = /\bcomplet(?:e|ed|ion|ing)\b|落成|建成|竣工|完工/i;
function statesConstruction(sentence: string): boolean {
  return STATES_CONSTRUCTION.test(sentence) && !STATES_COMPLETION.test(sentence);
}

/** A question asking by how much something rose or fell (not to what level): 增加了多少, 多咗幾多, "by how much did it increase". */
const ASKS_INCREASE_BY = /(?:增加|增長|增长|減少|减少|上升|下降)(?:了|咗)?(?:多少|幾多|几多)|\bby how (?:much|many)\b|\bhow much (?:did|does) .{2,60}? (?:increase|grow|rise|go up|fall|drop|decrease|go down)\b|\bhow much (?:has|have) .{2,60}? (?:increased|grown|risen|gone up|fallen|dropped|decreased|gone down)\b/iu;

/** … or by how much more one thing is than another, or than before: "how many more … than / compared with", 「比……多(咗)幾多」. */
const ASKS_HOW_MUCH_MORE = /\bhow (?:much|many) (?:more|less|fewer)\b[^?？]*\b(?:than|compared|vs\.?|versus)\b|(?:比|較|较)[^，。？?]{0,24}(?:多|少)(?:咗|了)?(?:多少|幾多|几多)/iu;
/** … or how many new things were added (in a period): "how many new hotspots were added in 2024?", 新增了多少 — a flow, which a stock ("about 42,000 hotspots") does not answer. */
const ASKS_NUMBER_ADDED = /\bhow many (?:new|more|additional|extra) [^?？]{1,40}?\b(?:added|created|built|installed|opened|launched|introduced)\b|新增(?:了|咗)?(?:多少|幾多|几多)|(?:多少|幾多|几多)(?:個|个|間|间|家|項|项)?新增/iu;
function asksHowMuchMore(question: string): boolean {
  return ASKS_INCREASE_BY.test(question) || ASKS_HOW_MUCH_MORE.test(question) || ASKS_NUMBER_ADDED.test(question);
}
/** A sentence that states a change or a difference: 增加 140 萬元, 較2023年增加7%, 多咗, "up by", "more than last year", (+6.1%), 新增, "added". */
const STATES_CHANGE = /新增|增設|增设|(?<!value-)\badded\b|增加|減少|减少|上升|下降|增長|增长|增幅|減幅|减幅|升幅|跌幅|多咗|少咗|(?:較|较|比)[^，。；;]{0,24}(?:多|少|高|低)|\b(?:increase[ds]?|decrease[ds]?|rise|rose|risen|grew|grown|fell|fallen|up by|down by|more than|less than|higher than|lower than)\b|[+＋−-]\s*\d+(?:\.\d+)?\s*%/iu;

/** Items named after "namely" / 分別為 (respectively): the rest of the clause, up to the sentence's end or a semicolon. */
const NAMELY_ITEMS = /(?<=分別為|分别为|分別是|分别是|\bnamely\b:?\s*)[^。；;]{4,160}/giu;

/** A name given by its naming verb: 定名為 INNOPOLE, 命名為「X」, named "X", called the X Park (capitalised words). */
const GIVEN_NAME = /(?:定名為|定名为|命名為|命名为|取名為|取名为|(?<![報报提])名為|(?<![報报提])名为|\b(?:named|renamed|dubbed|branded)\b)\s*(?:the\s+)?([「『“"][^」』”"]{2,40}[」』”"]|[A-Z][A-Za-z0-9+&@-]*(?:\s+(?:[A-Z][A-Za-z0-9+&@-]*|of|and|for))*|[\u4e00-\u9fff]{2,20}?(?=[，。；;,、\s]|項目|项目|$))/gu;


/** 「全球第三」「亞洲第一」: a rank written with a Chinese numeral, as the number after its 第. */
function chineseOrdinals(sentence: string): Quantity[] {
  return [...sentence.matchAll(CHINESE_ORDINAL)].flatMap((match) => {
    const value = parseChineseNumeral(match[1]!);
    const start = (match.index ?? 0) + 1;
    return value ? [{ kind: 'number' as const, value, raw: match[1]!, start, end: start + match[1]!.length }] : [];
  });
}

const CHINESE_ORDINAL = /第([一二三四五六七八九十]{1,3})(?![一二三四五六七八九十期批輪轮階阶屆届代次個个條条項项款])/g;

/** A rank as the document writes it, with its ordinal marker: 第 2, 2nd. */
function rankSpan(sentence: string, quantity: Quantity): Span {
  const marker = /第\s*$/.exec(sentence.slice(Math.max(0, quantity.start - 4), quantity.start));
  const start = marker ? quantity.start - marker[0].length : quantity.start;
  const suffix = /^\s*(?:st|nd|rd|th)\b/i.exec(sentence.slice(quantity.end, quantity.end + 4))?.[0] ?? '';
  return { text: sentence.slice(start, quantity.end + suffix.length).trim(), start, quantity };
}

/**
 * A table row reads "caption — label：header：figure；header：figure…". The sentence an answer quotes
 * is the label with the one column the question asks for: the budget year it names, else the
 * column whose header words it uses (revised, actual, approved…), else the document's own year.
 */
function tableRowSentence(row: string, questionTerms: Set<string>, searchText: SearchText, fiscalYears: string[], documentYear: string): string {
  const [head, ...columns] = row.split('；');
  const firstColon = head!.lastIndexOf('：', head!.lastIndexOf('：') - 1);
  const label = firstColon > 0 ? head!.slice(0, firstColon) : '';
  const segments = [firstColon > 0 ? head!.slice(firstColon + 1) : head!, ...columns];
  let best = segments[0]!;
  let bestScore = -Infinity;
  segments.forEach((segment, position) => {
    const years = extractQuantities(segment.normalize('NFKC')).filter((q) => q.kind === 'fiscal-year').map((q) => q.label!);
    const terms = new Set(searchText.terms(segment.replace(/20\d\d-\d\d/g, '')).map((term) => term.term));
    let score = 0;
    for (const term of questionTerms) if (terms.has(term)) score += 1;
    if (fiscalYears.some((year) => years.includes(year))) score += 3;
    else if (fiscalYears.length === 0 && years.includes(documentYear)) score += 0.5;
    score -= position * 0.01;
    if (score > bestScore) {
      best = segment;
      bestScore = score;
    }
  });
  return label ? `${label}：${best.trim()}` : best.trim();
}

interface SentenceAnalysis {
  own: Set<string>;
  bridged: Set<string>;
  folded: string;
}

/**
 * Passages do not change, so neither do the terms of their sentences: analysed once per index and
 * kept (bounded), which keeps answering within a few milliseconds.
 */
const sentenceAnalyses = new WeakMap<SearchText, Memo<SentenceAnalysis>>();

function analyseSentence(searchText: SearchText, sentence: string): SentenceAnalysis {
  let memo = sentenceAnalyses.get(searchText);
  if (!memo) sentenceAnalyses.set(searchText, (memo = new Memo(20_000)));
  return memo.get(sentence, () => {
    const own = searchText.analyzer.analyze(sentence);
    return {
      own: new Set(own.map((term) => term.term)),
      // searchText.terms(sentence), not kept there too: this memo keeps it.
      bridged: new Set(searchText.termsFrom(sentence, own).map((term) => term.term)),
      folded: foldForMatch(sentence).replace(/\s+/g, ''),
    };
  });
}

/** Credit for a question term found only through a translation: the asker's own words count more. */
const BRIDGED_CREDIT = 0.75;
/** … and less again for a synonym found through a shared translation. */
const SYNONYM_CREDIT = 0.8;

/** A translation of a Chinese question word at least this strong makes a Chinese word of the sentence that shares it a synonym (公司 and 企業 both translate to "company"). */
const SYNONYM_TRANSLATION_STRENGTH = 0.4;

/** A question term as coverage reads it: whether it holds a Chinese character, and the English words through which a Chinese synonym counts. */
interface CoverageTerm {
  term: string;
  weight: number;
  chinese: boolean;
  synonymTranslations: readonly string[];
}

/**
 * Each list of question terms read as coverage reads it, once: a question's terms are checked
 * against every candidate sentence, its context and its windows. Held only while the list lives
 * (a WeakMap: a question's lists go with it), and read again for another search text.
 */
const coverageTermLists = new WeakMap<readonly WeightedTerm[], { searchText: SearchText; terms: readonly CoverageTerm[] }>();

function coverageTermsOf(questionTerms: readonly WeightedTerm[], searchText: SearchText): readonly CoverageTerm[] {
  const kept = coverageTermLists.get(questionTerms);
  if (kept && kept.searchText === searchText && kept.terms.length === questionTerms.length) return kept.terms;
  const terms = questionTerms.map(({ term, weight }) => coverageTerm(term, weight, searchText));
  coverageTermLists.set(questionTerms, { searchText, terms });
  return terms;
}

function coverageTerm(term: string, weight: number, searchText: SearchText): CoverageTerm {
  const chinese = hasCjkChar(term);
  const synonymTranslations = chinese ? searchText.lexicon.translationsOf(term).filter(([, strength]) => strength >= SYNONYM_TRANSLATION_STRENGTH).map(([english]) => english) : [];
  return { term, weight, chinese, synonymTranslations };
}

/** How a sentence holds a question term: itself, through a translation, through a Chinese synonym's translation, or not at all. */
type Held = 'itself' | 'bridged' | 'synonym' | 'no';

function holds(analysis: SentenceAnalysis, { term, chinese, synonymTranslations }: CoverageTerm): Held {
  const { own, bridged, folded } = analysis;
  if (own.has(term) || (chinese && folded.includes(term))) return 'itself';
  if (bridged.has(term)) return 'bridged';
  if (synonymTranslations.some((english) => bridged.has(english))) return 'synonym';
  return 'no';
}

/**
 * Rarity-weighted share of the question's own terms that a sentence holds: in full when it holds
 * the term itself (for Chinese, anywhere in its text, whatever the segmentation), in part when it
 * holds a translation of it.
 */
function sentenceCoverage(sentence: string, questionTerms: WeightedTerm[], searchText: SearchText, bridgedCredit = BRIDGED_CREDIT): number {
  return coverageOf(analyseSentence(searchText, sentence), coverageTermsOf(questionTerms, searchText), bridgedCredit);
}

function coverageOf(analysis: SentenceAnalysis, terms: readonly CoverageTerm[], bridgedCredit: number): number {
  let total = 0;
  let found = 0;
  for (const coverageTerm of terms) {
    const { weight } = coverageTerm;
    total += weight;
    const held = holds(analysis, coverageTerm);
    if (held === 'itself') found += weight;
    else if (held === 'bridged') found += weight * bridgedCredit;
    else if (held === 'synonym') found += weight * bridgedCredit * SYNONYM_CREDIT;
  }
  return total ? found / total : 0;
}

/**
 * Picks the span with most of the question around it (a window either side), and says how much
 * of the question that window holds: "1,100 間金融科技公司" answers "how many fintech companies",
 * "12 間獨角獸企業" in a sentence that mentions fintech elsewhere does not.
 */
function bestSpan(
  sentence: string,
  spans: Span[],
  questionTerms: WeightedTerm[],
  searchText: SearchText,
  countedTerms: WeightedTerm[] = [],
  sentenceWeight = 1,
  askedTerms: ReadonlySet<string> = new Set(),
  rarityOf?: (term: string) => number,
  namedSize?: NamedSizeFit,
  countsBareNoun = false,
): { span?: Span; windowCoverage: number; rankingCoverage: number; countedCoverage?: number } {
  let best: Span | undefined;
  let bestCoverage = -1;
  let bestRanking = -1;
  let bestCounted: number | undefined;
  for (const span of spans) {
    const [from, to] = spanWindowBounds(sentence, span, spans);
    let around = sentence.slice(from, to);
    let counted: number | undefined;
    // "How many services": what a figure counts follows it ("500 government … services", "12 個海底電纜系統").
    const countedEnd = countedTerms.length ? countedWindowEnd(sentence, span, spans) : span.start;
    if (countedTerms.length) {
      const after = sentence.slice(span.start, countedEnd);
      counted = sentenceCoverage(after, countedTerms, searchText);
      // A count of the asked thing in a later clause of a sentence that lists what its subject has (「X 共支援 12 間…，匯聚…，以及超過
      // 2,400 間…科技公司」) is the subject's: the sentence's first clause, which names it, is read with the count's window — when the
      // question counts things by a bare noun ("how many companies"), not a kind of them ("AI firms", which the list's fields may name).
      const headEnd = sentence.search(HEAD_CLAUSE_END);
      if (countsBareNoun && counted > 0 && headEnd > 0 && from > headEnd && ZH_CLASSIFIER_AFTER.test(sentence.slice(span.start + span.text.length))) around = `${sentence.slice(0, headEnd)} ${around}`;
    }
    let coverage = sentenceCoverage(around, questionTerms, searchText);
    if (countedTerms.length) {
      // … in a sentence about what the question is about (1,100 fintech companies do not answer "how many companies does Cyberport have").
      coverage += sentenceWeight * counted!;
    }
    // Of two counts of what is asked, the one whose things carry no qualifier the question lacks ranks first ("over 2,400 tech
    // companies" before "over 300 life-and-health-tech companies" for "how many tech companies"); how well the span fits the question is the plain coverage.
    const qualified = !counted ? coverage : coverage - sentenceWeight * counted * qualifierShare(countedNounPhrase(sentence, span, countedEnd), askedTerms, searchText, rarityOf);
    // 「20 億元『創科創投基金』」: a sum written before the name it sizes answers the thing's size, not another sum about it.
    const ranking = namedSize && sizesNamedSubject(sentence, span, namedSize.subjects) ? qualified + (namedSize.asksSize ? NAMED_SIZE_CREDIT : -NAMED_SIZE_CREDIT) : qualified;
    if (ranking > bestRanking) {
      best = span;
      bestRanking = ranking;
      bestCoverage = coverage;
      bestCounted = counted;
    }
  }
  return { span: best, windowCoverage: Math.max(0, bestCoverage), rankingCoverage: Math.max(0, bestRanking), countedCoverage: bestCounted };
}

/**
 * The noun phrase a count counts, without the figure: in Chinese from the classifier to the noun at
 * its clause's end, after any 「……等」 (an enumeration of examples, not a restriction: 「從事A、B等科技公司」
 * counts 科技公司); in English the words after the figure up to a preposition, relative or verb.
 */
function countedNounPhrase(sentence: string, span: Span, countedEnd: number): string {
  const window = sentence.slice(span.start + span.text.length, countedEnd);
  const phrase = /[\u4e00-\u9fff]/.test(window.slice(0, 3)) ? window.slice(window.lastIndexOf('等') + 1) : (ENGLISH_COUNTED_PHRASE.exec(window)?.[0] ?? '');
  // Kinds enumerated ("government, public and private services", 「公共及商業服務」) name all of what is counted, not a subset.
  return ENUMERATING.test(phrase) ? '' : phrase;
}

const ENUMERATING = /[,，、]|\b(?:and|or)\b|及|和|與|与|或/u;

/** For a sum asked of a named thing: the things the question names, and whether it asks the thing's own size (no other words of substance). */
interface NamedSizeFit {
  subjects: readonly NamedSubject[];
  asksSize: boolean;
}

/** How much a sum that sizes the named thing gains (or loses, when another sum about it is asked) in its window's coverage: on dev 0.15 wins one question, 0.3 two, 0.6 two and loses two. */
const NAMED_SIZE_CREDIT = 0.3;
/** Share of a question's word weight outside the names it gives, under which it asks the named thing's size ("How big is the ITVF?"). */
const SIZE_QUESTION_OTHER_SHARE = 0.3;

/** A sum written right before a quoted name the question names (「20 億元『創科創投基金』」, "$2 billion 'X Fund'"). */
function sizesNamedSubject(sentence: string, span: Span, subjects: readonly NamedSubject[]): boolean {
  if (span.quantity?.kind !== 'money' || subjects.length === 0) return false;
  const quoted = /^\s*[「『“"‘']([^」』”"’']{2,40})[」』”"’']/.exec(sentence.slice(span.start + span.text.length));
  return quoted !== null && subjects.some((subject) => namesSubject(quoted[1]!, subject));
}

/** Whether a sum question asks a named thing's own size: little of its word weight lies outside the names it gives. */
function asksSizeOfNamed(questionTerms: readonly WeightedTerm[], subjects: readonly NamedSubject[]): boolean {
  if (subjects.length === 0) return false;
  const forms = subjects.flatMap((subject) => [...subject.chinese, ...subject.english.flatMap((phrase) => phrase.split(' '))]);
  const isNameWord = (term: string) => forms.some((form) => (/[\u3400-\u9fff]/.test(term) ? form.includes(term) : form === term));
  const total = questionTerms.reduce((sum, { weight }) => sum + weight, 0);
  const other = questionTerms.filter(({ term }) => !QUANTITY_TOKEN.test(term) && !isNameWord(term)).reduce((sum, { weight }) => sum + weight, 0);
  return total > 0 && other / total < SIZE_QUESTION_OTHER_SHARE;
}

/** The words after an English count up to a preposition, relative or verb, an enumeration's commas and "and" kept. */
const ENGLISH_COUNTED_PHRASE = /^\s*(?:(?!(?:of|in|on|at|to|from|for|with|by|that|which|who|are|were|is|was|have|has|had|will|would|can|could)\b)[a-z][\w&'-]*,?\s*){1,6}/i;

/** Share of a counted noun phrase's words that the question (with its translations) does not hold: 「生命健康科技相關企業」 for "tech companies" qualifies the companies in words the question lacks. */
export function qualifierShare(phrase: string, askedTerms: ReadonlySet<string>, searchText: SearchText, rarityOf?: (term: string) => number): number {
  if (askedTerms.size === 0) return 0;
  // The noun of the counted kind (企業, 公司, 人才) is what is counted, no qualifier of it.
  const terms = searchText.analyzer.analyze(phrase).filter(({ term }) => !term.startsWith(BIGRAM_PREFIX) && !QUANTITY_TOKEN.test(term) && classifierGroupOfNoun(term) === undefined);
  if (terms.length === 0) return 0;
  // A qualifier the documents use everywhere (科技 "tech" in a technology budget) restricts little; a rare one (獨角獸, 生命健康) restricts in full.
  const restriction = (term: string) => (rarityOf ? Math.min(1, rarityOf(term) / QUALIFIER_FULL_RARITY) : 1);
  return terms.filter(({ term }) => !askedTerms.has(term)).reduce((sum, { term }) => sum + restriction(term), 0) / terms.length;
}

/**
 * The rarity (idf) from which a qualifier the question lacks restricts what a count counts in full; commoner ones, in
 * proportion. On dev, 1 and 2 answer alike and 4 loses a question.
 */
const QUALIFIER_FULL_RARITY = 2;

const SPAN_WINDOW = 20;

/**
 * Where one figure's clause gives way to the next's, in the words between two figures of a sentence that lists several
 * ("撥出20億元支持A進駐河套，以及撥出2億元為B提供孵化", "$2 billion to support A and another $200 million to assist B"):
 * the last semicolon between them, else the last clause break or conjunction. Each figure's window stops there, so the
 * words about A are not read as about the 2億元 that follows them.
 */
const FIGURES_CLAUSE_BREAK = /[，,；;、]|以及|另外|並|\band\b|\bwhile\b|\bwhereas\b/giu;
/** A break between sentences' parts (；, ;): where one figure's part ends whichever side its words stand ("為A，預留20億元；為B，另預留10億元"). */
const FIGURES_STRONG_BREAK = /[；;]/gu;

function lastClauseBreak(gap: string): { at: number; end: number } | undefined {
  let last: { at: number; end: number } | undefined;
  for (const match of gap.matchAll(FIGURES_STRONG_BREAK)) last = { at: match.index!, end: match.index! + match[0].length };
  if (last) return last;
  for (const match of gap.matchAll(FIGURES_CLAUSE_BREAK)) last = { at: match.index!, end: match.index! + match[0].length };
  return last;
}

/** The window of words read as about a span: SPAN_WINDOW characters either side, cut where a neighbouring figure's clause begins. */
function spanWindowBounds(sentence: string, span: Span, spans: readonly Span[]): [number, number] {
  const end = span.start + span.text.length;
  let from = Math.max(0, span.start - SPAN_WINDOW);
  let to = Math.min(sentence.length, end + SPAN_WINDOW);
  let previousEnd = -1;
  let nextStart = Number.POSITIVE_INFINITY;
  // Only figures head clauses of their own this way; names listed with 、 or "and" are one answer.
  if (!span.quantity) return [from, to];
  for (const other of spans) {
    if (!other.quantity) continue;
    const otherEnd = other.start + other.text.length;
    if (otherEnd <= span.start && otherEnd > previousEnd) previousEnd = otherEnd;
    if (other.start >= end && other.start < nextStart) nextStart = other.start;
  }
  if (previousEnd >= 0) {
    const cut = lastClauseBreak(sentence.slice(previousEnd, span.start));
    if (cut) from = Math.max(from, previousEnd + cut.end);
  }
  if (Number.isFinite(nextStart)) {
    const cut = lastClauseBreak(sentence.slice(end, nextStart));
    if (cut) to = Math.min(to, end + cut.at);
  }
  return [from, to];
}
/** Where a sentence's first clause (its subject and first verb) ends. */
const HEAD_CLAUSE_END = /[，,；;:：]/u;
/** Longest Chinese counted noun read as a bare noun (公司, 企業), not a kind of thing. */
const BARE_CHINESE_NOUN = 2;
const COUNTED_WINDOW = 45;
/** Longest Chinese counted noun phrase read to its clause's end. */
const COUNTED_CLAUSE_WINDOW = 90;
const ZH_CLASSIFIER_AFTER = /^\s*(?:多|餘|余)?\s*[個个間间家項项所名宗座條条枚支隊队人筆笔]/u;
const CLAUSE_END = /[，,。；;：:！？!?]/u;

/**
 * Where the words a figure counts end: COUNTED_WINDOW characters after it, or sooner at the next
 * figure of the sentence, which counts something of its own ("320萬 users, covering 500 services":
 * services are what 500 counts, not 320萬).
 */
function countedWindowEnd(sentence: string, span: Span, spans: readonly Span[]): number {
  const end = span.start + span.text.length;
  // A Chinese count with its classifier heads a noun phrase whose noun comes last, after any modifier, figures in
  // it included (「2,400 間來自 24 個國家……等科技公司」): what it counts runs to the end of its clause.
  const next = spans.filter((other) => other.start >= end).reduce((nearest, other) => Math.min(nearest, other.start), Number.POSITIVE_INFINITY);
  const classified = ZH_CLASSIFIER_AFTER.exec(sentence.slice(end));
  if (classified) {
    const clause = CLAUSE_END.exec(sentence.slice(end + classified[0].length));
    // … but a list of counts (「八個甲牌照、四個乙牌照、七個丙牌照」) gives each count the phrase up to the joiner before the next.
    const joiner = Number.isFinite(next) ? [...sentence.slice(end, next).matchAll(COUNT_LIST_JOINER)].at(-1) : undefined;
    const listed = joiner ? end + (joiner.index ?? 0) : Number.POSITIVE_INFINITY;
    return Math.min(end + classified[0].length + (clause?.index ?? sentence.length), end + COUNTED_CLAUSE_WINDOW, sentence.length, listed);
  }
  // An English count's noun phrase ends where a preposition, verb or clause starts ("two parks to
  // facilitate the landing of start-ups": parks are counted, not start-ups).
  const english = /^\s*[a-z]/i.test(sentence.slice(end)) ? ENGLISH_COUNTED_END.exec(sentence.slice(end)) : null;
  return Math.min(end + COUNTED_WINDOW, next, sentence.length, english ? end + english.index : Number.POSITIVE_INFINITY);
}

/** What joins the counts of a Chinese list right before the next count: 、, 以及, 及, 和, 與. */
const COUNT_LIST_JOINER = /(?:、|以及|及|和|與|与)\s*$/gu;

/** Where an English counted noun phrase ends: a preposition, a verb, a relative word or a clause break (not a comma or "and": "500 government, public and private services"). */
const ENGLISH_COUNTED_END = /\s(?:to|for|that|which|who|in|with|by|from|under|at|on|are|is|was|were|will|have|has|had)\b|[;:.](?:\s|$)/i;

/** The passage's heading or the subject before its colon holds the question's words (nearly) all. */
function isAbout(passage: RetrievedPassage, subject: string, questionTerms: WeightedTerm[], searchText: SearchText): boolean {
  const heading = [passage.chunk.section.zh.at(-1) ?? '', passage.chunk.section.en.at(-1) ?? '', subject].join(' ');
  return sentenceCoverage(heading, questionTerms, searchText, 1) >= ABOUT_COVERAGE;
}

/** Heading coverage from which a passage counts as being about the question's subject. */
const ABOUT_COVERAGE = 0.8;

/** Sentences up to this many characters carry no length penalty (candidate feature lengthExcess). */
const LENGTH_WITHOUT_PENALTY = 60;

/**
 * English verbs whose "to …" is their complement, with or without an object in between ("invite
 * organisations to submit", "is expected to complete", "plans to launch"): such a clause says what
 * is asked, expected or planned, not the purpose of the thing.
 */
const INFINITIVE_COMPLEMENT_BEFORE =
  /\b(?:invit|ask|encourag|requir|urg|allow|permit|persuad|remind|expect|schedul|plan|intend|propos|decid|continu|seek|sought|start|begin|began|prepar)\w*\b(?:\s+(?!to\b)[\w&'’()-]+){0,4}\s*$/i;
const INFINITIVE_OBJECT_WINDOW = 48;

/**
 * A purpose clause: what a thing is for. Chinese marks purpose with 旨在, 以便, 用於, 目的是, 宗旨是,
 * 為了, or 以 before a verb of aim (以推動, 以促進; also after a manner, 以配對形式支持); English with "to"/"in order to"/"aims to" before a
 * verb phrase. The clause runs to the next clause break.
 */
/** Verbs of aim: after 以 (以推動), or opening the clause right after a quoted name (設立「X」，促進……), they say what a thing is for. */
const AIM_VERBS = '推動|推动|促進|促进|加強|加强|支援|支持|扶持|幫助|帮助|培養|培养|協助|协助|提升|吸引|鼓勵|鼓励|培育|應對|应对|配合|確保|确保|善用|便利|減低|减低|降低|帶動|带动|引導|引导';
const PURPOSE_CLAUSE = new RegExp(
  `(?:旨在|以便|用以|用作|用於|用于|專責|专责|負責(?![人任])|负责(?![人任])|職責是|职责是|目的是|目的為|目的为|宗旨是|宗旨為|宗旨为|為了|为了|藉以|借以|以期|從而|从而|以(?:[^，。；;,]{1,6}(?:形式|方式))?(?=${AIM_VERBS})|(?<=[」』”]\\s?[，,]\\s?)(?=${AIM_VERBS})|(?<=[，,]\\s?)(?:讓|让|使得)(?=[\\u4e00-\\u9fff]))[^，。；;,]{3,60}|\\b(?:in order to|so as to|aims? to|aimed at|with a view to|for the purpose of|to)\\s+(?!\\d|the\\b|be\\b|\\$)[a-z]+(?:\\s+[^.;:,]{2,100})?`,
  'gi',
);

/** A breakdown asked: "how is X split / divided between …", "the breakdown of", 「怎樣分配」「點樣分」. */
const ASKS_SPLIT = /\bhow (?:is|was|will|would|are|were) .{2,80}? (?:be )?(?:split|divided|shared out|broken down|allocated|distributed|apportioned)\b|\bbreak ?down of\b|\bsplit between\b|(?:怎樣|怎样|點樣|点样|如何)(?:分配|攤分|摊分|分拆|劃分|划分)/i;
/** The fewest figures a sentence gives to split a whole. */
const MIN_SPLIT_FIGURES = 2;

/** Sums, counts, shares and areas a sentence gives that the question does not state. */
function splitFigures(sentence: string, question: string): number {
  const asked = new Set(extractQuantities(question).map(quantityToken));
  return extractQuantities(sentence).filter((q) => (q.kind === 'money' || q.kind === 'number' || q.kind === 'percent') && !asked.has(quantityToken(q))).length;
}

/** Whether a text names a place, body or post (by the terminology) that another text names in neither language. */
function namesUnnamedIn(text: string, other: string, searchText: SearchText): boolean {
  const kinds: NamedEntity['kind'][] = ['place', 'body', 'post'];
  const named = searchText.lexicon.findNames(text, kinds);
  if (named.length === 0) return false;
  const inOther = new Set(searchText.lexicon.findNames(other, kinds).map(({ entity }) => entity));
  const folded = foldForMatch(other);
  return named.some(({ entity }) => !inOther.has(entity) && ![...entity.zh, ...entity.en].some((form) => folded.includes(foldForMatch(form))));
}

/** A Chinese word of progress (from PROGRESS_WORDS) that ends the run of title words before a quoted name. */
const CHINESE_PROGRESS_WORD = new RegExp(`(?:${PROGRESS_WORDS.split(' ').filter((word) => /[\u4e00-\u9fff]/u.test(word)).join('|')})`, 'gu');
/** A quoted name, and the run of Chinese characters written just before it (its title's other words, the verb before them). */
const TITLE_BEFORE_QUOTED_NAME = /([\u4e00-\u9fff]{0,12})([「『][^」』]{1,30}[」』])/gu;

/**
 * A sentence with the bodies it names and the title words before a quoted name taken out, keeping the words of progress:
 * 「2024 年起推出數字政府及智慧城市『百項方案』」 → 「2024 年起推出 」. What is left says what the sentence reports of the thing.
 */
function withoutDoersAndTitle(sentence: string, searchText: SearchText): string {
  let text = sentence;
  for (const { written } of searchText.lexicon.findNames(sentence, ['body'])) text = text.replace(written, ' ');
  return text.replace(TITLE_BEFORE_QUOTED_NAME, (_, before: string) => {
    let keep = 0;
    for (const match of before.matchAll(CHINESE_PROGRESS_WORD)) keep = (match.index ?? 0) + match[0].length;
    return `${before.slice(0, keep)} `;
  });
}

/** PROGRESS_WORDS as a search text's analyzer gives them, worked out once per analyzer. */
const progressTermsByAnalyzer = new WeakMap<object, ReadonlySet<string>>();
function progressTermsOf(searchText: SearchText): ReadonlySet<string> {
  let terms = progressTermsByAnalyzer.get(searchText.analyzer);
  if (!terms) {
    terms = new Set(searchText.analyzer.analyze(PROGRESS_WORDS).map(({ term }) => term).filter((term) => !term.startsWith(BIGRAM_PREFIX)));
    progressTermsByAnalyzer.set(searchText.analyzer, terms);
  }
  return terms;
}

/** 「定名為甚麼」「稱為什麼」: 為甚麼 here is "as what", not "why". */
const NAMED_AS_WHAT = /(?:名|稱|称|成|作|列|改|定)(?:為|为)(?:甚麼|什麼|什么)/;
/** A why-question about a figure that changed: a change word and the figure it changed by or to (「增加10%」, "fell by $2 million"). */
function asksWhyFigureChanged(question: string): boolean {
  return CHANGE_WORDS.test(question) && extractQuantities(question).some((q) => q.kind === 'percent' || q.kind === 'money' || (q.kind === 'number' && q.value > 0));
}
/** A cause, in either language (not an aim): what a question asking why a figure changed needs of the sentence that answers it. */
const STATES_CAUSE = new RegExp(
  `由於|由于|因為|因为|因應|因应|原因|鑑於|鉴于|主要是|主要為|主要为|反映|所致|導致|导致|` +
    String.raw`(?:^|\s)[Δ¶†‡§]\s?(?=\S)|` +
    String.raw`\b(?:because|due to|owing to|as a result|result(?:ed|s)? (?:in|from)|reflect(?:s|ed|ing)?|thanks to|caused by|attributable to|on account of|in view of|in response to)\b`,
  'i',
);
/** A cause or an aim, in either language: what a "why" question needs of the sentence that answers it. */
const STATES_CAUSE_OR_AIM = new RegExp(
  `由於|由于|因為|因为|因應|因应|原因|鑑於|鉴于|基於|基于|憑藉|凭借|借助|為了|为了|以便|旨在|以期|從而|从而|藉以|借以|用以|讓|让|令|目的|目標|目标|${AIM_VERBS}|` +
    // A table's note (Δ, ¶, †) says why its figures are as they are.
    String.raw`(?:^|\s)[Δ¶†‡§]\s?(?=\S)|` +
    String.raw`\b(?:because|due to|owing to|as a result|result(?:ed|s)? (?:in|from)|in order to|so as to|so that|aim(?:s|ed)?|purpose|thus|thereby|thanks to|by virtue of|leverag|with a view|given|in view of|in response to|to (?!(?:the|be|a|an)\b)[a-z]+|support|promot|enhanc|facilitat|help|driv|boost|strengthen|foster|attract)`,
  'i',
);

interface NameContext {
  question: string;
  searchText: SearchText;
  language: Language;
  /** The currencies of the sums the question states, worked out once per question (see comparedCurrencies). */
  currencies: ReadonlySet<string>;
  /** For a yes/no: the figures it states, which the documents' figures are checked against. */
  checkedFigures?: readonly Quantity[];
  /** The question's search terms with their translations (an English question's Chinese words). */
  bridgedTerms?: ReadonlySet<string>;
  /** The schemes, bodies and places the question names. */
  subjects?: readonly NamedSubject[];
  /** "Which InnoHK cluster …?": the names built on the family the question asks by (namedFamilyOf), worked out once per question. */
  namedFamily?: RegExp;
}

/**
 * For "where" and "who": the names a sentence gives that the question does not — places (up to
 * three, in the sentence's order) for "where"; the person, post or body for "who" — each shown in
 * the asker's language.
 */
function nameSpans(sentence: string, answerType: AnswerType, { question, searchText, language, subjects = [] }: NameContext): Span[] {
  const asked = foldForMatch(question);
  // "Who heads X?" asks for a person or the post they hold, never a body; "what is the name of …" for a person.
  // "Which office is the Commissioner in charge of?": a body asked, whatever post the question names.
  const kinds: NamedEntity['kind'][] = answerType === 'place' ? ['place'] : ASKS_WHICH_BODY.test(question) ? ['body'] : ASKS_FOR_NAME.test(question) || ASKS_WHO_HOLDS_POST.test(question) ? ['person'] : ASKS_FOR_OFFICE_HOLDER.test(question) ? ['person', 'post'] : ['person', 'post', 'body'];
  const bodyKind = answerType === 'person' ? ASKED_BODY_KINDS.find(([asks]) => asks.test(question)) : undefined;
  const named = searchText.lexicon
    .findNames(sentence, kinds)
    .filter((item) => ![...item.entity.zh, ...item.entity.en].some((name) => asked.includes(foldForMatch(name))) && !namesSubject(question, subjectOfEntity(item.entity)))
    // "Which university leads it?", 「邊間大學主導」: only a body of that kind answers, not the bureau that funds it.
    .filter((item) => !bodyKind || [...item.entity.zh, ...item.entity.en, item.written].some((name) => bodyKind[1].test(name)))
    // 「非首長級職位」, "non-directorate posts": a name negated by its prefix names what it is not.
    .filter((item) => !NEGATING_PREFIX.test(sentence.slice(0, item.at)))
    // 「科學園旁邊的創新斗室」, "InnoCell next to the Science Park": a place located by another is not where that other is.
    .filter((item) => answerType !== 'place' || (!LOCATED_BY_BEFORE.test(sentence.slice(Math.max(0, item.at - LOCATED_BY_REACH), item.at)) && !LOCATED_BY_AFTER.test(sentence.slice(item.at + item.written.length))));
  // "Where is the Science Park?" against 「香港科學園深圳分園位於深圳福田」: a longer name built on the asked one (its
  // branch, its second phase) is another thing, and the places after it in its clause are where that other is.
  const builtOnAsked = answerType === 'place' && subjects.length ? searchText.lexicon.findNames(sentence, ['place', 'body']).filter((item) => isBuiltOnSubject(item.entity, subjects, asked)) : [];
  const locatesOther = (item: { at: number }) => builtOnAsked.some((other) => other.at < item.at && !CLAUSE_BREAK.test(sentence.slice(other.at, item.at)));
  const placed = builtOnAsked.length ? named.filter((item) => !builtOnAsked.some((other) => other.at === item.at) && !locatesOther(item)) : named;
  // "Who chairs X?" against 「X主席查毅超表示」: the person answers; the post only where no person is named.
  const people = placed.filter((item) => item.entity.kind === 'person');
  const found = answerType === 'person' && people.length > 0 ? people : placed;
  // 「位於白石角的香港科學園、九龍塘的創新中心」: the place written onto the asked subject (X的 subject, subject位於X) is its place alone.
  const attached = answerType === 'place' ? found.filter((item) => placeWrittenOnSubject(sentence, item, subjects)) : [];
  if (attached.length === 1) return attached.map((item) => ({ text: item.written, start: item.at, lead: showName(item, language) }));
  return found.map((item, index) => {
    const shown = answerType === 'place' ? found.slice(index, index + 3) : [item];
    return { text: item.written, start: item.at, lead: shown.map((entry) => showName(entry, language)).join(language === 'en' ? ', ' : '、') };
  });
}

/** A date asked to the day: "on what date", "which day", "exact date", 邊日, 幾號, 哪一天, 具體日期. */
const ASKS_DAY = /\bon what date\b|\bwhat (?:exact|precise|specific) date\b|\b(?:which|what) day\b|\bexact date\b|邊日|边日|邊一日|边一日|幾號|几号|哪一天|哪天|哪一日|具體日期|具体日期|確實日期|确实日期|確切日期|确切日期/i;
/** A date that names its month (2024年9月, 25 July 2024, 九月), not only a year or a part of one. */
const NAMES_MONTH = new RegExp(String.raw`\b\d{1,2}\/\d{1,2}\/\d{4}\b|[0-9０-９一二三四五六七八九十]{1,2}\s?月(?!份?\s*(?:起|前|後|后))|\b${ENGLISH_MONTH_WORD}\b`, 'i');

/** A sum asked as spent, paid or invested to date: "so far", "to date", 至今, 累計, 已投資, "paid out … by now". */
const ASKS_AMOUNT_TO_DATE = /\bso far\b|\bto date\b|\bup to now\b|\bby now\b|\b(?:paid out|disbursed|handed out|given out)\b|至今|迄今|到目前為止|到目前为止|到而家|累計|累计|截至目前|已(?:經|经)?(?:投資|投资|批出|撥出|拨出|發放|发放|支付|使用)(?:了|咗)?(?:多少|幾多|几多)/i;

/** A floor a plan sets before its count: 不少於, 至少, 最少, "at least", "no fewer than" — a target, not what was done. */
const TARGET_FLOOR_BEFORE = /(?:不少於|不少于|至少|最少|\bat least|\bno (?:fewer|less) than|\ba minimum of)\s*$/i;
const TARGET_FLOOR_REACH = 12;

/** The size a fund or scheme is named with: 「50 億元的『X基金』」, 「10 億元『X基金』」, "the $10 billion X Fund". */
const NAMED_FUND_AFTER = /^\s*(?:元|港元)?\s*(?:的)?\s*[「『“"]?[^，。；,;「」『』“”"]{0,24}?(?:基金|計劃|计划|\b(?:fund|scheme|programme)\b)/iu;

function sizesNamedFund(sentence: string, candidate: Span): boolean {
  return candidate.quantity?.kind === 'money' && NAMED_FUND_AFTER.test(sentence.normalize('NFKC').slice(candidate.quantity.end));
}

/** The names built on the family a question asks by ("which InnoHK cluster": AIR@InnoHK, 「…InnoHK…」), as a pattern; undefined when it asks by none. */
function namedFamilyOf(question: string): RegExp | undefined {
  const asked = WHICH_OF_NAMED_FAMILY.exec(question.normalize('NFKC'));
  const family = (asked?.[1] ?? asked?.[2])?.trim();
  if (!family) return undefined;
  const escaped = escapeRegExp(family);
  return new RegExp(`[A-Za-z0-9+&.-]+@${escaped}\\b|\\b${escaped}@[A-Za-z0-9+&.-]+|[「『]([^」』]*${escaped}[^」』]*)[」』]`, 'giu');
}

/** The names in a sentence built on the asked family (`built`, from namedFamilyOf), other than those the question names, as spans. */
function builtOnAskedName(sentence: string, question: string, built: RegExp): Span[] {
  const folded = foldForMatch(question);
  return [...sentence.matchAll(built)]
    .map((match) => ({ text: (match[1] ?? match[0]).trim(), start: (match.index ?? 0) + (match[1] ? match[0].indexOf(match[1]) : 0) }))
    .filter((span) => !folded.includes(foldForMatch(span.text)));
}

/**
 * A named thing whose name holds an asked subject's name and more (香港科學園深圳分園 for 香港科學園,
 * "Science Park Shenzhen Branch"), when the question (`asked`, folded) has none of that more: then
 * it is another thing than the one asked about.
 */
function isBuiltOnSubject(entity: NamedEntity, subjects: readonly NamedSubject[], asked: string): boolean {
  const names = [...entity.zh, ...entity.en].map((name) => foldForMatch(name));
  const forms = subjects.flatMap((subject) => [...subject.chinese, ...subject.english]).map((form) => foldForMatch(form).trim()).filter((form) => form.length > 1);
  if (names.some((name) => forms.includes(name.trim()))) return false;
  // What each longer name adds to the subject's: its Chinese pairs of characters, or its English words.
  const additions = names.flatMap((name) =>
    forms
      .filter((form) => name.includes(form))
      .map((form) => {
        const added = name.replace(form, ' ');
        return hasCjkChar(added) ? [...added.replace(/\s+/g, '').matchAll(/\p{Script=Han}{2}/gu)].map((match) => match[0]) : added.split(/\s+/).filter((word) => word.length > 2);
      })
      .filter((pieces) => pieces.length > 0),
  );
  return additions.length > 0 && !additions.some((pieces) => pieces.some((piece) => asked.includes(piece)));
}

/** Where an event is held: 在 X 舉行 / 舉辦 / 召開, "take place in X", "held in X" (X a place of two to eight characters, or capitalised words). */
const VENUE = /(?:在|於|于)\s*([\u4e00-\u9fff]{2,8}?)\s*(?:舉行|举行|舉辦|举办|召開|召开)|\b(?:take place|takes place|took place|be held|is held|was held|will be held|be hosted|hosted|staged) in ((?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})/gu;

/** A question asking for the exact venue (a building, hall, address), which the city of an event does not answer. */
const ASKS_SPECIFIC_VENUE = /\b(?:which|what) (?:venue|building|address|hall|room|premises)\b|(?:邊|边|哪)(?:個|个|一個|一个)?(?:場地|场地|場館|场馆|會場|会场|大樓|大楼)|地址/iu;

function venueSpans(sentence: string): Span[] {
  return [...sentence.matchAll(VENUE)].map((match) => {
    const place = (match[1] ?? match[2])!;
    return { text: place, start: (match.index ?? 0) + match[0].indexOf(place) };
  });
}

/** A place written onto a subject the question names: 「白石角的香港科學園」 (X的 subject) or 「香港科學園位於白石角」 (subject 位於 X). */
function placeWrittenOnSubject(sentence: string, place: { at: number; written: string }, subjects: readonly NamedSubject[]): boolean {
  const after = foldForMatch(sentence.slice(place.at + place.written.length, place.at + place.written.length + PLACE_ATTACH_REACH)).replace(/\s+/g, '');
  const before = foldForMatch(sentence.slice(Math.max(0, place.at - PLACE_ATTACH_REACH), place.at)).replace(/\s+/g, '');
  return subjects.some((subject) =>
    subject.chinese.some((form) => {
      const folded = foldForMatch(form).replace(/\s+/g, '');
      return after.startsWith(`的${folded}`) || PLACE_ATTACHING_WORDS.some((word) => before.endsWith(`${folded}${word}`));
    }),
  );
}
const PLACE_ATTACH_REACH = 24;
const PLACE_ATTACHING_WORDS = ['位於', '位于', '設於', '设于', '坐落於', '坐落于', '在'];

/** Where one clause ends and the next begins. */
const CLAUSE_BREAK = /[，,；;。、]/u;

/** Names of the asked kind in a sentence's heading or lead-in, as spans at the sentence's start carrying their lead. */
function headingNameSpans(setting: string, answerType: AnswerType, names: NameContext): Span[] {
  return nameSpans(setting, answerType, names).map((span) => ({ text: '', start: 0, lead: span.lead }));
}

/**
 * A who-question that names the kind of body it asks for ("which university", 「邊間大學」, "which
 * department", "which company") and the name words of bodies of that kind, in both languages.
 */
const ASKED_BODY_KINDS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:which|what) (?:local |overseas |mainland )?universit(?:y|ies)\b|(?:邊|边|哪)(?:間|间|所|一所|一間|一间)?(?:大學|大学)/i, /大學|大学|學院|学院|universit|institute|college/i],
  [/\b(?:which|what) (?:government )?(?:department|bureau)\b|(?:邊|边|哪)(?:個|个)?(?:政府)?(?:部門|部门)/i, /署|處|处|局|辦公室|办公室|委員會|委员会|department|office|bureau|commission|council/i],
  [/\b(?:which|what) compan(?:y|ies)\b|(?:邊|边|哪)(?:間|间|家)(?:公司|企業|企业)/i, /公司|企業|企业|company|corporation|limited/i],
];

/** A question asking which body (office, department, unit, organisation): answered by a body's name, not a person or post it names. */
const ASKS_WHICH_BODY = /^(?:(?:and|so|then)\s+)?(?:which|what) (?:government )?(?:office|department|bureau|body|unit|agency|organi[sz]ation|commission|council)\b(?!\s*(?:head|holder|secretary|member|chief|director|chair\w*|official|staff|leader)s?\b)|(?:邊|边|哪)(?:個|个|一個|一个|間|间)?(?:辦公室|办公室|部門|部门|機構|机构|組織|组织|單位|单位)(?![^？?，,]{0,3}(?:主席|首長|首长|負責人|负责人|總裁|总裁|院長|院长|主管|領導|领导))/i;

/** A place written as next to or within another (旁邊的, 附近的, 內的 before it; "next to", "near" after it) is located by that other. */
const LOCATED_BY_BEFORE = /(?:旁邊|旁边|附近|鄰近|邻近|毗鄰|毗邻|對面|对面|以內|以内)的\s*$/u;
const LOCATED_BY_AFTER = /^\s*(?:next to|near|beside|adjacent to|opposite)\b/i;
const LOCATED_BY_REACH = 6;

const NEGATING_PREFIX = /(?:(?<!除)非|\bnon-?\s?)$/i;

/** A question about who holds an office (heads, chairs, leads; 主席, 首長, 負責人): answered by a person or a post. "Who runs X" is not one: a body runs a platform or a scheme. */
const ASKS_FOR_OFFICE_HOLDER = /\b(?:heads?|headed|chairs?|chaired|leads?|led|in charge|chairman|chairperson|chairwoman|director|chief|ceo|president|boss|bosses|leaders?)\b|老細|老细|老闆|老板|掌舵|主席|首長|首长|負責人|负责人|領導|领导|主管|院長|院长|總裁|总裁|話事|揸fit/i;
/**
 * "Who is the Secretary?", 「局長係邊個？」, 「現任工業專員(創新與科技)是誰？」: the question names the post (with its
 * bracketed field, if any) and asks who holds it, so only a person answers it (the post, or the bureau, restates the question).
 */
const ASKS_WHO_HOLDS_POST = /\bwho(?:'s| is| was| are)? (?:the )?(?:current |present |new )?(?:[\w&(),-]+ ){0,4}?(?:secretary|commissioner|chairman|chairperson|chairwoman|chief executive|ceo|president|director)\b|(?:局長|局长|主席|署長|署长|專員|专员|秘書長|秘书长|總裁|总裁|院長|院长|處長|处长|主任)\s*(?:[(（][^)）]{1,16}[)）])?\s*(?:係|是|系|為|为)?\s*(?:邊個|边个|邊位|边位|誰|谁)/i;
/** A question asking for a person's name. */
const ASKS_FOR_NAME = /\b(?:name of (?:the )?(?:person|head|chair|chairman|director|secretary|permanent secretary|commissioner)|what(?:'s| is) (?:his|her) name|whats the name of the (?:person|head|chair|secretary|permanent secretary))\b|叫咩名|叫甚麼名|叫什么名|姓名|名字/i;


/** The question without the documents it names ("in HKSTP's 2026-27 budget release"): the publisher named there is no subject asked. */
function withoutDocumentMentions(retrieval: RetrievalResult): string {
  const documents = new Map(retrieval.passages.map((passage) => [passage.document.id, passage.document]));
  return withoutMentions(retrieval.question, namedDocuments(retrieval.question, documents.values()));
}

/**
 * For yes/no questions. One that states a figure: "Yes" when the sentence holds every figure the
 * question states, "No" with the figure the documents give when it holds another of the same kind.
 * One without a figure: "No" when the sentence negates what the question does not ("not yet", 尚未),
 * else "Yes" (the answer is only given when the confidence model finds the sentence answers).
 */
function leadForYesNo(answerType: AnswerType, question: string, best: { sentence: string; support: number }, language: Language, documentYear?: number, alternativeName?: () => NamedAlternative | undefined): string | undefined {
  if (answerType !== 'yes-no') return undefined;
  const normalisedQuestion = question.normalize('NFKC');
  const asked = checkedFigures(normalisedQuestion);
  const yes = language === 'en' ? 'Yes' : inScript('是', language);
  // "Built in Shenzhen?" against 「在香港建設」, "Is the $10 billion going to Cyberport?" against a sentence that
  // gives it to another body: the place or body the documents name instead makes it a no (named-alternative.ts).
  const yesUnlessNamedOther = (): string => {
    const instead = alternativeName?.();
    if (!instead) return yes;
    const names = describeAlternative(instead, language);
    return language === 'en' ? `No: the documents name ${names}` : inScript(`不是，文件所載為${names}`, language);
  };
  // "In the global top 10?", 「排全球前十？」: the documents' rank in the scope asked, against the cut-off.
  const top = topRankVerdict(normalisedQuestion, best.sentence.normalize('NFKC'));
  if (top) return language === 'en' ? `${top.holds ? 'Yes' : 'No'}: the documents give ${top.band ? `the top ${top.value}${top.scope === undefined ? '' : ` ${RANK_SCOPES[top.scope]![1]}`}` : englishRank(top.value, top.scope)} (${top.written})` : inScript(`${top.holds ? '是' : '不是'}，文件所載為 ${top.written}`, language);
  // "Is Manufacturing+ 1:1 matching?" against 1（政府）：2（企業）: a ratio stated is checked as a ratio, not as two numbers.
  const ratioLead = (verdict: { holds: boolean; written: string }) => (language === 'en' ? `${verdict.holds ? 'Yes' : 'No'}: the ratio is ${verdict.written}` : inScript(`${verdict.holds ? '是' : '不是'}，比例為 ${verdict.written}`, language));
  const byStatedRatio = statedRatio(normalisedQuestion) ? ratioVerdict(normalisedQuestion, best.sentence) : undefined;
  if (byStatedRatio) return ratioLead(byStatedRatio);
  // "Does the government cover half?", 「政府係咪出三分之一？」 against 1（政府）：2（企業）: a party's share of the whole, from the ratio.
  const askedShare = asked.find((q) => q.kind === 'percent');
  const byShare = askedShare ? shareOfRatioVerdict(normalisedQuestion, best.sentence, askedShare.value) : undefined;
  if (byShare) return ratioLead(byShare);
  if (asked.length === 0) {
    // "Does the government put in more than the company?" against 1（政府）：2（企業）: the ratio decides.
    const byRatio = ratioVerdict(normalisedQuestion, best.sentence);
    if (byRatio) return ratioLead(byRatio);
    // "Does it fund only universities?" against 「資助本地大學、研發機構及企業」: the documents name others too.
    const others = othersBesideAskedOnly(normalisedQuestion, best.sentence.normalize('NFKC'));
    if (others) return language === 'en' ? `No: the documents name “${others}”` : inScript(`不是，文件所載為「${others}」`, language);
    // 「資助是否全部須與私人投資配對？」 against 「資助的其中一半為……配對」, "Does all of it go to …?" against "half of it": all was asked, a part is stated.
    const part = ASKS_ALL.test(normalisedQuestion) ? STATES_PART.exec(best.sentence.normalize('NFKC'))?.[0] : undefined;
    if (part) return language === 'en' ? `No: the documents say “${part}”` : inScript(`不是，文件所載為「${part}」`, language);
    const negated = NEGATION.test(best.sentence) && !NEGATION.test(normalisedQuestion);
    // "Has X been launched yet?" answered by "preparing to launch X": not yet.
    const notYet = ASKS_IF_DONE.test(normalisedQuestion) && PROSPECTIVE.test(best.sentence) && !statesDone(best.sentence);
    if (negated || notYet) return language === 'en' ? 'No' : inScript('不是', language);
    // "Will it open in 2026?" against "… in 2027", "a fourth cluster?" against "the third cluster": another year or ordinal is a no.
    const other = differingYear(normalisedQuestion, best.sentence, documentYear) ?? differingMonth(normalisedQuestion, best.sentence.normalize('NFKC')) ?? differingOrdinal(normalisedQuestion, best.sentence);
    if (other) return language === 'en' ? `No: the documents give ${other}` : inScript(`不是，文件所載為 ${other}`, language);
    // Whether the sentence answers at all is the confidence model's decision; given an answer, it affirms.
    return yesUnlessNamedOther();
  }
  const stated = extractQuantities(best.sentence.normalize('NFKC'));
  const tokens = new Set(stated.map(quantityToken));
  // Of the figures a question states, the one it compares ("the 40-odd firms … more than HK$40,000 million?") is checked.
  const target = asked.find((q) => boundOf(normalisedQuestion, q) !== undefined) ?? asked[0]!;
  // "Does it give up to $0.5 million?" asks whether the cap is that figure, not whether the figure is under it.
  const askedBound = boundOf(normalisedQuestion, target);
  const comparison = askedBound === 'at-most' && DESCRIBED_CAP.test(normalisedQuestion.slice(Math.max(0, target.start - 16), target.start)) ? undefined : askedBound;
  if (!comparison && asked.every((q) => tokens.has(quantityToken(q)))) {
    // "Has the $10 billion fund got its funding yet?" against "plans to seek funding mid-year": the figure names the thing; not yet.
    if (ASKS_IF_DONE.test(normalisedQuestion) && PROSPECTIVE.test(best.sentence) && !statesDone(best.sentence)) return language === 'en' ? 'No' : inScript('不是', language);
    // 「20公頃地係咪2025/26年度就開始交？」 against 「20公頃用地將於2026 / 27年起……」: the figure is right, the time another.
    const otherYear = differingFiscalYear(normalisedQuestion, best.sentence);
    if (otherYear) return language === 'en' ? `No: the documents give ${otherYear}` : inScript(`不是，文件所載為 ${otherYear}`, language);
    return yesUnlessNamedOther();
  }
  const isFigure = (q: Quantity) => !isLabelNumber(best.sentence.normalize('NFKC'), q);
  // "超過5億" asks about money without saying 元: a bare number compares with the sentence's sum. Of the
  // sentence's figures that could be compared, the one nearest the asked figure's size is the one the
  // question is about ("over 100億 of private investment?" against "35 firms … about 127億 private investment").
  // A sum in renminbi is compared with one in renminbi, a sum in Hong Kong dollars with one in Hong Kong dollars.
  const sameCurrency = (q: Quantity) => q.kind !== 'money' || target.kind !== 'money' || (q.currency ?? 'HKD') === (target.currency ?? 'HKD');
  const comparable = stated.filter((q) => isFigure(q) && sameCurrency(q) && (q.kind === target.kind || (isBareSum(target, normalisedQuestion) && q.kind === 'money')));
  // 「發咗超過五個虛擬資產交易平台牌照？」 against 「四個虛擬保險公司牌照、七個虛擬資產交易平台牌照」: the figure counting what the question's figure counts.
  const other = countingTheAskedThing(comparable, best.sentence.normalize('NFKC'), normalisedQuestion, target) ?? nearestInSize(comparable, target.value);
  if (!other) return undefined;
  const normalisedSentence = best.sentence.normalize('NFKC');
  const statedBound = boundOf(normalisedSentence, other);
  // The documents' figure keeps its own hedge: "over 90%", 最多2億元, "about HK$300 million".
  // A size keeps its unit: "10 hectares", 10公頃, not a bare 10.
  const unit = other.kind === 'money' ? undefined : MEASURE_UNIT.exec(normalisedSentence.slice(other.end))?.[0];
  // A count written in Chinese (1,622 萬) reads in English as its value, with the document's writing beside it.
  const count = language === 'en' && other.kind === 'number' && /[\u4e00-\u9fff]/.test(other.raw) ? `${other.value.toLocaleString('en-US')} (${other.raw.trim()})` : other.raw.trim();
  const written = other.kind === 'money' ? (language === 'en' ? formatMoneyEnglish(other.value, other.currency) : formatMoneyChinese(other.value, other.currency)) : `${count}${unit ? unit.replace(/^-/, ' ').replace(/^ ?hectare$/i, other.value === 1 ? ' hectare' : ' hectares') : ''}`;
  const hedged = withQualifier(written, qualifierOf(normalisedSentence, other.start, other.end), language === 'en', !/[\u4e00-\u9fff]/.test(normalisedSentence));
  const figure = language === 'en' ? hedged : inScript(hedged, language);
  // "Is it more than HK$5 billion?": the documents' figure compared with the asked one.
  const holds = comparison ? meetsBound(comparison, target.value, other.value, statedBound) : false;
  if (holds) return language === 'en' ? `Yes: the documents give ${figure}` : inScript(`是，文件所載為 ${figure}`, language);
  return language === 'en' ? `No: the documents give ${figure}` : inScript(`不是，文件所載為 ${figure}`, language);
}

/** The kinds of figure a yes/no question checks ("more than HK$5 billion?" a sum; "超過5億?" a number, which a sum may meet). */
function comparedFigureKinds(question: string): Quantity['kind'][] {
  const normalised = question.normalize('NFKC');
  return [...new Set(checkedFigures(question).flatMap((q): Quantity['kind'][] => (isBareSum(q, normalised) ? ['number', 'money'] : [q.kind])))];
}

/** The figures a yes/no question states (sums, counts, percentages; not labels). */
function checkedFigures(question: string): Quantity[] {
  const normalised = question.normalize('NFKC');
  return extractQuantities(normalised).filter((q) => (q.kind === 'money' || q.kind === 'number' || q.kind === 'percent' || q.kind === 'petaflops') && !isLabelNumber(normalised, q));
}

/** How many times larger or smaller than the checked figure the documents' figure may be and still measure the same thing. */
const CHECKED_MAGNITUDE_FACTOR = 1000;

function withinMagnitude(value: number, checked: number): boolean {
  if (value <= 0 || checked <= 0) return true;
  return Math.max(value, checked) / Math.min(value, checked) < CHECKED_MAGNITUDE_FACTOR;
}

/** The currencies of the sums a question states (HKD unless it names renminbi). */
function comparedCurrencies(question: string): Set<string> {
  return new Set(extractQuantities(question.normalize('NFKC')).filter((q) => q.kind === 'money').map((q) => q.currency ?? 'HKD'));
}

/** A number written without 元 or $ but large enough to be a sum ("超過5億", "over 2 million"); "10 posts" counts things. */
const BARE_SUM_FROM = 10_000;

function isBareSum(quantity: Quantity, text: string): boolean {
  return quantity.kind === 'number' && quantity.value >= BARE_SUM_FROM && !COUNTED_NOUN_AFTER.test(text.slice(quantity.end));
}

/** What follows a number that makes it a count of things: a Chinese classifier (10,000間), or an English noun ("10,000 companies"), not a scale or a sum's word. */
const COUNTED_NOUN_AFTER = /^\s*(?:多|餘|余)?\s*[個个間间家名位人項项宗座條条所支隊队筆笔]|^\s*(?:[a-z]+\s+)?(?!(?:millions|billions|thousands|dollars|euros|pounds|yuan|renminbi|rmb|hkd|times|units|is|was|this|plus|less|yes|annually|as|its|his|has|does)\b)(?:[a-z]{2,}s|people|staff|personnel|talent)\b/i;

/** How far after a figure the words naming what it counts are read. */
const COUNTED_NOUN_REACH = 12;

/**
 * Of a sentence's figures, the one followed by the words that follow the question's figure (what it counts: 「七個虛擬資產交易平台牌照」 for
 * 「五個虛擬資產交易平台牌照」), when one shares more of them than every other; undefined otherwise (then the nearest in size is taken).
 * Chinese is compared by two-character pieces, English by words of four letters or more.
 */
function countingTheAskedThing(figures: Quantity[], sentence: string, question: string, asked: Quantity): Quantity | undefined {
  const pieces = (text: string): Set<string> => {
    const folded = foldForMatch(text);
    const cjk = [...folded].map((_, at) => folded.slice(at, at + 2)).filter((piece) => piece.length === 2 && hasCjkChar(piece[0]!) && hasCjkChar(piece[1]!));
    return new Set([...cjk, ...(folded.match(/[a-z]{4,}/g) ?? [])]);
  };
  const askedNoun = pieces(question.slice(asked.end, asked.end + COUNTED_NOUN_REACH));
  if (askedNoun.size === 0) return undefined;
  const scored = figures.map((figure) => ({ figure, shared: [...pieces(sentence.slice(figure.end, figure.end + COUNTED_NOUN_REACH))].filter((piece) => askedNoun.has(piece)).length })).sort((a, b) => b.shared - a.shared);
  return scored[0] && scored[0].shared > 0 && (scored[1]?.shared ?? 0) < scored[0].shared ? scored[0].figure : undefined;
}

/** The figure whose order of magnitude is nearest the asked value's (the first of equals); undefined for none. */
function nearestInSize(figures: Quantity[], asked: number): Quantity | undefined {
  const distance = (q: Quantity) => (q.value > 0 && asked > 0 ? Math.abs(Math.log10(q.value) - Math.log10(asked)) : Number.POSITIVE_INFINITY);
  return figures.reduce<Quantity | undefined>((best, q) => (best === undefined || distance(q) < distance(best) ? q : best), undefined);
}

/** "only", 「只」「僅」「淨係」: a yes/no asking whether what it names is all there is ("not only" asks no such thing). */
const ASKS_ONLY = /(?<!\bnot\s)\bonly\b|\bsolely\b|\bexclusively\b|(?<!不)只(?:有|係|是|系|會|会)?|(?<!不)僅|(?<!不)仅|淨係|净系|單單|单单/iu;
/** Shortest item of a list read as one (shorter parts are a word's pieces). */
const MIN_LIST_ITEM = 2;

/**
 * For a yes/no asking whether only the thing it names is so: the list in the sentence's clause that
 * holds the named thing, when it names other items beside it (the clause as written); undefined when
 * the question asks no "only", no clause lists the named thing with others, or the named thing is not
 * found (an English question against a Chinese sentence is left to the confidence model).
 */
function othersBesideAskedOnly(question: string, sentence: string): string | undefined {
  const only = ASKS_ONLY.exec(question);
  if (!only) return undefined;
  const asked = foldForMatch(question.slice(only.index + only[0].length));
  const shares = (item: string) => {
    const folded = foldForMatch(item);
    if (hasCjkChar(folded)) return [...folded].some((_, at) => at + 2 <= folded.length && hasCjkChar(folded.slice(at, at + 2)) && asked.includes(folded.slice(at, at + 2)));
    return (folded.match(/[a-z]{4,}/g) ?? []).some((word) => asked.includes(word.slice(0, Math.max(4, word.length - 2))));
  };
  for (const clause of sentence.split(/[，。；;：:]/u)) {
    const items = outsideQuotedNames(clause, LIST_JOINER).map((item) => item.trim()).filter((item) => item.length >= MIN_LIST_ITEM);
    if (items.length < 2) continue;
    const named = items.filter(shares);
    if (named.length > 0 && named.length < items.length) return clause.trim();
  }
  return undefined;
}

/** A period written in Chinese: 為期三年, 五年期, 分五年, 18個月 (not a year of the calendar, 2025年, nor a plan's name, 十四五). */
const PERIOD_ZH = /(?:為期|为期|分)?\s*(?<![\d\-/–年月])(\d{1,2}|[一二兩两三四五六七八九十]{1,3})\s*(?:(?:個|个)\s*(月)|(年)(?![度份代初中底內内]))/gu;

/** The periods a Chinese text states (a month needs its 個: 3月 is March, 2025-26年 a budget year). */
function periodsZh(text: string): { value: number; unit: string; written: string }[] {
  return [...text.matchAll(PERIOD_ZH)]
    .map((match) => ({ value: /\d/u.test(match[1]!) ? Number(match[1]) : (parseChineseNumeral(match[1]!) ?? 0), unit: (match[2] ?? match[3])!, written: match[0].replace(/^(?:為期|为期|分)\s*/u, '').trim() }))
    .filter((period) => period.value > 0);
}

/** A yes/no asking whether a list holds a member: the member after 包括 / 包含 / 涵蓋 / "include", or before "one of" / "among". */
const MEMBER_AFTER_INCLUDE = /(?:包括|包含|涵蓋|涵盖|\binclude[sd]?|\bincluding)\s*(.{2,40}?)\s*(?:在內|在内)?\s*(?:嗎|吗|呢|㗎|嘛|呀)?\s*[?？]*\s*$/iu;
const MEMBER_BEFORE_ONE_OF = /^(?:is|are|was|were)\s+(.{2,40}?)\s+(?:one of|among)\b/i;
/** The word for the kind of member after its name: 範疇, 領域, 方面, 行業, "sector", "area", "field", "industry". */
const MEMBER_KIND_WORD = /\s*(?:範疇|范畴|領域|领域|方面|行業|行业|產業|产业|\bsectors?|\bareas?|\bfields?|\bindustr(?:y|ies))\s*$/iu;
/** Share of an asked English member's words (translations counted) a list must hold to hold it: more than half. A Chinese member is held as written. */
const MEMBER_HELD_COVERAGE = 0.5;
/** How many items a clause must list to be read as the whole list. */
const MIN_LISTED_MEMBERS = 3;

/**
 * For a yes/no asking whether a list holds a member (「有冇包括航天科技？」, "Is fintech one of the sectors …?"): the clause of
 * the sentence that lists three items or more, none of which holds the member asked (by `holds`, translations counted);
 * undefined when the question asks no membership, no clause lists, or the list holds the member.
 */
function listWithoutAskedMember(question: string, sentence: string, holds: (text: string, member: string) => boolean): string | undefined {
  // (「能源範疇」 asks for 能源: the word for the kind of member is no part of its name.)
  const member = (MEMBER_AFTER_INCLUDE.exec(question) ?? MEMBER_BEFORE_ONE_OF.exec(question))?.[1]?.replace(MEMBER_KIND_WORD, '').trim();
  if (!member) return undefined;
  // (A Chinese list stands within a comma's clause, its items joined by 、; an English list is joined by commas.)
  for (const clause of sentence.split(hasCjkChar(sentence) ? /[。；;：:,，]/u : /[。；;：:]/u)) {
    const items = outsideQuotedNames(clause, LIST_JOINER).map((item) => item.trim()).filter((item) => item.length >= MIN_LIST_ITEM);
    if (items.length < MIN_LISTED_MEMBERS) continue;
    return holds(clause, member) ? undefined : clause.trim();
  }
  return undefined;
}

/** The calendar year a passage's document is dated in (its "this year"). */
function documentYearOf(passage: { document: { date: string } }): number {
  return Number(passage.document.date.slice(0, 4));
}

/** A text split at a joiner, but not inside a quoted name (「製造及生產線『升』級支援計劃」 is one item). */
function outsideQuotedNames(text: string, joiner: RegExp): string[] {
  const parts: string[] = [];
  const match = new RegExp(joiner.source, 'uy');
  let depth = 0;
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if ('「『《“'.includes(char)) depth++;
    else if ('」』》”'.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      match.lastIndex = at;
      const found = match.exec(text);
      if (found && found[0].length > 0) {
        parts.push(text.slice(from, at));
        from = at + found[0].length;
        at = from - 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** A sentence part that ends in a semicolon: a clause the next part continues. */
const ENDS_WITH_SEMICOLON = /[；;]\s*$/;

/** A calendar year the sentence gives where the question names another one it does not give; undefined otherwise. */
function differingYear(question: string, sentence: string, documentYear?: number): string | undefined {
  const normalised = question.normalize('NFKC');
  const asked = extractQuantities(normalised).filter((q) => q.kind === 'year').map((q) => q.value);
  if (asked.length === 0) return differingFiscalYear(normalised, sentence);
  const stated = statedYears(sentence, documentYear);
  // "Was it running before 2024?" against 「於 2023 年 6 月起投入運作」: a year asked as a bound is met by any year within it.
  const bounds = yearBounds(question);
  if (bounds.length > 0) return yearBoundMet(bounds, stated) ? undefined : stated[0]?.written;
  if (stated.length === 0 || stated.some((q) => asked.includes(q.value))) return undefined;
  return stated[0]!.written;
}

/** A month of a year, as written: 2026年3月, "March 2026", "25 March 2026". */
const MONTH_OF_YEAR = new RegExp(String.raw`(\d{4})\s?年\s?(\d{1,2})\s?月|\b(${ENGLISH_MONTH_WORD})\.?\s+(\d{4})\b`, 'giu');

function monthsOfYear(text: string): { year: number; month: number; written: string }[] {
  return [...text.matchAll(MONTH_OF_YEAR)].map((match) => {
    if (match[1]) return { year: Number(match[1]), month: Number(match[2]), written: match[0].trim() };
    const month = ENGLISH_MONTHS.findIndex((name) => name.toLowerCase().startsWith(match[3]!.toLowerCase().slice(0, 3))) + 1;
    return { year: Number(match[4]), month, written: match[0].trim() };
  });
}

/**
 * 「新聞稿是否於2026年3月發出？」 against 「(香港, 2026年2月25日)」: a month of a year asked, and the sentence dates that year
 * with other months only; the sentence's date as written, else undefined.
 */
function differingMonth(question: string, sentence: string): string | undefined {
  const asked = monthsOfYear(question);
  if (asked.length === 0) return undefined;
  const stated = monthsOfYear(sentence).filter((date) => asked.some((one) => one.year === date.year));
  if (stated.length === 0 || stated.some((date) => asked.some((one) => one.year === date.year && one.month === date.month))) return undefined;
  return stated[0]!.written;
}

/** A press release's dateline, a place and the day in brackets at its opening: 「(香港, 2026年2月25日)」, "(Hong Kong, 25 February 2026)". */
const DATELINE_BEFORE = /^\s*[（(]\s*[^（()）,，]{1,20}[,，]\s*$/u;
const DATELINE_AFTER = /^\s*[)）]/u;
/** A question about a release or statement itself: when it was issued, put out, published. */
const ASKS_OF_RELEASE = /\b(?:press release|release[ds]?|statement|announcement|published|issued|put out|dated)\b|新聞稿|新闻稿|聲明|声明|公布|公佈|發佈|发布|發表|发表|發出|发出/i;
/** Words after a fiscal year that make it the name of a document ("the 2025-26 Budget", 2025-26年度預算案), not a time asked about. */
const NAMES_DOCUMENT_AFTER = /^\s*(?:年度)?\s*《?\s*(?:財政|财政)?(?:預算案|预算案|預算|预算|budget|estimates?|slides|controlling)/i;

/**
 * "Will it be handed over from 2025/26?" against 「將於2026 / 27年起陸續交由……」: a fiscal year asked (not one
 * naming a document) that the sentence states another of; the sentence's one as written, else undefined.
 */
function differingFiscalYear(question: string, sentence: string): string | undefined {
  const asked = extractQuantities(question).filter((q) => q.kind === 'fiscal-year' && !NAMES_DOCUMENT_AFTER.test(question.slice(q.end)));
  if (asked.length === 0) return undefined;
  const normalisedSentence = sentence.normalize('NFKC');
  // A fiscal year the sentence states as when something happens (「於2026 / 27年起」, "from 2026/27"), not one it compares with (較……年度).
  const stated = extractQuantities(normalisedSentence).filter(
    (q) => q.kind === 'fiscal-year' && (TIME_OF_EVENT_BEFORE.test(normalisedSentence.slice(Math.max(0, q.start - TIME_CUE_REACH), q.start)) || TIME_OF_EVENT_AFTER.test(normalisedSentence.slice(q.end))),
  );
  if (stated.length === 0 || stated.some((q) => asked.some((a) => a.value === q.value))) return undefined;
  return stated[0]!.raw.trim();
}
/** Words that make a fiscal year the time something happens: 於, 由, 自, "from", "starting" before it (within TIME_CUE_REACH characters); 起, 開始, "onwards" after it. */
const TIME_OF_EVENT_BEFORE = /(?:於|于|由|自|從|从|在|\bfrom|\bstarting|\bsince|\bin|\bby)\s*$/i;
const TIME_OF_EVENT_AFTER = /^\s*(?:年度|年)?\s*(?:起|開始|开始|onwards)/i;
const TIME_CUE_REACH = 10;

/** The years a sentence states, with "this year", 明年 read as the year the document was written in, or the next. */
function statedYears(sentence: string, documentYear?: number): Array<{ value: number; written: string }> {
  const stated = extractQuantities(sentence.normalize('NFKC'))
    .filter((q) => q.kind === 'year')
    .map((q) => ({ value: q.value, written: q.raw.trim() }));
  // 「將於2026 / 27年起陸續交由……」, "starting from 2026/27": a fiscal year given as when something happens starts in its first year.
  const normalised = sentence.normalize('NFKC');
  for (const q of extractQuantities(normalised)) {
    if (q.kind !== 'fiscal-year' || !(TIME_OF_EVENT_BEFORE.test(normalised.slice(Math.max(0, q.start - TIME_CUE_REACH), q.start)) || TIME_OF_EVENT_AFTER.test(normalised.slice(q.end)))) continue;
    stated.push({ value: Number(q.label!.slice(0, 4)), written: q.raw.trim() });
  }
  const relative = documentYear === undefined ? undefined : RELATIVE_YEAR.exec(sentence)?.[0];
  const resolved = relative ? resolveRelativeYear(relative, documentYear!) : undefined;
  if (resolved !== undefined) stated.push({ value: resolved, written: `${relative} (${resolved})` });
  return stated;
}

/** Whether a stated year lies within every bound the question sets ("before 2024"); false when it sets none. */
function yearBoundMet(bounds: readonly YearBound[], stated: ReadonlyArray<{ value: number }>): boolean {
  return bounds.length > 0 && stated.some((q) => bounds.every((bound) => withinYearBound(q.value, bound)));
}

const RELATIVE_YEAR = /this year|next year|last year|今年|明年|去年|年內|年内/i;

/** A year a yes/no question asks as a bound: "before 2024", "by the end of 2025", "since 2022", 2024年之前, 2020年以後. */
export interface YearBound {
  year: number;
  relation: 'before' | 'by' | 'after' | 'since';
}

/** Bound words before a year. ("From", "until", "up to" are not bounds: they say how long something runs, or open a range.) */
const BOUND_BEFORE_EN: ReadonlyArray<readonly [RegExp, YearBound['relation']]> = [
  [/\b(?:by|no later than|on or before|(?:before|by) the end of)\s+$/i, 'by'],
  [/\b(?:before|prior to|earlier than|ahead of)\s+(?:the\s+(?:start|beginning)\s+of\s+)?$/i, 'before'],
  [/\b(?:after|later than)\s+(?:the\s+end\s+of\s+)?$/i, 'after'],
  [/\b(?:since|on or after)\s+$/i, 'since'],
];
/**
 * Bound words after a year, in Chinese: 之前 / 以前, 或之前, 之後 / 以後, 或之後, 起. A bare 前 or 後 only
 * before a clause's end or its verb (「2024年前已運作」): 2024年前三季 is the first three quarters, 前海 and
 * 後海灣 are places.
 */
const BOUND_AFTER_ZH: ReadonlyArray<readonly [RegExp, YearBound['relation']]> = [
  [/^\s*年?(?:之前|以前|前(?=\s*(?:[，,？?。！!]|$|已|就|會|会|先|經已|经已|便)))/, 'before'],
  [/^\s*年?(?:或之前|或以前)/, 'by'],
  [/^\s*年?(?:之後|之后|以後|以后|[後后](?=\s*(?:[，,？?。！!]|$|已|就|會|会|先|才|便)))/, 'after'],
  [/^\s*年?(?:或之後|或之后|或以後|或以后|起)/, 'since'],
];
const BOUND_BEFORE_ZH: ReadonlyArray<readonly [RegExp, YearBound['relation']]> = [
  [/(?:喺|在|於|于)?(?:早過|早于|早於)\s*$/, 'before'],
  [/(?:自從|自从)\s*$/, 'since'],
];
/** A year that opens or closes a range ("from 2022 to 2023", 2023年到2025年) is no bound. */
const RANGE_AFTER = /^\s*年?\s*(?:to|till|until|and|through|[-–—~]|到|至|和|同)\s*(?:19|20)\d{2}/i;
const RANGE_BEFORE = /(?:19|20)\d{2}\s*年?\s*(?:to|till|until|and|through|[-–—~]|到|至|和|同)\s*$/i;

/** How far from a year its bound word is read ("before the end of 2024", 2024年或之前). */
const BOUND_WORD_REACH = 24;

export function yearBounds(question: string): YearBound[] {
  const text = question.normalize('NFKC');
  const bounds: YearBound[] = [];
  for (const q of extractQuantities(text)) {
    if (q.kind !== 'year') continue;
    const before = text.slice(Math.max(0, q.start - BOUND_WORD_REACH), q.start);
    const after = text.slice(q.end, q.end + BOUND_WORD_REACH);
    if (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before)) continue;
    const relation =
      BOUND_BEFORE_EN.find(([pattern]) => pattern.test(before))?.[1] ??
      BOUND_BEFORE_ZH.find(([pattern]) => pattern.test(before))?.[1] ??
      BOUND_AFTER_ZH.find(([pattern]) => pattern.test(after))?.[1];
    if (relation) bounds.push({ year: q.value, relation });
  }
  return bounds;
}

function withinYearBound(year: number, bound: YearBound): boolean {
  switch (bound.relation) {
    case 'before':
      return year < bound.year;
    case 'by':
      return year <= bound.year;
    case 'after':
      return year > bound.year;
    // "Has it been running since 2022?" claims it began by then.
    case 'since':
      return year <= bound.year;
  }
}

const ORDINALS: Array<[number, RegExp]> = [
  [1, /\bfirst\b|第一|首(?=[階阶期批座個个])|\b(?:phase|stage|batch) (?:1|one)\b/i],
  [2, /\bsecond\b|第二|\b(?:phase|stage|batch) (?:2|two)\b/i],
  [3, /\bthird\b|第三/i],
  [4, /\bfourth\b|第四/i],
  [5, /\bfifth\b|第五/i],
  [6, /\bsixth\b|第六/i],
  [7, /\bseventh\b|第七/i],
  [8, /\beighth\b|第八/i],
  [9, /\bninth\b|第九/i],
  [10, /\btenth\b|第十(?![一二三四五六七八九])/i],
];

/** An ordinal the sentence gives ("the third cluster") where the question asks about another ("a fourth one"); undefined otherwise. */
function differingOrdinal(question: string, sentence: string): string | undefined {
  const ordinalsIn = (text: string) => ORDINALS.filter(([, pattern]) => pattern.test(text));
  const asked = ordinalsIn(question).map(([n]) => n);
  if (asked.length !== 1) return undefined;
  const stated = ordinalsIn(sentence);
  if (stated.length === 0 || stated.some(([n]) => asked.includes(n))) return undefined;
  return stated[0]![1].exec(sentence)![0];
}

/** The question asks about one member of a series by its ordinal ("the third cluster", 第三期) and the text names no ordinal at all. */
function ordinalUnmet(question: string, text: string): boolean {
  const asked = ORDINALS.filter(([, pattern]) => pattern.test(question));
  return asked.length === 1 && SERIES_ORDINAL.test(question) && !ORDINALS.some(([, pattern]) => pattern.test(text));
}

/**
 * An ordinal that picks a member of a series: before the series' noun ("the third InnoHK research cluster",
 * "phase 2", 第三期, 第二批, 第三個平台), not "the first-ever institute", "third-party" or 第三方.
 */
const SERIES_ORDINAL =
  /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w@&+-]+\s+){0,3}?(?:phases?|stages?|batch(?:es)?|clusters?|rounds?|tranches?|buildings?|towers?|blocks?|platforms?|centres?|centers?|parks?)\b|\b(?:phase|stage|batch|round|tranche) (?:[2-9]|two|three|four|five)\b|第[二三四五六七八九十](?:期|批|座|輪|轮|個|个|階段|阶段|間|间)/i;

/** A cap described rather than tested ("up to $0.5 million?", 最多50萬?): the question asks whether that is the figure. */
const DESCRIBED_CAP = /(?:up to|as much as|a maximum of|最多|最高|上限為?|上限为?)\s*(?:(?:the|a|an)\s+)?(?:hk\$|\$|us\$|rmb)?\s*$/i;

/**
 * Whether the documents' figure meets the bound a yes/no question asks about. Equal figures meet
 * "at least"/"at most", and "more than"/"less than" when the documents bound their own figure the
 * same way ("超過 90%" answers "more than 90%?").
 */
function meetsBound(asked: Bound, askedValue: number, stated: number, statedBound: Bound | undefined): boolean {
  if (asked === 'more') return stated > askedValue || (stated === askedValue && statedBound === 'more');
  if (asked === 'less') return stated < askedValue || (stated === askedValue && statedBound === 'less');
  if (asked === 'at-least') return stated >= askedValue;
  return stated <= askedValue;
}

/** A time a Chinese yes/no checks: 今年, 明年, 年內, 年底, 2026年, 3月. */
const CHECKS_A_TIME_ZH = /今年|明年|去年|後年|后年|年內|年内|年底|年中|年初|\d{4}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]+月/u;
/** A Chinese yes/no that compares with another thing: 咁多, 一樣, 多過, 超過, 比. */
const COMPARES_WITH_ZH = /咁(?:多|大|高|長|长|耐|快)|這麼多|这么多|一樣|一样|相同|多過|多过|多於|多于|大過|大过|高過|高过|超過|超过|比/u;
/** A question about all of something: 全部, 所有, 每一, "every", "all", "entire". */
const ASKS_ALL = /全部|所有|每一|\bevery\b|\ball\b|\bentire(?:ly)?\b/i;
/** A sentence stating a part of a whole: 其中一半, 其中部分, 一半, "half of", "part of", "some of". */
const STATES_PART = /其中(?:一半|一部分|部分)|一半|\b(?:half|part|some) of\b/i;
/** An English yes/no that checks a time: a year, a month, this or next year, by the end, yet, soon, still. */
const CHECKS_A_TIME_EN = /\b(?:19|20)\d{2}\b|\b(?:this|next|last) year\b|\bby (?:the )?end\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:soon|yet|already|now|still|anymore)\b/i;
/** An English yes/no that compares with another thing: more, less, bigger, the same, than, over, under. */
const COMPARES_WITH_EN = /\b(?:more|less|fewer|bigger|larger|smaller|higher|lower|greater|same|than|exceeds?|over|under|above|below)\b|\bas (?:much|many|big|large|high)\b/i;
/** A question asking whether something has already happened: 已經…了嗎, 推出咗未, "has it been launched yet". */
const ASKS_IF_DONE = /已經|已经|了嗎|了吗|咗未|咗嗎|咗吗|了沒|了没|\byet\b|\balready\b|^(?:has|have|had)\b/i;
/** A sentence that puts the thing in the future: being prepared, planned, expected, proposed, or 將 before a verb of setting up (建議向立法會申請, 將成立, "proposes to inject"). */
const PROSPECTIVE = /籌備|筹备|將會|将会|(?:將|将)(?=成立|設立|设立|推出|興建|兴建|建設|建设|開設|开设|設置|设置|舉辦|举办|落成|啟用|启用|投入|開展|开展|展開|展开)|預計|预计|計劃於|计划于|擬|拟|建議|建议|\bpreparing\b|\bpreparations?\b|\bwill\b|\bplans? to\b|\bexpected to\b|\bpropos(?:es|ed|al)\b|\bto seek\b/i;
/** … unless it also says it is done. */
const DONE = /已(?!於|于)|完成|\b(?:launched|completed|established|set up|opened|commenced)\b/gi;
/** Clause breaks: a word of being done after a prospective one in its clause (「預計可在年中完成」, "will be completed") is still to come. */
const DONE_CLAUSE_BREAK = /[，,；;。:：]/;

/** Whether a sentence says the thing is done: a word of completion not put in the future by a prospective word before it in its clause. */
export function statesDone(sentence: string): boolean {
  return [...sentence.matchAll(DONE)].some((match) => {
    const clause = sentence.slice(0, match.index ?? 0).split(DONE_CLAUSE_BREAK).at(-1) ?? '';
    return !PROSPECTIVE.test(clause);
  });
}

/** Negation in English and Chinese (Traditional, Simplified, Cantonese): a sentence that says something is not (yet) so. */
const NEGATION = /\b(?:not|no longer|never|yet to)\b|尚未|未有|未能|並未|并未|沒有|没有|不會|不会|不再|唔會|唔会|未曾|冇/i;

/** "this year" in a document of 2025 is 2025: the year a relative date means, or undefined. */
export function resolveRelativeYear(text: string, documentYear: number): number | undefined {
  if (/\d{4}/.test(text)) return undefined; // "2024 年底" names its year
  return relativeYearIn(text, documentYear);
}

/** The calendar year a relative phrase of a text names ("this year", 明年, 年內), from the document's own year. */
function relativeYearIn(text: string, documentYear: number): number | undefined {
  if (/明年|next year/i.test(text)) return documentYear + 1;
  if (/去年|last year/i.test(text)) return documentYear - 1;
  if (/今年|年內|年内|年底|年中|this year/i.test(text)) return documentYear;
  return undefined;
}

/** The lead of an answer: the span, with money in both notations for a reader of the other language. */
export function formatLead(span: Span, language: Language, sourceLanguage: 'en' | 'zh-Hant', documentDate: string, sentence = ''): string {
  const quantity = span.quantity;
  const relative = resolveRelativeYear(span.text, Number(documentDate.slice(0, 4)));
  if (relative !== undefined) return `${inScript(span.text, language)} (${relative})`;
  // "近4,700", "over 3.2 million": the hedge the document states the figure with stays with it.
  const normalised = sentence.normalize('NFKC');
  const qualifier = quantity ? qualifierOf(normalised, quantity.start, quantity.end) : undefined;
  const hedge = (figure: string) => withQualifier(figure, qualifier, language === 'en', sourceLanguage === 'en');
  if (quantity?.kind === 'money') {
    const english = formatMoneyEnglish(quantity.value, quantity.currency);
    const chinese = inScript(formatMoneyChinese(quantity.value, quantity.currency), language);
    return language === 'en' ? `${hedge(english)} (${chinese})` : `${hedge(chinese)}（${english}）`;
  }
  // A count keeps the unit or classifier written after it: "20 公頃", "1,100 間", "20 hectares".
  const after = quantity ? normalised.slice(quantity.end) : '';
  const unit = quantity?.kind === 'number' ? (/^\s?(?:公頃|公顷|平方米|[個个間间家項项所名宗座條条枚支隊队人筆笔])/.exec(after)?.[0] ?? /^[\s-](?:hectares?|square metres|per cent)\b/i.exec(after)?.[0]?.replace(/^-(\w+?)s?$/, ' $1s') ?? '') : '';
  if (language === 'en' && sourceLanguage === 'zh-Hant' && quantity) {
    // A measure keeps its unit across languages (20公頃 → 20 hectares); a classifier has no English word of its own.
    const measure = /^\s?(?:公頃|公顷)/.test(after) ? ' hectares' : /^\s?平方米/.test(after) ? ' square metres' : '';
    const figure = quantity.kind === 'percent' ? `${quantity.value}%` : `${quantity.value.toLocaleString('en-US')}${measure}`;
    return hedge(figure);
  }
  if (quantity?.kind === 'number') return inScript(hedge(`${span.text}${unit}`), language);
  // A Chinese date read in English: 2024 年 7 月 → "July 2024 (2024 年 7 月)".
  const english = language === 'en' && !quantity ? (englishDate(span.text) ?? englishDuration(span.text)) : undefined;
  if (english) return `${english} (${span.text})`;
  return inScript(quantity ? hedge(span.text) : span.text, language);
}

/** A date written in Chinese (2024年7月, 二零二四年七月二十五日) in English ("July 2024", "25 July 2024"), or undefined. */
export function englishDate(text: string): string | undefined {
  const date = readChineseDate(text.trim(), true);
  if (!date?.month) return undefined;
  return `${date.day ? `${date.day} ` : ''}${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
}

/** A period written in Chinese (五至十年, 三個月, 兩個學年, 18 個月) in English ("5 to 10 years", "3 months"), or undefined. */
export function englishDuration(text: string): string | undefined {
  const period = CHINESE_PERIOD.exec(text.normalize('NFKC').trim());
  if (!period) return undefined;
  const read = (written: string) => (/^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written));
  const from = read(period[1]!);
  const to = period[2] === undefined ? undefined : read(period[2]);
  const unit = PERIOD_UNITS_EN[period[3]!];
  if (from === undefined || unit === undefined || (period[2] !== undefined && to === undefined)) return undefined;
  const plural = (to ?? from) === 1 ? unit : `${unit}s`;
  return to === undefined ? `${from} ${plural}` : `${from} to ${to} ${plural}`;
}

/** 「五至十年」「三個月」「18 個月」: a number or a range, an optional classifier, a unit of time. */
const CHINESE_PERIOD = /^(\d{1,3}|[一二兩两三四五六七八九十]{1,3})(?:\s?(?:至|到|-|–)\s?(\d{1,3}|[一二兩两三四五六七八九十]{1,3}))?\s?(?:個|个)?\s?(學年|学年|年|月|星期|週|周|天|日|小時|小时)$/u;
const PERIOD_UNITS_EN: Record<string, string> = { 學年: 'academic year', 学年: 'academic year', 年: 'year', 月: 'month', 星期: 'week', 週: 'week', 周: 'week', 天: 'day', 日: 'day', 小時: 'hour', 小时: 'hour' };

const MESSAGES = {
  en: {
    abstain: 'The documents do not answer this question. The closest passages are listed as related reading, not as an answer.',
    abstainYear: (years: string) => `None of the documents speaks for the ${years} budget year, so they do not answer this question. The closest passages are listed as related reading.`,
    source: (title: string, date: string, year: string) => `${title} (${date}, budget year ${year})`,
    chineseOnly: 'The documents state this in Chinese only',
    from: 'From',
    also: 'Also',
  },
  'zh-Hant': {
    abstain: '文件沒有回答這個問題。以下是最相關的段落，僅供參考，並非答案。',
    abstainYear: (years: string) => `文件沒有涵蓋 ${years} 年度的預算，因此無法回答這個問題。以下是最相關的段落，僅供參考。`,
    source: (title: string, date: string, year: string) => `《${title}》（${date}，${year} 年度）`,
    chineseOnly: '',
    from: '根據',
    also: '另外，',
  },
} as const;

export function messagesFor(language: Language) {
  return language === 'en' ? MESSAGES.en : MESSAGES['zh-Hant'];
}

/** "Not in the documents", in the asker's language. */
export function composeAbstention(language: Language): string {
  return inScript(messagesFor(language).abstain, language);
}

/** Quotes a sentence; quotation marks inside it become the nested kind (『』, ‘’). */
/**
 * An answer found by lookup (a short form, a former name, a press contact): its lead, then the
 * sentence it rests on, quoted with its source and cited — "From …:" for an English sentence, "The
 * documents state this in Chinese only — …:" for a Chinese one asked in English.
 */
export function citedLookupAnswer(lead: { en: string; zh: string }, sentence: string, chunk: Chunk, document: DocumentEntry, language: Language): { answer: string; citations: Citation[] } {
  const citation = toCitation({ chunk, document, score: 1, coverage: 1 }, 1, language);
  const messages = messagesFor(language);
  const source = messages.source(titleFor(document, language), document.date, document.budgetYear);
  if (language === 'en') {
    const intro = /[\u3400-\u9fff]/.test(sentence) ? `${messages.chineseOnly} — ${source}` : `${messages.from} ${source}`;
    return { answer: `${lead.en} [1]. ${intro}: ${quote(sentence, language)} [1]`, citations: [citation] };
  }
  return { answer: inScript(`${lead.zh} [1]。${messages.from}${source}：${quote(sentence, language)} [1]`, language), citations: [citation] };
}

export function quote(text: string, language: Language): string {
  return language === 'en'
    ? `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`
    : `「${text.replace(/「/g, '『').replace(/」/g, '』')}」`;
}

/**
 * The next-best answer that says something else: a passage of the same wording in other figures
 * (another year's edition of the paragraph, see RetrievedPassage.wording) restates the leader, so it
 * does not make the evidence ambiguous.
 */
function runnerUp<C extends { passage: { wording?: number } }>(ordered: readonly C[], primary: C): C | undefined {
  return ordered.find((candidate) => candidate !== primary && (candidate.passage.wording === undefined || candidate.passage.wording !== primary.passage.wording));
}

/**
 * Editions of one paragraph (passages of one wording in other figures, see RetrievedPassage.wording:
 * each year's budget restating a measure with that year's sums) ordered among themselves by what
 * tells them apart for the question, not by the small score differences their figures make (a longer
 * figure, "$1.01 billion" against "$1 billion", lengthens the sentence): the edition of a year the
 * question asks, then one whose sentence holds an answer of the kind asked, then the latest document
 * (a question that names no year asks how things stand now), then score. The places the editions held
 * in the order are kept; only which edition takes which changes. Editions within one document (a
 * table's repeated rows) keep their order.
 */
export function newestEditionFirst<C extends { passage: { wording?: number; chunk: { docId: string }; document: { date: string } }; best?: { features: { yearMatch: number; hasAnswerSpan: number } }; total: number }>(ordered: C[]): C[] {
  const places = new Map<number, number[]>();
  ordered.forEach((candidate, place) => {
    const { wording } = candidate.passage;
    if (wording === undefined) return;
    const held = places.get(wording);
    if (held) held.push(place);
    else places.set(wording, [place]);
  });
  for (const held of places.values()) {
    if (held.length < 2) continue;
    const editions = held.map((place) => ordered[place]!);
    if (new Set(editions.map((candidate) => candidate.passage.chunk.docId)).size < 2) continue;
    editions.sort(
      (a, b) =>
        (b.best?.features.yearMatch ?? 0) - (a.best?.features.yearMatch ?? 0) ||
        (b.best?.features.hasAnswerSpan ?? 0) - (a.best?.features.hasAnswerSpan ?? 0) ||
        (a.passage.document.date === b.passage.document.date ? 0 : a.passage.document.date < b.passage.document.date ? 1 : -1) ||
        b.total - a.total,
    );
    held.forEach((place, index) => (ordered[place] = editions[index]!));
  }
  return ordered;
}

/**
 * Composes the answer from retrieved passages. Pure: the same retrieval gives the same answer.
 */
export function composeAnswer(retrieval: RetrievalResult, searchText: SearchText, corpusBudgetYears: string[], options: AnswerOptions = DEFAULT_ANSWER_OPTIONS): ComposedAnswer {
  const { intent, passages } = retrieval;
  const language = intent.language;
  const messages = messagesFor(language);
  const related = passages.slice(0, 3).map((passage, index) => toCitation(passage, index + 1, language));
  const top = passages[0];

  const unknownYears = intent.fiscalYears.filter(
    (year) => !corpusBudgetYears.includes(year) && !passages.some((passage) => passage.chunk.texts.some((text) => extractQuantities(text.text.normalize('NFKC')).some((q) => q.label === year))),
  );
  if (unknownYears.length > 0) {
    return { answer: inScript(messages.abstainYear(unknownYears.join(', ')), language), abstained: true, citations: [], related, confidence: 0, reason: 'YEAR_NOT_COVERED' };
  }
  const abstain = (reason: AbstentionReason, confidence = 0, features?: ConfidenceFeatures): ComposedAnswer => ({ answer: composeAbstention(language), abstained: true, citations: [], related, confidence, reason, features });
  if (!top || top.coverage === 0) return abstain('NO_PASSAGE');
  // A question about something else: most of its words are in no passage, and the best passage holds
  // little of the rest ("What is the capital of France?", 「機場第三跑道幾時開？」).
  if (retrieval.unseenTermShare >= OFF_TOPIC_UNSEEN_SHARE && top.coverage <= OFF_TOPIC_MAX_COVERAGE) return abstain('NO_PASSAGE');

  // "Is HK's R&D spending higher than Singapore's?": a yes/no about something the documents never
  // name (in any language) can be neither confirmed nor denied from them.
  if (intent.answerType === 'yes-no' && retrieval.unseenNames?.length) return abstain('NO_PASSAGE');
  const gathered = gatherCandidates(retrieval, searchText, options.comparisonSide);
  const { questionTerms } = gathered;
  // Each of the leading passages offers its best sentence; the one that best answers leads.
  // "How many buildings are being built?", 「有幾多座興建緊？」: a count the documents give of things under construction ("the construction of
  // another five buildings", 「五座大樓的建設全速進行」) answers before one of things being completed (「首三座大樓正陸續落成」), in a passage and across them.
  const constructionAsked = intent.answerType === 'count' && ASKS_UNDER_CONSTRUCTION.test(retrieval.question.normalize('NFKC'));
  // … and "what does X focus on?", 「X係專注咩嘅？」: a sentence that says what something focuses on (專注醫療科技的「X」) before one
  // that only names X ("a centre was set up under X").
  const focusAsked = ASKS_FOCUS.test(retrieval.question.normalize('NFKC'));
  const preferredSentence = (candidate: Pick<CandidateSentence, 'span' | 'withContext' | 'sentence'> | undefined) =>
    (constructionAsked && candidate?.span && statesConstruction(candidate.withContext.normalize('NFKC'))) || (focusAsked && candidate && STATES_FOCUS.test(candidate.sentence)) ? 1 : 0;
  const candidates: Candidate[] = gathered.passages.map(({ passage, sourceLanguage, sentences }) => {
    let best: Candidate['best'];
    for (const candidate of sentences) {
      const score = candidateScore(candidate.features, options.candidates);
      const preferred = preferredSentence(candidate) - preferredSentence(best);
      if (!best || preferred > 0 || (preferred === 0 && score > best.score)) best = { ...candidate, support: sentenceCoverage(candidate.withContext, questionTerms, searchText, 1), score };
    }
    return { passage, sourceLanguage, best, total: best?.score ?? 0 };
  });
  // "How many start-ups …?" against "the two parks … for start-ups": an English count whose own words name other things (no
  // translation to miss) gives way to a count of what is asked, whatever their scores.
  const englishCountOfOtherThings = (candidate: Candidate) => (candidate.best?.span && candidate.best.countedCoverage === 0 && !/[\u3400-\u9fff]/.test(candidate.best.sentence) ? 1 : 0);
  const anyCountsAsked = language === 'en' && candidates.some((candidate) => candidate.best?.span && (candidate.best.countedCoverage ?? 0) > 0);
  const ordered = newestEditionFirst(candidates.filter((candidate) => candidate.best).sort((a, b) => preferredSentence(b.best) - preferredSentence(a.best) || (anyCountsAsked ? englishCountOfOtherThings(a) - englishCountOfOtherThings(b) : 0) || b.total - a.total));
  // "What is the aim of Programme (2)?": a report written programme by programme answers from that
  // programme's part, not from another's that shares its words (局長辦公室's aim names the bureau).
  // … named by number, or by its name (every word of the name its heading gives, in either language: "the Innovation, Technology and Industry programme" is 綱領(2) 創新科技及工業).
  const sectionProgrammes = (candidate: Candidate) => programmeNumbers([...candidate.passage.chunk.section.zh, ...candidate.passage.chunk.section.en].join(' '));
  const askedProgrammes = programmeNumbers(retrieval.question);
  if (askedProgrammes.length === 0 && PROGRAMME_WORD.test(retrieval.question)) {
    const asked = new Set(retrieval.queryTerms.map(({ term }) => term));
    for (const candidate of ordered) {
      for (const heading of [...candidate.passage.chunk.section.zh, ...candidate.passage.chunk.section.en]) {
        const named = PROGRAMME_HEADING.exec(heading);
        if (!named) continue;
        const nameTerms = searchText.analyzer.analyze(named[2]!).filter(({ term }) => !term.startsWith(BIGRAM_PREFIX));
        if (nameTerms.length > 0 && nameTerms.every(({ term }) => asked.has(term)) && !askedProgrammes.includes(named[1]!)) askedProgrammes.push(named[1]!);
      }
    }
  }
  if (askedProgrammes.length > 0) {
    const ofAsked = (candidate: Candidate) => sectionProgrammes(candidate).some((number) => askedProgrammes.includes(number));
    // (Within the reports that have it: another head's report numbers its programmes its own way.)
    const reports = new Set(ordered.filter(ofAsked).map((candidate) => candidate.passage.chunk.docId));
    if (reports.size > 0) {
      const ofAnother = ordered.filter((candidate) => reports.has(candidate.passage.chunk.docId) && !ofAsked(candidate) && sectionProgrammes(candidate).length > 0);
      for (const candidate of ofAnother) ordered.splice(ordered.indexOf(candidate), 1);
    }
  }
  // A figure or date asked: a sentence without one cannot answer it ("Commenced operation of the
  // first-phase facility" for "when did it open?"). Another passage's sentence that holds one, scored
  // nearly as high, leads instead (「首階段設施於 2024 年 12 月啓用」); the confidence then judges it.
  const leaderWithoutSpan = TYPED_ANSWERS.has(intent.answerType) && ordered[0] && !ordered[0].best!.span ? ordered[0] : undefined;
  // It must hold at least TYPED_SPAN_FALLBACK_COVERAGE of the question: a date in a passage on another matter is no answer.
  // (A side of a comparison is asked as a fragment, which holds less; both sides must then answer with figures of one kind.)
  const spannedNearLeader = leaderWithoutSpan && ordered.find((candidate) => candidate.best!.span && candidate.total >= leaderWithoutSpan.total - TYPED_SPAN_FALLBACK_MARGIN && (options.comparisonSide || candidate.best!.features.sentenceCoverage >= TYPED_SPAN_FALLBACK_COVERAGE));
  if (spannedNearLeader) ordered.unshift(...ordered.splice(ordered.indexOf(spannedNearLeader), 1));
  const primary = ordered[0];
  if (!primary) return abstain('NO_PASSAGE');
  // The lead a name or a yes/no gives when no span does: "Pak Shek Kok", "Yes", "No: the documents give …".
  const primaryBest = primary.best!;
  // The lead that affirms a yes/no in the asker's language.
  const affirmative = language === 'en' ? 'Yes' : inScript('是', language);
  const leadOfSentence = primaryBest.span && intent.answerType !== 'yes-no' ? undefined : leadForYesNo(intent.answerType, retrieval.question, primaryBest, language, documentYearOf(primary.passage), () => namedAlternative(withoutDocumentMentions(retrieval), primaryBest.sentence, primaryBest.context, searchText.lexicon));
  // 「七大領域有冇包括航天科技？」, "Is fintech one of the sectors it covers?" against a sentence that lists the members without it: no.
  const listedWithout = intent.answerType === 'yes-no' && leadOfSentence === affirmative ? listWithoutAskedMember(retrieval.question.normalize('NFKC'), primaryBest.sentence.normalize('NFKC'), (text, item) => hasCjkChar(item) ? foldForMatch(text).includes(foldForMatch(item)) : sentenceCoverage(text, searchText.analyzer.analyze(item, { question: true }).filter(({ term }) => !term.startsWith(BIGRAM_PREFIX)), searchText, 1) > MEMBER_HELD_COVERAGE) : undefined;
  // 「人工智能資助計劃是一個五年期的計劃嗎？」 against 「為期三年的……計劃」: a period a Chinese yes/no checks, against the one the sentence gives.
  const askedPeriod = intent.answerType === 'yes-no' && language !== 'en' && leadOfSentence === affirmative ? periodsZh(retrieval.question.normalize('NFKC'))[0] : undefined;
  const statedPeriods = askedPeriod ? periodsZh(primaryBest.withContext.normalize('NFKC')) : [];
  const otherPeriod = askedPeriod && statedPeriods.length > 0 && !statedPeriods.some((period) => period.value === askedPeriod.value && period.unit === askedPeriod.unit) ? statedPeriods[0] : undefined;
  const namedLead = listedWithout
    ? language === 'en'
      ? `No: the documents list “${listedWithout}”`
      : inScript(`不是，文件所列為「${listedWithout}」`, language)
    : otherPeriod
      ? inScript(`不是，文件所載為${otherPeriod.written}`, language)
      : leadOfSentence;
  const typed = TYPED_ANSWERS.has(intent.answerType) || NAMED_ANSWERS.has(intent.answerType);
  const answered = primaryBest.span !== undefined;
  const normalisedQuestion = retrieval.question.normalize('NFKC');
  const features: ConfidenceFeatures = {
    passageCoverage: top.coverage,
    sentenceSupport: primary.best!.support,
    rareTermsCovered: rareTermsCovered(primaryBest.withContext, questionTerms, searchText),
    rarestTermCovered: rareTermsCovered(primaryBest.withContext, questionTerms, searchText, 1) >= 1 ? 1 : 0,
    missingWordRarity: missingWordRarity(primaryBest.withContext, questionTerms, searchText),
    unseenTermShare: retrieval.unseenTermShare,
    spanFit: typed && primaryBest.span ? primaryBest.windowCoverage : typed && answered ? primaryBest.support : 0,
    typedWithoutSpan: typed && !answered ? 1 : 0,
    untypedQuestion: typed ? 0 : 1,
    // Never below 0: a count of what is asked may lead one scored higher (see ordered).
    margin: Math.max(0, Math.min(1, primary.total - (runnerUp(ordered, primary)?.total ?? 0))),
    // "Was it set up in 2011?" against 「於 2001 年成立」: the year is the fact a yes/no checks, not a year the answer must be of.
    askedYearUnmet: primaryBest.features.yearMatch < 0 && !(intent.answerType === 'yes-no' && (differingYear(normalisedQuestion, primaryBest.sentence, documentYearOf(primary.passage)) || yearBoundMet(yearBounds(normalisedQuestion), statedYears(primaryBest.sentence, documentYearOf(primary.passage))))) ? 1 : 0,
    subjectsUnnamed: gathered.namesSubjects ? 1 - primaryBest.features.namesSubjects : 0,
    countedThingUnnamed: primaryBest.span && primaryBest.countedCoverage !== undefined ? 1 - primaryBest.countedCoverage : 0,
  };
  // "How many more hotspots than a year ago?", 「比上一年增加了多少？」: by how much something changed is
  // answered by a sentence that states a change (增加, 較…多, "up by", +6.1%); a level alone is no change,
  // and the figure for the other side is not given. (A comparison's sides ask levels; two documents' or
  // years' figures are compared by the comparison path before this.)
  if (!options.comparisonSide && asksHowMuchMore(normalisedQuestion) && !STATES_CHANGE.test(primaryBest.withContext.normalize('NFKC'))) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // 「2024年比2022年增加了多少？」 against 「較 2023 年增加 10 %」: a change measured from another year is another change.
  if (!options.comparisonSide && (asksHowMuchMore(normalisedQuestion) || intent.answerType === 'percent' || CHANGE_WORDS.test(normalisedQuestion)) && changeFromAnotherYear(normalisedQuestion, primaryBest.sentence.normalize('NFKC'))) {
    return abstain('NO_ANSWER_OF_TYPE', 0, features);
  }
  // "Which universities got the five projects?", 「董事局有邊啲人」: bodies or people listed are answered only by a sentence that
  // names one beyond those the question names (a body or person of the glossary), or describes them by a word for one.
  if (intent.answerType === 'list' && ASKS_BODIES_OR_PEOPLE.test(normalisedQuestion) && !namesBodyOrPerson(primaryBest.sentence, normalisedQuestion, searchText)) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "Which 12 unicorns has it supported?", 「14個科技範疇分別是哪些？」: the members of a counted set are answered only by a sentence
  // that lists them; one that gives the count alone (「共支援 12 間獨角獸企業」) counts the set, it does not name it.
  // ("Which 12 unicorns …?" may be read as asking a name: a which-question with a count asks the members all the same.)
  if ((intent.answerType === 'list' || (WHICH_NAMED.has(intent.answerType) && ASKS_WHICH.test(normalisedQuestion))) && countsWithoutListing(normalisedQuestion, primaryBest.sentence.normalize('NFKC'))) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "Which firm got the largest investment?", 「投資金額最大的是哪一間？」: one picked out by a superlative is answered only by a sentence
  // (with its context) that states one (最大, 最多, 首, 第一, largest, most, top, leading); a body named beside a figure is not said to be the most.
  if ((WHICH_NAMED.has(intent.answerType) || intent.answerType === 'place') && ASKS_WHICH_ONE.test(normalisedQuestion) && ASKS_SUPERLATIVE.test(normalisedQuestion) && !STATES_SUPERLATIVE.test(primaryBest.withContext.normalize('NFKC'))) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "Why is ITIB cutting a post?", 「點解揀元朗」: a reason is answered only by a sentence (with its heading) that gives a cause or
  // an aim (由於, 因為, 為了, 以推動, because, due to, to support …); one that states the fact without either does not say why.
  const asksWhy = ASKS_WHY.test(normalisedQuestion) && !NAMED_AS_WHAT.test(normalisedQuestion) && intent.answerType !== 'yes-no' && !options.comparisonSide;
  const withContext = primaryBest.withContext.normalize('NFKC');
  if (asksWhy && !STATES_CAUSE_OR_AIM.test(withContext)) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "Why did the estimate fall?", 「為甚麼初創企業數目會增加10%？」: why a figure changed is answered only by a sentence (with its
  // note or heading) that gives a cause of it (由於, 主要是, 反映, "due to", "mainly because"); an aim of the thing counted is no cause.
  if (asksWhy && asksWhyFigureChanged(normalisedQuestion) && !STATES_CAUSE.test(withContext)) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "What are the smart lampposts for?", 「那個共用區塊鏈平台是用來幹嘛的？」: a sentence that names the thing only as one item of a
  // list does not say what it is for; quoted alone it is no answer. (What it is, a list may tell by the kind of things it lists.)
  if (intent.answerType === 'purpose' && !primaryBest.span) {
    const sentence = primaryBest.sentence.normalize('NFKC');
    const held = rareTermsCovered(sentence, questionTerms, searchText);
    if (held > 0 && namedOnlyAsListItem(sentence, (text) => rareTermsCovered(text, questionTerms, searchText) >= held * LIST_ITEM_SUBJECT_SHARE)) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  }
  // "What is the X Scheme meant to do?", 「X的目的是甚麼？」: a sentence that only reports the thing's progress (「繼續監督『X』的推行
  // 情況」, "Preparing to launch the X Scheme") says neither what it is nor what it is for.
  if ((intent.answerType === 'purpose' || intent.answerType === 'definition') && !primaryBest.span) {
    const terms = (text: string, question = false) => searchText.analyzer.analyze(text, { question }).map(({ term }) => term).filter((term) => !term.startsWith(BIGRAM_PREFIX));
    // (An English question names the thing in English: its Chinese names are asked too — "the City I&T Grand Challenge" is 「城市創科大挑戰」.)
    const subjectNames = (retrieval.subjects ?? namedSubjects(retrieval.question, searchText.lexicon.data)).flatMap((subject) => subject.chinese);
    const asked = new Set([...terms(normalisedQuestion, true), ...questionTerms.map(({ term }) => term), ...subjectNames.flatMap((name) => terms(name))]);
    // (Who did it — 「金管局、證監會及保監局已推出監管沙盒」 — and the words of the thing's full title before its quoted name —
    // 「推出數字政府及智慧城市『百項方案』」 — say no more of what it is than its name does.)
    const reported = withoutDoersAndTitle(primaryBest.sentence, searchText);
    if (reportsProgressOnly(terms(reported), asked, progressTermsOf(searchText))) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  }
  // "How is the 100,000 m² split between the Science Park and Cyberport?", 「怎樣分配給各產業」: a breakdown is answered only by a
  // sentence that gives two figures or more beyond those the question states; the whole alone does not split it.
  if (ASKS_SPLIT.test(normalisedQuestion) && splitFigures(primaryBest.sentence.normalize('NFKC'), normalisedQuestion) < MIN_SPLIT_FIGURES) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "What is the exact date …?" answered by a sentence without one: the documents do not give it.
  if (intent.answerType === 'date' && !answered && ASKS_FOR_EXACT.test(retrieval.question)) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // 「超算中心係咪免費㗎？」, 「會否開放予私家車使用？」: a Chinese yes/no is affirmed only from a sentence (with its context, translations
  // counted) that holds some word of what it checks; one on the topic that holds none can neither confirm nor deny it.
  // "Is the X scheme only open to SMEs?", "Will it be extended?": an English yes/no about a named thing is affirmed the same way, from
  // a sentence that holds some word of what it checks after the name.
  // What an affirmed yes/no checks: the words after its polar word (Chinese) or after the named thing (English).
  const checkedPredicate = intent.answerType === 'yes-no' && namedLead === affirmative ? (language === 'en' ? checkedPredicateEn(normalisedQuestion) : checkedPredicateZh(normalisedQuestion)) : undefined;
  // (Whether a thing has happened, or happens in a given year, is checked against its dates and stages by the lead's own tests:
  // 「係咪已經開咗」 is answered by 「首階段設施於 2024 年 12 月啓用」 in other words. Nor is one that compares with another thing —
  // 「有冇港深創科園第一期咁多」 — whose other side the sentence need not name.)
  const checksComparison = (text: string) => ASKS_IF_DONE.test(text) || COMPARES_WITH_ZH.test(text) || COMPARES_WITH_EN.test(text);
  if (checkedPredicate && comparedFigureKinds(retrieval.question).length === 0 && !checksComparison(checkedPredicate) && !CHECKS_A_TIME_ZH.test(checkedPredicate) && !CHECKS_A_TIME_EN.test(checkedPredicate)) {
    const predicateTerms = searchText.analyzer.analyze(checkedPredicate, { question: true }).filter(({ term }) => !term.startsWith(BIGRAM_PREFIX) && !QUESTION_FRAME_TERMS.has(term));
    if (predicateTerms.length > 0 && sentenceCoverage(primaryBest.withContext, predicateTerms, searchText, 1) === 0) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  }
  // A period a Chinese yes/no checks (「是否為期五年？」) cannot be confirmed from a sentence that gives no period.
  if (askedPeriod && statedPeriods.length === 0) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // 「50億嗰個基金係咪由科技園公司管理㗎？」, 「是否會設於元朗創新園？」: a place, body or post that a yes/no checks (after its polar word, with
  // no figure there) is confirmed only by a sentence that names it, in either language; one that names none of them can neither confirm
  // nor deny who or where. (Figures before the polar word name the thing asked about; they are not checked.)
  if (checkedPredicate && extractQuantities(checkedPredicate).length === 0 && !checksComparison(checkedPredicate) && namesUnnamedIn(checkedPredicate, primaryBest.withContext, searchText)) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "Is it used by more than 10,000 companies?" against a sentence with no figure of that kind: a yes/no
  // checked against a figure is answered only where the documents give one to check it with.
  if (intent.answerType === 'yes-no' && namedLead === undefined && comparedFigureKinds(retrieval.question).length > 0) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  // "What's the annual running budget for X?", 「每個月俾幾多」: a figure asked per year or per month is
  // answered only by a sentence that gives one per period (每年, a year, recurrent); a one-off sum
  // set aside for X is not its yearly budget.
  if ((intent.answerType === 'amount' || intent.answerType === 'count') && ASKS_PER_PERIOD.test(normalisedQuestion) && !STATES_PER_PERIOD.test(primaryBest.withContext.normalize('NFKC'))) {
    return abstain('NO_ANSWER_OF_TYPE', 0, features);
  }
  // 「沙田區有多少個熱點？」, "How many hotspots are there in Sha Tin district?" against 「現時全港共有約42,000個」: a figure asked for
  // one district, where the sentence gives it for the whole territory and does not name the district.
  if (FIGURE_ANSWERS.has(intent.answerType) && primaryBest.span?.quantity && WHOLE_TERRITORY.test(primaryBest.sentence.normalize('NFKC'))) {
    const district = districtAsked(normalisedQuestion);
    if (district && !foldForMatch(primaryBest.withContext).includes(foldForMatch(district))) return abstain('NO_ANSWER_OF_TYPE', 0, features);
  }
  // "How much floor area will the Cyberport expansion alone provide?" against 「擴建香港科學園和數碼港……提供
  // 合共約 100,000 平方米」: a figure the sentence gives for several things together is not one thing's part.
  if (FIGURE_ANSWERS.has(intent.answerType) && ASKS_ONE_PART.test(normalisedQuestion) && primaryBest.span?.quantity && COMBINED_BEFORE.test(primaryBest.sentence.normalize('NFKC').slice(Math.max(0, primaryBest.span.start - COMBINED_REACH), primaryBest.span.start))) {
    return abstain('NO_ANSWER_OF_TYPE', 0, features);
  }
  // "When will phase 2 open?" answered from a sentence about the first phase: a typed answer for
  // another item of a series (phase, batch, cluster) is not the one asked.
  // "How much will the third cluster cost?" answered from a sentence that names no member of the series
  // (the programme's sum as a whole) is not answered either.
  if (typed && (differingOrdinal(normalisedQuestion, primaryBest.sentence) || ordinalUnmet(normalisedQuestion, primaryBest.withContext))) return abstain('LOW_CONFIDENCE', 0, features);
  // A sum, count or share for another budget year is not the one asked: figures change from budget to
  // budget, so a passage of another year that does not name the asked one cannot give it.
  if (FIGURE_ANSWERS.has(intent.answerType) && features.askedYearUnmet && intent.fiscalYears.length > 0) return abstain('YEAR_NOT_COVERED', 0, features);
  // So is a figure dated in another calendar year than the one asked ("how many start-ups in 2021?"
  // against 「2024 年進行的初創企業調查……近 4,700 間」): the sentence dates its figure, and not in the asked year.
  // A sentence that dates nothing states its document's present (「現時全港共有……」): it gives the asked year's
  // figure only when its document is of that year — the year it is dated, or the year its budget year starts
  // (a fact sheet of February 2025 for 2024-25 reports 2024) — not for 2020 nor "by February 2026".
  const datesItsFigure = extractQuantities(primaryBest.sentence.normalize('NFKC')).some((q) => q.kind === 'year');
  const presentYears = [documentYearOf(primary.passage), Number(primary.passage.document.budgetYear.slice(0, 4))];
  if (FIGURE_ANSWERS.has(intent.answerType) && features.askedYearUnmet && intent.years.length > 0 && (datesItsFigure || !intent.years.some((year) => presentYears.includes(year)))) return abstain('YEAR_NOT_COVERED', 0, features);
  // A figure or date asked of one body, given by a sentence about another body: another body's figure.
  // A comparison names two sides, and a sentence about one side need not name the other.
  // So is the holder of an office of another body ("Who chairs the dedicated company?" is not HKSTP's chairman).
  const asksOfficeHolder = intent.answerType === 'person' && (ASKS_FOR_OFFICE_HOLDER.test(normalisedQuestion) || ASKS_WHO_HOLDS_POST.test(normalisedQuestion));
  if ((TYPED_ANSWERS.has(intent.answerType) || asksOfficeHolder) && primaryBest.namesRivalBody && !asksChangeOrComparison(normalisedQuestion)) return abstain('LOW_CONFIDENCE', 0, features);
  const confidence = confidenceOf(features, options.confidence);
  if (confidence < options.confidence.threshold) return abstain(features.typedWithoutSpan ? 'NO_ANSWER_OF_TYPE' : 'LOW_CONFIDENCE', confidence, features);

  // Further passages join when they add a figure of the kind asked for from another document
  // (how a figure changed across budgets), or, for lists, another item.
  const chosen = [primary];
  for (const candidate of ordered.slice(1)) {
    if (chosen.length >= (intent.answerType === 'list' ? options.maxSupporting + 1 : options.maxSupporting)) break;
    const best = candidate.best!;
    if (chosen.some((c) => c.best!.sentence === best.sentence)) continue;
    if (best.support < primary.best!.support * SUPPORTING_SHARE) continue;
    if (intent.answerType === 'list') {
      chosen.push(candidate);
      continue;
    }
    if (!best.span || intent.answerType === 'yes-no' || chosen.some((c) => c.passage.document.id === candidate.passage.document.id)) continue;
    // A question that names its year is answered for that year alone; another document adds
    // something only when its figure differs (how it changed across budgets).
    if (intent.fiscalYears.length > 0 || intent.years.length > 0) continue;
    if (best.span.quantity && primary.best!.span?.quantity && quantityToken(best.span.quantity) === quantityToken(primary.best!.span.quantity)) continue;
    // Another document's figure joins only when it is a figure for the same thing: the question's
    // words stand around it as closely as around the leading figure.
    const leading = primary.best!.windowCoverage;
    if (best.windowCoverage < Math.max(MIN_SUPPORTING_WINDOW, leading * SUPPORTING_SHARE)) continue;
    chosen.push(candidate);
  }

  const parts: string[] = [];
  const citations: Citation[] = [];
  let lead: string | undefined;
  chosen.forEach((candidate, index) => {
    const { passage, sourceLanguage } = candidate;
    const best = candidate.best!;
    const n = index + 1;
    citations.push(toCitation(passage, n, language));
    // A purpose clause leads only in its own language; across languages the quote carries it.
    const clauseAcrossLanguages = intent.answerType === 'purpose' && (language === 'en') !== (sourceLanguage === 'en');
    if (index === 0 && best.span && intent.answerType !== 'yes-no' && intent.answerType !== 'definition' && intent.answerType !== 'list' && !clauseAcrossLanguages) lead = `${best.span.lead ?? formatLead(best.span, language, sourceLanguage, passage.document.date, best.sentence)} [${n}]`;
    else if (index === 0 && namedLead) lead = `${namedLead} [${n}]`;
    const source = messages.source(titleFor(passage.document, language), passage.document.date, passage.document.budgetYear);
    const quoted = `${quote(best.sentence, language)} [${n}]`;
    if (language === 'en') {
      const intro = sourceLanguage === 'zh-Hant' && index === 0 ? `${messages.chineseOnly} — ${source}: ` : `${index === 0 ? messages.from : messages.also} ${source}: `;
      parts.push(`${intro}${quoted}`);
    } else {
      parts.push(`${inScript(`${index === 0 ? messages.from : messages.also}${source}`, language)}：${quoted}`);
    }
  });

  const body = parts.join(language === 'en' ? ' ' : '');
  const answer = lead ? `${lead}${language === 'en' ? '. ' : '。'}${body}` : body;
  const answering = { passage: primary.passage, sentence: primaryBest.sentence, sourceLanguage: primary.sourceLanguage, quantity: primaryBest.span?.quantity, spanText: primaryBest.span?.text };
  return { answer, abstained: false, citations, related: [], confidence, features, lead: answering };
}

/** A sentence of a leading passage that may answer, with what the candidate model scores. */
export interface CandidateSentence {
  sentence: string;
  /** Its heading, lead-in and paragraph subject (and the paragraph's first sentence for a later one). */
  context: string;
  /** `${context} ${sentence}`, made once per passage (the same string each question, so the memos it keys find it at once). */
  withContext: string;
  span?: Span;
  windowCoverage: number;
  /** For a "how many" question naming what it counts: the share of those words (or translations) in what the span's count counts (the words after it). */
  countedCoverage?: number;
  /** The question names a body, or quotes a name, that the sentence does not name, while the sentence names another (see rivalBodyNamed, rivalQuotedNameNamed). */
  namesRivalBody: boolean;
  features: CandidateFeatures;
}

export interface GatheredCandidates {
  /** The question's terms the sentences are scored against (for a yes/no question, without the figure it states). */
  questionTerms: WeightedTerm[];
  /** The question names a scheme, body or place the terminology knows, or one in quotes (see named-subjects.ts). */
  namesSubjects: boolean;
  passages: Array<{ passage: RetrievedPassage; rank: number; sourceLanguage: 'en' | 'zh-Hant'; sentences: CandidateSentence[] }>;
}

/**
 * A sentence about another body than the one asked of, for questions that name a body (a kind of
 * question, not of document): "How many unicorns does Cyberport support?" against 「香港科技園公司……
 * 共支援 12 間獨角獸企業」. The question's bodies are named nowhere in the sentence, its heading,
 * context or other-language rendering, while the sentence itself names a body of the terminology
 * that is not one of them. A body written inside an asked one's name, or holding it, is the same
 * body's name, not a rival (研發院 in 香港微電子研發院).
 */
function rivalBodyNamed(askedBodies: readonly NamedEntity[], sentence: string, surroundings: string, searchText: SearchText): boolean {
  if (askedBodies.length === 0) return false;
  if (askedBodies.some((entity) => namesSubject(surroundings, subjectOfEntity(entity)))) return false;
  const askedForms = askedBodies.flatMap((entity) => [...entity.zh, ...entity.en].map((name) => foldForMatch(name)));
  return searchText.lexicon
    .findNames(sentence, ['body'])
    .some(({ entity }) => !askedBodies.includes(entity) && ![...entity.zh, ...entity.en].some((name) => askedForms.some((asked) => asked.includes(foldForMatch(name)) || foldForMatch(name).includes(asked))));
}

/**
 * A sentence about another scheme than the one the question names in quotes (a kind of question:
 * the asker quotes the name of what they ask about): 「『新型工業菁英企業培育計劃』每間企業最多可獲多少
 * 資助？」 against 「……就『新型工業化資助計劃』推出優化措施，每間……最多 1,500 萬元」. The quoted names
 * are in neither the sentence nor its other-language rendering (a heading or earlier sentence that
 * names them does not make this sentence about them), and the sentence quotes another name or names a
 * body of the terminology.
 */
function rivalQuotedNameNamed(quotedNames: readonly NamedSubject[], sentence: string, rendering: string, searchText: SearchText): boolean {
  if (quotedNames.length === 0) return false;
  if (quotedNames.some((subject) => namesSubject(`${sentence} ${rendering}`, subject))) return false;
  const asked = quotedNames.flatMap((subject) => subject.chinese);
  const differs = (name: string) => {
    const folded = foldForMatch(name).replace(/\s+/g, '');
    return !asked.some((form) => form.includes(folded) || folded.includes(form));
  };
  const quotedInSentence = [...sentence.matchAll(QUOTED_NAME)].map((match) => match[1]!);
  return quotedInSentence.some(differs) || searchText.lexicon.findNames(sentence, ['body']).some(({ written }) => differs(written));
}

/** An English official name of this many terms or more, whose Chinese form has this many characters or more, names its subject precisely. */
const FULL_NAME_TERMS = 4;
const FULL_NAME_CHINESE_LENGTH = 6;

/** A name in Chinese quotation marks (three characters or more): what a sentence quotes as a scheme's name (English quotes in a Chinese sentence are no such mark). */
const QUOTED_NAME = /[「『“]([^」』”]{3,40})[」』”]/g;

/**
 * Every sentence of the leading passages as a candidate answer, with its features (see
 * candidate-model.ts). Pure: the answerer scores them, and the fitting script learns from them.
 */
export function gatherCandidates(retrieval: RetrievalResult, searchText: SearchText, comparisonSide = false): GatheredCandidates {
  const { intent, passages } = retrieval;
  const language = intent.language;
  // The question's terms with their translations, so an English question can score a Chinese sentence.
  const bridgedQuestionTerms = new Set(retrieval.queryTerms.map((term) => term.term).filter((term) => !term.startsWith(BIGRAM_PREFIX)));
  const counted = intent.answerType === 'count' && intent.counted ? searchText.analyzer.analyze(intent.counted) : [];
  // A percentage is most often how much something changed (增加 10%): for "what percentage", changes answer.
  const asksRateOfChange = CHANGE_WORDS.test(retrieval.question);
  const asksForChange = asksRateOfChange || intent.answerType === 'percent';
  const asksIncreaseBy = !comparisonSide && ASKS_INCREASE_BY.test(retrieval.question);
  const normalisedQuestion = retrieval.question.normalize('NFKC');
  const asksForSize = ASKS_FOR_SIZE.test(normalisedQuestion);
  const asksForRank = intent.answerType === 'count' && (ASKS_FOR_RANK.test(retrieval.question) || ASKS_RANK_WHERE.test(retrieval.question));
  // The retriever has read the question's named subjects already (for its re-ranker); an answer composed from a retrieval made elsewhere reads them here.
  const subjects = retrieval.subjects ?? namedSubjects(retrieval.question, searchText.lexicon.data);
  const namedSize: NamedSizeFit | undefined = intent.answerType === 'amount' && subjects.length > 0 ? { subjects, asksSize: asksSizeOfNamed(retrieval.questionTerms, subjects) } : undefined;
  const comparedKinds = intent.answerType === 'yes-no' ? comparedFigureKinds(retrieval.question) : [];
  const nameContext: NameContext = {
    question: retrieval.question,
    searchText,
    language,
    currencies: intent.answerType === 'yes-no' ? comparedCurrencies(retrieval.question) : new Set(),
    checkedFigures: intent.answerType === 'yes-no' ? checkedFigures(retrieval.question) : [],
    bridgedTerms: bridgedQuestionTerms,
    subjects,
    namedFamily: intent.answerType === 'person' ? namedFamilyOf(retrieval.question) : undefined,
  };
  // A yes/no question that states a figure asks whether the documents give it: the figure is the
  // claim to check, not what the passage is about, so it does not choose the sentence.
  const questionTerms = intent.answerType === 'yes-no' ? retrieval.questionTerms.filter(({ term }) => !QUANTITY_TOKEN.test(term)) : retrieval.questionTerms;
  const countedTerms = questionTerms.filter((term) => counted.some((c) => c.term === term.term));
  // "How many companies": the things counted named by a bare noun (one English word, a Chinese word of two characters), no kind of them.
  const countsBareNoun = intent.answerType === 'count' && intent.counted !== undefined && (/[\u3400-\u9fff]/u.test(intent.counted) ? [...intent.counted].length <= BARE_CHINESE_NOUN : !/\s/.test(intent.counted.trim()));
  const passageLimit = intent.answerType === 'list' ? LIST_CANDIDATE_PASSAGES : CANDIDATE_PASSAGES;
  const askedBodies = searchText.lexicon.findNames(retrieval.question, ['body']).map(({ entity }) => entity);
  // Their English names, which say what kind of body each is (an office, an institute): read by the date rules.
  const askedBodyNames = askedBodies.flatMap((entity) => entity.en);
  // Chinese names the asker put in quotes (「新型工業菁英企業培育計劃」).
  const quotedSpans = [...retrieval.question.matchAll(QUOTED_NAME)].map((match) => foldForMatch(match[1]!).replace(/\s+/g, ''));
  // Only names the documents use: a name written nowhere in them ("製造+" for the scheme they call 「製造及生產線『升』級支援計劃」) may be the asker's own short form.
  const quotedNames = subjects.filter((subject) => subject.chinese.some((form) => quotedSpans.some((quoted) => quoted.includes(form)) && isLexiconPhrase(form, searchText.lexicon.data)));
  // … and, in English, a scheme or body written by its full official name ("the New Industrialisation Elite Enterprises
  // Nurturing Scheme"), which the terminology renders in Chinese: named as precisely as a quoted name.
  const namedInFull = language === 'en' ? subjects.filter((subject) => !quotedNames.includes(subject) && subject.english.some((name) => name.split(' ').length >= FULL_NAME_TERMS) && subject.chinese.some((form) => [...form].length >= FULL_NAME_CHINESE_LENGTH && isLexiconPhrase(form, searchText.lexicon.data))) : [];
  const preciselyNamed = [...quotedNames, ...namedInFull];
  const namedByYear = new Map<string, boolean>();
  const namesDocumentByYear = (document: DocumentEntry): boolean => {
    if (!intent.years.includes(Number(document.date.slice(0, 4)))) return false;
    if (!namedByYear.has(document.id)) namedByYear.set(document.id, namedDocuments(retrieval.question, [document]).length > 0);
    return namedByYear.get(document.id)!;
  };
  const asksAbout = intent.answerType === 'definition' || intent.answerType === 'purpose' || intent.answerType === 'other';
  const askedYears = [...intent.fiscalYears, ...intent.years.map(String)];
  const premiseFigures = givenFigures(retrieval.question, intent.answerType, asksForChange);
  const asksForFloorArea = ASKS_FOR_FLOOR_AREA.test(normalisedQuestion);
  // ("How many researchers in total …?" is not answered by how many each firm may hire either.)
  const asksForTotal = (intent.answerType === 'amount' || intent.answerType === 'count') && ASKS_FOR_TOTAL.test(normalisedQuestion) && !ASKS_PER_UNIT.test(normalisedQuestion);
  const asksWhole = (intent.answerType === 'amount' || intent.answerType === 'count') && (ASKS_FOR_TOTAL.test(normalisedQuestion) || ASKS_WHOLE_MEASURE.test(normalisedQuestion)) && !ASKS_PER_UNIT.test(normalisedQuestion);
  const asksForCap = intent.answerType === 'amount' && !asksForTotal && ASKS_FOR_CAP.test(normalisedQuestion);
  const asksPerUnit = intent.answerType === 'amount' && !asksForTotal && ASKS_SUM_PER_UNIT.test(normalisedQuestion);
  // "When was it actually set up?": read once per question; each date a plan gives is then not its answer.
  const asksWhenHappened = intent.answerType === 'date' && asksWhenItHappened(normalisedQuestion);
  const asksToDate = intent.answerType === 'amount' && ASKS_AMOUNT_TO_DATE.test(normalisedQuestion);
  const asksCountToDate = intent.answerType === 'count' && ASKS_AMOUNT_TO_DATE.test(normalisedQuestion);
  const asksDay = intent.answerType === 'date' && ASKS_DAY.test(normalisedQuestion);
  const asksFigureAtEvent = TYPED_ANSWERS.has(intent.answerType) && intent.answerType !== 'date' && asksFigureAtPastEvent(normalisedQuestion);
  // … and "when was it actually set up?" not by a time still ahead of the document either ("within this year").
  const asksOutcome = asksWhenHappened && asksWhatCameOfIt(normalisedQuestion);
  const classifierAsked = intent.answerType === 'count' ? classifierGroupAsked(retrieval.question) : undefined;
  const askedClassifier = intent.answerType === 'count' ? (classifierAsked ?? classifierGroupOfNoun(intent.counted ?? retrieval.question)) : undefined;
  // What a definition question asks about: the names it gives, else its rarer words.
  // "香港科技園公司的網址是甚麼？" asks the website, not what HKSTP is: the defined words must hold the question's rarer words too.
  // "What is the CDI that helps SMEs get loans?": a relative clause describes the subject; the defined words are the subject's own,
  // … and a short form the question uses (CDI) defines the name it stands for, written in the other language (「商業數據通」).
  const subjectTerms = intent.answerType === 'definition' ? subjectTermsBeforeRelativeClause(retrieval.question, questionTerms, searchText) : undefined;
  const definedTerms = subjectTerms ?? questionTerms;
  const definedNames = subjectTerms ? strongChineseRenderings(subjectTerms, searchText) : [];
  const isDefinedSubject = (text: string) =>
    (subjects.length === 0 || subjects.some((subject) => namesSubject(text, subject))) &&
    (sentenceCoverage(text, definedTerms, searchText, 1) >= DEFINED_SUBJECT_COVERAGE || definedNames.some((name) => foldForMatch(text).includes(name)));

  return {
    questionTerms,
    namesSubjects: subjects.length > 0,
    passages: candidatePassages(passages, passageLimit).map(({ passage, rank }) => {
      const reading = readPassage(passage.chunk, language, searchText);
      const { text, sourceLanguage, rendering, subject, setting } = reading;
      const sentences = reading.sentences ?? [inScript(tableRowSentence(text, bridgedQuestionTerms, searchText, intent.fiscalYears, passage.document.budgetYear), language)];
      // "What is X?": a passage about X (X heads its section or is its subject) says what X is.
      const about = asksAbout && isAbout(passage, subject, questionTerms, searchText) ? 1 : 0;
      // "Its 2026 press release": a calendar year that names the document (its kind with its date's year) is met by that document.
      const documentOfYear = intent.fiscalYears.includes(passage.document.budgetYear) || namesDocumentByYear(passage.document);
      return {
        passage,
        rank,
        sourceLanguage,
        sentences: sentences.map((sentence, position): CandidateSentence => {
          // Its context (heading, lead-in, subject, the paragraph's first sentence, the clause before a semicolon) and the texts
          // made from it are the passage's own, made once (readPassage); a table row's sentence is the question's, its context the setting.
          const context = reading.contexts?.[position] ?? setting;
          const withContext = reading.withContext?.[position] ?? `${context} ${sentence}`;
          const withRendering = reading.withRendering?.[position] ?? `${withContext} ${rendering}`;
          // "What is X?": the clause that defines X (X 是……, "X is a …", 專注……的「X」) is the answer's span.
          const own = intent.answerType === 'definition' ? definitionSpans(sentence, isDefinedSubject) : answerSpans(sentence, intent.answerType, asksForSize, nameContext, asksForRank, comparedKinds);
          // "Which area is Cyberport partnering with?" against a bullet under the heading 「數碼港與前海」: a
          // sentence that names no place or person speaks of those its heading names; the lead gives them.
          const spans = own.length === 0 && NAMED_ANSWERS.has(intent.answerType) ? headingNameSpans(setting, intent.answerType, nameContext) : own;
          // "增加 3,470 萬元" is how much a figure changed, not the figure: it answers only a question about change.
          // "The fact sheet said over 1,600. How many does the press release say?": a figure the question states is its premise, not its answer.
          // … and a share written as a fraction (一半, 三分之一, "half of") is part of a whole, no rate of change.
          const eligible = (asksForChange ? spans.filter((candidate) => !asksRateOfChange || !candidate.quantity || !FRACTION_SHARE.test(candidate.quantity.raw)) : spans.filter((candidate) => !isChangeSpan(sentence, candidate)))
            // 「比上一年增加了多少家？」, "by how much did it increase?": only a figure written as a change (增加 300 間, up 10%) answers, not the level.
            .filter((candidate) => !asksIncreaseBy || !candidate.quantity || candidate.quantity.kind === 'percent' || isChangeSpan(sentence, candidate))
            .filter(
            (candidate) => !candidate.quantity || !premiseFigures.has(quantityToken(candidate.quantity)),
          );
          // "When was Cyberport set up?" is not answered by the date its extension completes (dated-event.ts).
          // … nor "When was it actually set up?" by the date of the plan to set it up.
          // … and "What computing power did it launch with?" not by the figure a plan gives ("will be ramped up to …").
          // … and "On what date …?", 「邊日」 not by a year or a part of one ("later this year", 年中): a month at least.
          const ofAskedEvent =
            intent.answerType === 'date'
              ? eligible.filter((candidate) => !datesAnotherEventKind(normalisedQuestion, sentence, candidate.start, askedBodyNames) && !(asksWhenHappened && datesPlan(sentence, candidate.start, asksOutcome)) && (!asksDay || NAMES_MONTH.test(candidate.text)))
              : asksFigureAtEvent
                ? eligible.filter((candidate) => !candidate.quantity || !datesPlan(sentence, candidate.start))
                : eligible;
          const agreeing = askedClassifier ? agreeingCounts(sentence, ofAskedEvent, askedClassifier, classifierAsked !== undefined && !ASKED_BY_PEOPLE.test(retrieval.question)) : ofAskedEvent;
          // "What is the total budget for X?" is not answered by what each firm may get (up to $250,000 per enterprise).
          const perUnitDropped = asksForTotal ? agreeing.filter((candidate) => !isPerUnitCap(sentence, candidate)) : agreeing;
          // … nor "What is the total area of X?" by the part of it a sentence measures (「X當中約 20 公頃用地」, "of which 20 hectares").
          // (A bilingual passage may mark it as a part in its other language only: "I&T land in X: 20 hectares" is 「當中20公頃用地」.)
          const wholes = asksWhole ? perUnitDropped.filter((candidate) => !measuresPart(sentence, candidate) && !(candidate.quantity && partInRendering(rendering, candidate.quantity))) : perUnitDropped;
          // … and "What is the top grant under X?", 「資助上限」 is answered by what each may get, not by the scheme's size beside it.
          const capped = asksForCap && wholes.some((candidate) => isPerUnitCap(sentence, candidate)) ? wholes.filter((candidate) => isPerUnitCap(sentence, candidate)) : wholes;
          // … and "How much does each university get?", 「每間小學分到幾多」 not by a sentence that gives neither a sum per unit nor a
          // cap ("up to", 最高), only the scheme's whole (HK$3 billion for eight universities).
          const totals = asksPerUnit && !STATES_PER_UNIT.test(sentence) ? capped.filter((candidate) => candidate.quantity?.kind !== 'money' || isPerUnitCap(sentence, candidate)) : capped;
          // "What is the total floor area?", 「總樓面面積」: floor space is measured in square metres; hectares measure land.
          const byUnit = asksForFloorArea ? totals.filter((candidate) => !LAND_UNIT_AFTER.test(sentence.slice(candidate.start, candidate.start + candidate.text.length + LAND_UNIT_REACH))) : totals;
          // "How much has the fund paid out so far?", 「至今已投資了多少」: what was spent to date, which the size the fund was set up
          // with (「成立 50 億元的『X基金』」, "the $10 billion X Fund") is not.
          const sizedOut = asksToDate ? byUnit.filter((candidate) => !sizesNamedFund(sentence, candidate)) : byUnit;
          // … and "how many teams has it actually funded so far?" not by the floor a plan sets (「資助不少於 100 支」, "at least 100").
          const floored = asksCountToDate ? sizedOut.filter((candidate) => !TARGET_FLOOR_BEFORE.test(sentence.slice(Math.max(0, candidate.start - TARGET_FLOOR_REACH), candidate.start))) : sizedOut;
          // … and no count by a report's paragraph number (「2 宗旨是確保…」, "5 The provision under …": a small number opening the
          // sentence, then a space and the paragraph's words) or a policy area's (「政策範圍 27」).
          const classified = intent.answerType === 'count' ? floored.filter((candidate) => !numbersParagraph(sentence, candidate, (text) => searchText.analyzer.segmentChinese(foldForMatch(text)))) : floored;
          const coverage = sentenceCoverage(withContext, questionTerms, searchText);
          const { span, windowCoverage, rankingCoverage, countedCoverage } = bestSpan(sentence, classified, questionTerms, searchText, countedTerms, coverage, bridgedQuestionTerms, retrieval.rarityOf, namedSize, countsBareNoun);
          // "This year" in a document dated 2025 names 2025: a question about 2025 is met by it.
          // … and a year as the sentence writes it ("2026 / 27" is 2026-27).
          const yearNamed =
            askedYears.some((year) => withContext.normalize('NFKC').includes(year)) ||
            (intent.fiscalYears.length > 0 && extractQuantities(withContext.normalize('NFKC')).some((q) => q.kind === 'fiscal-year' && intent.fiscalYears.includes(q.label!))) ||
            intent.years.includes(relativeYearIn(sentence, Number(passage.document.date.slice(0, 4))) ?? NaN);
          return {
            sentence,
            context,
            withContext,
            span,
            windowCoverage,
            countedCoverage,
            namesRivalBody: rivalBodyNamed(askedBodies, sentence, withRendering, searchText) || rivalQuotedNameNamed(preciselyNamed, sentence, rendering, searchText),
            features: {
              sentenceCoverage: coverage,
              hasAnswerSpan: span ? 1 : 0,
              spanWindowCoverage: span ? rankingCoverage : 0,
              lengthExcess: Math.max(0, Math.log2(sentence.length / LENGTH_WITHOUT_PENALTY)),
              sentencePosition: position,
              passageCoverage: passage.coverage,
              // A rank as a share of the passages read (five, eight for a list): within the 0–1 range the models were fitted on.
              retrievalRank: 1 - rank / passageLimit,
              aboutSubject: about,
              yearMatch: askedYears.length === 0 ? 0 : documentOfYear || yearNamed ? 1 : -1,
              subjectLeads: asksAbout ? rareTermsCovered(sentenceOpening(sentence), questionTerms, searchText) : 0,
              namesSubjects: subjects.length ? 1 - namedSubjectsMissing(withRendering, subjects) : 0,
              ownCoverage: sentenceCoverage(sentence, questionTerms, searchText),
            },
          };
        }),
      };
    }),
  };
}

/**
 * A passage as the answerer reads it in one language: the texts made from the passage alone, made once
 * and kept (`PASSAGE_READING_MEMO_ENTRIES`, bounded in bytes) instead of again for every question that
 * reads it. Being the same strings each time, they also key the sentence analyses' memo without being
 * joined and hashed again. A table row's sentence depends on the question (the column it asks), so a
 * table row keeps only what does not.
 */
interface PassageReading {
  /** The passage read (another passage of the same id, as a test may make, is read afresh). */
  chunk: Chunk;
  text: string;
  sourceLanguage: 'en' | 'zh-Hant';
  /** The passage in its other language(s): a bilingual passage names its subject in both ("digital identity of enterprises" is 「數碼企業身份」), so the rendering counts when asking whether a sentence names the question's subjects. */
  rendering: string;
  /** Its subject, the words before a colon ("Cyberport's AI Supercomputing Centre: …"). */
  subject: string;
  /** Its section heading, lead-in and subject. */
  setting: string;
  /** Prose only: its sentences, each one's context, `${context} ${sentence}` and that with the rendering. */
  sentences?: readonly string[];
  contexts?: readonly string[];
  withContext?: readonly string[];
  withRendering?: readonly string[];
}

/** How many passage readings (passage and language) are kept per index. */
export const PASSAGE_READING_MEMO_ENTRIES = 4096;
const passageReadings = new WeakMap<SearchText, Memo<PassageReading>>();

function readPassage(chunk: Chunk, language: Language, searchText: SearchText): PassageReading {
  let memo = passageReadings.get(searchText);
  if (!memo) passageReadings.set(searchText, (memo = new Memo({ maxEntries: PASSAGE_READING_MEMO_ENTRIES, sizeOf: readingBytes })));
  const kept = memo.get(`${chunk.id}\u0000${language}`, () => readPassageUncached(chunk, language));
  return kept.chunk === chunk ? kept : readPassageUncached(chunk, language);
}

/** A reading's own strings (the passage it reads is the index's, counted there). */
function readingBytes({ chunk: _chunk, ...texts }: PassageReading): number {
  return estimateBytes(texts);
}

function readPassageUncached(chunk: Chunk, language: Language): PassageReading {
  const { text, sourceLanguage } = passageTextFor(chunk, language);
  const rendering = chunk.texts.filter((other) => other.language !== sourceLanguage).map((other) => other.text).join(' ');
  // A bullet's section heading and lead-in are part of what it says ("Cyberport and Qianhai" › "…").
  // So is its subject, the words before a colon ("Cyberport's AI Supercomputing Centre: …").
  const subject = /^[^:：。；;]{2,80}[:：]/.exec(text)?.[0] ?? '';
  const setting = [...chunk.section.zh, ...chunk.section.en, ...chunk.context.map((c) => c.text), subject].join(' ');
  if (chunk.kind === 'table-row') return { chunk, text, sourceLanguage, rendering, subject, setting };
  const sentences = splitSentences(text);
  const contexts = sentences.map((_, position) => {
    // A later sentence of a paragraph speaks of the subject its first sentence names ("The fund … . It has attracted …").
    // … and a clause after a semicolon continues the clause before it (「截至 2025 年 2 月，註冊量達 1,622 萬；日均交易……153 億元」: the date is both clauses').
    const previousClause = position > 1 && ENDS_WITH_SEMICOLON.test(sentences[position - 1]!) ? ` ${sentences[position - 1]}` : '';
    return position > 0 ? `${setting} ${sentences[0]}${previousClause}` : setting;
  });
  const withContext = sentences.map((sentence, position) => `${contexts[position]} ${sentence}`);
  return { chunk, text, sourceLanguage, rendering, subject, setting, sentences, contexts, withContext, withRendering: withContext.map((joined) => `${joined} ${rendering}`) };
}

/**
 * The passages whose sentences are candidates, each with its rank among wordings: another edition of a
 * passage ahead (the same wording in other figures) restates it, ranks with it and takes none of the
 * CANDIDATE_PASSAGES places from the passages after it.
 */
function candidatePassages(passages: readonly RetrievedPassage[], limit: number): Array<{ passage: RetrievedPassage; rank: number }> {
  const wordings: Array<number | string> = [];
  const out: Array<{ passage: RetrievedPassage; rank: number }> = [];
  passages.forEach((passage, index) => {
    const wording = passage.wording ?? `own:${index}`;
    let rank = wordings.indexOf(wording);
    if (rank < 0) {
      rank = wordings.length;
      wordings.push(wording);
    }
    if (rank < limit) out.push({ passage, rank });
  });
  return out;
}

/**
 * Figures a question gives rather than asks, in two kinds of question: a premise ("The 2024-25 slides
 * mention 40-plus enterprises. How many does the fact sheet say?": the figures of the sentences
 * before the asking one) and a part of a whole ("How much of the HK$10 billion goes to the fund?",
 * 「100億元之中有幾多…」: the whole) or one set aside ("apart from the first three buildings", 「除了首三座」). Only for questions asking a figure, and neither for yes/no
 * (the stated figure is the claim to check) nor for changes (it is one side).
 */
function givenFigures(question: string, answerType: AnswerType, asksForChange: boolean): Set<string> {
  const normalised = question.normalize('NFKC');
  if (!FIGURE_ANSWERS.has(answerType) || asksForChange || COMPARES_FIGURES.test(normalised)) return new Set();
  const askingStarts = askingSentenceStart(normalised);
  // "How many tenants will the first three buildings hold?": a count asked with a count word names
  // the number it asks nowhere in the question, so a number it writes counts something else.
  // So with a sum: "How big will the fund set up with the HK$10bn injection be?" asks another sum than the one it writes.
  const countsOtherThings = (answerType === 'count' && ASKS_HOW_MANY.test(normalised)) || (answerType === 'amount' && ASKS_HOW_MUCH.test(normalised));
  return new Set(
    extractQuantities(normalised)
      .filter((q) => (q.kind === 'money' || q.kind === 'number' || q.kind === 'percent') && !isLabelNumber(normalised, q))
      .filter((q) => countsOtherThings || q.start < askingStarts || WHOLE_BEFORE.test(normalised.slice(0, q.start)) || WHOLE_AFTER.test(normalised.slice(q.end)) || SET_ASIDE_BEFORE.test(normalised.slice(0, q.start)))
      .map(quantityToken),
  );
}

/** A percentage written as a fraction of a whole: 一半, 半數, 三分之一, "half of". */
const FRACTION_SHARE = /半|分之|\bhalf\b/i;

/** The words that ask a count: "how many", "number of", 幾多, 多少. */
const ASKS_HOW_MANY = /\bhow many\b|\bnumber of\b|幾多|几多|多少/i;
/** The words that ask a sum: "how much", "how big", 幾多, 多少, 幾大. */
const ASKS_HOW_MUCH = /\bhow (?:much|big|large)\b|幾多|几多|多少|幾大|几大|多大/i;
/** "How many more is that than …", "It had 460; how many more now?", 「比…多」, 「相差幾多」: the stated figure is one side of a comparison. */
const COMPARES_FIGURES = /\b(?:more|less|fewer|bigger|larger|smaller|higher|lower)\b(?!\s+than\s+(?:hk\$|\$|rmb)?\s*\d).*\bthan\b|\bhow (?:many|much) (?:more|fewer|less)\b|比(?![例率賽赛較较])|多過|少過|相差|差距|差(?:咗|了)?(?:幾多|多少)/i;
/** "how much of the $10 billion", "out of its 2,400": the figure after it is a whole, the question asks a part. */
const WHOLE_BEFORE = /\b(?:of\s+(?:the|its|that|this|their)|out of(?:\s+(?:the|its|that|this|their))?)\s+(?:hk\$|\$|us\$|rmb)?\s*$/i;
/** A question about floor space: "floor area", "gross floor area", "floor space", 「樓面面積」「樓面」. */
const ASKS_FOR_FLOOR_AREA = /\bfloor (?:area|space)\b|\bgfa\b|樓面|楼面/i;
/** A land measure written with a figure: 公頃, hectares. */
const LAND_UNIT_AFTER = /公頃|公顷|hectares?|\bha\b/i;
/** How far after a figure its unit is read. */
const LAND_UNIT_REACH = 8;
/** "Apart from the first three buildings, how many more …", 「除了首三座」: the figure after it is set aside, the question asks the rest. */
const SET_ASIDE_BEFORE = /(?:除了|除咗|除去|\b(?:apart from|besides|other than|except(?: for)?|not counting|excluding))[^，。？?,]{0,12}$/i;
/** 「100億元之中」「2,400間當中」: the figure before it is a whole. */
const WHOLE_AFTER = /^\s*(?:[^\s，。？?]{0,4}?)(?:之中|當中|当中|裏面|里面|入面|中的|中有)/u;

/** A figure given for the whole territory: 全港, 全香港, "territory-wide", "across Hong Kong". */
const WHOLE_TERRITORY = /全港|全香港|整個香港|整个香港|\bterritory-wide\b|\b(?:across|throughout) (?:the whole of )?Hong Kong\b|\ball over Hong Kong\b/i;
/** A district asked by name: 「沙田區」, "Sha Tin district", "the Kwun Tong District". */
const DISTRICT_ASKED = /([\u4e00-\u9fff]{2})(?:區|区)|\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) [Dd]istrict\b/u;
/** A character before 區 that makes a kind of area, not a district's name: 園區, 社區, 大灣區, 地區, 各區 … */
const AREA_KIND_BEFORE_DISTRICT = /[園园社灣湾市校專专試试片山郊分全各特禁新城港景街轄辖地]$/u;

/** The district a question asks about by name, if any. */
function districtAsked(question: string): string | undefined {
  const match = DISTRICT_ASKED.exec(question);
  if (!match) return undefined;
  if (match[2]) return match[2];
  return AREA_KIND_BEFORE_DISTRICT.test(match[1]!) ? undefined : match[1];
}
/** "X alone", "just X", 「單計X」「淨係X」: one thing of several asked apart from the rest. */
const ASKS_ONE_PART = /\b(?:alone|by itself|on its own|separately|individually)\b|\bjust (?:the |for )?[A-Z]|單計|单计|單單|单单|淨係|净系|獨自|独自|單獨|单独|各自/;
/** 合共, 合計, "combined", "in total" just before a figure: the sum of several things together. */
const COMBINED_BEFORE = /(?:合共|合计|合計|共計|共计|一共|總共|总共|\bcombined\b|\bin total\b|\btogether\b|\ba total of\b)[^，。,;；]{0,6}$/i;
const COMBINED_REACH = 16;
/** A whole measure asked by its Chinese word: 總面積, 總樓面面積, 總數, 總人數. */
const ASKS_WHOLE_MEASURE = /總(?:面積|樓面|楼面|數|人數|额|額)|总(?:面积|楼面|数|人数|额)/;
/** Words that make the figure after them a part of what the sentence names: 當中, 其中, "of which", "part of". */
const PART_BEFORE = /(?:當中|当中|其中|之中|\bof which|\bpart of|\bamong (?:them|which))\s*(?:約|约|逾|超過|超过|近|about|around|some|over)?\s*$/i;
const PART_REACH = 12;

function measuresPart(sentence: string, candidate: Span): boolean {
  return PART_BEFORE.test(sentence.slice(Math.max(0, candidate.start - PART_REACH), candidate.start));
}

/** The same figure, marked as a part, in the passage's other language. */
function partInRendering(rendering: string, quantity: Quantity): boolean {
  if (!rendering || !/當中|当中|其中|of which|part of/i.test(rendering)) return false;
  const text = rendering.normalize('NFKC');
  return extractQuantities(text).some((other) => other.kind === quantity.kind && other.value === quantity.value && PART_BEFORE.test(text.slice(Math.max(0, other.start - PART_REACH), other.start)));
}
/** A question asking a whole sum: "the total budget", "how much altogether", 「總預算」「一共」. */
const ASKS_FOR_TOTAL = /\b(?:total|overall|altogether|in all|all together|whole)\b|總預算|总预算|總額|总额|總共|总共|一共|合共|整體|整体|全部|(?:總|总)(?:撥款|拨款|資助|资助|開支|开支|金額|金额|投資|投资|成本|費用|费用)/i;
/** … unless it asks what each one gets ("the total each enterprise can get", 「每間」). */
const ASKS_PER_UNIT = /\b(?:each|per)\b(?!\s*(?:cent|year))|每(?![年月日天季])/i;
/** A sum asked per unit: "each university", "per start-up", 「每間小學」「每個項目」「各自」 (not per period, "each day", "per year"; not "per cent", "per HKSTP"). */
const ASKS_SUM_PER_UNIT = /\b[Ee]ach (?!(?:year|month|week|day|quarter|other|time)\b)[A-Za-z]|\bper (?!(?:cent|year|annum|month|week|day|quarter|the)\b|[A-Z])[a-z]|每(?:間|间|家|個|个|項|项|名|位|所|宗|支|隊|队|人)|各自/;
/** A sentence that gives something per unit: each, per, for every, 每 + a classifier, "no more than … to each". */
const STATES_PER_UNIT = /\b(?:each|per|every|individual)\b(?!\s*(?:cent|annum|year)\b)|每(?![年月日天季])|各(?:間|间|家|個|个|所|項|项)/i;
/** A question asking the most each one may get: "the top grant", "the maximum subsidy", "the cap", 「資助上限」「最多可獲」. */
const ASKS_FOR_CAP = /\b(?:top|maximum|max|biggest|largest|highest) (?:grant|subsidy|funding|amount|award|sum|support)\b|\b(?:cap|ceiling|upper limit)\b|\bup to how much\b|\bat most\b|上限|封頂|封顶|最多(?:可|能|會|会)?(?:獲|获|得|拎|攞|拿)|最高(?:可|能)?(?:獲|获|得)?(?:資助|资助|撥款|拨款)/i;
/** What each one may get: a cap ("up to", 最高) or a share per unit (per enterprise, 每間). */
const PER_UNIT_AFTER = /^[^，。；;,.]{0,24}?(?:\bper\b(?!\s*(?:cent|annum|year))|\beach\b(?!\s+year)|\bfor every\b)|^[^，。；;]{0,6}?(?:每(?![年月日天季])|\/)/i;
const PER_UNIT_BEFORE = /(?:\bper\b(?!\s*(?:cent|annum|year))|\beach\b(?!\s+year)|每(?![年月日天季])(?:間|间|家|個|个|項|项|名|位|所|宗)?[^，。；;]{0,12})$/i;

function isPerUnitCap(sentence: string, span: Span): boolean {
  const before = sentence.slice(Math.max(0, span.start - 24), span.start);
  const after = sentence.slice(span.start + span.text.length);
  return DESCRIBED_CAP.test(before) || PER_UNIT_BEFORE.test(before) || PER_UNIT_AFTER.test(after);
}

/** A further passage joins an answer only when it supports the question at least this share as well as the leading one. */
const SUPPORTING_SHARE = 0.9;
/** … and, to add another document's figure, when at least this much of the question stands around that figure. */
const MIN_SUPPORTING_WINDOW = 0.5;


/**
 * Off-topic questions: withheld when at least this share of the question's word weight is in no
 * passage and the best passage covers at most this much. Chosen on dev (`npm run fit:confidence
 * -- --dump`): of the 493 dev answers, the pair flags 7, 5 of them unanswerable; lower bounds flag
 * more right answers than unanswerable questions.
 */
const OFF_TOPIC_UNSEEN_SHARE = 0.7;

/**
 * A figure or date asked, and the leading sentence holds none: another passage's sentence that holds
 * one leads when its score is within this much of the leader's. Chosen on dev (2,820 questions):
 * margins of 0.25 change nothing, 0.5 to 1 answer three more rightly and lose nothing, 2 and above
 * answer near misses that were withheld.
 */
const TYPED_SPAN_FALLBACK_MARGIN = 0.75;
/**
 * … and only a sentence that holds at least this share of the question's words (rarity-weighted, with
 * its heading). Chosen on dev and the conversation sets: the sentences that answer rightly hold 0.52,
 * those that answered an off-topic "when will the third runway open?" or a sum per project with the
 * whole scheme's 0.26–0.35.
 */
const TYPED_SPAN_FALLBACK_COVERAGE = 0.5;
const OFF_TOPIC_MAX_COVERAGE = 0.7;
/**
 * Share of what the sentence holds of a purpose question's rarer words that one item of a list must hold
 * to be the thing asked about (all of it: the list item is where the sentence names the thing).
 */
const LIST_ITEM_SUBJECT_SHARE = 1;

/** The opening of a sentence, where its subject stands: the first third, and at least OPENING_MIN_CHARACTERS. */
function sentenceOpening(sentence: string): string {
  return sentence.slice(0, Math.max(OPENING_MIN_CHARACTERS, Math.ceil(sentence.length * OPENING_SHARE)));
}

const OPENING_SHARE = 1 / 3;
/** Share of a definition question's words (rarity-weighted) the defined words (「X」 in 「X」是……) must hold. */
const DEFINED_SUBJECT_COVERAGE = 0.75;
const OPENING_MIN_CHARACTERS = 16;

/**
 * How rare the rarest question word is that the answering sentence (with its heading and lead-in)
 * lacks, against the question's rarest word (0: it lacks none). A near miss speaks of the topic but
 * lacks the specific word of what was asked ("GMP facilities", "the head of").
 */
function missingWordRarity(text: string, questionTerms: WeightedTerm[], searchText: SearchText): number {
  const rarest = Math.max(0, ...questionTerms.map((term) => term.weight));
  if (rarest === 0) return 0;
  let missing = 0;
  const analysis = analyseSentence(searchText, text);
  // (A term of no weight covers nothing: it is missing, at no weight.)
  for (const term of coverageTermsOf(questionTerms, searchText)) if (term.weight === 0 || holds(analysis, term) === 'no') missing = Math.max(missing, term.weight);
  return missing / rarest;
}

/**
 * Share of the question's rarer words (by idf; by default the rarer half, at least one) that the
 * answering sentence holds with its heading, lead-in and paragraph subject: the words that name what
 * the question is about. A near miss answers about the topic but lacks these.
 */
function rareTermsCovered(text: string, questionTerms: WeightedTerm[], searchText: SearchText, count?: number): number {
  if (questionTerms.length === 0) return 0;
  // (Made from the question's terms as coverage reads them: a list made per call would be read afresh each time.)
  const rare = [...coverageTermsOf(questionTerms, searchText)].sort((a, b) => b.weight - a.weight).slice(0, count ?? Math.max(1, Math.ceil(questionTerms.length / 2)));
  return coverageOf(analyseSentence(searchText, text), rare, 1);
}

interface Candidate {
  passage: RetrievedPassage;
  sourceLanguage: 'en' | 'zh-Hant';
  /** The passage's best sentence; support: its coverage with translations counted in full (abstains). */
  best?: CandidateSentence & { support: number; score: number };
  total: number;
}

/** Passages whose sentences are a question's candidate answers (and the number retrieved for it). */
export const CANDIDATE_PASSAGES = 5;
/** Passages whose sentences a list question's answer is chosen from: an enumerating sentence may rank below those that name its subject. */
export const LIST_CANDIDATE_PASSAGES = 8;
