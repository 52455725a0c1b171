import type { Language } from '../corpus/manifest.js';
import type { LoadedIndex } from '../index/load-index.js';
import { detectLanguage, toSimplified } from '../text/normalise.js';
import { chineseEndingsOfKind, kindOfChineseName, NAMED_THING_ENDINGS_ZH, NAMED_THING_WORDS_EN } from '../text/thing-kinds.js';
import { ESTIMATES_ROW_AT_END } from '../text/estimates-glossary.js';
import { withoutAskerPreface } from '../text/question-frame.js';
import { ASKS_WHY } from '../retrieve/question-intent.js';
import { ENGLISH_MONTH_WORD, extractQuantities, fiscalYearLabel, parseChineseNumeral, type Quantity } from '../text/quantities.js';

/**
 * Follow-up questions made standalone, deterministically, from the earlier turns of a conversation.
 *
 * People chat: after "What is the 2025-26 estimate for programme (2)?" they ask "and the year
 * before?"; after a question on a park, 「佢有幾多間企業？」. Each question is answered alone by the
 * answerer, so a follow-up is first rewritten into the question it stands for. The rules are about
 * kinds of questions — pronouns, ellipsis markers, year words, comparisons, requests for another
 * language — never about what a corpus says; the one corpus-derived input is an optional name
 * finder (the terminology's names, in both languages) that lets a subject named in one language be
 * carried into a question asked in the other.
 *
 * Pure: text in, text out.
 */

export interface ConversationTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** A name found in a text, with its forms in both languages when known. */
export interface NameHit {
  at: number;
  written: string;
  zh: string[];
  en: string[];
  /** What the terminology says it names (a body, place, person or post), when known. */
  kind?: string;
}

export type NameFinder = (text: string) => NameHit[];

/** The index's known names (the terminology's places, people, posts and bodies, in both languages). */
export function nameFinderFor(index: Pick<LoadedIndex, 'searchText'>): NameFinder {
  const { lexicon, analyzer } = index.searchText;
  return (text) =>
    lexicon
      .findNames(text, ['place', 'person', 'post', 'body'])
      // An acronym is a name only as written in capitals: "most" is not MOST, "ai" in "said" is not AI. Chat writes them in
      // lower case too ("and hkstp?", 「itib 有幾多個 post」): a whole word of at least three letters that is no English word
      // (the analyzer keeps it as it is, neither dropping it as a stop word nor stemming it) is the acronym.
      .filter((hit) => {
        if (!/^[A-Z0-9&+-]{2,}$/.test(hit.written)) return true;
        const written = text.slice(hit.at, hit.at + hit.written.length);
        if (written === hit.written) return true;
        const whole = !/[A-Za-z]/.test(text[hit.at - 1] ?? '') && !/[A-Za-z]/.test(text[hit.at + hit.written.length] ?? '');
        const terms = analyzer.analyze(written);
        return whole && written === hit.written.toLowerCase() && written.length >= LOWER_CASE_ACRONYM_MIN_LETTERS && terms.length === 1 && terms[0]!.term === written;
      })
      .map((hit) => ({ at: hit.at, written: hit.written, zh: hit.entity.zh, en: hit.entity.en, kind: hit.entity.kind }));
}

/** Fewest letters an acronym written in lower case has to be read as the name ("hkstp", "itib"; not "ai"). */
const LOWER_CASE_ACRONYM_MIN_LETTERS = 3;

export type FollowUpKind =
  /** The first question, or one that stands on its own (names its own subject). */
  | 'standalone'
  /** Same question, another year ("and the year before?", 「2024-25年度呢？」). */
  | 'year'
  /** Same subject, another aspect ("and how many staff?", 「咁面積呢？」). */
  | 'aspect'
  /** Same question, another subject ("what about the Science Park?"). */
  | 'subject'
  /** A pronoun replaced by the earlier subject ("how many does it have?", 「佢有幾多間企業？」). */
  | 'pronoun'
  /** "Is that more than …?": the earlier question, with the figure to compare against. */
  | 'comparison'
  /** "In English please": the earlier question again, answered in another language. */
  | 'language'
  /** "What does the fact sheet say?": the earlier question, answered from the source named. */
  | 'source';

export interface Comparison {
  /** Whether the question asks "more than" (or "less than") the given figure. */
  relation: 'more' | 'less';
  /** "How does that compare with 2024-25?": no direction asked; the answer says which way it goes. */
  neutral?: boolean;
  /** Two ranks set side by side ("which is the better placing?"): the better is the smaller number, and is said as a placing. */
  ranked?: boolean;
  /** The figure to compare with, as written and as read (absent when comparing with another year). */
  target?: Quantity;
  /** When comparing with another year ("more than the year before?"): that year; the question asked is the earlier one of that year. */
  year?: string;
  /** The figure the earlier answer gave (first figure it states), compared with the answer for `year`. */
  previous?: Quantity;
  /** "Which is bigger?" after two questions: both asked again and their figures compared, with a label for each. */
  between?: Array<{ question: string; label: string }>;
  /** "How much more did the first one get?": which of `between` is spoken of (0 the earlier, 1 the later); the difference is said from it. */
  focus?: 0 | 1;
  /** "Is that more than programme (1)?" (not "which is bigger?"): a yes or no question, answered with its verdict first. */
  polar?: boolean;
  /** "Is that more than the fact sheet says?": the earlier question asked of that source, its figure compared with the earlier answer's. */
  source?: SourceRef;
  /** "Has that gone up in the press release?": the source's figure is the one said to be more or less (else the earlier answer's is). */
  sourceFigureAsked?: boolean;
  /** "How many more is that than the fact sheet's?": the size of the difference is said too. */
  difference?: boolean;
  /** "How many times bigger is it?", 「係佢嘅幾多倍？」 after two figures: the larger as a multiple of the smaller (with `between`). */
  ratio?: boolean;
  /** "How much lower is that than X, in percent?", 「…少了百分之幾？」: the difference said as a share of the figure set against too. */
  percent?: boolean;
  /** "What's the total for the two?", 「兩個加埋幾多？」 after two figures: the two added (with `between`). */
  sum?: boolean;
  /** "Is it the same in the fact sheet?": whether the source's figure equals the earlier answer's (`relation` aside). */
  same?: boolean;
  /** "Does the press release give a different number?": `same`, asked the other way round (yes when they differ). */
  different?: boolean;
}

/** The kinds of document a question may name as its source ("the fact sheet", 「新聞稿」, "the 2024-25 budget"). */
export type SourceKind = 'fact-sheet' | 'press-release' | 'slides' | 'estimates' | 'budget' | 'publisher';

/** A source a question names: its kind, the budget year it names with it, and the words it was named with. */
export interface SourceRef {
  kind: SourceKind;
  year?: string;
  /** The calendar year it came out, when named so (「2026年科技園嗰份新聞稿」, "the 2026 press release"): a document dated that year. */
  published?: string;
  written: string;
  /** "What does HKSTP itself say?": a body named as the source, with its names in both languages (the documents it published). */
  names?: { zh: string[]; en: string[] };
}

export interface FollowUpResolution {
  /** The question as asked. */
  original: string;
  /** The standalone question to answer. Equal to `original` when nothing was resolved. */
  question: string;
  kind: FollowUpKind;
  /** What the question is about, as carried from earlier turns (for the next follow-up). */
  subject?: string;
  /** For a request to change language: the language to answer in. */
  language?: Language;
  /** For "is that more than …": the figure asked about. */
  comparison?: Comparison;
  /** The earlier figure asked again in a scale ("in HK$ million", 「幾多億」): that scale (1e6, 1e8 …), so the answer says it so. */
  scale?: number;
  /** "so that's HK$100 million, right?" said of the earlier answer's own figure: the earlier question again, its answer a yes. */
  confirms?: boolean;
  /**
   * The question to look the figure up with, when it differs from `question`: for "is that more
   * than HK$2 billion?", the earlier question alone (the asked figure is the claim to compare, and
   * a passage stating that figure must not answer in place of the one asked about).
   */
  lookup?: string;
  /**
   * Asked instead when `question` is not answered: for a year swapped into "what was the 2023-24
   * actual expenditure?", the question without the earlier year's kind of figure ("actual",
   * "revised", 「實際」), which the new year may not have (a coming year has only an estimate); for a
   * question after "and" / 「咁」 read as naming its own subject (「咁平均每日有幾多宗交易？」), the
   * earlier subject carried into it.
   */
  fallback?: FollowUpReading;
  /** "What does the fact sheet say?": the source the question is to be answered from. */
  source?: SourceRef;
}

/** Another reading of a follow-up: the question, how it was read and what it is about. */
export interface FollowUpReading {
  question: string;
  kind: FollowUpKind;
  subject?: string;
}

export interface ResolveFollowUpOptions {
  /** Earlier turns, oldest first: user questions and the assistant's answers. */
  earlier: readonly ConversationTurn[];
  /** The new question. */
  question: string;
  /** Finds known names in a text (optional; without it subjects are carried as written). */
  findNames?: NameFinder;
}

interface Context {
  question: string;
  answer: string;
  subject?: string;
  language: Language;
  cantonese: boolean;
  /** The question as it was asked, before it was read from the turns before it. */
  asked: string;
  /** The turn before, for "which is bigger?" across the last two. */
  previous?: Context;
}

/**
 * The standalone question a follow-up stands for. Earlier user turns are resolved in order, so a
 * subject carries through a chain of follow-ups ("…Cyberport?" → "how many staff does it have?" →
 * "and the year before?").
 */
export function resolveFollowUp(options: ResolveFollowUpOptions): FollowUpResolution {
  // "IT" in capitals is information technology, not the pronoun: read with its T masked, given back as written.
  const unmasked = options.findNames ?? (() => []);
  const findNames: NameFinder = (text) => unmasked(unmaskAcronyms(text));
  const resolution = resolveMasked({ ...options, question: maskAcronyms(options.question), earlier: options.earlier.map((turn) => (turn.role === 'user' ? { ...turn, content: maskAcronyms(turn.content) } : turn)) }, findNames);
  return unmaskDeep(resolution);
}

/**
 * Acronyms spelled like an English pronoun ("the Knowing More About IT Programme"): in a text with lower-case letters, "IT" in
 * capitals is not "it". Its T is swapped for an underscore while the question is read (the same length, so positions hold, and
 * still a word character, so names keep it, but no longer "it" to the pronoun rules), and swapped back in everything returned.
 */
const PRONOUN_ACRONYM = /\bIT\b/g;
const MASKED_T = '_';
function maskAcronyms(text: string): string {
  return /[a-z]/.test(text) ? text.replace(PRONOUN_ACRONYM, `I${MASKED_T}`) : text;
}
function unmaskAcronyms(text: string): string {
  return text.includes(MASKED_T) ? text.replaceAll(`I${MASKED_T}`, 'IT') : text;
}
function unmaskDeep<T>(value: T): T {
  if (typeof value === 'string') return unmaskAcronyms(value) as T;
  if (Array.isArray(value)) return value.map(unmaskDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unmaskDeep(item)])) as T;
  return value;
}

function resolveMasked(options: ResolveFollowUpOptions, findNames: NameFinder): FollowUpResolution {
  let context: Context | undefined;
  const contexts: Context[] = [];
  const turns = options.earlier;
  for (let index = 0; index < turns.length; index++) {
    const turn = turns[index]!;
    if (turn.role !== 'user' || !turn.content.trim()) continue;
    // (A turn going back to an earlier topic is read so too, for the follow-ups after it.)
    const backTo = backToTopic(turn.content, contexts, turns.slice(0, index), options, findNames);
    const read = backTo ? finish(backTo) : readOne(context, turn.content, findNames);
    const answerTurn = turns[index + 1]?.role === 'assistant' ? turns[index + 1]!.content : '';
    // 「截至2024年6月批咗幾多？」 after a question on X: a Chinese question naming nothing of its own is asked of the earlier
    // subject (as askInConversation answers it, 「X：…？」), and the follow-ups after it read it so.
    // (An English one too, 「what's the annual running cost?」: "… — X?".)
    const ownless = context && read.kind === 'standalone' && !read.comparison && markedOnly(turn.content, read.question);
    const zhOwnless = Boolean(ownless) && namesNothingOwn(turn.content, findNames);
    const found = context && (zhOwnless || (ownless && namesNothingOwnEn(turn.content, findNames))) ? context.subject ?? subjectOf(context.question, findNames) : undefined;
    const carried = found && !LEGISLATURE_NAME.test(found.trim()) ? found : undefined;
    const finished: FollowUpResolution = carried ? { ...read, question: subjectCarriedInto(turn.content, nameInScript(carried, zhOwnless, findNames), zhOwnless), kind: 'aspect', subject: carried } : read;
    context = {
      question: finished.question,
      answer: answerTurn,
      // A turn that names nothing found as a subject (「預留咗幾多錢做基建？」) is still about the earlier subject, for the next
      // follow-up's pronoun (「佢第一期…」).
      // (A question naming no subject of its own that asks which thing of a kind, 「成立甚麼學院？」: the thing the answer names.)
      subject: finished.subject ?? subjectLeftForNextTurn(context ? undefined : subjectOf(finished.question, findNames), finished.question, answerTurn, findNames) ?? (context ? context.subject ?? subjectOf(context.question, findNames) : undefined),
      language: finished.language ?? detectLanguage(finished.question),
      cantonese: CANTONESE.test(turn.content) || (context?.cantonese ?? false),
      asked: turn.content,
      // (And the one before it, for a pair whose turn between asked another kind of figure; see comparableEarlier.)
      previous: context ? { ...context, previous: context.previous ? { ...context.previous, previous: undefined } : undefined } : undefined,
    };
    contexts.push(context);
  }
  // 「返返去AI嗰度，AI人才有幾多個？」, "going back to the AI companies, how many talents?" (see backToTopic).
  const returned = backToTopic(options.question, contexts, turns, options, findNames);
  if (returned) return returned;
  context = antecedentBeforeLast(contexts, options.question) ?? context;
  // "What is that committee supposed to do?" after an answer naming 『AI+與產業發展策略委員會』: the thing of that kind it named.
  const referent = context ? referentOfKind(context, options.question, findNames) : undefined;
  if (context && referent) context = { ...context, subject: referent };
  const swappedAndCompared = swapThenWhich(options.question, context, findNames);
  if (!swappedAndCompared) {
    // 「那中學方面呢？有類似的計劃嗎？」, "and secondary schools? is there something similar?": a topic set out alone, then a question
    // naming nothing of its own: the question asked of that topic.
    const topicThenAsked = topicSetThenAsked(options.question, findNames);
    if (topicThenAsked) return unmaskedReading({ ...options, question: topicThenAsked }, context, findNames, options.question);
  }
  if (swappedAndCompared) return swappedAndCompared;
  return unmaskedReading(options, context, findNames);
}

/**
 * The subject a turn leaves for the next follow-up's pronoun. A question asking which thing of a kind is set up at a place
 * (「在港深創科園設立甚麼中心？」, "what centre will open in the Park?") names the place only as where: the thing the answer
 * names of that kind is what a following "it" / 「佢」 means, and so when the question's subject is who says it ("per HKSTP").
 * Any other subject the question names is kept ("which office runs the Lab?": "its budget" is the Lab's), and with none the
 * thing the answer names stands in. (Only a first question's own subject comes here; a follow-up's is its reading's.)
 */
function subjectLeftForNextTurn(named: string | undefined, question: string, answer: string, findNames: NameFinder): string | undefined {
  const answered = () => namedInAnswerOfAskedKind(question, answer, findNames);
  if (named === undefined) return answered();
  const bare = escape(named.replace(/^the\s+/i, ''));
  const placed = new RegExp(`(?:在|喺|於|于)\\s*${escape(named)}|\\b(?:in|at|inside|within)\\s+(?:the\\s+)?${bare}`, 'i');
  // (So does a question whose subject is who says it: "… per HKSTP?", 「據科技園公司…」「科技園公司新聞稿提到…」.)
  const saidBy = new RegExp(`\\b(?:per|according to|says?|said)\\s+(?:the\\s+)?${bare}|(?:據|据|根據|根据)\\s*${escape(named)}|${escape(named)}\\s*(?:的|嘅)?\\s*(?:新聞稿|新闻稿|報告|报告|文件)?\\s*(?:話|话|說|说|提到|表示|指出)`, 'i');
  return (placed.test(question) || saidBy.test(question) ? answered() : undefined) ?? named;
}

/**
 * A turn read against the one before it (resolveOne, finished). 「咁德國X嗰個呢？」 is "the X one": X swapped into the earlier
 * question, not 嗰個 standing for the earlier subject beside X.
 */
function readOne(context: Context | undefined, question: string, findNames: NameFinder): FollowUpResolution {
  const read = finish(resolveOne(context, question, findNames));
  // (A share, 「X嗰份呢？」「X嗰筆呢？」, is a part of the earlier sum: read by the rules for parts.)
  if (read.kind === 'subject' || !ZH_DEFINITE_THING.test(question) || /[?？]\s*\S/.test(question)) return read;
  const swapped = finish(resolveOne(context, question.replace(ZH_DEFINITE_THING, ''), findNames));
  return swapped.kind === 'subject' ? { ...swapped, original: question } : read;
}

/** The reading of the question against the context turn, with the readings that follow from it. */
function unmaskedReading(options: ResolveFollowUpOptions, context: Context | undefined, findNames: NameFinder, asked = options.question): FollowUpResolution {
  const resolution = withChangeReasoned(withPercentAsked(withNamedSource(askingMoneyAsBefore(readOne(context, options.question, findNames), context))), context);
  const read = resolution.kind === 'subject' || (resolution.fallback && resolution.kind !== 'standalone') ? resolution : withLeadingSwap(resolution, context, findNames);
  return asked === options.question ? read : { ...read, original: asked, kind: read.kind === 'standalone' ? 'aspect' : read.kind };
}

/**
 * A measure named alone («and jobs?», 「職位呢？」), set in place of the noun the earlier question asked the amount of ("how
 * much investment …", 「…幾多投資？」): that question again, of the new measure (English "how much" becoming "how many" for a
 * plural). Undefined when the follow-up names a thing (a known name, a kind of named thing such as a fund or a park) rather
 * than a measure, or the earlier question asked no amount of a noun.
 */
function measureSwapped(question: string, earlier: string, zh: boolean, findNames: NameFinder): string | undefined {
  // (Set out as a topic: 「職位呢？」, «and jobs?», «what about jobs?»; not 「點解？」 or «details?».)
  if (!(zh ? /呢\s*[？?]?\s*$/ : /^\s*(?:and|what about|how about)\b/i).test(question.normalize('NFKC'))) return undefined;
  const rest = stripMarker(question, zh).replace(zh ? ZH_TRAILING_PARTICLE : /[?.!\s]+$/, '').trim();
  if (!rest || findNames(rest).length > 0 || TIME_ONLY.test(rest) || yearsIn(rest).length > 0 || (zh ? ZH_QUESTION_WORD : EN_QUESTION_WORD).test(rest)) return undefined;
  const text = earlier.normalize('NFKC');
  if (zh) {
    if (!ZH_MEASURE_ALONE.test(rest) || NAMED_THING_ENDINGS_ZH.some((ending) => rest.endsWith(ending))) return undefined;
    const asked = ZH_AMOUNT_OF_NOUN_AT_END.exec(text);
    if (!asked || asked[2] === rest || findNames(asked[2]!).length > 0) return undefined;
    return `${text.slice(0, asked.index)}${asked[1]}${rest}${text.slice(asked.index + asked[0].length)}`;
  }
  const measure = EN_MEASURE_ALONE.exec(rest);
  if (!measure || NAMED_THING_WORDS_EN.some((word) => measure[1]!.toLowerCase().startsWith(word)) || EN_NOT_MEASURE.test(measure[1]!)) return undefined;
  const asked = EN_AMOUNT_OF_NOUN.exec(text);
  if (!asked || asked[2]!.toLowerCase() === measure[1]!.toLowerCase()) return undefined;
  return capitalise(`${text.slice(0, asked.index)}how many ${measure[1]}${text.slice(asked.index + asked[0].length)}`);
}
/** A Chinese measure named alone: two to four characters (職位, 投資額, 初創企業). */
const ZH_MEASURE_ALONE = /^[\u4e00-\u9fff]{2,4}$/;
/** An English measure named alone: one plural noun, perhaps with one modifier ("jobs", "new jobs", "research staff" is not plural and not read). */
const EN_MEASURE_ALONE = /^(?:the\s+)?((?:[a-z]+\s+)?[a-z]{3,}s)$/i;
/** Plurals that are no measure of a thing: units, details, the others. */
const EN_NOT_MEASURE = /\b(?:billions|millions|thousands|details|others|ones|numbers|figures|terms|years|months|thanks|sources|links|documents|words|dollars)$/i;
/** The classifiers of a Chinese count (幾多個, 多少間, 幾多宗 …): one list for every rule that reads a count. */
const ZH_COUNT_CLASSIFIERS = '個个間间家項项所名位座條条枚支隊队宗筆笔隻只';
/** Nouns of a measure a thing brings or has (an amount of money, of jobs, of people), as 幾多 asks them without a classifier. */
const ZH_MEASURE_NOUNS = '投資|投资|資金|资金|撥款|拨款|收入|開支|开支|成本|經費|经费|資助|资助|金額|金额|價值|价值|產值|产值|營業額|营业额|交易額|交易额|人才|職位|职位|就業|就业|人手';
/**
 * 「幾多投資」 ending a Chinese question: an amount asked (group 1) of a mass noun (group 2). Not a count with its classifier
 * (「多少間初創企業」): after a count, a measure named alone is one of the things counted (「職位呢？」: their jobs).
 */
const ZH_AMOUNT_OF_NOUN_AT_END = new RegExp(`(幾多|几多|多少)(?![${ZH_COUNT_CLASSIFIERS}])((?:[\\u4e00-\\u9fff]{0,2}?)(?:${ZH_MEASURE_NOUNS}))(?=\\s*(?:呢|㗎|呀|啊|嘅)?\\s*[？?。]?\\s*$)`);
/** "how much investment": an amount asked of a mass noun (group 2), not of a verb ("how much did …"); not a count ("how many start-ups": «and jobs?» after it asks their jobs). */
const EN_AMOUNT_OF_NOUN = /\bhow (much)\s+(?!(?:more|less|fewer|money|of|is|are|was|were|will|would|did|does|do|has|have|had|can|could|in|for|to|the)\b)((?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+)(?=\s+(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could|should|in|for|from|to|of|at|by|on)\b|\s*[?.!]*$)/i;

/**
 * A follow-up asking which the things just counted are (membersAsked): the earlier count question with "which" in place of
 * "how many" (「有幾多個創新園？」 → 「有邊啲創新園？」). Undefined unless the follow-up only asks for them to be listed or
 * placed, and the earlier question counted something.
 */
function membersAsked(question: string, earlier: string, zh: boolean, cantonese: boolean): string | undefined {
  const rest = stripMarker(question.normalize('NFKC'), zh).replace(zh ? ZH_TRAILING_PARTICLE : /[?.!\s]+$/, '').trim();
  if (!(zh ? ZH_LIST_REQUEST : EN_LIST_REQUEST).test(rest)) return undefined;
  const text = earlier.normalize('NFKC');
  const counted = CJK.test(text) ? ZH_COUNT_ASKED.exec(text) : EN_COUNT_ASKED.exec(text);
  if (!counted) return undefined;
  const which = CJK.test(text) ? (cantonese ? '邊啲' : '哪些') : 'which';
  const asked = `${text.slice(0, counted.index)}${which}${text.slice(counted.index + counted[0].length)}`;
  return CJK.test(text) ? punctuate(asked.replace(/[？?。\s]+$/, ''), true) : capitalise(asked);
}
/** 「請列出它們的名稱」「列晒出嚟睇下」「即係邊度？」「分別係邊幾間？」: the things spoken of, listed or placed; nothing else asked. */
const ZH_LIST_REQUEST =
  /^(?:(?:請|请|唔該|唔该|可唔可以|可否|可以|麻煩|麻烦)?(?:你)?(?:列出|列舉|列举|列晒|列齊|列齐|講埋|讲埋|講晒|讲晒|說出|说出|講出|讲出)(?:出嚟|出来|嚟)?(?:睇下|看看|一下|聽下|听下)?(?:它們|它们|佢哋|他們|他们|這些|这些|嗰啲|呢啲|全部)?(?:的|嘅)?(?:名稱|名称|名字|個名|全名)?(?:來|来|嚟)?(?:睇下|看看|一下)?|(?:即係|即是|分別是|分別係|分别是|係|是)?(?:邊度|边度|邊幾個|边几个|邊幾間|边几间|邊啲|边啲|哪些|哪幾個|哪几个|哪幾所|哪几所|哪裏|哪里|喺邊|在哪)(?:呀|啊)?)$/;
/** "list them", "can you name them?", "what are they?", "which ones?", "where are they?". */
const EN_LIST_REQUEST = /^(?:(?:can|could) you\s+|please\s+)?(?:list|name)(?:\s+(?:them|those|all of them|them all|each))?(?:\s+for me)?(?:\s+please)?$|^(?:so\s+)?(?:what|which|where)\s+are\s+(?:they|those|these)$|^which ones$/i;
/** 「幾多個」「多少所」: a Chinese count asked, with its classifier. */
const ZH_COUNT_ASKED = new RegExp(`(?:幾多|几多|多少)[${ZH_COUNT_CLASSIFIERS}]`);
/** "how many": an English count asked. */
const EN_COUNT_ASKED = /\bhow many\b(?!\s+(?:more|fewer|less)\b)/i;

/** The scales a figure may be asked in, longest word first (百萬 before 萬): each word's multiple. */
const SCALE_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/百萬|百万|\bmillions?\b|\bmn\b/i, 1e6],
  [/千萬|千万/, 1e7],
  [/億|亿/, 1e8],
  [/萬|万/, 1e4],
  [/\bbillions?\b|\bbn\b/i, 1e9],
  [/\bthousands?\b/i, 1e3],
];
/** The scale a request for the figure names («in HK$ million», 「幾多億」), undefined when it names none or another figure. */
export function scaleAsked(question: string): number | undefined {
  const text = question.normalize('NFKC');
  if (/\d/.test(text)) return undefined;
  return SCALE_WORDS.find(([word]) => word.test(text))?.[1];
}

/** Whether a follow-up asks the earlier figure again in a unit or notation, or checks it against two readings (restatesFigure). */
function restatesFigure(question: string, zh: boolean): boolean {
  const text = question.normalize('NFKC').trim();
  if (zh) return ZH_FIGURE_IN_UNIT.test(text) || ZH_FIGURE_AS_UNIT.test(text) || ZH_FIGURE_CURRENCY_ASKED.test(text) || ZH_FIGURE_CONFIRMED.test(text) || asksOnlyForUnit(text, true);
  return EN_FIGURE_IN_UNIT.test(text) || EN_FIGURE_EITHER.test(text) || EN_FIGURE_CURRENCY_ASKED.test(text) || EN_FIGURE_CONFIRMED.test(text) || asksOnlyForUnit(text, false);
}

/**
 * A request worded any way whose only content is a unit, scale or currency ("can you give me that in 億", "say it in millions
 * please", "how much is that in US dollars", 「用億做單位講」「可唔可以換做美元？」): what is left once the words of asking, of
 * referring to the figure and of saying are set aside is one or more unit words and nothing else. No figure of its own (that is
 * «is that 10 billion or 1 billion?»).
 */
function asksOnlyForUnit(text: string, zh: boolean): boolean {
  if (/\d/.test(text)) return false;
  if (zh) {
    const rest = text.replace(ZH_UNIT_REQUEST_WORDS, '');
    // (Asked by at least one word of requesting: the pattern is global, so its test is of what the replace took away.)
    return ZH_UNIT_WORDS_ONLY.test(rest) && rest.length < text.replace(/[？?。！!，,\s]+/g, '').length;
  }
  const words = text.toLowerCase().match(/[a-z$][a-z$'’]*|[\u4e00-\u9fff]+/g) ?? [];
  // One word of the request may be the figure's own noun, right after the word pointing at it ("that cap", "the grant"): it
  // names the figure spoken of, not a thing of its own.
  const figureNoun = words.findIndex((word, at) => at > 0 && EN_FIGURE_POINTER.test(words[at - 1]!) && !EN_UNIT_WORD.test(word) && !EN_UNIT_REQUEST_WORD.test(word));
  return words.some((word) => EN_UNIT_WORD.test(word)) && words.every((word, at) => at === figureNoun || EN_UNIT_WORD.test(word) || EN_UNIT_REQUEST_WORD.test(word));
}
/** The words pointing at the figure spoken of ("that", "this", "the"), before its noun. */
const EN_FIGURE_POINTER = /^(?:that|this|the)$/;
/** Words of a unit, scale or currency a figure may be asked in (English, or a Chinese unit written in an English question). */
const EN_UNIT_WORD = /^(?:billions?|millions?|thousands?|bn|mn|hk\$|us\$|\$|hkd|usd|rmb|renminbi|yuan|dollars?|petaflops|億|亿|萬|万|百萬|百万|千萬|千万|億元|亿元|萬元|万元)$/;
/** Words of asking for, referring to and saying a figure again: none names a thing. */
const EN_UNIT_REQUEST_WORD = /^(?:can|could|would|will|you|pls|please|plz|give|me|tell|say|write|express|convert|converted|show|put|state|restate|what|what['’]s|whats|how|much|is|was|be|that|that['’]s|thats|it|it['’]s|its|this|the|figure|amount|sum|number|total|in|as|into|terms|term|again|instead|use|using|so|and|ok|okay|sorry|i|mean|wait|of|to|just|roughly|approximately|about|or|unit|units|hk|us|hong|kong|american|chinese|english|notation|format|render|rendered|written|expressed|many)$/;
/** 「用」「換做」「寫成」「做單位講」「可唔可以」「即係幾多」…: the words of a Chinese request to say the figure again in a unit. */
const ZH_UNIT_REQUEST_WORDS = /可唔可以|可不可以|可以|可否|能否|能不能|唔該|唔该|麻煩|麻烦|幫我|帮我|換算成|换算成|換算|换算|換成|换成|換做|换做|轉做|转做|轉成|转成|寫成|写成|寫做|写做|折合|(?:做|為|为|作)?單位|(?:做|為|为|作)?单位|嚟講|来讲|來說|来说|即係|即是|那麼|那么|呢個|呢个|這個|这个|嗰個|那個|數字|数字|數目|数目|金額|金额|一次|一下|出嚟|出来|幾多|几多|多少|[請请用以講讲說说寫写計计係是即咁那有呢呀啊㗎啦吖再返番下？?。！!，,\s]/g;
/** What is left of such a request: units only (「億」「美元」「億元人民幣」). */
const ZH_UNIT_WORDS_ONLY = /^(?:億|亿|萬|万|百萬|百万|千萬|千万|元|港元|港幣|港币|港紙|港纸|人民幣|人民币|美元|蚊|billions?|millions?|bn|hkd|usd|rmb|hk\$|us\$)+$/i;
const ZH_UNIT = '(?:億|亿|萬|万|百萬|百万|千萬|千万)(?:元)?\\s*(?:人民幣|人民币|港元|港幣|港币|美元|蚊)?|(?:人民幣|人民币|港元|港幣|港币|美元)';
/** 「即係幾多億人民幣？」「咁即係幾多萬？」: how many of a unit, and nothing else asked. */
// (「即是大約幾萬個？」: roughly, and a count's classifier after the scale.)
const ZH_FIGURE_IN_UNIT = new RegExp(`^(?:咁|那|那麼|那么)?\\s*(?:即係|即是|即|也就是|換言之|换言之)?\\s*(?:係|是)?\\s*(?:大約|大约|大概|約|约|差不多)?\\s*(?:幾多|几多|多少|幾|几)\\s*(?:${ZH_UNIT})\\s*(?:[個个間间家項项名位座])?\\s*(?:呀|呢|啊|㗎|啦)?\\s*[？?]?$`);
/** 「寫成億係幾多？」「以港元計是多少？」: the figure written in a unit. */
const ZH_FIGURE_AS_UNIT = new RegExp(`^(?:咁|那)?\\s*(?:寫成|写成|換成|换成|折合|換算成|换算成|以)\\s*(?:${ZH_UNIT})\\s*(?:計|计|嚟講|来说|來說)?\\s*(?:係|是|即係|即是|有)?\\s*(?:幾多|几多|多少)\\s*(?:呀|呢|啊|㗎|啦)?\\s*[？?]?$`);
/** "how much is that in HK$ million?", "what's that in dollar terms, in billions": the figure spoken of, in a unit or notation. */
const EN_FIGURE_IN_UNIT = /^(?:(?:sorry|so|and|ok(?:ay)?|i mean|wait)\b[,\s]*)*(?:how much|what)(?:['’]s|\s+is|\s+was|\s+would)?\s+(?:that|it|this)(?:\s+(?:figure|amount|sum|number))?(?:\s+be)?\s+(?:in|as|into)\s+(?:(?:hk|us)\$|(?:hk dollars|hong kong dollars|dollars?|dollar terms|rmb|renminbi|yuan|billions?|millions?|thousands?|figures|numbers|digits|words|chinese|english)\b)(?:\s*(?:million|billion|terms))?(?:\s*,?\s*(?:in\s+)?(?:billions?|millions?))?(?:\s*,?\s*(?:please|pls))?\s*[?.!]*$/i;
/** "is that figure in HK dollars?", 「係咪人民幣？」「係港幣定人民幣？」: whether the figure is in a currency (its answer says which). */
const EN_FIGURE_CURRENCY_ASKED = /^(?:(?:sorry|so|and|wait|i mean)\b[,\s]*)*(?:is|was)\s+(?:that|it|this)(?:\s+(?:figure|amount|sum|number))?\s+in\s+(?:(?:hk|us)\$|hk dollars|hong kong dollars|(?:us\s+)?dollars|rmb|renminbi|yuan)\s*(?:or\s+(?:(?:hk|us)\$|hk dollars|hong kong dollars|(?:us\s+)?dollars|rmb|renminbi|yuan))?\s*[?.!]*$/i;
const ZH_FIGURE_CURRENCY_ASKED = /^(?:咁|那)?\s*(?:呢個|這個|这个|嗰個|那個)?(?:數|数|數字|数字|金額|金额)?\s*(?:係咪|是不是|是否|係唔係)\s*(?:以)?(?:人民幣|人民币|港元|港幣|港币|美元)(?:計|计)?(?:(?:定|還是|还是|或)(?:係)?(?:人民幣|人民币|港元|港幣|港币|美元))?\s*(?:嚟㗎|來的|嘅|的)?\s*(?:呀|啊|㗎|呢)?\s*[？?]?$/;
/**
 * "so that's HK$100 million in english terms, right?", 「即係一億，係咪？」: the earlier figure said back in other words to be
 * confirmed (its answer gives the figure in both notations; the turns after it are still about the earlier subject).
 */
const EN_FIGURE_CONFIRMED = /^(?:(?:so|ok(?:ay)?|and|i see|right)\b[,\s]*)*(?:that['’]?s|thats|that is|it['’]?s|its|it is|this is)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?(?:hk\$|us\$|\$|rmb\s*)?\d[\d.,]*\s*(?:billion|million|bn|m|億|亿|萬|万)?(?:\s+(?:hk\s+)?dollars|\s+hkd)?(?:\s+in\s+(?:english|chinese|dollar|hk dollar)s?(?:\s+terms)?)?\s*[,.]?\s*(?:right|correct|yes|yeah|isn['’]t it|is that right|am i right)?\s*[?.!]*$/i;
const ZH_FIGURE_CONFIRMED = /^(?:咁|所以|那|那麼|那么)?\s*(?:即係|即是|就是|也就是|即)\s*(?:大約|大约|約|约)?\s*(?:港幣|港币|HK\$)?\s*[\d一二三四五六七八九十兩两百千萬万億亿.,]+\s*(?:億|亿|萬|万|百萬|百万)?\s*(?:元|蚊|港元)?\s*[，,]?\s*(?:係咪|係唔係|系咪|是不是|是嗎|是吗|對嗎|对吗|對不對|对不对|啱唔啱|啱嗎|啱吗|吖嘛|吧)\s*(?:呀|啊)?\s*[？?]?$/i;
/**
 * The earlier of two turns a comparison sets side by side: the turn before the last, or the one before that when only it
 * answered with a figure of the last answer's kind (two sums with «over how many years?» between them: the sums are compared).
 */
function comparableEarlier(context: Context): Context | undefined {
  const kindOf = (turn: Context | undefined) => (turn ? figureOfAnswer(turn.answer)?.kind : undefined);
  const [last, previous, before] = [kindOf(context), context.previous, context.previous?.previous];
  return last && previous && kindOf(previous) !== last && before && kindOf(before) === last ? before : previous;
}

/** The first figure an answer states, its citation marks aside (the earlier figure a follow-up compares, restates or says back). */
function figureOfAnswer(answer: string): Quantity | undefined {
  return extractQuantities(answer.replace(/\[\d+\]/g, ' ')).find(isFigure);
}

/** Whether the figure a follow-up says back is the earlier answer's first figure (within FIGURE_SAID_BACK_TOLERANCE of it). */
function saysBackEarlierFigure(question: string, earlierAnswer: string): boolean {
  const said = extractQuantities(question.normalize('NFKC')).find(isFigure);
  const earlier = figureOfAnswer(earlierAnswer.normalize('NFKC'));
  return said !== undefined && earlier !== undefined && said.kind !== 'percent' && earlier.kind !== 'percent' && Math.abs(said.value - earlier.value) <= FIGURE_SAID_BACK_TOLERANCE * Math.max(said.value, earlier.value);
}
/** How far a figure said back may be from the earlier one and still be it, as a share (HK$100 million for 1億元). */
const FIGURE_SAID_BACK_TOLERANCE = 0.005;
/** "is that 10 billion or 1 billion?": the figure checked against two readings of it. */
const EN_FIGURE_EITHER = /^(?:(?:sorry|so|wait|hang on|i mean)\b[,\s]*)*(?:is|was)\s+(?:that|it)\s+(?:hk\$|\$|rmb\s*)?\d[\d.,]*\s*(?:billion|million|bn|m|億|萬)?\s+or\s+(?:hk\$|\$|rmb\s*)?\d[\d.,]*\s*(?:billion|million|bn|m|億|萬)?\s*[?.!]*$/i;

/** A topic alone ending in 呢 (「那中學方面呢？」, "and secondary schools?"), then a question naming nothing of its own. */
const ZH_TOPIC_ALONE = /^(?:咁|那麼|那么|那|而|至於|至于)?\s*([\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:方面)?\s*呢\s*[？?]$/;
const EN_TOPIC_ALONE = /^(?:and|what about|how about)\s+((?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,4})\s*\?$/i;

function topicSetThenAsked(question: string, findNames: NameFinder): string | undefined {
  const sentences = question.normalize('NFKC').split(/(?<=[?？])\s*/).filter((sentence) => sentence.trim());
  if (sentences.length !== 2) return undefined;
  const [first, second] = sentences as [string, string];
  const zh = CJK.test(question) && detectLanguage(question) !== 'en';
  const topic = (zh ? ZH_TOPIC_ALONE : EN_TOPIC_ALONE).exec(first.trim())?.[1];
  if (!topic) return undefined;
  const rest = second.trim();
  // (The question names no known or quoted name of its own: 「有類似的計劃嗎？」 asks of the topic.)
  // (A pronoun in it, "Is it the other way round?", is read against the topic swapped in, by the rules for "X? …it…".)
  if (findNames(rest).length > 0 || /[「『《“"]/.test(rest) || pronounIn(rest, zh) || (!zh && subjectOf(rest, findNames))) return undefined;
  return zh ? punctuate(`${topic}${/方面\s*呢/.test(first) ? '方面' : ''}${rest.replace(/^(?:咁|那|而)/, '').replace(/[?？\s]+$/, '')}`, true) : `${rest.replace(/[?.!\s]+$/, '')} — ${topic}?`;
}

/**
 * The turn a follow-up reads from when it is not the last one. Three kinds of follow-up reach past a side question:
 * - a demonstrative or definite noun phrase («that platform», "where's the institute going to be?", 「那個網上平台有甚麼用？」,
 *   「那個總額比修訂預算少了多少？」) whose noun the last turn does not hold, but an earlier turn does (its question or answer): the
 *   latest such turn;
 * - a figure of a table column asked with nothing else ("and the 2024-25 revised figure?", 「那2024-25年度的原來預算呢？」) after a
 *   turn that asked no figure ("what does it pay for?", 「主要原因是甚麼？」): the latest turn that asked one.
 */
function antecedentBeforeLast(contexts: readonly Context[], question: string): Context | undefined {
  if (contexts.length < 2) return undefined;
  const last = contexts.at(-1)!;
  const earlier = contexts.slice(0, -1).reverse();
  const text = question.normalize('NFKC');
  const noun = referredNoun(text);
  if (noun && !holdsNoun(last, noun)) return earlier.find((turn) => holdsNoun(turn, noun));
  const zh = CJK.test(text) && detectLanguage(text) !== 'en';
  const fragment = stripMarker(text, zh).replace(zh ? ZH_TRAILING_PARTICLE : /[?.!\s]+$/, '');
  if ((zh ? ZH_COLUMN_FIGURE_ONLY : EN_COLUMN_FIGURE_ONLY).test(fragment) && !asksFigure(last.question)) return earlier.find((turn) => asksFigure(turn.question));
  // - a comparison with another thing («跟X比，規模一樣嗎？», "is that more than X?") after a turn answered with no amount (a date,
  //   a purpose): the latest turn answered with one.
  const compared = comparisonIn(text);
  if ((compared?.other || compared?.otherQuestion || compared?.target) && !leadsWithAmount(last.answer)) return earlier.find((turn) => leadsWithAmount(turn.answer));
  return undefined;
}

/** An answer that leads with an amount (money, a count, a percentage, an area), not a date or a year or a quote. */
function leadsWithAmount(answer: string): boolean {
  if (!leadsWithFigure(answer)) return false;
  const lead = /^(.*?)\s*\[\d+\]/.exec(answer)?.[1] ?? '';
  return extractQuantities(lead.normalize('NFKC')).some((quantity) => quantity.kind === 'money' || quantity.kind === 'number' || quantity.kind === 'percent' || quantity.kind === 'petaflops');
}

/** A noun pointed at: after a Chinese demonstrative with its classifier (那個, 呢項, 該), or "the/that/this" before a kind of thing. */
const ZH_DEMONSTRATIVE_NOUN = /(?:(?:那|這|这|呢|嗰)(?:個|个|項|项|筆|笔|份|間|间|所|座|條|条|幅|塊|块|家|隻|只)|(?<![應应唔])(?:該|该))([\u4e00-\u9fff]{2,10})/;
const EN_DEMONSTRATIVE_NOUN = /\b(?:(?:that|this)\s+(?:[a-z][\w&'-]*\s+){0,2}?|the\s+)(fund|scheme|programme|program|institute|centre|center|park|project|platform|initiative|facility|lab|laboratory|office|bureau|council|agency|hub|zone|corporation|committee|campus|index|ranking|survey|competition|plan|total)\b/i;
/** The least of a Chinese noun phrase's first characters that is looked for in earlier turns. */
const ZH_REFERRED_NOUN_MIN_CHARS = 2;

function referredNoun(question: string): { text: string; zh: boolean; prefixes: string[] } | undefined {
  const zh = ZH_DEMONSTRATIVE_NOUN.exec(question);
  if (zh) {
    const words = zh[1]!;
    const prefixes = Array.from({ length: words.length - ZH_REFERRED_NOUN_MIN_CHARS + 1 }, (_, at) => words.slice(0, words.length - at));
    return { text: words, zh: true, prefixes };
  }
  const en = EN_DEMONSTRATIVE_NOUN.exec(question);
  return en ? { text: en[1]!.toLowerCase(), zh: false, prefixes: [en[1]!.toLowerCase()] } : undefined;
}

/**
 * The thing a demonstrative noun phrase points at, when the turn named one of that kind other than its subject («that
 * committee» after an answer quoting 『…委員會』, 「嗰間專屬公司」 after one naming 新田科技城專屬公司): a quoted name ending in the
 * noun, a known name ending in it, a quoted or known name written right before it, or (English) a capitalised name ending in
 * it. The answer is looked in first, then the question.
 */
function referentOfKind(turn: Context, question: string, findNames: NameFinder): string | undefined {
  const noun = referredNoun(question.normalize('NFKC'));
  if (!noun) return undefined;
  const subject = turn.subject ?? subjectOf(turn.question, findNames) ?? '';
  for (const text of [withoutSourceTitles(turn.answer), turn.asked]) {
    const forms = noun.zh ? noun.prefixes.filter((prefix) => text.includes(prefix)).slice(0, 1) : [noun.text, ...chineseEndingsOfKind(noun.text)];
    for (const form of forms) {
      const named = namedOfKind(text, form, findNames);
      if (named && !(subject && (named.includes(subject) || subject.includes(named)))) return named;
    }
  }
  return undefined;
}

/**
 * 「政府會成立甚麼學院？」 answered 「…將成立『國際臨床試驗學院』」, "what committee will it set up?": the thing of the kind asked
 * that the answer names is what the turn is about, for the next follow-up's pronoun (not the body whose document was asked).
 */
function namedInAnswerOfAskedKind(question: string, answer: string, findNames: NameFinder): string | undefined {
  if (!answer) return undefined;
  answer = withoutSourceTitles(answer);
  const text = question.normalize('NFKC');
  const zh = ZH_ASKED_KIND.exec(text);
  const en = zh ? null : EN_ASKED_KIND.exec(text);
  const kind = zh ? NAMED_THING_ENDINGS_ZH.find((suffix) => zh[1]!.endsWith(suffix)) : en ? en[1]!.toLowerCase() : undefined;
  if (!kind) return undefined;
  const forms = zh ? [kind] : [kind, ...chineseEndingsOfKind(kind)];
  for (const form of forms) {
    const named = namedOfKind(answer, form, findNames);
    if (named) return named;
  }
  return undefined;
}
/** 「甚麼學院」「邊個基金」「哪一個平台」, "what academy", "which fund": the kind of thing a question asks the name of. */
const ZH_ASKED_KIND = new RegExp(`(?:甚麼|什麼|什么|甚么|咩|乜嘢?|(?:哪|邊|边)一?[個个間间項项所家])([\\u4e00-\\u9fff]{0,6}?(?:${NAMED_THING_ENDINGS_ZH.join('|')}))`);
const EN_ASKED_KIND = new RegExp(`\\b(?:what|which)\\s+(?:new\\s+|kind of\\s+)?(${NAMED_THING_WORDS_EN.join('|')})\\b`, 'i');

/**
 * An answer without the titles of the documents it cites (「根據《…重點措施》（2025-02-27…）」): a title names where the answer
 * is from, never a thing spoken of, so 「呢個措施」 is not the slides' 「…相關重點措施」.
 */
function withoutSourceTitles(answer: string): string {
  return answer.replace(ZH_SOURCE_TITLE, '');
}
const ZH_SOURCE_TITLE = /(?:根據|根据|據|据|出自|見|见)\s*(?:\[\d+\]\s*)?《[^《》]{2,80}》(?:\s*[（(][^）)]{0,40}[）)])?/g;

const QUOTED_NAME = /[「『《“"]([^「」『』《》“”"]{2,40})[」』》”"]/g;

function namedOfKind(text: string, form: string, findNames: NameFinder): string | undefined {
  const latin = /^[a-z]/i.test(form);
  const endsWith = (name: string) => (latin ? name.toLowerCase().endsWith(form.toLowerCase()) : name.endsWith(form)) && name.length > form.length;
  for (const match of text.matchAll(QUOTED_NAME)) {
    if (endsWith(match[1]!)) return match[1]!;
    if (!latin && text.startsWith(form, match.index! + match[0].length)) return `${match[1]!}${form}`;
  }
  if (!latin) {
    const names = findNames(text);
    const whole = names.find((name) => endsWith(name.written));
    if (whole) return whole.written;
    const hit = names.find((name) => text.startsWith(form, name.at + name.written.length));
    return hit ? `${hit.written}${form}` : undefined;
  }
  const capitalised = new RegExp(`\\b((?:[A-Z][\\w&+'-]*\\s+(?:(?:of|and|for|the)\\s+)*){1,6})(${form}|${form[0]!.toUpperCase()}${form.slice(1)})\\b`).exec(text);
  return capitalised ? `${capitalised[1]!}${capitalised[2]!}` : undefined;
}

/** Whether a turn (its question as asked and as read, or its answer) holds the noun: its longest first characters, for Chinese. */
function holdsNoun(turn: Context, noun: { zh: boolean; prefixes: string[] }): boolean {
  const said = `${turn.asked}\n${turn.question}\n${turn.answer}`;
  if (noun.zh) return noun.prefixes.some((prefix) => said.includes(prefix));
  return new RegExp(`\\b${noun.prefixes[0]}s?\\b`, 'i').test(said);
}

function asksFigure(question: string): boolean {
  return ZH_ASKS_FIGURE.test(question) || EN_ASKS_FIGURE.test(question);
}

/** A follow-up that names a table column's figure and nothing else: a year, a kind of estimate, or both. */
const ZH_COLUMN_FIGURE_ONLY = /^(?:(?:19|20)\d{2}\s*[-–至]\s*(?:19|20)?\d{2}\s*(?:年度)?\s*(?:的|嘅)?\s*(?:(?:修訂|修订|原來|原来|實際|实际|核准)(?:的|嘅)?)?|(?:修訂|修订|原來|原来|實際|实际|核准)(?:的|嘅)?)(?:預算|预算|開支|开支|撥款|拨款|數字|数字)$/;
const EN_COLUMN_FIGURE_ONLY = /^(?:the\s+)?(?:(?:(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2})\s+(?:(?:revised|original|actual|approved)\s+)?|(?:revised|original|actual|approved)\s+)(?:figure|estimate|provision|budget|expenditure|spending|amount|one)$/i;

/** 「主要原因是甚麼？」「甚麼原因？」「點解？」「為甚麼？」: a reason asked with nothing else said of what it is the reason for. */
const ZH_BARE_REASON = /^(?:咁|那麼|那么|那|而|又)?(?:(?:主要|最主要)?(?:是|係|系)?(?:甚麼|什麼|什么|甚么|咩|乜嘢?|乜)(?:原因|理由)|(?:主要|最主要)?(?:原因|理由)(?:是|係|系|為|为)?(?:甚麼|什麼|什么|甚么|咩|乜嘢?|乜|何在)|點解|点解|為甚麼|為什麼|为什么|為何|为何)\s*(?:呢|呀|啊|㗎|嘅)?\s*[？?]?\s*$/;
/** A verb with its aspect particle and nothing else (「預留咗幾多錢？」「批出了多少？」): what was done, not a topic. */
const ZH_BARE_VERB_DONE = /^[\u4e00-\u9fff]{1,2}(?:咗|了|過|过)$/;
/** 「與X相比少了多少」「同X比多咗幾多」: a change against X set out with 與…相比, directly followed by how much it moved. */
const ZH_SET_BESIDE_BY = /^((?:咁|那|而)?(?:佢|它|其)?)(?:與|与|同|跟|和)([^，,。？?]{1,30}?)(?:相比|比較|比较|比)(?:起來|起来|之下|下)?((?:增加|減少|减少|上升|下跌|多|少|高|低)(?:咗|了)?)(多少|幾多|几多|百分之(?:幾|几|多少))/;
/** The kind word and the head of what a count counted: 「AI企業」 → 企業, "AI companies" → companies. */
function countedHead(counted: string, zh: boolean): string {
  return zh ? ([...counted].length > 2 ? [...counted].slice(-2).join('') : counted) : counted.split(/\s+/).at(-1)!;
}

/** The other kind of the things counted, named by its kind word and «ones» (「X嗰啲」「X那些」, "the X ones"): X with their head. */
function withCountedHead(kind: string, counted: string, zh: boolean): string {
  const head = countedHead(counted, zh);
  const named = kind.trim();
  return zh ? (named.endsWith(head) ? named : `${named}${head}`) : new RegExp(`\\b${head}$`, 'i').test(named) ? named : `${named} ${head}`;
}

const ZH_OTHER_SUBSET_COMPARED = /^(?:咁|那|而)?(?:佢|它|呢個|呢个)?(?:比|較|较)([\u4e00-\u9fffA-Za-z0-9+]{2,16}?)(?:嗰啲|那些|這些|这些|呢啲)(多|少)(?:咗|了)?(?:幾多|几多|多少)(?:[個个間间家項项所名位])?\s*(?:呢|㗎|呀|啊)?\s*[？?]?$/;
const EN_OTHER_SUBSET_COMPARED = /^(?:(?:and|so|ok(?:ay)?)\b[,\s]*)*how many (more|fewer|less) (?:is that |are there |than that )?than (?:the\s+)?(.+?)\s+ones\s*[?.!]*$/i;
const ZH_OTHER_ONES = /^(?:咁|那|而)?([\u4e00-\u9fffA-Za-z0-9+]{2,16}?)(?:嗰啲|那些|呢啲)(?=\s*(?:呢|又點|又如何)?\s*[？?]?$)/;
const EN_OTHER_ONES = /\bthe\s+((?:[\w&+-]+\s+){1,5}?)ones\b/i;

function otherSubsetCompared(question: string, context: Context, zh: boolean): Pick<FollowUpResolution, 'question' | 'kind' | 'comparison' | 'subject'> | undefined {
  const counted = countedIn(context.question, zh);
  const asked = zh ? ZH_OTHER_SUBSET_COMPARED.exec(question) : EN_OTHER_SUBSET_COMPARED.exec(question);
  if (!counted || !asked) return undefined;
  const [kind, move] = zh ? [asked[1]!, asked[2]!] : [asked[2]!, asked[1]!];
  const other = withCountedHead(kind, counted, zh);
  const otherQuestion = context.question.replace(counted, other);
  if (otherQuestion === context.question) return undefined;
  const relation: Comparison['relation'] = /少|fewer|less/i.test(move) ? 'less' : 'more';
  const between = [{ question: context.question, label: counted }, { question: otherQuestion, label: other }];
  const asking = zh ? `${counted}比${other}${relation === 'more' ? '多' : '少'}多少？` : `How many ${relation === 'more' ? 'more' : 'fewer'} ${counted} than ${other}?`;
  return { question: asking, kind: 'comparison', comparison: { relation, between, focus: 0, difference: true }, subject: context.subject };
}

function theOtherOnes(question: string, context: Context, zh: boolean): string | undefined {
  const counted = countedIn(context.question, zh);
  if (!counted) return undefined;
  const ones = zh ? ZH_OTHER_ONES.exec(question) : EN_OTHER_ONES.exec(question);
  if (!ones) return undefined;
  const other = withCountedHead(ones[1]!, counted, zh);
  return `${question.slice(0, ones.index)}${zh ? ones[0].replace(ones[1]!, '').replace(/嗰啲|那些|呢啲/, other) : `the ${other}`}${question.slice(ones.index + ones[0].length)}`;
}

/** A purpose alone ("to speed up the phase 1 works"), and the earlier question's own (", for the AI institute?" at its end). */
const EN_PURPOSE_ALONE = /^to\s+(?:[a-z]+\s+)(?:up\s+|on\s+|out\s+)?(.{3,80})$/i;
const EN_PURPOSE_AT_END = /\s(?:for|to(?=\s+[a-z]+\s))\s+(?!(?:the\s+)?(?:year|years|\d))[^?]{3,80}?\s*[?.!]*$/i;

/** The kind words a Chinese name ends with (研發院, 基金, 計劃…), which said bare stand for the name just spoken of. */
const ZH_BARE_KIND_OPENING = /^(研發院|研发院|研究院|研究所|基金|計劃|计划|中心|園區|园区|平台|學院|学院|委員會|委员会|公司|實驗室|实验室)(?=[\u4e00-\u9fff])/;

function bareKindOpening(question: string, subject: string | undefined): { question: string; subject: string } | undefined {
  const kind = ZH_BARE_KIND_OPENING.exec(question)?.[1];
  if (!kind || !subject || !subject.endsWith(kind) || subject.length <= kind.length + 1) return undefined;
  return { question: `${subject}${question.slice(kind.length)}`, subject };
}

/** A question asking when (a year, a date or a time): 「幾時」「何時」「哪一年」, "when", "what year". */
const ASKS_WHEN_ANY = /幾時|几时|何時|何时|(?:哪|邊|边)一?年|甚麼時候|什麼時候|什么时候|\bwhen\b|\b(?:what|which) (?:year|date|month)\b/i;
/** A count asked with nothing counted: "how many (were there)", 「幾多間」「多少家」. */
const EN_BARE_COUNT = /\bhow many(?:\s+(?:were|are|was|is|will be)\s+there)?(?:\s+back)?\b/gi;
const ZH_BARE_COUNT = /(?:幾多|几多|多少)(?:個|个|間|间|家|項|项|所|條|条|座|名|位)/g;
/** A sum named by the verb of giving it and who gets it, nothing after (「注資河套園區的」「預留畀初創嘅」): the sum itself. */
const ZH_SUM_DESCRIBED_ALONE = /^((?:預留|预留|撥出|拨出|撥款|拨款|注資|注资|投放|投入|資助|资助)(?:了|咗)?(?:給|给|予|畀|俾)?([\u3400-\u9fffA-Za-z0-9+]{2,24}?))(?:的|嘅)$/;
/** A post (a body's office) written alone, and the same at the end of a subject (「科技園公司主席」 is the body's chair). */
const ZH_POST = '(?:副)?(?:主席|行政總裁|行政总裁|總裁|总裁|局長|局长|署長|署长|處長|处长|總監|总监|院長|院长|校長|校长|常任秘書長|常任秘书长|秘書長|秘书长|董事長|董事长|總經理|总经理|首席[\\u4e00-\\u9fff]{1,4}官|負責人|负责人|主管)';
const ZH_POST_ALONE = new RegExp(`^(${ZH_POST})$`);
const ZH_POST_AT_END = new RegExp(`(?:的|嘅)?${ZH_POST}$`);
const EN_POST = '(?:vice[- ])?(?:chair(?:man|woman|person)?|ceo|chief executive(?: officer)?|director|head|president|secretary|permanent secretary|commissioner|general manager|principal|dean)';
const EN_POST_ALONE = new RegExp(`^(?:the\\s+|its\\s+|their\\s+)?(${EN_POST})$`, 'i');
const EN_POST_AT_END = new RegExp(`(?:['’]s)?\\s+${EN_POST}$`, 'i');
/**
 * "He", "she" (and "his", "her") after "who is the X chairman …?" answered with a name: the person as the question
 * described them ("the X chairman"), whose words the documents give under that post more often than under the name.
 */
function personNamed(question: string, context: Context): { question: string; name: string } | undefined {
  if (!EN_PERSON_PRONOUN.test(question)) return undefined;
  const described = /\bwho(?:['’]s|\s+is|\s+was)\s+((?:the\s+)?(?:[\w&'’-]+\s+){0,4}?(?:chair(?:man|woman|person)?|ceo|chief executive|director|head|president|secretary|commissioner|principal))\b/i.exec(context.question)?.[1];
  const named = /^([^[\n(]{2,60}?)\s*(?:\([^)]*\))?\s*\[\d+\]/.exec(context.answer)?.[1]?.trim();
  if (!described || !named || !/^[A-Z]/.test(named) || /\d/.test(named)) return undefined;
  const asked = question.replace(EN_PERSON_PRONOUN, (word) => (/^(?:his|her)$/i.test(word) ? `${described}'s` : described));
  return { question: asked, name: described };
}
const EN_PERSON_PRONOUN = /\b(?:he|she|him|his|her)\b/i;

/** A change asked by how much (「比修訂預算增加多少？」「少咗幾多？」): its direction, as a verb. */
const ZH_CHANGE_ASKED = /(增加|減少|减少|上升|下跌|下降|增長|增长|多|少)(?:咗|了)?(?:多少|幾多|几多)/;
/** Words of a change: a reason question holding one says what changed itself. */
const ZH_CHANGE_WORD = /增|減|减|加|升|跌|降|多|少|高|低/;
/** Where a reason is asked in a Chinese question: a noun (「主要原因」「甚麼原因」) or a why-word (「點解」「為甚麼」). */
const ZH_REASON_AT = /(?:(?:主要|最主要)?(?:是|係|系)?(?:甚麼|什麼|什么|甚么|咩|乜嘢?|乜)?(?:原因|理由))|點解|点解|為甚麼|為什麼|为什么|為何|为何/;

/**
 * 「主要原因是甚麼？」 after 「比修訂預算增加多少？」: a bare reason after a change asked by how much is the reason for that change
 * (「…2025-26年度增加的主要原因是甚麼？」); read alone it names no change, and a table's figures answer nothing of it.
 */
function withChangeReasoned(resolution: FollowUpResolution, context: Context | undefined): FollowUpResolution {
  const change = context ? ZH_CHANGE_ASKED.exec(context.asked.normalize('NFKC')) : null;
  if (!change || !ZH_BARE_REASON.test(resolution.original.normalize('NFKC').trim())) return resolution;
  const question = resolution.question;
  const reason = ZH_REASON_AT.exec(question);
  if (!reason || ZH_CHANGE_WORD.test(question.slice(0, reason.index).replace(/\d{4}\s*[-/–]\s*\d{2,4}/g, ' '))) return resolution;
  const hans = detectLanguage(question) === 'zh-Hans';
  const verb = change[1] === '多' ? '增加' : change[1] === '少' ? (hans ? '减少' : '減少') : change[1]!;
  const noun = /原因|理由/.test(reason[0]);
  const read = noun ? `${question.slice(0, reason.index)}${verb}${hans || !CANTONESE.test(question) ? '的' : '嘅'}${question.slice(reason.index)}` : `${question.slice(0, reason.index)}${reason[0]}${hans ? '会' : '會'}${verb}？`;
  return { ...resolution, question: read };
}

/** "In percent", "by what percentage", "as a %", 「百分之幾」「百分比」「幾多 %」: a difference asked as a share. */
const ASKS_PERCENT = /\b(?:in|as an?|by what)\s+(?:percent|per cent|percentage|%)|\bpercentage\b|\bper ?cent\b(?=\s*[?？.!]*\s*$)|百分之(?:幾|几|多少)|百分比|(?:幾多|几多|多少)\s*(?:%|％|percent)/i;

/** A comparison asking the size of a difference in percent: the answer gives it as a share of the figure set against, too. */
function withPercentAsked(resolution: FollowUpResolution): FollowUpResolution {
  const comparison = resolution.comparison;
  return comparison?.difference && ASKS_PERCENT.test(resolution.original) ? { ...resolution, comparison: { ...comparison, percent: true } } : resolution;
}

/**
 * 「科技園公司呢？邊個多啲？」, "And life and health tech ones? Which group is bigger?": a sentence swapping a new subject into the
 * last question answered with a figure, then "which is more?": the two compared (the earlier answer's question and the same
 * question of the new subject). Undefined when the turn is not of that shape.
 */
function swapThenWhich(question: string, context: Context | undefined, findNames: NameFinder): FollowUpResolution | undefined {
  // (「X呢 邊個高啲」「X呢，邊個高啲」: 呢 and a space or comma end the first in chat as a question mark does.)
  const sentences = question.normalize('NFKC').split(/(?<=[?？])\s*|(?<=呢)(?:\s+|[，,]\s*)/).filter((sentence) => sentence.trim());
  if (!context || sentences.length < 2) return undefined;
  const last = sentences.at(-1)!;
  const which = whichIn(last.replace(/\b(?:group|one|figure|number|side)\b/gi, 'one'));
  // "… ? How much more is the first?", 「…？第一個多幾多？」: the size of the difference, the side pointed at spoken of.
  const zhLast = CJK.test(last) && detectLanguage(last) !== 'en';
  const pair = which ? undefined : pairComparisonIn(last, zhLast, findNames);
  // A pair that is no yes/no asks the difference (pairComparisonIn read it on this text).
  const difference = pair !== undefined && !pair.polar && !pair.ratio && !pair.sum;
  if (!which && !difference) return undefined;
  // The last question answered with a figure: the one the new subject is set beside.
  const figured = [context, context.previous].find((turn): turn is Context => turn !== undefined && FIGURE_ANSWER.test(turn.answer));
  if (!figured) return undefined;
  const swap = finish(resolveOne({ ...figured, previous: undefined }, sentences.slice(0, -1).join('').replace(ZH_DEFINITE_ONE, ''), findNames));
  if ((swap.kind !== 'subject' && swap.kind !== 'aspect') || swap.question === figured.question) return undefined;
  // A difference asked after a sentence that itself compares (「同X比係多咗定少咗？少咗幾多？」) is that comparison's size, not a swap's.
  const opening = sentences.slice(0, -1).join('');
  if (!which && (swap.kind !== 'subject' || comparisonIn(opening) !== undefined || BOTH_WAYS.test(opening))) return undefined;
  const asked = [figured.question, swap.question];
  const zh = CJK.test(question) && detectLanguage(question) !== 'en';
  // The same subject, other things counted ("AI companies", "life and health tech ones"): the things name the two sides.
  const counted = swap.kind === 'aspect' ? asked.map((side) => countedIn(side, CJK.test(side) && detectLanguage(side) !== 'en') ?? /\bhow many\s+((?:[\w&+-]+\s+){0,6}?[\w&+-]+)\s+(?:are|is|were|was|does|do|did|has|have)\b/i.exec(side)?.[1]) : [];
  const labels = counted.length === 2 && counted.every((label) => label) && counted[0] !== counted[1] ? (counted as string[]) : labelsFor(asked, [figured.subject ?? subjectOf(figured.question, findNames), swap.subject]);
  const between = asked.map((side, at) => ({ question: side, label: labels[at]! }));
  if (!which && pair) {
    // The side pointed at is spoken of (the earlier one unless the later is named); how much more or less it is.
    const focus = pair.focus ?? 0;
    const [spoken, other] = [labels[focus]!, labels[1 - focus]!];
    const standalone = zh ? `${spoken}比${other}${pair.relation === 'more' ? '多' : '少'}多少？` : `How much ${pair.relation} is ${spoken} than ${other}?`;
    return { original: question, question: standalone, kind: 'comparison', comparison: { relation: pair.relation, between, focus, difference: true }, subject: figured.subject };
  }
  const relation = which!;
  const ranked = rankAsked(last);
  return { original: question, question: whichQuestion(labels, relation, ranked, zh), kind: 'comparison', comparison: { relation, between, ...(ranked ? { ranked } : {}) }, subject: figured.subject };
}

/** Whether "which is better placed?" (「邊個排得高啲？」) asks of two ranks. */
function rankAsked(question: string): boolean {
  return EN_WHICH_RANK.test(question.trim()) || ZH_WHICH_RANK.test(question.trim());
}

/** Which of the two is more (or less, or the better or worse placing), asked of the two labels. */
function whichQuestion(labels: string[], relation: Comparison['relation'], ranked: boolean, zh: boolean): string {
  return zh
    ? `${labels[0]}與${labels[1]}，哪個${ranked ? (relation === 'less' ? '排名較高' : '排名較低') : relation === 'more' ? '較多' : '較少'}？`
    : `Which is ${ranked ? (relation === 'less' ? 'the better placing' : 'the worse placing') : relation === 'more' ? 'more' : 'less'}: ${labels[0]} or ${labels[1]}?`;
}

/** An answer that leads with a figure before its first citation ("超過2,100 間 [1]", "HK$3 billion [1]"). */
const FIGURE_ANSWER = /^[^[\n]*?\d[^[\n]*?\[\d+\]/;

/** An answer that leads with a figure, not one that only quotes its passage ("From 2025-26 Budget: … “…” [1]": the digits are its source's). */
/**
 * A follow-up that is a condition alone ("and if a company runs the maximum number of projects?", "what if it's a start-up?",
 * 「如果同時進行三個項目呢？」): the earlier question asked under it. Not when the condition asks something itself (a question word).
 */
function conditionAdded(question: string, earlier: string, zh: boolean): string | undefined {
  const base = earlier.normalize('NFKC').trim().replace(/[?？.!！。\s]+$/, '');
  if (zh) {
    const clause = ZH_CONDITION_ALONE.exec(question.trim())?.[1];
    return clause && !ZH_QUESTION_WORD.test(clause) ? `如果${clause}，${base}？` : undefined;
  }
  const clause = EN_CONDITION_ALONE.exec(question.trim())?.[1];
  return clause && !/\b(?:how|what|when|where|who|whom|which|why)\b/i.test(clause) ? `${base} if ${clause}?` : undefined;
}
const EN_CONDITION_ALONE = /^(?:(?:and|but|so|ok(?:ay)?)\b[,\s]*)?(?:what\s+)?if\s+(.{3,120}?)\s*[?.!]*$/i;
const ZH_CONDITION_ALONE = /^(?:咁|那|那麼|那么|而)?(?:如果|假如|若果|若|要是|萬一|万一)(.{2,60}?)(?:嘅話|的話|的话)?(?:呢|啊|呀)?\s*[？?。]?$/;

/** "that amount", "this sum", "that money", 「呢筆錢」「這筆款項」: the earlier sum, by a word for money. */
const EN_SUM_DEMONSTRATIVE = /\b(?:that|this|the)\s+(?:amount|sum|money|funding|allocation)\b|(?:這|这|呢|嗰|那)(?:筆|笔)(?:錢|钱|款項|款项|撥款|拨款|資金|资金)?/i;

/** Whether an answer leads with a sum of money. */
function answersMoney(answer: string): boolean {
  return leadsWithFigure(answer) && figureOfAnswer(answer)?.kind === 'money';
}

function leadsWithFigure(answer: string): boolean {
  return FIGURE_ANSWER.test(answer) && !QUOTE_ONLY_ANSWER.test(answer);
}
const QUOTE_ONLY_ANSWER = /^(?:From |According to |The documents state|根據|根据)/;

/**
 * 「咁「製造+」嗰個呢？比例係咪啱啱相反？」, "And the Y scheme? Is it the same?": a first sentence that swaps a new subject into
 * the earlier question, then a question about it. When the whole is not answered as read, the earlier question asked of
 * the new subject (its answer says what the second sentence asks about).
 */
function withLeadingSwap(resolution: FollowUpResolution, context: Context | undefined, findNames: NameFinder): FollowUpResolution {
  // 「咁綱領(2)呢，係咪大約2.45億？」: a comma after 呢 ends the swap as a question mark would.
  const sentences = resolution.original.split(/(?<=[?？])\s*|(?<=呢)\s*[，,]\s*/).filter((sentence) => sentence.trim());
  if (!context || sentences.length < 2) return resolution;
  const first = finish(resolveOne(context, sentences[0]!.replace(ZH_DEFINITE_ONE, ''), findNames));
  // "And Cyberport? How many AI firms there?": a pronoun in the question after the swap stands for what was swapped in.
  if (first.kind === 'subject' && first.subject) {
    const rest = sentences.slice(1).join(' ');
    const zh = CJK.test(rest) && detectLanguage(rest) !== 'en';
    const second = pronounIn(rest, zh) ? finish(resolveOne({ ...context, question: first.question, subject: first.subject, asked: sentences[0]!, previous: context }, rest, findNames)) : undefined;
    if (second?.kind === 'pronoun') return { ...second, original: resolution.original, fallback: { question: first.question, kind: 'subject', subject: first.subject } };
  }
  // (It stands in for a fallback that only carried the earlier subject into the whole turn read as naming its own.)
  return first.kind === 'subject' && first.question !== resolution.question ? { ...resolution, fallback: { question: first.question, kind: 'subject', subject: first.subject } } : resolution;
}

/** 「X嗰個呢」: "the X one" by the given classifiers, before 呢. */
const zhDefiniteOne = (classifiers: string) => new RegExp(`(?<=[^\\s，,])(?:嗰|那|呢|這|这)(?:${classifiers})(?=\\s*呢)`);
/** 「X嗰個」「X那個」「X嗰幅」: "the X one", X itself (by whatever classifier: a plot of land is 「幅」). */
const ZH_DEFINITE_ONE = zhDefiniteOne('個|个|幅|塊|块|間|间|座|項|项|筆|笔|份|條|条|家|所');
/** 「X嗰個呢」「X嗰間呢」: "the X one" of a thing (not a share of a sum, 「X嗰份」「X嗰筆」). */
const ZH_DEFINITE_THING = zhDefiniteOne('個|个|間|间|座|家|所');

/**
 * A question that names its source by kind ("according to the fact sheet", 「新聞稿講…」) is
 * answered from that source. "The 2025-26 budget" alone is left to the year: every document of a
 * budget year speaks for it.
 */
function withNamedSource(resolution: FollowUpResolution): FollowUpResolution {
  if (resolution.source) return resolution;
  const source = sourceIn(resolution.question);
  // 「上年預算案有冇講佢？」, "does the 2024-25 budget mention it?": what one budget says is asked of that budget's documents.
  return source && (source.kind !== 'budget' || (source.year !== undefined && SAYS.test(resolution.original))) ? { ...resolution, source } : resolution;
}

/** 「…開發了什麼應用？」「…推出咗咩平台？」: a question ending in "what" and the kind of thing asked for (group 1), after a verb. */
/** 「多少公頃用地」「幾多平方米樓面」: the land or space a question measures by its area (group 1). */
const ZH_MEASURED_THING_ASKED = /(?:多少|幾多|几多)\s*(?:公頃|公顷|平方米|平方公尺|平方呎|平方英尺|萬平方呎|万平方呎|畝|亩)([\u4e00-\u9fff]{2,4}?)(?:呢|㗎|啊|呀)?\s*[？?]?\s*$/;
const ZH_WHAT_THING_ASKED = /(?:了|咗|過|过)?(?:什麼|什么|甚麼|甚么|咩|乜嘢?)([\u4e00-\u9fff]{1,6}?)(?:呢|㗎|啊|呀)?\s*[？?]?\s*$/;

/** A bare 「幾多」 / 「多少」 ending a Chinese question: nothing after it says what is counted. */
const BARE_HOW_MUCH_ZH = /(幾多|几多|多少)(?=\s*(?:先得|先可以|至得|先夠|先够|先至得|就得|才可以|才行)?\s*(?:呢|㗎|啊|呀|嗎|吗|啦|喎)?\s*[？?]?\s*$)/;
/**
 * A verb of getting, having, paying or investing right before the bare question word (「攞幾多」「可獲多少」「有幾多」
 * 「要投資幾多先得」), the question ending there or in what it takes to qualify (「先得」).
 */
const GETTING_HOW_MUCH_ZH = /(?:攞|拎|拿|獲得|获得|獲|获|得到|得|收到|收|領|领|有|係|系|是|值|分到|分|投資|投资|注資|注资|付|俾|畀|交|出|花|資助|资助|提供)(?:咗|了|到)?(?:每一?[個个間间家項项所名位支隊队][\u4e00-\u9fff]{1,4}?)?(?:最多|最少|最高|最低|大約|大约|約|约|至少)?(?:幾多|几多|多少)\s*(?:先得|先可以|至得|先夠|先够|先至得|就得|才可以|才行)?\s*(?:呢|㗎|啊|呀|嗎|吗|啦|喎)?\s*[？?]?\s*$/;
/** A verb of paying or investing before a bare 「幾多」: a sum is asked. */
const PAYING_HOW_MUCH_ZH = /(?:投資|投资|注資|注资|付|俾|畀|交|花)(?:咗|了|到)?(?:最多|最少|最高|最低|大約|大约|約|约|至少)?(?:幾多|几多|多少)/;
/** A question that names the figure it asks for itself (「預算是多少」「金額範圍是多少」) or a change (「加咗幾多」). */
const NAMES_ITS_FIGURE_ZH = /預算|预算|撥款|拨款|金額|金额|開支|开支|錢|钱|額|额|費|费|價|价|租|薪|範圍|范围|加|減|减|增|升|跌|比|數目|数目|數量|数量|人數|人数|數字|数字|職位|职位|名額|名额|次數|次数|比例|比率/;
/** An earlier question about a sum, or an earlier answer led by one (「10億元 [1]」, "HK$1 billion [1]"). */
const MONEY_QUESTION = /錢|钱|撥款|拨款|預算|预算|資助|资助|金額|金额|開支|开支|\bhow much\b|\bfunding\b|\bbudget\b/i;
const MONEY_ANSWER = /^[^[\n]*?(?:[萬万億亿]?元|HK\$|\$\s?\d)[^[\n]*\[\d+\]/;

/**
 * 「每間企業最多攞幾多？」 after a question on a sum: a Cantonese or Chinese follow-up ending in a
 * bare 「幾多」 asks for the same kind of figure as before, so it is read as 「幾多錢」 (a count
 * would say what it counts: 「幾多間」「幾多個員工」).
 */
function askingMoneyAsBefore(resolution: FollowUpResolution, context: Context | undefined): FollowUpResolution {
  if (!context || resolution.kind === 'standalone' || resolution.comparison || !CJK.test(resolution.question)) return resolution;
  if (resolution.kind !== 'aspect' && resolution.kind !== 'pronoun') return resolution;
  // Read without the subject's name: a name may hold any word (「…加速計劃」).
  const own = resolution.subject ? resolution.question.split(resolution.subject).join(' ') : resolution.question;
  if (!BARE_HOW_MUCH_ZH.test(resolution.question) || !GETTING_HOW_MUCH_ZH.test(resolution.question) || NAMES_ITS_FIGURE_ZH.test(own)) return resolution;
  // The earlier answer's figure says what kind was asked; only without one, the earlier question's words.
  // A verb of paying or investing (「要投資幾多先得」) asks a sum whatever came before.
  const paying = PAYING_HOW_MUCH_ZH.test(resolution.question);
  const money = paying || MONEY_ANSWER.test(context.answer) || (!/\[\d+\]/.test(context.answer) && MONEY_QUESTION.test(context.question));
  if (!money) return resolution;
  const simplified = detectLanguage(resolution.question) === 'zh-Hans';
  return { ...resolution, question: resolution.question.replace(BARE_HOW_MUCH_ZH, (word) => `${word}${simplified ? '钱' : '錢'}`) };
}

/**
 * The rewritten question in the asker's script (a Simplified follow-up gets the name in Simplified),
 * answered in the asker's language when the carried words are in another (「咁科學園呢？」 after an
 * English question is answered in Chinese), with a Chinese question's full-width question mark.
 */
function finish(resolution: FollowUpResolution): FollowUpResolution {
  const asked = detectLanguage(resolution.original);
  const inScript = (text: string): string => {
    const simplified = asked === 'zh-Hans' && CJK.test(text) ? toSimplified(text) : text;
    return CJK.test(simplified) && detectLanguage(simplified) !== 'en' ? simplified.replace(/\?\s*$/, '？') : simplified;
  };
  const fallback = resolution.fallback ? { fallback: { ...resolution.fallback, question: inScript(resolution.fallback.question) } } : {};
  if (resolution.question === resolution.original || resolution.kind === 'standalone') return { ...resolution, ...fallback };
  const question = plainQuestionWords(inScript(resolution.question));
  const zh = CJK.test(question) && detectLanguage(question) !== 'en';
  const askedScript = CJK.test(resolution.original) ? 'zh' : /[A-Za-z]/.test(resolution.original) ? 'en' : undefined;
  const switched = resolution.kind !== 'language' && !resolution.language && askedScript !== undefined && (askedScript === 'zh') !== zh;
  return { ...resolution, question, ...fallback, ...(switched ? { language: asked } : {}) };
}

/**
 * 「它到底是什么东西？」: words of emphasis (到底, 究竟) and 「東西」 after a question word ask nothing more than
 * 「它是什么？」, and are left out of the rewritten question. So does "first" before the verb of a question asking when
 * ("when did it first open?" asks when it opened: the first time is the date a document gives), which documents write
 * another way ("commenced operation of the first-phase facility", 「首階段設施於…啓用」).
 */
function plainQuestionWords(question: string): string {
  // (An English question may carry a Chinese name: 「… — 新型工業加速計劃?」.)
  if (!CJK.test(question) || detectLanguage(question) === 'en') {
    // "What's the most a company can get?" asks how much at most, which is how the answerer reads it.
    const most = EN_MOST_ONE_CAN.exec(question);
    if (most) return `${most[1]}How much ${most[4]!.toLowerCase()} ${most[3]} ${most[5]} at ${/least|min/i.test(most[2]!) ? 'least' : 'most'}${question.slice(most[0].length)}`;
    return EN_ASKS_WHEN.test(question) ? question.replace(EN_FIRST_BEFORE_VERB, '') : question;
  }
  return question.replace(/(?:到底|究竟)(?=[\u4e00-\u9fff])/g, '').replace(/(什麼|什么|甚麼|甚么|咩|乜)(?:東西|东西)/g, '$1');
}

/** "overall", "altogether", "in total", "as a whole" after a noun phrase: all of the things it names. */
const EN_TOTALITY_AFTER = /\s+(?:overall|altogether|all together|in total|in all|as a whole|combined|in general|generally)$/i;

/** A figure's period carried in a question's frame: 每年, "a year", "per year", "annually" (not a year named). */
const PER_PERIOD = /每一?年(?:度)?|全年|\s*\b(?:a|per|each|every)\s+(?:year|annum)\b|\s*\bannually\b/i;

/** "What's the most a company can get", "what is the maximum one project could receive": a sum asked at most (or least). */
const EN_MOST_ONE_CAN = /^(\s*)what(?:['’]s|\s+is|\s+was)\s+the\s+(most|max|maximum|least|minimum)\s+(?:that\s+)?((?:a|one|any|each)\s+[a-z][a-z-]+)\s+(can|could|may|will|would)\s+(get|receive|claim|be given|be granted|borrow|apply for)\b/i;

/** A question asking when: when, since when, what / which year, what date. */
const EN_ASKS_WHEN = /^\s*(?:(?:and|so|ok(?:ay)?|but)\b[,\s]*)*(?:when\b|since when\b|(?:in |from |since )?(?:what|which) (?:year|date|month)\b)/i;

/** "first" as an adverb before a verb of something starting ("first open", "first launched"), not "the first phase". */
const EN_FIRST_BEFORE_VERB = /(?<!\b(?:the|its|their|a|an|his|her|our|your|my)\s+)\bfirst\s+(?=(?:open|opens|opened|launch|launches|launched|start|starts|started|begin|begins|began|set up|established|introduced|operate|operated|commence|commenced|come|came|roll(?:s|ed)? out|go|went|run|ran|appear|appeared)\b)/i;

// ---------------------------------------------------------------------------------------------
// Kinds of words. Each list is a closed class of the language (pronouns, particles, markers), not
// anything a document says.

const CANTONESE = /[佢係咩嘅啲喺冇嚟㗎咗乜嘢哋嗰畀咁]|幾多|几多/;
const CJK = /[\u3400-\u9fff]/;

/** Words that say a new subject follows ("by the way", 「換個話題」): what comes after is asked on its own. */
const TOPIC_CHANGE = /^(?:(?:ok(?:ay)?|thanks|thank you|cool|great)[,.!\s]+)*(?:by the way|btw|on another (?:note|topic|subject)|on a (?:different|separate|side) note|(?:a |one )?(?:(?:totally|completely|slightly|somewhat) )?(?:different|other|another|unrelated|separate) (?:question|topic|thing)|(?:(?:totally|completely|slightly|somewhat|something) )?unrelated(?:\s+(?:q|qn|question))?(?:,?\s+but)?|changing (?:the )?(?:subject|topic)|change of (?:subject|topic)|new (?:question|topic)|moving on|switching (?:topics?|gears))\b[,:;.!\s-]*|^(?:(?:好|ok|OK|多謝|多谢|唔該|唔该|謝謝|谢谢|明白|了解|知道|收到|好的)(?:晒|哂|你|了|咗)?[，,。！!\s]*)*(?:換個話題|换个话题|轉個話題|转个话题|換個題目|换个题目|另一(?:個|个|條|条)?(?:問題|问题)|另外一(?:個|个|條|条)?(?:問題|问题)|問多個問題|问多个问题|順便問(?:下|一下)?|顺便问(?:下|一下)?|另外(?:想)?(?:問|问)(?:多)?(?:一)?(?:下|個問題|个问题)?|題外話|题外话|講開又講|讲开又讲|唔(?:講|讲|提)住?(?:呢啲|呢個|呢个|嗰啲|嗰個|嗰个)住?|(?:不|先不)(?:說|说|談|谈|講|讲)(?:這些|这些|這個|这个|那些|那個|那个)(?:了)?|撇開(?:呢啲|呢個|呢个|這些|这些|這個|这个)(?:唔講|不談|不谈)?|言歸正傳|言归正传)[，,：:；;。！!\s]*/i;

/**
 * 「X又點？」「X又如何？」「X又係點？」: Cantonese and Written Chinese ways of saying "what about X?", read as 「X呢？」.
 * Only with 又: 「點樣申請？」 asks how, not "what about".
 */
const ZH_WHAT_ABOUT = /(?:又(?:係|系|是)?(?:點樣?|点样?|如何|怎樣|怎样|怎麼樣|怎么样|點呀|点呀)|又係咩|又是什麼|又是什么)(?:呢|呀|啊|㗎)?\s*([？?]?)\s*$/;

/**
 * A Cantonese classifier opening a clause before its noun (「間公司」「座大樓」「個計劃」): "the company".
 * Not where classifier and noun are one word (個人, 個別, 個中, 條件, 部門, 份額 …; 個中心 is "the centre"); not 只, which is also "only".
 */
const ZH_CLASSIFIER_DEFINITE = /^[間间座個个架部隻條条份](?![人別别案體体性件例款額额門门分份位構构長长]|中(?!心))(?=[\u4e00-\u9fff])/;

/** Words that open an elliptical follow-up. */
const EN_MARKER = /^(?:(?:and|also|so|then|ok(?:ay)?|cool|great|thanks|thank you|right|alright|hmm+|oh|wow|nice|i see|got it|sure|well|but|now)\b[,.!\s]*)*(?:(?:what|how) about|what of|same (?:question )?for|the same for|and for|and in|(?:under|from)(?=\s+(?:the\s+)?[A-Z]))?[,\s]*/i;
/** 那 before a measure word is a demonstrative (「那塊地」), 而 before 家 is Cantonese "now" (「而家」): neither opens a follow-up. */
const ZH_MARKER = /^(?:(?:咁|那麼|那么|那(?![個个塊块幅片間间筆笔項项些座條条位名])|而(?!家)|另外|還有|还有|仲有|至於|至于|又|同埋|以及|和|及)[，,、\s]*)+/;
const ZH_TRAILING_PARTICLE = /(?:呢|嗎|吗|㗎|呀|啊|啦|嘅|喎)?\s*[？?。！!]*\s*$/;

/** "that institute", "this scheme", "these companies": a demonstrative with its noun points back at the subject. */
const EN_DEMONSTRATIVE_PHRASE = /(?<!\bhow\s+(?:is|was|are|were)\s+)\b(?:this|that|these|those)\s+(?![a-z]{3,}ed\b)(?!(?:year|years|time|one|is|was|are|were|has|have|does|do|did|will|would|can|could|much|many|more|less|a|an|the|all|so|too|very|really|still|just|enough|right|correct|true|it|its|their|his|her|our|my|your)\b)([a-z][a-z-]*)/i;

/**
 * "Will that give …?", "how much did that grow …?": after an auxiliary, a demonstrative followed by a
 * bare word that ends the clause (or meets a preposition) is the subject of that verb, not a
 * determiner ("does that centre have …" keeps its noun).
 */
const EN_DEMONSTRATIVE_SUBJECT = /\b(?:did|does|do|will|would|can|could|should|might|may|has|have|had)\s+(this|that)\s+(?=[a-z]+\s*(?:[?.!,]|$|(?:compared|by|to|from|in|on|at|with|for|over|since|than|up|down|us|you|them|me|much|more|less|again|back|so|far|overall)\b))/i;

/** "Each project", "every company", "a single company", "the most one company can get", 「每個項目」「每間企業」: a distributive over the members of what was just asked about. */
const DISTRIBUTIVE_EN = /\b(?:each|every|per|a single|any single|any one|one single)\s+(?!(?:year|month|week|day|time|one)\b)[a-z][a-z-]+|\b(?:most|max|maximum|least|minimum)\s+(?:that\s+)?(?:a|one|any)\s+(?!(?:year|month|week|day|time)\b)[a-z][a-z-]+\s+(?:can|could|may|will|would)\b/i;
const DISTRIBUTIVE_ZH = /^(?:請問|请问)?每一?[個个間间家項项所名宗座條条枚支隊队筆笔款位]/;

/** English pronouns that stand for an earlier subject. `this`/`that` only when nothing they could qualify follows. */
const EN_PRONOUN = /\b(?:it|its|they|them|their|theirs|this one|that one|the same one)\b|(?<=^\s*(?:(?:and|so|but|ok(?:ay)?)\b[,\s]*)*(?:is|was|are|were|will|would|has|had|can|could)\s+)(?:this|that)\b(?=\s+(?:still|also|already|really|actually|now|part|included|covered|run|managed|open|opened|launched|completed|finished|built|done|going|expected|planned|meant|supposed|available|in|on|under|from|for|counted|listed)\b)|\b(?:this|that)\b(?=\s+[a-z]{3,}ed\b)|(?<=\bhow\s+(?:is|was|are|were)\s+)(?:this|that)\b|\b(?:this|that|these|those)\b(?=\s*(?:[?.!,]|$|(?:is|was|are|were|has|have|had|does|do|did|will|would|can|could|cost|costs|include|includes|mean|means|cover|covers|get|gets|got|provide|provides|support|supports|fund|funds|offer|offers|receive|receives|take|takes|need|needs|start|starts|begin|begins|end|ends|open|opens|involve|involves|involved|amount|amounts)\b))/i;
/** Chinese pronouns (Written Chinese and Cantonese); 其 and 此 only when they are not part of a longer word. */
const ZH_PRONOUN = /(?:成|整|全)(?:個|个)(?=計劃|计划|基金|項目|项目|園區|园区|中心|平台|方案|機構|机构|研究院|研發院|研发院|措施)|(?:那|呢|嗰)(?=[塊块幅片座])|(?:這|这|那|呢|嗰)(?:間|间|所|家)(?=[\u4e00-\u9fff]{2})|(?:^|[，,])啲(?=[\u4e00-\u9fff])|(?:^|[，,])(?:筆|笔)(?=錢|钱|款|數|数)|呢筆|呢笔|嗰筆|嗰笔|它們|它们|佢哋|他們|他们|它|佢|這個|这个|那個|那个|呢個|呢个|嗰個|嗰个|這項|这项|該項|该项|呢項|呢项|嗰項|嗰项|這些|这些|那些|呢啲|嗰啲|(?<![應应唔])該(?=[^\s，,。？?]|$)|(?<![應应唔])该(?=[^\s，,。？?]|$)|其(?![他它中實实餘余次])|(?<![因如從从自彼])此(?![外後后前時时])|這(?![裏里樣样麼么邊边])|这(?![里样么边])/;

/** "the fund", "the site": a definite category noun with nothing else to pick it out points back at the subject. */
const EN_CATEGORY_PHRASE = /\bthe\s+(?:(?:whole|entire|same|said)\s+)?(?:fund|scheme|programme|program|institute|centre|center|park|project|platform|initiative|plan|facility|site|land|plot|building|committee|body|organisation|organization|company|corporation|cluster|lab|laboratory|office|bureau|council|agency|system|network|hub|zone|district|place|body)\b/i;
/** "there" as a place already named (not "is there", "there are"). */
const EN_THERE = /(?<!\b(?:is|are|was|were|be|been|will)\s+)\bthere\b(?!\s+(?:is|are|was|were|be|will|have|has)\b)/i;
const ZH_THERE = /嗰度|嗰邊|嗰道|那裏|那裡|那里|該處|该处|當地|当地/;

/**
 * Words naming an attribute of a subject (its budget, its size, its staff): a fragment made of them
 * asks about another aspect of the same subject.
 */
const EN_ATTRIBUTE = /^(?:(?:the|its|their|a|an)\s+)?(?:(?:total|overall|annual|original|revised|actual|approved|estimated|latest|current|maximum|minimum|max|min|average|full|planned|expected|matching|funding)\s+)*(?:budget|funding|fund size|size|cost|costs|amount|sum|figure|allocation|provision|estimate|estimates|expenditure|spending|number|count|area|floor area|gross floor area|date|deadline|timeline|timetable|target|staff|staffing|posts|headcount|location|address|scale|capacity|investment|revenue|income|growth|increase|decrease|change|share|percentage|rate|ratio|members|users|aim|purpose|goal|completion|opening|launch|start)\b|^(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:coverage|penetration|uptake|usage|adoption|subscribers|subscriptions)$/i;
/**
 * 「前者」「後者」, "the former", "the latter": the first or the last name the earlier answer quotes in its first quotation (the
 * things it listed, in its order), set in the word's place. Undefined without such a word or two names to choose from.
 */
function formerOrLatter(question: string, answer: string): { question: string; name: string } | undefined {
  const first = FORMER_OR_LATTER.exec(question);
  if (!first) return undefined;
  const quotation = withoutSourceTitles(answer).split(/\[\d+\]/)[0] ?? '';
  const names = [...new Set([...quotation.matchAll(LISTED_NAME)].map((match) => match[1]!.trim()))];
  if (names.length < 2) return undefined;
  const nameFor = (word: string) => (/^(?:前者|the former)$/i.test(word) ? names[0]! : names.at(-1)!);
  return { question: question.replace(new RegExp(FORMER_OR_LATTER.source, 'gi'), nameFor), name: nameFor(first[0]) };
}
/** 「前者」「後者」, "the former" / "the latter" standing alone (not "the former name of …"). */
const FORMER_OR_LATTER = /前者|後者|后者|\bthe (?:former|latter)\b(?=\s*(?:[?.,!;]|$|(?:is|was|are|were|has|have|had|will|would|did|does|do|can|could|get|gets|got|start|started|begin|began|launch|launched|run|runs|ran|open|opened|cost|costs|receive|received|called|named|support|supports|fund|funds)\b))/i;
/** A name quoted in an answer's list, up to 80 characters ("New Industrialisation Acceleration Scheme"). */
const LISTED_NAME = /[「『“"]([^「」『』《》“”"]{2,80})[」』”"]/g;

/**
 * 「返返去AI嗰度，AI人才有幾多個？」, "going back to Cyberport, how many talents?": the rest asked in the context of the latest
 * turn that spoke of the topic named, of the topic itself when it is a name (「返去數碼港嗰度」), else of that turn's subject
 * (「AI」 named the kind of company asked about 科技園). Undefined without such an opening or a turn that spoke of the topic.
 */
function backToTopic(question: string, contexts: readonly Context[], turns: readonly ConversationTurn[], options: ResolveFollowUpOptions, findNames: NameFinder): FollowUpResolution | undefined {
  const back = BACK_TO_TOPIC.exec(question.normalize('NFKC'));
  if (!back) return undefined;
  const named = (back[1] ?? back[2])!.trim();
  const spoken = [...contexts].reverse().find((turn) => `${turn.asked}\n${turn.question}`.toLowerCase().includes(named.toLowerCase()));
  const rest = question.normalize('NFKC').slice(back[0].length).trim();
  if (!spoken || !rest) return undefined;
  const read = resolveMasked({ ...options, earlier: turnsUpTo(turns, spoken.asked), question: rest }, findNames);
  // (Read as standing alone, it is still asked of what it goes back to: 「科技園AI人才有幾多個？」.)
  const zh = CJK.test(rest) && detectLanguage(rest) !== 'en';
  const topic = findNames(named).some((hit) => hit.written.length >= named.length - 1) ? named : spoken.subject;
  const subject = topic ? nameInLanguage(topic, zh, findNames) : undefined;
  if (read.kind === 'standalone' && subject && !read.question.includes(subject)) {
    const asked = zh ? punctuate(`${subject}${read.question.replace(/[？?。\s]+$/, '')}`, true) : `${capitalise(read.question.replace(/[?.!\s]+$/, ''))} — ${subject}?`;
    return { original: question, question: asked, kind: 'aspect', subject };
  }
  return { ...read, original: question };
}

/** 「返返去X嗰度，」「回到X，」"going back to X, ": a topic spoken of before (X: group 1 in Chinese, 2 in English), returned to. */
const BACK_TO_TOPIC = /^(?:(?:返返去|返去|回到|回去|講返|讲返|說回|说回|再講|再讲)\s*([^，,。？?]{1,16}?)\s*(?:嗰度|那裏|那里|嗰part|方面|嘅問題|的問題|个问题|嗰個問題)?|(?:(?:ok(?:ay)?|so|and)\s*,?\s*)?(?:going |coming |getting )?back to\s+(?:the\s+)?([^,?]{1,40}?))\s*[，,：:]\s*/i;

/** The turns of a conversation up to and including the user's turn asked as written, with its answer. */
function turnsUpTo(turns: readonly ConversationTurn[], asked: string): ConversationTurn[] {
  const at = turns.map((turn) => turn.role === 'user' && turn.content === asked).lastIndexOf(true);
  return at < 0 ? [...turns] : turns.slice(0, turns[at + 1]?.role === 'assistant' ? at + 2 : at + 1);
}

/** Whether a question was read as asked, or only without a marker in front (「那2025-26年度預算案說…」 read without 那). */
export function markedOnly(original: string, question: string): boolean {
  const [asked, read] = [original.normalize('NFKC').trim(), question.normalize('NFKC').trim()];
  return asked === read || (asked.endsWith(read) && /^(?:咁|那麼|那么|那|而|另外|還有|还有|仲有|至於|至于|又)[，,、\s]*$/.test(asked.slice(0, asked.length - read.length)));
}

/**
 * After a Chinese yes or no question on whether something happened (「香港有冇份參與嫦娥八號？」) answered yes, the thing of a kind
 * involved in it (「香港參與嫦娥八號嘅中心」): the question's words without its asking words, then the kind. Undefined when the earlier
 * question asked no such thing, or its subject is itself of that kind.
 */
function thingOfEventAsked(kind: string, context: Context, findNames: NameFinder): string | undefined {
  // (The clause that asks, 「…，香港有冇份參與嫦娥八號？」: what comes before it says why the asker asks.)
  const asked = context.question.normalize('NFKC').split(/[，,；;]/).at(-1) ?? '';
  if (!ZH_ASKED_WHETHER.test(asked) || !/^(?:是|係|有)/.test(context.answer.trim())) return undefined;
  const event = asked.replace(new RegExp(ZH_ASKED_WHETHER.source, 'g'), '').replace(/(?:呢|㗎|架|呀|啊|嗎|吗|喎)?\s*[？?。！!\s]*$/, '').trim();
  if ([...event].length < 4 || findNames(event).some((hit) => hit.written.endsWith(kind))) return undefined;
  return `${event}${CANTONESE.test(asked) ? '嘅' : '的'}${kind}`;
}
/** The words of a Chinese yes or no question on whether something is or happened: 有冇份, 有沒有, 是否, 係咪. */
const ZH_ASKED_WHETHER = /有冇份|有沒有份|有没有份|有冇|有沒有|有没有|是否|係咪|系咪|會唔會|会唔会|會否|会否/;

/**
 * 「仲有幾多座喺度起緊？」 after a question on 「…第一期首三座大樓」: how many others of that kind, besides the first ones the subject
 * names: the subject without them, the noun said after the classifier (「…第一期仲有幾多座大樓喺度起緊？」). Undefined otherwise.
 */
function othersBesidesPart(subject: string, question: string): { question: string; subject: string } | undefined {
  const text = question.normalize('NFKC');
  const others = ZH_OTHERS_COUNTED.exec(text);
  const part = others ? new RegExp(`(?:首|頭|头|前)[一二三四五六七八九十兩两\\d]+${others[1]}([\\u4e00-\\u9fff]{1,4})$`).exec(subject) : null;
  if (!others || !part) return undefined;
  const whole = subject.slice(0, part.index);
  if ([...whole].length < 2) return undefined;
  const rest = text.slice(others.index + others[0].length).replace(/[？?。！!\s]+$/, '');
  return { question: `${whole}${others[0]}${part[1]}${rest}？`, subject: whole };
}
/** 「仲有幾多座」「還有多少間」「其餘幾多個」: how many others of a kind (the classifier, group 1), besides those spoken of. */
const ZH_OTHERS_COUNTED = new RegExp(`(?:仲有|還有|还有|另外|其餘|其余|其他)(?:有)?(?:幾多|几多|多少)([${ZH_COUNT_CLASSIFIERS}])`);

/** 「佢嗰三個創新園」「它的兩個平台」: a pronoun owning the counted things after it (group 1: the count and the things). */
const ZH_PRONOUN_OWNING = new RegExp(`(?:佢哋|佢|它們|它们|它|他們|他们)(?:嘅|的)?(?:嗰|那|呢|這|这)?((?:[一二三四五六七八九十兩两幾几]|\\d+)[${ZH_COUNT_CLASSIFIERS}][\\u4e00-\\u9fff]{1,6}?)(?=喺|在|係|是|有|叫|位於|位于|分別|分别|的|嘅|[，,？?]|$)`);

/**
 * 「咁小學有冇類似嘅計劃？」, "is there a similar scheme for primary schools?": whether there is a thing like the subject for another
 * group, asked with the subject named (「小學有冇類似X嘅計劃？」, "Is there a scheme similar to X for primary schools?").
 */
function similarFor(question: string, subject: string, zh: boolean, cantonese: boolean): string | undefined {
  const text = question.normalize('NFKC').trim();
  if (zh) {
    const match = ZH_SIMILAR_FOR.exec(text);
    return match ? `${match[1]}${cantonese ? '有冇' : '有沒有'}類似${subject}${cantonese ? '嘅' : '的'}${match[2]}？` : undefined;
  }
  const match = EN_SIMILAR_FOR.exec(text);
  return match ? `Is there a ${match[1] ?? 'scheme'} similar to ${subject} for ${match[2]}?` : undefined;
}
/** 「(咁)小學有冇類似嘅計劃」: the group (1) and the kind of thing (2). */
const ZH_SIMILAR_FOR = /^(?:咁|那麼|那么|那|而)?\s*([\u4e00-\u9fff]{1,10}?)(?:又)?(?:有冇|有沒有|有没有|有無|有无|是否有|會唔會有|会不会有)(?:一啲|一些)?(?:類似|类似|相類似|相类似|差唔多|差不多)(?:嘅|的)(計劃|计划|措施|基金|項目|项目|安排|活動|活动)/;
/** "is there a similar scheme for primary schools?", "anything similar for X?": the kind (1) and the group (2). */
const EN_SIMILAR_FOR = /^(?:(?:and|so|ok(?:ay)?)\b[,\s]*)*(?:is there|are there|do they have|does it have|have they got)?\s*(?:an?\s+|any\s+)?(?:(?:something|anything)\s+)?similar(?:\s+(scheme|programme|program|fund|plan|one|thing)s?)?\s+for\s+([\w\s-]{2,40}?)\s*[?.!]*$/i;

/** A question naming nothing of its own, asked of a subject: 「X：…？」 (its opening marker dropped), "… — X?" in English. */
export function subjectCarriedInto(question: string, subject: string, zh = true): string {
  if (!zh) return `${capitalise(question.trim().replace(/[?？.!！\s]+$/, ''))} — ${subject}?`;
  return `${subject}：${question.trim().replace(/^(?:咁|那麼|那么|那|而|另外)\s*/, '').replace(/[？?。！!\s]+$/, '')}？`;
}

/** A Chinese count with no noun after its classifier (「首長級有幾多個？」), given the noun the earlier count counted with the same classifier. */
function withCountedNounCarried(question: string, earlier: string, findNames: NameFinder): string {
  const bare = ZH_BARE_CLASSIFIED_COUNT.exec(question);
  const before = bare ? ZH_CLASSIFIED_NOUN.exec(earlier.normalize('NFKC')) : null;
  // (Only 「X有幾多個？」: a count of what X has; not a change, 「多咗幾多項？」, nor a verb's object, 「提供約多少項？」.)
  // (Nor a year alone before it, 「2031年有幾多間？」: the earlier count again, that year.)
  const kindNamed = question.slice(0, bare?.index ?? 0).replace(/\d{4}\s*(?:[-/–]\s*\d{2,4})?\s*(?:年度|年)?|今年|去年|明年|而家|現時|现时|目前|咁|那|而/g, '');
  if (!bare || !bare[1] || ZH_CHANGE_WORD_BEFORE.test(question.slice(0, bare.index)) || [...kindNamed].filter((char) => CJK.test(char)).length < 2 || findNames(kindNamed).length > 0 || ZH_THING.test(kindNamed) || !before || before[1] !== bare[3] || question.includes(before[2]!)) return question;
  return `${question.slice(0, bare.index)}${before[2]}${question.slice(bare.index)}`;
}
/** Words of a change or comparison before a count (「多咗」「比」「增加」). */
const ZH_CHANGE_WORD_BEFORE = /多咗|少咗|多了|少了|增加|減少|减少|比|較|较/;
/** 「(有)幾多個」 ending a question, nothing counted after the classifier (group 3). */
const ZH_BARE_CLASSIFIED_COUNT = new RegExp(`(?<=[\\u4e00-\\u9fffA-Za-z0-9])(有)?(幾多|几多|多少)([${ZH_COUNT_CLASSIFIERS}])(?=\\s*(?:呢|㗎|呀|啊)?\\s*[？?。]?\\s*$)`);
/** 「幾多個職位」: a count's classifier (group 1) and the noun after it (group 2), ending its clause. */
const ZH_CLASSIFIED_NOUN = new RegExp(`(?:幾多|几多|多少)([${ZH_COUNT_CLASSIFIERS}])([\\u4e00-\\u9fff]{2,4})(?=\\s*[？?，,。呀㗎呢啊]|$)`);

/** One word set in front as a topic after "and" ("and fraunhofer, when did they set up here?"): a name, not a word of talk ("sorry, …", "overall, …"). */
const EN_ONE_WORD_TOPIC = /^(?!(?:sorry|okay|thanks|right|well|yes|yeah|nope|also|hmm+|cool|great|wait|actually|anyway|btw|then|now|and|but|so|ok|no)$)[a-z][\w&+-]{3,}$/i;

/** 「涉及的信貸金額」「帶動的私人投資」: a verb's relative clause before a noun of an amount: what the thing spoken of involved, brought or gave. */
const ZH_RELATIVE_ATTRIBUTE = /^(?:所)?(?:涉及|提供|所需|涵蓋|涵盖|帶動|带动|吸引|批出|批准|投入|預留|预留|撥出|拨出|獲得|获得|資助|资助|推出|興建|兴建|創造|创造|促成|帶來|带来|帶嚟|带嚟|需要|動用|动用|用咗|用了|花咗|花了)(?:了|咗)?(?:的|嘅)[\u4e00-\u9fff]{0,6}(?:金額|金额|投資|投资|資金|资金|款項|款项|額|额|職位|职位|收入|開支|开支|成本|數目|数目|人數|人数)$/;
const ZH_ATTRIBUTE = /^(?:的|嘅)?(?:總|总|全年|原來|原来|修訂|修订|實際|实际|最新|最高|最低|預計|预计)?(?:預算|预算|撥款|拨款|開支|开支|面積|面积|樓面面積|楼面面积|數目|数目|數量|数量|人數|人数|人手|職位|职位|費用|费用|金額|金额|規模|规模|日期|時間|时间|地點|地点|位置|目標|目标|成本|投資|投资|資助|资助|年期|期限|用途|目的|進度|进度|配對比例|配对比例|資助比例|资助比例|比例|比率|上限|下限|資格|资格|申請資格|申请资格|條件|条件|申請條件|申请条件)$/;

const ZH_TRAILING_ATTRIBUTE = /(?:的|嘅)?(?:總|总|全年|每年|預計|预计|最高|最多|最少|最低)?(?:預算|预算|撥款|拨款|開支|开支|面積|面积|規模|规模|數目|数目|數量|数量|人數|人数|金額|金额|費用|费用|成本|資助額|资助额|資助|资助|投資|投资)$/;

/** "the drone test centre": an English phrase, with "the", of two or more words ending in a word for a body, place or scheme names a thing. */
const EN_THING = /^the\s+(?:[\w&'+-]+\s+){1,5}(?:scheme|programme|program|fund|institute|centre|center|park|project|platform|initiative|facility|cluster|lab|laboratory|office|bureau|council|agency|hub|zone|corporation|committee|campus)$/i;

/** Chinese head nouns of names: bodies, places, schemes, funds (「…計劃」「…基金」「…園」「…辦公室」). */
const ZH_THING = /(?:計劃|计划|基金|園區|园区|園|园|中心|局|署|處|处|辦公室|办公室|研究院|研究所|學院|学院|大學|大学|委員會|委员会|平台|城|港|院)$/;

/**
 * The head of a possessive phrase that names a scheme, fund, body or place (「X的Y基金」 → 「Y基金」; Cantonese also says it with
 * the classifier, 「X個Y計劃」, not after a numeral, demonstrative or verb: 「一個」「呢個」「有個」).
 */
const ZH_POSSESSED_THING = /(?:的|嘅|(?<=[\p{Script=Han}A-Za-z]{2})(?<![一二三四五六七八九十兩两幾几多每呢嗰這这那哪邊边某整成全第有係系是咗了])(?:個|个))([\p{Script=Han}A-Za-z0-9+]{2,16}?(?:計劃|计划|基金|園區|园区|中心|辦公室|办公室|研發院|研发院|研究院|研究所|委員會|委员会|平台))/gu;

/** Words that say nothing about what a question is about: question and auxiliary words, articles, prepositions, light verbs. */
const EN_EMPTY_WORDS = new Set(
  ('a an the and or but so then ok okay also what which who whom whose when where why how much many is are was were be been being do does did has have had will would can could should shall may might ' +
    'of for in on at to by from with about into over under than as per this that these those it its they their them there here ' +
    'get gets got give gives given gave receive receives received spend spends spent set sets aside earmark earmarked allocate allocated allocation put provide provides provided ' +
    'cost costs plan planned expect expected estimate estimated make made take taken going go please tell me say said year years financial fiscal').split(' '),
);
const ZH_EMPTY = /有|係|系|是|會|会|將|将|預留|预留|撥出|拨出|撥咗|拨咗|用咗|用了|用|獲|获|得到|提供|投入|花|咗|了|過|过|的|嘅|在|喺|於|于|為|为|共|總共|总共|一共|大約|大约|年度|年|請問|请问|咁|那|而|又/g;

/** Question words: a fragment holding one is a question of its own, else it names an aspect or a subject. */
const EN_QUESTION_WORD = /\b(?:how|what|when|where|who|whom|which|why|is|are|was|were|does|do|did|has|have|will|can|could|would|should|may|might|must)\b/i;
const ZH_QUESTION_WORD = /(?:係|系|是)點(?:樣|样)?|(?:係|系|是)点(?:样)?|點解|点解|為什麼|为什么|為何|为何|怎麼|怎么|多長|多长|多久|多少|幾多|几多|幾時|几时|何時|何时|幾大|几大|多大|邊個|边个|邊度|边度|邊啲|边啲|喺邊|喺边|邊處|边处|邊間|边间|(?:邊|边)一?[兩两二三四五幾几]?[個个間间項项位名家條条座步期]|(?:邊|边)一?(?:方面|類|类|種|种|樣|样|範疇|范畴|領域|领域|部份|部分|區|区|年|方)|搞到邊|搞到边|到咗邊|到咗边|哪|誰|谁|什麼|什么|甚麼|甚么|咩|乜|點樣|点样|如何|怎樣|怎样|是否|係咪|系咪|有冇|有沒有|有没有|嗎|吗|幾|几/;

/** Relative years, as offsets from the year the conversation is about. */
const RELATIVE_YEARS: Array<[RegExp, number, boolean?]> = [
  // "A year ago", 「一年前」: counted back from a point in time (a date the answer states), not from a budget year.
  [/(?:一|1)\s*年(?:之)?前|\b(?:a|one) year ago\b/i, -1, true],
  [/(?:兩|两|二|2)\s*年(?:之)?前|\btwo years ago\b/i, -2, true],
  [/\b(?:the )?year before last\b|\btwo (?:financial |fiscal |budget )?years (?:before|earlier|prior)\b|(?<![上大之以])前年度?/i, -2],
  [/\b(?:the )?year after next\b|\btwo (?:financial |fiscal |budget )?years (?:after|later)\b|(?<![下大之以])後年度?|(?<![下大之以])后年度?/i, 2],
  [/\b(?:the )?(?:year|one) before(?! last)(?: that)?\b|\b(?:the )?(?:previous|prior|preceding|last) (?:financial |fiscal |budget )?year\b|\ba year (?:earlier|before)\b/i, -1],
  [/\b(?:the )?(?:year|one) after(?! next)(?: that)?\b|\b(?:the )?(?:next|following|coming|subsequent) (?:financial |fiscal |budget )?year\b|\ba year later\b/i, 1],
  [/上一(?:個|个)?(?:財政|财政)?年度?|前一(?:個|个)?(?:財政|财政)?年度?|上年度?|去年|舊年|旧年/, -1],
  [/下一(?:個|个)?(?:財政|财政)?年度?|後一(?:個|个)?(?:財政|财政)?年度?|后一(?:个)?(?:財政|财政)?年度?|下年度?|明年|出年|翌年/, 1],
];

/** 「多過上年幾多？」「少過X多少？」: more (or less) than something, by how much. */
const ZH_MORE_THAN_BY = /^((?:咁|那|而)?(?:佢|它|呢個|呢个|這個|这个)?)(多過|多过|多於|多于|高過|高过|高於|高于|少過|少过|少於|少于|低過|低过|低於|低于)([^，,。？?]{1,20}?)(幾多|几多|多少)(?=[呢㗎呀啊？?。\s]*$)/;

/** 「比上年多咗幾多？」「較2024-25年度修訂預算減少了多少？」: a follow-up asking how big a difference is, with nothing before its 比. */
const ZH_DIFFERENCE = /^(?:(?:咁|那|而)?(?:佢|它|其)?)(?:比|較|较|比較|比较)(?:起)?[^，,。？?]{1,30}?(?:多|少|高|低|增加|減少|减少|增|減|减|上升|下跌|升|跌)(?:咗|了|出)?(?:多少|幾多|几多|百分之(?:幾|几|多少))/;

/** "The same year", 「同一年度」「同年」, said of the year the earlier question asked about. */
const SAME_YEAR = /(?:同一|同)(?:個|个)?(?:財政)?(?:年度|年)(?:的|嘅)?|\s*\b(?:for|in|of)\s+(?:that|the)\s+same\s+(?:financial\s+|fiscal\s+)?year\b|\bthat\s+same\s+year['’]s\s+/gi;

/** Words asking about now rather than a budget year ("so far", 「到目前為止」「而家」): the earlier question's year is not carried in. */
const NOW_WORDS = /\b(?:so far|to date|until now|up to now|thus far|right now|now|currently|at present|at the moment|these days|nowadays)\b|至今|迄今|目前|現時|现时|現在|现在|而家|到目前|暫時|暂时|如今/i;

/** Words naming a kind of document ("the fact sheet", 「新聞稿」): a question naming its own source is not carried into the earlier one's year. */
const DOCUMENT_KIND = /\b(?:fact ?sheets?|press releases?|slides|speech|estimates|report|statement|leaflet|brochure|document)\b|新聞稿|新闻稿|概況|概况|簡報|简报|演辭|演辞|預算案|预算案|報告|报告|單張|单张|文件/i;

/** Words around a year that say nothing else ("in", "for", "the", 年度, 呢). */
const EN_FILLER = /\b(?:and|also|so|then|what|how|about|of|the|in|for|year|years|financial|fiscal|budget|estimate|same|question|please|then|was|were|is|it|ok(?:ay)?)\b/gi;
/** What a document of that year does ("the 2025-26 one", "what does last year's say"): nothing asked besides the year. */
const EN_YEAR_DOCUMENT_FILLER = /\b(?:one|ones|version|edition|document|say|says|said|show|shows|showed|give|gives|gave|state|states|stated|does|did|do|figure|number)\b/gi;
const ZH_YEAR_DOCUMENT_FILLER = /講|讲|說|说|話|话|寫|写|版本|份/g;
const ZH_FILLER = /咁|那麼|那么|那|而|又|有|呢|嗎|吗|㗎|呀|啊|啦|財政|财政|年度|年|的|嘅|情況|情况|又如何|如何|點|点|樣|样|係|是|多少|幾多|几多|同樣|同样|問題|问题/g;

// ---------------------------------------------------------------------------------------------

function resolveOne(context: Context | undefined, rawQuestion: string, findNames: NameFinder): FollowUpResolution {
  const original = rawQuestion;
  let question = expandContractions(rawQuestion.normalize('NFKC').replace(/\s+/g, ' ').trim());
  // 「同一年度的修訂預算呢？」, "and the revised estimate for the same year?": the same year is the earlier question's, which a
  // follow-up keeps when it names none; said, it would be read as a subject of its own.
  question = question.replace(SAME_YEAR, '').replace(/^\s*[，,]\s*/, '').trim() || question;
  // 「X又點？」 is 「X呢？」 (and 「上年又點？」 a year ellipsis like 「上年呢？」).
  if (CJK.test(question)) question = question.replace(ZH_WHAT_ABOUT, (_match, mark: string) => `呢${mark || '？'}`);
  // 「多過上年幾多？」 asks what 「比上年多咗幾多？」 asks: the size of a change.
  if (CJK.test(question)) question = question.replace(ZH_MORE_THAN_BY, (_match, lead: string, more: string, than: string, how: string) => `${lead}比${than}${more[0]}${CANTONESE.test(question) ? '咗' : '了'}${how}`);
  // 「與2023-24年度的實際開支相比少了多少？」 asks what 「比2023-24年度的實際開支少了多少？」 asks: the size of a change.
  if (CJK.test(question)) question = question.replace(ZH_SET_BESIDE_BY, (_match, lead: string, other: string, move: string, how: string) => `${lead}比${other}${move}${how}`);
  // 「2025-26年度預算案的數字比這多了多少項？」, "how much more is HK$10 billion than that?": a comparison asked from the other side
  // is the earlier figure's, the direction turned (「這比…少了多少項？」, "how much less is that than HK$10 billion?").
  question = fromEarlierSide(question);
  // "Is the 2025-26 figure higher?" after a figure of another year: the earlier figure turned to the other side ("is that lower
  // than 2025-26?"), as the year comparisons read it.
  question = question.replace(EN_YEAR_FIGURE_COMPARED, (_match, lead: string, year: string, word: string) => `${lead}is that ${OPPOSITE_COMPARATIVE[word.toLowerCase()] ?? 'less'} than ${year}`);
  // A question read on its own is answered as asked, unless a phrase of it was completed from the earlier turns (an ordinal's name).
  let completed: string | undefined;
  // 「第一個綱領」, "the second programme": a numbered kind picked by its place is the item of that number (綱領(1), Programme (2)).
  const byPlace = numberedByPlace(question);
  if (byPlace !== question) question = completed = byPlace;
  const standalone = (): FollowUpResolution => ({ original, question: completed ?? original, kind: 'standalone', subject: subjectOf(question, findNames) });
  // A first question needs no reading; its subject is found only if a follow-up comes. (Short forms written out, "rn",
  // "prog 2", "the 25-26 figure", are read so.)
  const written = rawQuestion.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const spelledOut = spellOutShortForms(written);
  if (!context) return { original, question: completed ?? (spelledOut !== written ? spelledOut : original), kind: 'standalone' };
  const zh = CJK.test(question) && detectLanguage(question) !== 'en';

  // "What plan does he say …?" after "who's the X chairman quoted …?" answered with a name: the post-holder as described.
  const person = zh ? undefined : personNamed(question, context);
  if (person) return { original, question: punctuate(capitalise(person.question), false), kind: 'pronoun', subject: person.name };

  // "By the way, …", 「換個話題，…」: the speaker says a new subject follows; the rest is asked on its own.
  const changed = TOPIC_CHANGE.exec(question);
  if (changed && changed[0].length < question.length) {
    const rest = question.slice(changed[0].length).trim();
    const asked = zh ? rest.replace(/(?<=[\u3400-\u9fff]),(?=[\u3400-\u9fff])/g, '，').replace(/\?\s*$/, '？') : capitalise(rest);
    return { original, question: asked, kind: 'standalone', subject: subjectOf(rest, findNames) };
  }

  // 「前者以前叫甚麼名稱？」, "and the latter?": the first or the last of the things the earlier answer named.
  const ordered = formerOrLatter(question, context.answer);
  if (ordered) return { original, question: ordered.question, kind: 'pronoun', subject: ordered.name };

  // "In English please", 「用中文答」: the earlier question again, in that language.
  const requested = requestedLanguage(question) ?? requestedLanguage(stripMarker(question, CJK.test(question)));
  if (requested) return { original, question: context.question, kind: 'language', language: requested, subject: context.subject };

  // «how much is that in HK$ million?», 「即係幾多億人民幣？」, «is that 10 billion or 1 billion?»: the earlier answer's figure asked
  // again in a unit or notation, or checked against two readings of it: the earlier question again (its answer gives the figure
  // in both notations), in the follow-up's language.
  // (The figure said back to be confirmed only when it is the earlier answer's: another figure, «so that's HK$1 billion, right?»
  // after HK$10 billion, is a comparison, answered "No: …" below.)
  const confirming = (zh ? ZH_FIGURE_CONFIRMED : EN_FIGURE_CONFIRMED).test(question.normalize('NFKC').trim());
  if (restatesFigure(question, zh) && (!confirming || saysBackEarlierFigure(question, context.answer))) {
    const asked = detectLanguage(question);
    const scale = confirming ? undefined : scaleAsked(question);
    return { original, question: context.question, kind: 'aspect', subject: context.subject, ...(asked !== context.language ? { language: asked } : {}), ...(scale ? { scale } : {}), ...(confirming ? { confirms: true } : {}) };
  }

  // 「咁首長級有幾多個？」 after 「…有幾多個職位？」: a count with its classifier and no noun counts the things counted before, of
  // the kind it names (「首長級職位有幾多個？」).
  if (zh) question = withCountedNounCarried(question, context.question, findNames);

  // «list them», 「請列出它們的名稱」「即係邊度？」 after a count: the things counted, asked which they are (the count question
  // with "which" for "how many").
  const members = membersAsked(question, context.question, zh, context.cantonese || CANTONESE.test(question));
  if (members) return { original, question: members, kind: 'aspect', subject: context.subject };

  // "And if a company runs three projects at once?", 「如果同時進行三個項目呢？」: a condition added to the earlier question.
  const condition = conditionAdded(question, context.question, zh);
  if (condition) return { original, question: condition, kind: 'aspect', subject: context.subject ?? subjectOf(context.question, findNames) };

  // "By how much in dollar terms?" after 「…撥款點解會多咗？」: the size of the change the earlier question asked about, which its
  // answer states; the earlier question again, answered in the follow-up's language.
  if (BARE_HOW_MUCH_CHANGE.test(question.trim()) && ASKS_MOVE.test(context.question)) {
    const asked = detectLanguage(question);
    return { original, question: context.question, kind: 'aspect', subject: context.subject, ...(asked !== context.language ? { language: asked } : {}) };
  }
  // 「修訂咗之後跌咗幾多 percent？」, "how much did it fall once revised?" after a figure of another column: the revised column, whose
  // row the table gives with its change against the original.
  if (REVISED_CHANGE.test(question) && ASKS_MOVE_OR_SIZE.test(question) && !yearsIn(question).length) {
    const revised = withColumnKindOf(zh ? '修訂預算' : 'the revised estimate', context.question);
    if (revised && revised !== context.question) return { original, question: revised, kind: 'aspect', subject: context.subject };
  }
  // 「修訂預算呢？」, "and the revised estimate?" (no year, no subject): the earlier question asked of that column of the table.
  const columnOnly = COLUMN_KIND_ONLY.test(stripMarker(question, zh).replace(zh ? ZH_TRAILING_PARTICLE : /[?.!\s]+$/, '')) ? withColumnKindOf(question, context.question) : undefined;
  if (columnOnly && columnOnly !== context.question) return { original, question: columnOnly, kind: 'aspect', subject: context.subject };

  // 「比生命健康科技嗰啲多幾多間？」, "how many more than the life science ones?" after a count of AI companies: the earlier
  // count against the same count of the other kind of those things, the difference said.
  const subset = otherSubsetCompared(question, context, zh);
  if (subset) return { original, ...subset };
  // 「生命健康科技嗰啲呢？」, "and the life science ones?": those things of the other kind, counted as before.
  const ones = theOtherOnes(question, context, zh);
  if (ones) question = ones;

  // "and jobs?" after "how much investment would they bring?", 「職位呢？」 after 「…會帶嚟幾多投資？」: a measure named alone in
  // place of the one the earlier question asked the amount of: the earlier question asked of the new measure.
  const measure = measureSwapped(question, context.question, zh, findNames);
  if (measure) return { original, question: measure, kind: 'aspect', subject: context.subject ?? subjectOf(context.question, findNames) };

  // "And to speed up the phase 1 infrastructure?" after "how much is set aside for the AI institute?": a purpose said
  // with "to", set in place of what the earlier question's money was for.
  const purpose = zh ? undefined : EN_PURPOSE_ALONE.exec(stripMarker(question, zh).replace(/[?.!\s]+$/, ''));
  const purposeOf = purpose ? EN_PURPOSE_AT_END.exec(context.question.normalize('NFKC')) : null;
  if (purpose && purposeOf && MONEY_QUESTION.test(context.question)) {
    const asked = `${context.question.normalize('NFKC').slice(0, purposeOf.index).trimEnd()} ${purpose[0]}?`;
    return { original, question: capitalise(asked), kind: 'subject', subject: purpose[1]! };
  }

  // 「研發院會設在哪裏？」 after a question on 「香港人工智能研發院」: a bare kind word opening the question, one the earlier subject
  // ends with, is that subject.
  const kindOpened = zh ? bareKindOpening(stripMarker(question, zh), context.subject ?? subjectOf(context.question, findNames)) : undefined;
  if (kindOpened) return { original, question: punctuate(kindOpened.question, true), kind: 'pronoun', subject: kindOpened.subject };

  // 「那注資河套園區的呢？」: a sum described by what it is given to, its noun left out, asks how much that sum is.
  const sumAlone = zh ? ZH_SUM_DESCRIBED_ALONE.exec(stripMarker(question, zh).replace(ZH_TRAILING_PARTICLE, '')) : null;
  if (sumAlone) return { original, question: `${sumAlone[1]}${context.cantonese || CANTONESE.test(question) ? '嘅金額係幾多？' : '的金額是多少？'}`, kind: 'aspect', subject: sumAlone[2] };

  // 「那行政總裁呢？」, "and the CEO?": a post named alone asks who holds it in the body spoken of (not the earlier question of it).
  const postAlone = (zh ? ZH_POST_ALONE : EN_POST_ALONE).exec(stripMarker(question, zh).replace(zh ? ZH_TRAILING_PARTICLE : /[?.!\s]+$/, ''));
  const body = postAlone ? (context.subject ?? subjectOf(context.question, findNames))?.replace(zh ? ZH_POST_AT_END : EN_POST_AT_END, '').trim() : undefined;
  if (postAlone && body) {
    const named = nameInLanguage(body, zh, findNames);
    const asked = zh ? `${named}${postAlone[1]}${context.cantonese || CANTONESE.test(question) ? '係邊個？' : '是誰？'}` : `Who is the ${postAlone[1]} of ${/^(?:the\s|[A-Z0-9])/.test(named) ? named : `the ${named}`}?`;
    return { original, question: asked, kind: 'aspect', subject: named };
  }

  // 「咁到 2026 年 3 月 31 號呢？」, "and as at 31 March 2026?": another day of a month swapped for the one the earlier question named.
  const dated = swapDate(context.question, stripMarker(question, zh).replace(zh ? ZH_TRAILING_PARTICLE : /[?.!\s]+$/, ''));
  if (dated) return { original, question: dated, kind: 'year', subject: context.subject };

  // "Which is bigger?", 「邊個多啲？」 after two questions: the two compared.
  const which = whichIn(question);
  // (The two turns set side by side, read only when a comparison of two is asked: their answers' figures are read to pick them.)
  let pairRead: Context | undefined | null = null;
  const earlierOfPair = (): Context | undefined => {
    if (pairRead === null) pairRead = comparableEarlier(context);
    return pairRead && pairRead.question !== context.question ? pairRead : undefined;
  };
  const sidesOf = (earlier: Context) => {
    const pair = [earlier, context];
    const labels = labelsFor(pair.map((turn) => turn.question), pair.map((turn) => turn.subject ?? subjectOf(turn.question, findNames)));
    return { labels, between: pair.map((turn, at) => ({ question: turn.question, label: labels[at]! })) };
  };
  const whichEarlier = which && context.previous ? earlierOfPair() : undefined;
  if (which && whichEarlier) {
    const { labels, between } = sidesOf(whichEarlier);
    // (Of two ranks the better is asked as such, the smaller number.)
    const ranked = rankAsked(question);
    const asked = whichQuestion(labels, which, ranked, zh);
    return { original, question: asked, kind: 'comparison', comparison: { relation: which, between, ...(ranked ? { ranked } : {}) }, subject: context.subject };
  }

  // "How much more did the first one get?", 「第一個係咪多過第二個？」, 「人工智能嗰邊多咗幾多間？」 after two questions answered
  // with figures: the two compared, the difference said (or the verdict, for a yes or no).
  const pairAsked = context.previous ? pairComparisonIn(question, zh, findNames, () => { const earlier = earlierOfPair(); return earlier ? [earlier.question, context.question] : []; }) : undefined;
  const pairEarlier = pairAsked ? earlierOfPair() : undefined;
  if (pairAsked && pairEarlier) {
    const { labels, between } = sidesOf(pairEarlier);
    if (pairAsked.sum) {
      const total = zh ? `${labels[0]!}與${labels[1]!}合共多少？` : `What is the total of ${labels[0]!} and ${labels[1]!}?`;
      return { original, question: total, kind: 'comparison', comparison: { relation: 'more', between, sum: true }, subject: context.subject };
    }
    if (pairAsked.ratio) {
      // 「咁兩個計劃每間企業嘅資助上限相差幾多倍？」: a measure of their own (the cap per firm) is what each is asked for.
      const measure = zh ? ownMeasureOfRatio(question) : undefined;
      if (measure) between.forEach((side, at) => (side.question = `${labels[at]!}${measure}${CANTONESE.test(question) ? '係幾多' : '是多少'}？`));
      const multiple = zh ? `${labels[0]!}與${labels[1]!}${measure ? `的${measure.replace(/^(?:的|嘅)/, '')}` : ''}，大的是小的幾多倍？` : `Between ${labels[0]!} and ${labels[1]!}, how many times the smaller is the larger?`;
      return { original, question: multiple, kind: 'comparison', comparison: { relation: 'more', between, ratio: true }, subject: context.subject };
    }
    const focus = pairAsked.focus ?? sideNamed(question, labels) ?? 1;
    const [one, other] = [labels[focus]!, labels[1 - focus]!];
    const asked = zh
      ? `${one}比${other}${pairAsked.relation === 'more' ? '多' : '少'}${pairAsked.polar ? '嗎' : '多少'}？`
      : pairAsked.polar ? `Is ${one} ${pairAsked.relation} than ${other}?` : `How much ${pairAsked.relation} is ${one} than ${other}?`;
    return { original, question: asked, kind: 'comparison', comparison: { relation: pairAsked.relation, between, focus, ...(pairAsked.polar ? { polar: true } : { difference: true }) }, subject: context.subject };
  }

  // "Is the first one's cap over HK$100 million?", 「後者幾時推出？」: one of the last two subjects, picked by its place, stands for
  // what it points at (a comparison between the two was read above).
  const ofTwo = context.previous && context.previous.question !== context.question ? pickedOfTwo(question, zh) : undefined;
  const pickedTurn = ofTwo ? (ofTwo.side === 0 ? context.previous! : context) : undefined;
  const pickedSubject = pickedTurn ? pickedTurn.subject ?? subjectOf(pickedTurn.question, findNames) : undefined;
  const otherTurn = ofTwo ? (ofTwo.side === 0 ? context : context.previous!) : undefined;
  if (ofTwo && pickedSubject && pickedSubject !== otherTurn?.subject) {
    const named = nameInLanguage(pickedSubject, zh, findNames);
    const replaced = `${question.slice(0, ofTwo.at)}${zh ? named : `${/^(?:the\s|[A-Z0-9])/.test(named) ? '' : 'the '}${named}${ofTwo.possessive ? "'s" : ''}`}${question.slice(ofTwo.at + ofTwo.length)}`;
    return { original, question: punctuate(zh ? stripMarker(replaced, zh) : capitalise(stripMarker(replaced, zh)), zh), kind: 'pronoun', subject: named };
  }

  // "According to the slides, what will it do?", 「根據新聞稿，佢有幾多間企業？」: the rest read as a follow-up, then asked of that source.
  const led = LEADING_SOURCE.exec(question);
  const ledSource = led ? sourceIn((led[1] ?? led[2])!) : undefined;
  if (led && ledSource && question.slice(led[0].length).trim()) {
    const inner = resolveOne(context, question.slice(led[0].length).trim(), findNames);
    if (!inner.source) return { ...inner, original, question: withSource(inner.question, ledSource), source: ledSource };
  }
  // 「去年嗰份預算案點講？」, "what did last year's budget say?": a relative year with a source is that year's source.
  const relativeSource = yearsIn(question).find((year): year is Extract<YearRef, { kind: 'relative' }> => year.kind === 'relative' && !year.calendar);
  const relativeBase = relativeSource ? yearOf(context) : undefined;
  if (relativeSource && relativeBase && relativeBase.kind === 'fiscal-year') {
    const label = fiscalYearLabel(relativeBase.value + relativeSource.offset);
    const absolute = `${question.slice(0, relativeSource.start)}${zh ? `${label}年度` : `the ${label}`}${question.slice(relativeSource.end)}`.replace(/\bthe (\d{4}-\d{2})['’]s\b/i, 'the $1');
    if (sourceIn(absolute)?.year && !sourceIn(question)?.year) question = absolute;
  }

  // "What does the fact sheet say?", "and the press release?", 「咁概況點講？」: the earlier question, answered from that source.
  // "The fact sheet gives a different number, right? What does it say?": a source named in one sentence and asked of in the next.
  // ("The fact sheet gave a different number, what was it?": the clause after a comma asks the same.)
  const sentences = question.split(/(?<=[?？])\s*|,\s*(?=(?:(?:so|and|then)\s+)?what\b)/i).filter((sentence) => sentence.trim());
  const askedOfNamed = !zh && sentences.length > 1 && /^(?:(?:so|and|then|ok(?:ay)?)\b[,\s]*)?what (?:(?:does|do|did) (?:it|that|they|this) (?:say|state|give|show|report)\b[^?]*|(?:is|was) (?:it|that|the (?:number|figure))\s*)[?]?$/i.test(sentences.at(-1)!.trim()) ? sourceIn(sentences.slice(0, -1).join(' ')) : undefined;
  // 「《概況》嗰份講嘅數係咪一樣？」, "is it the same in the fact sheet?": the source's figure set beside the earlier answer's.
  // (Not "… gives a different number, right? what does it say?": that asks what the source says.)
  const same = !askedOfNamed && ASKS_SAME.test(question);
  // 「概況嗰份講嘅數多咗定少咗？」「科技園自己嗰份新聞稿又點講？多咗定少咗？」: the source's figure set beside the earlier answer's, which way it goes.
  const bothWays = !same && BOTH_WAYS.test(question);
  // "Is the number in the press release bigger?", "does the budget give a higher number?", 「新聞稿嘅數係咪多啲？」: the source's figure is the one said to be more or less.
  const oneWay = !same && !bothWays ? ONE_WAY.exec(question) : null;
  const sourceText = same ? question.replace(ASKS_SAME, ' ') : bothWays ? question.replace(BOTH_WAYS, ' ') : oneWay ? question.replace(ONE_WAY, ' ') : question;
  const sourceAsked = askedOfNamed ?? sourceOnly(sourceText, zh, context.question, findNames) ?? publisherOnly(sourceText, zh, context.question, findNames);
  const previousFigure = (same || bothWays) && sourceAsked ? figureOfAnswer(context.answer) : undefined;
  const oneWayFigure = oneWay && sourceAsked ? figureOfAnswer(context.answer) : undefined;
  if (oneWay && sourceAsked && oneWayFigure) {
    const relation: Comparison['relation'] = /less|lower|smaller|fewer|少|細|小|低/i.test(oneWay[0]) ? 'less' : 'more';
    const comparison: Comparison = { relation, previous: oneWayFigure, source: sourceAsked, sourceFigureAsked: true };
    return { original, question: withSource(context.question, sourceAsked), kind: 'comparison', comparison, source: sourceAsked, subject: context.subject ?? subjectOf(context.question, findNames) };
  }
  if (sourceAsked && previousFigure) {
    const comparison: Comparison = same ? { relation: 'more', same: true, ...(ASKS_DIFFERENT.test(question) ? { different: true } : {}), previous: previousFigure, source: sourceAsked } : { relation: 'more', neutral: true, sourceFigureAsked: true, previous: previousFigure, source: sourceAsked };
    return { original, question: withSource(context.question, sourceAsked), kind: 'comparison', comparison, source: sourceAsked, subject: context.subject ?? subjectOf(context.question, findNames) };
  }
  if (sourceAsked) {
    // "And in the 2024-25 budget?" after a question naming its own year and no source: that year swapped in, from that budget's documents.
    const ownYear = sourceAsked.year && !sourceIn(context.question) ? extractQuantities(context.question.normalize('NFKC')).find((q) => q.kind === 'fiscal-year') : undefined;
    const start = Number(sourceAsked.year?.slice(0, 4));
    const rewritten = ownYear ? withYear(context, { kind: 'fiscal-year', value: start, start: 0, end: 0 }) : undefined;
    return { original, question: rewritten ?? withSource(context.question, sourceAsked), kind: 'source', source: sourceAsked, subject: context.subject ?? subjectOf(context.question, findNames) };
  }

  // 「咁到2025-26預算案多咗幾多項？」, "how many more in the press release?": the size of a change asked of another source with
  // no 比 / "than": the earlier question asked of that source, its figure set against the earlier answer's, the difference said.
  const changeOfSource = (zh ? /(?:多|少|增加|減少|减少|增|減|减|上升|下跌|升|跌)(?:咗|了)?(?:幾多|几多|多少)/ : /\bhow (?:much|many) (?:more|less|fewer|higher|lower|bigger|smaller)\b|\bby how much\b/i).test(question) && !(zh ? /比|較|较|相比/ : /\bthan\b/i).test(question) ? sourceIn(question) : undefined;
  const changePrevious = changeOfSource ? figureOfAnswer(context.answer) : undefined;
  if (changeOfSource && changePrevious && !sourceIn(context.question)?.written.includes(changeOfSource.written)) {
    const relation: Comparison['relation'] = (zh ? /少|減|减|跌/ : /\b(?:less|fewer|lower|smaller)\b/i).test(question) ? 'less' : 'more';
    const comparison: Comparison = { relation, previous: changePrevious, source: changeOfSource, sourceFigureAsked: true, difference: true };
    return { original, question: withSource(context.question, changeOfSource), kind: 'comparison', comparison, source: changeOfSource, subject: context.subject ?? subjectOf(context.question, findNames) };
  }

  // 「同概況嗰份比多咗幾多？」「比新聞稿少咗幾多？」: the earlier question asked of that document, the two figures compared and the
  // difference said (as "how many more is that than the fact sheet's?").
  const zhBy = zh ? ZH_AGAINST_BY_HOW_MUCH.exec(stripMarker(question, zh).trim()) : null;
  const bySource = zhBy ? comparedWith(/少|低|細|细|小/.test(zhBy[3]!) ? 'less' : 'more', (zhBy[1] ?? zhBy[2])!) : undefined;
  const sourcePrevious = bySource?.source && isOnlySource((zhBy![1] ?? zhBy![2])!, bySource.source) ? figureOfAnswer(context.answer) : undefined;
  if (bySource?.source && sourcePrevious) {
    const comparison: Comparison = { relation: bySource.relation, previous: sourcePrevious, source: bySource.source, difference: true };
    return { original, question: withSource(context.question, bySource.source), kind: 'comparison', comparison, source: bySource.source, subject: context.subject ?? subjectOf(context.question, findNames) };
  }

  // 「比2024-25年度修訂預算少了多少？」: the size of a difference, asked of the earlier figure: the earlier topic put in front,
  // so that the change is answered as the documents state it (not as a yes or no).
  const difference = zh ? ZH_DIFFERENCE.exec(stripMarker(question, zh)) : null;
  // The topic with what the earlier question counted (「香港而家有幾多間初創企業？」: 「香港而家嘅初創企業」), so the change is of those.
  const differenceCounted = difference ? countedIn(context.question, zh) : undefined;
  const bareTopic = difference ? topicOf(context.question) : undefined;
  const differenceTopic = bareTopic && differenceCounted && !bareTopic.includes(differenceCounted) ? `${bareTopic}${context.cantonese || CANTONESE.test(question) ? '嘅' : '的'}${differenceCounted}` : bareTopic;
  if (difference && differenceTopic) {
    let asked = stripMarker(question, zh);
    // 「比上年」: the year counted from the earlier question's.
    const relativeYear = yearsIn(asked).find((year): year is Extract<YearRef, { kind: 'relative' }> => year.kind === 'relative');
    const fromYear = relativeYear && baseYearFor(context, relativeYear);
    if (relativeYear && fromYear) asked = `${asked.slice(0, relativeYear.start)}${fromYear.kind === 'year' ? `${fromYear.value + relativeYear.offset}年` : `${fiscalYearLabel(fromYear.value + relativeYear.offset)}年度`}${asked.slice(relativeYear.end)}`;
    const differenceQuestion = punctuate(`${differenceTopic}${asked.replace(ZH_TRAILING_PARTICLE, '')}`, true);
    // A change a document may state only as a percentage (「較2023年增加10%」): asked so when the figure is not answered, with the
    // word a document states a change in (增加 / 減少 for the plain 多 / 少 of a comparison).
    const hansAsked = detectLanguage(question) === 'zh-Hans';
    const changeVerb = (verb: string) => (verb === '多' ? '增加' : verb === '少' ? (hansAsked ? '减少' : '減少') : verb);
    const asPercentage = differenceQuestion.replace(/(多|少|增加|減少|减少|增|減|减|上升|下跌|升|跌)(咗|了)?(?:多少|幾多|几多)(?![錢钱元個个間间])/, (_m, verb: string, done?: string) => `${changeVerb(verb)}${done ?? ''}${CANTONESE.test(question) ? '百分之幾' : '百分之多少'}`);
    const differenceSubject = context.subject ?? subjectOf(context.question, findNames);
    return { original, question: differenceQuestion, kind: 'aspect', subject: differenceSubject, ...(asPercentage !== differenceQuestion ? { fallback: { question: asPercentage, kind: 'aspect' as const, subject: differenceSubject } } : {}) };
  }

  // "What's the minimum a company has to invest to qualify?", "has more than RMB1 billion been approved so far?": a question of
  // eligibility, or of a sum granted, that names no scheme of its own is asked of the earlier subject.
  const implied = impliedSubjectQuestion(question, context, findNames);
  if (implied) return { original, ...implied };

  // 「和原來預算相比又如何？」, "and compared with the original estimate?" after a change asked against another kind of figure
  // (「…比2024-25年度修訂預算增加了多少？」): the same change, against the kind named now.
  const againstKind = againstOtherColumnKind(question, context.question, zh);
  if (againstKind) return { original, question: againstKind, kind: 'aspect', subject: context.subject ?? subjectOf(context.question, findNames) };

  // 「咁X投資嘅金額係咪多過佢？」, "is X's funding more than that?": a new subject's figure set beside the earlier answer's.
  const againstEarlier = figureAgainstEarlier(question, context, zh, findNames);
  if (againstEarlier) return { original, ...againstEarlier };

  // "Is that more than HK$200 million?", 「係咪多過2億？」
  // 「點解佢比修訂預算少咗咁多？」, "why is it lower than last year?": a reason asked of a change, not a comparison to make.
  const compared = ASKS_WHY.test(question) ? undefined : comparisonIn(question);
  if (compared?.source) {
    // "Is that more than the fact sheet says?": the earlier question asked of that source, the two figures compared.
    const previous = figureOfAnswer(context.answer);
    if (previous) {
      const comparison: Comparison = { relation: compared.relation, previous, source: compared.source, ...(compared.sourceFigureAsked ? { sourceFigureAsked: true } : {}), ...(compared.difference ? { difference: true } : {}) };
      return { original, question: withSource(context.question, compared.source), kind: 'comparison', comparison, source: compared.source, subject: context.subject ?? subjectOf(context.question, findNames) };
    }
  }
  // "Is that amount more than X?" after an answer that gave no sum (a count of years) but one before that did: "that amount" is
  // the sum, so its turn is the side compared.
  const sided = (compared?.otherQuestion || compared?.other) && EN_SUM_DEMONSTRATIVE.test(question) && !answersMoney(context.answer) && context.previous && answersMoney(context.previous.answer) ? context.previous : context;
  if (compared?.otherQuestion && compared.other) {
    // 「這比2025-26年度預算案為第一期基建預留的款項多嗎？」: the earlier figure set beside a sum asked as its own question.
    // The earlier side named by the figure its answer led with (「100億元」), else by its subject.
    const earlierFigure = leadsWithFigure(sided.answer) ? figureOfAnswer(sided.answer)?.raw : undefined;
    const subjectBefore = earlierFigure ?? sided.subject ?? subjectOf(sided.question, findNames) ?? (zh ? '前者' : 'the first');
    const between = [{ question: sided.question, label: subjectBefore }, { question: compared.otherQuestion, label: compared.other }];
    const sum = detectLanguage(question) === 'zh-Hans' ? '的款项' : '的款項';
    // Asked as it was: by how much, which of the two (「哪個較多？」), or a yes or no.
    const asked = zh
      ? compared.neutral && !compared.difference
        ? `${subjectBefore}與${compared.other}${sum}，哪個${compared.relation === 'more' ? '較多' : '較少'}？`
        : `${subjectBefore}比${compared.other}${sum}${compared.relation === 'more' ? '多' : '少'}${compared.difference ? '多少' : '嗎'}？`
      : compared.difference
        ? `How much ${compared.relation} is ${subjectBefore} than ${compared.other}?`
        : compared.neutral
          ? `Which is ${compared.relation}: ${subjectBefore} or ${compared.other}?`
          : `Is ${subjectBefore} ${compared.relation} than ${compared.other}?`;
    const comparison: Comparison = { relation: compared.relation, between, ...(compared.difference ? { focus: 0 as const, difference: true } : compared.neutral ? {} : { polar: true }) };
    return { original, question: asked, lookup: compared.otherQuestion, kind: 'comparison', comparison, subject: sided.subject };
  }
  if (compared?.other) {
    // "Is that more than programme (1)?": the earlier question asked of the other subject too, and the two compared.
    // The earlier question's own labelled item ("programme (2)", 「綱領(2)」) is what the other one stands beside.
    const labelled = /(?:programme|program|head|item|subhead|綱領|纲领|總目|总目|分目)\s*[（(]?\s*\d+\s*[)）]?/iu.exec(sided.question.normalize('NFKC'))?.[0];
    const subjectBefore = labelled ?? sided.subject ?? subjectOf(sided.question, findNames);
    // 「跟X比，哪個金額較大？」 sets X beside the earlier figure: X's own sum is asked, not the earlier question's frame around another subject.
    // So is it when X is another kind of thing (a scheme beside an institute): the earlier frame's verb (「成立」 an institute) is not X's.
    const [kindOther, kindBefore] = [compared.other, subjectBefore].map((name) => (name ? kindOfChineseName(name) : undefined));
    const otherKind = zh && kindOther !== undefined && kindBefore !== undefined && kindOther !== kindBefore;
    const plainly = (compared.asksOtherPlainly || otherKind) && zh && MONEY_QUESTION.test(sided.question) ? `${compared.other}${CANTONESE.test(question) ? '有幾多錢' : '有多少錢'}？` : undefined;
    const swapped = plainly ?? (subjectBefore ? replaceSubject(sided.question, subjectBefore, compared.other, findNames) : undefined);
    // The other one in a year of its own ("… got the year before"): that year asked of it.
    const inYear = swapped && compared.yearRef ? withYear({ ...sided, question: swapped }, compared.yearRef) : swapped;
    const other = plainly && inYear ? inYear.replace(/\?$/, '？') : inYear;
    const otherYear = other && compared.yearRef ? extractQuantities(other.normalize('NFKC')).find((q) => q.kind === 'fiscal-year' || q.kind === 'year') : undefined;
    if (subjectBefore && other && other !== sided.question) {
      const otherLabel = otherYear ? `${compared.other} (${otherYear.kind === 'fiscal-year' ? fiscalYearLabel(otherYear.value) : otherYear.value})` : compared.other;
      const between = [{ question: sided.question, label: subjectBefore }, { question: other, label: otherLabel }];
      // "How much more is that than X gets?": the earlier one spoken of against X, the size of the difference said (no yes or no).
      if (compared.difference) {
        const asked = zh ? `${subjectBefore}比${otherLabel}${compared.relation === 'more' ? '多' : '少'}多少？` : `How much ${compared.relation} is ${subjectBefore} than ${otherLabel}?`;
        return { original, question: asked, lookup: other, kind: 'comparison', comparison: { relation: compared.relation, between, focus: 0, difference: true }, subject: sided.subject };
      }
      const asked = compared.same
        ? zh ? `${subjectBefore}與${otherLabel}，是否相同？` : `Are ${subjectBefore} and ${otherLabel} the same?`
        : zh ? `${subjectBefore}與${otherLabel}，哪個${compared.relation === 'more' ? '較多' : '較少'}？` : `Which is ${compared.relation}: ${subjectBefore} or ${otherLabel}?`;
      // When either is not answered, the other subject's figure is what can be given.
      return { original, question: asked, lookup: other, kind: 'comparison', comparison: { relation: compared.relation, between, ...(compared.neutral ? {} : { polar: true }) }, subject: sided.subject };
    }
  }
  // 「它吸引的私人投資超過30億元嗎？」: a figure of its own asked of the subject (what it attracted), not the earlier answer's
  // figure against the asked one: the follow-up itself, its pronoun filled in, is the yes or no question.
  const ownFigureSubject = compared?.target && pronounIn(question, zh) ? context.subject ?? subjectOf(context.question, findNames) : undefined;
  if (compared?.target && ownFigureSubject && asksOwnFigure(question, compared.target, zh)) {
    const carried = nameInLanguage(ownFigureSubject, zh, findNames);
    const replaced = stripMarker(replacePronoun(question, carried, zh), zh);
    return { original, question: punctuate(zh ? replaced : capitalise(replaced), zh), kind: 'pronoun', subject: carried };
  }
  if (compared?.target) {
    const target = compared.target;
    // The earlier figure is the last answer's that gave one ("the earlier sum" after a turn answered with a quote and no figure).
    const figured = [context, context.previous].find((turn): turn is Context => turn !== undefined && leadsWithFigure(turn.answer)) ?? context;
    const base = figured.question.replace(/[?？。.!！\s]+$/, '');
    // "How much less is that than HK$10 billion?": the size of the difference, not a yes or no.
    const clause = compared.difference
      ? zh ? `，比${target.raw}${compared.relation === 'more' ? '多' : '少'}多少？` : ` — how much ${compared.relation} is it than ${target.raw}?`
      : zh ? `，${compared.relation === 'more' ? '是否多於' : '是否少於'}${target.raw}？` : ` — is it ${compared.relation} than ${target.raw}?`;
    return { original, question: `${base}${clause}`, lookup: figured.question, kind: 'comparison', comparison: { relation: compared.relation, target, ...(compared.difference ? { difference: true } : {}) }, subject: figured.subject };
  }
  if (compared?.yearRef) {
    // "More than the year before?": the earlier question asked of that year, its figure compared with the earlier answer's;
    // 「初創企業數目比上一年多還是少？」 names its own measure, the one a turn before the last counted: that turn's.
    const measured = measuredTurn(question, context, zh);
    // The figure compared is one the earlier answer led with: an answer that states no figure of its own (「宗旨是…」, a
    // paragraph or programme number aside) gives none to set beside another year's, so the follow-up is read otherwise.
    const previous = leadsWithFigure(measured.answer) ? extractQuantities(measured.answer).find(isFigure) : undefined;
    const otherYear = withColumnKindOf(question, withYear(measured, compared.yearRef));
    const year = otherYear && extractQuantities(otherYear).find((q) => q.kind === 'fiscal-year' || q.kind === 'year');
    if (otherYear && previous && year) {
      // (The other year may not have the earlier year's kind of figure, a coming year no revised estimate: asked without it then.)
      const loose = withoutColumnKind(otherYear);
      return { original, question: otherYear, kind: 'comparison', comparison: { relation: compared.relation, ...(compared.neutral ? { neutral: true } : {}), ...(compared.difference ? { difference: true } : {}), year: year.label ?? String(year.value), previous }, subject: measured.subject, ...(loose && loose !== otherYear ? { fallback: { question: loose, kind: 'comparison' as const, subject: measured.subject } } : {}) };
    }
  }

  // 「頭兩個平台係咩？」 after 「第三個InnoHK研發平台…」: the other members of what was counted by ordinal, named as fully.
  if (zh && withOrdinalModifiers(question, context.question) !== question) question = completed = withOrdinalModifiers(question, context.question).replace(/\?\s*$/, '？');
  const years = yearsIn(question);
  const subject = nameInFull(context.subject ?? subjectOf(context.question, findNames), context, zh, findNames);
  // 「第三個係做咩嘅？」 after 「InnoHK有幾多個研發平台？」: an ordinal with its classifier and no noun picks one of the things just counted.
  const elided = zh && subject ? new RegExp(`^((?:第|頭|头|首)${ZH_NUMERAL}[${ZH_ORDINAL_CLASSIFIER}]|最(?:後|后)一[${ZH_ORDINAL_CLASSIFIER}])(?=係|系|是|有|會|会|喺|在|做|點|点|幾|几|咩|乜|嘅|的|叫|聚焦|專注|专注|[？?]|$)`).exec(stripMarker(question, zh)) : null;
  const elidedCounted = elided ? countedIn(context.question, zh) : undefined;
  if (elided && elidedCounted && subject) {
    const carried = nameInLanguage(subject, zh, findNames);
    // The ordinal stays with the name that names the things counted (「第三個InnoHK研發平台」), else before the things, of the subject.
    const named = carried.endsWith(elidedCounted) ? `${elided[1]}${carried}` : `${carried}${context.cantonese || CANTONESE.test(question) ? '嘅' : '的'}${elided[1]}${elidedCounted}`;
    question = completed = `${named}${stripMarker(question, zh).slice(elided[1]!.length)}`.replace(/\?\s*$/, '？');
  }

  // 「第一座大樓幾時落成？」「第一期有幾大？」 after 「河套香港園區有幾大？」: a thing or part picked by ordinal with a common noun
  // and no name is one of the earlier subject's (「河套香港園區第一座大樓」).
  const picked = zh && subject && !elided && findNames(question).length === 0 && !/[A-Za-z「『“"《]/.test(question)
    ? new RegExp(`^((?:第|頭|头|首)${ZH_NUMERAL}(?:[${ZH_ORDINAL_CLASSIFIER}][\\u4e00-\\u9fff]{1,3}?|${ZH_PART}))(?=係|系|是|有|會|会|將|将|喺|在|幾|几|咩|乜|嘅|的|預計|预计|何時|何时|什麼|什么|甚麼|甚么|點|点|[？?]|$)`).exec(stripMarker(question, zh))
    : null;
  // The other name a place may go by (「港深創科園」 for 「河套香港園區」) may be the passage's: the question as asked when that is not answered.
  if (picked && subject && !context.question.includes(picked[1]!) && !subject.includes(picked[1]!)) {
    const plain = stripMarker(question, zh).replace(/\?\s*$/, '？');
    const carried = nameInLanguage(subject, zh, findNames);
    // 「第三個平台」 of 「InnoHK研發平台」 is 「第三個InnoHK研發平台」: the noun the subject ends in is not said twice.
    const ordinal = new RegExp(`^(?:第|頭|头|首)${ZH_NUMERAL}[${ZH_ORDINAL_CLASSIFIER}]?`).exec(picked[1]!)![0];
    const noun = picked[1]!.slice(ordinal.length);
    const named = noun && carried.endsWith(noun) ? `${ordinal}${carried}${plain.slice(picked[1]!.length)}` : `${carried}${plain}`;
    // Completed as an ordinal's name is (read as its own question, not checked against the earlier subject's passages).
    return { original, question: named, kind: 'standalone', subject, fallback: { question: plain, kind: 'standalone' } };
  }

  // "When did the first phase actually open?" after a question on Cyberport's AI centre: as in Chinese (「第一期…」 above), a part
  // picked by ordinal with no name of its own ("the first phase", "phase 2") is the earlier subject's part ("the first phase of …").
  const partPicked = !zh && subject && !CJK.test(subject) && !pronounIn(question, zh) && findNames(question).every(bareRole) && !namesOwnSubjectStrictly(question) ? EN_PART_PICKED.exec(question) : null;
  if (partPicked && subject && !new RegExp(`\\b${partPicked[1] ?? partPicked[2]}\\b`, 'i').test(`${context.question} ${subject}`)) {
    // (A subject that is things at a named place, "the first three buildings at HSITP": the phase is the place's.)
    const placed = /\b(?:at|of|in)\s+((?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)$/.exec(subject)?.[1];
    const carried = nameInLanguage(placed ?? subject, zh, findNames);
    const named = /^(?:the\s|[A-Z0-9])/.test(carried) ? carried : `the ${carried}`;
    const plain = punctuate(capitalise(stripMarker(question, zh)), false);
    const end = partPicked.index + partPicked[0].length;
    const asked = punctuate(capitalise(stripMarker(`${question.slice(0, end)} of ${named}${question.slice(end)}`, zh)), false);
    return { original, question: asked, kind: 'standalone', subject: named, fallback: { question: plain, kind: 'standalone' } };
  }

  // "Is the 2025-26 estimate higher or lower than that?": "that" is what the earlier question asked for.
  const thanThat = zh ? undefined : /\bthan\s+(that|it|this)\b(?!\s+(?:of|for|in|at|on)\b)/i.exec(question);
  // What was asked: "the …", or a name's possessive ("Programme 2's original estimate for 2024-25").
  const asked = thanThat && /^(.*?)[\s,:;–—-]*\b(?:what|how much|how many|which)\s+(?:is|was|are|were|will be)\s+((?:the\s+|(?:[A-Z][\w&+-]*\s+){0,4}(?:[A-Z][\w&+-]*|\d{1,3}|\(\d+\))['’]s\s+).+?)\s*[?.!]*$/.exec(context.question.normalize('NFKC').replace(/^(what|how much|how many|which)\b/i, (word) => word.toLowerCase()));
  if (thanThat && asked && extractQuantities(question).filter(isFigure).length === 0) {
    const replaced = `${question.slice(0, thanThat.index)}than ${asked[2]!}${question.slice(thanThat.index + thanThat[0].length)}`;
    const frame = asked[1]!.trim();
    const rewritten = frame ? `${frame}: ${capitalise(replaced)}` : subject && !replaced.includes(subject) ? `${replaced.replace(/[?？.!！\s]+$/, '')} — ${subject}?` : capitalise(replaced);
    return { original, question: punctuate(rewritten, false), kind: 'pronoun', subject };
  }

  // 「2025-26年度會多咗定少咗？」 after 「X有幾多個職位？」, "will it go up or down in 2025-26?": only a year and both directions,
  // set beside nothing (no 比 / than): which way what was asked of the subject moves in that year.
  const direction = directionInYear(question, context, zh, findNames);
  if (direction) return { original, question: direction, kind: 'aspect', subject };

  // Only a year is left ("and the year before?", 「2024-25年度呢？」): the earlier question, that year. After a count, a count
  // asked again with nothing counted ("how many were there back in 2023?", 「2023年有幾多間？」) is that too.
  const countedAgain = years.length > 0 && countedIn(context.question, zh) ? question.replace(zh ? ZH_BARE_COUNT : EN_BARE_COUNT, (words) => ' '.repeat(words.length)) : question;
  if (years.length > 0 && isEmptyBesides(countedAgain, years, zh)) {
    const rewritten = withYear(context, years[0]!);
    const loose = rewritten && withoutColumnKind(rewritten);
    if (rewritten) return { original, question: rewritten, kind: 'year', subject, ...(loose && loose !== rewritten ? { fallback: { question: loose, kind: 'year' as const, subject } } : {}) };
    // A relative year with nothing to count from ("and the year before?" when no year was named): said beside the earlier question.
    const said = question.slice(years[0]!.start, years[0]!.end);
    const base = context.question.normalize('NFKC').replace(/[?？。.!！\s]+$/, '');
    return { original, question: zh ? `${said}${base}？` : `${base}, ${said}?`, kind: 'year', subject };
  }

  // A year and the kind of figure for it ("and the previous year's revised estimate?", 「上年嘅修訂預算呢？」): the earlier
  // question, that year, asking that kind of figure.
  const kindOfFigure = zh ? /(?:修訂|修订|原來|原来|原|實際|实际|核准)?(?:預算|预算|開支|开支)(?:數字|数字)?|(?:修訂|修订|原來|原来|實際|实际|核准)(?:的|嘅)?(?:數字|数字)/g : /\b(?:(?:revised|original|actual|approved)\s+)?(?:estimates?|expenditure|spending|provision)(?:\s+figures?)?\b|\b(?:revised|original|actual|approved)\s+(?:figures?|ones?)\b/gi;
  const figureKindOnly = years.length > 0 && !(zh ? ZH_QUESTION_WORD : EN_QUESTION_WORD).test(stripMarker(question, zh)) && kindOfFigure.test(question) ? question.replace(kindOfFigure, (words) => ' '.repeat(words.length)) : undefined;
  // 「咁 2023-24 年實際用咗幾多？」: a year and the actual figure asked by a verb (「實際用咗幾多」) ask the same of the earlier item.
  const spentOnly = zh && figureKindOnly === undefined && years.length > 0 ? question.replace(ZH_ACTUALLY_SPENT, (words) => ' '.repeat(words.length)) : undefined;
  if (spentOnly !== undefined && spentOnly !== question && isEmptyBesides(spentOnly, yearsIn(spentOnly), zh)) {
    const rewritten = withColumnKindOf(question, withYear(context, years[0]!));
    if (rewritten) return { original, question: rewritten, kind: 'year', subject };
  }
  if (figureKindOnly !== undefined && isEmptyBesides(figureKindOnly.replace(zh ? /嘅|的/g : /['’]s\b/g, (words) => ' '.repeat(words.length)), yearsIn(figureKindOnly), zh)) {
    const rewritten = withColumnKindOf(question, withYear(context, years[0]!));
    if (rewritten) return { original, question: rewritten, kind: 'year', subject };
  }

  // A relative year beside other words ("the actual expenditure the year before?"): made absolute,
  // so that whatever else is resolved below asks about that year.
  const relative = years.find((year): year is Extract<YearRef, { kind: 'relative' }> => year.kind === 'relative');
  const baseYear = relative && baseYearFor(context, relative);
  if (relative && baseYear) {
    const label = baseYear.kind === 'year' ? String(baseYear.value + relative.offset) : fiscalYearLabel(baseYear.value + relative.offset);
    // ("the revised figure for the year before": after a preposition of its own, the year alone.)
    const afterPreposition = /\b(?:for|in|of|during|from|since)\s*$/i.test(question.slice(0, relative.start));
    question = `${question.slice(0, relative.start)}${zh ? `${label}${baseYear.kind === 'year' ? '年' : '年度'}` : afterPreposition ? label : `in ${label}`}${question.slice(relative.end)}`.replace(/\s+/g, ' ');
    // "the budget the year before": that year's budget.
    if (!zh) question = question.replace(/\bthe (budget|estimates|fact ?sheet|slides|press release) in (\d{4}-\d{2})\b/i, 'the $2 $1').replace(/\bin (\d{4}-\d{2})['’]s\b/i, 'the $1');
  }

  // "And the AI subsidy scheme in the 2024-25 budget, how much was that?": a subject set in front and a short question
  // pointing back at it is "what about" that subject (a new subject, with a year or source of its own). A question that
  // asks something of its own of it ("and the CorpID platform, when will that be rolled out?", "…, what's that for?") is
  // that question asked of the subject set in front.
  const dislocated = zh ? null : /^([^,]*?\S)\s*,\s*((?:how much|how many|what|when|where|how)\b[^,]*?\b(?:that|it|this|they|them)\b[^,]*?)\s*[?.!]*$/i.exec(stripMarker(question, zh));
  if (dislocated && !EN_QUESTION_WORD.test(dislocated[1]!) && dislocated[2]!.split(/\s+/).length <= 6 && (dislocated[1]!.split(/\s+/).length >= 2 || (EN_ONE_WORD_TOPIC.test(dislocated[1]!) && /^\s*(?:and|what about|how about|as for)\s+/i.test(question))) && !isEmptyBesides(dislocated[1]!, yearsIn(dislocated[1]!), zh)) {
    const pointer = /\b(?:that|it|this|they|them)\b/i.exec(dislocated[2]!)!;
    // Its own words: not question words, light verbs ("how much did it get?" asks what the earlier question asked), but
    // "what … for?" (a purpose).
    const ownAsk = (dislocated[2]!.match(/[a-z][\w'-]*/gi) ?? []).some((word) => !EN_EMPTY_WORDS.has(word.toLowerCase())) || /^what\b.*\bfor$/i.test(dislocated[2]!.trim());
    if (!ownAsk) question = `what about ${dislocated[1]!}?`;
    else {
      const asked = `${dislocated[2]!.slice(0, pointer.index)}${dislocated[1]!}${dislocated[2]!.slice(pointer.index + pointer[0].length)}`;
      return { original, question: punctuate(capitalise(asked), false), kind: 'pronoun', subject: dislocated[1]!.replace(/^the\s+/i, '') };
    }
  }

  // 「當中有幾多間喺數碼港？」 after 「香港有幾多間金融科技公司？」: "among them" is among the things just counted.
  const among = zh ? /^(?:當中|当中|其中|之中)/.exec(stripMarker(question, zh)) : null;
  const amongCounted = among ? countedIn(context.question, zh) : undefined;
  // After a sum (「…的開支預算是多少？」 → 「其中薪酬佔多少？」): the part of that topic.
  // (A topic without the subject, 「政府」 in 「政府預留咗幾多錢推動…？」, is the subject's money instead.)
  const topicHeld = among && subject && !amongCounted ? topicOf(context.question) : undefined;
  const hans = detectLanguage(question) === 'zh-Hans';
  const amongTopic = topicHeld && topicHeld.includes(subject!) ? topicHeld : among && subject && !amongCounted && MONEY_QUESTION.test(context.question) ? `${nameInLanguage(subject, zh, findNames)}${context.cantonese || CANTONESE.test(question) ? '嘅錢' : hans ? '的钱' : '的錢'}` : undefined;
  if (among && amongTopic) return { original, question: punctuate(`${amongTopic}${stripMarker(question, zh).replace(ZH_TRAILING_PARTICLE, '')}`, true), kind: 'pronoun', subject };
  // (A count of things with no subject of its own, 「有多少家重點企業落戶？」: among those things.)
  if (among && amongCounted) {
    const carried = subject ? `${nameInLanguage(subject, zh, findNames)}${context.cantonese || CANTONESE.test(question) ? '嘅' : '的'}${amongCounted}` : amongCounted;
    const rest = stripMarker(question, zh);
    return { original, question: punctuate(`${carried}${rest.replace(ZH_TRAILING_PARTICLE, '')}`, true), kind: 'pronoun', subject: carried };
  }

  // 「咁間公司自己要投資幾多？」: in Cantonese a classifier with its noun and no numeral or demonstrative is definite
  // ("the company"), one of the earlier subject's: the subject's name put in front of the noun.
  // Only a common noun (「個AI研發院」 names its own subject).
  const definite = zh && subject && (context.cantonese || CANTONESE.test(question)) && findNames(question).length === 0 && !/[A-Za-z「『“"《]/.test(question) ? ZH_CLASSIFIER_DEFINITE.exec(stripMarker(question, zh)) : null;
  if (definite && subject) {
    const carried = nameInLanguage(subject, zh, findNames);
    const rest = stripMarker(question, zh).slice(definite[0].length).replace(ZH_TRAILING_PARTICLE, '');
    // The subject ending in that noun (「…每間公司」 for 「間公司」) is the noun itself.
    const overlap = [3, 2].find((length) => [...carried].length > length && rest.startsWith([...carried].slice(-length).join('')));
    const plain = punctuate(overlap ? `${carried}${rest.slice(overlap)}` : `${carried}嘅${rest}`, true);
    const rewritten = inCarriedYear(plain, context, zh);
    return { original, question: rewritten, kind: 'pronoun', subject: carried, ...(rewritten !== plain ? { fallback: { question: plain, kind: 'pronoun' as const, subject: carried } } : {}) };
  }

  // "What name does the science park give that project in its press release?": a possessive before a document's kind names the
  // document's publisher, not what is asked about, when another pronoun or demonstrative stands for that.
  const withoutPossessiveSource = zh ? question : question.replace(POSSESSIVE_SOURCE, 'the ');
  if (withoutPossessiveSource !== question && pronounIn(withoutPossessiveSource, zh)) question = withoutPossessiveSource;

  // "What does the money actually pay for?" after "how much from X …?": the money is the sum just asked of X (from a fund or
  // scheme, for anything else), not a subject of its own.
  const moneyNoun = !zh && subject && MONEY_QUESTION.test(context.question) && !namesOwnSubjectStrictly(question) ? /\b(?:the|that|this)\s+(money|funding|funds|cash|allocation|sum)\b/i.exec(question) : null;
  if (moneyNoun && subject) {
    const named = nameInLanguage(subject, zh, findNames);
    const carried = `the ${moneyNoun[1]!.toLowerCase()} ${/\b(?:fund|scheme|programme|program|grant|subsidy)s?$/i.test(named) ? 'from' : 'for'} ${/^(?:the\s|[A-Z0-9])/.test(named) ? named : `the ${named}`}`;
    const replaced = stripMarker(question.slice(0, moneyNoun.index) + carried + question.slice(moneyNoun.index + moneyNoun[0].length), zh);
    const plain = punctuate(capitalise(replaced), false);
    const rewritten = inCarriedYear(plain, context, zh);
    return { original, question: rewritten, kind: 'pronoun', subject, ...(rewritten !== plain ? { fallback: { question: plain, kind: 'pronoun' as const, subject } } : {}) };
  }

  // "Is that number expected to change?" after "how many posts did X have …?": the figure is the number of the things counted, of X.
  const figureNoun = !zh && subject ? /\b(?:that|this|the same)\s+(?:number|figure|count|total)\b/i.exec(question) : null;
  const figureCounted = figureNoun && /\bhow many\b/i.test(context.question) ? countedIn(context.question, false) : undefined;
  if (figureNoun && figureCounted && subject) {
    const carried = `the number of ${figureCounted} of ${nameInLanguage(subject, zh, findNames)}`;
    const replaced = stripMarker(question.slice(0, figureNoun.index) + carried + question.slice(figureNoun.index + figureNoun[0].length), zh);
    return { original, question: punctuate(capitalise(replaced), false), kind: 'pronoun', subject };
  }

  // 「咁 InnoHK 下面嗰個太空機械人中心，…？」: a demonstrative before a thing named in full (its modifiers and kind word) points at a
  // thing spoken of, named there; it stands for no earlier subject unless that subject ends in it.
  const pointed = zh && subject ? ZH_DEMONSTRATIVE_NAMED.exec(question) : null;
  const subjectNamed = subject ? nameInLanguage(subject, true, findNames) : '';
  // (Its modifiers name it: no clause in them, 「這個計劃批出的項目」 is the subject's projects.)
  if (pointed && !/[的嘅了咗過过]|計劃|计划|基金|平台|中心/.test(pointed[1]!.slice(0, -2)) && !subjectNamed.endsWith(pointed[1]!) && !pointed[1]!.endsWith(subjectNamed) && !ZH_PRONOUN.test(question.replace(pointed[0], pointed[1]!))) {
    return { original, question: punctuate(stripMarker(question.replace(pointed[0], pointed[1]!), zh).replace(/^\s+/, ''), zh), kind: 'standalone', subject: pointed[1]! };
  }
  // 「咁科學園隔籬嗰個創新斗室有幾多個單位？」: a demonstrative after where something is (next to, under, inside a place named) points
  // at the thing named after it, whatever its kind: the question is its own.
  const placed = zh ? ZH_DEMONSTRATIVE_PLACED.exec(question) : null;
  if (placed && !ZH_PRONOUN.test(question.replace(placed[0], placed[1]!))) {
    return { original, question: punctuate(stripMarker(question, zh).replace(/^\s+/, ''), zh), kind: 'standalone', subject: placed[1]! };
  }

  // "When did MIT open its innovation centre?": a possessive after a name the question gives is that name's, a new subject.
  if (!zh && possessiveOfOwnName(question, findNames)) return standalone();

  // "Is the number expected to change?" after "how many posts does X have?" (and a question on a part of them): "the number" is
  // that count, of the things the earlier turns counted, of their subject.
  const numberOf = !zh && subject ? EN_THE_NUMBER.exec(question) : null;
  const countedThings = numberOf ? [context, context.previous].map((turn) => (turn ? countedIn(turn.question, false) : undefined)).find((things) => things && !/^(?:of|among)\s/i.test(things)) : undefined;
  if (numberOf && countedThings) {
    const carried = nameInLanguage(subject!, false, findNames);
    const replaced = `${question.slice(0, numberOf.index)}the number of ${countedThings} of ${carried}${question.slice(numberOf.index + numberOf[0].length)}`;
    return { original, question: capitalise(stripMarker(replaced, false)), kind: 'pronoun', subject: carried };
  }
  // A pronoun: put the earlier subject in its place (in the question's language when the name has one).
  // "that centre", 「這個園區」: the phrase of the earlier turns that ends in that noun, when there is one.
  const named = pronounIn(question, zh) ? demonstrativeNoun(question, zh) : undefined;
  // "What year was the corporation set up?" after 「香港海港公司主席係邊位？」: the kind noun stands for the name of that kind the earlier
  // question gave (its English form ends in it), though the subject found there is another (the chairman) or in the other language.
  const ofKind = !zh && !named && !(subject !== undefined && categoryOfSubject(question, subject, context.question)) ? nameOfKind(question, context.question, findNames) : undefined;
  // 「嗰個中心」 after 「香港有冇份參與嫦娥八號？」 answered yes: no such centre named, and the subject (a place) is none; it is the
  // centre of what the earlier question asked happened (「香港參與嫦娥八號嘅中心」).
  const eventThing = zh && named && subject && !subject.endsWith(named) && !phraseEndingIn(named, [context.question, context.answer], zh, findNames) ? thingOfEventAsked(named, context, findNames) : undefined;
  const antecedent = eventThing ?? (named ? phraseEndingIn(named, [context.question, context.answer], zh, findNames) : ofKind);
  if ((subject || antecedent) && (pronounIn(question, zh) || ofKind !== undefined || (!zh && subject !== undefined && categoryOfSubject(question, subject, context.question)))) {
    const about = (subject && !named ? bodyOfPost(question, subject, context.question, zh, findNames) : undefined) ?? subject ?? antecedent!;
    // "they" after "how many pilot lines does X get?": the things counted, of that subject.
    // (Not when the subject found is the things counted themselves: "How many R&D centres are there under InnoHK?" → "they" are the centres.)
    const countedThings = !antecedent && pluralPronounIn(question, zh) ? countedIn(context.question, CJK.test(context.question) && detectLanguage(context.question) !== 'en') : undefined;
    // (Nor when the question names them itself: "the posts they are allowed to create" — "they" are who has the posts.)
    const counted = countedThings && !foldName(about).includes(foldName(countedThings)) && !foldName(countedThings).includes(foldName(about)) && !foldName(question).includes(foldName(countedThings)) ? countedThings : undefined;
    const referent = antecedent ?? (counted ? (zh ? `${nameInLanguage(about, zh, findNames)}${context.cantonese || CANTONESE.test(question) ? '嘅' : '的'}${counted}` : `the ${counted} of ${nameInLanguage(about, zh, findNames)}`) : undefined);
    const carried = referent ?? nameInLanguage(about, zh, findNames);
    const replaced = stripMarker(replacePronoun(question, carried, zh), zh);
    // "And its funding?": a noun phrase once the pronoun is filled in, asked as a question.
    const asks = zh ? ZH_QUESTION_WORD.test(replaced) || ZH_HOW_BEFORE_VERB.test(replaced) : EN_QUESTION_WORD.test(replaced);
    const body = replaced.replace(zh ? ZH_TRAILING_PARTICLE : /[?？.!！\s]+$/, '');
    const plain = asks ? punctuate(zh ? replaced : capitalise(replaced), zh) : zh ? `${body}${context.cantonese || CANTONESE.test(question) ? '係幾多' : '是多少'}？` : `What is ${body}?`;
    const rewritten = inCarriedYear(plain, context, zh);
    const pronounSubject = referent && !counted ? referent : nameInLanguage(about, zh, findNames);
    // The carried year is the likelier reading, not the only one: when that is not answered (a table with no such row that year,
    // a passage of another edition), the question without it is asked (「那些非首長級職位的年薪值上限是多少？」).
    const withoutYear = rewritten !== plain ? { fallback: { question: plain, kind: 'pronoun' as const, subject: pronounSubject } } : {};
    return { original, question: rewritten, kind: 'pronoun', subject: pronounSubject, ...languageKept(question, rewritten, zh), ...withoutYear };
  }

  // An elliptical fragment after a marker ("and how many staff?", "what about the Science Park?", 「咁面積呢？」).
  const marked = stripMarker(question, zh);
  const isFragment = marked !== question || (zh && /呢\s*[？?]?\s*$/.test(question) && !ZH_QUESTION_WORD.test(question.replace(/呢\s*[？?]?\s*$/, '')));
  // A question with no subject of its own: Chinese that opens with its predicate (「是哪個機構推出的？」,
  // 「喺邊度㗎？」, 「點解會跌咗咁多？」), English with no verb ("how many research staff?", "starting from when?").
  // "Each project", 「每個項目」: a distributive points into the earlier subject's members.
  const elliptical = zh ? predicateFirst(stripMarker(question, zh)) || DISTRIBUTIVE_ZH.test(stripMarker(question, zh)) : verbless(stripMarker(question, zh)) || DISTRIBUTIVE_EN.test(question);
  if (!isFragment && subject && elliptical && findNames(question).every(bareRole) && !(zh ? /[「『“"《]/.test(question) : namesOwnSubjectStrictly(question))) {
    // "Where …?" and 「會唔會增加？」 ask of the things just counted (their place; whether their number moves), not of the subject.
    const counted = /(?:邊度|边度|哪裏|哪里|哪兒|喺邊|where)/i.test(question) || ASKS_MOVE.test(question) ? countedIn(context.question, zh) ?? (zh && ASKS_MOVE.test(question) ? /(?:幾多|几多|多少)[個个間间家項项所條条座名位]?([\u4e00-\u9fff]{2,6}?)(?:呢|㗎|啊|呀)?[？?]?\s*$/.exec(context.question.normalize('NFKC'))?.[1] : undefined) : undefined;
    // Chinese puts the topic first: the earlier question up to its question word (「局長辦公室2025-26年度預算撥款」), when it holds the subject.
    const distributive = zh ? DISTRIBUTIVE_ZH.test(stripMarker(question, zh)) : DISTRIBUTIVE_EN.test(question);
    const topic = zh && !distributive ? topicOf(context.question) : undefined;
    // Not with the earlier question's verb when the follow-up brings its own (「投資咗幾多錢？」 then 「吸引咗幾多私人投資？」).
    // Nor with what else it asked (「每年最多攞」): only a year and a kind of figure go with the subject (「…2025-26年度預算撥款」).
    const verbTail = topic && topic.startsWith(subject) && (ZH_VERB_TAIL.test(topic.slice(subject.length)) || !ZH_YEAR_ATTRIBUTE_TAIL.test(topic.slice(subject.length)));
    // 「X開發了什麼應用？」 then 「在哪裏試用？」: the thing the earlier question asked for (X開發的應用) is what the follow-up is about.
    // (The earlier verb stays then: it says which thing, 「開發的應用」.)
    // (So is the land or floor space it measured: 「它會獲得多少公頃用地？」 then 「由哪一年開始交付？」 asks of that land.)
    const askedThing = topic && topic.includes(subject) ? (ZH_WHAT_THING_ASKED.exec(context.question.normalize('NFKC')) ?? ZH_MEASURED_THING_ASKED.exec(context.question.normalize('NFKC')))?.[1] : undefined;
    const topical = askedThing ? `${topic}${context.cantonese || CANTONESE.test(question) ? '嘅' : '的'}${askedThing}` : topic && topic.includes(subject) && !verbTail ? topic : nameInLanguage(subject, zh, findNames);
    // A follow-up about now (「到目前為止」) does not keep the earlier question's year.
    const base = NOW_WORDS.test(question) ? topical.replace(/\s*\d{4}\s*[-/–]\s*\d{2}\s*(?:年度|年)?/g, '') || topical : topical;
    const carried = counted ? (zh ? `${base}${context.cantonese || CANTONESE.test(question) ? '嘅' : '的'}${counted}` : `the ${counted} of ${base}`) : base;
    const body = stripMarker(question, zh).replace(zh ? /[？?。！!\s]+$/ : /[?？.!！\s]+$/, '');
    // The same subject in the same year: the earlier question's year comes along when this one names none.
    const compares = zh ? /比|相比|比較|比较/.test(question) : /\b(?:than|compared|versus|vs)\b/i.test(question);
    const year = (years.length === 0 || compares) && yearsIn(base).length === 0 && !NOW_WORDS.test(question) ? extractQuantities(context.question.normalize('NFKC')).find((q) => q.kind === 'fiscal-year' && !years.some((own) => own.kind === 'fiscal-year' && own.value === q.value)) : undefined;
    const inYear = year ? (zh ? `${fiscalYearLabel(year.value)}年度` : ` in ${fiscalYearLabel(year.value)}`) : '';
    const ask = (within: string) => (zh ? `${carried}${within}${body.replace(/(?<=[\u3400-\u9fff]),(?=[\u3400-\u9fff])/g, '，')}？` : `${capitalise(body)} — ${carried}${within}?`);
    const rewritten = ask(inYear);
    // As for a pronoun, the carried year is tried first, and the question without it when that is not answered.
    const withoutYear = inYear ? { fallback: { question: ask(''), kind: 'aspect' as const, subject: base } } : {};
    // (The thing asked of, 「…獲得的用地」, is a phrase of the question, not a name a passage writes: the subject stays the subject's.)
    const spokenOf = askedThing ? nameInLanguage(subject, zh, findNames) : base;
    return { original, question: rewritten, kind: 'aspect', subject: spokenOf, ...languageKept(question, rewritten, zh), ...withoutYear };
  }

  // A bare role ("who is the chairman?", 「邊個係主席？」) is the earlier subject's: read without it.
  const roleless = findNames(question).filter(bareRole).reduce((text, hit) => text.split(hit.written).join(' '), question);
  if (!isFragment && subject && (lacksSubject(roleless, zh) || (!zh && asksOfNothingNamed(question) && findNames(question).every(bareRole)))) {
    // "What was the revised estimate for 2024-25?" names no subject: the earlier one is meant.
    const carried = nameInLanguage(subject, zh, findNames);
    const body = question.replace(zh ? ZH_TRAILING_PARTICLE : /[?？.!！\s]+$/, '');
    // A question ending in its preposition ("what's the money for?") takes the subject before it: "What is the money for X for?".
    const stranded = zh ? null : /^(.*\S)\s+(for|about|of|on|to|with|from|into)$/i.exec(body);
    const asked = zh ? `${carried}${body}？` : stranded ? `${capitalise(stranded[1]!)} for ${carried} ${stranded[2]}?` : `${capitalise(body)} for ${carried}?`;
    return { original, question: asked, kind: 'aspect', subject: carried };
  }
  // 「咁小學有冇類似嘅計劃？」, "is there anything similar for primary schools?": a thing like the earlier subject, for another group.
  const similar = subject ? similarFor(question, nameInLanguage(subject, zh, findNames), zh, context.cantonese || CANTONESE.test(question)) : undefined;
  if (similar) return { original, question: similar, kind: 'aspect', subject };
  // "What about programme (1)?" / 「綱領(1)呢？」 after a question on programme (2), in either language: the number swapped.
  const numbered = isFragment ? swapNumbered(context.question, marked.replace(zh ? ZH_TRAILING_PARTICLE : /[?？.!！\s]+$/, '').trim()) : undefined;
  if (numbered) return { original, question: numbered.question, kind: 'subject', subject: numbered.item };
  // 「第二期呢？」 after a question on 「第一期」, "and the second phase?": the earlier question of that phase, batch or round.
  const ordinal = isFragment ? swapOrdinal(context.question, marked.replace(zh ? ZH_TRAILING_PARTICLE : /[?？.!！\s]+$/, '').trim()) : undefined;
  if (ordinal) return { original, question: ordinal, kind: 'aspect', subject };
  // 「咁X嗰份呢？」, "and the share for X?": the part of the sum spoken of that goes to X, its recipient swapped in the earlier question.
  const share = isFragment ? shareFor(marked.replace(zh ? ZH_TRAILING_PARTICLE : /[?？.!！\s]+$/, '').trim(), context, zh) : undefined;
  if (share) return { original, ...share, kind: 'aspect' };
  if (!isFragment || !subject) return standalone();
  let fragment = marked.replace(zh ? ZH_TRAILING_PARTICLE : /[?？.!！\s]+$/, '').trim();
  if (!fragment) return { original, question: context.question, kind: 'aspect', subject };

  // "what about for the Office…": the preposition belongs to the earlier question's frame.
  if (!zh && !(EN_QUESTION_WORD.test(fragment))) fragment = fragment.replace(/^(?:for|in|at|on|of|about|with|regarding)\s+/i, '');
  // "how about startups overall?": a word of totality after the thing swapped in asks for all of them, and is no part of its name.
  if (!zh && !EN_QUESTION_WORD.test(fragment)) fragment = fragment.replace(EN_TOTALITY_AFTER, '') || fragment;
  // "and the other programme, innovation technology and industry?", 「另一個綱領，X呢？」: the other one of a kind, named after a comma
  // by what it is called or what it covers: that name swapped in.
  const otherNamed = (zh ? ZH_OTHER_NAMED : EN_OTHER_NAMED).exec(fragment);
  // (The subject's own thing goes with it: "the Secretary's office" is what the other programme stands beside.)
  const possessed = otherNamed ? new RegExp(`${escape(subject)}['’]s\\s+[a-z]+`, 'i').exec(context.question.normalize('NFKC')) : null;
  const otherSwapped = otherNamed ? (possessed ? replaceSubject(context.question, possessed[0], otherNamed[1]!.trim(), findNames) : undefined) ?? replaceSubject(context.question, subject, otherNamed[1]!.trim(), findNames) : undefined;
  if (otherNamed && otherSwapped && otherSwapped !== context.question.normalize('NFKC')) return { original, question: otherSwapped, kind: 'subject', subject: otherNamed[1]!.trim() };
  const fragmentNames = findNames(fragment);
  // "And how many in Hong Kong overall?" after "How many startups does Cyberport have?": the same things counted, somewhere else.
  const countElsewhere = zh ? null : /^how many\s+(in|at|across|within)\s+(.+?)(?:\s+(?:overall|altogether|in total|as a whole))?$/i.exec(fragment);
  const countedBefore = countElsewhere && /\bhow many\b/i.test(context.question) ? countedIn(context.question, false) : undefined;
  if (countElsewhere && countedBefore) return { original, question: `How many ${countedBefore} are there ${countElsewhere[1]!.toLowerCase()} ${countElsewhere[2]!}?`, kind: 'subject', subject: countElsewhere[2]! };
  // "And how many AI talents?" after "How many AI companies has X gathered?": the thing counted swapped, the rest of the question kept.
  const countOnly = zh ? null : /^how many\s+([A-Za-z0-9][\w&+'-]*(?:\s+[\w&+'-]+){0,4})$/i.exec(fragment);
  if (countOnly && (verbless(fragment) || verbless(countOnly[1]!)) && /\bhow many\b/i.test(context.question)) {
    const swapped = replaceParallel(context.question, countOnly[1]!, false);
    if (swapped && swapped !== context.question.normalize('NFKC')) return { original, question: swapped, kind: 'aspect', subject };
    // The things the earlier question counted, whatever their words, give way to the ones now counted.
    const countedEarlier = countedIn(context.question, false);
    const earlierText = context.question.normalize('NFKC');
    if (countedEarlier && earlierText.includes(countedEarlier)) return { original, question: earlierText.replace(countedEarlier, countOnly[1]!), kind: 'aspect', subject };
  }
  const asksItself = zh ? ZH_QUESTION_WORD.test(fragment) : EN_QUESTION_WORD.test(fragment);
  const others = zh && asksItself ? othersBesidesPart(subject, question) : undefined;
  if (others) return { original, question: others.question, kind: 'aspect', subject: others.subject };
  if (asksItself) {
    // A whole question after "and": standalone if it names its own subject.
    const carried = nameInLanguage(subject, zh, findNames);
    const withSubject = zh ? `${carried}${fragment}？` : `${capitalise(fragment)} for ${carried}?`;
    // (「那每家企業最多能拿到多少資助？」: a distributive points into the earlier subject's members, naming nothing of its own.)
    if (fragmentNames.length > 0 || (namesOwnSubject(fragment, zh) && !(zh && predicateFirst(fragment)) && !(zh ? DISTRIBUTIVE_ZH : DISTRIBUTIVE_EN).test(fragment))) {
      // Said after "and" / 「咁」 with no known name of its own: when it is not answered alone, it may still be about the earlier subject.
      const fallback = fragmentNames.length === 0 && !completed ? { fallback: { question: withSubject, kind: 'aspect' as const, subject: carried } } : {};
      return { ...standalone(), question: capitalise(fragment) + (zh ? '？' : '?'), subject: subjectOf(fragment, findNames), ...fallback };
    }
    return { original, question: withSubject, kind: 'aspect', subject: carried };
  }
  // "What about the AI subsidy scheme in the 2024-25 budget?": a new subject, and a year or source for it.
  const elsewhere = zh ? undefined : swapSubjectAndYear(context, subject, fragment, findNames);
  if (elsewhere) return { original, ...elsewhere };
  // 「咁亞太區呢？」 after 「…香港全球排第幾？」, "what about the smart city index?" after a question on another index: a word of
  // the same kind as one of the earlier question's (a region for a region, a ranking for a ranking) swapped for it.
  const sameKind = swapSameKind(context.question, fragment, zh);
  // (An agreement swapped in is the new subject: the question is about it alone.)
  if (sameKind) return sameKind.startsWith(fragment) ? { original, question: sameKind, kind: 'subject', subject: fragment } : { original, question: sameKind, kind: 'aspect', subject };
  // 「給初創企業的那一筆呢？」 after 「…當中給X的有多少？」: another recipient of the same money, swapped for the one named before.
  const recipient = zh ? swapRecipient(context.question, fragment) : undefined;
  if (recipient) return { original, question: recipient, kind: 'aspect', subject };
  // A noun phrase: a new subject for the same question, or a new aspect of the same subject.
  const isAttribute = zh ? ZH_ATTRIBUTE.test(fragment) : EN_ATTRIBUTE.test(fragment) && !/\b(?:of|for)\b/i.test(fragment);
  // 「新型工業化資助計劃呢？」: a Chinese noun phrase ending in a word for a body, place or scheme names a new subject.
  const namesThing = fragmentNames.length > 0 || (zh && /^[「『《“][^「」『』《》“”]{2,30}[」』》”]$/.test(fragment)) || (zh && LATIN_NAME.test(fragment)) || new RegExp(`^(?:the\\s+)?${NUMBERED.source}$`, 'i').test(fragment) || (zh && [...fragment].length >= 3 && ZH_THING.test(fragment)) || (zh && ZH_DESCRIBED_THING.test(fragment)) || (!zh && EN_THING.test(fragment)) || (!zh && !isAttribute && (/^(?:the\s+)?[A-Z0-9]/.test(fragment.replace(/^(?:the|a|an)\s+/i, '')) && yearsIn(fragment).length === 0 || /\(\d+\)|\b(?:no\.?|number|#)\s*\d+\b|\b[a-z]+\s+\d{1,2}$/i.test(fragment)));
  // 「涉及的信貸金額呢？」「帶動的私人投資呢？」: what the subject involved, brought or provided (a verb's relative clause, no owner
  // named) is an attribute of the earlier subject, asked how much.
  if (zh && ZH_RELATIVE_ATTRIBUTE.test(fragment)) {
    const named = nameInLanguage(subject, zh, findNames);
    return { original, question: `${named}${fragment}${context.cantonese || CANTONESE.test(question) ? '係幾多？' : '是多少？'}`, kind: 'aspect', subject };
  }
  // 「轉數快的日均交易量呢？」: a possessive naming both its owner and what of it is asked is a question of its own.
  const possessive = zh && !isAttribute ? /^([\p{Script=Han}A-Za-z0-9+&]{2,})(?:的|嘅)([\p{Script=Han}A-Za-z0-9]{2,})$/u.exec(fragment) : null;
  if (possessive && !ZH_THING.test(fragment)) {
    const asked = context.cantonese || CANTONESE.test(question) ? `${fragment}係幾多？` : `${fragment}是多少？`;
    return { original, question: asked, kind: 'subject', subject: possessive[1]! };
  }
  if (!isAttribute && !namesThing) {
    // Parallel to a phrase of the earlier question ("and life science companies?" after "how many AI companies…").
    const parallel = replaceParallel(context.question, fragment, zh);
    if (parallel) return { original, question: parallel, kind: 'aspect', subject };
  }
  if (namesThing) {
    // A body swapped in replaces the body the earlier question named, not a name of another kind beside it
    // ("what about the Digital Policy Office?" after "How many directorate posts does ITIB have?": ITIB, not the posts).
    const fragmentKind = fragmentNames[0]?.kind;
    const sameKind = fragmentKind ? findNames(context.question.normalize('NFKC')).find((hit) => hit.kind === fragmentKind && !fragment.includes(hit.written)) : undefined;
    const replaced = sameKind && sameKind.written !== subject && findNames(subject).every((hit) => hit.kind !== fragmentKind) ? sameKind.written : subject;
    const swapped = replaceSubject(context.question, replaced, fragment, findNames)?.replace(/\bthe\s+the\b/gi, 'the');
    // 「每年」, "a year" carried from the earlier question's frame may not fit the thing swapped in (a scheme with one sum for
    // its whole term): when that reading is not answered, the same question without the period, and resolvedQuestion says so.
    const unperiodic = swapped && !PER_PERIOD.test(fragment) ? swapped.replace(PER_PERIOD, '').replace(/\s{2,}/g, ' ').replace(/\s+([?？])/, '$1') : undefined;
    // 「…為多少家科技公司提供基礎設施和支援？」 then 「數碼港呢？」: what the earlier question did with the things it counted may not
    // be said of the body swapped in; when that reading is not answered, how many of those things the body has.
    const plainCount = swapped && (!unperiodic || unperiodic === swapped) ? plainCountOf(context.question, fragment, zh, context.cantonese || CANTONESE.test(question)) : undefined;
    // 「那X呢？」 after 「Y是哪一年在香港開設首個海外中心的？」: the earlier event may be Y's alone; when that reading is not
    // answered, when X itself was set up.
    const founded = swapped && ASKS_WHEN_ANY.test(context.question) ? (zh ? `${fragment}${context.cantonese || CANTONESE.test(question) ? '幾時成立？' : '何時成立？'}` : `When was ${/^(?:the\s|[A-Z0-9])/.test(fragment) ? fragment : `the ${fragment}`} set up?`) : undefined;
    const looser = unperiodic && unperiodic !== swapped ? unperiodic : plainCount && plainCount !== swapped ? plainCount : founded;
    if (swapped) return { original, question: swapped, kind: 'subject', subject: fragment, ...(looser ? { fallback: { question: looser, kind: 'subject' as const, subject: fragment } } : {}) };
    return standalone();
  }
  // 「那園區內第一座人才宿舍呢？」 after 「…首三座大樓甚麼時候落成？」: a thing, no attribute, after a question asking when, where,
  // who or what (not a figure) is asked that question in the earlier subject's place; an attribute or a figure question is not.
  if (!isAttribute && !asksFigure(context.question) && !NAMES_ITS_FIGURE_ZH.test(context.question)) {
    const swapped = replaceSubject(context.question, subject, fragment, findNames);
    if (swapped && swapped !== context.question.normalize('NFKC')) return { original, question: swapped, kind: 'subject', subject: fragment };
  }
  const subjectInLanguage = nameInLanguage(subject, zh, findNames);
  // 「職位呢？」 after 「香港有多少間初創企業？」 answered 「…近4,700間初創企業…提供約17,650個職位」: an attribute the count's answer
  // states beside it is of the things counted (「香港初創企業的職位」); one it does not (「面積呢？」) is the subject's own.
  const counted = zh && isAttribute && context.answer.includes(fragment) ? countedIn(context.question, zh) : undefined;
  const carried = counted && !subjectInLanguage.includes(counted) ? `${subjectInLanguage}${counted}` : subjectInLanguage;
  if (zh) return { original, question: context.cantonese || CANTONESE.test(question) ? `${carried}嘅${fragment}係幾多？` : `${carried}的${fragment}是多少？`, kind: 'aspect', subject: carried };
  return { original, question: `What is ${/^(?:the|a|an)\b/i.test(fragment) ? fragment : `the ${fragment}`} for ${carried}?`, kind: 'aspect', subject: carried };
}

/** A question asking a figure, or naming one (how much, how many, 預算, "the estimate"), in either language: its frame does not fit a thing swapped in. */
const ZH_ASKS_FIGURE = /幾多|几多|多少|幾大|几大|多大|幾耐|几耐|多久|幾成|几成|百分之|比例|比率/;
const EN_ASKS_FIGURE = /\bhow (?:much|many|big|large|long|far)\b|\b(?:amount|number|figure|sum|budget|budgeted|cost|costs|size|area|total|estimate|estimates|expenditure|spending|provision|allocation|funding|percentage|share|rate|ratio|count)\b/i;

/**
 * Kinds of word a follow-up may swap one for another, the earlier question otherwise asked again: where (a region of the
 * world; in English not one in a name, "the World Port Ranking"), which league table (a ranking, index or
 * report, by its head noun; the whole name before it is swapped) and which agreement (by 協議 / 安排, with who signed it or the
 * demonstrative that points at it).
 */
const ZH_REGION = /全球|全世界|亞太區|亞太地區|亚太区|亚太地区|亞太|亚太|亞洲|亚洲|內地|内地|大灣區|大湾区/g;
const EN_REGION = /\b(?:globally|worldwide|[Ii]n the world(?!\s+[A-Z])|(?:in\s+)?(?:the\s+)?[Aa]sia[- ][Pp]acific(?:\s+region)?|in Asia|regionally|in the region|(?:in\s+)?the [Mm]ainland|(?:in\s+)?the Greater Bay Area)\b/g;
const ZH_LEAGUE_TABLE = /[\u4e00-\u9fffA-Za-z0-9]{2,20}?(?:排名|指數|指数|排行榜|報告|报告)/g;
/** 「香港嘅新興初創生態系統排第幾呀？」: an owner (group 1), the thing of it ranked, and where it ranks asked (group 2, the rest 3). */
const ZH_OWNER_THING_RANKED = /^([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:嘅|的)[\u4e00-\u9fffA-Za-z0-9]{2,20}?((?:全球|亞洲|亚洲|世界)?排(?:名)?(?:第幾|第几|第))(.*)$/;
const ZH_AGREEMENT = /(?:(?:同|與|与|跟|和)?[\u4e00-\u9fffA-Za-z]{0,10}?(?:嗰|那|這|这|呢)份|(?:同|與|与|跟|和)[\u4e00-\u9fffA-Za-z]{1,10}?(?:簽|签)?(?:嘅|的))?[\u4e00-\u9fff]{0,6}?(?:協議|协议|安排|協定|协定|備忘錄|备忘录)/g;
const EN_LEAGUE_TABLE_HEAD = /\b(?:index|ranking|rankings|league table|scoreboard|report)$/i;
/** A league table named by its year and head noun alone ("the 2025 index", "the 2023 ranking"): the earlier one, in that year. */
const LEAGUE_TABLE_BY_YEAR = /^(?:the\s+)?((?:19|20)\d{2})(?:\s+edition\s+of\s+the|\s+edition\s+of)?\s+(?:index|ranking|rankings|league table|scoreboard|report)$/i;
/** A calendar year written alone (2024, not 2024-25). */
const CALENDAR_YEAR = /(?<![\d/-])(?:19|20)\d{2}(?![\d/-])/g;

/** Each kind as the whole of a follow-up's fragment (「咁亞太區呢？」 is a region and nothing more), made once. */
const asWhole = (kind: RegExp) => new RegExp(`^(?:${kind.source})$`);
const ZH_REGION_WHOLE = asWhole(ZH_REGION);
const EN_REGION_WHOLE = asWhole(EN_REGION);
const ZH_LEAGUE_TABLE_WHOLE = asWhole(ZH_LEAGUE_TABLE);
const ZH_AGREEMENT_WHOLE = asWhole(ZH_AGREEMENT);

function swapSameKind(earlier: string, fragment: string, zh: boolean): string | undefined {
  const text = earlier.normalize('NFKC');
  const region = zh ? ZH_REGION : EN_REGION;
  const only = zh ? ZH_REGION_WHOLE : EN_REGION_WHOLE;
  const asked = zh ? fragment : fragment.replace(/^(?:for|at)\s+/i, '');
  if (only.test(asked) || (!zh && only.test(`in ${asked}`))) {
    const found = [...text.matchAll(region)].at(-1);
    if (!found || found[0].toLowerCase() === asked.toLowerCase()) return undefined;
    // In English a region is said as an adverb ("globally") or a phrase ("in the Asia-Pacific").
    const said = zh || /^in\s/i.test(asked) || /(?:ly|wide)$/i.test(asked) ? asked : `in ${asked}`;
    return `${text.slice(0, found.index)}${said}${text.slice(found.index! + found[0].length)}`;
  }
  if (zh) {
    // (An agreement for an agreement: 「同工信部嗰份合作協議呢？」 after 「…嗰份安排幾時簽？」, the demonstrative phrase swapped whole.)
    for (const [kind, kindAlone] of [[ZH_LEAGUE_TABLE, ZH_LEAGUE_TABLE_WHOLE], [ZH_AGREEMENT, ZH_AGREEMENT_WHOLE]] as const) {
      if (!kindAlone.test(fragment)) continue;
      const found = [...text.matchAll(kind)].at(-1);
      // 「咁全球創新指數呢？」 after 「香港嘅新興初創生態系統排第幾？」: a table for a thing ranked, asked where the owner ranks in it.
      const ranked = !found && kind === ZH_LEAGUE_TABLE ? ZH_OWNER_THING_RANKED.exec(text) : null;
      if (ranked) return `${ranked[1]}${CANTONESE.test(text) ? '喺' : '在'}${fragment}${ranked[2]}${ranked[3]}`;
      if (!found || found[0] === fragment) return undefined;
      // (An agreement named with who signed it is its own subject: what the earlier question said before its own goes.)
      return `${kind === ZH_AGREEMENT ? '' : text.slice(0, found.index)}${fragment}${text.slice(found.index! + found[0].length)}`;
    }
    return undefined;
  }
  const named = fragment.replace(/^(?:in|for|on)\s+/i, '');
  if (!EN_LEAGUE_TABLE_HEAD.test(named)) return undefined;
  // "what about in the 2025 index?" after "… in WIPO's Global Innovation Index 2024?": the same table in another year, its year swapped.
  const sameTableAnotherYear = LEAGUE_TABLE_BY_YEAR.exec(named);
  if (sameTableAnotherYear) {
    const earlierYear = [...text.matchAll(CALENDAR_YEAR)].at(-1);
    if (!earlierYear) return `${text.replace(/\s*[?？]*\s*$/u, '')} in ${sameTableAnotherYear[1]}?`;
    return earlierYear[0] === sameTableAnotherYear[1] ? undefined : `${text.slice(0, earlierYear.index)}${sameTableAnotherYear[1]}${text.slice(earlierYear.index! + earlierYear[0].length)}`;
  }
  // The earlier table's name: the words before its head, back to a preposition.
  const earlierTable = /\b(?:in|on|of|for|by)\s+((?:the\s+)?(?:[\w'’&+-]+\s+){0,7}?(?:index|ranking|rankings|league table|scoreboard|report))\b/i.exec(text);
  if (!earlierTable || earlierTable[1]!.toLowerCase() === named.toLowerCase()) return undefined;
  const start = earlierTable.index + earlierTable[0].length - earlierTable[1]!.length;
  return `${text.slice(0, start)}${/^the\s/i.test(named) || /^[A-Z]/.test(named) ? named : `the ${named}`}${text.slice(start + earlierTable[1]!.length)}`;
}

/**
 * "What about the AI subsidy scheme in the 2024-25 budget?" after "How much did the 2025-26 budget
 * set aside for the AI institute?": the subject swapped, and the earlier question's year or source
 * replaced by the one named with it (undefined when the fragment is not a name with a year or source).
 */
function swapSubjectAndYear(context: Context, subject: string, fragment: string, findNames: NameFinder): Pick<FollowUpResolution, 'question' | 'kind' | 'subject' | 'source'> | undefined {
  // ("… in the 2024-25 one": that year's document of the kind asked before.)
  const split = /^(.+?)\s+(?:in|from|according to|under|for)\s+((?:the\s+)?\d{4}\s*[-/–]\s*\d{2,4}(?:\s+(?:budget|estimates|slides|one))?|the\s+[\w\s'’-]*?(?:budget|fact ?sheet|press release|slides|estimates))$/i.exec(fragment);
  if (!split) return undefined;
  const thing = split[1]!.trim();
  const where = split[2]!;
  const named = findNames(thing).length > 0 || EN_THING.test(thing) || /^(?:the\s+)?[A-Z0-9]/.test(thing.replace(/^(?:the|a|an)\s+/i, ''));
  const numbered = swapNumbered(context.question, thing);
  const swapped = numbered?.question ?? (named && !/^(?:the\s+)?(?:same|year|one)$/i.test(thing) ? replaceSubject(context.question, subject, thing, findNames) : undefined);
  if (!swapped) return undefined;
  const source = sourceIn(where);
  const year = extractQuantities(where.normalize('NFKC')).find((quantity) => quantity.kind === 'fiscal-year');
  let question = swapped;
  if (source && sourceIn(swapped)) question = withSource(swapped, source);
  else if (year) question = withYear({ ...context, question: swapped }, { kind: 'fiscal-year', value: year.value, start: 0, end: 0 }) ?? swapped;
  else if (source) question = withSource(swapped, source);
  return { question, kind: 'subject', subject: thing, ...(source ? { source } : {}) };
}

/**
 * 「第一個綱領」「第二个分目」, "the first programme": an item of a numbered kind picked by its place, written as its number
 * (「綱領(1)」, "Programme (1)"), as the documents number them. Unchanged when there is none.
 */
function numberedByPlace(question: string): string {
  return question
    .replace(new RegExp(`第(${ZH_NUMERAL})(?:個|个)?(綱領|纲领|分目)`, 'g'), (whole, place: string, kind: string) => {
      const number = /^\d+$/.test(place) ? Number(place) : parseChineseNumeral(place);
      return number ? `${kind}(${number})` : whole;
    })
    .replace(new RegExp(`\\bthe\\s+(${EN_ORDINAL})\\s+(programme|program|sub-?head)\\b`, 'gi'), (whole, place: string, kind: string) => {
      const number = EN_PLACES.indexOf(place.toLowerCase()) + 1 || Number.parseInt(place, 10);
      return number > 0 ? `${kind[0]!.toUpperCase()}${kind.slice(1).toLowerCase()} (${number})` : whole;
    });
}
const EN_PLACES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** Numbered items and their names in the other language ("programme (2)" is 「綱領(2)」). */
const NUMBERED_KINDS: Array<[RegExp, string, string]> = [
  [/programme|program|綱領|纲领/i, 'programme', '綱領'],
  [/subhead|分目/i, 'subhead', '分目'],
  [/head|總目|总目/i, 'head', '總目'],
];
const NUMBERED = /(programme|program|subhead|head|綱領|纲领|分目|總目|总目)\s*[（(]?\s*(\d+)\s*[)）]?/i;

/** Numerals an ordinal is written with (第二期, 頭兩個, phase 2, the second phase). */
const ZH_NUMERAL = '[一二三四五六七八九十兩两\\d]+';
/** Parts a thing is built, paid or run in, counted by ordinals: phases, stages, batches, rounds, tranches. */
const ZH_PART = '期|階段|阶段|批|輪|轮|屆|届|部分|部份';
const EN_ORDINAL = '(?:first|second|third|fourth|fifth|sixth|final|last|next|\\d+(?:st|nd|rd|th))';
const EN_PART = '(?:phase|stage|batch|round|tranche|cohort)';
/** "the first phase", "phase 2", "stage one": a part picked by ordinal (the part's noun in group 1 or 2). */
const EN_PART_PICKED = new RegExp(`\\bthe\\s+${EN_ORDINAL}\\s+(${EN_PART})\\b|\\b(${EN_PART})\\s+(?:\\d+|one|two|three|four|five|i{1,3}|iv|v)\\b`, 'i');

/**
 * The earlier question with its ordinal part ("第一期", "phase 1", "the first phase") replaced by the
 * fragment's, when the fragment is only such a part of the same kind: 「第二期呢？」, "and phase 2?".
 */
function swapOrdinal(earlier: string, fragment: string): string | undefined {
  const text = earlier.normalize('NFKC');
  const own = fragment.normalize('NFKC');
  // 「第二期」, 「第二座大樓」 (the thing counted named as the earlier question names it, or not at all).
  const zh = new RegExp(`^((?:第|頭|头|首|前|後|后)?${ZH_NUMERAL}(${ZH_PART}|[${ZH_ORDINAL_CLASSIFIER}]))([\\u4e00-\\u9fffA-Za-z0-9@&+]*)$`).exec(own);
  if (zh) {
    const before = new RegExp(`第${ZH_NUMERAL}${escape(zh[2]!)}`).exec(text);
    if (!before || before[0] === zh[1]) return undefined;
    const after = text.slice(before.index + before[0].length);
    if (zh[3] && !after.slice(0, 24).includes(zh[3])) return undefined;
    return text.slice(0, before.index) + zh[1] + after;
  }
  const part = new RegExp(`^(?:the\\s+)?(?:${EN_ORDINAL}\\s+(${EN_PART})|(${EN_PART})\\s+(?:\\d+|one|two|three|four|five|[ivx]+))$`, 'i').exec(own);
  const noun = (part?.[1] ?? part?.[2])?.toLowerCase();
  if (!noun) return undefined;
  const before = new RegExp(`\\b(?:(?:the\\s+)?${EN_ORDINAL}\\s+${noun}|${noun}\\s+(?:\\d+|one|two|three|four|five|[ivx]+))\\b`, 'i').exec(text);
  if (!before || before[0].toLowerCase() === own.toLowerCase()) return undefined;
  return text.slice(0, before.index) + own.replace(/^the\s+/i, before[0].toLowerCase().startsWith('the ') ? 'the ' : '') + text.slice(before.index + before[0].length);
}

/** Classifiers a Chinese ordinal counts things with (第三個平台, 頭兩座大樓). */
const ZH_ORDINAL_CLASSIFIER = '個个間间座項项所條条家棟栋幢';

/**
 * 「頭兩個平台」 after a question on 「第三個InnoHK研發平台」: a phrase of the follow-up counting by
 * ordinal (or 「其他」, 「現有的兩個」) the things the earlier question counted by ordinal, with only the head of
 * their name, is given the earlier name's other words, so that it asks about the same things.
 */
function withOrdinalModifiers(question: string, earlier: string): string {
  const text = earlier.normalize('NFKC');
  const before = new RegExp(`(?:第|頭|头|首|前|後|后)${ZH_NUMERAL}[${ZH_ORDINAL_CLASSIFIER}]([A-Za-z0-9@&+\\u4e00-\\u9fff]{3,20}?)(?=會|会|係|系|是|有|的|嘅|將|将|在|喺|於|于|可|能|要|已|幾|几|多少|咩|乜|點|点|邊|边|哪|誰|谁|何|甚|什|如|[，,。？?、]|$)`).exec(text);
  if (!before) return question;
  const name = before[1]!;
  // Also the others of them by what already stands (「現有的兩個平台」「已有嘅兩座」, "the existing two").
  const own = new RegExp(`(?:(?:第|頭|头|首|前|後|后)${ZH_NUMERAL}[${ZH_ORDINAL_CLASSIFIER}]|(?:其餘|其余|其他|另外|餘下|余下|剩下)(?:${ZH_NUMERAL}[${ZH_ORDINAL_CLASSIFIER}])?|(?:現有|现有|已有|原有|現存|现存|目前|現時|现时)(?:的|嘅)?${ZH_NUMERAL}[${ZH_ORDINAL_CLASSIFIER}])`).exec(question);
  if (!own) return question;
  const at = own.index + own[0].length;
  const rest = question.slice(at);
  if (rest.startsWith(name)) return question;
  for (let length = [...name].length - 1; length >= 2; length--) {
    const head = [...name].slice(-length).join('');
    if (CJK.test(head[0]!) && rest.startsWith(head)) return question.slice(0, at) + [...name].slice(0, -length).join('') + rest;
  }
  return question;
}

/** A numbered item alone written in the other language ("programme (2)" → 「綱領(2)」, 「分目697」 → "subhead 697"); undefined otherwise. */
export function numberedInScript(item: string, zh: boolean): string | undefined {
  const whole = new RegExp(`^${NUMBERED.source}$`, 'i').exec(item.normalize('NFKC').trim());
  const kind = whole ? NUMBERED_KINDS.find(([pattern]) => pattern.test(whole[1]!)) : undefined;
  if (!whole || !kind) return undefined;
  // (A programme's number is bracketed, 「綱領(2)」 "programme (2)"; a head's and a sub-head's is not, 「總目135」 "head 135".)
  const bracketed = kind[1] === 'programme';
  return zh ? (bracketed ? `${kind[2]}(${whole[2]})` : `${kind[2]}${whole[2]}`) : bracketed ? `${kind[1]} (${whole[2]})` : `${kind[1]} ${whole[2]}`;
}

/** The earlier question with its numbered item's number replaced by the fragment's, when the fragment is only such an item. */
function swapNumbered(earlier: string, fragment: string): { question: string; item: string } | undefined {
  // 「綱領(1)局長辦公室呢？」: the item may come with its Chinese name, which then replaces the earlier item's name too.
  const own = new RegExp(`^(?:the\\s+)?${NUMBERED.source}\\s*([\\u4e00-\\u9fff]{2,12})?$`, 'i').exec(fragment.normalize('NFKC'));
  if (!own) return undefined;
  const text = earlier.normalize('NFKC');
  const kind = (word: string) => NUMBERED_KINDS.findIndex(([pattern]) => pattern.test(word));
  // (The item of the same kind: 「總目135綱領(2)」 names the head before the programme.)
  const before = [...text.matchAll(new RegExp(NUMBERED.source, 'gi'))].find((match) => kind(match[1]!) === kind(own[1]!));
  if (!before || before.index === undefined || own[2] === before[2]) return undefined;
  const ownName = own[3];
  const replaced = `${before[0].replace(/\d+/, own[2]!)}${ownName ?? ''}`;
  // (The earlier item's name: the Chinese words right after its number, up to a year, a figure or a word of the question.)
  const earlierName = ownName ? ZH_ITEM_NAME_AFTER.exec(text.slice(before.index + before[0].length))?.[0] ?? '' : '';
  return { question: text.slice(0, before.index) + replaced + text.slice(before.index + before[0].length + earlierName.length), item: replaced };
}
/** The Chinese name written right after a numbered item (「綱領(2)創新科技及工業」), up to a year, a figure, 的/嘅 or a word of asking. */
const ZH_ITEM_NAME_AFTER = /^[\u4e00-\u9fff]{2,12}?(?=\d|的|嘅|有|係|是|喺|在|[？?，,。]|$)/;

/** "what's" → "what is", "how's" → "how is": the question words the rules look for. */
/**
 * Short written forms of words the follow-up rules read whole: "yr" and "yrs" for year and years, "rn" for right now,
 * "prog" for programme, "govt" for government, "est" for estimate.
 */
const SHORT_WORDS: Array<[RegExp, string]> = [[/\byr\b/gi, 'year'], [/\byrs\b/gi, 'years'], [/\brn\b/g, 'right now'], [/\bprog\b\.?/gi, 'programme'], [/\bprogs\b/gi, 'programmes'], [/\bgovt\b\.?/gi, 'government'], [/\best\b\.?(?!\s*\d)/gi, 'estimate'], [/\bests\b/gi, 'estimates']];
/** A budget year written with two digits each side ("the 25-26 figure"): the second year the next after the first. */
const SHORT_FISCAL_YEAR = /(?<![\d.$/-])\b([1-4]\d)\s*[-–]\s*([1-4]\d)\b(?![\d.%/-])/g;

/** Short forms written out: the words of SHORT_WORDS, and a budget year written with two digits each side. */
function spellOutShortForms(question: string): string {
  return SHORT_WORDS.reduce((text, [short, word]) => text.replace(short, word), question)
    .replace(SHORT_FISCAL_YEAR, (written, first: string, second: string) => (Number(second) === Number(first) + 1 ? `20${first}-${second}` : written));
}

function expandContractions(question: string): string {
  return spellOutShortForms(question).replace(/\b(what|how|where|who|when|why|which|that|it|there)['’]s\b/gi, '$1 is').replace(/\b(they|we|you)['’]re\b/gi, '$1 are').replace(/\b(what|how|where|that)s\b/gi, '$1 is').replace(/['’]s\b(?=\s*(?:one|figure|number|amount|budget|estimate)?\s*[?.!]?$)/i, '');
}

function requestedLanguage(question: string): Language | undefined {
  const english = /^(?:(?:can|could) you |please )?(?:(?:answer|say|reply|repeat|tell me|give (?:me )?(?:it|that|the answer))(?: (?:it|that|this))? )?in (english|chinese|traditional chinese|simplified chinese|cantonese)(?: please)?[.?!\s]*$/i.exec(question)
    ?? /^(english|chinese|simplified chinese|traditional chinese|cantonese)(?: please)?[.?!\s]*$/i.exec(question);
  if (english) return /simplified/i.test(english[1]!) ? 'zh-Hans' : /english/i.test(english[1]!) ? 'en' : 'zh-Hant';
  const chinese = /^(?:請|请|唔該|唔该|麻煩|麻烦|可唔可以|可不可以|可以)?(?:你)?(?:用|以|講|讲|轉|转|改用|換成|换成)?(英文|英語|英语|中文|繁體|繁体|繁體中文|繁体中文|簡體|简体|簡體中文|简体中文|廣東話|广东话|粵語|粤语)(?:回答|答|講|讲|再講一次|再讲一次|再答一次|說|说)?(?:一次|一遍)?(?:吧|啦|呀|嗎|吗|呢|得唔得|好嗎|好吗)?[。？?！!\s]*$/.exec(question);
  if (chinese) return /英/.test(chinese[1]!) ? 'en' : /簡|简/.test(chinese[1]!) ? 'zh-Hans' : 'zh-Hant';
  return undefined;
}

/** What the two compared are ("which programme spent more?", "which scheme gets less?"). */
const WHICH_KIND_NOUN = '(?:programme|program|scheme|fund|project|item|body|side|group|year|head|sub-?head|plan|initiative|institute|park|company|companies|organisation|organization)s?';
/** A verb of spending, getting or investing between "which" and "more" ("which spent more?", "which one received less?"). */
const WHICH_VERB = '(?:spent|spends|spend|received|receives|receive|invested|invests|invest|got|gets|get|had|has|have|was given|is given|is getting|was allocated|is allocated|costs?|cost)';
/** The classifiers a Chinese "which" is asked with (「邊個」「哪項」「邊幅」「哪間」「邊筆」). */
const ZH_WHICH_CLASSIFIER = '[個个項项筆笔幅塊块座間间家所條条份位名隻只批期]';
/** What a Chinese "which is more" may name as measured: 「哪個金額較大？」「邊幅面積大啲？」. */
const ZH_WHICH_MEASURE = '(?:金額|金额|數目|数目|數字|数字|撥款|拨款|錢|钱|面積|面积|土地|規模|规模|人數|人数)';
/** "Which is bigger?", "which one gets more?", 「邊個多啲？」「哪个较少？」: asks which of the last two is more (or less). */
/** 「兩者」「佢哋」「這兩個」 (之中): the two things just asked about, before "which". */
const ZH_THE_TWO = '(?:兩者|两者|二者|佢哋|它們|它们|這兩個|这两个|呢兩個|呢两个|兩個|两个|兩樣|两样|兩項|两项)(?:之中|當中|当中|中間|中间|中)?[，,\\s]*';

function whichIn(question: string): Comparison['relation'] | undefined {
  const english = new RegExp(`^(?:(?:and|so|ok(?:ay)?|then|now|but)\\b[,\\s]*)*(?:which|what)(?:\\s+(?:one|${WHICH_KIND_NOUN}))?(?:['’]s\\s+|\\s+(?:of (?:the|these|those) two\\s+|of them\\s+)?(?:is|was|are|were|has|had|gets|got|will get|costs?|${WHICH_VERB})\\s+)(?:the\\s+)?(bigger|larger|higher|greater|more|most|biggest|largest|highest|greatest|smaller|lower|less|fewer|least|smallest|lowest)\\b(?:\\s+(?:money|funding|share))?[^a-z]*(?:of the two|between them|of them)?[?.!\\s]*$`, 'i').exec(question.trim());
  if (english) return /small|low|less|few|least/i.test(english[1]!) ? 'less' : 'more';
  // (Which by any classifier, 「邊幅」「哪間」; with what is compared after its verb, 「邊個投資嘅公司多啲？」, or a measure, 「哪個金額較大？」.)
  // (「兩者哪一項較多？」「佢哋邊個多啲？」: the two named first.)
  const chinese = new RegExp(`^(?:咁|那|那麼|那么)?(?:${ZH_THE_TWO})?(?:邊|边|哪)一?(?:${ZH_WHICH_CLASSIFIER}|樣|样)(?:(?:用|花|攞|拎|拿|投|投資|投资|獲|获|得到|撥|拨|分|收|資助|资助|支援|提供|聘用|吸引)(?:咗|了|得|到)?(?:(?:嘅|的)[\\u4e00-\\u9fff]{1,4}?)?)?(?:(?:嘅|的)?${ZH_WHICH_MEASURE})?(?:比較|比较|較|较|更)?(多|大|高|少|細|小|低)(?:啲|些|一些|一點|一点)?(?:${ZH_WHICH_MEASURE}|錢|钱)?(?:呀|啊|呢|㗎)?[？?。！!\\s]*$`).exec(question.trim());
  if (chinese) return /少|細|小|低/.test(chinese[1]!) ? 'less' : 'more';
  // "Which one's the better global placing?", 「邊個排名較高？」: of two ranks the better is the smaller number.
  const rank = EN_WHICH_RANK.exec(question.trim()) ?? ZH_WHICH_RANK.exec(question.trim());
  if (rank) return /better|higher|高|前/i.test(rank[1]!) ? 'less' : 'more';
  return undefined;
}

const EN_WHICH_RANK = /^(?:(?:and|so|ok(?:ay)?|then|now|but)\b[,\s]*)*(?:which|what)(?:\s+one)?(?:['’]s|\s+(?:is|was|has|had|gets|got))\s+(?:the\s+)?(better|worse|higher|lower)\s+(?:(?:global|world|overall|regional|asia[- ]pacific)\s+)?(?:placing|place|rank|ranking|position|spot|standing)\b(?:\s+(?:of the two|between them|of them))?[?.!\s]*$/i;
const ZH_WHICH_RANK = /^(?:咁|那|那麼|那么)?(?:邊|边|哪)一?(?:個|个|項|项)(?:的|嘅)?(?:全球|世界|亞太區|亚太区)?(?:排名|排位|名次|排得)(?:比較|比较|較|较|更)?(高|前|低|後|后)(?:啲|些|一些)?(?:呀|啊|呢|㗎)?[？?。！!\s]*$/;

/**
 * A comparison whose other side is spoken of first and the earlier figure after 比 / "than" (「X的數字比這多了多少？」, "how much more is
 * HK$10 billion than the earlier sum?"), turned to speak of the earlier figure (「這比X的數字少了多少？」, "how much less is that than
 * HK$10 billion?"), as the comparison rules read it. A figure stated in a clause before the question ("X mentions a HK$10 billion
 * injection; how much more is that than the earlier sum?") is what "that" stands for there. Unchanged otherwise.
 */
function fromEarlierSide(question: string): string {
  const zh = ZH_FROM_OTHER_SIDE.exec(question);
  if (zh && !ZH_PRONOUN.test(zh[2]!)) return `${zh[1]}這比${zh[2]}${FLIPPED_DIRECTION[zh[3]!]}${zh[4] ?? ''}${zh[5]}${zh[6]}`;
  // "X mentions a HK$10 billion injection; how much more is that than the earlier sum?": "that" is the figure just stated.
  const clauses = /^(.+?)\s*[;；,，.]\s*((?:so\s+|and\s+)?how (?:much|many) .+)$/i.exec(question);
  const stated = clauses && /\b(?:is|are|was|were)\s+(?:that|it|this)\s+than\b/i.test(clauses[2]!) ? extractQuantities(clauses[1]!).filter(isFigure) : [];
  const asked = stated.length === 1 ? clauses![2]!.replace(/\b(how (?:much|many) \w+ (?:is|are|was|were) )(?:that|this|it)\b/i, (_match, lead: string) => `${lead}${stated[0]!.raw}`) : question;
  const en = EN_FROM_OTHER_SIDE.exec(asked);
  if (en && !EN_PRONOUN.test(en[4]!)) return `${en[1]}${FLIPPED_DIRECTION[en[2]!.toLowerCase()]} ${en[3]} that than ${en[4]}${en[5] || '?'}`;
  // "How much more than that is HK$10 billion?": the same, with "than that" before the verb.
  const before = EN_THAN_EARLIER_FIRST.exec(asked);
  if (before && !EN_PRONOUN.test(before[4]!)) return `${before[1]}${FLIPPED_DIRECTION[before[2]!.toLowerCase()]} ${before[3]} that than ${before[4]}${before[5] || '?'}`;
  return question;
}
const ZH_FROM_OTHER_SIDE = /^((?:咁|那麼|那么|那|而)?)([^，,。？?比]{2,40}?)(?:比|較|较)(?:這|这|佢|它|呢個|呢个|這個|这个|嗰個|嗰个|那個|那个|其|此)(?:的|嘅)?(?:數字|数字|數目|数目|數|数)?(多|少|高|低|大|細|小)(了|咗|出)?(多少|幾多|几多)(.*)$/u;
/** The earlier figure, as a follow-up names it: "that", "it", "the earlier sum", "the previous figure". */
const EN_EARLIER_FIGURE = String.raw`(?:that|it|this|the (?:earlier|previous|first|last|original|other) (?:sum|figure|amount|number|one|total|estimate))`;
const EN_FROM_OTHER_SIDE = new RegExp(String.raw`^(.*?\bhow (?:much|many) )(more|less|fewer|higher|lower|bigger|smaller|larger|greater) (is|are|was|were) (.+?) than ${EN_EARLIER_FIGURE}\s*([?.!]*)$`, 'i');
const EN_THAN_EARLIER_FIRST = new RegExp(String.raw`^(.*?\bhow (?:much|many) )(more|less|fewer|higher|lower|bigger|smaller|larger|greater) than ${EN_EARLIER_FIGURE} (is|are|was|were) (.+?)\s*([?.!]*)$`, 'i');
const FLIPPED_DIRECTION: Record<string, string> = { 多: '少', 少: '多', 高: '低', 低: '高', 大: '小', 細: '大', 小: '大', more: 'less', less: 'more', fewer: 'more', higher: 'lower', lower: 'higher', bigger: 'smaller', smaller: 'bigger', larger: 'smaller', greater: 'smaller' };

/** "The first one('s)", "the latter", 「前者」「後者」: one of the last two things asked about, by its place. */
const EN_PICKED = /\bthe\s+(?:(first|second)\s+one|(former|latter))(['’]s)?\b/i;
const ZH_PICKED = /前者|後者|后者/;

function pickedOfTwo(question: string, zh: boolean): { side: 0 | 1; at: number; length: number; possessive: boolean } | undefined {
  const match = zh ? ZH_PICKED.exec(question) : EN_PICKED.exec(question);
  if (!match) return undefined;
  const word = zh ? match[0] : (match[1] ?? match[2])!.toLowerCase();
  const side = /first|former|前者/.test(word) ? 0 : 1;
  return { side, at: match.index, length: match[0].length, possessive: !zh && match[3] !== undefined };
}

/** How to tell two questions apart: by their subjects when they differ, else by the years they ask about, else as asked. */
/** Words that point at one of the last two things asked about: an ordinal, "the former / latter", a side (「人工智能嗰邊」). */
const EN_PAIR_REFERENCE = /\b(?:the\s+)?(?:first|second|former|latter|earlier|later)(?:\s+(?:one|figure|number|amount|sum|total|scheme|fund|programme|item))?\b|\b(?:the two|both of them|between them)\b/i;
const ZH_PAIR_REFERENCE = /第[一二](?:個|个|項|项|筆|笔|樣|样)?|頭一個|头一个|前者|後者|后者|兩者|两者|(?:佢哋|它們|它们|呢|這|这|嗰|那)?(?:兩|两)(?:個|个|項|项|筆|笔|樣|样)|佢哋|它們|它们|(?:嗰|那|這|这|呢)邊|(?:嗰|那|這|这|呢)边/;
/** "How much more …?", 「多咗幾多」, 「相差多少」: the size of a difference asked. */
const EN_DIFFERENCE = /\bhow (?:much|many) (?:more|less|fewer|bigger|larger|higher|greater|lower|smaller)\b|\bwhat(?:['’]s| is) the difference\b|\bby how much\b|\bhow big (?:is|was) the (?:gap|difference)\b/i;
const ZH_PAIR_DIFFERENCE = /(?:多|少|大|細|小|高|低)(?:咗|了|出)?(?:幾多|几多|多少)|(?:差|相差|差距|差別|差别)(?:咗|了|係|系|是|有)?(?:幾多|几多|多少|幾遠|几远|多遠|多远)/;
/** "How many times bigger?", "how many times the fund's own investment?", "what multiple": a multiple asked (not "how many times has it won?"). */
const EN_RATIO = /\bhow many times\s+(?:(?:bigger|larger|greater|higher|more|as\s+(?:much|many|big|large|high))\b|(?:the|that|this|what|its|their)\b)|\bwhat multiple\b/i;
/** "What's the total for the two?", "combined total", "add them up", "both together", the whole question: the sum of the last two figures asked. */
const EN_SUM_OF_TWO = /^(?:(?:and|so|ok(?:ay)?|then)\b[,\s]*)*(?:what(?:['’]s| is| are)\s+(?:the\s+)?(?:combined\s+)?(?:total|sum)(?:\s+(?:for|of)\s+(?:the\s+|those\s+|these\s+)?(?:two|both)(?:\s+(?:figures|amounts|sums|of them))?)?|(?:the\s+)?combined total|(?:can you\s+)?add\s+(?:them|those|these|the two|both)\s+(?:up|together)|how much (?:is that|are they|do they come to)\s+(?:altogether|all together|combined)|(?:both|the two)\s+(?:together|combined))\s*[?.!]*$/i;
/** 「兩個加埋幾多？」「兩者合共多少？」「加起來是多少？」, the whole question (「成個計劃總共有幾多錢？」 asks the scheme's own sum): the last two added. */
const ZH_SUM_OF_TWO = /^(?:咁|那|即係|即是)?\s*(?:(?:兩個|两个|兩者|两者|兩項|两项|兩筆|两笔|兩樣|两样|二者|佢哋|它們|它们)\s*(?:加埋|加起來|加起来|加在一起|合共|合計|合计|總共|总共|一共)|加埋|加起來|加起来)\s*(?:係|是|有)?\s*(?:幾多|几多|多少)\s*(?:錢|钱)?\s*(?:呀|呢|啊|㗎)?\s*[？?]?$/;
/** 「幾多倍」「多少倍」「幾倍」: a multiple asked. */
const ZH_RATIO = /(?:幾多|几多|多少|幾|几)倍/;
/** 「A係B嘅幾多倍」: a multiple naming both its sides (A and B) in the question. */
const ZH_RATIO_OF_OWN_SIDES = /(?:係|是|為|为)[^，,。？?]{1,16}(?:嘅|的)(?:幾多|几多|多少|幾|几)倍/;

/**
 * What a Chinese multiple asks each of the two for, when it names it («咁兩個計劃每間企業嘅資助上限相差幾多倍？» → 每間企業嘅資助上限):
 * the question without its opening, the words pointing at the two, the multiple and its particles; undefined when under
 * ZH_OWN_MEASURE_MIN_CHARS characters are left (「大幾多倍？」 names none).
 */
function ownMeasureOfRatio(question: string): string | undefined {
  const rest = question
    .normalize('NFKC')
    .replace(/^(?:咁|那麼|那么|那|而)/, '')
    .replace(new RegExp(ZH_PAIR_REFERENCE.source, 'g'), '')
    .replace(/^(?:計劃|计划|基金|項目|项目|綱領|纲领)/, '')
    .replace(/(?:之間|之间|相差|差|係|是|大|多|增加|增長|增长|上升|升|翻|跌|減少|减少)*(?:咗|了)?(?:幾多|几多|多少|幾|几)倍.*$/, '')
    .replace(/^(?:的|嘅)/, '')
    .trim();
  return [...rest].filter((char) => CJK.test(char)).length >= ZH_OWN_MEASURE_MIN_CHARS ? rest : undefined;
}
/** Fewest Chinese characters a multiple's own measure has (「資助上限」). */
const ZH_OWN_MEASURE_MIN_CHARS = 3;
/** "Is the first one more than the second?", 「第一個係咪多過第二個？」: a yes or no asked of the two. */
const EN_POLAR_MORE = /^(?:(?:and|so|ok(?:ay)?|then|but)\b[,\s]*)*(?:is|was|are|were|did|does|do|has|had)\b.*\b(more|bigger|larger|higher|greater|less|smaller|lower|fewer)\b/i;
const ZH_POLAR_MORE = /(?:係咪|系咪|是否|是不是|有冇|有沒有|有没有)?(?:多過|多过|多於|多于|大過|大过|大於|大于|高過|高过|高於|高于|超過|超过|少過|少过|少於|少于|細過|细过|低過|低过|低於|低于|小於|小于)/;

/**
 * A comparison of the last two things asked about, by a word pointing at one of them ("the first one", 「第二個」,
 * 「人工智能嗰邊」), or a difference asked with nothing of its own (no figure, year, source or name): which one is
 * spoken of (`focus`: 0 the earlier, 1 the later; undefined when a side is named by its words), in which direction,
 * and whether a yes or no is asked.
 */
function pairComparisonIn(question: string, zh: boolean, findNames: NameFinder, sides: () => readonly string[] = () => []): { relation: Comparison['relation']; polar: boolean; focus?: 0 | 1; ratio?: boolean; sum?: boolean } | undefined {
  // "How much higher is the 2025-26 figure?" of two figures of different years: the year points at the side asked of it.
  const byYear = sideOfYear(question.normalize('NFKC'), sides);
  if (byYear) {
    const found = pairComparisonIn(byYear.rest, zh, findNames);
    // (The year stood as a word pointing at a side, "the first", only to be read so: the side is the one of that year.)
    return found && !found.sum ? { ...found, focus: byYear.side } : found;
  }
  const text = question.normalize('NFKC');
  // "What's the total for the two?", 「兩個加埋幾多？」: the two added, with no figure, year, source or name of its own.
  if ((zh ? ZH_SUM_OF_TWO : EN_SUM_OF_TWO).test(text)) {
    const unpointed = text.replace(new RegExp((zh ? ZH_PAIR_REFERENCE : EN_PAIR_REFERENCE).source, 'gi'), ' ');
    // (Nor one adding a third thing, "together with X, what's the combined total?", 「連同X，合共有多少？」: that asks X's figure too.)
    const third = zh ? /連同|连同|加上|連埋|连埋|同埋|[「『“"《]/.test(unpointed) : /\b(?:together with|along with|plus|and also)\b/i.test(unpointed) || namesOwnSubjectStrictly(unpointed);
    return third || extractQuantities(unpointed).some(isFigure) || yearsIn(unpointed).length > 0 || sourceIn(text) || findNames(unpointed).length > 0 ? undefined : { relation: 'more', polar: false, sum: true };
  }
  // "How many times bigger?", 「係…嘅幾多倍？」: a multiple asked of the two, with no figure or year of its own (it may point at
  // one of the two by its name: "so the InnoHK part is how many times bigger?").
  // (Not one setting a third thing against them, "… than that?", 「河套注資係佢嘅幾多倍？」, nor one naming both sides of its own,
  // 「企業要出嘅錢係政府嘅幾多倍？」: those are questions of their own, unless the two are pointed at, 「後者係前者嘅幾多倍？」.)
  if ((zh ? ZH_RATIO : EN_RATIO).test(text)) {
    const pointed = (zh ? ZH_PAIR_REFERENCE : EN_PAIR_REFERENCE).test(text);
    const unpointed = text.replace(new RegExp((zh ? ZH_PAIR_REFERENCE : EN_PAIR_REFERENCE).source, 'gi'), ' ');
    const ownSides = zh ? ZH_RATIO_OF_OWN_SIDES.test(text) || findNames(unpointed).length > 0 : /\bthan\b/i.test(text);
    return extractQuantities(unpointed).some(isFigure) || yearsIn(unpointed).length > 0 || sourceIn(text) || (ownSides && !pointed) ? undefined : { relation: 'more', polar: false, ratio: true };
  }
  const difference = zh ? ZH_PAIR_DIFFERENCE.test(text) : EN_DIFFERENCE.test(text);
  const polarMatch = zh ? ZH_POLAR_MORE.exec(text) : EN_POLAR_MORE.exec(text);
  const polar = !difference && polarMatch !== null && (zh ? /係咪|系咪|是否|是不是|有冇|有沒有|有没有|嗎|吗|[？?]/.test(text) : true);
  if (!difference && !polar) return undefined;
  const referenced = zh ? ZH_PAIR_REFERENCE.test(text) : EN_PAIR_REFERENCE.test(text);
  // The ordinals that point at the two are no figures of the question's own (「第一個」 is not 1).
  const unpointed = text.replace(new RegExp((zh ? ZH_PAIR_REFERENCE : EN_PAIR_REFERENCE).source, 'gi'), ' ');
  const plain = difference && yearsIn(unpointed).length === 0 && !sourceIn(text) && findNames(text).length === 0 && !extractQuantities(unpointed).some(isFigure) && !(zh ? /[「『“"《]/.test(text) : namesOwnSubjectStrictly(text)) && !(zh ? /比|較|较|同|跟|與|与/.test(text) : /\bthan\b/i.test(text));
  if (!referenced && !plain) return undefined;
  // A figure of its own ("more than 3 million?") or another year ("than in 2023?") is compared with that, not between the two.
  if (extractQuantities(unpointed).some(isFigure) || yearsIn(unpointed).length > 0) return undefined;
  const word = zh ? (difference ? /(多|少|大|細|小|高|低)(?:咗|了|出)?(?:幾多|几多|多少)/.exec(text)?.[1] : polarMatch?.[0]) : difference ? /\b(more|less|fewer|bigger|larger|higher|greater|lower|smaller)\b/i.exec(text)?.[1] : polarMatch?.[1];
  const relation: Comparison['relation'] = word && /少|細|小|低|less|fewer|smaller|lower/i.test(word) ? 'less' : 'more';
  // "… than the first (one)": the other one is spoken of; "the first one …": that one.
  const thanFirst = zh ? /(?:比|多過|多过|多於|多于|大過|大过|高過|高过|少過|少过|少於|少于)(?:第一|頭一|头一|前者|前一)/.test(text) : /\bthan\s+(?:the\s+)?(?:first|former|earlier)\b/i.test(text);
  const thanSecond = zh ? /(?:比|多過|多过|多於|多于|大過|大过|高過|高过|少過|少过|少於|少于)(?:第二|後者|后者|後一|后一)/.test(text) : /\bthan\s+(?:the\s+)?(?:second|latter|later)\b/i.test(text);
  if (thanFirst) return { relation, polar, focus: 1 };
  if (thanSecond) return { relation, polar, focus: 0 };
  if (zh ? /第一|頭一|头一|前者/.test(text) : /\b(?:first|former|earlier)\b/i.test(text)) return { relation, polar, focus: 0 };
  if (zh ? /第二|後者|后者/.test(text) : /\b(?:second|latter|later)\b/i.test(text)) return { relation, polar, focus: 1 };
  return { relation, polar };
}

/**
 * The one of two sides a question points at by its year alone ("the 2025-26 figure", 「2025-26年度嗰個」): the question
 * without that year, and which side (0 the earlier) asked of that year; undefined unless the question names exactly one
 * fiscal year and exactly one side's question names it.
 */
function sideOfYear(question: string, sidesOf: () => readonly string[]): { rest: string; side: 0 | 1 } | undefined {
  const years = yearsIn(question);
  if (years.length !== 1 || years[0]!.kind !== 'fiscal-year') return undefined;
  const sides = sidesOf();
  if (sides.length !== 2) return undefined;
  const year = years[0]!;
  const asks = sides.map((side) => yearsIn(side.normalize('NFKC')).some((other) => other.kind === 'fiscal-year' && other.value === year.value));
  if (asks[0] === asks[1]) return undefined;
  // (The year with the noun it qualifies, "the 2025-26 figure", 「2025-26年度嗰個」, is read as words pointing at a side.)
  const rest = `${question.slice(0, year.start)}${question.slice(year.end)}`.replace(/\bthe\s+(?:figure|one|number|amount|estimate|sum)\b/i, 'the first').replace(/^\s*(?:年度)?\s*(?:嘅|的)?\s*(?:嗰個|那個|那个|數字|数字)?/, '');
  return { rest, side: asks[0] ? 0 : 1 };
}

/**
 * Whether a comparison with a figure names what of the subject it measures ("has it attracted more than HK$3 billion of
 * private investment?", 「它吸引的私人投資超過30億元嗎？」): words left once the pronoun, the comparison, the figure and
 * the question's particles are gone.
 */
function asksOwnFigure(question: string, target: Quantity, zh: boolean): boolean {
  const text = question.normalize('NFKC').replace(target.raw, ' ');
  if (zh) {
    const rest = text
      .replace(new RegExp(ZH_PRONOUN.source, 'g'), ' ')
      .replace(/係咪|系咪|是否|是不是|有冇|有沒有|有没有|會唔會|会唔会|會不會|会不会|多過|多过|多於|多于|高過|高过|高於|高于|大過|大过|大於|大于|超過|超过|少過|少过|少於|少于|低過|低过|低於|低于|細過|小於|小于|不足|以上|以下|嗎|吗|呢|呀|啊|㗎|咁|那麼|那么|那|而|的|嘅|有|係|是|[元億亿萬万港幣币？?，,。！!\s]/g, '');
    return [...rest].filter((char) => CJK.test(char)).length >= 2;
  }
  // "Is that more than the $3.7 billion earmarked for its first phase?": "that" is the earlier figure, and what follows the
  // figure asked describes that figure, not what of the subject is measured.
  const measured = EN_EARLIER_FIGURE_COMPARED.test(question) ? question.normalize('NFKC').slice(0, Math.max(0, question.normalize('NFKC').indexOf(target.raw))) : text;
  const words = measured.toLowerCase().replace(/hk\$|\$|\b(?:million|billion|bn|m|per ?cent|%)\b/g, ' ').match(/[a-z][a-z'-]{2,}/g) ?? [];
  return words.some((word) => !EN_EMPTY_WORDS.has(word) && !/^(?:more|less|fewer|than|over|under|above|below|bigger|larger|higher|lower|greater|smaller|figure|number|amount|total|sum|its|their|that|this|those|these|they|them|it|is|was|are|were|does|did|has|have|had|exceed|exceeds|exceeded|really|still|now|yet|already)$/.test(word));
}

/** "Is that more than …", "was this figure higher than …": the earlier figure, by a demonstrative, set against another. */
const EN_EARLIER_FIGURE_COMPARED = /^\s*(?:(?:and|so|ok(?:ay)?|but|then)\b[,\s]*)*(?:is|was|are|were)\s+(?:that|this)(?:\s+(?:figure|amount|number|sum|total))?\s+(?:(?:still|really|even)\s+)?(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller|over|under|above|below)\b/i;

/** Which of two labels the question names by their own words (「人工智能嗰邊」 after 「…人工智能企業」 and 「…生命健康科技…」), if one clearly. */
function sideNamed(question: string, labels: string[]): 0 | 1 | undefined {
  const folded = toSimplified(question.normalize('NFKC')).toLowerCase();
  const words = (label: string) => {
    const text = toSimplified(label.normalize('NFKC')).toLowerCase().replace(/^the\s+/, '');
    return CJK.test(text) ? [...text.replace(/[^\u3400-\u9fff]/g, '')].slice(1).map((char, at) => text.replace(/[^\u3400-\u9fff]/g, '')[at]! + char) : text.match(/[a-z0-9][\w&+-]{2,}/g) ?? [];
  };
  const shares = labels.map((label) => {
    const own = words(label);
    return own.length ? own.filter((word) => folded.includes(word)).length / own.length : 0;
  });
  if (shares[0] === shares[1]) return undefined;
  return shares[0]! > shares[1]! ? 0 : 1;
}

function labelsFor(questions: string[], subjects: Array<string | undefined>): string[] {
  if (subjects.every(Boolean) && subjects[0] !== subjects[1]) return subjects as string[];
  const years = questions.map((question) => extractQuantities(question.normalize('NFKC')).find((q) => q.kind === 'fiscal-year' || q.kind === 'year'));
  if (years.every(Boolean) && years[0]!.value !== years[1]!.value) return years.map((year) => (year!.kind === 'fiscal-year' ? fiscalYearLabel(year!.value) : String(year!.value)));
  const differing = differingParts(questions);
  if (differing) return differing;
  return questions.map((question) => question.replace(/[?？。.!！\s]+$/, ''));
}

/** Characters that end or begin a Chinese word: particles, classifiers, verbs of being and saying, question words, punctuation. */
const ZH_WORD_BOUNDARY_CHAR = /[嘅的之個个間间家項项名位條条支咗了話话講讲說说有係系是在喺於于為为與与和及同幾几多少麼么咩乜邊边哪，,、：:\s]/;
/** Most characters a differing part may run to and still label its side (beyond it, the questions differ in more than a thing). */
const DIFFERING_PART_MAX_CHARS = 24;

/**
 * Two questions the same but for one thing (「…匯聚咗幾多間人工智能公司？」 and 「…匯聚咗幾多間生命健康科技公司？」, "how many
 * fintech firms …" and "how many biotech firms …"): the part each says and the other does not, read whole words in English.
 */
export function differingParts(questions: string[]): string[] | undefined {
  const [a, b] = questions.map((question) => question.normalize('NFKC').replace(/[?？。.!！\s]+$/, '')) as [string, string];
  const english = !CJK.test(a) && !CJK.test(b);
  const units = (text: string) => (english ? text.split(/\s+/) : [...text]);
  const [left, right] = [units(a), units(b)];
  let start = 0;
  while (start < left.length && start < right.length && left[start]!.toLowerCase() === right[start]!.toLowerCase()) start++;
  let end = 0;
  while (end < left.length - start && end < right.length - start && left[left.length - 1 - end]!.toLowerCase() === right[right.length - 1 - end]!.toLowerCase()) end++;
  if (!english) {
    // Characters in common may end or begin inside a word (「人工智能公司」 and 「人才公司」 share 人): the part in common is cut back
    // to a function character (a particle, classifier, verb of being or question word), so the parts are whole words.
    while (start > 0 && !ZH_WORD_BOUNDARY_CHAR.test(left[start - 1]!)) start--;
    while (end > 0 && !ZH_WORD_BOUNDARY_CHAR.test(left[left.length - end]!)) end--;
  }
  // Nothing in common on either side: two questions, not one asked of two things.
  if (start === 0 && end === 0) return undefined;
  const parts = [left, right].map((list) => list.slice(start, list.length - end).join(english ? ' ' : '').trim());
  return parts.every((part) => part.length > 0 && part.length <= DIFFERING_PART_MAX_CHARS && (english ? /[a-z]/i.test(part) : CJK.test(part))) ? parts : undefined;
}

/** The figure compared with: a figure, else a year (the same question asked of that year). */
/** "The money set aside for", "the ceiling under", "the amount allocated to": a figure of what follows, of the kind asked. */
/** The verbs, as past forms, that say a sum was set aside for something ("earmarked", "set aside", "allocated" …). */
const EN_SET_ASIDE = 'set aside|put aside|allocated|earmarked|provided|granted|reserved';
const EN_FIGURE_OF = new RegExp(`^\\s*the\\s+(?:(?:extra|additional|new|total)\\s+)?(?:money|amount|sum|funding|figure|ceiling|cap|maximum|limit|budget|allocation|provision|funds?)(?:\\s+(?:${EN_SET_ASIDE}|given|available))?\\s+(?:for|to|under|of|on|in|into)\\s+`, 'i');

/**
 * "What the 2025-26 Budget earmarked for X", "the money the government set aside for X": a sum named by who set it aside
 * (group 1), the verb (group 2) and what for (group 3).
 */
const EN_DESCRIBED_SUM = new RegExp(`^(?:what|the\\s+(?:money|amount|sum|funding)(?:\\s+(?:that|which))?)\\s+(.+?)\\s+(${EN_SET_ASIDE}|gave|injected|committed|pledged)\\s+(?:for|to|into|towards?)\\s+(.+?)\\s*[?？.!。]*$`, 'i');
/** The past participle of each verb EN_DESCRIBED_SUM reads, where it is not the verb as written. */
const EN_SUM_VERB_PARTICIPLE: Record<string, string> = { gave: 'given' };

/** "Phase 1", "Stage 2", "Block 5", "No. 3": a bare number that labels a part of something, which is no figure to compare with. */
function labelsAPart(text: string, quantity: Quantity): boolean {
  return quantity.kind === 'number' && PART_LABEL_BEFORE.test(text.slice(0, quantity.start)) && quantity.raw.trim() === String(quantity.value);
}
const PART_LABEL_BEFORE = /\b(?:phase|stage|tranche|batch|round|wave|part|block|tier|level|pillar|no\.|number|item|step)\s*$/i;

/**
 * 「…為X預留的款項」「…注資嘅金額」「…撥給X的款項」: a sum named by the verb of what was done with it, and to whom (the describing
 * clause in group 1).
 */
const ZH_DESCRIBED_SUM = /^([\u3400-\u9fffA-Za-z0-9()（）\s-]{2,}?(?:預留|预留|撥出|拨出|撥款|拨款|注資|注资|投放|投入|資助|资助|撥|拨)(?:了|咗)?(?:(?:給|给|予|畀|俾)[\u3400-\u9fffA-Za-z0-9+]{2,24}?)?)(?:的|嘅)(?:款項|款项|撥款|拨款|金額|金额|資金|资金|錢|钱)\s*[？?。]*$/;

function comparedWith(relation: Comparison['relation'], text: string): { relation: Comparison['relation']; target?: Quantity; yearRef?: YearRef; other?: string; otherQuestion?: string; source?: SourceRef; sourceFigureAsked?: boolean } | undefined {
  // "More than programme (1)?", 「多過綱領(1)？」: a number that labels a thing names another subject, not a figure.
  const label = /^(?:the\s+)?[\p{L}][\p{L}\s'’-]*?\s*[（(]\s*\d+\s*[)）]|^(?:the\s+)?(?:programme|program|head|item|subhead|綱領|總目|总目|分目)\s*(?:no\.?\s*)?\d+/iu.exec(text.trim());
  if (label) return { relation, other: label[0].trim() };
  // "More than what the 2025-26 Budget earmarked for the park's Phase 1 works?": a sum described by who set it aside and for
  // what, asked as its own question.
  const describedEn = EN_DESCRIBED_SUM.exec(text.trim());
  if (describedEn) {
    const [, giver, verb, purpose] = describedEn;
    const done = EN_SUM_VERB_PARTICIPLE[verb!.toLowerCase()] ?? verb!.toLowerCase();
    const by = sourceIn(giver!) ? `in ${giver}` : `by ${giver}`;
    return { relation, other: `the sum ${done} for ${purpose} ${by}`, otherQuestion: `How much was ${done} for ${purpose} ${by}?` };
  }
  const target = extractQuantities(text).find((quantity) => isFigure(quantity) && !labelsAPart(text, quantity));
  if (target) return { relation, target };
  // 「2025-26年度預算案為第一期基建預留的款項」: a sum described by what was done with it, asked as its own question.
  const described = ZH_DESCRIBED_SUM.exec(text.trim());
  if (described) return { relation, other: described[1]!.replace(/(?:了|咗)$/, ''), otherQuestion: `${described[1]!.replace(/(?:了|咗)$/, '')}${CANTONESE.test(text) ? '咗幾多錢' : '了多少錢'}？` };
  // "More than the fact sheet says?", "gone up in HKSTP's own press release?": the same figure, from another source.
  const source = sourceIn(text);
  if (source && (isOnlySource(text, source) || isOnlySource(withoutDocumentDescription(text, source), source))) return { relation, source, ...(/^\s*(?:in|according to|going by|from the latest|per)\b|^\s*(?:在|喺|於|于)/i.test(text) ? { sourceFigureAsked: true } : {}) };
  const yearRef = yearsIn(text)[0];
  if (yearRef) {
    // "More than what the AI subsidy scheme got the year before?": another subject, in another year.
    const rest = `${text.slice(0, yearRef.start)} ${text.slice(yearRef.end)}`
      .replace(/^\s*(?:what|how much|the amount|the figure)\s+/i, '')
      // "the money set aside for X", "the ceiling under X": X's figure of the kind asked.
      .replace(EN_FIGURE_OF, '')
      // "… in the (2025-26) budget": the year's document, not part of X's name.
      .replace(/\s+(?:in|from|under|according to)\s+the\s+(?:budget|fact ?sheet|slides|press release|estimates)\s*([?？.!]*)\s*$/i, '$1')
      .replace(/\s+(?:got|gets|get|had|has|received|receives|was given|spent|did)\b.*$/i, '')
      .replace(/\s+(?:in|for)\s*$/i, '')
      .replace(/[?？.!！。\s]+$/, '')
      .trim();
    const other = /^(?:the\s+)?(?:[A-Z][\w&'+-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w&'+-]*|of|and|for|the|&|[a-z][\w-]*))*$/.exec(rest)?.[0];
    if (other && other.split(/\s+/).length <= 8) return { relation, other, yearRef };
    // 「2024-25年度推出的新型工業加速計劃」: a scheme, fund or body of that year.
    // (「上年預算案嘅X」: the year's document is where X is, not part of its name.)
    const zhOther = rest.replace(ZH_YEAR_DOCUMENT_BEFORE_THING, '').replace(/(?:的|嘅)?(?:金額|金额|撥款|拨款|錢|钱)$/, '');
    if (/^[\u3400-\u9fffA-Za-z0-9+]{3,}$/.test(zhOther) && ZH_THING.test(zhOther)) return { relation, other: zhOther, yearRef };
    return { relation, yearRef };
  }
  // "More than the Science Park (gets)?", "compared with the Microelectronics Institute?": another subject, named.
  const named = text.trim().replace(EN_FIGURE_OF, '').replace(/\s+(?:gets?|got|has|have|had|does|did|receives?|received|costs?|is|was|are|were)\s*[?？.!]*$/i, '').replace(/[?？.!！。]+$/, '').trim();
  const name = /^(?:the\s+)?(?:[A-Z][\w&'+-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w&'+-]*|of|and|for|the|&|[a-z][\w-]*))*$/.exec(named)?.[0] ?? (/^[\u3400-\u9fff]{2,}$/.test(named) && ZH_THING.test(named) ? named : undefined);
  return name && name.split(/\s+/).length <= 8 ? { relation, other: name } : undefined;
}

/**
 * The other side of a comparison named as a document with words describing it ("the figure in the government's I&T fact
 * sheet", 「政府創科概況講嘅數」): the describing words (who published it, what it is on) dropped, so that the document is all
 * that is named. English: up to three words between "the" and the document's kind; Chinese: the run of characters right
 * before it that opens the other side, with no question word in it.
 */
function withoutDocumentDescription(text: string, source: SourceRef): string {
  const normal = text.normalize('NFKC');
  const english = new RegExp(`\\bthe\\s+(?:(?!(?:than|in|of|from|by|with|for|what|that|this)\\b)[\\w&+'’-]+\\s+){1,${DOCUMENT_DESCRIPTION_WORDS}}(?=${escape(source.written)})`, 'i');
  const chinese = new RegExp(`^\\s*([\\u4e00-\\u9fff]{1,${DOCUMENT_DESCRIPTION_CHARS}})(?=${escape(source.written)})`);
  const described = chinese.exec(normal);
  if (described && !ZH_QUESTION_WORD.test(described[1]!)) return normal.slice(described[0].length);
  // What the document is on, after its title (「《香港概況》創科」, the I&T one), describes it too.
  const after = new RegExp(`(?<=${escape(source.written)}\\s*[》」』]?)\\s*([\\u4e00-\\u9fff]{1,${DOCUMENT_DESCRIPTION_CHARS}})\\s*$`).exec(normal);
  if (after && !ZH_QUESTION_WORD.test(after[1]!)) return normal.slice(0, after.index);
  // What the document is on, after its kind ("the fact sheet on innovation and technology"), describes it too.
  const topic = new RegExp(`(?<=${escape(source.written)})\\s+(?:on|about|covering)\\s+(?:[\\w&+'’-]+\\s*){1,${DOCUMENT_DESCRIPTION_WORDS + 2}}(?=[?？.!]*\\s*$)`, 'i');
  return normal.replace(english, 'the ').replace(topic, '');
}
/** Most words (English) and characters (Chinese) describing a document named as the other side of a comparison. */
const DOCUMENT_DESCRIPTION_WORDS = 3;
const DOCUMENT_DESCRIPTION_CHARS = 6;

/** "Compared with X, …", "against X, …", 「同X比，…」「跟X相比，…」: the other side named before a comma, the question after it. */
const EN_NAMED_FIRST = /^(?:(?:and|so|ok(?:ay)?|then|now|but)\b[,\s]*)*(?:compared (?:with|to)|(?:as )?against|versus|vs\.?|next to|relative to|set against)\s+(.+?)\s*[,;:–—]\s*(.+)$/i;
const ZH_NAMED_FIRST = /^(?:咁|那|那麼|那么|而)?(?:佢|它|其|呢個|呢个|這個|这个)?(?:同|與|与|跟|和)(.+?)(?:比較|比较|相比|比)(?:起來|起来|下)?(?:[，,\s]+|(?=(?:邊|边|哪)一?[個个間间項项筆笔]|(?:佢|它)?(?:多|少|差|相差)(?:咗|了)?(?:幾多|几多|多少)))(.+)$/;
/** 「X的增撥」「X嘅撥款」: the kind of sum after the other side's name. */
const ZH_SUM_AFTER_NAME = /(?:的|嘅)(?:增撥|增拨|撥款|拨款|金額|金额|預算|预算|資助|资助|錢|钱|投資|投资)$/;
/** 「X嗰筆」「X那個」: "X's one", X itself, when the other side is named with a demonstrative after it. */
const ZH_THAT_ONE_AFTER = /(?:嗰|那|這|这|呢)(?:筆|笔|個|个|項|项|份)$/;

/**
 * The other side named first and the question after it: which is more (`neutral`, the answer says which), or by how much
 * (`difference`). Undefined when the rest asks neither, or the other side is not a subject, source or year.
 */
function besideNamedFirst(question: string): ReturnType<typeof comparisonAsked> {
  const text = question.normalize('NFKC').trim();
  const english = EN_NAMED_FIRST.exec(text);
  const chinese = english ? undefined : ZH_NAMED_FIRST.exec(text);
  const match = english ?? chinese;
  if (!match) return undefined;
  // (「「X」的增撥」: X, quoted, with the kind of sum after it.)
  const other = match[1]!.replace(ZH_THAT_ONE_AFTER, '').replace(ZH_SUM_AFTER_NAME, '').replace(/^[「『《“"](.+)[」』》”"]$/, '$1').trim();
  const rest = match[2]!.trim();
  const which = whichIn(rest.replace(/^(?:佢|它|其)/, ''));
  const difference = english ? EN_DIFFERENCE.test(rest) && !/\bthan\b/i.test(rest) : /^(?:佢|它|其)?(?:係|是)?(?:多|少|大|細|小|高|低)(?:咗|了|出)?(?:幾多|几多|多少)|^(?:佢|它|其)?(?:差|相差|差距|差別|差别)(?:咗|了|係|系|是|有)?(?:幾多|几多|多少)/.test(rest);
  // 「規模一樣嗎？」, "is it the same?": whether the two are equal, which the answer says (or which is more).
  const same = SAME_ASKED.test(rest);
  if (!which && !difference && !same) return undefined;
  const word = difference ? (english ? /\b(more|less|fewer|bigger|larger|higher|greater|lower|smaller)\b/i.exec(rest)?.[1] : /(多|少|大|細|小|高|低)/.exec(rest)?.[1]) : undefined;
  const relation: Comparison['relation'] = which ?? (word && /少|細|小|低|less|fewer|smaller|lower/i.test(word) ? 'less' : 'more');
  // A Chinese side named first needs no kind word (「同InnoHK進駐河套嗰筆比」): the comma marks where it ends.
  const found = comparedWith(relation, other) ?? (chinese && /^[\u3400-\u9fffA-Za-z0-9+@&]{2,20}$/.test(other) && !ZH_QUESTION_WORD.test(other) && !ZH_PRONOUN.test(other) ? { relation, other } : undefined);
  if (!found || !(found.other || found.source || found.yearRef)) return undefined;
  return difference ? { ...found, difference: true } : { ...found, neutral: true, ...(same && !which ? { same } : {}), ...(found.other && chinese ? { asksOtherPlainly: true } : {}) };
}

/** Whether two are the same asked after what is compared (「規模一樣嗎？」「金額相同嗎？」, "is it the same?", "the same size?"). */
const SAME_ASKED = /^(?:佢|它|其)?(?:的|嘅)?[\u4e00-\u9fff]{0,4}?(?:係咪|是否|是不是)?(?:一樣|一样|相同|相等|同一個數|同一个数)(?:嗎|吗|呀|㗎|咩|呢)?\s*[？?]?$|^(?:is|are|was|were)\s+(?:it|that|this|they|the\s+\w+)\s+(?:the\s+same|equal)\b.*$|^(?:the\s+)?same\s+(?:size|amount|scale|sum)\s*[?.!]*$/i;

/** "Which is bigger, that or X?", "which one is more: X or that?" (the relation in group 1, X in group 2 or 3). */
const EN_WHICH_OR = /^(?:(?:and|so|ok(?:ay)?|then|now|but)\b[,\s]*)*(?:which|what)(?:\s+one)?\s+(?:is|was|are|were|gets|got|costs?)\s+(?:the\s+)?(bigger|larger|higher|greater|more|most|biggest|largest|highest|greatest|smaller|lower|less|fewer|least|smallest|lowest)\s*[,:;–—-]?\s*(?:(?:that|it|this)(?:\s+(?:one|figure|amount|sum))?\s*,?\s+or\s+(.+?)|(.+?)\s*,?\s+or\s+(?:that|it|this)(?:\s+(?:one|figure|amount|sum))?)\s*[?.!]*$/i;

/**
 * "Higher or lower than 2024-25?", 「比上年多咗定少咗？」「係增加定減少？」: both directions asked, so
 * no yes or no: the answer says which way it goes.
 */
const BOTH_WAYS = /\b(?:more|higher|bigger|greater|larger|up|increased?|risen|rise)\s+or\s+(?:less|lower|smaller|fewer|down|decreased?|fallen|fall|dropped)\b|\b(?:less|lower|smaller|fewer|down|decreased?|fallen|fall)\s+or\s+(?:more|higher|bigger|greater|larger|up|increased?|risen|rise)\b|(?:多|高|大|增加|增|加|上升|升)(?:咗|了|過|过)?(?:啲|些|一些)?(?:定|還是|还是|抑或|或者|或)(?:係|系|是)?(?:少|低|細|小|減少|减少|減|减|下跌|跌)(?:咗|了|過|过)?(?:啲|些|一些)?|(?:少|低|細|小|減少|减少|減|减|下跌|跌)(?:咗|了|過|过)?(?:啲|些|一些)?(?:定|還是|还是|抑或|或者|或)(?:係|系|是)?(?:多|高|大|增加|增|加|上升|升)(?:咗|了|過|过)?(?:啲|些|一些)?/i;

function comparisonIn(question: string): ReturnType<typeof comparisonAsked> {
  // 「但同2024-25原來預算比呢？升定跌，幾多%？」: a comparison set up in a first sentence, its direction or size asked after it.
  const found = comparisonAsked(question) ?? comparisonInFirstSentence(question);
  // "Is that up on 2023? By what %?", 「多過上年？多幾多？」: a second sentence asking by how much asks the size of the change;
  // so does "by what percentage" or "by how much" in front of the comparison ("by what percentage is that up on X?").
  const sized = found && !found.difference && (SIZE_ASKED_AFTER.test(question) || SIZE_ASKED_BEFORE.test(question)) ? { ...found, difference: true } : found;
  return sized && BOTH_WAYS.test(question) ? { ...sized, neutral: true } : sized;
}

/** "what each university gets under", "how much a firm receives from": the sum of a scheme asked by who gets it, before the scheme's name. */
const EN_WHAT_ONE_GETS_UNDER = /^(?:what|how much)\s+(?:each|every|a|an|the|one)?\s*(?:[\w-]+\s+){0,2}?(?:gets?|got|receives?|received|is given|are given)\s+(?:under|from|in|through|by)\s+/i;
/** "how much did that go up", "by how much has it fallen", "how many more": a direction asked with its size. */
const EN_SIZE_OF_MOVE = /\b(?:how (?:much|many)|by how much|by what (?:percentage|percent|per cent|%))\b[^?]*?\b(go(?:ne)? up|went up|go(?:ne)? down|went down|increased?|rise|rose|risen|grow|grew|grown|fall|fell|fallen|drop(?:ped)?|decreased?|decline[d]?|shrink|shrank|shrunk|more|less|fewer|higher|lower)\b/i;
/** "is the 2025-26 figure higher", "was the 2023-24 one bigger" (nothing said after "than"): another year's figure set against the earlier one. */
const EN_YEAR_FIGURE_COMPARED = /^((?:(?:and|so|but|ok(?:ay)?)\b[,\s]*)*)(?:is|was|are|were)\s+(?:the\s+)?((?:19|20)\d{2}-\d{2}|(?:19|20)\d{2})\s+(?:figure|one|estimate|number|amount|budget|provision|allocation)\s+(higher|lower|bigger|smaller|larger|more|less|greater)\b(?!\s+or\b)(?![^?]*\bthan\b)/i;
const OPPOSITE_COMPARATIVE: Record<string, string> = { higher: 'lower', lower: 'higher', bigger: 'smaller', smaller: 'bigger', larger: 'smaller', more: 'less', less: 'more', greater: 'less' };

/** "By what percentage …", "by how much …" opening a comparison: its size asked, not a yes or no. */
const SIZE_ASKED_BEFORE = /^(?:(?:and|so|ok(?:ay)?|then)\b[,\s]*)*by\s+(?:what\s+(?:percentage|percent|per cent|share|%)|how\s+much|how\s+many)\b/i;

/** A sentence after a first one asking by how much ("…? by how much?", "…? by what %", 「…？多幾多？」「…？升定跌，幾多%？」). */
const SIZE_ASKED_AFTER = /[?？]\s*(?:(?:and|so)\s+)?(?:by\s+)?(?:how\s+much|what\s*(?:%|percent|per cent|percentage)|how\s+many)\b|[?？]\s*(?:咁|那)?(?:[\u4e00-\u9fff]{1,4}(?:定|還是|还是|抑或)[\u4e00-\u9fff]{1,4}[，,、\s]*)?(?:多|少|升|跌|加|減|减|增加|減少|减少)?(?:咗|了)?(?:幾多|几多|多少|百分之(?:幾|几|多少))/i;

/** A sentence asking only which way and by how much (「升定跌，幾多%？」「多幾多？」 "up or down? by how much?"), nothing else (not 「有咩原因？」). */
const DIRECTION_OR_SIZE_ONLY = /^\s*(?:(?:升|跌|多|少|增加|減少|减少|上升|下跌|高|低)(?:咗|了)?(?:定|還是|还是|抑或)(?:係)?(?:升|跌|多|少|增加|減少|减少|上升|下跌|高|低)(?:咗|了)?\s*[？?，,]?\s*)?(?:(?:升|跌|多|少|高|低)?(?:咗|了)?(?:大約|大约)?(?:幾多|几多|多少)\s*(?:%|％|percent|百分比|巴仙|錢|钱)?|百分之(?:幾|几|多少))?\s*[？?]?\s*$|^\s*(?:(?:up|down|higher|lower|more|less)\s+or\s+(?:up|down|higher|lower|more|less)\s*[?,]?\s*)?(?:(?:and\s+)?(?:by\s+)?(?:how\s+much|what\s*(?:%|percent|per cent|percentage)))?\s*[?.!]*$/i;

/** A first sentence (up to its question mark) that sets up a comparison, when more is asked after it (see comparisonIn). */
function comparisonInFirstSentence(question: string): ReturnType<typeof comparisonAsked> {
  const end = /[?？]/.exec(question);
  if (!end || !DIRECTION_OR_SIZE_ONLY.test(question.slice(end.index + 1))) return undefined;
  // (A conjunction opening the turn, 「但」「不過」 "but", joins it to the conversation; it names nothing.)
  return comparisonAsked(question.slice(0, end.index + 1).replace(/^(?:但係|但是|但|不過|不过|可是)[，,\s]*/, ''));
}

/** 「同X比多咗幾多？」「佢比X少咗幾多？」: the other side (group 1 or 2), then which way (group 3) and how much, of the earlier figure. */
const ZH_AGAINST_BY_HOW_MUCH = /^(?:咁|那|那麼|那么|而)?(?:佢|它|其|呢個|呢个|這個|这个|嗰個|嗰个)?(?:(?:同|與|与|跟|和)(.+?)(?:比較|比较|相比|比)(?:起來|起来|下)?|比(.+?))[，,]?\s*(?:係|是)?(多|少|高|低|大|細|细|小)(?:咗|了|出)?(?:大約|大约|大概)?(?:幾多|几多|多少)[\u4e00-\u9fff]{0,3}?(?:呀|啊|呢|㗎)?[？?。]?$/;

function comparisonAsked(question: string): { relation: Comparison['relation']; neutral?: boolean; same?: boolean; target?: Quantity; yearRef?: YearRef; other?: string; otherQuestion?: string; source?: SourceRef; sourceFigureAsked?: boolean; asksOtherPlainly?: boolean; difference?: boolean } | undefined {
  // "Compared with X, which is more?", "against X, how much bigger is it?", 「同X嗰筆比，多幾多？」: X named first, then which is
  // larger or by how much; X set beside the earlier figure.
  const namedFirst = besideNamedFirst(question);
  if (namedFirst) return namedFirst;
  // "How does that compare with 2024-25?", 「同上年比較呢？」: no direction asked.
  const neutral = /\bhow (?:does|did|do|will) (?:that|it|this|they) compare (?:with|to|against)\s+(.+)$/i.exec(question) ?? /\b(?:compared?|comparison) (?:with|to) (?:that of |the figure (?:for|of|in) )?(.+?)\??$/i.exec(question.replace(/^(?:and|so|ok(?:ay)?)\b[,\s]*/i, '').replace(/^(?:how about|what about)\s+(?:if\s+)?/i, '')) ?? /^(?:咁|那|那麼|那么)?(?:佢|它|其|呢個|呢个|這個|这个|嗰個|嗰个)?(?:同|與|与|跟|和)(.+?)(?:比較|比较|相比|比(?:起來|起来|下|一比)?)(?:呢|又如何|如何|又點|又点|點|点|又點樣|又点样|點樣|点样|係點|系点|怎樣|怎样|怎麼樣|怎么样)?[？?。！!\s]*$/.exec(question);
  if (neutral && (ZH_PRONOUN.test(question) || /^(?:咁|那|那麼|那么)?(?:同|與|与|跟|和)/.test(question) || /\b(?:that|it|this|they)\b/i.test(question) || /^(?:and\b|so\b)?[,\s]*compared?\b/i.test(question))) {
    const found = comparedWith('more', neutral[1]!);
    // "How much did that go up compared with 2023?": a direction and its size asked, not only how the two compare.
    const sized = EN_SIZE_OF_MOVE.exec(question);
    if (found && sized) return { ...found, relation: /down|fall|fell|fallen|drop|decrease|decline|shrink|shrank|shrunk|less|fewer|lower/i.test(sized[1]!) ? 'less' : 'more', difference: true };
    if (found) return { ...found, neutral: true };
  }
  // "Is that the same as what each university gets under X?", "is it the same as X's?": whether the earlier figure equals X's.
  const sameAs = /^(?:(?:and|so|ok(?:ay)?|but)\b[,\s]*)*(?:is|was|are|were)\s+(?:that|it|this)(?:\s+(?:figure|amount|sum|number|cap))?\s+(?:the\s+same\s+as|equal\s+to|as\s+much\s+as)\s+(.+)$/i.exec(question.trim());
  if (sameAs) {
    const other = sameAs[1]!.replace(EN_WHAT_ONE_GETS_UNDER, '').replace(/['’]s(?=\s*[?.!]*$)/, '');
    const found = comparedWith('more', other);
    if (found && (found.other || found.source || found.yearRef)) return { ...found, neutral: true, same: true };
  }
  // "Which is bigger, that or the money for X?", "which is more: X or that?": the earlier figure set beside X's, which is larger asked.
  const whichOr = EN_WHICH_OR.exec(question.trim());
  const whichOther = whichOr ? (whichOr[2] ?? whichOr[3])! : undefined;
  if (whichOr && whichOther) {
    const found = comparedWith(/small|low|less|few|least/i.test(whichOr[1]!) ? 'less' : 'more', whichOther);
    if (found && (found.other || found.source || found.yearRef)) return { ...found, neutral: true };
  }
  // "Did it go up compared with the year before?", "has it fallen since 2023-24?"
  const moved = /\b(?:did|has|have|does|do|will|was|is)\s+(?:that|it|this|they)(?:\s+(?:number|figure|amount|sum|total|count))?\s+(go(?:ne)? up|go(?:ne)? down|increased?|rise|risen|grow|grown|fall|fallen|drop(?:ped)?|decreased?|decline[d]?|shrink|shrunk)\b(?:\s+(?:compared (?:with|to)|from|on|over|since|than|against))?\s+(.+)$/i.exec(question);
  if (moved && sourceIn(moved[2]!)) {
    // "Has that number gone up in the press release?": the press release's figure is the later one.
    const found = comparedWith(/down|fall|fallen|drop|decrease|decline|shrink|shrunk/i.test(moved[1]!) ? 'less' : 'more', moved[2]!);
    if (found?.source) return { ...found, sourceFigureAsked: !/^\s*(?:than|from|since|compared)/i.test(moved[2]!) };
  }
  if (moved) {
    // "By how much did that grow from 2023?", "by what percentage does it fall below X?": the size of the change is asked, not a yes or no.
    const found = comparedWith(/down|fall|fallen|drop|decrease|decline|shrink|shrunk/i.test(moved[1]!) ? 'less' : 'more', moved[2]!);
    return found && /\bby how much\b|\bhow (?:much|many)\b|\bby what (?:percentage|percent|per cent|share)\b/i.test(question) ? { ...found, difference: true } : found;
  }
  // "How many more is that than the number in the fact sheet?", "how much higher than 2024-25?": which way, and by how much.
  // "Up how much vs 2023?": the direction first, then how much.
  const by = /\bhow (?:many|much) (more|less|fewer|higher|lower|bigger|smaller|larger|greater)\b(?:\s+(?:is|are|was|were|does|did)\s+(?:that|it|this|they))?(?:\s+(?:is|are|was|were))?\s+(?:than|compared (?:with|to)|from|vs\.?|versus)\s+(.+)$/i.exec(question)
    ?? /^(?:(?:and|so|ok(?:ay)?)\b[,\s]*)?(up|down|increased|decreased|grown|risen|fallen)\s+(?:by\s+)?how (?:much|many)\s+(?:vs\.?|versus|compared (?:with|to)|from|on|since|over|than)\s+(.+)$/i.exec(question.trim())
    // "By what percentage is that higher than X?": the size of the difference, asked as a share.
    ?? /\bby what (?:percentage|percent|per cent|share)\s+(?:is|was|are|were)\s+(?:that|it|this|they)\s+(more|less|higher|lower|bigger|smaller|larger|greater)\s+(?:than|compared (?:with|to))\s+(.+)$/i.exec(question);
  if (by) {
    const found = comparedWith(/less|fewer|lower|smaller|down|decreased|fallen/i.test(by[1]!) ? 'less' : 'more', by[2]!.replace(/^(?:the (?:number|figure|amount|count|total)\s+(?:in|from|given in|of)\s+)/i, ''));
    if (found) return { ...found, difference: true };
  }
  const english = /\b(?:is|was|are|were|does|did)\s+(?:that|it|this|the (?:figure|amount|number|sum|total)|that (?:figure|amount|number|sum|total)|this (?:figure|amount|number|sum|total))\s+(?:(?:a lot |much |far |any )?(more|less|higher|lower|greater|bigger|larger|smaller|fewer|over|under|above|below|exceed|exceeding|up|down))\b(?:\s+or\s+(?:more|less|higher|lower|greater|bigger|larger|smaller|fewer))?(?:\s+(?:than|from|on|compared (?:with|to)))?\s+(.+)$/i.exec(question)
    ?? /\b(?:does|did) (?:that|it|this) (exceed|top|surpass|beat)\s+(.+)$/i.exec(question)
    ?? /\b(?:is|was) (?:that|it|this) (an? (?:increase|rise|decrease|drop|fall|cut))\s+(?:on|from|over|compared (?:with|to))\s+(.+)$/i.exec(question);
  if (english) return comparedWith(/less|lower|smaller|fewer|under|below|down|decrease|drop|fall|cut/i.test(english[1]!) ? 'less' : 'more', english[2]!);
  // 「係多過定少過X？」「大過定細過X」: either way asked, which of the two is more.
  const eitherWay = /(?:多過|多过|大過|大过|高過|高过|多於|多于|大於|大于|高於|高于)(?:定|還是|还是|或)(?:係|是)?(?:少過|少过|細過|细过|低過|低过|少於|少于|小於|小于)(.+)$/.exec(question);
  // (Of the earlier figure: by a pronoun, or with nothing before the comparison but a marker.)
  if (eitherWay && (ZH_PRONOUN.test(question) || /^(?:咁|那|而|又)?\s*(?:係咪|系咪|是否|係|是)?\s*$/.test(question.slice(0, eitherWay.index)))) {
    const found = comparedWith('more', eitherWay[1]!);
    if (found) return { ...found, neutral: true };
  }
  const chinese = /(多過|多于|多於|高過|高于|高於|大過|大于|大於|超過|超过|少過|少于|少於|低過|低于|低於|細過|小於|小于|不足|唔夠|不到|未到)(.+)$/.exec(question);
  if (chinese && (ZH_PRONOUN.test(question) || /^(?:咁|那|而|又)?(?:係咪|系咪|是否|有冇|有沒有|有没有)?(?:多過|多于|多於|高過|高于|高於|大過|大于|大於|超過|超过|少過|少于|少於|低過|低于|低於|細過|小於|小于|不足|唔夠|不到|未到)/.test(question))) {
    return comparedWith(/少|低|細|小|不足|唔夠|不到|未到/.test(chinese[1]!) ? 'less' : 'more', chinese[2]!);
  }
  // 「那跟X比，哪個金額較大？」: the earlier figure set beside X's, which is larger asked.
  const beside = /^(?:咁|那|那麼|那么|而)?(?:佢|它|其|呢個|這個|这个)?(?:同|與|与|跟|和)(.+?)(?:(?:比較|比较|相比|比)(?:起來|起来|下)?)?[，,\s]*(?:邊個|边个|哪個|哪个|哪一個|哪一个|邊一個|边一个|邊樣|边样|哪項|哪项)(?:的|嘅)?(?:金額|金额|數目|数目|撥款|拨款|數字|数字|錢|钱)?(?:[\u4e00-\u9fff]{1,2}得)?(?:比較|比较|較|较|更)?(多|大|高|少|細|小|低)/.exec(question.trim());
  if (beside) {
    const relation = /少|細|小|低/.test(beside[2]!) ? 'less' : 'more';
    const found = comparedWith(relation, beside[1]!);
    if (found) return { ...found, neutral: true, ...(found.other ? { asksOtherPlainly: true } : {}) };
  }
  // 「佢定新型工業加速計劃多錢啲？」「呢個同X邊個多？」: it or X, which is more.
  const either = /^(?:咁|那|那麼|那么)?(?:佢|它|其|呢個|呢个|這個|这个|嗰個|嗰个)(?:定係|定系|定|還是|还是|抑或|或者)(.+?)(?:邊個|边个|哪個|哪个)?(?:比較|比较|較|较|更)?(多|大|高|少|細|小|低)(?:錢|钱)?(?:啲|些|一些|一點|一点)?(?:呀|啊|呢|㗎)?[？?。！!\s]*$/.exec(question.trim());
  if (either) {
    const found = comparedWith(/少|細|小|低/.test(either[2]!) ? 'less' : 'more', either[1]!);
    if (found?.other) return { ...found, neutral: true };
  }
  // 「比上年多嗎？」「比2024-25年度高？」
  const than = /比(.+?)(多|少|高|低|大|細|小|增加|減少|减少)((?:了|咗|出)?(?:(?:多少|幾多|几多)|(?:差不多|大約|大约|約|约|近|接近|超過|超过|逾)?\s*[\d一二兩两三四五六七八九十][\d,.]*\s*[萬万億亿]))?/.exec(question);
  if (than) {
    const found = comparedWith(/少|低|細|小|減|减/.test(than[2]!) ? 'less' : 'more', than[1]!);
    // 「比X少多少項？」, 「比X少了差不多3億元嗎？」: by how much (the size said answers a size guessed), not a yes or no.
    return found && than[3] ? { ...found, difference: true } : found;
  }
  return undefined;
}

/** A document named by its kind, in English: "the fact sheet", "HKSTP's own press release", "the 2024-25 budget", "the estimates". */
const EN_SOURCE = /\b(?:the\s+)?(?:(?:government(?:['’]s)?|govt|official|latest|(?:[a-z][\w&+-]*\s+){0,3}[a-z][\w&+-]*['’]s|its|their|own)\s+){0,3}(?:(\d{4}\s*[-/–]\s*\d{2,4})\s+|(\d{4})\s+)?(facts? ?sheets?|facts|press releases?|news releases?|(?:budget\s+)?slides|estimates|controlling officer['’]?s report|budget)\b/i;
/**
 * A document named by its kind, in Chinese: 「概況」「新聞稿」「2025-26預算案」「總目」, also in title marks
 * (「《概況》」) and with the rest of its title there (「《創新及科技概況》」), with its publisher or a demonstrative and the classifier of documents before or after it
 * (「科技園嗰份新聞稿」「嗰份科技園新聞稿」「《概況》那份」), and with the calendar year it came out (「2026年…新聞稿」).
 */
const ZH_SOURCE = /(?:(\d{4}\s*[-/–]\s*\d{2,4}\s*(?:年度|年)?)|(\d{4})\s*年(?!度))?\s*(?:的|嘅)?(?:[\u4e00-\u9fff]{2,8}?(?:的|嘅)|[\u4e00-\u9fff]{0,8}?(?:嗰|那|這|这|呢|該|该)份[\u4e00-\u9fff]{0,6}?)?(?:《[^《》]{0,20}?)?(概況|概况|新聞稿|新闻稿|預算案簡報|预算案简报|簡報|简报|投影片|幻燈片|幻灯片|財政預算案|财政预算案|預算案|预算案|管制人員報告|管制人员报告|總目|总目)(?:[^《》\s，,。？?]{0,12}》)?(?:(?:嗰|那|這|这|呢|該|该)份)?/;
/** "its press release", "their own fact sheet": a possessive before a document's kind. */
const POSSESSIVE_SOURCE = /\b(?:its|their)\s+(?:own\s+)?(?=(?:latest\s+|official\s+|budget\s+|\d{4}\s+)?(?:fact ?sheets?|press releases?|news releases?|slides|estimates|reports?|statements?)\b)/gi;
/**
 * 「科技園新聞稿講嘅INNOPOLE…」「概況話…」「根據2025-26預算案，…」「2024-25預算案裏，…」: the source a question opens with, and its
 * verb of saying (or where in it, with a comma), stand before what the question is about.
 */
/** Kinds of document a Chinese question may say a body published (新聞稿, 概況, 簡報; slides are also 投影片). */
const ZH_DOCUMENT_KINDS = '新聞稿|新闻稿|概況|概况|簡報|简报|投影片|幻燈片|幻灯片';
/** The Budget as a document: 預算案, 財政預算案. */
const ZH_BUDGET_DOCUMENT = '(?:財政|财政)?(?:預算案|预算案)';
/** 「預算案」「2025-26年度預算案」「新聞稿」: a document named by its kind (and year), nothing else. */
const ZH_DOCUMENT_ALONE = new RegExp(`^(?:\\d{4}\\s*(?:[-/–]\\s*\\d{2,4})?\\s*(?:年度|年)?)?(?:${ZH_BUDGET_DOCUMENT}|${ZH_DOCUMENT_KINDS})$`);

// (Chinese mixed with English words names the document in English, 「2024-25 slides 話…」「fact sheet 講…」.)
const ZH_SOURCE_SAYS = new RegExp(`^(?:(?:根據|根据|據|据|按|喺|在)\\s*)?(?:\\d{4}\\s*[-/–]\\s*\\d{2,4}\\s*(?:年度|年)?)?\\s*[\\u4e00-\\u9fffA-Za-z]{0,8}?(?:的|嘅)?《?(?:${ZH_DOCUMENT_KINDS}|財政預算案|财政预算案|預算案|预算案|(?:budget\\s+)?slides|fact ?sheet|press release|estimates|budget)》?\\s*(?:(?:嗰|那|這|这|呢|該|该)份)?(?:入面|裏面|里面|裏|里|中|內|内)?(?:(?:所)?(?:講|讲|話|话|說|说|提到|寫|写|指)(?:嘅|的)?|[，,])`);
/** What stands between a year and a thing of that year (「年度」「預算案嘅」「推出的」): 「2024-25年度推出的X」「上年預算案嘅X」. */
const ZH_YEAR_DOCUMENT_BEFORE_THING = new RegExp(`^(?:年度|年)?\\s*(?:${ZH_BUDGET_DOCUMENT}|${ZH_DOCUMENT_KINDS})?\\s*(?:(?:推出|推行|設立|设立|成立|公布|宣布|宣佈|預留|预留|撥出|拨出)(?:了|咗)?)?(?:的|嘅)?`);
/** 「2024-25年度預算案中」「2024-25预算案里」「2025-26預算案」「2024-25」 opening a question, before what it is about. */
// (Or the budget named in English in Chinese mixed with English words, 「2024-25 budget 有冇…」.)
const ZH_LEADING_YEAR_DOCUMENT = new RegExp(`^\\d{4}\\s*[-/–]\\s*\\d{2,4}\\s*(?:年度|年)?\\s*(?:(?:${ZH_BUDGET_DOCUMENT}|budget)\\s*(?:入面|裏面|里面|裏|里|中|內|内)?)?\\s*(?=[\\u4e00-\\u9fffA-Za-z])`, 'i');
/** "According to the slides, …", 「根據新聞稿，…」「同一份概況入面，…」: a source named before the question, with a comma. */
const LEADING_SOURCE = /^(?:(?:and|so|ok(?:ay)?)\s*,?\s*)?(?:according to|going by|per|in|by(?=\s+the\s+(?:(?:19|20)\d{2}(?:-\d{2})?\s+)?(?:budget|estimates|slides|fact sheet|press release)\b))\s+([^,?]{3,60}?)\s*,\s*|^(?:咁|那|那麼|那么)?(?:根據|根据|據|据|按照|按|(?:喺|在)?同一份|喺|在)\s*([^，,？?]{2,20}?)(?:入面|裏面|里面|之中|中|內|内)?[，,]\s*/i;
/** A demonstrative with the classifier of documents (「嗰份」「那份」): points at the document, names nothing. */
const ZH_DOCUMENT_DEMONSTRATIVE = /(?:嗰|那|這|这|呢|該|该)份/g;

/** The source a text names, if any. "The budget" alone names none (every budget-year document is part of one). */
export function sourceIn(text: string): SourceRef | undefined {
  const normal = text.normalize('NFKC');
  const english = EN_SOURCE.exec(normal);
  if (english) {
    const word = english[3]!.toLowerCase();
    const year = english[1] ? extractQuantities(english[1]).find((q) => q.kind === 'fiscal-year') : undefined;
    const kind: SourceKind | undefined = /fact|facts/.test(word) ? 'fact-sheet' : /release/.test(word) ? 'press-release' : /slides/.test(word) ? 'slides' : /estimates|controlling/.test(word) ? 'estimates' : year ? 'budget' : undefined;
    // Words before a possessive name are not the source's ("gone up in HKSTP's own press release" → "HKSTP's own press release").
    // (The kind's own words are kept: "press release" is not "release".)
    const kindAt = english[0].length - english[3]!.length;
    const written = `${english[0].slice(0, kindAt).replace(/^\s*(?:(?!(?:the|government|govt|official|latest|its|their|own)\b)[a-z][\w&+-]*\s+)+/, '')}${english[3]!}`.trim();
    // "The 2026 press release": a calendar year names when a document came out (a budget is named by its budget year).
    const published = english[2] && kind !== 'budget' ? { published: english[2] } : {};
    // "What's its 2025-26 budget?": a budget owned by what a pronoun stands for is its money, not a budget document.
    if (kind === 'budget' && /^(?:its|their)\b/i.test(written)) return undefined;
    if (kind) return { kind, ...(year ? { year: fiscalYearLabel(year.value) } : {}), ...published, written };
  }
  const chinese = ZH_SOURCE.exec(normal);
  if (chinese) {
    const word = chinese[3]!;
    // A budget year inside a title (「《2025-26年度財政預算案》」) names the year as one before it does.
    const year = extractQuantities(chinese[1] ?? chinese[0]).find((q) => q.kind === 'fiscal-year');
    const kind: SourceKind | undefined = /概/.test(word) ? 'fact-sheet' : /新聞|新闻/.test(word) ? 'press-release' : /簡報|简报|投影片|幻燈片|幻灯片/.test(word) ? 'slides' : /管制|總目|总目/.test(word) ? 'estimates' : year ? 'budget' : undefined;
    // A calendar year names when a document came out; a budget is named by its budget year.
    const published = chinese[2] && kind !== 'budget' ? { published: chinese[2] } : {};
    // (An opener before the words describing it, 「咁科技園嘅新聞稿」, is no part of its name.)
    if (kind) return { kind, ...(year ? { year: fiscalYearLabel(year.value) } : {}), ...published, written: chinese[0].trim().replace(/^(?:咁|而|又)(?=[\u4e00-\u9fff]{2})/, '') };
  }
  return undefined;
}

/** Words around a named source that ask nothing else: "what does … say", "according to …", 「…點講」「根據…」. */
const EN_SOURCE_FILLER = new Set('and also so then ok okay what whats how about does did do is was were say says said state states stated according to in on the from by for of going per check it that this same figure number version there then please own its their latest a an any words too either well as mention mentions mentioned mentioning'.split(' '));
const ZH_SOURCE_FILLER = /(?:到|至)(?=\s*\d{4}\s*年|\s)|說法|说法|講法|讲法|寫法|写法|描述|所講|所讲|所說|所说|所寫|所写|有冇|有沒有|有没有|冇|係咪|系咪|是不是|是否|自己|本身|自家|佢哋|佢|它們|它们|它|其|喺|在|於|于|關於|关于|有關|有关|份|篇|有|係|系|是|咁|那麼|那么|那|而|又|另外|根據|根据|按照|按|據|据|照|入面|裏面|里面|之中|中|點講|点讲|點寫|点写|怎麼說|怎么说|怎樣說|怎样说|怎麼講|怎么讲|講咗|讲咗|講|讲|說|说|話|话|寫|写|提到|提及|提過|提过|提|又點|又点|又如何|如何|嗰陣|嗰時|嗰时|當時|当时|那時|那时|呢|嗎|吗|呀|啊|㗎|嘅|的|數字|数字|數目|数目|數|数|係點|系点|是什麼|是什么|有冇|有沒有|有没有|版本|方面|內容|内容|裡|裏|里|[？?，,。！!\s]/g;
/** 「講嘅數係咪一樣？」, "is it the same there?": whether the source's figure is the earlier answer's. */
const ASKS_SAME = /(?:係咪|系咪|是否|是不是|有冇|有沒有|有没有)?(?:一樣|一样|相同|同一個|同一个|唔同|不同|唔一樣|不一样)(?:嘅|的)?(?:數字|数字|數目|数目|數|数)?(?:嗎|吗|呀|㗎|呢)?|\b(?:the same|same (?:figure|number|amount)|(?:an?\s+)?(?:different|another|other) (?:figure|number|amount|count|total))\b/i;
/** A comparative with nothing after it ("bigger", 「多啲」「係咪高啲」): more or less than the figure already given. */
const ONE_WAY = /\b(?:higher|bigger|larger|greater|more|lower|smaller|less|fewer)\b(?!\s+than\b)|(?:係咪|系咪|是否|是不是)?(?:(?:更|較|较)(?:多|大|高|少|細|小|低)|(?:多|大|高|少|細|小|低)(?:啲|些|一些|一點|一点))/i;
/** "Does it give a different number?", 「係咪唔同？」: the same question the other way round. */
const ASKS_DIFFERENT = /唔同|不同|唔一樣|不一样|\b(?:different|another|other) (?:figure|number|amount|count|total)\b/i;

/** An English question word and the Chinese ones that ask the same (with what a count counts by, or a sum's 錢). */
const SAME_QUESTION_WORDS: Array<[RegExp, RegExp]> = [
  [/\bhow many\b/i, /(?:多少|幾多|几多)[個个間间家項项所名宗座條条枚支隊队人筆笔款位]?/g],
  [/\bhow much\b/i, /(?:多少|幾多|几多)(?:錢|钱)?/g],
  [/\bwhen\b/i, /幾時|几时|何時|何时|什麼時候|什么时候|甚麼時候|甚么时候/g],
  [/\bwhere\b/i, /邊度|边度|喺邊|喺边|哪裏|哪里|哪兒|哪儿|在哪/g],
  [/\bwho\b/i, /邊個|边个|誰|谁/g],
];

/** Whether a text is only a named source with words that ask nothing else ("what does the fact sheet say?"). */
function isOnlySource(text: string, source: SourceRef, earlier = '', findNames: NameFinder = () => []): boolean {
  // A known name the earlier question named in the other language («HKSTP» then 「科技園」) is no new subject either.
  const earlierText = earlier.normalize('NFKC').toLowerCase();
  const rest = findNames(text.normalize('NFKC'))
    .filter((hit) => [...hit.zh, ...hit.en].some((form) => earlierText.includes(form.toLowerCase())))
    .reduce((left, hit) => left.replace(hit.written, ' '), text.normalize('NFKC').replace(source.written, ' '));
  if (CJK.test(rest.replace(/[A-Za-z]+/g, '')) || CJK.test(source.written)) {
    // The earlier question's own question words said again (「幾時落成？」 → 「…又話幾時？」) ask nothing new either.
    const asked = earlier.normalize('NFKC').match(new RegExp(ZH_QUESTION_WORD.source, 'g')) ?? [];
    // An earlier question in English asks the same in its own words: "how many …" restated as 「有多少家」.
    const restated = SAME_QUESTION_WORDS.filter(([english]) => english.test(earlier)).map(([, chinese]) => chinese);
    // (With the classifier after them: 「又講幾多間？」 after 「…幾多間科技公司？」.)
    const bare = asked.reduce((text, word) => text.replace(new RegExp(`${escape(word)}[個个間间家項项所名位條条座支隊队宗]?`, 'g'), ' '), restated.reduce((text, chinese) => text.replace(chinese, ' '), rest.replace(ZH_SOURCE_FILLER, '')));
    // Words of the earlier question said again (「新田科技城…畀科技園？」 → 「咁科技園新聞稿又點講？」) ask nothing new either.
    return withoutWordsOf(bare, earlier.normalize('NFKC')).replace(/[\p{P}\s]/gu, '') === '';
  }
  // Words of the earlier question said again ("what number does HKSTP give in its press release?") ask nothing new either.
  const before = new Set(earlier.normalize('NFKC').toLowerCase().replace(/['’]s\b/g, '').match(/[a-z][\w&+-]*/g) ?? []);
  const words = rest.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z][\w&+-]*/g) ?? [];
  // Whose document it is ("in HKSTP's Feb 2026 press release"): a name in the possessive right before the source (or its month).
  const owner = new RegExp(`([a-z][\\w&+-]*)['’]s\\s+(?:(?:${EN_MONTH.source.slice(1, -1)})\\s+)?${escape(source.written)}`, 'i').exec(text.normalize('NFKC'))?.[1]?.toLowerCase();
  return words.every((word) => word === owner || EN_SOURCE_FILLER.has(word) || EN_SOURCE_VERB.test(word) || EN_MONTH.test(word) || (before.has(word) && !EN_SOURCE_OTHER_YEAR.test(word)));
}

/** What a source does with a figure ("what number does HKSTP itself give in its press release?"), and who. */
const EN_SOURCE_VERB = /^(?:gives?|gave|given|puts?|lists?|listed|reports?|reported|quotes?|quoted|cites?|cited|shows?|showed|shown|mentions?|mentioned|uses?|used|itself|themselves|publish|publishes|published|latest|recent|most|new|newer|own)$/;
/** A month named with a document ("its Feb 2026 press release"): when it came out, not something asked. */
const EN_MONTH = new RegExp(`^${ENGLISH_MONTH_WORD}$`);
/** Words that, even when the earlier question had them, ask about something else once a source is named. */
const EN_SOURCE_OTHER_YEAR = /^(?:year|years|before|after|previous|next|last)$/;

/** A text without the runs of two or more Chinese characters that the earlier text also has. */
function withoutWordsOf(text: string, earlier: string): string {
  let out = '';
  for (let at = 0; at < text.length; ) {
    let end = at;
    for (let to = at + 2; to <= text.length && CJK.test(text[to - 1]!) && CJK.test(text[at]!); to++) if (earlier.includes(text.slice(at, to))) end = to;
    if (end > at) at = end;
    else out += text[at++];
  }
  return out;
}

/** "What does the budget say?", 「預算案有冇講？」: the budget named alone, in a follow-up that asks nothing else, is every budget document. */
const BARE_BUDGET = /\b(?:the\s+)?budget\b|《?(?:財政預算案|财政预算案|預算案|预算案)》?/i;

const SAYS = /\b(?:say|says|said|mention|mentions|mentioned|state|states|stated|words)\b|講|讲|說|说|話|话|提|寫|写/i;
/** What a source does with a figure, or says (in a follow-up naming only the source: "does the budget give a higher number?"). */
const SAYS_OR_GIVES = /\b(?:give|gives|gave|report|reports|reported|put|puts)\b/i;

/** A follow-up that only names another source: the source, else undefined. */
function sourceOnly(question: string, zh: boolean, earlier?: string, findNames?: NameFinder): SourceRef | undefined {
  // Only with a verb of saying: "what's the budget?" asks for a sum.
  const bareBudget = sourceIn(question) || !(SAYS.test(question) || SAYS_OR_GIVES.test(question)) ? undefined : BARE_BUDGET.exec(question.normalize('NFKC'));
  const source = sourceIn(question) ?? (bareBudget ? { kind: 'budget' as const, written: bareBudget[0].trim() } : undefined);
  // (In Chinese mixed with English words, 「fact sheet又話幾多」 names a document by its English kind; "budget" there is the
  // sum, 「個budget幾多」, not a document.)
  if (!source || (zh && !CJK.test(source.written) && CJK.test(question) && source.kind === 'budget')) return undefined;
  return isOnlySource(question, source, earlier, findNames) ? source : undefined;
}

/** The earlier question asked of another source: its own source replaced, else the new one named beside it. */
function withSource(question: string, source: SourceRef): string {
  const text = question.normalize('NFKC');
  const own = sourceIn(text);
  const zh = CJK.test(text) && detectLanguage(text) !== 'en';
  // The calendar year a source came out in is not asked about: it picks the documents, and is left out of the question.
  const named = (source.published ? source.written.replace(new RegExp(`${source.published}\\s*年?\\s*`), '') : source.written).replace(ZH_DOCUMENT_DEMONSTRATIVE, '');
  const written = zh && !CJK.test(source.written) ? zhSourceName(source) : !zh && CJK.test(source.written) ? enSourceName(source) : named;
  if (own) {
    // "according to the HKSTP press release": its publisher's name goes with it.
    const at = text.indexOf(own.written);
    const publisher = !zh && at > 0 && !/^(?:the|its|their)\b/i.test(own.written) ? /\bthe\s+(?:[A-Z][\w&+-]*\s+){1,3}$/.exec(text.slice(0, at)) : null;
    if (publisher) return `${text.slice(0, at - publisher[0].length)}${/^(?:the|its|their)\b/i.test(written) || source.kind === 'publisher' ? written : `the ${written}`}${text.slice(at + own.written.length)}`;
    // 「概況資料話…」「新聞稿講…」: a Chinese question opened by what its own source says is asked 「根據<the other source>，…」.
    const says = zh ? new RegExp(`^(?:根據|根据|據|据|按)?\\s*${escape(own.written)}\\s*(?:資料|资料|數字|数字)?\\s*(?:所)?(?:講|讲|話|话|說|说|指|提到|寫|写)(?:嘅|的)?\\s*[，,]?\\s*`).exec(text) : null;
    if (says) return `根據${written}，${text.slice(says[0].length)}`;
    return text.replace(own.written, !zh && /^the\b/i.test(own.written) && !/^(?:the|its|their)\b/i.test(written) && source.kind !== 'publisher' ? `the ${written}` : written);
  }
  if (zh) return `根據${written}，${text}`;
  return `${text.replace(/[?？.!！\s]+$/, '')}, according to ${/^the\b/i.test(written) || source.kind === 'publisher' ? written : `the ${written}`}?`;
}

/**
 * "What does HKSTP itself say?", 「咁科技園公司自己點講？」: a follow-up that names only a body, with a verb of saying,
 * asks the earlier question of what that body published.
 */
function publisherOnly(question: string, zh: boolean, earlier: string, findNames: NameFinder): SourceRef | undefined {
  if (!SAYS.test(question) && !SAYS_OR_GIVES.test(question)) return undefined;
  const text = question.normalize('NFKC');
  const body = findNames(text).filter((hit) => hit.kind === 'body').sort((a, b) => b.written.length - a.written.length)[0];
  if (!body) return undefined;
  const rest = (text.slice(0, body.at) + ' ' + text.slice(body.at + body.written.length)).replace(/['’]s\b/g, ' ');
  if (zh) {
    const asked = earlier.normalize('NFKC').match(new RegExp(ZH_QUESTION_WORD.source, 'g')) ?? [];
    // 「科技園新聞稿點講？」: the body's own document named by its kind after the body is what the body published.
    const bare = asked.reduce((left, word) => left.split(word).join(' '), rest.replace(/《?(?:新聞稿|新闻稿|概況|概况|簡報|简报)》?/, '').replace(ZH_SOURCE_FILLER, ''));
    if (bare.replace(/[\p{P}\s]/gu, '') !== '') return undefined;
  } else {
    const words = rest.toLowerCase().match(/[a-z][\w&+-]*/g) ?? [];
    if (!words.every((word) => EN_SOURCE_FILLER.has(word) || EN_SOURCE_VERB.test(word) || /^(?:say|says|said|mention|mentions|mentioned|state|states|stated|put|puts)$/.test(word))) return undefined;
  }
  return { kind: 'publisher', written: body.written, names: { zh: body.zh, en: body.en } };
}

function zhSourceName(source: SourceRef): string {
  if (source.kind === 'publisher') return source.names?.zh[0] ?? source.written;
  const name = { 'fact-sheet': '概況', 'press-release': '新聞稿', slides: '簡報', estimates: '總目', budget: '預算案' }[source.kind];
  return source.year ? `${source.year}年度${name}` : name;
}

function enSourceName(source: SourceRef): string {
  if (source.kind === 'publisher') return source.names?.en[0] ?? source.written;
  const name = { 'fact-sheet': 'fact sheet', 'press-release': 'press release', slides: 'slides', estimates: 'estimates', budget: 'budget' }[source.kind];
  return source.year ? `the ${source.year} ${name}` : `the ${name}`;
}

function isFigure(quantity: Quantity): boolean {
  return quantity.kind === 'money' || quantity.kind === 'number' || quantity.kind === 'percent' || quantity.kind === 'petaflops';
}

type YearRef = { kind: 'fiscal-year' | 'year'; value: number; start: number; end: number } | { kind: 'relative'; offset: number; start: number; end: number; calendar?: boolean };

function yearsIn(question: string): YearRef[] {
  const found: YearRef[] = [];
  for (const quantity of extractQuantities(question)) {
    if (quantity.kind === 'fiscal-year' || quantity.kind === 'year') found.push({ kind: quantity.kind, value: quantity.value, start: quantity.start, end: quantity.end });
  }
  for (const [pattern, offset, calendar] of RELATIVE_YEARS) {
    const match = pattern.exec(question);
    if (match && !found.some((year) => year.kind === 'relative' && match.index < year.end && year.start < match.index + match[0].length)) found.push({ kind: 'relative', offset, start: match.index, end: match.index + match[0].length, ...(calendar ? { calendar } : {}) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isEmptyBesides(question: string, years: YearRef[], zh: boolean): boolean {
  let rest = question;
  for (const year of [...years].sort((a, b) => b.start - a.start)) rest = rest.slice(0, year.start) + ' ' + rest.slice(year.end);
  rest = rest.trim().replace(zh ? ZH_MARKER : EN_MARKER, ' ').replace(zh ? ZH_FILLER : EN_FILLER, ' ').replace(ZH_MARKER, ' ');
  // "And the 2025-26 one?", "what did last year's say?", 「上年嗰份又點講？」: the document of that year, and what it says, ask nothing else.
  rest = zh ? rest.replace(ZH_DOCUMENT_DEMONSTRATIVE, ' ').replace(ZH_YEAR_DOCUMENT_FILLER, ' ') : rest.replace(/['’]s\b/g, ' ').replace(EN_YEAR_DOCUMENT_FILLER, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * "Higher or lower than the revised estimate for 2024-25?", 「同2024-25年度修訂預算比呢？」: the kind of figure the follow-up
 * names for the other year (revised, original, actual) replaces the earlier question's.
 */
function withColumnKindOf(followUp: string, asked: string | undefined): string | undefined {
  if (!asked) return asked;
  // ("What they actually spent", 「實際用了」: the actual figure, asked by a verb.)
  const enAsked = /\b(revised|original|actual|approved)\s+(?:estimates?|expenditure|spending|provision|figure)\b/i.exec(followUp)?.[1]?.toLowerCase() ?? (/\bactually\s+(?:spent|spend|used|use)\b/i.test(followUp) ? 'actual' : undefined);
  const zhAsked = /(修訂|修订|原來|原来|原|實際|实际|核准)(?=預算|预算|開支|开支|(?:的|嘅)?(?:數字|数字))/.exec(followUp)?.[1] ?? ZH_ACTUALLY_SPENT.exec(followUp)?.[0].slice(0, 2);
  // A kind asked in the other language than the question it goes into ("the revised estimate" after 「綱領(2)…預算」): its word
  // in the question's language.
  const zhQuestion = CJK.test(asked) && detectLanguage(asked) !== 'en';
  const en = enAsked ?? (zhAsked && !zhQuestion ? ZH_COLUMN_KIND_IN_ENGLISH[toSimplified(zhAsked)] : undefined);
  const zh = zhAsked ?? (enAsked && zhQuestion ? EN_COLUMN_KIND_IN_CHINESE[enAsked] : undefined);
  // The earlier kind written in brackets after its year ("in 2023-24 (actual)", 「(實際)」) gives way to the kind asked.
  const question = en || zh ? asked.replace(BRACKETED_COLUMN_KIND, '') : asked;
  // A year's plain estimate asked («咁2025-26預算呢？», "and the 2025-26 estimate?"): the earlier kind (actual, revised…) is
  // dropped, so the year's estimate column answers.
  if (!en && !zh && PLAIN_ESTIMATE_ASKED.test(followUp)) return asked.replace(BRACKETED_COLUMN_KIND, '').replace(COLUMN_KIND_BEFORE_FIGURE, '');
  // The earlier question asked what was spent by a verb ("what did X actually spend", 「實際用了多少」): the other kind asked by its noun.
  const spentEn = en && en !== 'actual' ? EN_ACTUALLY_SPENT.exec(question) ?? EN_ACTUALLY_SPENT_ON.exec(question) : null;
  if (spentEn) return `${question.slice(0, spentEn.index)}What was the ${en} estimate for ${spentEn[1]!}${question.slice(spentEn.index + spentEn[0].length)}`;
  const spentZh = zh && !/實際|实际/.test(zh) ? ZH_ACTUALLY_SPENT.exec(question) : null;
  if (spentZh) return `${question.slice(0, spentZh.index)}${zh}預算是${spentZh[1]!}${question.slice(spentZh.index + spentZh[0].length)}`;
  if (en && /\b(?:estimates?|expenditure|spending|provision)\b/i.test(question)) return question.replace(/\b(?:(?:revised|original|actual|approved)\s+)?(estimates?|expenditure|spending|provision)\b/i, `${en} $1`);
  // (Not inside a quoted name: 「一般非經常開支」 is a row, not the kind of figure asked.)
  const unquoted = question.replace(/[「『][^」』]*[」』]/g, (quoted) => '\u0000'.repeat(quoted.length));
  const kindAt = zh ? (/預算|预算/.test(unquoted) ? /(?:修訂|修订|原來|原来|實際|实际|核准)?(預算|预算)/ : /(?:修訂|修订|原來|原来|實際|实际|核准)?(開支|开支)/).exec(unquoted) : null;
  // What was actually spent is an expenditure, not an estimate (「實際開支」, not 「實際預算」).
  const noun = zh && /^(?:實際|实际)$/.test(zh) && /^(?:預算|预算)$/.test(kindAt?.[1] ?? '') ? (kindAt![1] === '预算' ? '开支' : '開支') : kindAt?.[1];
  if (zh && kindAt) return `${question.slice(0, kindAt.index)}${zh}${noun!}${question.slice(kindAt.index + kindAt[0].length)}`;
  return question;
}

/** A day of a month: 「2025 年 3 月 31 號」「2025年3月31日」, "31 March 2025". */
const ZH_DAY = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*(?:日|號|号)/;
const EN_DAY = new RegExp(String.raw`\b\d{1,2}\s+${ENGLISH_MONTH_WORD}\s+\d{4}\b`, 'i');

/**
 * A follow-up that is only another day of a month (after 到, 截至, "as at", "at"), when the earlier question named one in the
 * same writing: the earlier question with the day swapped. Undefined otherwise.
 */
function swapDate(earlier: string, fragment: string): string | undefined {
  for (const day of [ZH_DAY, EN_DAY]) {
    const own = new RegExp(`^(?:到|截至|至|於|于|喺|在|(?:as\\s+(?:at|of)|at|on|by)\\s+)?\\s*(${day.source})$`, 'i').exec(fragment.trim());
    const before = day.exec(earlier.normalize('NFKC'));
    if (own && before) return `${earlier.normalize('NFKC').slice(0, before.index)}${own[1]!}${earlier.normalize('NFKC').slice(before.index + before[0].length)}`;
  }
  return undefined;
}

/** "By how much?", "how much more in dollar terms?", 「多咗幾多？」: a bare size of a change, naming nothing else. */
const BARE_HOW_MUCH_CHANGE = /^(?:(?:and|so|ok(?:ay)?|then)\b[,\s]*)?(?:by\s+)?how\s+much(?:\s+(?:more|less|higher|lower))?(?:\s+(?:in\s+(?:dollar|money|cash|percentage)\s+terms|in\s+dollars|in\s+percent(?:age)?|exactly|roughly))?\s*[?.!]*$|^(?:咁|那)?(?:多|少|增加|減少|减少|升|跌)(?:咗|了)(?:幾多|几多|多少)(?:錢|钱)?(?:呀|㗎|呢|啊)?[？?]?$/i;
/** 「修訂咗之後」「修訂後」, "after (the) revision", "once revised": the revised column, by the verb. */
const REVISED_CHANGE = /(?:修訂|修订)(?:咗|了)?(?:之後|之后|後|后)|\bafter\s+(?:the\s+)?revision\b|\bonce\s+revised\b|\bwhen\s+revised\b/i;
/** A change or its size asked (「跌咗幾多」, "how much did it fall", "percent"). */
const ASKS_MOVE_OR_SIZE = /增加|減少|减少|多咗|少咗|上升|下跌|跌咗|升咗|跌了|升了|幾多|几多|多少|percent|%|\b(?:increase|decrease|rise|fall|fell|drop|dropped|change|how much)\b/i;

/** "The number", "that figure", with nothing after it saying of what: the count just given. */
const EN_THE_NUMBER = /\b(?:the|that|this)\s+(?:number|figure|count|total|headcount)\b(?!\s+(?:of|for|in|on|under|at)\b)/i;

/** "The other programme, X", 「另一個綱領，X」: the other one of a kind, named (X in group 1). */
const EN_OTHER_NAMED = /^the\s+other\s+(?:one|programme|program|scheme|fund|item|sub-?head|head|centre|center|park|institute|platform|office)\s*[,:–—-]\s*(?:the\s+one\s+(?:for|on|called)\s+)?(.{3,80})$/i;
const ZH_OTHER_NAMED = /^(?:另一個|另一个|另外一個|另外一个|另外嗰個|另外那個|另外那个)(?:綱領|纲领|計劃|计划|基金|分目|中心|園區|园区|平台)?[，,：:]\s*(.{2,30})$/;

/** A follow-up that is only a column of an estimates table: 「修訂預算」「實際開支」, "the revised estimate", "the actual figure". */
const COLUMN_KIND_ONLY = /^(?:(?:修訂|修订|原來|原来|實際|实际|核准)(?:的|嘅)?(?:預算|预算|開支|开支|數字|数字)?|(?:the\s+)?(?:revised|original|actual|approved)\s+(?:estimates?|expenditure|spending|provision|figure|one))$/i;

/** The kinds of an estimates table's columns, each language's word for the other's. */
const EN_COLUMN_KIND_IN_CHINESE: Record<string, string> = { revised: '修訂', original: '原來', actual: '實際', approved: '核准' };
const ZH_COLUMN_KIND_IN_ENGLISH: Record<string, string> = { 修订: 'revised', 原来: 'original', 原: 'original', 实际: 'actual', 核准: 'approved' };
/** A column's kind in brackets after a year: "(actual)", "(revised estimate)", 「(實際)」「（修訂預算）」. */
const BRACKETED_COLUMN_KIND = /\s*[(（]\s*(?:(?:revised|original|actual|approved)(?:\s+(?:estimates?|expenditure))?|(?:修訂|修订|原來|原来|實際|实际|核准)(?:預算|预算|開支|开支)?)\s*[)）]/i;

/** "What did X actually spend", "how much did X actually spend": the actual figure asked by a verb (X in group 1). */
const EN_ACTUALLY_SPENT = /\b(?:what|how much)\s+did\s+(.+?)\s+actually\s+(?:spend|use|get|receive)\b/i;
/** "What was actually spent on X", "how much was actually spent on X": the actual figure asked in the passive, X in group 1. */
const EN_ACTUALLY_SPENT_ON = /\b(?:what|how much)\s+(?:was|were|has been|had been)\s+actually\s+(?:spent|used)\s+(?:on|for)\s+(.+?)(?=\s+(?:in|for|during)\s+(?:\d|the\s+(?:year|financial))|\s*[?.!]*$)/i;
/** 「實際用了多少」「實際花咗幾多」: the actual figure asked by a verb (the question word in group 1). */
const ZH_ACTUALLY_SPENT = /(?:實際|实际)(?:上)?(?:用|花|支出|開支|开支|使用)(?:了|咗|掉)?(多少|幾多|几多)/;

/** "… to qualify?", "… to be eligible?", "… to apply?": eligibility for something the question does not name. */
const EN_TO_QUALIFY = /\bto\s+(?:qualify|be eligible|be admitted|apply|join)\s*[?.!]*$/i;
/** 「…才符合資格？」「…先合資格？」「…方可符合申請資格？」: eligibility in Chinese, for something the question does not name (the opening in group 1). */
const ZH_TO_QUALIFY = /((?:才|先|方)(?:能|可以|可|會|会|算|至)?)(?:符合|合乎|合)(?:申請|申请)?(?:資格|资格)(?:呢|㗎|呀|啊)?\s*[？?]?\s*$/;
/** "Has more than RMB1 billion been approved so far?": a sum granted, with nothing said of what it was granted under (the verb in group 2). */
const EN_SUM_GRANTED = /^(?:(?:and|so|ok(?:ay)?)\b[,\s]*)?(?:has|have|had|was|were|is|are)\s+((?:more|less|over|under|at least|at most|fewer)\s+(?:than\s+)?\S+(?:\s+(?:million|billion|bn|m))?)\s+(?:been\s+)?(approved|granted|spent|invested|allocated|disbursed|committed|raised|awarded|paid out)\b/i;

/**
 * A question of eligibility ("… to qualify?", 「…才符合資格？」) or of a sum granted ("has more than RMB1 billion been approved?") that names
 * no scheme, fund or body of its own (a place is not one): the earlier subject is what it is asked of.
 */
function impliedSubjectQuestion(question: string, context: Context, findNames: NameFinder): Pick<FollowUpResolution, 'question' | 'kind' | 'subject'> | undefined {
  const zhQualify = ZH_TO_QUALIFY.exec(question);
  if (zhQualify) {
    if (findNames(question).some((hit) => hit.kind !== 'place') || ZH_PRONOUN.test(question) || sourceIn(question) || /[「『《“"]/.test(question)) return undefined;
    const subject = context.subject ?? subjectOf(context.question, findNames);
    if (!subject) return undefined;
    const carried = nameInLanguage(subject, true, findNames);
    if (question.includes(carried)) return undefined;
    const simplified = detectLanguage(question) === 'zh-Hans';
    const asked = `${question.slice(0, zhQualify.index)}${zhQualify[1]}符合${carried}的${simplified ? '资格' : '資格'}？`;
    return { question: asked, kind: 'aspect', subject: carried };
  }
  const qualify = EN_TO_QUALIFY.exec(question);
  const granted = qualify ? null : EN_SUM_GRANTED.exec(question);
  if (!qualify && !granted) return undefined;
  if (findNames(question).some((hit) => hit.kind !== 'place') || EN_PRONOUN.test(question) || sourceIn(question)) return undefined;
  const subject = context.subject ?? subjectOf(context.question, findNames);
  if (!subject) return undefined;
  const carried = nameInLanguage(subject, false, findNames);
  const named = /^(?:the\s|[A-Z0-9])/.test(carried) || /[\u3400-\u9fff]/.test(carried) ? carried : `the ${carried}`;
  if (question.toLowerCase().includes(carried.toLowerCase())) return undefined;
  const asked = qualify
    ? `${question.slice(0, qualify.index)}${qualify[0].replace(/\s*[?.!]*$/, '')} for ${named}?`
    : `${question.slice(0, granted!.index + granted![0].indexOf(granted![1]!) + granted![1]!.length)} of ${named}${question.slice(granted!.index + granted![0].indexOf(granted![1]!) + granted![1]!.length)}`;
  return { question: capitalise(asked), kind: 'aspect', subject: carried };
}

/** Only another kind of figure set against (「和原來預算相比又如何？」, "how does that compare with the original estimate?"). */
const ZH_AGAINST_KIND = /^(?:咁|那|那麼|那么|而)?(?:佢|它|其)?(?:和|同|跟|與|与)(?:\d{4}\s*[-/–]\s*\d{2,4}\s*年度)?(?:的|嘅)?(原來|原来|原|修訂|修订|實際|实际|核准)(預算|预算|開支|开支)(?:相比|比較|比较|比)(?:起來|起来|下)?(?:又如何|又點|又点|又怎樣|又怎样|如何|呢|點|点|怎樣|怎样)?(?:呢|呀|啊)?[？?]?$/;
const EN_AGAINST_KIND = /^(?:(?:and|so|ok(?:ay)?)\b[,\s]*)?(?:(?:how about|what about)\s+)?(?:how (?:does|did) (?:that|it|this) compare (?:with|to|against)|(?:compared?|comparison) (?:with|to)|against|versus|vs\.?)\s+the\s+(original|revised|approved|actual)\s+(?:estimates?|expenditure|provision|budget)\s*[?.!]*$/i;
/** A kind of figure set against in a question of change (「比2024-25年度修訂預算」, "than the revised estimate"). */
const ZH_KIND_AGAINST = /((?:比|較|较|相比|對比|对比)[^，,。？?]{0,16}?)(原來|原来|原|修訂|修订|實際|实际|核准)(?=預算|预算|開支|开支)/;
const EN_KIND_AGAINST = /(\b(?:than|from|on|compared (?:with|to)|against|over)\s+(?:the\s+)?(?:\d{4}-\d{2}\s+)?)(original|revised|approved|actual)(?=\s+(?:estimates?|expenditure|provision|budget))/i;

/**
 * The earlier question of change against one kind of figure asked against another (「和原來預算相比又如何？」 after 「…比
 * 2024-25年度修訂預算增加了多少？」): undefined when the follow-up names more than the kind, or the earlier question sets
 * no kind against.
 */
function againstOtherColumnKind(question: string, earlier: string, zh: boolean): string | undefined {
  const asked = (zh ? ZH_AGAINST_KIND : EN_AGAINST_KIND).exec(question.normalize('NFKC').trim());
  if (!asked) return undefined;
  const against = (zh ? ZH_KIND_AGAINST : EN_KIND_AGAINST).exec(earlier);
  if (!against || against[2] === asked[1]) return undefined;
  return `${earlier.slice(0, against.index)}${against[1]}${zh ? asked[1]!.replace(/^原$/, '原來') : asked[1]!.toLowerCase()}${earlier.slice(against.index + against[0].length)}`;
}

/** A year's estimate asked with no kind before it («2025-26預算», "the 2025-26 estimate"), not a Budget as a document (預算案). */
const PLAIN_ESTIMATE_ASKED = /(?:19|20)\d{2}\s*[-–至]\s*(?:19|20)?\d{2}\s*(?:年度)?\s*(?:的|嘅)?\s*(?:預算|预算)(?!案)|\b(?:19|20)\d{2}-\d{2}\s+estimates?\b/i;
/** An earlier question's kind of figure before what it measures («實際非經常開支», "actual expenditure", "(actual)"). */
const COLUMN_KIND_BEFORE_FIGURE = /\b(?:actual|original|revised|approved)\s+(?=estimates?|expenditure|spending|provision|figure|[a-z-]+\s+(?:expenditure|spending))|(?:實際|实际|原來|原来|修訂|修订|核准)(?=[\u4e00-\u9fff]{0,8}?(?:預算|预算|開支|开支))/gi;
/** Words for a kind of figure a year has in an estimates table: actual, original, revised; an estimate (a past year has only its actual). */
const COLUMN_KIND = /\b(?:actual|original|revised)\s+|(?:實際|实际|原來|原来|修訂|修订)(?=[\u4e00-\u9fff])/gi;
const ESTIMATE_WORD = /\b(?:estimate|estimated (?=amount|figure|provision|expenditure|spending))\b|(?:預算|预算)(?=撥款|拨款|開支|开支)/gi;
const ZH_ESTIMATE = /預算|预算/g;

/**
 * The question without the kind of figure it asks for, so that the year's own figure answers it:
 * "the 2023-24 actual expenditure" → "the 2023-24 expenditure", "the 2023-24 estimate" → "the 2023-24 figure",
 * 「2023-24年度預算撥款」 → 「2023-24年度撥款」.
 */
function withoutColumnKind(question: string): string {
  const bare = question.replace(COLUMN_KIND, '').replace(ESTIMATE_WORD, (word) => (/^[a-z]/i.test(word) ? 'figure' : ''));
  return (/[\u3400-\u9fff]/.test(bare) && !/撥款|拨款|開支|开支/.test(bare) ? bare.replace(ZH_ESTIMATE, '撥款') : bare).replace(/\s+/g, ' ');
}

/**
 * The calendar year the conversation is at, for "a year ago": the earlier question's year, else the year
 * of the date the earlier answer's quote states (「截至 2025 年 2 月」), else of any date in the answer.
 */
function calendarYearOf(context: Context): Quantity | undefined {
  const quote = /[「“]([\s\S]*)$/.exec(context.answer)?.[1] ?? '';
  return (
    extractQuantities(context.question.normalize('NFKC')).find((q) => q.kind === 'year') ??
    extractQuantities(quote).find((q) => q.kind === 'year') ??
    extractQuantities(context.answer).find((q) => q.kind === 'year')
  );
}

/**
 * The year a relative year counts from: a calendar year for "a year ago", else the year the conversation is about. A question
 * asked of now with no year of its own (「香港現在有多少家初創企業？」) was answered by a figure dated by the calendar year its
 * sentence names (「2024 年進行的調查」): the year before is the calendar year before that one, not the budget year before.
 */
function baseYearFor(context: Context, year: Extract<YearRef, { kind: 'relative' }>): Quantity | undefined {
  if (year.calendar) return calendarYearOf(context);
  const ownYear = extractQuantities(context.question.normalize('NFKC')).some((q) => q.kind === 'fiscal-year' || q.kind === 'year');
  const quote = /[「“]([\s\S]*)$/.exec(context.answer)?.[1] ?? '';
  const dated = !ownYear && NOW_WORDS.test(context.question) ? extractQuantities(quote).find((q) => q.kind === 'year') : undefined;
  return dated ?? yearOf(context);
}

/** The year the conversation is about: the earlier question's, else the budget year of the earlier answer. */
function yearOf(context: Context): Quantity | undefined {
  return (
    extractQuantities(context.question.normalize('NFKC')).find((q) => q.kind === 'fiscal-year' || q.kind === 'year') ??
    extractQuantities(context.answer).find((q) => q.kind === 'fiscal-year')
  );
}

/**
 * A follow-up about the same subject is about the same budget year: "how long does it run for?"
 * after a question on the 2024-25 budget's scheme asks of that budget, not of whichever edition
 * mentions the scheme last. The earlier question's budget year is added when the rewrite names none.
 */
function inCarriedYear(rewritten: string, context: Context, zh: boolean): string {
  if (yearsIn(rewritten.normalize('NFKC')).length > 0 || /\bthis year\b|今年|本年/i.test(rewritten) || NOW_WORDS.test(rewritten) || DOCUMENT_KIND.test(rewritten)) return rewritten;
  const year = extractQuantities(context.question.normalize('NFKC')).find((q) => q.kind === 'fiscal-year');
  if (!year) return rewritten;
  const label = fiscalYearLabel(year.value);
  return zh ? `${label}年度${rewritten}` : `${rewritten.replace(/[?？.!！\s]+$/, '')} in ${label}?`;
}

/** The earlier question asked of another year: its own year replaced, else the year added. */
function withYear(context: Context, year: YearRef): string | undefined {
  // Another year is not now: "now", 「而家」 of the earlier question go.
  const text = context.question.normalize('NFKC').replace(new RegExp(NOW_WORDS.source, 'gi'), '').replace(/\s{2,}/g, ' ').replace(/\s+([?？])/, '$1');
  const ownYears = extractQuantities(text).filter((q) => q.kind === 'fiscal-year' || q.kind === 'year');
  let label: string;
  if (year.kind === 'relative') {
    const base = baseYearFor(context, year);
    if (!base) return undefined;
    label = base.kind === 'year' ? String(base.value + year.offset) : fiscalYearLabel(base.value + year.offset);
  } else {
    label = year.kind === 'year' ? String(year.value) : fiscalYearLabel(year.value);
  }
  if (ownYears.length > 0) {
    let out = text;
    for (const own of [...ownYears].sort((a, b) => b.start - a.start)) out = out.slice(0, own.start) + label + out.slice(own.end);
    return out;
  }
  if (CJK.test(text) && detectLanguage(text) !== 'en') return `${label}${/^\d{4}-\d{2}$/.test(label) ? '年度' : '年'}${text}`;
  return `${text.replace(/[?？.!！\s]+$/, '')} in ${label}?`;
}

/** A comparison whose other side is a pronoun: the earlier answer's figure (「…係咪多過佢？」, "… more than that?"). */
const ZH_MORE_THAN_IT = /^(.+?)(?:係咪|系咪|是否|是不是|有冇|有沒有|有没有|會唔會|会唔会|會不會|会不会)?(多過|多于|多於|高過|高于|高於|大過|大于|大於|超過|超过|少過|少于|少於|低過|低于|低於|細過|小於|小于)(?:佢哋|佢|它們|它们|它|其|呢個|呢个|這個|这个|嗰個|嗰个|那個|那个)(?:嘅|的)?(?:呢|嗎|吗|㗎|呀|啊)?\s*[？?]?\s*$/;
const EN_MORE_THAN_IT = /^(?:is|was|are|were)\s+(.+?)\s+(more|less|higher|lower|bigger|smaller|greater|larger|fewer)(?:\s+or\s+(?:more|less|higher|lower|bigger|smaller|greater|larger|fewer))?\s+than\s+(?:that|it|this|them|those|theirs|its)(?:\s+(?:one|figure|number|amount|sum))?\s*[?.!]*$/i;
/** The figure asked of a new subject by name (「…嘅金額」, "the amount X invested"): its own words say what is compared. */
const ZH_FIGURE_NOUN = /(?:金額|金额|撥款|拨款|預算|预算|開支|开支|規模|规模|數目|数目|數量|数量|人數|人数|面積|面积|投資額|投资额|資助額|资助额|錢|钱|上限|下限)$/;
const EN_FIGURE_NOUN = /\b(?:amount|funding|budget|allocation|provision|estimate|spending|expenditure|investment|size|number|count|area|sum|total|figure|cap|ceiling|limit|maximum|minimum)\b/i;

/**
 * 「咁創科創投基金投資嘅金額係咪多過佢？」 after a question on another fund's investment: the new subject's figure asked
 * plainly (「創科創投基金投資嘅金額係幾多？」), and compared with the earlier answer's figure as a yes or no. Only when
 * the new side names what of it is compared and the earlier answer states a figure.
 */
function figureAgainstEarlier(question: string, context: Context, zh: boolean, findNames: NameFinder): Pick<FollowUpResolution, 'question' | 'lookup' | 'kind' | 'comparison' | 'subject'> | undefined {
  // Both directions asked ("bigger or smaller than that?") is read as the comparison it is elsewhere.
  // Both directions asked of another thing named without a figure ("is the X site bigger or smaller than that?") is read here
  // too, no yes or no asked; of the earlier figure alone ("bigger or smaller than 2024-25?") it is read as it is elsewhere.
  const bothWays = BOTH_WAYS.test(question);
  const match = bothWays && zh ? null : zh ? ZH_MORE_THAN_IT.exec(question.trim()) : EN_MORE_THAN_IT.exec(question.trim());
  if (!match) return undefined;
  const side = stripMarker(match[1]!, zh).replace(/[，,\s]+$/, '');
  if (!side || (zh ? ZH_PRONOUN.test(side) : EN_PRONOUN.test(side))) return undefined;
  const target = figureOfAnswer(context.answer);
  if (!target) return undefined;
  // "Is the Y Fund bigger than that?", 「Y基金係咪多過佢？」: a thing named without the figure asked of it is asked what the
  // earlier question asked, with the thing swapped in.
  const bare = !(zh ? ZH_FIGURE_NOUN : EN_FIGURE_NOUN).test(side);
  // (A figure named, "is the cap for X bigger or smaller than that?", is both asked again and compared, as elsewhere.)
  if (bothWays && !bare) return undefined;
  const before = context.subject ?? subjectOf(context.question, findNames);
  const swapped = bare && before ? replaceSubject(context.question, before, side, findNames) : undefined;
  if (bare && (!swapped || swapped === context.question.normalize('NFKC') || (findNames(side).length === 0 && !(zh ? ZH_THING.test(side) : /^(?:the\s+)?[A-Z0-9]/.test(side))))) return undefined;
  const relation: Comparison['relation'] = /少|低|細|小|less|lower|smaller|fewer/i.test(match[2]!) ? 'less' : 'more';
  const earlier = context.subject ?? topicOf(context.question);
  const hans = zh && detectLanguage(question) === 'zh-Hans';
  const asked = zh
    ? `${side}${CANTONESE.test(question) || context.cantonese ? '係咪' : '是否'}${relation === 'more' ? (hans ? '多于' : '多於') : hans ? '少于' : '少於'}${earlier ?? target.raw}？`
    : `Is ${side.replace(/^the\s+/i, 'the ')} ${bothWays ? 'more or less' : relation === 'more' ? 'more' : 'less'} than ${earlier ?? target.raw}?`;
  const lookup = swapped ?? (zh ? `${side}${CANTONESE.test(question) || context.cantonese ? '係幾多' : '是多少'}？` : `What is ${side}?`);
  return { question: asked, lookup, kind: 'comparison', comparison: { relation, target, ...(bothWays ? { neutral: true } : {}) }, subject: side };
}

/** 「X嗰份」「X嘅部分」, "the part for X", "X's share": a recipient named as the one a share of the sum goes to.
 * 「咁畀初創嗰part有幾多？」: the share may be asked how much right after it (a Cantonese share may be written "part"), and its
 * recipient may follow a verb of giving (「畀初創」), which is not part of its name. */
const ZH_SHARE = /^(?:畀|俾|給|给|撥畀|撥俾|撥給|拨给)?(.{2,}?)(?:嗰份|那份|這份|这份|呢份|嗰部分|那部分|這部分|这部分|呢部分|嗰部份|那部份|嘅部分|的部分|嘅部份|的部份|嘅份額|的份額|的份额|(?:嗰|那|呢|嘅|的)\s*part)(?:(?:有|係|系|是)?(?:幾多|几多|多少)(?:錢|钱)?)?$/i;
const EN_SHARE = /^(?:the\s+)?(?:part|share|portion|slice|amount)\s+(?:for|to|of|going to|that goes to)\s+(.+)$|^(.+?)['’]s\s+(?:part|share|portion|slice)$/i;
/** The recipient ending an earlier question about a share (「當中幾多俾大學搞研發院？」, "how much of it goes to the universities?"). */
const ZH_RECIPIENT = /(俾|畀|給|给|撥給|拨给|撥俾|用於|用于|用喺|分配給|分配给|投放於|投放于)([^？?，,。]{2,24}?)(?:嘅|的)?(?:呢|㗎|呀|啊)?\s*[？?]?\s*$/;
const EN_RECIPIENT = /\b(for|to|on|towards?)\s+((?:the\s+)?[^?]{2,60}?)\s*[?.!]*$/i;

/**
 * A share of the sum spoken of, named by who gets it (「咁InnoHK進駐河套嗰份呢？」 after 「當中幾多俾大學搞研發院？」): the earlier
 * question with its recipient swapped, and the recipient's own sum asked plainly when that is not answered. Only after a sum.
 */
function shareFor(fragment: string, context: Context, zh: boolean): { question: string; subject: string; fallback?: FollowUpResolution['fallback'] } | undefined {
  const named = zh ? ZH_SHARE.exec(fragment)?.[1] : (([, a, b]) => a ?? b)(EN_SHARE.exec(fragment) ?? []);
  if (!named) return undefined;
  // (A sum may be named by its figure alone: 「生命健康科技嗰100億點分？」.)
  const money = [context, context.previous].some((turn) => turn !== undefined && (MONEY_ANSWER.test(turn.answer) || MONEY_QUESTION.test(turn.question) || namesSum(turn.question)));
  if (!money) return undefined;
  const recipient = named.trim();
  const plain = zh ? `${recipient}${CANTONESE.test(fragment) || context.cantonese ? '有幾多錢' : '有多少錢'}？` : `How much goes to ${recipient}?`;
  const earlier = context.question.normalize('NFKC');
  const own = zh ? ZH_RECIPIENT.exec(earlier) : EN_RECIPIENT.exec(earlier);
  if (!own) return { question: plain, subject: recipient };
  const swapped = `${earlier.slice(0, own.index + own[1]!.length)}${zh ? '' : ' '}${recipient}${zh ? '？' : '?'}`;
  return { question: swapped, subject: recipient, fallback: { question: plain, kind: 'aspect', subject: recipient } };
}

/** Whether a question names a sum by its figure: money, or a Chinese figure in 萬 / 億 (「嗰100億」). */
function namesSum(question: string): boolean {
  return extractQuantities(question.normalize('NFKC')).some((quantity) => quantity.kind === 'money' || (quantity.kind === 'number' && /[萬万億亿]/.test(quantity.raw)));
}

/** 「會點運作」「要點申請」: 點 after a modal and before a verb asks how (not 地點, 重點 or 試點). */
const ZH_HOW_BEFORE_VERB = /(?:會|会|要|可以|應該|应该|將會|将会|係|系|又|咁)(?:點|点)(?=[\u4e00-\u9fff])/;

/** A name compared loosely: lower case, without an article or a plural's s. */
function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/s$/, '');
}

/** A verb a topic may end in before its question word (「數碼港支援幾多間公司？」): not part of the name before it. */
const ZH_TRAILING_VERB = /(?<=[\u3400-\u9fffA-Za-z0-9)）])(?:投(?=咗|了)|支援|支持|提供|資助|资助|吸引|投資|投资|聘用|聘請|聘请|培育|孵化|匯聚|汇聚|招攬|招揽|推出|設立|设立|興建|兴建|錄得|录得|接待|服務|服务|批出|批准|進駐|进驻)(?:咗|了|過|过)?$/;

/** Whether a figure moves (「會唔會增加？」, "will it go up?"): asked of what was counted. */
const ASKS_MOVE = /增加|減少|减少|多咗|少咗|上升|下跌|\b(?:increase|decrease|rise|fall|go up|go down|grow|shrink|change)\b/i;

/** A modal or verb of movement beside both directions ("will it go up or down", 「會多咗定少咗」): not a subject. */
const DIRECTION_FILLER = /會|会|將|将|預計|预计|預期|预期|\b(?:will|would|is|are|was|were|be|it|they|that|this|going|go|goes|went|to|expected|projected|set)\b/gi;
/** Something the change is measured against (「比上年」, "than", "vs", "on 2023"): a comparison, read elsewhere. */
const DIRECTION_AGAINST = /比|相比|對比|对比|較|较|跟|同(?!時|时)|與|与|\b(?:than|vs\.?|versus|compared|against|on|from|over|since)\b/i;

/**
 * 「那2025-26年度會有甚麼變化？」「有咩變化」, "what will change in 2025-26?": a change asked of a year with nothing named, which
 * way what was counted or spent moves (read as 「…會增加還是減少？」).
 */
const WHAT_CHANGE = /(?:會|会)?(?:有)?(?:甚麼|什麼|什么|甚么|咩|乜嘢|乜|何)(?:變化|变化|改變|改变|變動|变动)|(?:會|会)(?:點|点|怎樣|怎样|如何)(?:變|变)(?:化)?|\bwhat (?:will |would )?changes?\b|\bhow (?:will|would) (?:it|that|this|they) change\b/i;

function directionInYear(question: string, context: Context, zh: boolean, findNames: NameFinder): string | undefined {
  const both = BOTH_WAYS.exec(question) ?? WHAT_CHANGE.exec(question);
  if (!both || DIRECTION_AGAINST.test(question)) return undefined;
  // (「佢25-26年度會加定減？」: the pronoun is the subject spoken of.)
  const rest = question.replace(both[0], ' ').replace(DIRECTION_FILLER, ' ').replace(zh ? /(?:佢哋|它們|它们|佢|它)/g : /\b(?:it|they)\b/gi, (word) => ' '.repeat(word.length));
  const years = yearsIn(rest);
  const year = years[0];
  if (!year || year.kind === 'relative' || !isEmptyBesides(rest, years, zh)) return undefined;
  const subject = context.subject ?? subjectOf(context.question, findNames);
  if (!subject) return undefined;
  const said = rest.slice(year.start, year.end).trim();
  // What was counted, even a word the rules read as an attribute elsewhere (「職位」「人數」): that is what moves.
  const counted = countedIn(context.question, zh) ?? (zh ? /(?:幾多|几多|多少)[個个間间家項项所條条座名位]?([\u4e00-\u9fff]{2,4}?)(?:呢|㗎|啊|呀)?[？?]?\s*$/.exec(context.question.normalize('NFKC'))?.[1] : undefined);
  const money = MONEY_QUESTION.test(context.question);
  const carried = nameInLanguage(subject, zh, findNames);
  if (zh) {
    const hans = detectLanguage(question) === 'zh-Hans';
    const noun = counted ?? (money ? (hans ? '拨款' : '撥款') : '');
    const label = /年/.test(said) ? said : `${said}${/^\d{4}$/.test(said) ? '年' : '年度'}`;
    const or = CANTONESE.test(question) || context.cantonese ? '定' : hans ? '还是' : '還是';
    return `${carried}${label}${noun}${hans ? '会' : '會'}增加${or}${hans ? '减少' : '減少'}？`;
  }
  const noun = counted ?? (money ? 'funding' : undefined);
  return `Will ${noun ? `the ${noun} of ${carried.replace(/^the\s+/i, 'the ')}` : carried} increase or decrease in ${said}?`;
}

/**
 * 「這筆大約 RMB 1.03 billion 的數字」「呢個 2,400 間」: a demonstrative whose phrase writes out the figure it points at names
 * that figure itself, not the earlier subject (a year after it, 「這2025-26年度」, is no such figure).
 */
const ZH_FIGURE_DEMONSTRATIVE = /(?:這|这|那|呢|嗰|該|该|此)(?:筆|笔|個|个|項|项)?\s*(?:大約|大约|約|约|合共|共|總共|总共|逾|超過|超过)?\s*(?:(?:HK|US|NT)?\$|RMB|HKD|人民幣|人民币|港幣|港币|港元)?\s*\d(?!\d{3}\s*(?:年|[-/–]))/g;

/**
 * 「新田交俾科技園嗰幅地」「山頂嗰座大樓」: a demonstrative after words describing its noun (a relative clause, a place) ends a
 * phrase naming a thing of its own, not one pointing back.
 */
const ZH_DESCRIBED_THING = /^[\u4e00-\u9fffA-Za-z0-9]{2,}?(?:嗰|那|呢|這|这)[塊块幅片座個个間间項项][\u4e00-\u9fff]{1,4}$/;

/** A follow-up that is such a described thing alone (「咁新田交俾科技園嗰幅地呢？」), its opener and 呢 aside. */
function describedThingAlone(question: string): boolean {
  const thing = question.normalize('NFKC').trim().replace(/^(?:咁|那麼|那么|那|而|另外|仲有|還有|还有)/, '').replace(/(?:呢|啊|呀)?\s*[？?]?\s*$/, '');
  // (A question of its own ending in a demonstrative, 「…幾多錢俾呢個計劃？」, points back.)
  return ZH_DESCRIBED_THING.test(thing) && !ZH_QUESTION_WORD.test(thing);
}

/**
 * 「幫長者學數碼嗰個撥咗幾多錢？」: a demonstrative with its classifier right after four or more characters describing it and right
 * before the predicate is a headless relative, "the one that helps the elderly learn digital skills": it names a thing of its own.
 * (Not after a verb of saying, 「你頭先講嗰個」「剛才提到那個」: "the one you mentioned" points back.)
 */
const ZH_HEADLESS_RELATIVE = /(?<=[\u4e00-\u9fffA-Za-z0-9]{4})(?<!(?:講|讲|話|话|說|说|問|问|寫|写|提|到|及|過|过|咗|了|述))(?:嗰|那|呢)(?:個|个|項|项|筆|笔)(?=撥|拨|有|係|系|是|幾|几|多少|用|花|預|预|佔|占|點|点|咩|乜|要|會|会|叫|喺|在|由|何時|何时)/g;

function pronounIn(question: string, zh: boolean): boolean {
  if (zh) return (!describedThingAlone(question) && ZH_PRONOUN.test(question.replace(ZH_FIGURE_DEMONSTRATIVE, ' ').replace(ZH_HEADLESS_RELATIVE, ' ').replace(/[A-Za-z]+/g, ' '))) || ZH_THERE.test(question);
  // "this year" / "that year" / "that is" at the start of a comparison are not the subject.
  const text = question.replace(/\b(?:this|that|next|last) (?:year|time)\b/gi, ' ');
  if (EN_PRONOUN.test(text) || EN_DEMONSTRATIVE_SUBJECT.test(text) || EN_DEMONSTRATIVE_PHRASE.test(text) || EN_THERE.test(text)) return true;
  // "How big is the fund?": only when nothing else in the question names what it is about.
  return EN_CATEGORY_PHRASE.test(text) && lacksSubject(text.replace(EN_CATEGORY_PHRASE, ' '), false);
}

function replacePronoun(question: string, subject: string, zh: boolean): string {
  if (zh && !ZH_PRONOUN.test(question) && ZH_THERE.test(question)) return question.replace(ZH_THERE, subject);
  // 「佢嗰三個創新園」 "its three innovation parks": the pronoun owns the things a demonstrative and a count name after it; the owner
  // is the subject, the things stay (「科技園嘅三個創新園」).
  const owned = zh ? ZH_PRONOUN_OWNING.exec(question) : null;
  if (owned) return `${question.slice(0, owned.index)}${subject}${CANTONESE.test(question) ? '嘅' : '的'}${owned[1]}${question.slice(owned.index + owned[0].length)}`;
  if (zh) {
    // 「那個研究院」 for a subject ending in 院: the demonstrative and its noun stand for the subject.
    const last = subject.at(-1)!;
    if (CJK.test(last)) {
      // (「成個計劃」「整個項目」, "the whole scheme": the whole of what was spoken of.)
      const phrase = new RegExp(`(?:成個|成个|整個|整个|全個|全个|這個|这个|那個|那个|呢個|呢个|嗰個|嗰个|這間|这间|那間|那间|呢間|呢间|嗰間|嗰间|這所|这所|那所|該|该|這|这|此|呢|嗰)[\\u4e00-\\u9fff]{0,4}?${escape(last)}`);
      if (phrase.test(question)) return question.replace(phrase, subject);
    }
    // 「成個計劃」 after 「「製造+」計劃…」 (a subject not ending in the noun): the subject with the noun after it.
    const whole = /(?:成|整|全)(?:個|个)(計劃|计划|基金|項目|项目|園區|园区|中心|平台|方案|機構|机构|研究院|研發院|研发院|措施)/.exec(question);
    if (whole) return `${question.slice(0, whole.index)}${subject}${subject.endsWith(whole[1]!) ? '' : whole[1]}${question.slice(whole.index + whole[0].length)}`;
    // 「這筆錢」「呢項措施」: a demonstrative with its measure word and noun is that noun of the subject (「X的錢」).
    // A Cantonese 「啲」 opening the question is "the" (「啲錢由邊個基金出？」: the money just spoken of).
    // So does 「筆錢」 opening it, a sum's classifier alone (「筆錢用嚟做咩？」: the sum just spoken of).
    const measured = /(?:這|这|那|呢|嗰|該|该|此)(?:筆|笔|項|项|批|啲|些|塊|块|幅|片)(?=[\u4e00-\u9fff])|^啲(?=[\u4e00-\u9fff])|^(?:筆|笔)(?=錢|钱|款|數|数)/;
    if (measured.test(question)) return question.replace(measured, `${subject}${CANTONESE.test(question) ? '嘅' : '的'}`);
    // 「該計劃」 for a subject ending in 計劃: the noun is not said twice.
    const tails = [3, 2].filter((length) => subject.length > length).map((length) => escape(subject.slice(-length)));
    const once = (text: string) => (tails.length ? text.replace(new RegExp(`${escape(subject)}(?:${tails.join('|')})`), subject) : text);
    return once(question
      // (「佢第一期…」 of 「X園區第一期首三座大樓」: what follows the pronoun is a part the subject names; the subject up to it.)
      .replace(/(?:它們|它们|佢哋|他們|他们|它|佢)(?:嘅|的)?/, (match, offset: number, text: string) => {
        const at = /[嘅的]$/.test(match) ? -1 : subject.indexOf(text.slice(offset + match.length, offset + match.length + 2));
        return `${at >= 2 ? subject.slice(0, at) : subject}${/[嘅的]$/.test(match) ? match.at(-1) : ''}`;
      })
      .replace(new RegExp(`^((?:(?!${escape(subject)}).)*?)(?:這個|这个|那個|那个|呢個|呢个|嗰個|嗰个|這項|这项|該項|该项|呢項|呢项|嗰項|嗰项|這些|这些|那些|呢啲|嗰啲|(?<![應应唔])該|(?<![應应唔])该|其(?![他它中實实餘余次])|(?<![因如從从自彼])此(?![外後后前時时])|這(?![裏里樣样麼么邊边])|这(?![里样么边]))`), (_match, before: string) => `${before}${subject}${/^其/.test(_match.slice(before.length)) ? '的' : ''}`));
  }
  const bare = subject.replace(/^the\s+/i, '');
  const withArticle = /^[A-Z0-9]/.test(bare) && !/^the\s/i.test(subject) ? subject : /^the\s/i.test(subject) ? subject : subject;
  const demonstrativeSubject = !EN_PRONOUN.test(question) && EN_DEMONSTRATIVE_SUBJECT.exec(question);
  if (demonstrativeSubject) {
    const start = demonstrativeSubject.index + demonstrativeSubject[0].search(/\b(?:this|that)\s+$/i);
    return question.slice(0, start) + withArticle + question.slice(start + demonstrativeSubject[1]!.length);
  }
  const demonstrative = !EN_PRONOUN.test(question) ? demonstrativePhrase(question) : undefined;
  if (demonstrative) {
    // "that expert group" after a question on building a data ecosystem: a thing of the subject's, not the subject; "that centre" the subject itself.
    const head = (words: string[]) => words.at(-1)!.toLowerCase().replace(/['’]s$/, '').replace(/s$/, '');
    const own = demonstrative.words.length === 1 || head(bare.split(/\s+/)) === head(demonstrative.words);
    return question.slice(0, demonstrative.start) + (own ? withArticle : `the ${demonstrative.words.join(' ')} for ${withArticle}`) + question.slice(demonstrative.end);
  }
  if (!EN_PRONOUN.test(question) && EN_THERE.test(question)) return question.replace(EN_THERE, `${/^(?:the\s)?[A-Z]/.test(withArticle) ? 'at' : 'in'} ${withArticle}`);
  if (!EN_PRONOUN.test(question) && EN_CATEGORY_PHRASE.test(question)) return question.replace(EN_CATEGORY_PHRASE, withArticle);
  let replaced = false;
  return question.replace(new RegExp(EN_PRONOUN.source, 'gi'), (match) => {
    if (replaced) return match;
    replaced = true;
    if (/^(?:its|their|theirs)$/i.test(match)) return `${withArticle}'s`;
    return withArticle;
  });
}

/** Pronouns that stand for a thing, never a person ("it", "its", 它): a body may be what they point at, not a post or its holder. */
const THING_PRONOUN_EN = /\b(?:it|its)\b/i;
const THING_PRONOUN_ZH = /它/;

/**
 * "How many unicorns has it supported?" after "Who's the chairman of HKSTP?": the earlier question's subject is a post or a
 * person, which "it" (「它」) cannot stand for; the body the earlier question names (whose post it asked about) is meant.
 * Undefined when the subject is no post or person, the pronoun may be a person's, or the earlier question names no body.
 */
function bodyOfPost(question: string, subject: string, earlier: string, zh: boolean, findNames: NameFinder): string | undefined {
  const text = question.replace(/\b(?:this|that|next|last) (?:year|time)\b/gi, ' ');
  if (!(zh ? THING_PRONOUN_ZH : THING_PRONOUN_EN).test(text)) return undefined;
  const bare = subject.replace(/^the\s+/i, '');
  const personal = findNames(bare).some((hit) => (hit.kind === 'post' || hit.kind === 'person') && hit.written.length === bare.length);
  if (!personal) return undefined;
  return findNames(earlier.normalize('NFKC')).find((hit) => hit.kind === 'body')?.written;
}

function stripMarker(question: string, zh: boolean): string {
  return (zh ? question.replace(ZH_MARKER, '') : question.replace(EN_MARKER, '')).trim();
}

/** Whether a question is only question words, attributes, years and figures: about nothing it names itself. */
function lacksSubject(question: string, zh: boolean): boolean {
  const withoutFigures = question.replace(/\d[\d,./-]*(?:\s*(?:million|billion|bn|m))?/gi, ' ');
  if (zh) {
    let rest = withoutFigures.replace(new RegExp(ZH_QUESTION_WORD.source, 'g'), '').replace(ZH_EMPTY, '');
    for (const word of rest.match(/[\u4e00-\u9fff]{2,6}/g) ?? []) if (ZH_ATTRIBUTE.test(word) || ZH_ATTRIBUTE_HEAD.test(word)) rest = rest.replace(word, '');
    rest = rest.replace(/[個个間间家項项所名宗座條条枚支隊队人筆笔款億亿萬万錢钱元？?，,。！!\s]/g, '');
    return [...rest].filter((char) => CJK.test(char)).length < 2 && !/[A-Za-z]{2,}/.test(rest);
  }
  if (/\b[A-Z][\w&-]*/.test(withoutFigures.replace(/^\s*\w+/, ''))) return false;
  const words = withoutFigures.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  const content = words.filter((word) => !EN_EMPTY_WORDS.has(word) && EN_ATTRIBUTE.exec(word)?.[0].length !== word.length && !/^(?:big|large|small|long|high|low|fast|old|new|more|less|most|least|first|last|next|previous|original|revised|actual|total|overall|annual|current|latest|matching|max|min|maximum|minimum)$/.test(word));
  return content.length === 0;
}

/**
 * Whether every pronoun of an English question is a possessive ("its", "their") with a name before it in the question (a
 * known name, or an acronym in capitals): "When did MIT open its innovation centre?" asks of MIT, whatever came before.
 */
function possessiveOfOwnName(question: string, findNames: NameFinder): boolean {
  const pronouns = [...question.matchAll(new RegExp(EN_PRONOUN.source, 'gi'))];
  if (pronouns.length === 0 || !pronouns.every((match) => /^(?:its|their)$/i.test(match[0]))) return false;
  const before = question.slice(0, pronouns[0]!.index);
  return findNames(before).some((hit) => !bareRole(hit)) || /\b[A-Z][A-Za-z&+]*[A-Z][A-Za-z&+]*\b/.test(before.slice(1));
}

/**
 * A post written as a bare role (「主席」, 「局長」, "chairman", "Secretary"): it names no holder of its own, so in a
 * follow-up (「邊個做主席？」 after a question on a committee) it is the role of the subject spoken of.
 */
function bareRole(hit: NameHit): boolean {
  return hit.kind === 'post' && (CJK.test(hit.written) ? [...hit.written].length <= 2 : /^[A-Za-z]+$/.test(hit.written));
}

/** A noun headed by a word for a fee, rate, term or sum (「管理費」「利率」「年期」「資助額」): a measure of something, naming nothing itself. */
const ZH_ATTRIBUTE_HEAD = /^[\u4e00-\u9fff]{1,3}(?:費|费|率|額|额|價|价)$/;

/** Nouns that name no particular thing: who or what takes part in, uses or is counted by something already named. */
const EN_GENERIC_NOUN = /^(?:people|persons?|individuals?|companies|company|firms?|businesses|business|enterprises?|organi[sz]ations?|institutions?|applicants?|applications?|projects?|staff|employees?|workers?|jobs?|posts?|users?|members?|tenants?|participants?|beneficiaries|beneficiary|startups?|start-ups?|money|amount|funding|grants?|places?|units?|one|ones)$/;
/** Adverbs and particles that say when or how much, not what about. */
const EN_PARTICLE = /^(?:up|out|off|in|so|far|yet|already|now|currently|actually|still|exactly|roughly|approximately|altogether|in total|total|each|every|per|a|year|month|day|week|annually|ever|just|really|then|there|overall|much|many)$/;
/** Verbs of taking part, using or giving: "signed up", "applied", "invested", "paid out". */
const EN_LIGHT_VERB = /^(?:sign|signs|signed|apply|applies|applied|join|joins|joined|use|uses|used|using|invest|invests|invested|pay|pays|paid|run|runs|ran|manage|manages|managed|operate|operates|operated|fund|funds|funded|support|supports|supported|benefit|benefits|benefited|benefitted|hire|hires|hired|employ|employs|employed|create|creates|created|attract|attracts|attracted|serve|serves|served|work|works|worked|register|registers|registered|approve|approves|approved|award|awards|awarded|receive|receives|received|spend|spends|spent|disburse|disbursed|enrol|enrolled|enroll|enrolled|involve|involves|involved|cover|covers|covered|need|needs|needed|want|wants|wanted|expect|expects|expected|go|goes|went|gone|come|comes|came)$/;

/**
 * "How many people have signed up?", "how many companies have applied so far?", "how much does
 * each one get a year?": an English question whose only nouns name no particular thing (people,
 * companies, each one) and whose verbs are of taking part or using is about the subject already
 * being talked about.
 */
function asksOfNothingNamed(question: string): boolean {
  // "How many start-ups are there?" asks about the world, not about what was being talked about.
  if (namesOwnSubjectStrictly(question) || /\d/.test(question) || /\b(?:is|are|was|were|will be)\s+there\b|\bthere\s+(?:is|are|was|were)\b/i.test(question)) return false;
  const words = question.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
  if (words.length === 0 || !EN_QUESTION_WORD.test(question)) return false;
  return words.every((word) => EN_EMPTY_WORDS.has(word) || EN_GENERIC_NOUN.test(word) || EN_PARTICLE.test(word) || EN_LIGHT_VERB.test(word));
}

/**
 * "The corporation", "the fund" in an English question: the English form of a name the earlier question gave whose head noun
 * that is ("the Hong Kong Harbour Corporation" for 「海港公司」), with "the"; undefined when there is none or the question names its own.
 */
function nameOfKind(question: string, earlier: string, findNames: NameFinder): string | undefined {
  const kind = EN_CATEGORY_PHRASE.exec(question)?.[0].replace(/^the\s+/i, '').toLowerCase();
  if (!kind || namesOwnSubjectStrictly(question)) return undefined;
  for (const hit of findNames(earlier)) {
    const form = hit.en.find((name) => { const head = /([a-z]+)\W*$/i.exec(name)?.[1]?.toLowerCase(); return head === kind || head === `${kind}s`; });
    if (form) return /^the\s/i.test(form) ? form : `the ${form}`;
  }
  return undefined;
}

/** "How much of the fund has been invested?" after a question on a named fund: the category noun is the subject's own head noun. */
function categoryOfSubject(question: string, subject: string, earlier: string): boolean {
  const category = EN_CATEGORY_PHRASE.exec(question)?.[0].replace(/^the\s+/i, '').toLowerCase();
  if (!category || namesOwnSubjectStrictly(question) || CJK.test(subject)) return false;
  // Land by any of its words: "the land" after a question on a site.
  const land = /^(?:land|lands|site|sites|plot|plots|parcel|parcels)$/;
  const same = (word: string) => word === category || word === `${category}s` || (land.test(word) && land.test(category));
  const head = /([a-z]+)\W*$/i.exec(subject)?.[1]?.toLowerCase();
  // The subject's head noun, or a word of the earlier question ("How big is the X site?" → "the land").
  return (head !== undefined && same(head)) || (earlier.toLowerCase().match(/[a-z]+/g) ?? []).some(same);
}

/**
 * The earlier question with one of its noun phrases replaced by a fragment of the same kind: the
 * phrase that ends in the fragment's head noun ("AI companies" → "life and health technology
 * companies"), else what a "how many" question counts.
 */
/**
 * 「給Y的那一筆」「畀Y嗰筆」 as a whole follow-up, after an earlier question that names who money goes to (「給X的有多少」「畀X幾多」):
 * that question with Y as the recipient. Undefined when either names no recipient.
 */
function swapRecipient(earlier: string, fragment: string): string | undefined {
  const asked = ZH_RECIPIENT_FRAGMENT.exec(fragment.normalize('NFKC'))?.[1];
  if (!asked) return undefined;
  const text = earlier.normalize('NFKC');
  const before = ZH_RECIPIENT_IN_QUESTION.exec(text);
  return before ? `${text.slice(0, before.index + before[1]!.length)}${asked}${text.slice(before.index + before[0].length)}` : undefined;
}
const ZH_TO = '(?:給|给|畀|俾|予)';
/** A recipient alone, with the sum's demonstrative after it: 「給初創企業的那一筆」「畀大學嗰筆」 (the recipient in group 1). */
const ZH_RECIPIENT_FRAGMENT = new RegExp(`^(?:還有|还有|仲有|另外)?${ZH_TO}([\\u4e00-\\u9fffA-Za-z0-9+]{2,20}?)(?:的|嘅)?(?:那一筆|那一笔|那筆|那笔|嗰筆|嗰笔|這筆|这笔|呢筆|呢笔)?$`);
/** Who money goes to in a question: 「給X的」「畀X嘅」「給X幾多」 (the verb in group 1, the recipient is what follows it). */
const ZH_RECIPIENT_IN_QUESTION = new RegExp(`(${ZH_TO})[\\u4e00-\\u9fffA-Za-z0-9+]{2,20}?(?=的|嘅|有|幾多|几多|多少)`);

function replaceParallel(question: string, fragment: string, zh: boolean): string | undefined {
  const text = question.normalize('NFKC');
  const phrase = fragment.replace(/^(?:the|a|an)\s+/i, '');
  if (zh) {
    // (人 of 人口, 人數, 人手 is part of the word, population or headcount, not a classifier.)
    const counted = /(多少|幾多|几多|[幾几](?=[個个間间家項项所名宗座條条枚支隊队人筆笔款]))((?:[個个間间家項项所名宗座條条枚支隊队筆笔款]|人(?![口數数手]))?)([\u4e00-\u9fff]{1,10}?)(?=[？?，,。]|$)/.exec(text);
    if (!counted) return undefined;
    const at = counted.index + counted[1]!.length + counted[2]!.length;
    return text.slice(0, at) + phrase + text.slice(at + counted[3]!.length);
  }
  const head = /([a-z][\w-]*?)s?$/i.exec(phrase)?.[1];
  if (head && head.length >= 3) {
    const words = [...text.matchAll(/[\w&'()-]+/g)];
    const index = words.findIndex((word) => word[0].toLowerCase().replace(/s$/, '') === head.toLowerCase());
    if (index >= 0) {
      let first = index;
      while (first > 0 && !EN_EMPTY_WORDS.has(words[first - 1]![0].toLowerCase())) first--;
      const start = words[first]!.index!;
      const end = words[index]!.index! + words[index]![0].length;
      return text.slice(0, start) + phrase + text.slice(end);
    }
  }
  const counted = /\b(how many|number of)\s+((?:[\w&'-]+\s+){0,4}?[\w&'-]+?)(?=\s+(?:are|is|were|was|does|do|did|has|have|will|can|in|at|of|for)\b|[?.!]|$)/i.exec(text);
  if (!counted) return undefined;
  const start = counted.index + counted[1]!.length + 1;
  return text.slice(0, start) + phrase + text.slice(start + counted[2]!.length);
}

/** Whether an English or Chinese question names something of its own to be about. */
function namesOwnSubject(fragment: string, zh: boolean): boolean {
  if (zh) {
    const rest = fragment.replace(new RegExp(ZH_QUESTION_WORD.source, 'g'), '').replace(/[有係系是嘅的咗了會会將将可能共總总一間间個个項项宗名所座條条家人筆笔款億亿萬万錢钱元年度呢嗎吗㗎呀啊？?，,。\s]/g, '');
    return [...rest].filter((char) => CJK.test(char)).length >= 4;
  }
  // A capitalised word after the first, or a noun phrase after a preposition that is not a year.
  const words = fragment.split(/\s+/).slice(1);
  // A capitalised word, or a name led by a figure ("5G", "3D").
  if (words.some((word) => (/^[A-Z][\w&-]*/.test(word) && word !== 'I') || /^\d+[A-Z][\w&-]*$/.test(word))) return true;
  return /\b(?:for|of|in|on|about|at|under|to|by)\s+(?:the\s+)?(?![0-9]{4}\b)[a-z][\w-]{3,}/i.test(fragment);
}

/**
 * A name written in Latin letters as a whole Chinese fragment (「ITVF呢？」「Manufacturing+呢？」「CorpID呢？」): an acronym of three
 * letters or more in capitals, a word with capitals inside it, or one ending in "+". No attribute is written so, so it is a
 * new subject (two capitals, 「AI呢？」, may be a kind of the things counted, and is left to the other readings).
 */
const LATIN_NAME = /^(?:[A-Z][A-Z0-9&@-]{2,}|[A-Z]?[a-z]+[A-Z][A-Za-z0-9&@-]*|[A-Za-z][A-Za-z0-9&@-]*\+)$/;

/** An interjection opening a question (「喂，」, "hi,"): no part of what is asked (the asker saying who they are is withoutAskerPreface's). */
const OPENING_INTERJECTION = /^(?:(?:喂|餵|哦|噢|嗯|誒|欸|咦|hey|hi|hello|um+|uh+|er+)\s*[，,！!、]\s*)+/i;

/** A topic set out first in casual English: up to five words ending in a kind of named thing (thing-kinds.ts), then a question word or verb of asking. */
const EN_TOPIC_FIRST = new RegExp(`^((?:[\\w&+'’-]+\\s+){0,5}?[\\w&+'’-]*\\s*(?:${NAMED_THING_WORDS_EN.join('|')}))\\s+(?=(?:wat|what|whats|wat['’]s|what['’]s|how|when|where|who|which|why|brought|got|gets|has|gives|gave|offers|attracted)\\b)`, 'i');

/** What a standalone question is about: a known name, a capitalised phrase, or the phrase its grammar puts there. */
export function subjectOf(question: string, findNames: NameFinder = () => []): string | undefined {
  // (A preface saying who asks, 「想同學生講下航天，」, is why they ask, never what about.)
  const text = withoutAskerPreface(question.normalize('NFKC').trim()).replace(OPENING_INTERJECTION, '');
  const zh = CJK.test(text) && detectLanguage(text) !== 'en';
  const candidates: string[] = [];
  for (const hit of findNames(text)) candidates.push(hit.written);
  if (!zh) {
    // Capitalised phrases after the first word: "AI R&D Institute", "Hong Kong Science Park".
    // A capitalised word's number belongs to it ("Programme 2", "Head 135"); a year does not.
    // (A first word in capitals, "HKSTP's press release …", is a name itself: read from its first letter.)
    const from = /^(?:[A-Z][A-Z0-9&+-]+|[a-z]+[A-Z][\w&+-]*)\b/.test(text) ? 0 : 1;
    for (const match of text.slice(from).matchAll(/(?:\b[A-Z][\w&'+-]*|\b[a-z]+[A-Z][\w&'+-]*|\b[A-Z]{2,}\b)(?:(?:,\s+|\s+)(?:of(?:\s+the)?|and|for|the|&)?\s*(?:[A-Z][\w&'+-]*|\(\d+\)))*(?:\s+\d{1,3}(?![\d,.]\d|[\d-]))?(?:\s+(?:[a-z][\w-]*\s+){0,2}(?:scheme|programme|program|fund|funding|institute|centre|center|park|project|platform|initiative|plan|facility|cluster|lab|laboratory|office|bureau|council|agency|system|network|hub|zone|corporation|company|committee|subsidy|grant|award|policy|strategy|campus|account)s?\b)?/g)) {
      const before = text.slice(0, match.index! + from);
      // An ordinal in front picks one of the things the name names ("the third InnoHK research cluster"): it stays with it.
      const ordinal = /\bthe\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)$/i.exec(before)?.[1] ?? '';
      // A plain word between "the" and the name is part of it ("the microelectronics R&D institute" is not every R&D institute).
      // (Up to three such words, as a lower-case writer spells a name: "the hong kong microelectronics R&D institute".)
      const modifier = ordinal ? '' : /\bthe\s+((?:[a-z]+\s+){1,3})$/.exec(before)?.[1] ?? '';
      const kept = modifier.split(/\s+/).filter(Boolean).every((word) => !NOT_PART_OF_NAME.test(`${word} `) && !EN_NOT_NAME_WORD.test(word)) ? modifier : '';
      const phrase = (/\bthe\s+(?:[a-z]+\s+){0,3}$/i.test(before) && !/^the\b/i.test(match[0]) ? `the ${ordinal.toLowerCase()}${kept}` : '') + match[0].trim();
      if (!/^(?:the )?(?:I|HK\$?|What|How|When|Where|Who|Which|Why|Is|Are|Does|Do|Did|Can|Will|In|On|At|For|According|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Budget|Budgets|Estimates|Slides|Fact Sheet|Press Release)$/.test(phrase)) candidates.push(phrase);
    }
    // "What does the budget say about AI training for everyone?": the topic a source is asked about is named whole, not by a
    // name inside it ("AI").
    const topic = EN_TOPIC_ASKED.exec(text);
    if (topic && !/^(?:it|they|that|this|them)$/i.test(topic[1]!) && !sourceOnlyPhrase(topic[1]!)) candidates.push(topic[1]!.trim());
    // A thing written with its code in brackets ("the technology coordination block vote (sub-head 697) under Head 135"):
    // named whole, it is what is asked about, not the head it sits under.
    for (const match of text.matchAll(EN_CODED_THING)) candidates.push(match[0].trim());
    // A name written in Chinese inside an English question ("the 產學研 1+ scheme"), with the kind of thing it is after it.
    for (const match of text.matchAll(EN_CHINESE_NAME)) candidates.push(match[0].trim());
    // "hkstp's co-acceleration programme": a name's possession that is a named thing of its own (a programme, fund, office) is
    // what is asked about, with its owner.
    // (Chat drops the possessive: "hkstp corporate venture fund" is HKSTP's fund.)
    for (const candidate of [...candidates]) {
      const possessed = new RegExp(`${escape(candidate)}['’]s\\s+((?:[\\w&+-]+\\s+){0,3}(?:${NAMED_THING_WORDS_EN.join('|')})s?)\\b`, 'i').exec(text);
      // (Without the possessive only as chat sets a topic out first, at the start: "did cyberport launch new programmes?" is no name.)
      const unmarked = possessed ? null : new RegExp(`^${escape(candidate)}\\s+((?:(?!${EN_GRAMMAR_WORD}\\b)[\\w&+-]+\\s+){1,3}(?:${NAMED_THING_WORDS_EN.join('|')})s?)\\b`, 'i').exec(text);
      if (possessed) candidates.push(`${candidate}'s ${possessed[1]!}`);
      else if (unmarked) candidates.push(`${candidate} ${unmarked[1]!}`);
    }
    // "In the ITIB estimates, what's the technology co-ordination block vote?": a name only as whose document it is, when the
    // question's grammar names what it asks about; the name again if it names nothing else.
    const publishers = candidates.filter((candidate) => new RegExp(`${escape(candidate)}(?:['’]s)?\\s+(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*\\d{2,4})?\\s+)?(?:estimates|slides|press release|fact ?sheet|report)\\b`, 'i').test(text));
    if (publishers.length > 0 && publishers.length === candidates.length) candidates.splice(0, candidates.length);
    // "manufacturing+ scheme wat's the max funding", "hkstp corporate venture fund brought in how much": casual chat names its
    // topic first, a thing of a named kind, then asks of it.
    const topicFirst = candidates.length === 0 ? EN_TOPIC_FIRST.exec(text) : null;
    // (A kind alone, "the scheme what is it", points back: it names no topic of its own.)
    const topicWords = topicFirst ? topicFirst[1]!.trim().split(/\s+/) : [];
    if (topicFirst && !EN_NOT_NAME_WORD.test(topicWords[0]!) && topicWords.slice(0, -1).some((word) => !/^(?:the|this|that|these|those|its|their|a|an)$/i.test(word))) candidates.push(topicFirst[1]!.trim());
    if (candidates.length === 0) {
      // (A source set out first, "In the ITIB estimates, …", is where the question is asked: its grammar follows.)
      const asked = text.replace(LEADING_SOURCE_CLAUSE, '');
      // The noun phrase between an auxiliary and its verb ("how much does the digital identity of enterprises platform cost?")
      // is the subject whole, before a phrase after a preposition inside it ("of enterprises platform cost"); not a generic actor.
      const actor = /^(?:the\s+)?[\w&'()-]+(?:\s+[\w&'()-]+){0,6}?$/i;
      const auxiliary = /^(?:how many|how much|when|where)\b.*?\b(?:does|do|did|will|is|are|has|have)\s+((?:the\s+)?[\w&'()-]+(?:\s+[\w&'()-]+){0,6}?)\s+(?:have|get|receive|cost|need|be|open|start|take)\b/i.exec(asked)
        // "How many universities does the frontier tech research scheme support?": whatever the verb ending the question, what stands
        // between the auxiliary and it.
        // (No preposition inside it: "how much did the budget allocate for life and health technology?" ends in a noun, not a verb.)
        ?? /^(?:how many|how much)\b.*?\b(?:does|do|did|will|has|have)\s+((?:the\s+)?(?!(?:for|of|to|in|on|at|with|by|from|under|about|into)\b)[\w&'()-]+(?:\s+(?!(?:for|of|to|in|on|at|with|by|from|under|about|into)\b)[\w&'()-]+){0,6}?)\s+[a-z]+(?:\s+(?:so far|now|today|currently|yet|in total|altogether))?\s*[?.!]*$/i.exec(asked);
      const grammar =
        (auxiliary && actor.test(auxiliary[1]!) && !/^(?:the\s+)?(?:government|govt|budget|hk|hong kong|people|we|you|i)$/i.test(auxiliary[1]!) ? auxiliary : null) ??
        /\b(?:for|of|on|about|at|under|to|by|in)\s+((?:the\s+)?(?![0-9]{4}\b)[\w&'()-]+(?:\s+[\w&'()-]+){0,6}?)\s*(?:\b(?:in|for) (?:[0-9]{4}|the)\b.*)?[?.!]*$/i.exec(asked) ??
        /^(?:what|who)(?:['’]?s|\s+(?:is|are|was|were))\s+((?:the\s+)?[\w&'()+-]+(?:\s+[\w&'()+-]+){0,6}?)\s*[?.!]*$/i.exec(asked) ??
        // "how much is the new industrialisation acceleration scheme": the sum of the thing of a named kind the copula names.
        new RegExp(`^(?:how (?:much|big|large))(?:['’]s|\\s+(?:is|are|was|were))\\s+((?:the\\s+)?(?:[\\w&'()+-]+\\s+){0,5}(?:${NAMED_THING_WORDS_EN.join('|')})s?)\\s*[?.!]*$`, 'i').exec(asked) ??
        auxiliary;
      // A budget, year or document named after "in" or "from" is where the question is asked, not what it is about.
      // Nor a figure written in words ("above a quarter of a billion": "a billion" is part of the figure, not a subject).
      const inFigure = grammar ? extractQuantities(asked).some((quantity) => quantity.raw.includes(grammar[1]!.trim())) : false;
      if (grammar && !/^(?:it|they|that|this|them)$/i.test(grammar[1]!) && !sourceOnlyPhrase(grammar[1]!) && !inFigure) candidates.push(grammar[1]!.trim());
      else if (grammar) {
        const what = /^(?:what|who)(?:['’]?s|\s+(?:is|are|was|were))\s+((?:the\s+)?[\w&'()+-]+(?:\s+[\w&'()+-]+){0,6}?)\s+(?:in|from|of|according to)\s+(?:the\s+)?(?:\d{4}(?:\s*[-/–]\s*\d{2,4})?\s+)?(?:budget|fact ?sheet|press release|slides|estimates)\b/i.exec(asked);
        if (what && !/^(?:it|they|that|this|them)$/i.test(what[1]!)) candidates.push(what[1]!.trim());
        // "How many start-ups does HK have according to the fact sheet?": the source is where it is asked; who has them is the actor.
        else if (auxiliary && auxiliary !== grammar && !/^(?:it|they|that|this|them|we|you|i|people)$/i.test(auxiliary[1]!) && !sourceOnlyPhrase(auxiliary[1]!)) candidates.push(auxiliary[1]!.trim());
      }
    }
    if (candidates.length === 0) candidates.push(...publishers);
  } else {
    // A body named right before a document's kind (「科技園 2026 年新聞稿提到的…」) is who published it, not what is asked about,
    // when the question names something else: a name in Latin capitals (「INNOPOLE」「CorpID」) or in quotes.
    const published = candidates.filter((candidate) => new RegExp(`${escape(candidate)}\\s*(?:\\d{4}\\s*年\\s*)?(?:的|嘅)?(?:${ZH_DOCUMENT_KINDS})`).test(text));
    const latin = [...text.matchAll(ZH_LATIN_NAME)].map((match) => match[0]).filter((name) => !findNames(name).length);
    // (Nor when it asks which thing of a kind, 「X新聞稿提到會成立甚麼學院？」: the thing asked, which the answer will name.)
    if (published.length > 0 && (latin.length > 0 || /[「『《“]/.test(text.replace(/《[^》]*》/g, '')) || ZH_ASKED_KIND.test(text))) candidates.splice(0, candidates.length, ...candidates.filter((candidate) => !published.includes(candidate)), ...latin);
    const names = [...candidates];
    // A name in 「」 may hold a quote of its own (「製造及生產線『升』級支援計劃」): the outer marks bound it.
    for (const match of text.matchAll(/「((?:[^「」『』]|『[^『』「」]{1,20}』){2,40})」|[『《“"]([^」』》”"]{2,30})[』》”"]/g)) candidates.push((match[1] ?? match[2])!);
    // 「科技園的科技企業投資基金」: a possessive's head, when it names a scheme, fund or body, is what the question is about.
    for (const match of text.matchAll(ZH_POSSESSED_THING)) if ([...match[1]!].length >= 4 && !ZH_QUESTION_WORD.test(match[1]!)) candidates.push(match[1]!);
    // The topic before the predicate, when nothing is quoted; a known name counts only inside it (局長 in 局長辦公室).
    if (candidates.length === names.length) {
      // (A head named first, 「總目135 入面，」, is where the row is, and a year first is when: the topic follows them.)
      // (A year and its budget set out first, 「2024-25預算案里…」「2025-26預算案中…」「2024-25…」, are where and when, not what about.)
      const opened = text.replace(/^(?:(?:我)?想問|(?:我)?想问|請問|请问|咁|那麼|那么|那|而|另外|還有|还有|仲有)\s*/, '').replace(ZH_SOURCE_SAYS, '').replace(ZH_LEADING_YEAR_DOCUMENT, '');
      const headless = ZH_LEADING_HEAD.test(opened) ? opened.replace(ZH_LEADING_HEAD, '').replace(ZH_LEADING_YEAR, '') : opened;
      // (「給X預算多少錢」「為X預留多少錢」: the one given to or set aside for, after its preposition.)
      const lead = headless.trimStart().replace(/^(?:給|给|為|为|向|替|幫|帮)(?=[\p{Script=Han}A-Za-z0-9]{2})/u, '');
      const before = /^([A-Za-z][A-Za-z0-9+&.-]+|(?:[\p{Script=Han}0-9()（）+]|[A-Za-z][A-Za-z0-9+&.-]*|(?<=[\p{Script=Han}A-Za-z0-9]) (?=[\p{Script=Han}A-Za-z0-9])){2,20}?)\s*(?:(?=\s(?:個|个)\s)|(?=(?:嗰|那|呢|這|这)(?:筆|笔)?\s*[\d一二三四五六七八九十兩两百千萬万億亿])|(?=\s*\d{4}(?:[-/]\d{2})?\s*年|\s*\d{4}\s*[-/–]\s*\d{2}(?!\d)|\s*(?<!\d)\d{2}\s*[-/–]\s*\d{2}\s*年度)|有|係|系|是|嘅|的|會|会|將|将|喺|在|於|于|預留|预留|(?<![增加再])(?:撥|拨)(?:咗|了|出)|可|共|一共|總共|总共|獲|获|用|佔|占|攞|拎|拿|收到|每年|每個|每个|每[間间家所項项名位宗座條条隻只支隊队筆笔]|每日|每天|每月|每週|每周|平均|日均|最多|最高|最少|最低|今年|去年|明年|現在|现在|而家|目前|幾時|几时|何時|何时|甚麼時候|什麼時候|什么时候|點解|点解|點樣|点样|如何|幾多|几多|多少|多大|幾大|几大|多長|多长|多久|幾耐|几耐|咩|乜|邊|边|哪|由|跟|(?<![合相共協协如連连不])同|與|与|和|怎|(?=\s*[，,]))/u.exec(lead);
      // (Chinese mixed with English words spaces them off, 「數碼企業身份 platform 預算幾多錢」: the topic keeps its inner spaces only.)
      const topic = before?.[1]!.trim();
      // (A document alone, 「預算案有沒有提到…」, is where it is asked, not what about: the topic follows the verb of saying.)
      if (topic && !ZH_DOCUMENT_ALONE.test(topic) && !ZH_QUESTION_WORD.test(topic) && !ZH_PRONOUN.test(topic) && !ZH_BARE_VERB_DONE.test(topic) && !/^(?:政府|當局|当局|我|你|我們|我们|你們|你们)$/.test(topic)) {
        // The thing, not its attribute: 「創科產業引導基金規模」 is about 「創科產業引導基金」.
        // Nor the verb after a name (「數碼港支援」 is 「數碼港」 supporting).
        // Nor a verb done to it (「科技企業投資基金投資咗」 is the fund).
        // Nor a preposition of time before its date (「創科局截至2025年3月…」 is about 「創科局」).
        // (A standard row of the Estimates, 「…運作開支」, is named whole: 開支 is part of its name, not an attribute.)
        const timeless = topic.replace(/(?<=[\u4e00-\u9fff]{2}|[A-Za-z0-9]{2}\s?)(?:截至|截止|直至|直到|於|于|在|喺)$/, '').trim()
          // (An English verb with a Chinese aspect marker after it, 「ai subsidy scheme approve 咗」, is what the topic did.)
          .replace(/(?<=\S)\s+[A-Za-z]+\s*(?:咗|了|左|過|过)$/, '');
        const thing = (ESTIMATES_ROW_AT_END.test(timeless) ? timeless : timeless.replace(ZH_TRAILING_ATTRIBUTE, '')).replace(names.length > 0 ? ZH_TRAILING_VERB : /$^/, '').replace(/(?<=[\u4e00-\u9fff]{2}(?:計劃|计划|基金|中心|園區|园区|平台|公司|研發院|研发院|研究院))(?:投資|投资|投(?=咗|了)|資助|资助|支援|支持|提供|撥出|拨出|吸引|批出|批准|推出|成立|設立|设立|聘用|培育)?(?:咗|了|過|过)?$/, '');
        if (names.length === 0 || names.some((name) => topic.includes(name))) candidates.push([...thing].length >= 2 ? thing.trim() : topic);
      }
      else {
        const after = /(?:(?:有冇|有沒有|有没有|有否|是否|有無|有无)(?:講到|讲到|講|讲|提到|提及|提過|提过|說到|说到|談到|谈到|話|话)|講到|讲到|提到|提及|談到|谈到|設立|设立|成立|推出|推動|推动|推行|促進|促进|發展|发展|興建|兴建|資助|资助|支持|關於|关于|對於|对于|用於|用于|用嚟|用來|用来|搞|給|给|畀|俾|為|为|幫|帮|協助|协助)([\p{Script=Han}A-Za-z0-9()（）]{2,16}?)(?:的|嘅)?(?:[？?。]|$|有|係|是|多少|幾多|几多)/u.exec(lead)
          // 「畀咗幾多錢X？」: the one given to after the sum (a Cantonese double object).
          ?? /(?:畀|俾|給|给)(?:咗|了)?(?:幾多|几多|多少)(?:錢|钱)?([\p{Script=Han}A-Za-z0-9()（）]{2,16}?)(?:呢|㗎|呀|啊)?\s*[？?。]?\s*$/u.exec(lead);
        // Not its attribute either (「給數碼企業身份平台預算多少錢」 is about 「數碼企業身份平台」), nor a verb of setting money aside
        // after it (「為X預留多少錢」 is about X).
        const thing = after ? after[1]!.replace(ZH_TRAILING_ATTRIBUTE, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:預留|预留|撥出|拨出|撥款|拨款|撥|拨|投放|注資|注资|提供|預算|预算)(?:咗|了)?$/, '') : '';
        if (after && !ZH_QUESTION_WORD.test(after[1]!) && names.length === 0) candidates.push([...thing].length >= 2 ? thing : after[1]!);
      }
    }
    // 「會成立甚麼微電子研發機構？」: a question asking which thing of a kind is about that thing, named by its kind with its
    // modifiers, so that 「它」 after it still has a referent when the answer named none.
    const whichKind = candidates.length === 0 ? ZH_WHICH_KIND.exec(text) : null;
    if (whichKind && [...whichKind[1]!].length >= ZH_WHICH_KIND_MIN_CHARS) candidates.push(whichKind[1]!);
  }
  // A numbered item ("programme (1)", 「綱領(2)」) when nothing else names the subject.
  const numbered = candidates.length === 0 ? NUMBERED.exec(text) : null;
  if (numbered) candidates.push(numbered[0].trim());
  // 「第三個InnoHK研發平台」: the ordinal in front picks one of the things the name names, so it stays with it.
  if (zh) {
    for (const [at, candidate] of candidates.entries()) {
      const position = text.indexOf(candidate);
      const ordinal = position > 0 ? new RegExp(`(?:第|頭|头|首)${ZH_NUMERAL}[${ZH_ORDINAL_CLASSIFIER}]?$`).exec(text.slice(0, position)) : null;
      // With the head noun written after the name (「InnoHK研發平台」), so that the thing counted is said.
      const head = ordinal ? /^[\u4e00-\u9fff]{0,6}?(?:計劃|计划|基金|平台|中心|研發院|研发院|研究院|園區|园区|大樓|大楼)/.exec(text.slice(position + candidate.length))?.[0] ?? '' : '';
      if (ordinal) candidates[at] = `${ordinal[0]}${candidate}${head}`;
    }
  }
  // A place after "in" / "at" where something else is named (not a body, person or post the terminology knows) is where it
  // happens, not what it is about
  // ("When did MIT open its innovation centre in Hong Kong?" is about MIT).
  if (!zh && candidates.length > 1) {
    const bodies = new Set(findNames(text).filter((hit) => hit.kind !== 'place').map((hit) => hit.written));
    const adjunct = (candidate: string) => !bodies.has(candidate.replace(/^the\s+/i, '')) && new RegExp(`\\b(?:in|at|across|within|around)\\s+(?:the\\s+)?${escape(candidate.replace(/^the\s+/i, ''))}\\s*[?.!]*$`, 'i').test(text);
    const kept = candidates.filter((candidate) => !adjunct(candidate));
    if (kept.length > 0) candidates.splice(0, candidates.length, ...kept);
  }
  // "Subhead 697 … under Head 135", 「總目135 科技統籌（整體撥款）」: a head of the Estimates is where the item asked about is
  // listed; the item (a programme or sub-head by number, or the row named) is the subject.
  const heads = candidates.filter((candidate) => ESTIMATES_HEAD.test(candidate));
  if (heads.length > 0) {
    const item = ESTIMATES_ITEM.exec(text)?.[0].trim();
    const others = candidates.filter((candidate) => !ESTIMATES_HEAD.test(candidate));
    if (others.length > 0) candidates.splice(0, candidates.length, ...others);
    else if (item) return item;
  }
  // "What's subhead 697 in the ITIB estimates for?": a programme or sub-head named by its number is what is asked about; the
  // bureau whose Estimates list it is where it is listed (so "how much did they spend on it?" reads "it" as the sub-head).
  const numberedItem = ESTIMATES_ITEM.exec(text)?.[0].trim();
  if (numberedItem && !candidates.some((candidate) => candidate.includes(numberedItem) || ESTIMATES_ITEM.test(candidate))) return numberedItem;
  // 「生產力局幾時推出「資助易」？」: a quoted name brought into being (launched, set up) by a body is what is asked about, not the body.
  const launched = zh ? ZH_LAUNCHED_NAME.exec(text) : null;
  if (launched && candidates.includes(launched[1]!)) return launched[1]!;
  // 「生產力局個「資助易」平台」「科技園的「X」計劃」: a quoted name a body owns is what is asked about, not its owner.
  const owned = zh ? ZH_OWNED_QUOTED_NAME.exec(text) : null;
  if (owned && candidates.includes(owned[1]!)) return owned[1]!;
  // The longest candidate names the subject most fully ("AI R&D Institute" over "AI"); "ITIB's" is ITIB, and "programme (1)'s
  // 2025-26 estimate" is about programme (1): what follows a possessive is what of it is asked, unless it is a name itself
  // ("Cyberport's AI Supercomputing Centre").
  // "HKSTP's February 2026 press release": a month after a possessive dates the owner's document, and is no part of a name.
  // A time (「今年」, "this year") is when, never what a question is about.
  return candidates
    .filter((candidate) => !TIME_ONLY.test(candidate.trim()))
    .map((candidate) => candidate.replace(POSSESSIVE_BEFORE_MONTH, '$1').replace(POSSESSIVE_OF_ATTRIBUTE, '$1').replace(/(?<=\w)['’]s$/, ''))
    .sort((a, b) => b.length - a.length)[0];
}

/** "ITIB's budget": an owner (group 1) and what of it is asked; not when what it owns is a named thing ("HKSTP's incubation programme"). */
const POSSESSIVE_OF_ATTRIBUTE = new RegExp(`^(.+?[\\w)])['’]s\\s+(?![A-Z])(?!(?:[\\w&+-]+\\s+){0,3}(?:${NAMED_THING_WORDS_EN.join('|')})s?$)\\S.*$`);

/** "In the ITIB estimates, ", "according to the 2025-26 slides, ": a document named before the question proper. */
const LEADING_SOURCE_CLAUSE = /^(?:in|from|per|according to)\s+(?:the\s+)?[^,?]{0,60}?\b(?:estimates|slides|press release|fact ?sheet|report|budget)\s*,\s*/i;

/** A word or phrase of time alone (「今年」, "now", a month of a year: "as of feb 2025", 「2025年2月」): when something is, not what. */
const TIME_ONLY = /^(?:今年|去年|明年|上年|下年|舊年|旧年|出年|而家|現時|现时|目前|現在|现在|當時|当时|年內|年内|今年內|今年内|(?:this|last|next|the)\s+(?:year|month)|now|right now|currently|today|(?:(?:as of|as at|by|in|since|until|from)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:(?:19|20)\d{2})|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月))$/i;

/** A name in the possessive (group 1) before a month: "HKSTP's February". */
const POSSESSIVE_BEFORE_MONTH = new RegExp(`^(.+?[\\w)])['’]s\\s+${ENGLISH_MONTH_WORD}\\b.*$`, 'i');

/** "… say about X?", "… mention about X?": the topic (X, in group 1) a document is asked about. */
const EN_TOPIC_ASKED = /\b(?:say|says|said|mention|mentions|mentioned|state|states|stated|write|writes|wrote)\s+about\s+((?:the\s+)?[\w&'()+-]+(?:\s+[\w&'()+-]+){0,6}?)\s*[?.!]*$/i;

/** 「X隔籬嗰個Y」「X旗下那間Y」: a demonstrative after a word of place, and the thing (Y, in group 1) it points at. */
const ZH_DEMONSTRATIVE_PLACED = /(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?:隔籬|隔篱|隔壁|旁邊|旁边|附近|對面|对面|下面|入面|裏面|里面|旗下|之下)(?:嘅|的)?(?:嗰|那|這|这|呢)(?:個|个|間|间|所|家|項|项|座|幢|幅)([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?=有|係|系|是|嘅|的|幾|几|會|会|喺|在|提供|[？?，,]|$)/;
/** A demonstrative and classifier before a thing named in full: three characters or more before its kind word (「嗰個太空機械人中心」). */
const ZH_DEMONSTRATIVE_NAMED = /(?:嗰|那|這|这|呢)(?:個|个|間|间|所|家|項|项)([\u4e00-\u9fffA-Za-z0-9]{3,12}?(?:中心|計劃|计划|基金|平台|研究院|研發院|研发院|研究所|園區|园区|項目|项目|辦公室|办公室|委員會|委员会))/;

/** A name in Latin letters inside a Chinese question: three capitals or more, or capitals inside a word (INNOPOLE, CorpID). */
const ZH_LATIN_NAME = /(?<![A-Za-z])(?:[A-Z][A-Z0-9&@+-]{2,}|[A-Z]?[a-z]+[A-Z][A-Za-z0-9&@+-]*)(?![A-Za-z])/g;

/** A head of the Estimates ("Head 135", 「總目135」): the volume an item is listed in. */
const ESTIMATES_HEAD = /^(?:the\s+)?(?:head|總目|总目)\s*[（(]?\s*\d+\s*[)）]?$/i;
/** An item under a head, by number: a programme or sub-head ("subhead 697", 「綱領(2)」「分目000」); a year after 綱領 (「綱領2023-24」) is no number of it. */
const ESTIMATES_ITEM = /(?:programme|program|sub-?head|綱領|纲领|分目)\s*(?:no\.?\s*)?(?:[（(]\s*\d{1,3}\s*[)）]|\d{1,3}(?![\d-]))/i;
/** 「總目135 入面，」「總目135的」 opening a Chinese question: where the row asked about is listed. */
const ZH_LEADING_HEAD = /^(?:在|喺|於|于)?(?:總目|总目)\s*\d+\s*(?:入面|裏面|里面|裡面|之中|中|內|内|的|嘅|下|裏|裡|里)?[，,\s]*/;
/** A budget year right after such a head (「總目135 入面，2025-26 年度科技統籌…」): when, before what it is about. */
const ZH_LEADING_YEAR = /^\d{4}\s*[-/–]\s*\d{2}\s*(?:年度|年)?\s*(?:的|嘅)?/;

/** 「甚麼微電子研發機構？」「邊個基金？」: a question word, then the kind of thing asked for (its modifiers and a kind noun), ending the question. */
const ZH_WHICH_KIND =
  /(?:甚麼|什麼|什么|甚么|咩|乜嘢?|(?:哪|邊|边)一?[個个間间項项所家])([\p{Script=Han}A-Za-z0-9]{2,14}?(?:機構|机构|計劃|计划|基金|平台|中心|研發院|研发院|研究院|研究所|園區|园区|項目|项目|措施|組織|组织|公司|辦公室|办公室|委員會|委员会|設施|设施))(?:呢|㗎|呀|啊)?\s*[？?。]?\s*$/u;
/** A kind alone (「基金」) is too bare to stand for what was asked: the kind with at least one modifier. */
const ZH_WHICH_KIND_MIN_CHARS = 4;

/** Words that are never part of a name written before it: verbs, prepositions and question words ("the cost of the AI Institute"). */
/** Words of grammar (verbs of being and having, articles, prepositions, question words): never inside a name ("Cyberport have an incubation programme" is no name). */
const EN_GRAMMAR_WORD = '(?:have|has|had|is|are|was|were|an?|the|any|its|their|to|for|of|in|on|at|by|with|from|and|or|does|do|did|will|would|can|could|get|gets|got|runs?|what|which|how|when|where|why)';
const EN_NOT_NAME_WORD = /^(?:of|for|to|in|on|at|by|with|from|and|or|is|are|was|were|be|been|does|do|did|has|have|had|will|would|can|could|what|which|who|how|when|where|why|much|many|money|cost|budget|funding|amount|figure|number|size|total)$/i;

/**
 * Words between "the" and a name that point back to it or measure it ("the same AI Institute", "the total ITIB budget"),
 * not words of the name ("the microelectronics R&D institute").
 */
const NOT_PART_OF_NAME = /^(?:same|other|whole|entire|said|above|latest|new|current|existing|total|overall|annual|estimated|revised|actual|full|original|approved|proposed)\s+$/i;

/** "the technology coordination block vote (sub-head 697)": lower-case words after "the" and an estimates code in brackets. */
const EN_CODED_THING = /\bthe\s+(?:[a-z][\w-]*\s+){1,6}\((?:sub-?head|programme|program|head|item)\s*(?:no\.?\s*)?\d+\)/gi;

/** "the 產學研 1+ scheme": a run of Chinese (with a number or + in it) in an English question, and the kind word after it. */
const EN_CHINESE_NAME = /(?:\bthe\s+)?[\u3400-\u9fff](?:[\u3400-\u9fff]|\s*\d+\s*\+?)*(?:\s+(?:scheme|programme|program|fund|institute|centre|center|park|project|platform|initiative|plan|facility|cluster|lab|laboratory|office|bureau|council|agency|system|network|hub|zone|corporation|company|committee|subsidy|grant|award|policy|strategy|campus|account)s?\b)?/g;

/** 「推出「資助易」」「成立『X』」: a quoted name after a verb of launching or setting up (the name in group 1). */
/** A quoted name after a possessive (嘅 / 的 / 個 / 之 / 旗下): what its owner has, named (in group 1). */
const ZH_OWNED_QUOTED_NAME = /(?:嘅|的|個|个|之|旗下(?:的|嘅)?)\s*[「『]([^」』]{2,30})[」』]/;
const ZH_LAUNCHED_NAME = /(?:推出|成立|設立|设立|開設|开设|建立|啓用|啟用|启用|開展|开展|設置|设置)(?:了|咗|過|过)?[^「『，。？?]{0,6}[「『]([^」』]{2,30})[」』]/;

/**
 * A Chinese question that names nothing of its own: no known name, nothing quoted or in Latin letters, and no topic ending
 * in a word for a scheme, fund, body or place (「申請截止日期是哪天？」「預咗幾多錢㗎？」). Chinese drops a subject that
 * the conversation gives, so in a conversation such a question is about the earlier subject. English says a pronoun instead.
 */
export function namesNothingOwn(question: string, findNames: NameFinder = () => []): boolean {
  const text = question.normalize('NFKC');
  if (!CJK.test(text) || detectLanguage(text) === 'en') return false;
  // (The legislature named as who approves, 「幾時交去立法會批？」, acts on what is talked about: it is not what is asked about.)
  // (Not when it asks which items go to it, 「有咩要交去立法會批？」: that is about the legislature's business.)
  const approving = ZH_ASKS_WHICH_ITEMS.test(text) ? null : ZH_LEGISLATURE_APPROVING.exec(text);
  const approver = approving ? (approving[1] ?? approving[2]) : undefined;
  // (A numbered item, 「綱領(2)」「總目135」, names its own; so does a term led by a figure, 「5G網絡」「3D打印」.)
  if (findNames(text).some((hit) => !bareRole(hit) && hit.written !== approver) || /[「『《“"]|[A-Za-z]{2,}|\d[A-Z](?![A-Za-z])/.test(text) || NUMBERED.test(text) || yearsIn(text).some((year) => year.kind === 'relative')) return false;
  const subject = subjectOf(text, findNames);
  if (subject && subject !== approver && [...subject].length >= 3 && ZH_THING.test(subject)) return false;
  // What is left once its question words, particles, years, sources and verbs of saying are gone is at most an attribute
  // or a verb (「申請截止日期」「預咗…錢」「推出」), not a noun phrase of its own (「香港的5G網絡…人口」).
  const content = text
    .replace(approver ?? /$^/, ' ')
    .replace(/\d{4}\s*(?:[-/–]\s*\d{2,4})?\s*(?:年度|年)?/g, ' ')
    .replace(new RegExp(ZH_SOURCE.source, 'g'), ' ')
    .replace(/哪一?天|邊日|边日|幾號|几号|何日/g, ' ')
    .replace(new RegExp(ZH_QUESTION_WORD.source, 'g'), ' ')
    .replace(ZH_FILLER, ' ')
    .replace(ZH_EMPTY, ' ')
    .replace(/講|讲|說|说|話|话|寫|写|提到|資料|资料|[？?，,。！!、：:\s]/g, '')
    // (Who a scheme is for, 「支援對象」「受惠對象」, is its attribute, no thing of its own; so is whoever each share goes to,
    // 「每間公司」「每個項目」: "how much does each company get" asks the scheme's cap.)
    .replace(ZH_TARGET_GROUP, '')
    .replace(ZH_EACH_RECIPIENT, '')
    // (A row's columns set against each other, 「修訂預算比原來預算少了多少百萬元」, are the earlier row's: its attributes, when a
    // column opens the question; 「海港實驗室預算比…」 names its own row.)
    .replace(ZH_LEADING_COLUMN.test(text) ? ZH_COLUMNS_COMPARED : /$^/, '');
  return [...content].filter((char) => CJK.test(char)).length <= NOTHING_OWN_CHARS;
}

/**
 * An English question naming nothing of its own ("what's the annual running cost?", "has legco approved the funding yet?",
 * "is there an application deadline?"): no name (known, capitalised, quoted or in capitals), no figure but a year, and every
 * word one of asking, of a measure or attribute any subject has (cost, deadline, staff), of taking part, or the legislature as
 * who approves. Not a question about the world ("how many start-ups are there?").
 */
export function namesNothingOwnEn(question: string, findNames: NameFinder = () => []): boolean {
  const text = question.normalize('NFKC').trim();
  const withoutYears = text.replace(/\b(?:19|20)\d{2}(?:\s*[-/–]\s*\d{2,4})?\b/g, ' ');
  if (CJK.test(text) || !EN_QUESTION_WORD.test(text) || /["“‘]|\d/.test(withoutYears) || EN_ABOUT_THE_WORLD.test(text)) return false;
  if (findNames(withoutYears).some((hit) => !bareRole(hit) && !EN_LEGISLATURE.test(hit.written))) return false;
  // (A capitalised word after the first names something, but the legislature's.)
  if (withoutYears.split(/\s+/).slice(1).some((word) => /^[A-Z][\w&+-]*/.test(word) && word !== 'I' && !EN_LEGISLATURE.test(word))) return false;
  const words = withoutYears.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z][a-z-]*/g) ?? [];
  // ("What needs LegCo approval?" asks about the legislature's business: its own subject.)
  if (/^\s*(?:what|which)\b/i.test(withoutYears) && words.some((word) => EN_LEGISLATURE.test(word))) return false;
  return words.length > 0 && words.every((word) => EN_EMPTY_WORDS.has(word) || EN_GENERIC_NOUN.test(word) || EN_PARTICLE.test(word) || EN_LIGHT_VERB.test(word) || EN_ATTRIBUTE_WORD.test(word) || EN_LEGISLATURE.test(word) || EN_TALK_WORD.test(word));
}
/** "How many X are there?", "there are …": asks about the world, not what is being talked about ("is there a deadline?" asks of the subject). */
const EN_ABOUT_THE_WORLD = /\bhow (?:many|much)\b[^?]*\b(?:is|are|was|were|will be)\s+there\b|\bthere\s+(?:is|are|was|were)\b/i;
/** Words of talk around a question: thanks, acknowledgement, hesitation. */
const EN_TALK_WORD = /^(?:thanks|thank|you|cheers|great|cool|right|sure|hmm+|oh|ah|wow|interesting|good|nice|btw|anyway|also|just|wondering|wonder|curious|like|to|know)$/;
/** The legislature and its Finance Committee, who approve a proposal in any budget. */
const EN_LEGISLATURE = /^(?:legco|legislative|council|finance|committee|fc)$/i;
/** Words of a measure or attribute any subject may have: its cost, deadline, staff, site, how it is run, whether approved. */
const EN_ATTRIBUTE_WORD = /^(?:percentage|percent|rise|increase|decrease|fall|drop|change|growth|revised|original|actual|provision|spending|expenditure|outturn|annual|running|operating|operational|recurrent|capital|construction|build|built|total|overall|budget|budgets|funding|funds|fee|fees|charge|charges|price|rent|deadline|deadlines|application|applications|apply|eligible|eligibility|requirements?|criteria|conditions?|timeline|timetable|schedule|target|targets|goal|goals|aim|aims|purpose|size|area|capacity|headcount|location|located|address|website|contact|progress|status|latest|update|updates|approval|approve|approved|approves|launch|launched|open|opened|opening|start|started|end|ends|ended|finish|finished|complete|completed|completion|free|use|used|cap|ceiling|limit|maximum|minimum|salary|salaries|pay|value|reason|reasons|main|success|rate|results?|outcome|yet|any|idea|know|figures?|numbers?|data|info|information|details?|so-far|run|out|last|long|big|large|soon|currently|expected|due|first|phase|stage|next|now)$/;

/** 「有咩」「哪些」「什麼」: a question asking which things. */
const ZH_ASKS_WHICH_ITEMS = /有咩|有乜|有什麼|有什么|有甚麼|有甚么|哪些|邊啲|边啲|(?:什麼|什么|甚麼|甚么|咩|乜)(?!時候|时候|時間|时间|時|时)/;

/** The legislature or its Finance Committee by name: what approves, never what a follow-up is carried to. */
/** The legislature and its Finance Committee in Chinese, longest first. */
const ZH_LEGISLATURE = '立法會財務委員會|立法会财务委员会|立法會|立法会|財務委員會|财务委员会|財委會|财委会';
export const LEGISLATURE_NAME = new RegExp(`^(?:the\\s+)?(?:legco|legislative council|finance committee|${ZH_LEGISLATURE})$`, 'i');

/** The legislature or its Finance Committee (group 1) with a verb of approving or submitting for approval beside it: who approves a proposal, in any budget. */
const ZH_LEGISLATURE_APPROVING = new RegExp(`(?:交去|交俾|交給|交给|提交|提交予|向|去|俾|畀|由|經|经)?\\s*(${ZH_LEGISLATURE})\\s*(?=[^，,。？?]{0,10}?(?:批|通過|通过|審議|审议|撥款|拨款|申請|申请))|(?<=(?:批|通過|通过|審議|审议|申請撥款|申请拨款|提交|交)[^，,。？?]{0,4}?)(${ZH_LEGISLATURE})`);

/** A Chinese question opening with a column of the Estimates (and its year): 「修訂預算比…」「2025-26年度預算相對…」. */
const ZH_LEADING_COLUMN = /^(?:咁|那|而)?\s*(?:\d{4}\s*[-/–]\s*\d{2,4}\s*(?:年度|年)?\s*(?:的|嘅)?\s*)?(?:修訂|修订|原來|原来|實際|实际|核准)?(?:預算|预算|開支|开支)/;
/** 「修訂預算」「原來預算」「實際開支」 and the words setting two of them side by side (比、相對、較、少了、變動百分比) in a Chinese question. */
const ZH_COLUMNS_COMPARED = /(?:修訂|修订|原來|原来|實際|实际|核准)?(?:預算|预算|開支|开支)|比|相對|相对|較|较|相比|(?:少|多|增加|減少|减少)(?:了|咗)|(?:變動|变动|變化|变化)?百分比|百萬元|百万元|億元|亿元|萬元|万元/g;

/** 「每間公司」「每個項目」「每所大學」: each of those a scheme's money is shared among, by a distributive 每 and a common noun. */
const ZH_EACH_RECIPIENT = /每(?:一)?(?:間|间|家|個|个|所|名|位|項|项|宗|條|条)?(?:合資格|合资格)?(?:的|嘅)?(?:公司|企業|企业|機構|机构|大學|大学|院校|學校|学校|項目|项目|申請人|申请人|申請|申请|學生|学生|人)/g;

/** 「支援對象」「資助對象」「受惠對象」: the group a scheme is for. */
const ZH_TARGET_GROUP = /(?:支援|資助|资助|受惠|服務|服务|申請|申请|目標|目标|參與|参与)?(?:對象|对象)/g;

/** Most Chinese characters of content a question naming nothing of its own keeps (「申請截止日期」). */
const NOTHING_OWN_CHARS = 6;

/** What may follow a subject in the topic it is carried with: a year, its kind of figure (「2025-26年度預算撥款」「嘅開支」). */
const ZH_YEAR_ATTRIBUTE_TAIL = /^\s*(?:\d{4}\s*(?:[-/–]\s*\d{2,4})?\s*(?:年度|年)?)?\s*(?:的|嘅)?\s*(?:(?:總|总|全年|每年|原來|原来|修訂|修订|實際|实际|預計|预计)?(?:預算|预算|撥款|拨款|開支|开支|面積|面积|規模|规模|數目|数目|數量|数量|人數|人数|人手|職位|职位|金額|金额|費用|费用|成本|資助|资助|投資|投资)+)?\s*$/;

/** A verb done to a subject, and its aspect marker (「投資咗」「資助了」), as a topic may end in it. */
const ZH_VERB_TAIL = /^(?:投資|投资|資助|资助|支援|支持|提供|撥出|拨出|撥|拨|吸引|批出|批准|推出|成立|設立|设立|聘用|培育|預留|预留|投入|花|用|獲|获)(?:咗|了|過|过)?$/;

/** A phrase that only names a budget, a year or a kind of document ("the 2025-26 budget", "the fact sheet"). */
function sourceOnlyPhrase(phrase: string): boolean {
  return /^(?:the\s+)?(?:(?:\d{4}(?:\s*[-/–]\s*\d{2,4})?|this year['’]s|last year['’]s|next year['’]s|latest|government['’]s|government|govt['’]?s?|official)\s+)*(?:budget|budgets|fact ?sheets?|press releases?|slides|estimates|report|documents?)?$/i.test(phrase.trim()) || /^(?:the\s+)?\d{4}(?:\s*[-/–]\s*\d{2,4})?$/.test(phrase.trim());
}

/**
 * "San Tin" carried into a Chinese question after "How many hectares of San Tin land…?": a subject in the other language
 * that is no known name but part of one the earlier turns give ("the San Tin Technopole area" in the answer) is that name,
 * which has a form in the question's language. Only one such name, else the subject as it is.
 */
function nameInFull(subject: string | undefined, context: Pick<Context, 'question' | 'answer'>, zh: boolean, findNames: NameFinder): string | undefined {
  if (!subject || zh === CJK.test(subject) || findNames(subject.replace(/^the\s+/i, '')).length > 0) return subject;
  const bare = subject.replace(/^the\s+/i, '');
  // A part of an English name is whole words of it; of a Chinese name, its characters in a row.
  const words = new RegExp(`(?:^|[^\\p{L}])${escape(bare)}(?:[^\\p{L}]|$)`, 'iu');
  const partOf = (form: string) => form.length > bare.length && (zh ? words.test(form) : form.includes(bare));
  const fuller = [...new Map([...findNames(context.question), ...findNames(context.answer)].filter((hit) => (zh ? hit.zh : hit.en).length > 0 && (zh ? hit.en : hit.zh).some(partOf)).map((hit) => [hit.en[0] ?? hit.written, hit])).values()];
  return fuller.length === 1 ? fuller[0]!.written : subject;
}

/** The subject in the question's language when it is a known name with a form there. */
function nameInLanguage(subject: string, zh: boolean, findNames: NameFinder): string {
  // An English name carried into a Chinese question has no article there (「AI Subsidy Scheme資助幾多個項目？」).
  const named = nameInScript(subject, zh, findNames);
  return zh ? named.replace(/^the\s+/i, '') : named;
}

function nameInScript(subject: string, zh: boolean, findNames: NameFinder): string {
  const bare = subject.replace(/^the\s+/i, '');
  const inOtherScript = zh !== CJK.test(subject);
  // A subject in the other script that is a known name with a word or two more (「…超算中心首階段設施」):
  // the name, in the question's language, rather than words of another script in the question.
  const hit =
    findNames(bare).find((name) => name.written.length >= bare.length - 1) ??
    (inOtherScript ? findNames(bare).filter((name) => name.written.length * 2 >= bare.length).sort((a, b) => b.written.length - a.written.length)[0] : undefined);
  if (!hit) return (inOtherScript ? numberedInScript(bare, zh) : undefined) ?? subject;
  const forms = zh ? hit.zh : hit.en;
  if (forms.length === 0) return subject;
  if ((zh && CJK.test(subject)) || (!zh && !CJK.test(subject))) return subject;
  return zh ? forms[0]! : `the ${forms[0]!}`;
}

/** The earlier question with its subject swapped for a new one, or undefined if the subject is not in it. */
function replaceSubject(question: string, subject: string, replacement: string, findNames: NameFinder): string | undefined {
  const text = question.normalize('NFKC');
  const zh = CJK.test(text) && detectLanguage(text) !== 'en';
  const named = nameInLanguage(replacement, zh, findNames);
  const at = text.indexOf(subject);
  // A name in quotation marks put where the earlier one stood in its own (「「製造+」」 is 「製造+」).
  const newName = at > 0 && /[「『“"《]/.test(text[at - 1]!) ? named.replace(/^[「『“"《](.*)[」』”"》]$/, '$1') : named;
  if (at >= 0) return text.slice(0, at) + newName + text.slice(at + subject.length);
  const hit = findNames(text)[0];
  if (hit) return text.slice(0, hit.at) + newName.replace(/^the\s+/i, '') + text.slice(hit.at + hit.written.length);
  return undefined;
}

/** The noun a demonstrative points with ("that centre" → "centre"; 「這個園區」 → 「園區」). */
function demonstrativeNoun(question: string, zh: boolean): string | undefined {
  if (zh) return /(?:成個|成个|整個|整个|全個|全个|這個|这个|那個|那个|呢個|呢个|嗰個|嗰个|這間|这间|那間|那间|呢間|呢间|嗰間|嗰间|這項|这项|該項|该项|呢項|呢项|這所|这所|那所|嗰所|這家|这家|那家|呢家|嗰家|該|该|此|這|这)([\u4e00-\u9fff]{2})/.exec(question)?.[1];
  if (EN_DEMONSTRATIVE_SUBJECT.test(question)) return undefined;
  const phrase = demonstrativePhrase(question.replace(/\b(?:this|that|next|last) (?:year|time)\b/gi, (words) => ' '.repeat(words.length)));
  return phrase?.words.at(-1);
}

/** Words that end a noun phrase after a demonstrative: verbs, particles, prepositions and question words. */
const EN_PHRASE_END = /^(?:open|opens|opened|start|starts|started|begin|begins|began|end|ends|ended|close|closes|closed|finish|finishes|finished|launch|launches|launched|lead|leads|led|leading|own|owns|owned|include|includes|included|mean|means|meant|cost|costs|become|becomes|became|do|does|did|say|says|said|show|shows|showed|need|needs|needed)$/i;

/**
 * The noun phrase a demonstrative points with in English ("that centre", "that expert group"), up to three words, ending
 * before a verb, particle or preposition; after an auxiliary ("does that centre open?") the last word is the verb.
 */
function demonstrativePhrase(question: string): { start: number; end: number; words: string[] } | undefined {
  const match = EN_DEMONSTRATIVE_PHRASE.exec(question);
  if (!match) return undefined;
  const verbal = (word: string) => EN_LIGHT_VERB.test(word.toLowerCase()) || EN_PHRASE_END.test(word) || /(?:ed|ing)$/i.test(word);
  // "do those involve", "does that cover": a verb right after it makes the demonstrative a pronoun, with no noun of its own.
  if (EN_LIGHT_VERB.test(match[1]!.toLowerCase()) || EN_PHRASE_END.test(match[1]!)) return undefined;
  const words = [{ word: match[1]!, end: match.index + match[0].length }];
  const next = /\s+([a-z][a-z-]*)/iy;
  let stoppedAtVerb = false;
  while (words.length < 3) {
    next.lastIndex = words.at(-1)!.end;
    const word = next.exec(question)?.[1];
    if (word && verbal(word)) stoppedAtVerb = true;
    if (!word || stoppedAtVerb || EN_EMPTY_WORDS.has(word.toLowerCase()) || EN_PARTICLE.test(word.toLowerCase())) break;
    words.push({ word, end: next.lastIndex });
  }
  // "What does that institute focus on?": after an auxiliary the verb comes after the phrase; with none found, it is its last word.
  const afterAuxiliary = /\b(?:did|does|do|will|would|can|could|should|has|have|had|is|are|was|were)\s+$/i.test(question.slice(0, match.index));
  if (afterAuxiliary && words.length > 1 && !stoppedAtVerb) words.pop();
  return { start: match.index, end: words.at(-1)!.end, words: words.map((entry) => entry.word) };
}

/**
 * The phrase of the earlier turns that ends in a noun ("the microelectronics institute" for
 * "that institute"): a known name ending in it, else (English) the words before it up to an
 * article, preposition or question word.
 */
function phraseEndingIn(noun: string, texts: readonly string[], zh: boolean, findNames: NameFinder = () => []): string | undefined {
  for (const [position, text] of texts.entries()) {
    if (!text) continue;
    const named = findNames(text).find((hit) => hit.written.endsWith(noun));
    if (named) return named.written;
    // 「嗰間學院」 after an answer quoting 『國際臨床試驗學院』: the name in quotation marks that ends in that noun.
    const quoted = zh ? new RegExp(`[「『“]([^「『」』“”]{0,28}${escape(noun)})[」』”]`).exec(text.normalize('NFKC')) : null;
    if (quoted && [...quoted[1]!].length > [...noun].length) return quoted[1]!;
    if (zh) continue;
    const stem = noun.toLowerCase().replace(/s$/, '');
    const words = [...text.normalize('NFKC').matchAll(/[\w&+'’-]+/g)];
    const index = words.findIndex((word) => word[0].toLowerCase().replace(/(?:['’]s|s)$/, '') === stem);
    if (index <= 0) continue;
    let first = index;
    while (first > 0 && first > index - 5 && !EN_EMPTY_WORDS.has(words[first - 1]![0].toLowerCase()) && !/^\d/.test(words[first - 1]![0])) first--;
    if (first === index) continue;
    const phrase = text.normalize('NFKC').slice(words[first]!.index!, words[index]!.index! + words[index]![0].replace(/['’]s$/, '').length);
    // In an answer, only a name ("the Drone Test Centre"): "a research centre" there describes the subject.
    if (position > 0 && !/\b[A-Z]/.test(phrase)) continue;
    return `the ${phrase}`;
  }
  return undefined;
}

function pluralPronounIn(question: string, zh: boolean): boolean {
  return zh ? /佢哋|它們|它们|他們|他们|這些|这些|那些|呢啲|嗰啲/.test(question) : /\b(?:they|them|their|these|those)\b/i.test(question);
}

/** What a "how many …" question counts ("pilot lines", 「創新園」), when it names it. */
/** 「初創企業數目」, 「職位數量」, "the number of start-ups": the things a follow-up names as its own measure, counted. */
const ZH_NAMED_MEASURE = /^(?:(?:咁|那麼|那么|那|而|另外|至於|至于)[，,\s]*)?([\u4e00-\u9fff]{2,8}?)(?:的|嘅)?(?:總數|总数|數目|数目|數量|数量)/;
const EN_NAMED_MEASURE = /\b(?:the\s+)?(?:total\s+)?(?:number|count)\s+of\s+((?:[a-z][\w&+-]*\s+){0,3}?[a-z][\w&+-]*s)\b/i;

/**
 * The earlier turn a follow-up's own measure belongs to: the last turn, unless the follow-up names things counted that the
 * last question did not count and the turn before it did ("how many start-ups?" → "how many jobs?" → "and the number of
 * start-ups, up or down on the year before?").
 */
function measuredTurn(question: string, context: Context, zh: boolean): Context {
  const named = (zh ? ZH_NAMED_MEASURE : EN_NAMED_MEASURE).exec(stripMarker(question.normalize('NFKC'), zh))?.[1];
  if (!named || !context.previous) return context;
  const counts = (turn: Context) => {
    const counted = countedIn(turn.question, zh);
    return counted !== undefined && (counted.includes(named) || named.includes(counted));
  };
  return !counts(context) && counts(context.previous) ? context.previous : context;
}

/**
 * The count an earlier counting question asks, put plainly of another subject: 「…為多少家科技公司提供…？」 → 「數碼港有多少家科技公司？」,
 * "how many tech firms does X give office space to?" → "How many tech firms does Y have?". Only when the counted things
 * are named by a noun of things counted (companies, teams, people …), the first word after the count.
 */
function plainCountOf(earlier: string, subject: string, zh: boolean, cantonese: boolean): string | undefined {
  const text = earlier.normalize('NFKC');
  if (zh) {
    const counted = ZH_COUNTED_THINGS.exec(text);
    return counted ? `${subject}${cantonese ? '有幾多' : '有多少'}${counted[1] ?? ''}${counted[2]}？` : undefined;
  }
  const counted = EN_COUNTED_THINGS.exec(text)?.[1];
  return counted ? `How many ${counted} does ${subject} have?` : undefined;
}
/** A count and the things counted (classifier in group 1, the noun phrase in group 2), ending in a noun of things counted. */
const ZH_COUNTED_THINGS = /(?:幾多|几多|多少)([個个間间家項项所條条座名位支隊队])?([\u4e00-\u9fff]{0,4}?(?:公司|企業|企业|初創|初创|機構|机构|團隊|团队|人才|專才|专才|人員|人员|研究員|研究员|項目|项目|大學|大学|實驗室|实验室|院校))/;
const EN_COUNTED_THINGS = /\bhow many\s+((?:[a-z][\w&+-]*\s+){0,2}?(?:companies|firms|enterprises|start-?ups|teams|people|staff|researchers|projects|universities|institutions|labs|laboratories))\b/i;

/**
 * A verb (or a time adverb before one) that may follow the noun a count asks about, and what follows it
 * (「科技公司提供支援」 → 「科技公司」, 「重點企業已經落戶」 → 「重點企業」).
 */
export const ZH_NOUN_THEN_VERB = /(?<=[\u3400-\u9fff]{2})(?:用得|可用|可以用|可供|適用|适用|有得用|提供|支援|參與|参与|獲得|获得|接受|進駐|进驻|使用|申請|申请|受惠|落戶|落户|聘用|從事|从事|位於|位于|來自|来自|已經|已经|將會|将会|曾經|曾经|正在)[\u3400-\u9fff]*$/;

/** The noun before a verb of what the things do, when one follows it within a counted noun's reach (at most 6 characters). */
function nounBeforeVerb(words: string | undefined): string | undefined {
  const noun = words?.replace(ZH_NOUN_THEN_VERB, '');
  return noun && noun !== words && [...noun].length <= 6 ? noun : undefined;
}

function countedIn(question: string, zh: boolean): string | undefined {
  const text = question.normalize('NFKC');
  if (zh) {
    // The noun ends the clause, or a verb of what the things do follows it (「多少家重點企業已經落戶…？」).
    const counted = /(?:幾多|几多|多少|[幾几](?=[個个間间家項项所條条座名位隻只宗筆笔]))(?:個|个|間|间|家|項|项|所|條|条|座|名|位|隻|只|宗|筆|笔)?((?:[A-Za-z][A-Za-z0-9+&]*)?[\u4e00-\u9fff]{2,6}?)(?=[？?，,。呀㗎呢啊]|$)/.exec(text)?.[1]
      ?? nounBeforeVerb(/(?:幾多|几多|多少)(?:個|个|間|间|家|項|项|所|條|条|座|名|位|隻|只|宗|筆|笔)([\u4e00-\u9fff]{4,16})/.exec(text)?.[1]);
    return counted && !ZH_ATTRIBUTE.test(counted) && !/^(?:錢|钱|撥款|拨款|資助|资助)$/.test(counted) ? counted : undefined;
  }
  const counted = /\bhow many\s+((?:[a-z][\w&+-]*\s+){0,3}?[a-z][\w&+-]*s)\b(?=\s+(?:is|are|was|were|does|do|did|has|have|had|will|can|could|would|in|at|of|for|there|under|on)\b|\s*[?.!]|$)/i.exec(text)?.[1];
  return counted && !/^(?:years|times|people)$/i.test(counted) ? counted : undefined;
}

/** An English question that carries a name from Chinese is still answered in English. */
function languageKept(question: string, rewritten: string, zh: boolean): { language?: Language } {
  return !zh && CJK.test(rewritten) && !CJK.test(question) ? { language: 'en' } : {};
}

/** A Chinese question's topic: what comes before its first question word, without the verb that joins them. */
function topicOf(question: string): string | undefined {
  const text = question.normalize('NFKC').replace(ZH_MARKER, '');
  const at = text.search(ZH_QUESTION_WORD);
  if (at <= 0) return undefined;
  // (「合共」 ends with 共 but is one word: "in all", dropped whole.)
  // (A time word before them is kept whole: 「香港現在有…」 is 「香港現在」, not 「香港現」.)
  const topic = text.slice(0, at).replace(new RegExp(`(${ZH_TIME_WORDS})?(?:有|係|系|是|的|嘅|會|会|將|将|可以|可|能|合共|共|一共|總共|总共|預留|预留|獲|获|用|在|喺|於|于|為|为|到|咗|了|做|搞|\\s|[，,：:])+$`), (_words, time?: string) => time ?? '');
  return [...topic].filter((char) => CJK.test(char)).length >= 2 && !predicateFirst(topic) && !ZH_PRONOUN.test(topic) ? topic : undefined;
}

/**
 * A verb of involving, providing, attracting or creating right before its question word
 * (「涉及幾多錢？」「吸引了多少私人投資？」「提供咩服務？」): the question opens with its predicate.
 */
const PREDICATE_THEN_QUESTION_WORD = /^(?:涉及|包括|包含|涵蓋|涵盖|覆蓋|覆盖|提供|支援|支持|吸引|投資|投资|資助|资助|促成|創造|创造|帶來|带来|聘用|聘請|聘请|批出|批准|撥出|拨出|投放|服務|服务|培育|孵化|招攬|招揽|推出|推行|成立|設立|设立|完成|落成|啓用|啟用|启用|運作|运作|營運|营运)(?:了|咗|過|过|到|緊|紧)?(?:多長|多长|多久|幾耐|几耐|幾長|几长|多少|幾多|几多|幾|几|咩|乜|什麼|什么|甚麼|甚么|哪|邊|边|誰|谁)/;

/** Time and frequency words that may open a Chinese clause before its predicate (「今年」「而家」「每日平均」「至今」). */
const ZH_TIME_WORDS = '今年內|今年内|今年|年內|年内|而家|現時|现时|現在|现在|目前|暫時|暂时|至今|迄今|到目前為止|到目前为止|到而家|直到而家|每日|每天|每年|每月|每個月|每个月|平均|日均|將來|将来|未來|未来|之後|之后|遲啲|迟啲';
const ZH_LEADING_TIME = new RegExp(`^(?:(?:${ZH_TIME_WORDS})[，,\\s]*)+`);

/** A Chinese question that opens with its predicate, a question word or an adverb: it has no topic of its own. */
function predicateFirst(question: string): boolean {
  // A time or frequency word in front (「今年預計資助…」「每日有幾多…」) is not a topic: what follows it is read.
  question = question.trim().replace(ZH_LEADING_TIME, '');
  return PREDICATE_THEN_QUESTION_WORD.test(question.trim()) || /^(?:是|係|系|會|会|有|冇|可以|可|能|將|将|喺|在|於|于|由|從|从|幾時|几时|何時|何时|甚麼時候|什麼時候|什么时候|點解|点解|為什麼|为什么|為何|为何|點樣|点样|怎樣|怎样|怎麼|怎么|如何|哪|邊|边|誰|谁|多少|幾多|几多|幾|几|最多|最少|最高|最低|一共|總共|总共|共|大約|大约|大概|同時|同时|同|跟|與|与|比|仲|還|还|已經|已经|已|未|計劃|计划|打算|預計|预计|主要|具體|具体|實際|实际|到底|究竟|要|需要|用咗|用了|用|花|做|拎|拿|獲|获|得|開|开|加|減|减|增加|增|減少|减少|跌|升|負責|负责|佔|占|屬於|属于|位於|位于|賣|卖|出售|出租|租出|買|买|收)/.test(question.trim());
}

/** An English question without a verb ("how many research staff?", "starting from when?", "total cost?"). */
function verbless(question: string): boolean {
  const words = question.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
  if (words.length === 0 || words.length > 6) return false;
  return !words.some((word) => /^(?:is|are|was|were|be|been|am|does|do|did|has|have|had|will|would|can|could|should|shall|may|might|must|need|needs|get|gets|got|cost|costs|take|takes|mean|means|open|opens|opened|run|runs|make|makes|made|say|says|said|spend|spends|spent)$/.test(word) || /['’](?:s|re|ll|d|ve)$/.test(word));
}

/** An English question that names something itself: a capitalised word after the first, or a quoted term. */
function namesOwnSubjectStrictly(question: string): boolean {
  return /["“‘']/.test(question) || question.split(/\s+/).slice(1).some((word) => /^[A-Z][\w&+-]*/.test(word) && word !== 'I');
}

/** Ends a question with the question mark of its script. */
function punctuate(text: string, zh: boolean): string {
  const body = text.replace(/[?？]+\s*$/, '');
  return `${body}${zh ? '？' : '?'}`;
}

function capitalise(text: string): string {
  return /^[a-z]/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
