import { hasCjkChar } from '../text/normalise.js';
import { extractQuantities, type Quantity } from '../text/quantities.js';

/**
 * Near misses of the descriptive kinds: the sentence that would answer speaks of the thing asked
 * about but does not state the aspect asked (its members, what it is, what it is for). Each test
 * here is written for a kind of question and a kind of sentence, in both languages, and is checked
 * on the sentence an answer would quote.
 */

/**
 * What ends a clause: a list of members stays inside one. A colon opens the list it announces, and an
 * English comma separates the items of one ("in Tai Po, Yuen Long and Tseung Kwan O"), so neither ends it.
 */
const CLAUSE_END = /[。；;，]/u;
/** What joins the items of a list in one clause: 、, 及, 和, 與, commas, "and", "or". */
export const LIST_JOINER = /、|以及|及|和|與|与|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u;
/** Fewest items that make a listing. */
const MIN_LISTED_ITEMS = 2;
/** An item that opens with its own count (八個數字銀行牌照、四個虛擬保險公司牌照) is another counted set, not a member. */
const COUNTED_ITEM = /^\s*(?:\d|[一二兩两三四五六七八九十百]+\s*(?:個|个|項|项|間|间|所|家|條|条|類|类|名|位))/u;
/** The smallest count a list question puts on a set for this test (one thing is not a set). */
const MIN_SET_SIZE = 2;

/** Where the clause of `text` around positions `at`…`end` begins and ends: the last clause end before it, the first after it. */
function clauseBounds(text: string, at: number, end: number): { from: number; to: number } {
  // (Read after NFKC, a Chinese comma is ','; it ends a clause beside Chinese text, an English one does not.)
  const endsClause = (position: number) =>
    CLAUSE_END.test(text[position]!) || (text[position] === '.' && !/\d/.test(text[position + 1] ?? '')) || (text[position] === ',' && hasCjkChar(`${text[position - 1] ?? ''}${text[position + 1] ?? ''}`));
  let from = at;
  while (from > 0 && !endsClause(from - 1)) from--;
  let to = end;
  while (to < text.length && !endsClause(to)) to++;
  return { from, to };
}

/** Longest item of a list written just before its count (「大埔、元朗和將軍澳的三個創新園」); longer runs are clauses, not names. */
const MAX_ITEM_BEFORE_COUNT = 8;
/** Words between a list and the count that sums it up: 的, 等, 共, 合共, 這, "the", "these". */
const BETWEEN_LIST_AND_COUNT = /(?:的|等|共|合共|這|这|\s|\bthe\b|\bthese\b)*$/iu;

/** A counted English noun followed by a finite verb: the count is the subject of a clause ("40 firms have set up …"). */
const SUBJECT_OF_VERB_AFTER = /^\s*(?:[A-Za-z&@'’-]+\s+){1,4}?(?:have|has|had|are|were|is|was|will|would|can|could|may|might|did|do|does)\b/i;
/** Whether the clause names the members of the set its count counts: after the count ("N個X，分別為A及B"; "eight universities: A, B and C"), or just before it (「A、B和C的三個X」). */
function listsMembers(clause: string, count: Quantity): boolean {
  const at = clause.indexOf(count.raw);
  const after = at < 0 ? clause : clause.slice(at + count.raw.length);
  // "40 strategic enterprises have set up or expanded …, or plan to": the count is the subject of a verb, and what follows says
  // what the members did, not who they are.
  const itemsAfter = (SUBJECT_OF_VERB_AFTER.test(after) ? '' : after)
    .split(LIST_JOINER)
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && !COUNTED_ITEM.test(item));
  if (itemsAfter.length >= MIN_LISTED_ITEMS) return true;
  if (at < 0) return false;
  const before = clause.slice(0, at).replace(BETWEEN_LIST_AND_COUNT, '');
  const itemsBefore = before.split(LIST_JOINER).map((item) => item.trim());
  // The first item may carry the clause's opening words; those after it must be short names.
  return itemsBefore.length >= MIN_LISTED_ITEMS && itemsBefore.slice(1).every((item) => item.length > 0 && item.length <= MAX_ITEM_BEFORE_COUNT);
}

/**
 * A list asked of a counted set ("Which 12 unicorns has it supported?", 「14個科技範疇分別是哪些？」,
 * "which banks got the 8 digital bank licences?") against a sentence that gives the same count but
 * names none of the members in the count's clause (「共支援 12 間獨角獸企業，匯聚……」): the documents
 * count the set and do not list it. False when the question counts nothing, or the sentence does not
 * state the count (then other tests decide).
 */
export function countsWithoutListing(question: string, sentence: string): boolean {
  const counts = setCounts(question);
  if (counts.length === 0) return false;
  const stated = setCounts(sentence).filter((quantity) => counts.some((count) => count.value === quantity.value));
  if (stated.length === 0) return false;
  return stated.every((count) => {
    const { from, to } = clauseBounds(sentence, count.start, count.end);
    const clause = sentence.slice(from, to);
    // 「已建設兩個研發平台，分別為……，以及……」: the members may follow the count's clause, when the next one opens by saying so
    // (then they run to the sentence's end).
    const after = sentence.slice(to + 1);
    const next = MEMBERS_FOLLOW.test(after) ? after.split(SENTENCE_END)[0]! : '';
    return !listsMembers(`${clause} ${next}`, count);
  });
}

const SENTENCE_END = /[。；;]/u;
/** A clause that opens by naming the members of the set just counted: 分別為, 包括, 即, "namely", "including". */
const MEMBERS_FOLLOW = /^\s*(?:分別為|分别为|分別是|分别是|分別係|包括|即|namely|including|which are)/iu;
/** A count of a set: a number with a classifier (12 間, 十四個) or before a plural noun ("eight universities", "the 12 core recommendations", "the 40-odd firms", "2,400+ companies"). */
const CLASSIFIER_AFTER = /^\s*(?:多\s*)?(?:個|个|項|项|間|间|所|家|條|条|類|类|名|位|大|隻|只|座|幅|張|张|宗|份)/u;
const PLURAL_NOUN_AFTER = /^(?:-?odd|\+)?\s+(?:[A-Za-z&@-]+\s+){0,3}[A-Za-z-]+s\b/u;
/** An ordinal (第三個, "the 3rd") is a position, not a count. */
const ORDINAL_BEFORE = /第\s*$/u;

function setCounts(text: string): Quantity[] {
  return extractQuantities(text).filter((quantity) => {
    if (quantity.kind !== 'number' || quantity.value < MIN_SET_SIZE || !Number.isInteger(quantity.value)) return false;
    if (ORDINAL_BEFORE.test(text.slice(0, quantity.start))) return false;
    const after = text.slice(quantity.end);
    return CLASSIFIER_AFTER.test(after) || /[個个項项間间所家條条類类名位]$/u.test(quantity.raw) || PLURAL_NOUN_AFTER.test(after);
  });
}

/** An enumeration of names: three items or more between 、 (the last may close with 及/和/與), or "A, B, C and D" (with or without the comma before "and"). */
const NAME_ENUMERATION = /(?:[^，,。；;：:、\s][^，,。；;：:、]{0,24}、){2,}[^，,。；;：:、]{1,40}|(?:\b[\w&@'’-]+(?:\s+[\w&@'’-]+){0,5},\s+){2,}(?:[\w&@'’-]+(?:\s+[\w&@'’-]+){0,5}\s+)?(?:and|or)\s+[\w&@'’-]+(?:\s+[\w&@'’-]+){0,5}/gu;

/**
 * "What are the smart lampposts for?", 「共用區塊鏈平台是用來幹嘛的？」 against a sentence that names the thing
 * only as one item of a list of others (「『智方便』平台、智慧燈柱、新一代政府雲端基礎設施……和共用區塊鏈平台」):
 * a list names what it holds; it does not say what one item is for. (What kind of thing an item is, the
 * list may tell; definitions are not checked this way.) `isSubject` says whether a text names what the
 * question asks about. False when the thing is named outside the list too, or in no list.
 */
export function namedOnlyAsListItem(sentence: string, isSubject: (text: string) => boolean): boolean {
  let outside = sentence;
  let inList = false;
  for (const match of sentence.matchAll(NAME_ENUMERATION)) {
    const items = match[0].split(LIST_JOINER).filter((item) => item.trim().length > 0);
    if (!items.some((item) => isSubject(item))) continue;
    inList = true;
    outside = outside.replace(match[0], ' ');
  }
  return inList && !isSubject(outside);
}

/**
 * Words that report how far a thing has got, as the analyzer gives them (English stems, Simplified
 * Chinese): preparing, launching, drafting, continuing to monitor, taking forward, implementing, and
 * when it was launched or published (2024 年起推出, 在 2024 年 10 月發表).
 */
export const PROGRESS_WORDS =
  'prepare launch work draft continue monitor oversee implement take forward progress publish target set start commence complete expedite proceed follow review release issue ' +
  '繼續 監督 監察 推行 籌備 推出 草擬 跟進 推展 落實 進展 開展 展開 正在 積極 推進 完成 發布 公布 發表 開設 進行 制訂 制定 檢視 已 起';

/**
 * "What is the X Scheme meant to do?", 「X的目的是甚麼？」 against a sentence that only reports its
 * progress (「繼續監督『X』的推行情況」, "Preparing to launch the X Scheme"): beside the question's own
 * words it holds only words of progress (and times), so it says neither what the thing is nor what it
 * is for. `sentenceTerms` are the sentence's terms; `asked` the question's (with their translations);
 * `progress` the terms of PROGRESS_WORDS, all as one analyzer gives them.
 */
export function reportsProgressOnly(sentenceTerms: readonly string[], asked: ReadonlySet<string>, progress: ReadonlySet<string>): boolean {
  const rest = sentenceTerms.filter((term) => !asked.has(term) && !TIME_TERM.test(term));
  return rest.length > 0 && rest.every((term) => progress.has(term));
}
/** A time as the analyzer writes it: a year or fiscal year (y2025, fy2025-26), a bare number (n10, of 10 月) and 年 / 月 / 日. */
const TIME_TERM = /^(?:y\d{4}|fy\d{4}-\d{2}|n\d+|年|月|日)$/;

/** Words an English purpose clause may hold beside its verb without saying anything of an aim: pronouns, articles, time words. */
const RESTATING_FILLER = new Set(['it', 'its', 'them', 'they', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'of', 'in', 'within', 'by', 'at', 'on', 'from', 'end', 'year', 'years', 'month', 'months', 'next', 'later', 'soon', 'progressively', 'gradually', 'phases', 'stages', 'first', 'new']);
/** Letters of an English word compared as its stem ("launches" and "launch"). */
const RESTATED_STEM_LETTERS = 5;

/**
 * An English purpose clause ("to publish it within this year", "to launch the Pilot Accelerator Scheme")
 * whose words after its verb are the question's own, pronouns or time words: it does something to the
 * thing asked about and says nothing of what it is for.
 */
export function restatesAskedThing(span: string, question: string): boolean {
  const words = span.toLowerCase().match(/[a-z&@+]+/g) ?? [];
  if (words[0] !== 'to' || words.length < 3) return false;
  const stem = (word: string) => word.slice(0, RESTATED_STEM_LETTERS);
  const asked = new Set((question.toLowerCase().match(/[a-z&@+]+/g) ?? []).map(stem));
  return words.slice(2).every((word) => RESTATING_FILLER.has(word) || asked.has(stem(word)));
}

/**
 * The words a Chinese yes/no asks whether, with or without a figure: 係咪, 是否, 會否, 可否, 可唔可以,
 * 要唔要, 會不會, 有冇 …, and any verb asked in its A-not-A form (「收唔收」「去不去」); what follows is what it checks (「係咪免費」, 「會否開放予私家車使用」).
 */
const POLAR_WORD_ZH = /是不是|係唔係|系唔系|係咪|系咪|是否|會否|会否|可否|能否|會不會|会不会|會唔會|会唔会|可唔可以|可不可以|能不能|要唔要|要不要|使唔使|使不使|有冇|有沒有|有没有|得唔得|收唔收|用唔用|([\u4e00-\u9fff])(?:唔|不)\1/gu;
/** Particles and marks that close a Chinese question. */
const CLOSING_PARTICLES = /[？?！!。\s]*(?:㗎|嘅|呀|啊|嗎|吗|呢|喎|咩|啦|嚟|架|先)*[？?！!。\s]*$/u;

/**
 * What a Chinese yes/no question checks: the words after its last polar word, without the closing
 * particles (「啲初創用超算中心係咪免費㗎？」 → 免費); undefined when it has no polar word or nothing follows it.
 */
export function checkedPredicateZh(question: string): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of question.matchAll(POLAR_WORD_ZH)) last = match as RegExpExecArray;
  if (!last) return undefined;
  // (A verb asked in the A-not-A form keeps its repeated character: 「收不收費」 checks 收費, 「一唔一樣」 一樣.)
  const from = last.index + last[0].length - (last[1] ? last[1].length : 0);
  const predicate = question.slice(from).replace(CLOSING_PARTICLES, '').trim();
  return predicate.length > 0 ? predicate : undefined;
}

/** The auxiliary an English yes/no opens with, and the article or possessive before its subject. */
const POLAR_OPENING_EN = /^(?:is|are|was|were|will|would|can|could|does|do|did|should|must|may)\s+(?:(?:the|a|an|this|that|these|those|its|their)\s+)?/i;
/** A word of a name: capitalised, an acronym, a figure, or written with &, +, - or an apostrophe ("Manufacturing+", "three-year", "HKSTP's"). */
const NAME_WORD_EN = /^(?:[A-Z0-9][\w&+'’.-]*|[\w]+[-&+][\w&+-]*)$/;
/** The kinds of named things a name may end with in lower case ("the AI subsidy scheme", "the Cyberport expansion project"). */
const NAMED_THING_HEAD_EN = new Set(['scheme', 'schemes', 'fund', 'funds', 'programme', 'programmes', 'program', 'programs', 'centre', 'center', 'institute', 'park', 'parks', 'platform', 'initiative', 'project', 'plan', 'facility', 'zone', 'policy', 'office', 'cluster', 'clusters', 'hub', 'network', 'system', 'app', 'portal', 'service', 'award', 'competition', 'subsidy', 'grant', 'pilot', 'expansion', 'budget', 'company', 'corporation']);

/**
 * What an English yes/no question checks about a named thing: the words after the auxiliary and the name
 * ("Is the Manufacturing+ scheme only open to SMEs?" → "only open to SMEs"; "Will the three-year AI Subsidy
 * Scheme be extended?" → "be extended"). Undefined when no name follows the auxiliary ("Can overseas firms
 * apply?": what it checks and what it is about are not told apart) or nothing follows the name.
 */
export function checkedPredicateEn(question: string): string | undefined {
  const opening = POLAR_OPENING_EN.exec(question);
  if (!opening) return undefined;
  const words = question.slice(opening[0].length).replace(/[?？.!\s]+$/u, '').split(/\s+/).filter((word) => word.length > 0);
  let end = 0;
  while (end < words.length && (NAME_WORD_EN.test(words[end]!) || (end > 0 && NAMED_THING_HEAD_EN.has(words[end]!.toLowerCase())))) end += 1;
  if (end === 0 || !words.slice(0, end).some((word) => /^[A-Z]/.test(word))) return existentialPredicateEn(words);
  const predicate = words.slice(end).join(' ');
  return predicate.length > 0 ? predicate : undefined;
}

/** Words for support of any kind, which documents name in many ways (funding, a subsidy, an allocation). */
const GENERIC_SUPPORT_EN = /^(?:subsid(?:y|ies)|grants?|funding|funds?|support|money|help|aid|assistance|financing|finance|schemes?|programmes?)$/i;

/**
 * "Is there an application deadline for the X Centre?", "Are there any fees for X?": what is checked is the thing said to exist,
 * the words between "there" and the preposition before the name (undefined when no name follows).
 */
function existentialPredicateEn(words: readonly string[]): string | undefined {
  if (words[0]?.toLowerCase() !== 'there') return undefined;
  const nameAt = (at: number) => (/^the$/i.test(words[at] ?? '') ? at + 1 : at);
  const before = words.findIndex((word, at) => at > 1 && /^(?:for|of|at|in|on|under|to)$/i.test(word) && /^[A-Z0-9][\w&+'’.-]*$/.test(words[nameAt(at + 1)] ?? ''));
  if (before < 0) return undefined;
  const checked = words.slice(1, before).filter((word) => !/^(?:an?|any|some)$/i.test(word));
  // (Support of any kind, "are there subsidies / grants for X?", is met by what the passage calls it, funding or an allocation:
  // not checked word for word.)
  return checked.length > 0 && !checked.every((word) => GENERIC_SUPPORT_EN.test(word)) ? checked.join(' ') : undefined;
}

/** The year a change is measured from: 比2022年, 較 2023 年, "than in 2022", "compared with 2022", "since 2022", "over 2023". */
const CHANGE_BASE_YEAR = /(?:比|較|较|相比|對比|对比|\bthan(?:\s+in)?|\bcompared\s+(?:with|to)|\bsince|\bfrom|\bover)\s*((?:19|20)\d{2})(?!\s*[-/至]\s*\d)/giu;

/**
 * "How much did the count rise compared with 2022?", 「2024年比2022年增加了多少？」 against 「較 2023 年增加 10 %」:
 * a change asked from one year, and the sentence states the change from another. True only when both
 * name the year they measure from and none agrees.
 */
export function changeFromAnotherYear(question: string, sentence: string): boolean {
  const asked = [...question.matchAll(CHANGE_BASE_YEAR)].map((match) => match[1]!);
  if (asked.length === 0) return false;
  const stated = [...sentence.matchAll(CHANGE_BASE_YEAR)].map((match) => match[1]!);
  return stated.length > 0 && !stated.some((year) => asked.includes(year));
}
