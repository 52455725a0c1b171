import { countedWords } from '../retrieve/question-intent.js';
import { foldForMatch } from '../text/normalise.js';
import { parseChineseNumeral, type Quantity } from '../text/quantities.js';

/**
 * What a count counts, in a question and in a sentence: the kind of thing a Chinese classifier names
 * (間 companies, 座 buildings, 名 people), the nouns of that kind in either language, a period of time
 * that is no count at all, and 「四大」「七大」 counting the things named after them. Linguistic
 * rules of Chinese and English counting, not of any document; the answerer uses them to keep a
 * count of one kind of thing from answering a question about another.
 */

/** The span of a sentence a count answer stands in (as the answerer's Span). */
export interface CountSpan {
  text: string;
  start: number;
}

/** A question about a rise ("how much did the number of start-ups go up", 「初創企業數目增加咗幾多」): a percentage answers it even for a count of named things. */
export const ASKS_FOR_RISE = /\b(?:increase[ds]?|rise|rose|risen|grow|grew|grown|go(?:ne)? up|went up)\b|增加|增長|增长|上升|加咗|加了|升咗|升了/i;
/** A question about how much something rose or fell, or how far it reaches ("how much did X go up", 「加咗幾多」, 「覆蓋咗幾多人口」): a percentage answers it too. */
export const ASKS_FOR_SHARE_OR_FIGURE = new RegExp(`${ASKS_FOR_RISE.source}|\\b(?:raise[ds]?|cover(?:s|ed|age)?|reach(?:es|ed)?)\\b|提高|提升|覆蓋|覆盖`, 'i');
/** A count question that names the things it counts ("how many districts", 「幾多間學校」), other than people or the population. */
export function countsNamedThings(question: string): boolean {
  const counted = countedWords(question);
  return (counted !== undefined && /^[a-z]/i.test(counted) && !/population|people|residents/i.test(counted)) || classifierGroupAsked(question) !== undefined;
}
/** 「四大」「七大」: a Chinese numeral (two to ten) before 大 and a noun. */
const MAJOR_COUNT = /(?<![一二三四五六七八九十兩两\d第])([二兩两三四五六七八九十])大(?=[\u4e00-\u9fff])/gu;

/** … when the question names the things counted (「幾大發展方向」, 「多少個領域」 for 「七大領域」). */
export function majorCounts(sentence: string, question: string, bridgedTerms: ReadonlySet<string> = new Set()): Quantity[] {
  const asked = foldForMatch(question);
  // The noun counted is the question's own word, or (in an English question) a translation of one: "seven areas" ~ 七大領域.
  const asksNoun = (noun: string) => asked.includes(noun) || bridgedTerms.has(noun);
  return [...sentence.matchAll(MAJOR_COUNT)].filter((match) => asksNoun(foldForMatch(sentence.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + MAJOR_NOUN_LENGTH)))).map((match) => {
    const start = match.index ?? 0;
    return { kind: 'number', value: parseChineseNumeral(match[1]!) ?? 0, start, end: start + match[0].length, raw: match[0] };
  });
}

const MAJOR_NOUN_LENGTH = 2;

/** A unit of time after a figure makes it a period: two academic years, 「兩個學年」, 18 months. */
export const TIME_UNIT_AFTER = /^\s*(?:(?:個|个)\s*)?(?:學年|学年|年(?![度份代])|月|星期|週|周|天|日(?!\s*[起前後后])|小時|小时)|^[\s-]+(?:academic |school |financial )?(?:years?|months?|weeks?|days?|hours?)\b/i;

/**
 * Chinese counts name the kind of thing they count by their classifier: 間/家 count companies and
 * institutions, 座/幢 buildings, 名/位 people, 項 items, 宗/筆 cases. 「幾多間公司」 is not answered by
 * 「三座大樓」. The generic 個 goes with any kind. Linguistic, not of any document.
 */
const CLASSIFIER_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['establishment', /^[間间家所]/u],
  ['building', /^[座幢棟栋]/u],
  ['person', /^[名位人]/u],
  ['item', /^[項项]/u],
  ['case', /^[宗筆笔]/u],
  ['line', /^[條条]/u],
  ['team', /^[支隊队]/u],
];

function classifierGroup(text: string): string | undefined {
  return CLASSIFIER_GROUPS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The kind of thing a Chinese "how many" asks by its classifier (「幾多間」「多少名」), if it gives a specific one. */
export function classifierGroupAsked(question: string): string | undefined {
  // 「幾多人口」 asks a population, not people counted with 人; 「多少名額」 places, not people.
  // (「40幾間」 after a figure is "forty-odd", a count stated, not asked.)
  const asked = /(?:多少|幾多|几多|(?<![\d一二三四五六七八九十百千萬万])[幾几])\s*(\S)(?![口額额字稱称])/u.exec(question.normalize('NFKC'));
  return asked ? classifierGroup(asked[1]!) : undefined;
}

/** The kind of thing a count in a Chinese sentence counts by the classifier after it (「三座」 → building). */
export function classifierGroupAfter(sentence: string, span: CountSpan): string | undefined {
  // The span may hold its classifier (「三座」) or stop before it (「2,400」 間).
  const held = classifierGroup(span.text.trim().slice(-1));
  if (held) return held;
  const after = /^\s*(?:多|餘|余)?\s*(\S)/u.exec(sentence.slice(span.start + span.text.length));
  return after ? classifierGroup(after[1]!) : undefined;
}

/**
 * The counts of a sentence that agree with the kind of thing asked: none of another kind (「三座」 for
 * companies), and when one count has the asked kind's classifier (「2,400 間…科技公司」), not those
 * without it (「24 個國家」 in the same sentence).
 */
export function agreeingCounts<S extends CountSpan>(sentence: string, spans: S[], asked: string, askedByClassifier = false): S[] {
  // A count written with the generic 個 before a noun of no known kind (「約 42,000 個熱點」) counts some other thing than a
  // question asking by the classifier of establishments, buildings, people or teams (「幾多間小學」): Chinese counts those by
  // their own classifiers, and the nouns of those kinds that may be counted with 個 are known to nounGroupAfter. (Items, cases
  // and lines are counted with 個 as often as with 項, 宗, 條: 「12 個核心建議」 answers 「幾項核心建議」.)
  const strict = askedByClassifier && OWN_CLASSIFIER_KINDS.has(asked);
  const groups = spans.map((span) => classifierGroupAfter(sentence, span) ?? nounGroupAfter(sentence, span) ?? (strict && (GENERIC_CLASSIFIER_AFTER.test(sentence.slice(span.start + span.text.length)) || /[個个]$/u.test(span.text.trim())) ? OTHER_KIND : undefined));
  const agreeing = spans.filter((_, i) => groups[i] === asked);
  return agreeing.length > 0 ? agreeing : spans.filter((_, i) => groups[i] === undefined);
}

/** The generic classifier right after a count, with a noun after it (「個熱點」). */
const GENERIC_CLASSIFIER_AFTER = /^\s*(?:多|餘|余)?\s*[個个]\s*\S/u;
/** The group of a count by 個 of a noun of no known kind: agrees with no specific classifier asked. */
const OTHER_KIND = 'other';
/** Kinds Chinese counts by their own classifier (間, 座, 名, 隊), seldom by 個 but for the nouns nounGroupAfter knows. */
const OWN_CLASSIFIER_KINDS: ReadonlySet<string> = new Set(['establishment', 'building', 'person', 'team']);

/**
 * The kind of thing a count with the generic classifier (個) or none names by the noun right after it:
 * 「三個創新園」 counts sites, not companies. Sites are counted with 個 and asked with no classifier of
 * their own, so they are known here only.
 */
function nounGroupAfter(sentence: string, span: CountSpan): string | undefined {
  const after = sentence.slice(span.start + span.text.length).replace(/^\s*(?:[個个])?\s*/u, '');
  const noun = after.slice(0, COUNTED_NOUN_REACH).split(/[，,、；;。及和與与]/u)[0] ?? '';
  return COUNTED_NOUN_GROUPS.find(([, pattern]) => pattern.test(noun))?.[0];
}
/** How far after a count its noun is read: six Chinese characters, or an English word or two. */
const COUNTED_NOUN_REACH = 14;

/** Nouns by the classifier kind Chinese counts them with (公司 → 間, 人才 → 名, 大樓 → 座), in both languages. */
const NOUN_CLASSIFIER_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['establishment', /公司|企業|企业|機構|机构|大學|大学|學校|学校|小學|小学|中學|中学|醫院|医院|初創|初创|\b(?:compan(?:y|ies)|firms?|enterprises?|start-?ups?|businesses|universit(?:y|ies)|schools?|institutions?|hospitals?)\b/i],
  ['person', /人才|學生|学生|員工|员工|職員|职员|研究員|研究员|人員|人员|\b(?:people|persons?|students?|talents?|staff|researchers?|workers?|employees?)\b/i],
  ['building', /大樓|大楼|樓宇|楼宇|建築物|建筑物|\bbuildings?\b/i],
  ['team', /團隊|团队|隊伍|队伍|\bteams?\b/i],
  ['item', /項目|项目|措施|\b(?:projects?|measures?)\b/i],
];

/** … and on the sentence side, sites and facilities (parks, centres), which no question classifier asks. */
const COUNTED_NOUN_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [...NOUN_CLASSIFIER_GROUPS.map(([group, pattern]) => [group, new RegExp(`^(?:\\S{0,3}?)(?:${pattern.source})`, pattern.flags)] as const), ['site', /^\S{0,3}?(?:園區|园区|園|园|中心|基地|\b(?:parks?|centres?|centers?|campus(?:es)?|sites?)\b)/iu]];

/** The kind of thing counted words name; for a question without them ("AI企業 邊樣多啲"), the one kind its nouns name, if only one. */
export function classifierGroupOfNoun(text: string): string | undefined {
  const named = NOUN_CLASSIFIER_GROUPS.filter(([, pattern]) => pattern.test(text));
  return named.length === 1 ? named[0]![0] : undefined;
}
