import type { Language } from '../corpus/manifest.js';
import { ASKS_WHY, type AnswerType } from '../retrieve/question-intent.js';
import { ENGLISH_MONTH_WORD, formatMoneyChinese, formatMoneyEnglish, type Quantity } from '../text/quantities.js';
import { statedCountQuestion } from './stated-count.js';
import type { Citation } from './answer-contract.js';
import type { RetrievedPassage } from '../retrieve/hybrid-retriever.js';
import { withoutMentions, type DocumentMention } from './document-reference.js';
import { RANK_SCOPES } from '../text/rank-scopes.js';
import { formatLead, inScript, messagesFor, quote, titleFor, toCitation, type AnswerOptions, type ComposedAnswer } from './extractive-answer.js';

/**
 * Comparison questions between two named things — "Which has more, X or Y?", "How much more is X
 * than Y?", 「X比Y多多少？」, 「X同Y邊個多啲？」 — are answered as two questions: each side is asked on
 * its own (the question with the other side taken out), and when both give a figure of the same
 * kind, the answer states both, each with its own citation and year, says which is larger and by
 * how much, and that the difference was computed. A side the documents do not answer leaves the
 * question to the ordinary answerer. Pure: the caller asks the two sides.
 */

export interface Comparison {
  /**
   * Two things named in the question, one thing in two years ("how did X change from 2024-25 to
   * 2025-26?"), or one thing in two documents ("between the fact sheet and the press release").
   */
  by: 'subject' | 'year' | 'document';
  /** The two things compared, as the question names them (for a change across years, the two years). */
  sides: [string, string];
  /** The question with the other side taken out, one per side: what each side is asked as. */
  questions: [string, string];
  /** The figure compared: a sum of money, a count or a percentage. */
  answerType: Extract<AnswerType, 'amount' | 'count' | 'percent' | 'other'>;
  /** "How much more": the difference is what was asked. */
  asksDifference: boolean;
  /** "How many times …", 「多少倍」: the ratio is asked too. */
  asksTimes?: boolean;
  /** "Which ranking places Hong Kong higher", 「哪個排名更靠前」: positions compared, the smaller number the higher. */
  asksRank?: boolean;
  /** For a change between documents: the documents each side is asked of. */
  documents?: [readonly string[], readonly string[]];
}

const COMPARATIVE_EN = String.raw`(?:more|bigger|larger|higher|greater|less|smaller|fewer|lower)`;
/** "Which has drawn more private investment, X or Y?", "Does HKSTP have more AI firms or life-science firms?" */
const EITHER_OR_EN = new RegExp(String.raw`^(.*?\b${COMPARATIVE_EN}\b[^,:]*?)[,:]\s*((?:(?!\bor\b).)+?)\s+or\s+(.+?)\s*[?？.]?$`, 'i');
/** … without a comma: the alternatives follow the comparative word ("more AI firms or life-science firms"). */
const EITHER_OR_EN_RUN_ON = new RegExp(String.raw`^(.*?\b${COMPARATIVE_EN}\b)\s+((?:(?!\bor\b).)+?)\s+or\s+(.+?)\s*[?？.]?$`, 'i');
/** "How much more is set aside for X than for Y?" */
const THAN_EN = new RegExp(String.raw`^(.*?\b${COMPARATIVE_EN}\b)\s+(.+?)\s+than\s+(.+?)\s*[?？.]?$`, 'i');
/** 「X比Y多多少？」, 「X比Y高幾多？」 */
const THAN_ZH = /^(.+?)(?<![相對对])比(?![較较])(.+?)(?:多|少|高|低|大|細|小|貴|贵)(?:出)?(?:多少|幾多|几多|咗幾多|咗多少|了多少|幾|几)?.*$/;
/** 「X和Y相比，哪一筆較多？」, 「X同Y比較，邊個大啲？」: two things set side by side with 相比 / 比較, then which is more. */
const COMPARED_WITH_ZH = /^(.+?)[，,\s]*(?:和|同|與|与|跟)(.+?)(?:相比|相比較|相比较|比較|比较|對比|对比)(?:之下)?[，,\s]*(?:(?:邊|边|哪)(?:一)?(?:個|个|筆|笔|項|项|樣|样|方)|誰|谁)?.{0,10}?(?:多|少|大|小|細|高|低).*$/;
/** 「X是Y的多少倍？」, 「X係Y嘅幾多倍？」: split at the last copula (not the 系 of 系統, 關係, nor the 為 of 作為, 成為, 認為). */
const TIMES_ZH = /^(.+)[，,\s]*(?:是|(?<![關关])(?:係|系)(?![統统])|(?<![作成認认因])(?:為|为))(.+?)(?:的|嘅)(?:多少|幾多|几多|幾|几)倍.*$/;
/** "How many times …", 「多少倍」: the ratio of the two figures is asked. */
const ASKS_TIMES = /\bhow many times\b|(?:多少|幾多|几多|幾|几)倍/i;
/** 「X同Y邊個多啲？」, 「X和Y哪個較大？」 */
const WHICH_ZH = /^(.+?)(?:同|和|與|与|跟|定係|定系|還是|还是|抑或)(.+?)[,，\s]*(?:邊個|边个|邊樣|边样|邊項|边项|邊筆|边笔|哪個|哪个|哪一個|哪一个|哪項|哪项|哪筆|哪笔|哪一筆|哪一笔|邊一個|边一个|邊一筆|边一笔|哪一邊|哪一边|哪邊|哪边|邊一邊|边一边|邊邊|边边|誰|谁)(?:的|嘅)?.{0,14}?(?:多|大|高|少|細|小|低|靠前|靠後|靠后|(?:較|较|更)(?:前|後|后)).*$/;
/** Where a ranking ranks (worldwide, in Asia, in the Asia-Pacific): the answerer's scopes, any of their words. */
const RANK_SCOPE_WORDS = new RegExp(RANK_SCOPES.map(([words]) => words.source).join('|'), 'gi');
/** "globally in the Smart Centres Index": the scope and its preposition before a ranking's name (not "World" inside one). */
const LEADING_RANK_SCOPE = new RegExp(`^(?:(?:${RANK_SCOPES.map(([words]) => words.source).join('|')})\\s+)+(?:in|on|of)\\s+(?:the\\s+)?`, 'i');
/**
 * A comparison of positions in rankings: "is Hong Kong ranked higher in X or Y", "which ranking
 * places it higher", 「哪個排名更靠前」. The position is a count whose smaller number is the higher
 * place. Not "which place gets more" (a place is a location) nor a scheme named "ranking".
 */
const ASKS_RANK = /\b(?:ranks|ranked)\b|\brankings?\b(?=[^?？]*\b(?:higher|lower|better|worse|top)\b)|\b(?:higher|lower|better|worse)\b[^?？]*\brankings?\b|\bplaced?s? (?:higher|lower|better|worse)\b|排名|排位|名次|靠前|靠後|靠后/i;

/** "…, X or Y, and by how much?": the difference asked after the last side is no part of it. */
const TRAILING_DIFFERENCE = /[,，]?\s*(?:and\s+)?(?:by\s+)?how (?:much|many|far)(?:\s+(?:more|less|fewer|bigger|larger|higher|lower))?\s*[?？.]*$|[,，]?\s*(?:相差|差|多|少)(?:咗|了)?(?:幾多|几多|多少)\s*[?？]*$/i;
const ASKS_DIFFERENCE = /how (?:much|many) (?:more|less|fewer)|by how (?:much|many)|多了(?:多少|幾多|几多)|少了(?:多少|幾多|几多)|difference|多多少|多幾多|多几多|少多少|少幾多|少几多|相差|差(?:咗|了|左)?(?:幾多|几多|多少)|多咗幾多|多咗多少|高多少|高幾多|低多少|低幾多/i;
/** Words that make the compared figure a sum of money. */
const MONEY_CUE = /how much|money|fund(?:ing|s)?\b|budget|investment|invest|cost|spend|spent|allocat|provision|grant|set aside|earmark|\$|dollar|billion|million|錢|钱|撥款|拨款|資金|资金|預算|预算|預留|预留|投資|投资|開支|开支|資助|资助|億|亿|萬元|万元|元|蚊/i;
/** A comparison of sizes: of sites, land or floor space, in hectares or square metres. */
const SIZE_CUE = /\b(?:sites?|land|plots?|area|hectares?|floor (?:area|space)|square (?:metres|meters|feet))\b|面積|面积|公頃|公顷|用地|幅地|土地|樓面|楼面|平方米/i;
/** Words that make the compared figure a count of things. */
const COUNT_CUE = new RegExp(String.raw`how many|number of|\b(?:firms|companies|enterprises|start-?ups|people|staff|posts|projects|students|places|units)\b|(?:多少|幾多|几多)[${'個个間间家項项所名宗座條条枚隊队人筆笔'}]|企業|企业|公司|機構|机构|初創|初创|人才|學生|学生`, 'i');
/** "Which invested in more companies", 「邊個投資咗多啲間公司」: a classifier or a countable noun right after "more" counts, whatever money the sides name. */
const EXPLICIT_COUNT = new RegExp(String.raw`(?:(?:多|少)(?:啲|些|咗)|更多|較多|较多)[${'間间家項项所名宗座條条枚隊队人筆笔'}]|\b(?:more|fewer)\s+(?:[\w-]+\s+)?(?:firms|companies|enterprises|start-?ups|people|staff|posts|projects|students)\b|\bnumber of\b|\b(?:company|firm|start-?up|tenant|member|staff|user|project)\s+(?:count|numbers?)\b|\bhead ?count\b|數目|数目|數量|数量`, 'i');
const PERCENT_CUE = /percent|per cent|%|百分|比率|比例|增幅|升幅|減幅|减幅|跌幅/i;

/**
 * The kind of figure a comparison compares, by the words of the question: a percentage, a count, a sum of money; else
 * `otherwise` (two things named side by side are compared as sums; a change across years or documents may compare anything).
 */
function comparedFigureKind(text: string, otherwise: 'amount' | 'other'): Comparison['answerType'] {
  if (PERCENT_CUE.test(text)) return 'percent';
  if (EXPLICIT_COUNT.test(text) || (COUNT_CUE.test(text) && !MONEY_CUE.test(text))) return 'count';
  return otherwise === 'amount' || MONEY_CUE.test(text) ? 'amount' : 'other';
}

/** The two sides of a comparison question, or undefined when it compares nothing named twice. */
export function splitComparison(question: string): Comparison | undefined {
  const whole = question.normalize('NFKC').trim();
  // "Why is X's budget less than last year's?", 「點解……比上一年度少？」: a why asks the cause, not the two figures.
  if (ASKS_WHY.test(whole)) return undefined;
  // "According to the fact sheet, …", 「根據創科概況，……」: a source named first is asked of both sides, no part of the first.
  const source = SOURCE_FIRST.exec(whole)?.[0] ?? '';
  const text = whole.slice(source.length);
  // Two things named ("X in 2024-25 or Y in 2025-26") before one thing in two years.
  const found = matchSides(text);
  if (!found) return splitAcrossYears(whole);
  const [prefix, first, second, rest] = found;
  // "How much more is (set aside for) the X than (for) the Y": the verb and article belong to the frame, not the side.
  // … and so does "more" repeated before the second side ("more AI firms or more life-science firms"), only when the first has it too.
  const repeatsMore = /\b(?:more|fewer|less)\s*$/i.test(prefix) && /^\s*(?:more|fewer|less)\s/i.test(second);
  const clean = (side: string) => (repeatsMore ? side.replace(/^\s*(?:more|fewer|less)\s+/i, '') : side).replace(/^(?:(?:is|are|was|were|does|do|did|has|have|for|to|in|on|the|a|an)\s+)+/i, '').replace(TRAILING_DIFFERENCE, '').replace(/[?？。.,，]+$/, '').trim();
  const sides: [string, string] = [clean(first), clean(second)];
  if (sides.some((side) => side.length < MIN_SIDE_LENGTH || NOT_A_SUBJECT.test(side)) || sides[0] === sides[1]) return splitAcrossYears(whole);
  // Positions in rankings are compared as counts, each side asked as a ranking ("… ranking", 「…排名」).
  const asksRank = ASKS_RANK.test(text);
  if (asksRank) {
    const rankWord = /\p{Script=Han}/u.test(text) ? '排名' : 'ranking';
    // The scope the question ranks in ("globally", 全球) is each side's, wherever it is written.
    const scopes = [...new Set([...text.matchAll(RANK_SCOPE_WORDS)].map((match) => match[0]))];
    const scoped = (question: string) => [question, ...scopes.filter((scope) => !question.includes(scope))].join(' ');
    // "globally in the Smart Centres Index": the ranking is the side, its scope the question's.
    const ranking = sides.map((side) => side.replace(LEADING_RANK_SCOPE, '').trim() || side) as [string, string];
    return {
      by: 'subject',
      sides: ranking,
      questions: ranking.map((side) => scoped(`${source}${`${frameWords(prefix)} ${side} ${rest.replace(/[,，]?\s*(?:哪|邊|边)[^，,。？?]*[？?]?\s*$/u, '')} ${rankWord}`.trim()}`)) as [string, string],
      answerType: 'count',
      asksDifference: false,
      asksRank: true,
    };
  }
  // Sites, land and floor space compared by size ("which site is bigger", 「邊幅地大啲」): each side's size is asked, as "how big is X" would be.
  if (SIZE_CUE.test(text) && !MONEY_CUE.test(text) && !PERCENT_CUE.test(text)) {
    const zh = /\p{Script=Han}/u.test(text);
    return {
      by: 'subject',
      sides,
      questions: sides.map((side) => `${source}${zh ? `${side}面積有多大？` : `how big is ${side}?`}`) as [string, string],
      answerType: 'count',
      asksDifference: ASKS_DIFFERENCE.test(text),
      asksTimes: ASKS_TIMES.test(text),
    };
  }
  // Budget documents compare sums unless the question counts things or asks for a rate.
  const answerType = comparedFigureKind(text, 'amount');
  // An English side of a count is asked as the asker would ask it alone: "how many AI firms … host" (what is counted follows "how many").
  const countsInEnglish = answerType === 'count' && /[a-z]/i.test(text) && !/\p{Script=Han}/u.test(text);
  return {
    by: 'subject',
    sides,
    questions: sides.map((side) => `${source}${(countsInEnglish ? `how many ${side} ${frameWords(prefix)} ${rest}` : `${frameWords(prefix)} ${side} ${rest}`).trim()}`) as [string, string],
    answerType,
    asksDifference: ASKS_DIFFERENCE.test(text),
    asksTimes: ASKS_TIMES.test(text),
  };
}

/** A question about how something changed: went up or down, differed, compared. */
const ASKS_CHANGE = /\b(?:change[ds]?|differ(?:ence|ent)?|compare[ds]?|go(?:ne)? (?:up|down)|went (?:up|down)|rise[ns]?|risen|rose|fall(?:en|s)?|fell|increase[ds]?|decrease[ds]?|grow[ns]?|grew|dropped|climbed|jumped|more|less|fewer)\b|變化|变化|改變|改变|變動|变动|分別|分别|增加|減少|减少|多咗|少咗|升|跌|比較|比较|相比/i;
/** Whether a question asks how something changed or compares (and so names two sides, each answered by a sentence about one of them). */
export function asksChangeOrComparison(question: string): boolean {
  return ASKS_CHANGE.test(question);
}

/** Budget years and calendar years written in a question: 2024-25, 2024/25, 二零二四至二五年度, 2024. */
const YEAR_IN_QUESTION = /(?:19|20)\d{2}\s?(?:[-/–至]\s?\d{2,4})?(?:\s?年度?)?|[零〇一二三四五六七八九]{4}至[零〇一二三四五六七八九]{2}年度/g;

/**
 * "How did X change from the 2024-25 to the 2025-26 Budget?", 「X喺2024-25同2025-26年度有咩分別？」:
 * one subject in two years, each year asked alone (the question with the other year taken out).
 */
function splitAcrossYears(text: string): Comparison | undefined {
  if (!ASKS_CHANGE.test(text)) return undefined;
  const years = [...text.matchAll(YEAR_IN_QUESTION)].map((match) => ({ written: match[0], at: match.index ?? 0 }));
  const distinct = years.filter((year, i) => years.findIndex((other) => other.written.replace(/\D/g, '').slice(0, 4) === year.written.replace(/\D/g, '').slice(0, 4)) === i);
  if (distinct.length !== 2) return undefined;
  const [first, second] = distinct as [{ written: string; at: number }, { written: string; at: number }];
  const without = (year: { written: string; at: number }) => `${text.slice(0, year.at)}${text.slice(year.at + year.written.length)}`.replace(/\s+/g, ' ').trim();
  // "the 2024-25 Budget" names a document, not a sum: what is compared is in the other words.
  const asked = text.replace(/\bbudgets?\b|預算案|预算案/gi, ' ');
  const answerType = comparedFigureKind(asked, 'other');
  return {
    by: 'year',
    sides: [first.written.trim(), second.written.trim()],
    // Each year's question keeps its own year and drops the other.
    questions: [without(second), without(first)],
    answerType,
    asksDifference: ASKS_DIFFERENCE.test(text),
    asksTimes: ASKS_TIMES.test(text),
  };
}

/** Words that set two documents side by side, besides the words of a change: "versus", "compared with", 「對比」. */
const SETS_SIDE_BY_SIDE = /\b(?:versus|vs\.?|compared?|against|same as)\b|對比|对比|相比|比較|比较|一樣|一样|相同/i;

/**
 * "HKSTP's company count went up between the 2025 fact sheet and its 2026 press release — by how
 * many?", 「「智方便」連接的服務數目，預算案簡報比概況多了多少項？」: one thing in two documents the
 * question names, each asked of its own documents. Undefined unless the question names exactly two
 * distinct sets of documents and asks for a change or a comparison.
 */
export function splitAcrossDocuments(question: string, mentions: readonly DocumentMention[]): Comparison | undefined {
  const text = question.normalize('NFKC');
  if (!ASKS_CHANGE.test(text) && !SETS_SIDE_BY_SIDE.test(text) && !ASKS_DIFFERENCE.test(text) && !/比/.test(text)) return undefined;
  const distinct = mentions.filter((mention, i) => mentions.findIndex((other) => sameDocuments(other, mention)) === i);
  if (distinct.length !== 2) return undefined;
  const [first, second] = distinct as [DocumentMention, DocumentMention];
  if (first.documents.some((document) => second.documents.includes(document))) return undefined;
  const asked = withoutMentions(text, mentions);
  // Each side asks the figure as that document gives it: the change the whole question asks about is no part of a side.
  // ("How much has the number of firms grown" asks each side how many firms.)
  // "How many more companies does it host in A than B credited it with?" asks each document how many companies: the
  // comparative and the than-clause emptied of its document are no part of a side.
  const sideQuestion = asked
    .replace(SIDE_CHANGE_FRAME, ' ')
    // "… between the 2025 I&T fact sheet and HKSTP's February 2026 press release?": the clause that named the two documents,
    // with whatever words of their names the mentions left ("the 2025 I&T", "HKSTP's February"), is no part of a side.
    .replace(/\s+between\s+[^?？]*?\s+and\b[^?？]*?(?=\s*[?？]|\s*$)/i, '')
    .replace(/\bhow much (?:has|have|had|did|does|is|was) the (?:total )?(?:number|count) of\b/i, 'how many')
    // "How much did HKSTP's company count grow" asks each document how many companies HKSTP has.
    .replace(/\bhow much (?:has|have|had|did|does|is|was) ((?:the )?[\w&@.+-]+)['’]s ((?:[\w-]+ )?)(company|firm|start-?up|tenant|member|user|project) (?:count|numbers?)\b/i, (_, owner: string, kind: string, noun: string) => `how many ${kind}${noun === 'company' ? 'companies' : `${noun}s`} does ${owner} have`)
    .replace(/\bhow (many|much) (?:more|fewer|less) (?!(?:is|are|was|were|does|do|did|has|have|will|would|can|could)\b)(?=[a-z])/i, 'how $1 ')
    .replace(/\s+than\b[^?？]*?(?=[?？]|$)/i, '')
    // … nor a month left of a document named by it ("in its Feb 2026 press release").
    .replace(new RegExp(String.raw`\s+(?:in|of|from)\s+(?:its|their|the)\s+${MONTH_WORD}(?=\s*[?？,，]|\s*$)`, 'i'), '')
    // … nor "(its own) Feb" left of one named after "and" ("between the fact sheet and its own Feb 2026 press release").
    .replace(new RegExp(String.raw`(?:\s+(?:and|or))?\s+(?:(?:its|their|the)\s+)?(?:own\s+)?${MONTH_WORD}(?=\s*[?？,，]|\s*$)`, 'gi'), '')
    .replace(/\s+/g, ' ')
    .trim();
  // "HKSTP served 'over 1,600' tech companies in the fact sheet; what does the press release give, how much did it grow?":
  // a count the question states says what each document is asked (how many tech companies HKSTP served), whatever "how much" says.
  // (A question already asking how many keeps its own words: the stated figure beside them helps find the other document's.)
  const cued = comparedFigureKind(asked, 'other');
  const statedCount = cued === 'count' ? countByNounZh(sideQuestion) : statedCountQuestion(asked);
  const answerType = statedCount ? 'count' : cued;
  const ids = (mention: DocumentMention) => mention.documents.map((document) => document.id);
  // The earlier document first, whatever order the question names them in.
  const [older, newer] = first.documents[0]!.date <= second.documents[0]!.date ? [first, second] : [second, first];
  return {
    by: 'document',
    sides: [older.written, newer.written],
    questions: [statedCount ?? sideQuestion, statedCount ?? sideQuestion],
    answerType,
    asksDifference: ASKS_DIFFERENCE.test(text),
    asksTimes: ASKS_TIMES.test(text),
    documents: [ids(older), ids(newer)],
  };
}

/** 「X的Y數目」: what a Chinese question counts, the words before 數目 / 數量 in their clause. */
const COUNTED_BY_NOUN_ZH = /([^，,。；;？?]*?)(?:數目|数目|數量|数量|總數|总数)/u;
/** … and the classifier its 「多咗幾多間」 counts with. */
const DIFFERENCE_CLASSIFIER_ZH = /(?:幾多|几多|多少)([間间家個个項项名位所座])/u;
/** Words that report what a document says (講嘅, 提到的): no part of what is counted. */
const REPORTED_BY_ZH = /(?:講嘅|讲嘅|講的|讲的|所講的|所讲的|提到的|提及的|話嘅|话嘅)$/u;

/**
 * 「科技園公司講嘅科技公司數目，同概況講嘅比，多咗幾多間？」 asks each document 「科技園公司有多少間科技公司？」: the owner, the
 * classifier and the noun, without the comparison's frame; 「科技園公司支援嘅科技公司數目…」 keeps the clause that says which
 * are counted: 「科技園公司支援嘅科技公司有多少間？」. Undefined for a question that counts no 「…數目」.
 */
function countByNounZh(side: string): string | undefined {
  const counted = COUNTED_BY_NOUN_ZH.exec(side)?.[1]?.replace(/\s+/gu, '');
  if (!counted) return undefined;
  const classifier = DIFFERENCE_CLASSIFIER_ZH.exec(side)?.[1] ?? '';
  const at = Math.max(counted.lastIndexOf('嘅'), counted.lastIndexOf('的'));
  const noun = counted.slice(at + 1);
  if (noun.length < 2) return undefined;
  if (at < 0) return `有多少${classifier}${noun}？`;
  const modifier = counted.slice(0, at + 1);
  if (REPORTED_BY_ZH.test(modifier)) return `${modifier.replace(REPORTED_BY_ZH, '')}有多少${classifier}${noun}？`;
  return `${modifier}${noun}有多少${classifier}？`;
}

/** A month, as a question names a document by it ("the Feb 2026 press release"). */
const MONTH_WORD = String.raw`${ENGLISH_MONTH_WORD}\.?`;

/**
 * The words of a question across documents that ask for the change, not the figure: "did the figure
 * change", "grown", "went up", "by how many", "between … and …" emptied of its documents, 「多了多少」.
 */
const SIDE_CHANGE_FRAME = new RegExp(
  [
    String.raw`[—–-]?\s*\b(?:did|has|have|had)\s+(?:the|that|this|its)\s+(?:figure|number|count|total|amount|sum)\s+(?:changed?|gone (?:up|down)|go (?:up|down)|grown|grow|risen|rise|fallen|fall|increased?|decreased?)\b`,
    String.raw`\b(?:changed?|grown|grow|grew|gone (?:up|down)|went (?:up|down)|go (?:up|down)|risen|rose|rise|fallen|fell|increased|decreased|dropped|climbed|jumped)\b`,
    String.raw`[,，]?\s*(?:and\s+)?by how (?:much|many)\b`,
    String.raw`\b(?:between|from)\s+(?:the\s+)?(?:${MONTH_WORD}\s+)?(?:and|to)\s+(?:the\s+)?(?:${MONTH_WORD}\b)?`,
  ].join('|'),
  'gi',
);

function sameDocuments(a: DocumentMention, b: DocumentMention): boolean {
  return a.documents.length === b.documents.length && a.documents.every((document) => b.documents.includes(document));
}

/** Words of the frame that say what is compared ("drawn private investment"), without the question and comparative words that would only dilute each side's question. */
function frameWords(prefix: string): string {
  return prefix.replace(FRAME_NOISE, ' ').replace(/\s+/g, ' ').trim();
}

const FRAME_NOISE = new RegExp(String.raw`\b(?:which|what|who|how|much|many|one|does|do|did|is|are|was|were|has|have|had|got|gets?|receives?d?|the|a|an|${COMPARATIVE_EN})\b|[,:?？]`, 'gi');

/** A side that is a year ("比2023年增加", "than in 2023") or a change is the baseline of a change, not a second thing. */
const NOT_A_SUBJECT = /^(?:(?:in|of|than)\s+)?(?:(?:19|20)\d{2}(?:[-/]\d{2})?|[零〇一二三四五六七八九]{4}|last year|(?:the )?(?:year before|previous year|prior year)|(?:an? |one |a few |two |three )?(?:years?|months?) (?:earlier|before|ago)|(?:right )?now|today|currently|before|earlier|previously|去年|上年|上一年|前一年|上個年度|上个年度)\s*(?:年度|年)?\s*(?:增加|減少|减少|增長|增长|上升|下降)?[咗了]?(?:幾|几|多少)?$/i;

/** A source named before the comparison: "According to the fact sheet,", 「根據創科概況，」. */
const SOURCE_FIRST = /^(?:(?:according to|as per|based on)\s+[^,，]{2,60}[,，]\s*|(?:根據|根据|按照|依照|據|据)[^，,]{2,30}[，,]\s*)/iu;

/** Shortest side taken as a thing compared (shorter is a stray word, "it", 佢). */
const MIN_SIDE_LENGTH = 2;

function matchSides(text: string): [string, string, string, string] | undefined {
  let match = EITHER_OR_EN.exec(text) ?? EITHER_OR_EN_RUN_ON.exec(text);
  if (match) return [match[1]!, match[2]!, match[3]!, ''];
  match = THAN_EN.exec(text);
  if (match) return [match[1]!, match[2]!, match[3]!, ''];
  match = COMPARED_WITH_ZH.exec(text) ?? THAN_ZH.exec(text) ?? TIMES_ZH.exec(text) ?? WHICH_ZH.exec(text);
  // What follows the second side (多多少, 邊個多) is asked of each side alone.
  if (match) return ['', match[1]!, match[2]!, sideAskingZh(text.slice(text.indexOf(match[2]!, match[1]!.length) + match[2]!.length))];
  return undefined;
}

/** 「多多少個」「高幾多」: the comparative before how much, which each side asked alone does not carry (「有多少個」). */
const COMPARED_BY_HOW_MUCH_ZH = /^[\s，,]*(?:多|少|高|低|大|細|小)(?:咗|了)?(?=多少|幾多|几多)/u;
/** 「，邊個多？」「哪個較多？」「多幾多？」 after the second side: which of the two, and by how much, asked of both at once. */
const WHICH_OF_TWO_ZH = /[，,]?\s*(?:(?:邊個|边个|哪個|哪个|哪一個|哪一个|哪項|哪项|哪一項|哪一项|邊項|边项|邊筆|边笔|哪筆|哪笔|哪一邊|哪一边|哪邊|哪边|邊邊|边边)\s*(?:數目|数目|數量|数量)?\s*(?:較|较|比較|比较|更)?(?:多|少|高|低|大|細|细|小)(?:啲|些|一些|一點|一点)?(?:錢|钱)?|(?:多|少|高|低)(?:咗|了)?(?:多少|幾多|几多))\s*[？?]?/gu;

/** What follows the second side, as each side is asked alone: 「多多少個」 → 「有多少個」, 「，邊個多？多幾多？」 → 「有多少？」. */
function sideAskingZh(rest: string): string {
  const comparativeDropped = rest.replace(COMPARED_BY_HOW_MUCH_ZH, '有');
  if (comparativeDropped !== rest) return comparativeDropped;
  const withoutWhich = rest.replace(WHICH_OF_TWO_ZH, '').trim();
  return withoutWhich === rest.trim() ? rest : `${withoutWhich} 有多少？`.trim();
}

/**
 * A side's question is a fragment ("money AI subsidy scheme"), without the question words the
 * confidence model was fitted on, so its confidence runs low: a side is answered from this share of
 * the answerer's threshold. Both sides must still find a figure of the asked kind.
 */
export const SIDE_THRESHOLD_SHARE = 0.5;

export function sideOptions(options: AnswerOptions): AnswerOptions {
  return { ...options, comparisonSide: true, confidence: { ...options.confidence, threshold: options.confidence.threshold * SIDE_THRESHOLD_SHARE } };
}

/** One side answered: the figure it leads with, from which sentence of which passage. */
type AnsweredSide = Required<Pick<ComposedAnswer, 'lead' | 'confidence'>> & { lead: NonNullable<ComposedAnswer['lead']> & { quantity: Quantity } };

/** For a change across years: each side's answer comes from its year (a document of that budget year, or a sentence naming it). */
export function sidesMatchYears(comparison: Comparison, sides: ComposedAnswer[]): boolean {
  if (comparison.by !== 'year') return true;
  return sides.every((side, i) => {
    const year = comparison.sides[i]!.replace(/\s?年度?$/, '');
    const lead = side.lead;
    return lead !== undefined && (lead.passage.document.budgetYear.startsWith(year.slice(0, 4)) || lead.sentence.normalize('NFKC').includes(year));
  });
}

/** Whether both sides were answered with figures that can be compared (same kind, not the same figure of the same sentence). */
export function comparable(first: ComposedAnswer, second: ComposedAnswer): [AnsweredSide, AnsweredSide] | undefined {
  const sides = [first, second];
  if (sides.some((side) => side.abstained || !side.lead?.quantity)) return undefined;
  const [a, b] = sides as unknown as [AnsweredSide, AnsweredSide];
  if (a.lead.quantity.kind !== b.lead.quantity.kind) return undefined;
  if (a.lead.sentence === b.lead.sentence && a.lead.quantity.start === b.lead.quantity.start) return undefined;
  return [a, b];
}

/** Units of size a figure may be followed by, and how a difference in each is written. */
const MEASURE_WORDS = { hectare: { en: 'hectares', zh: '公頃' }, squareMetre: { en: 'square metres', zh: '平方米' } } as const;
const MEASURE_AFTER: ReadonlyArray<readonly [keyof typeof MEASURE_WORDS, RegExp]> = [
  ['hectare', /^[\s-]*(?:公頃|公顷|hectares?\b|ha\b)/i],
  ['squareMetre', /^[\s-]*(?:平方米|平方公尺|square (?:metres|meters)\b|sq\.? ?m\b)/i],
];

/** The unit of size written right after a figure in its sentence, if any. */
function measureUnitAfter(sentence: string, end: number): keyof typeof MEASURE_WORDS | undefined {
  const after = sentence.slice(end);
  return MEASURE_AFTER.find(([, unit]) => unit.test(after))?.[0];
}

/** The comparison answer: both figures with their citations, which is larger, and the computed difference. */
export function composeComparison(comparison: Comparison, answered: [AnsweredSide, AnsweredSide], language: Language): { answer: string; citations: Citation[]; confidence: number } {
  const { citations, numbers } = citeSides(answered, language);
  const figures = answered.map((side) => formatLead({ text: side.lead.quantity.raw, start: side.lead.quantity.start, quantity: side.lead.quantity }, language, side.lead.sourceLanguage, side.lead.passage.document.date, side.lead.sentence));
  const names = comparison.sides.map((side) => inScript(side, language));
  const [a, b] = answered.map((side) => side.lead.quantity);
  const larger = a!.value >= b!.value ? 0 : 1;
  // Positions: the smaller number is the higher place, and that is the answer.
  if (comparison.asksRank) return composeRankComparison(comparison, answered, numbers, figures, citations, language);
  // Two sizes in one unit (20 公頃 and 10 hectares): the difference is in that unit, and the larger is the bigger.
  const units = answered.map((side) => measureUnitAfter(side.lead.sentence.normalize('NFKC'), side.lead.quantity.end));
  const unit = units[0] && units[0] === units[1] ? units[0] : undefined;
  const difference = `${formatDifference(Math.abs(a!.value - b!.value), a!, language)}${unit ? (language === 'en' ? ` ${MEASURE_WORDS[unit].en}` : MEASURE_WORDS[unit].zh) : ''}`;
  const equal = a!.value === b!.value;
  const en = language === 'en';
  const statements = names.map((name, i) => (en ? `${name}: ${figures[i]} [${numbers[i]}]` : `${name}：${figures[i]} [${numbers[i]}]`));
  const verdict = equal
    ? en
      ? 'They are the same.'
      : inScript('兩者相同。', language)
    : en
      ? `${names[larger]} is the larger, by ${difference} (computed from the two figures).`
      : inScript(`${names[larger]}${unit ? '較大' : '較多'}，相差 ${difference}（按兩個數字計算）。`, language);
  const quotes = quotedSides(answered, numbers, language);
  // "How many times …": the larger as a multiple of the smaller, computed.
  const smaller = answered[1 - larger]!.lead.quantity.value;
  const times = comparison.asksTimes && !equal && smaller > 0 ? round(answered[larger]!.lead.quantity.value / smaller) : undefined;
  const timesStatement = times === undefined ? '' : en ? ` ${names[larger]} is ${times} times ${names[1 - larger]} (computed).` : inScript(`${names[larger]}是${names[1 - larger]}的 ${times} 倍（按兩個數字計算）。`, language);
  const answer = en ? `${statements.join('; ')}. ${verdict}${timesStatement} ${quotes.join(' ')}` : `${statements.join('；')}。${verdict}${timesStatement}${quotes.join('')}`;
  return { answer, citations, confidence: Math.min(answered[0].confidence, answered[1].confidence) };
}

/**
 * A change across years or documents with no figure to compute from (a status, a plan): each side's sentence
 * quoted with its own document and year, the earlier first. Undefined when both years answer from
 * the same passage (the documents do not tell the two years apart).
 */
export function composeAcrossYears(comparison: Comparison, sides: [ComposedAnswer, ComposedAnswer], language: Language): { answer: string; citations: Citation[]; confidence: number } | undefined {
  if (comparison.by === 'subject' || sides.some((side) => side.abstained || !side.lead)) return undefined;
  const [a, b] = sides.map((side) => side.lead!);
  if (a!.passage.chunk.id === b!.passage.chunk.id) return undefined;
  const en = language === 'en';
  const citations = [toCitation(a!.passage, 1, language), toCitation(b!.passage, 2, language)];
  const parts = [a!, b!].map((lead, i) => {
    const document = lead.passage.document;
    const source = messagesFor(language).source(titleFor(document, language), document.date, document.budgetYear);
    const label = inScript(comparison.sides[i]!, language);
    return en ? `${label}: ${quote(lead.sentence, language)} [${i + 1}] (${source})` : inScript(`${label}：${quote(lead.sentence, language)} [${i + 1}]（${source}）`, language);
  });
  return { answer: parts.join(en ? ' ' : '。'), citations, confidence: Math.min(sides[0].confidence, sides[1].confidence) };
}

/** Two positions in rankings: each with its citation, and which is the higher place (the smaller number). */
function composeRankComparison(comparison: Comparison, answered: [AnsweredSide, AnsweredSide], numbers: number[], figures: string[], citations: Citation[], language: Language): { answer: string; citations: Citation[]; confidence: number } {
  const en = language === 'en';
  const names = comparison.sides.map((side) => inScript(side, language));
  const [a, b] = answered.map((side) => side.lead.quantity.value) as [number, number];
  const higher = a <= b ? 0 : 1;
  const statements = names.map((name, i) => (en ? `${name}: ${figures[i]} [${numbers[i]}]` : `${name}：${figures[i]} [${numbers[i]}]`));
  const verdict =
    a === b
      ? en
        ? 'The same position in both.'
        : inScript('兩者名次相同。', language)
      : en
        ? `${names[higher]} places higher (position ${Math.min(a, b)} against ${Math.max(a, b)}).`
        : inScript(`${names[higher]}較靠前（第 ${Math.min(a, b)} 位，對第 ${Math.max(a, b)} 位）。`, language);
  const quotes = quotedSides(answered, numbers, language);
  const answer = en ? `${names[higher]} [${numbers[higher]}]. ${statements.join('; ')}. ${verdict} ${quotes.join(' ')}` : `${names[higher]} [${numbers[higher]}]。${statements.join('；')}。${verdict}${quotes.join('')}`;
  return { answer, citations, confidence: Math.min(answered[0].confidence, answered[1].confidence) };
}

/** Each side's sentence quoted once (two sides from one passage share it), with its document and year. */
/** A side of an answer built from two: the sentence it rests on, in its passage. */
export interface QuotedSide {
  lead: { passage: RetrievedPassage; sentence: string };
}

/** The citations of two sides, one per passage (two sides from one passage share its number), and each side's number. */
export function citeSides(sides: readonly QuotedSide[], language: Language): { citations: Citation[]; numbers: number[] } {
  const citations: Citation[] = [];
  const numbers = sides.map((side) => {
    const known = citations.find((citation) => citation.chunkId === side.lead.passage.chunk.id);
    if (known) return known.n;
    const citation = toCitation(side.lead.passage, citations.length + 1, language);
    citations.push(citation);
    return citation.n;
  });
  return { citations, numbers };
}

/** Each side's sentence quoted once with its source, "From …" then "Also …". */
export function quotedSides(answered: readonly QuotedSide[], numbers: number[], language: Language): string[] {
  const messages = messagesFor(language);
  return answered
    .map((side, i) => ({ side, n: numbers[i]! }))
    .filter(({ n }, i, all) => all.findIndex((other) => other.n === n) === i)
    .map(({ side, n }, i) => {
      const source = messages.source(titleFor(side.lead.passage.document, language), side.lead.passage.document.date, side.lead.passage.document.budgetYear);
      const intro = language === 'en' ? `${i === 0 ? messages.from : messages.also} ${source}: ` : inScript(`${i === 0 ? messages.from : messages.also}${source}：`, language);
      return `${intro}${quote(side.lead.sentence, language)} [${n}]`;
    });
}

function formatDifference(value: number, like: Quantity, language: Language): string {
  if (like.kind === 'money') return language === 'en' ? formatMoneyEnglish(value, like.currency) : inScript(formatMoneyChinese(value, like.currency), language);
  if (like.kind === 'percent') return language === 'en' ? `${round(value)} percentage points` : inScript(`${round(value)} 個百分點`, language);
  return round(value).toLocaleString('en-US');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
