import { z } from 'zod';
import { searchableText } from '../chunk/chunk.js';
import type { DocumentEntry, Language } from '../corpus/manifest.js';
import { BudgetQaError } from '../errors.js';
import { detectAnswerType } from '../retrieve/question-intent.js';
import { detectLanguage, foldForMatch, toSimplified } from '../text/normalise.js';
import { DEFAULT_SEARCH_TEXT_OPTIONS } from '../text/search-text.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { extractQuantities, readChineseDate, type Quantity } from '../text/quantities.js';
import type { AnswerResult } from './answer-contract.js';
import { composeAbstention } from './extractive-answer.js';
import { MAX_QUESTION_LENGTH, validateQuestion, type AskOptions, type QuestionAnswerer } from './answer-question.js';
import { LEGISLATURE_NAME, markedOnly, numberedInScript, namesNothingOwn, namesNothingOwnEn, subjectCarriedInto, resolveFollowUp, sourceIn, subjectOf, ZH_NOUN_THEN_VERB, type FollowUpResolution, type Comparison, type ConversationTurn, type FollowUpKind, type NameFinder, type ResolveFollowUpOptions, type SourceRef } from './resolve-follow-up.js';
import type { Suggester } from './suggest-follow-ups.js';
import { ASKS_FOR_SHARE_OR_FIGURE } from './counted-kind.js';
import { qualifierOf, withQualifier } from './qualifier.js';
import { isDocumentOfFormat } from './document-reference.js';

/**
 * A question asked in a conversation: the follow-up is made standalone from the earlier turns
 * (deterministically, see resolve-follow-up.ts), answered through the answerer's public API, and
 * the answer says how the question was read (`resolvedQuestion`).
 */

/** Most earlier turns accepted (user and assistant together). */
export const MAX_CONVERSATION_TURNS = 40;
/** Longest earlier turn accepted, in characters (an assistant answer with its quotes can be long). */
export const MAX_TURN_CHARS = 8000;

export const conversationTurnSchema = z
  .object({
    role: z.enum(['user', 'assistant'], { error: 'role must be "user" or "assistant"' }),
    content: z.string({ error: 'content must be a string' }),
  })
  .strict();

export const conversationSchema = z.array(conversationTurnSchema, { error: 'conversation must be an array of { role, content }' });

/** Rejects a conversation with too many turns or an over-long turn (CONVERSATION_TOO_LONG). */
export function validateConversation(turns: readonly ConversationTurn[], limits: { maxTurns?: number; maxTurnChars?: number } = {}): ConversationTurn[] {
  const maxTurns = limits.maxTurns ?? MAX_CONVERSATION_TURNS;
  const maxTurnChars = limits.maxTurnChars ?? MAX_TURN_CHARS;
  if (turns.length > maxTurns) throw new BudgetQaError('CONVERSATION_TOO_LONG', `The conversation has ${turns.length} earlier turns; at most ${maxTurns} are accepted.`);
  turns.forEach((turn, index) => {
    if ([...turn.content].length > maxTurnChars) throw new BudgetQaError('CONVERSATION_TOO_LONG', `conversation.${index}: the turn is longer than ${maxTurnChars} characters.`);
  });
  return [...turns];
}

export { nameFinderFor } from './resolve-follow-up.js';

export interface ConversationAnswer extends AnswerResult {
  /** The standalone question that was answered (the question itself when it needed no context). */
  resolvedQuestion: string;
  /** How the question was read from the earlier turns. */
  followUp: FollowUpKind;
  /** Questions the documents answer from beside the cited passages (suggest-follow-ups.ts), when asked for. */
  suggestions?: string[];
}

export interface AskInConversationOptions extends AskOptions {
  /** Earlier turns, oldest first. */
  conversation?: readonly ConversationTurn[];
  findNames?: NameFinder;
  /** Suggests follow-up questions for the answer (none without it). */
  suggest?: Suggester;
  /** Reads the question from the earlier turns (default resolveFollowUp; the server's remembers standalone readings). */
  resolve?: (options: ResolveFollowUpOptions) => FollowUpResolution;
}

/**
 * How many times the bound on a question's length a reading of it may be: the asked question is validated against the bound,
 * and the reading (the earlier subject carried in, "rn" written "right now") is the resolver's own text.
 */
export const READING_LENGTH_GROWTH = 2;

/** Answers a question in the context of the earlier turns. */
export async function askInConversation(answerer: QuestionAnswerer, question: string, options: AskInConversationOptions = {}): Promise<ConversationAnswer> {
  const { conversation = [], findNames, suggest, resolve = resolveFollowUp, ...asked } = options;
  validateQuestion(question, asked.maxQuestionLength);
  // The question as asked is bounded; a reading of it is ours (a subject carried in, short forms written out) and may be longer.
  const askOptions: AskOptions = { ...asked, maxQuestionLength: (asked.maxQuestionLength ?? MAX_QUESTION_LENGTH) * READING_LENGTH_GROWTH };
  let resolution = resolve({ earlier: conversation, question, findNames });
  // (A reading longer still, from a question of short forms written out again and again, gives way to the question as asked.)
  if ([...(resolution.lookup ?? resolution.question)].length > askOptions.maxQuestionLength! || [...(resolution.fallback?.question ?? '')].length > askOptions.maxQuestionLength!) resolution = { original: question, question: question.trim(), kind: 'standalone' };
  const language = askOptions.language ?? resolution.language;
  // The earlier question as read from the turns before it: worked out once, when a rule below needs it.
  let earlierRead: FollowUpResolution | undefined | null = null;
  const earlierReading = (): FollowUpResolution | undefined => (earlierRead === null ? (earlierRead = readEarlierTurn(conversation, resolve, findNames)) : earlierRead);
  if (resolution.comparison?.between) {
    const compared = await compareBetween(answerer, resolution.comparison, { ...askOptions, ...(language ? { language } : {}) });
    if (compared) {
      const suggestions = suggest && !askOptions.signal?.aborted ? await suggest(compared, resolution.question) : undefined;
      return { ...compared, question: question.trim(), resolvedQuestion: resolution.question, followUp: resolution.kind, ...(suggestions ? { suggestions } : {}) };
    }
  }
  // "How much lower is that than the 2024-25 revised estimate?" after a figure of one year: asked with the earlier question
  // whole, a table's change between the two years' columns, read with any change the document states in words (the
  // controlling officer's 「較…減少 N 元」), rather than the other year's cell set beside the earlier answer's figure, which
  // may be another table's total. Kept only when answered as a change; only for the size of the difference (a yes or no, or
  // "how does that compare?", keeps its verdict on the earlier figure).
  if (resolution.comparison?.year && resolution.comparison.difference && !resolution.comparison.source && !resolution.comparison.target && !resolution.source && conversation.length > 0) {
    const change = await changeAcrossYears(answerer, earlierReading(), question, { ...askOptions, ...(language ? { language } : {}) });
    if (change) {
      const suggestions = suggest && !askOptions.signal?.aborted ? await suggest(change, resolution.question) : undefined;
      return { ...change, question: question.trim(), resolvedQuestion: resolution.question, followUp: resolution.kind, ...(suggestions ? { suggestions } : {}) };
    }
  }
  // "What does the fact sheet say?": answered from the documents of that kind (and year) only.
  const docIds = resolution.source ? documentsOf(answerer.index.documents.values(), resolution.source) : undefined;
  if (docIds?.length) resolution = { ...resolution, question: yearOutsideSourceDropped(resolution, docIds.map((id) => answerer.index.documents.get(id)!.budgetYear)) };
  const scoped = docIds && docIds.length > 0 ? { docIds } : {};
  const earlierAnswer = [...conversation].reverse().find((turn) => turn.role === 'assistant')?.content;
  const earlierQuestion = [...conversation].reverse().find((turn) => turn.role === 'user')?.content;
  const judged = async (reading: FollowUpResolution, scope?: 'all', inOwnLanguage = false): Promise<AnswerResult> => {
    // (A Chinese turn read with an English name carried in, 「為期幾耐」 → «ai subsidy scheme：為期幾耐？», is still answered in Chinese.)
    const readIn = language ?? carriedInOtherLanguage(reading);
    const result = await answerer.ask(reading.lookup ?? reading.question, { ...askOptions, ...(scope === 'all' ? {} : scoped), ...(readIn && !inOwnLanguage ? { language: readIn } : {}) });
    if (offSubject(answerer, result, reading, findNames) || quotesAnotherOfItsKind(result, reading, findNames, answerer) || ordinalUnsaid(answerer, result, reading) || swappedInUnnamed(answerer, result, reading, findNames)) return withheldOffSubject(result);
    // 「成個計劃總共預留咗幾多錢？」 after a question on a scheme the asker named in quotes (「製造+」), whatever the earlier answer:
    // answered only from a passage naming it (one that does not is about something else).
    if (!result.abstained && reading.kind === 'pronoun' && reading.subject && earlierQuestion && quotedIn(earlierQuestion, reading.subject) && !namesSubject(answerer, result, reading.subject, findNames)) return withheldOffSubject(result);
    if (changeAnsweredWithEarlierFigure(result, reading, earlierAnswer) || partAnsweredWithWhole(result, reading, earlierAnswer) || otherCountAnsweredWithEarlierFigure(result, reading, earlierAnswer, earlierQuestion)) return withheldOffSubject(result, 'NO_ANSWER_OF_TYPE');
    const share = shareAnsweredWithWhole(result, reading, earlierAnswer, earlierQuestion);
    if (share) return share.abstained ? share : nearMiss(answerer, share, reading);
    return nearMiss(answerer, result, reading);
  };
  // A question read as standing alone that names nothing of its own (「申請截止日期是哪天？」, "what's the annual running cost?"):
  // asked of the earlier subject, as the conversation gives it, and answered only from a passage naming that subject.
  const ownless = resolution.kind === 'standalone' && !resolution.comparison && markedOnly(resolution.original, resolution.question);
  const zhOwnless = ownless && namesNothingOwn(resolution.original, findNames);
  const earlierFound = zhOwnless || (ownless && namesNothingOwnEn(resolution.original, findNames)) ? subjectOfReading(earlierReading(), findNames) : undefined;
  // (Never the legislature: it approves what is talked about, it is not carried into a question as its subject.)
  const dropped = earlierFound && !LEGISLATURE_NAME.test(earlierFound.trim()) ? earlierFound : undefined;
  if (dropped) {
    const named = nameFor(dropped, zhOwnless, findNames);
    const reading: FollowUpResolution = { ...resolution, question: subjectCarriedInto(resolution.original, named, zhOwnless), kind: 'aspect', subject: named };
    let carried = await judged(reading);
    let kept = !carried.abstained && namesSubject(answerer, carried, named, findNames);
    // 「咁2025-26年度預算案有咩進展？」: what that budget says of the subject, when asked so.
    const described = kept ? undefined : describedIn(resolution, conversation, findNames);
    if (described) {
      const answered = await judged(described);
      if (!answered.abstained && namesSubject(answerer, answered, described.subject!, findNames)) [reading.question, reading.subject, carried, kept] = [described.question, described.subject, answered, true];
    }
    // Not answered of that subject: the documents do not say it of what is being talked about. The question read alone
    // would be answered from whatever passage shares its few words (「申請截止日期是哪天？」 with a document's update date).
    const withheld = kept ? carried : carried.abstained ? carried : withheldOffSubject(carried);
    const suggestions = suggest && !askOptions.signal?.aborted && !withheld.abstained ? await suggest(withheld, reading.question) : undefined;
    return { ...withheld, question: question.trim(), resolvedQuestion: reading.question, followUp: reading.kind, ...(suggestions ? { suggestions } : {}) };
  }
  let onSubject = await judged(resolution);
  // Asked again in the other language («in english please», "so that's HK$100 million in english terms, right?") and not
  // answered so — a sentence matched across languages scores lower: answered in the question's own language (its figure is
  // given in both notations) rather than withheld.
  if (onSubject.abstained && !askOptions.language && resolution.language && resolution.language !== detectLanguage(resolution.question) && !resolution.comparison) {
    const own = await judged(resolution, undefined, true);
    if (!own.abstained) onSubject = own;
  }
  // Not answered as read: the other reading, when there is one (a year without the earlier year's
  // kind of figure; the earlier subject carried into a question after "and" read as standing alone).
  if (onSubject.abstained && resolution.fallback) {
    const loose: FollowUpResolution = { ...resolution, ...resolution.fallback, lookup: undefined, fallback: undefined };
    const second = await judged(loose);
    // A question read as its own, answered once the earlier subject is carried in, only from passages holding what it asks about
    // (「咁平均每日有幾多宗交易？」 in the passage on 轉數快; not 「咁而家輪公屋要等幾耐？」 in the one on a data park).
    const kept = !second.abstained && (resolution.kind !== 'standalone' || holdsWordsOf(answerer, second, resolution.question));
    if (kept) [resolution, onSubject] = [loose, second];
  }
  // Still not answered: the follow-up read with the earlier subject as its context, rather than withheld (see lastResort).
  if (onSubject.abstained && conversation.length > 0) {
    const rescued = await lastResort(answerer, resolution, { conversation, findNames, earlierAnswer, inherited: docIds !== undefined && docIds.length > 0 && !resolution.comparison && resolution.kind !== 'source' && !sourceIn(resolution.original) }, judged);
    if (rescued) [resolution, onSubject] = rescued;
  }
  // "How much did that go up compared with 2023?" when no passage gives that year's figure: the earlier answer's own sentence may
  // state the change against that year (「較 2023 年增加 7%」, "up 7% on 2023"); the earlier question asked again is answered with it.
  const year = resolution.comparison?.year;
  if (onSubject.abstained && year && resolution.comparison?.previous && earlierAnswer && statedChangeAgainst(earlierAnswer, year)) {
    const earlier = earlierReading();
    const again = earlier ? await judged({ ...earlier, comparison: undefined, fallback: undefined }) : undefined;
    if (again && !again.abstained && statedChangeAgainst(again.answer, year)) [resolution, onSubject] = [{ ...resolution, comparison: { ...resolution.comparison, source: undefined } }, again];
  }
  const verdict = resolution.comparison && !onSubject.abstained ? withVerdict(onSubject, resolution.comparison) : onSubject;
  const scaled = resolution.scale && !verdict.abstained ? withFigureInScale(verdict, resolution.scale) : verdict;
  // «so that's HK$100 million, right?» of the earlier figure: yes, with the answer that gives it.
  const answer = resolution.confirms && !scaled.abstained ? { ...scaled, answer: `${scaled.language === 'en' ? 'Yes. ' : '是。'}${scaled.answer}` } : scaled;
  const suggestions = suggest && !askOptions.signal?.aborted ? await suggest(answer, resolution.question) : undefined;
  return { ...answer, question: question.trim(), resolvedQuestion: resolution.question, followUp: resolution.kind, ...(suggestions ? { suggestions } : {}) };
}

/**
 * The earlier question (as read from the turns before it) and the follow-up asked as one question, answered when the answer is
 * a change between two columns of a table; undefined otherwise (see askInConversation).
 */
async function changeAcrossYears(answerer: QuestionAnswerer, earlier: FollowUpResolution | undefined, question: string, askOptions: AskOptions): Promise<AnswerResult | undefined> {
  if (!earlier) return undefined;
  const joined = `${earlier.question.trim()} ${question.trim()}`;
  if ([...joined].length > askOptions.maxQuestionLength!) return undefined;
  const result = await answerer.ask(joined, askOptions);
  return !result.abstained && result.answerType === TABLE_CHANGE_ANSWER ? result : undefined;
}

/** The asked question's language, when its reading (the earlier subject carried in, in the other language) reads as the other. */
export function carriedInOtherLanguage(resolution: FollowUpResolution): Language | undefined {
  const asked = detectLanguage(resolution.original);
  return asked !== 'en' && detectLanguage(resolution.question) === 'en' ? asked : undefined;
}

/** The last user turn as read from the turns before it (undefined when there is none). */
function readEarlierTurn(conversation: readonly ConversationTurn[], resolve: (options: ResolveFollowUpOptions) => FollowUpResolution, findNames?: NameFinder): FollowUpResolution | undefined {
  const at = conversation.map((turn) => turn.role).lastIndexOf('user');
  return at < 0 ? undefined : resolve({ earlier: conversation.slice(0, at), question: conversation[at]!.content, findNames });
}
/** The answer type the table answerer gives a change between two of a row's columns. */
const TABLE_CHANGE_ANSWER = 'change';

/**
 * A follow-up none of whose readings was answered is tried once more before it is withheld, as people ask follow-ups the
 * rewrite rules do not read. In order, the first answered wins:
 * - a source the follow-up did not name but inherited from the earlier question it was read into ("…according to the
 *   fact sheet"): the same reading asked of every document (a follow-up may move to another document);
 * - a follow-up about the earlier subject (a pronoun, an aspect, or a question naming nothing of its own): the follow-up as
 *   asked with that subject's name set beside it ("how many research labs are there? — the InnoHK initiative"), a wording
 *   the answerer may read where the rewrite was not read;
 * - a follow-up asking what another year's budget or another source says or does about the subject ("and what did the
 *   2025-26 budget do for it?", 「咁2025-26年度預算案有咩進展？」), read into the earlier question's frame ("how much …")
 *   and not answered: what that budget or source says about the subject.
 * The last two are kept only when a passage cited names the subject (see namesSubject) and the answer does not lead with
 * the earlier answer's figure (the earlier question answered again). Each is judged as every reading is (the subject's
 * passages, near misses). Not for a comparison, a change of language, another year's figure or another subject swapped
 * in ("and 2024-25?", 「咁第二期呢？」: the documents may not have it), nor a question read as naming its own subject.
 */
async function lastResort(
  answerer: QuestionAnswerer,
  resolution: FollowUpResolution,
  context: { conversation: readonly ConversationTurn[]; findNames?: NameFinder; earlierAnswer?: string; inherited: boolean },
  judged: (reading: FollowUpResolution, scope?: 'all') => Promise<AnswerResult>,
): Promise<[FollowUpResolution, AnswerResult] | undefined> {
  if (resolution.comparison || resolution.kind === 'language' || resolution.kind === 'comparison') return undefined;
  const original = resolution.original.trim();
  const zh = CJK_TEXT.test(original) && detectLanguage(original) !== 'en';
  const readings: Array<{ reading: FollowUpResolution; scope?: 'all' }> = [];
  // What another year's budget or another source says of the subject, asked as that.
  const described = describedIn(resolution, context.conversation, context.findNames);
  if (described) readings.push({ reading: described });
  if (resolution.kind === 'source' || (resolution.source && !context.inherited)) return readings.length ? firstKept(answerer, readings, context, judged) : undefined;
  // "Who will launch X?" → "HKSTPC" → "how many companies does it support?": "it" may be the body the answer named.
  const entity = resolution.kind === 'pronoun' && resolution.subject && resolution.question.includes(resolution.subject) ? answeredEntity(context.conversation, zh, context.findNames) : undefined;
  if (entity && entity !== resolution.subject) readings.push({ reading: { ...resolution, question: resolution.question.replace(resolution.subject!, entity), subject: entity, fallback: undefined } });
  if (context.inherited) readings.push({ reading: { ...resolution, fallback: undefined }, scope: 'all' });
  // A question read as its own with a subject of its own (or after "by the way") is about that subject, not the earlier one.
  const ownSubject = resolution.kind === 'standalone' && (resolution.subject !== undefined || resolution.question.trim() !== original);
  const subject = resolution.kind === 'pronoun' || resolution.kind === 'aspect' || (resolution.kind === 'standalone' && !ownSubject) ? earlierSubject(context.conversation, context.findNames) : undefined;
  // 「嗰間學院」 read as the 『國際臨床試驗學院』 an answer quoted: the pronoun stands for that, not for the earlier question's subject.
  const overlaps = (a: string, b: string) => foldTight(a).includes(foldTight(b)) || foldTight(b).includes(foldTight(a));
  const elsewhere = resolution.kind === 'pronoun' && resolution.subject !== undefined && subject !== undefined && ![subject, nameFor(subject, zh, context.findNames)].some((form) => overlaps(resolution.subject!, form));
  // (Nor when the question names a known thing of its own other than that subject, 「嗰間國際臨床試驗學院幾時成立？」: asked of the
  // earlier body, its own founding date would answer.)
  const namesOther = subject !== undefined && (context.findNames?.(original) ?? []).some((hit) => hit.kind !== 'post' && !overlaps(hit.written, subject) && !overlaps(hit.written, nameFor(subject, zh, context.findNames)));
  if (subject && !swapsIn(original, zh) && !elsewhere && !namesOther) {
    const named = nameFor(subject, zh, context.findNames);
    const body = original.replace(zh ? /[？?。！!\s]+$/ : /[?？.!！\s]+$/, '');
    const question = zh ? `${named}：${body}？` : `${capitalise(body)} — ${named}?`;
    if (question !== resolution.question) readings.push({ reading: { original: resolution.original, question, kind: 'aspect', subject: named } });
  }
  return firstKept(answerer, readings, context, judged);
}

/**
 * "And what did the 2025-26 budget do for it?", 「咁2025-26年度預算案有咩進展？」: a follow-up asking what a budget year or a
 * source says or does about the earlier subject, read as that ("What does the 2025-26 budget say about X?"); undefined
 * when it asks a figure, date or name, or names no year or source.
 */
function describedIn(resolution: FollowUpResolution, conversation: readonly ConversationTurn[], findNames?: NameFinder): FollowUpResolution | undefined {
  const original = resolution.original.trim();
  const zh = CJK_TEXT.test(original) && detectLanguage(original) !== 'en';
  if (!asksDescription(original, zh)) return undefined;
  const year = extractQuantities(original.normalize('NFKC')).find((quantity) => quantity.kind === 'fiscal-year') ?? (resolution.kind === 'year' ? extractQuantities(resolution.question.normalize('NFKC')).find((quantity) => quantity.kind === 'fiscal-year') : undefined);
  const source = resolution.source ?? sourceIn(original);
  const where = source?.written ?? (year ? (zh ? `${year.label ?? year.raw}年度預算案` : `the ${year.label ?? year.raw} budget`) : undefined);
  const subject = earlierSubject(conversation, findNames);
  if (!subject || !where) return undefined;
  const named = withPurposeOf(nameFor(subject, zh, findNames), conversation, findNames);
  const question = zh ? `${where}${CANTONESE_TEXT.test(original) ? '點講' : '怎樣說'}${named}？` : `What does ${/^(?:the\b|[A-Z])/.test(where) ? where : `the ${where}`} say about ${named}?`;
  return { original: resolution.original, question, kind: 'aspect', subject: named, ...(source ? { source } : {}) };
}

/**
 * A subject that is no name but a common noun ("research institutes") with what the earlier question said it was for
 * ("… for life and health tech went to research institutes?" → "research institutes for life and health tech"): there
 * may be other things of that kind.
 */
export function withPurposeOf(subject: string, conversation: readonly ConversationTurn[], findNames?: NameFinder): string {
  if (CJK_TEXT.test(subject) || /[A-Z0-9]/.test(subject) || (findNames?.(subject).length ?? 0) > 0) return subject;
  const at = conversation.map((turn) => turn.role).lastIndexOf('user');
  const earlier = at < 0 ? '' : resolveFollowUp({ earlier: conversation.slice(0, at), question: conversation[at]!.content, findNames }).question.normalize('NFKC');
  const owned = new Set(subject.toLowerCase().match(/[a-z][\w&+-]*/g) ?? []);
  for (const match of earlier.matchAll(PURPOSE_PHRASE)) {
    const phrase = match[1]!.trim();
    const words = phrase.toLowerCase().match(/[a-z][\w&+-]*/g) ?? [];
    if (sourceIn(phrase) || words.some((word) => owned.has(word)) || words.every((word) => ENGLISH_FILLER.has(word))) continue;
    return `${subject} for ${phrase}`;
  }
  return subject;
}

/** "for life and health tech", "of new industrialisation": a phrase of words (no figure) saying what something is for or of. */
const PURPOSE_PHRASE = /\b(?:for|of)\s+((?:the\s+)?[a-z][a-z&+-]*(?:\s+(?:and\s+|&\s+)?[a-z][a-z&+-]*){0,4}?)(?=\s+(?:went|go|goes|is|was|are|were|will|would|did|does|do|has|have|had|in|to|at|on|under|from)\b|\s*[?,.!]|$)/gi;

/** The first of the last-resort readings answered and kept (see lastResort). */
async function firstKept(
  answerer: QuestionAnswerer,
  readings: Array<{ reading: FollowUpResolution; scope?: 'all' }>,
  context: { findNames?: NameFinder; earlierAnswer?: string },
  judged: (reading: FollowUpResolution, scope?: 'all') => Promise<AnswerResult>,
): Promise<[FollowUpResolution, AnswerResult] | undefined> {
  for (const { reading, scope } of readings) {
    const result = await judged(reading, scope);
    if (result.abstained) continue;
    if (scope !== 'all' && !namesSubject(answerer, result, reading.subject!, context.findNames)) continue;
    if (context.earlierAnswer && leadsWithSameFigure(result.answer, context.earlierAnswer)) continue;
    // A figure asked ("how much …", 「幾多」) is not answered by a quote with no figure in front: that is the nearest passage.
    if (ASKS_FIGURE.test(reading.original) && QUOTE_ONLY.test(result.answer)) continue;
    return [reading, result];
  }
  return undefined;
}

/** A question asking for a figure: how much, how many, 幾多 / 多少. */
const ASKS_FIGURE = /\bhow (?:much|many)\b|幾多|几多|多少/i;

/** A question asking what something says, does or plans (「有咩進展？」, "what did it do for …?"), not a figure, date or name. */
export function asksDescription(question: string, zh: boolean): boolean {
  if (ASKS_STATUS.test(question)) return true;
  if (zh) return /點講|点讲|怎麼說|怎么说|怎樣說|怎样说|點寫|点写|有咩|有乜|有什麼|有什么|有甚麼|有甚么|進展|进展|做咗|做了|做過|做过|提到|提及|有冇提|有沒有提|有没有提|點樣|点样|如何|怎樣|怎样|咩|乜|什麼|什么|甚麼|甚么/.test(question) && !/幾多|几多|多少|幾時|几时|何時|何时|什麼時候|什么时候|甚麼時候|甚么时候|幾大|几大|多大|幾耐|几耐|多久|邊個|边个|邊度|边度|誰|谁|哪/.test(question);
  return /\b(?:what|how)\b|\b(?:say|says|said|mention|mentions|mentioned|propose|proposes|proposed|plan|plans|planned|progress|update|do|does|did)\b/i.test(question) && !/\bhow (?:much|many|big|large|long|soon)\b|\bwhen\b|\bwhich\b|\bwho\b|\bwhere\b|\bwhat (?:year|date|time|amount|figure|number|percentage)\b/i.test(question);
}

/** "Where's that at now?", "any update?", 「搞到邊？」「最新情況」: how far something has got, asked as what the documents say of it. */
const ASKS_STATUS = /\bwhere(?:['’]s| is| are)\s+(?:it|that|this|they|things)\s+at\b|\bany (?:updates?|news|progress)\b|\bwhat(?:['’]s| is) the (?:status|latest)\b|\bhow (?:is|are) (?:it|that|this|they|things) (?:going|coming along|progressing)\b|(?:去到|搞到|做到|行到)(?:邊|边|哪)(?:步|度|裏|里)?|搞成點|搞成点|最新(?:情況|情况|消息|進度|进度)/i;

/** Cantonese words: a question asked in Cantonese is answered in its words (「點講」, not 「怎樣說」). */
const CANTONESE_TEXT = /[佢係咩嘅啲喺冇嚟㗎咗乜嘢哋嗰畀咁]|幾多|几多/;

/** A fragment that swaps something in ("what about the Science Park?", "and 2024-25?", 「咁第二期呢？」). */
function swapsIn(question: string, zh: boolean): boolean {
  return zh ? /呢\s*[？?]?\s*$/.test(question) && !/(?:幾多|几多|多少|幾時|几时|邊|边|咩|乜|什麼|什么|甚麼|甚么|點|点|如何|哪|誰|谁)/.test(question) : /^(?:(?:and|so|ok(?:ay)?)[,\s]+)?(?:what|how) about\b|^(?:and|also)\s+(?:the|in|for|at|on)\b/i.test(question);
}

/** Whether a question writes a name in quotation marks (「製造+」, “Manufacturing+”): a name the asker gives, not a description. */
function quotedIn(question: string, name: string): boolean {
  const bare = name.replace(/^the\s+/i, '').replace(/^[「『“"]|[」』”"]$/g, '');
  return [...question.matchAll(/[「『“"]([^」』”"]+)[」』”"]/g)].some((match) => match[1]!.trim() === bare);
}


/**
 * Whether a passage the answer cites names the subject: its name (or a known name's form in either language) in the
 * passage, its section or its document's title; for a subject the terminology does not know, most of its own words.
 */
function namesSubject(answerer: Pick<QuestionAnswerer, 'index'>, result: AnswerResult, subject: string, findNames?: NameFinder): boolean {
  const bare = subject.replace(/^the\s+/i, '');
  // The known names inside it ("InnoHK" in "the InnoHK initiative"), in both languages.
  const hits = findNames?.(bare) ?? [];
  const forms = [bare, ...hits.flatMap((hit) => [...hit.zh, ...hit.en])].map((form) => foldTight(form)).filter((form) => form.length >= 2);
  const cited = result.citations.map((citation) => answerer.index.chunkById.get(citation.chunkId)).filter((chunk) => chunk !== undefined);
  const texts = cited.map((chunk) => foldTight([searchableText(chunk), answerer.index.documents.get(chunk.docId)?.title.en ?? '', answerer.index.documents.get(chunk.docId)?.title.zh ?? ''].join('\n')));
  if (texts.some((text) => forms.some((form) => text.includes(form)))) return true;
  if (hits.length > 0) return false;
  if (namedAcrossLanguages(answerer, bare, texts)) return true;
  const folded = foldForMatch(bare);
  const words = CJK_TEXT.test(folded)
    ? [...folded.replace(/\s+/g, '')].slice(1).map((char, at) => folded.replace(/\s+/g, '')[at]! + char)
    : (folded.match(/[a-z0-9][a-z0-9&+-]{2,}/g) ?? []).filter((word) => !ENGLISH_FILLER.has(word)).map((word) => word.slice(0, Math.max(4, word.length - 2)));
  if (words.length === 0) return false;
  return texts.some((text) => words.filter((word) => text.includes(word)).length / words.length >= NAMED_WORDS_SHARE);
}

/**
 * A subject in English words that no known name covers, asked in a Chinese or mixed conversation ("ai subsidy scheme",
 * 「沙嶺 data centre」), spoken of by a Chinese passage: the passage holds the subject's own Chinese words, or, when it has none,
 * a Chinese phrase the search text bridges its English words to (人工智能資助計劃 for "ai subsidy scheme"). The passages are
 * folded as namesSubject reads them (foldTight).
 */
export function namedAcrossLanguages(answerer: Pick<QuestionAnswerer, 'index'>, subject: string, texts: readonly string[]): boolean {
  if (!/[A-Za-z]{2,}/.test(subject)) return false;
  const ownChinese = (subject.normalize('NFKC').match(/[\u3400-\u9fff]{2,}/g) ?? []).map(foldTight);
  const english = subject.normalize('NFKC').replace(/[\u3400-\u9fff]+/g, ' ').trim();
  const bridged = answerer.index.searchText.terms(english, DEFAULT_SEARCH_TEXT_OPTIONS, { question: true }).map(({ term }) => foldTight(term)).filter((term) => CJK_TEXT.test(term));
  // (A mixed name, 「ai 研發院」: its Chinese words and some Chinese its English words bridge to, 人工智能; not 研發院 alone.)
  if (ownChinese.length > 0) return texts.some((text) => ownChinese.every((words) => text.includes(words)) && bridged.some((term) => [...term].length >= 2 && text.includes(term)));
  return texts.some((text) => bridged.some((term) => [...term].length >= BRIDGED_PHRASE_MIN_CHARS && text.includes(term)));
}
/** Fewest characters a bridged Chinese phrase has to stand for a whole English name (人工智能資助計劃, not 資助 alone). */
const BRIDGED_PHRASE_MIN_CHARS = 6;

/** Share of a subject's own words (English words, Chinese character pairs) a passage must hold to speak of it when it is no known name. */
const NAMED_WORDS_SHARE = 0.6;


/**
 * The body, person or post the last answer named when its question asked for one ("Who will launch X?" → "HKSTPC",
 * 「由邊個推出？」 → 「香港科技園公司」), in the follow-up's language; undefined otherwise.
 */
function answeredEntity(conversation: readonly ConversationTurn[], zh: boolean, findNames?: NameFinder): string | undefined {
  const at = conversation.map((turn) => turn.role).lastIndexOf('user');
  const answer = conversation[at + 1]?.role === 'assistant' ? conversation[at + 1]!.content : undefined;
  if (at < 0 || !answer || !findNames || !ASKS_WHO.test(conversation[at]!.content)) return undefined;
  const lead = /^(.*?)\s*\[\d+\]/.exec(answer)?.[1];
  const hit = lead ? findNames(lead).find((name) => name.kind === 'body' || name.kind === 'person' || name.kind === 'post') : undefined;
  if (!hit) return undefined;
  const form = (zh ? hit.zh : hit.en)[0] ?? hit.written;
  return zh || !/\s/.test(form) ? form : `the ${form}`;
}

/** A question asking who or which body: its answer names what a pronoun after it may stand for. */
const ASKS_WHO = /\bwho\b|\bwhich\s+(?:body|organi[sz]ation|company|corporation|department|bureau|office|agency|institution|university|one)\b|邊個|边个|誰|谁|哪個機構|哪个机构|哪間|哪间|邊間|边间|由邊|由边|什麼機構|什么机构|咩機構|咩机构|邊個機構|边个机构/i;

/** What the earlier turns were about: the subject of the last earlier question, read in its own conversation. */
function earlierSubject(conversation: readonly ConversationTurn[], findNames?: NameFinder): string | undefined {
  return subjectOfReading(readEarlierTurn(conversation, resolveFollowUp, findNames), findNames);
}

/** What a reading is about: its subject, else the one its question names. */
function subjectOfReading(reading: FollowUpResolution | undefined, findNames?: NameFinder): string | undefined {
  return reading ? reading.subject ?? subjectOf(reading.question, findNames) : undefined;
}

/** A known name in the question's language (「數碼港」 for Cyberport in a Chinese question), else as written. */
function nameFor(subject: string, zh: boolean, findNames?: NameFinder): string {
  const bare = subject.replace(/^the\s+/i, '');
  const hit = findNames?.(bare).find((name) => name.written.length >= bare.length - 1);
  const forms = hit ? (zh ? hit.zh : hit.en) : [];
  // (A numbered item is written in the asker's language: "programme (2)" carried into a Chinese question is 「綱領(2)」.)
  if (forms.length === 0 && CJK_TEXT.test(bare) !== zh) return numberedInScript(bare, zh) ?? (zh ? bare : subject);
  if (forms.length === 0 || CJK_TEXT.test(bare) === zh) return zh ? bare : subject;
  return forms[0]!;
}

/** A question asking the size of a change against something (「比2023年多咗幾多？」, "how much more than in 2023?"). */
const ASKS_CHANGE = /(?:比|較|较|相比|對比|对比)[^，,。？?]{0,30}(?:多|少|增|減|减|升|跌|高|低)(?:咗|了|出)?(?:多少|幾多|几多|百分之)|\bhow much (?:more|less|higher|lower)\b|\bhow many more\b|\bby how much\b|\b(?:increase|decrease|rise|fall|drop|growth|change)\b[^?]*\b(?:from|since|compared|than)\b/i;

/**
 * The size of a change asked after an answer with a figure, answered by leading with that same
 * figure: the level restated, not the change (「香港而家有幾多間初創企業？」 → 「近4,700間」, then
 * 「比2023年多咗幾多？」 → 「近4,700間」 again). The documents may state the change another way.
 */
export function changeAnsweredWithEarlierFigure(result: AnswerResult, resolution: Pick<FollowUpResolution, 'question' | 'kind'>, earlierAnswer: string | undefined): boolean {
  if (result.abstained || !earlierAnswer || resolution.kind === 'standalone' || resolution.kind === 'language' || !ASKS_CHANGE.test(resolution.question)) return false;
  return leadsWithSameFigure(result.answer, earlierAnswer);
}

/**
 * 「有多少間銀行參與？」 after 「「轉數快」有多少註冊？」 answered 1,622 萬, answered 1,622 萬 again: a count of other things asked of
 * the same subject, answered with the earlier answer's own figure from the same sentence, is the earlier count restated.
 */
export function otherCountAnsweredWithEarlierFigure(result: AnswerResult, resolution: Pick<FollowUpResolution, 'original' | 'kind'>, earlierAnswer: string | undefined, earlierQuestion: string | undefined): boolean {
  if (result.abstained || !earlierAnswer || !earlierQuestion || resolution.kind !== 'aspect' || !leadsWithSameFigure(result.answer, earlierAnswer)) return false;
  const zh = CJK_TEXT.test(resolution.original);
  // (A count with its classifier, 「幾多間銀行」, or "how many banks": not a sum.)
  const counted = zh ? zhCountedNoun(resolution.original) : undefined;
  // ("how many billion?" asks a scale, not a count of things.)
  const asked = zh ? (counted?.classifier ? counted.noun : undefined) : /\bhow many\s+(?!(?:billions?|millions?|thousands?|petaflops|(?:hk|us)?\s*dollars?)\b)((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b/i.exec(resolution.original)?.[1];
  return asked !== undefined && !earlierQuestion.normalize('NFKC').toLowerCase().includes(asked.toLowerCase());
}

/**
 * «how much is that in HK$ million?», 「即係幾多億？」: the answer's sum said first in the scale asked («In millions: HK$3,000
 * million.», 「以億計：約10.3億元人民幣。」), before the answer that gives it as the documents do. Unchanged when it leads with no sum.
 */
export function withFigureInScale(result: AnswerResult, scale: number): AnswerResult {
  const figure = leadFigure(result.answer);
  const words = SCALE_NAMES[scale];
  // (A sum, or a count of at least the scale's size: 「即是大約幾萬個？」 of 42,000 hotspots, said without a currency.)
  if (!figure || !words || (figure.kind !== 'money' && (figure.kind !== 'number' || figure.value < scale))) return result;
  const amount = (figure.value / scale).toLocaleString('en-US', { maximumFractionDigits: SCALED_FIGURE_DECIMALS });
  const rmb = figure.currency === 'CNY';
  // (The qualifier the answer gives its figure, «約», "about", stays with it, as the answer writes it: qualifier.ts.)
  const en = result.language === 'en';
  const qualifier = qualifierOf(leadText(result.answer) ?? '', figure.start, figure.end);
  const said = (text: string) => withQualifier(text, qualifier, en, en);
  const lead =
    figure.kind === 'number'
      ? en
        ? `In ${words.en}s: ${said(`${amount} ${words.en}`)}. `
        : `以${words.zh}計：${said(`${amount}${words.zh}`)}。`
      : en
        ? scale === 1e4 || scale === 1e8 || scale === 1e7
          ? `In ${words.zh}: ${said(`${amount}${words.zh}元${rmb ? '人民幣' : ''}`)}. `
          : `In ${words.en}s: ${said(`${rmb ? 'RMB' : 'HK$'}${amount} ${words.en}`)}. `
        : `以${words.zh}計：${said(`${amount}${words.zh}元${rmb ? '人民幣' : ''}`)}。`;
  return { ...result, answer: `${result.language === 'zh-Hans' ? toSimplified(lead) : lead}${result.answer}` };
}

/** The decimals a sum said in another scale keeps (94.144 million). */
const SCALED_FIGURE_DECIMALS = 3;
/** Each scale's word in Chinese and English. */
const SCALE_NAMES: Record<number, { zh: string; en: string }> = {
  1e3: { zh: '千', en: 'thousand' },
  1e4: { zh: '萬', en: 'ten thousand' },
  1e6: { zh: '百萬', en: 'million' },
  1e7: { zh: '千萬', en: 'ten million' },
  1e8: { zh: '億', en: 'hundred million' },
  1e9: { zh: '十億', en: 'billion' },
};

/** The figure an answer leads with, before its first citation mark (not a year, nor the month or day of a date). */
function leadFigure(answer: string): Quantity | undefined {
  const before = leadText(answer);
  // 「2025 年 3 月 31 日有 9 個…」: the count, not the 3 of its date's month (two counts of one day are not the same figure).
  return before !== undefined ? extractQuantities(before).find((quantity) => quantity.kind !== 'year' && quantity.kind !== 'fiscal-year') : undefined;
}
/** What an answer says before its first citation mark, dates blanked (leadFigure's positions are in it); none for a quote only. */
function leadText(answer: string): string | undefined {
  // An answer that only quotes its passage ("From …: “…” [1]") leads with no figure (its document's date is none).
  if (QUOTE_ONLY.test(answer)) return undefined;
  return /^(.*?)\s*\[\d+\]/.exec(answer)?.[1]?.replace(DATE_IN_TEXT, ' ');
}

/**
 * The figures an answer states: the one it leads with, then those of the passages it quotes — not the dates of the
 * documents it names (an answer that only quotes its passage has "2025-02-25" in its heading, which is no figure of it).
 */
export function answerFigures(answer: string): Quantity[] {
  const quoted = [...answer.matchAll(/[“「]([^”」]*(?:「[^」]*」[^”」]*)*)[”」]\s*\[\d+\]/g)].map((match) => match[1]!).join('\n');
  const figures = extractQuantities(quoted.replace(/\[\d+\]/g, ' ').replace(DATE_IN_TEXT, ' ')).filter((quantity) => quantity.kind !== 'year' && quantity.kind !== 'fiscal-year');
  const lead = leadFigure(answer);
  return lead ? [lead, ...figures] : figures;
}

/** A date written out (「2024 年 1 月」「3 月 31 日」, 2025-02-25, "January 2024"): its month and day are no figures. */
const DATE_IN_TEXT = /\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\b/gi;

function answerFigure(answer: string): Quantity | undefined {
  return answerFigures(answer)[0];
}

/** Whether two answers lead with the same figure (the earlier answer's figure restated). */
function leadsWithSameFigure(answer: string, earlierAnswer: string): boolean {
  const now = leadFigure(answer);
  const before = leadFigure(earlierAnswer);
  return now !== undefined && before !== undefined && now.kind === before.kind && now.value === before.value;
}

/** A question asking a part of what was just counted or summed ("how many of those are businesses?", 「當中有幾多間…」). */
const ASKS_PART = /\bhow (?:many|much) of (?:those|them|these|that|it|this|the)\b|\bwhat (?:share|proportion|percentage|fraction|part) of\b|^(?:(?:咁|那|而)\s*)?(?:當中|当中|其中|之中)/i;

/**
 * A part of the earlier figure asked ("how many of those are businesses?" after the registrations of a
 * payment system), answered by leading with that same figure: the whole restated, not the part.
 */
export function partAnsweredWithWhole(result: AnswerResult, resolution: Pick<FollowUpResolution, 'original' | 'kind'>, earlierAnswer: string | undefined): boolean {
  if (result.abstained || !earlierAnswer || resolution.kind === 'standalone' || resolution.kind === 'language' || !ASKS_PART.test(resolution.original.trim())) return false;
  return leadsWithSameFigure(result.answer, earlierAnswer);
}

/**
 * A share per member asked ("how much does each university get?", 「每所大學能拿到多少？」) where the earlier question
 * asked none, answered by leading with the earlier answer's figure: the whole restated, not a share. When the quoted
 * sentence states other figures of that kind (「…20 萬元以上但不超過 1,000 萬元的項目」), the share may be among them:
 * the quote is kept without the whole in front; otherwise the documents do not say (withheld). Undefined when it does not apply.
 */
export function shareAnsweredWithWhole(result: AnswerResult, resolution: Pick<FollowUpResolution, 'original' | 'kind'>, earlierAnswer: string | undefined, earlierQuestion: string | undefined): AnswerResult | undefined {
  if (result.abstained || !earlierAnswer || resolution.kind === 'standalone' || resolution.kind === 'language') return undefined;
  if (!ASKS_PER_MEMBER.test(resolution.original) || (earlierQuestion !== undefined && ASKS_PER_MEMBER.test(earlierQuestion))) return undefined;
  // "What's the max each university can get from it?" answered by a quote alone (no figure in front) whose sums are said of no
  // member (no "each", "per", 每, "up to"): the documents state no share.
  if (QUOTE_ONLY.test(result.answer) && MONEY_ASKED.test(resolution.original)) {
    const quoted = extractQuantities(result.answer).filter((quantity) => quantity.kind === 'money');
    return quoted.length > 0 && !PER_MEMBER_STATED.test(result.answer) ? withheldOffSubject(result, 'NO_ANSWER_OF_TYPE') : undefined;
  }
  if (!leadsWithSameFigure(result.answer, earlierAnswer)) return undefined;
  const whole = leadFigure(result.answer)!;
  const lead = /^(.*?)\s*\[\d+\][。.]?\s*/.exec(result.answer)!;
  const quote = /[“「]([\s\S]+)[”」]\s*\[\d+\]/.exec(result.answer.slice(lead[0].length))?.[1];
  const others = quote ? extractQuantities(quote).filter((quantity) => quantity.kind === whole.kind && quantity.value !== whole.value) : [];
  if (others.length === 0) return withheldOffSubject(result, 'NO_ANSWER_OF_TYPE');
  return { ...result, answer: result.answer.slice(lead[0].length) };
}

/** A sum asked for: how much, the most or least one can get, 多少錢 / 幾多錢 / 資助額. */
const MONEY_ASKED = /\bhow much\b|\b(?:max|maximum|most|least|minimum|cap|ceiling)\b|(?:多少|幾多|几多)(?:錢|钱)|(?:資助|资助)(?:額|额|上限)|上限|最多|最高/i;
/** A sum said of each member in the passage: "each", "per", "up to", 每, 上限, 最多, 不超過. */
const PER_MEMBER_STATED = /\b(?:each|per|every|up to|a maximum of|capped at|ceiling)\b|每|上限|最多|最高|不超過|不超过/i;
const ASKS_PER_MEMBER = /\b(?:each|every|per)\s+(?!(?:year|month|week|day|time|one|quarter|annum|cent)\b)[a-z][a-z-]+|每一?[個个間间家項项所名宗座條条枚支隊队筆笔款位隻只份]/i;

/**
 * "Is that more than …?": the answer's own figure (the first it states, cited) compared with the
 * figure asked about, as a yes or no before the answer. Figures of different kinds are not compared.
 */
export function withVerdict(result: AnswerResult, comparison: Comparison): AnswerResult {
  if (comparison.target) {
    const target = comparison.target;
    // Citation markers ("[1]") are not figures; "係咪多過50億？" after a sum of money asks about money.
    const stated = extractQuantities(result.answer.replace(/\[\d+\]/g, ' ')).find((quantity) => comparable(quantity, target) || (quantity.kind === 'money' && unitless(target)));
    if (!stated) return result;
    if (comparison.neutral && stated.value !== target.value) return { ...result, answer: `${statement(result.language, stated.value > target.value ? 'more' : 'less', stated.raw, target.raw)} ${result.answer}` };
    // "How much less is that than HK$10 billion?": the size of the difference, whichever way it goes.
    if (comparison.difference && stated.value !== target.value) return { ...result, answer: `${differenceStatement(result.language, stated, target, target.raw, { percent: comparison.percent })} ${result.answer}` };
    const holds = comparison.relation === 'more' ? stated.value > target.value : stated.value < target.value;
    return { ...result, answer: `${verdict(result.language, holds, comparison.relation, stated.raw, target.raw)} ${result.answer}` };
  }
  // Compared with another year: the earlier answer's figure against this answer's (the other year's).
  const previous = comparison.previous;
  const stated = previous && extractQuantities(result.answer.replace(/\[\d+\]/g, ' ')).find((quantity) => comparable(quantity, previous));
  if (previous && stated && comparison.same && comparison.source) return { ...result, answer: `${sameVerdict(result.language, stated.value === previous.value, `${stated.raw}`, previous.raw, comparison.source.written, comparison.different)} ${result.answer}` };
  // The other year's lookup restated the same figure, but its sentence states the change against that year
  // (「近4,700間初創企業（較2023年增加10%）」): the verdict is read from that.
  if (previous && stated && stated.value === previous.value && comparison.year && !comparison.source) {
    const change = statedChangeAgainst(result.answer, comparison.year);
    if (!change) return result;
    // "By how much …?": the size the sentence states with it (「增加 10 %」), no yes or no.
    if (comparison.difference) return { ...result, answer: `${changeStatement(result.language, change, comparison.year, statedChangeSize(result.answer, comparison.year))} ${result.answer}` };
    if (comparison.neutral) return { ...result, answer: `${changeStatement(result.language, change, comparison.year)} ${result.answer}` };
    const holds = comparison.relation === change;
    return { ...result, answer: `${yesNo(result.language, holds)}${changeStatement(result.language, change, comparison.year)} ${result.answer}` };
  }
  if (!previous || !stated || stated.value === previous.value) return result;
  // "How many more is that than the fact sheet's?": the earlier figure against this one, and the difference.
  if (comparison.difference) {
    // "How many more in the 2025-26 budget?": that source's figure is the one spoken of, against the earlier answer's.
    if (comparison.source && comparison.sourceFigureAsked) {
      const where = result.language === 'en' ? `${stated.raw} in ${/^(?:the\b|[A-Z])/.test(comparison.source.written) || CJK_TEXT.test(comparison.source.written) ? comparison.source.written : `the ${comparison.source.written}`}` : `${comparison.source.written}的${stated.raw}`;
      return { ...result, answer: `${differenceStatement(result.language, stated, previous, previous.raw, { spoken: where, percent: comparison.percent })} ${result.answer}` };
    }
    const other = comparison.source ? (result.language === 'en' ? `${stated.raw} in ${/^(?:the\b|[A-Z])/.test(comparison.source.written) || CJK_TEXT.test(comparison.source.written) ? comparison.source.written : `the ${comparison.source.written}`}` : `${comparison.source.written}的${stated.raw}`) : result.language === 'en' ? `${stated.raw} in ${comparison.year}` : `${comparison.year}年度的${stated.raw}`;
    return { ...result, answer: `${differenceStatement(result.language, previous, stated, other, { percent: comparison.percent })} ${result.answer}` };
  }
  if (comparison.source) {
    // Compared with another source: "Yes: 500 is more than 460 in the fact sheet." / "Yes: 2,400 in the press release is more than 1,600."
    const where = result.language === 'en' ? `${stated.raw} in ${/^(?:the\b|[A-Z])/.test(comparison.source.written) || CJK_TEXT.test(comparison.source.written) ? comparison.source.written : `the ${comparison.source.written}`}` : `${comparison.source.written}的${stated.raw}`;
    // "Higher or lower in the fact sheet?": which way it goes, no yes or no.
    // (With the size of the difference: "how does that compare with …?" is answered by how far apart they are too.)
    if (comparison.neutral) return { ...result, answer: `${differenceStatement(result.language, stated, previous, previous.raw, { spoken: where, percent: comparison.percent })} ${result.answer}` };
    if (comparison.sourceFigureAsked) {
      const holds = comparison.relation === 'more' ? stated.value > previous.value : stated.value < previous.value;
      return { ...result, answer: `${verdict(result.language, holds, comparison.relation, where, previous.raw)} ${result.answer}` };
    }
    const holds = comparison.relation === 'more' ? previous.value > stated.value : previous.value < stated.value;
    return { ...result, answer: `${verdict(result.language, holds, comparison.relation, previous.raw, where)} ${result.answer}` };
  }
  const holds = comparison.relation === 'more' ? previous.value > stated.value : previous.value < stated.value;
  const inYear = result.language === 'en' ? `${stated.raw} in ${comparison.year}` : `${comparison.year}年度的${stated.raw}`;
  if (comparison.neutral) return { ...result, answer: `${differenceStatement(result.language, previous, stated, inYear, { percent: comparison.percent })} ${result.answer}` };
  return { ...result, answer: `${verdict(result.language, holds, comparison.relation, previous.raw, inYear)} ${result.answer}` };
}

const CJK_TEXT = /[\u3400-\u9fff]/;

/** The way a quoted sentence says its figure moved against a year (「較 2023 年增加 10 %」, "up 10% from 2023"), if it says so. */
export function statedChangeAgainst(answer: string, year: string): Comparison['relation'] | undefined {
  for (const quote of quotedFromLeadFigure(answer)) {
    const change = changeAgainstIn(quote, year);
    if (change) return change;
  }
  return undefined;
}

/**
 * The quoted sentence of an answer from the figure it leads with on, then whole: a sentence stating two changes against a
 * year (「約4,700間初創企業（較2023年增加10%）……提供約17,650個職位（較2023年增加7%）」) states the one of the figure answered after it.
 */
function quotedFromLeadFigure(answer: string): string[] {
  const text = answer.normalize('NFKC');
  const quote = /[“「]([\s\S]+)[”」]\s*\[\d+\]/.exec(text)?.[1];
  if (!quote) return [];
  const lead = /^(.*?)\s*\[\d+\]/.exec(text)?.[1];
  const figure = lead && !QUOTE_ONLY.test(text) ? extractQuantities(lead).find((quantity) => quantity.kind !== 'year' && quantity.kind !== 'fiscal-year') : undefined;
  const at = figure ? quote.indexOf(figure.raw) : -1;
  return at > 0 ? [quote.slice(at), quote] : [quote];
}

function changeAgainstIn(quote: string, year: string): Comparison['relation'] | undefined {
  const label = escapeRegExp(year).replace(/-/g, '\\s*[-/–]\\s*');
  const zh = new RegExp(`(?:較|较|比|對比|对比|相比)\\s*${label}\\s*(?:年度|年)?\\s*(?:同期)?\\s*(增加|增長|增长|上升|多|高|減少|减少|下跌|下降|少|低)`).exec(quote);
  if (zh) return /減|减|跌|降|少|低/.test(zh[1]!) ? 'less' : 'more';
  const en = new RegExp(`\\b(up|down|more|less|higher|lower|an? (?:increase|decrease|rise|drop) of)\\b[^.;]{0,25}?\\b(?:from|than|on|over|compared (?:with|to))\\s+(?:the\\s+)?${label}\\b`, 'i').exec(quote);
  if (en) return /down|less|lower|decrease|drop/i.test(en[1]!) ? 'less' : 'more';
  return undefined;
}

/** "500 is 40 more than 460 in the fact sheet.", 「約500項比概況的460多40。」 */
function differenceStatement(language: Language, previous: Quantity, stated: Quantity, other: string, options: { spoken?: string; percent?: boolean } = {}): string {
  const spoken = options.spoken ?? previous.raw;
  const more = previous.value > stated.value;
  const gap = Math.abs(previous.value - stated.value);
  // "How much lower is that than X, in percent?": the difference as a share of X, the figure it is set against, too.
  const share = options.percent && stated.value !== 0 ? `${(Math.round((gap / Math.abs(stated.value)) * 100 * 10 ** PERCENT_DECIMALS) / 10 ** PERCENT_DECIMALS).toFixed(PERCENT_DECIMALS)}%` : undefined;
  const size = `${formatDifference(gap, previous, language)}${share ? (language === 'en' ? ` (${share})` : `（${share}）`) : ''}`;
  if (language === 'en') return `${spoken} is ${size} ${more ? 'more' : 'less'} than ${other}.`;
  return `${spoken}比${other}${more ? '多' : '少'}${size}。`;
}
/** Decimals of a difference given as a percentage (the estimates state theirs to one: 「(27.9%)」). */
const PERCENT_DECIMALS = 1;

/**
 * How many times the larger figure is the smaller, said as people say a multiple: whole when within MULTIPLE_WHOLE_WITHIN of
 * a whole number (31 ÷ 3.39 is "about 9"), else to MULTIPLE_DECIMALS places. Undefined when the smaller is not above zero.
 */
export function multipleOf(larger: number, smaller: number): string | undefined {
  if (!(smaller > 0)) return undefined;
  const times = larger / smaller;
  const whole = Math.round(times);
  return Math.abs(times - whole) <= MULTIPLE_WHOLE_WITHIN * times ? String(whole) : String(Math.round(times * 10 ** MULTIPLE_DECIMALS) / 10 ** MULTIPLE_DECIMALS);
}
/** A multiple within this share of itself from a whole number is said whole (9.14 → 9; 2.5 stays 2.5). */
const MULTIPLE_WHOLE_WITHIN = 0.05;
/** The decimals a multiple not near a whole number keeps (2.5 times). */
const MULTIPLE_DECIMALS = 1;

/** A difference written as the figures are: a count as a number, a sum of money in millions or billions (萬 / 億). */
function formatDifference(value: number, like: Quantity, language: Language): string {
  const round = (n: number) => String(exactRounding(n));
  if (like.kind !== 'money') return language === 'en' ? value.toLocaleString('en-US') : value.toLocaleString('en-US');
  if (language === 'en') return value >= 1e9 ? `HK$${round(value / 1e9)} billion` : value >= 1e6 ? `HK$${round(value / 1e6)} million` : `HK$${value.toLocaleString('en-US')}`;
  const [yi, wan] = language === 'zh-Hans' ? ['亿', '万'] : ['億', '萬'];
  return value >= 1e8 ? `${round(value / 1e8)}${yi}元` : value >= 1e4 ? `${round(value / 1e4)}${wan}元` : `${value.toLocaleString('en-US')}元`;
}

/**
 * A difference in millions, billions, 萬 or 億 rounded to the fewest decimals (from DIFFERENCE_MIN_DECIMALS up to
 * DIFFERENCE_MAX_DECIMALS) that say it exactly — 294.793 million, not 294.79: the figures it is taken from are exact to the
 * thousand —, else to DIFFERENCE_MIN_DECIMALS.
 */
function exactRounding(value: number): number {
  for (let decimals = DIFFERENCE_MIN_DECIMALS; decimals <= DIFFERENCE_MAX_DECIMALS; decimals++) {
    const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
    if (Math.abs(rounded - value) <= Number.EPSILON * Math.max(1, Math.abs(value)) * FLOAT_NOISE_STEPS) return rounded;
  }
  return Math.round(value * 10 ** DIFFERENCE_MIN_DECIMALS) / 10 ** DIFFERENCE_MIN_DECIMALS;
}
const DIFFERENCE_MIN_DECIMALS = 2;
const DIFFERENCE_MAX_DECIMALS = 6;
/** How many steps of floating-point rounding a difference of two figures, divided by its unit, may be off by and still be exact. */
const FLOAT_NOISE_STEPS = 16;

function changeStatement(language: Language, change: Comparison['relation'], year: string, size = ''): string {
  if (language === 'en') return `${change === 'more' ? 'Up' : 'Down'}${size ? ` ${size}` : ''} from ${year}, as the passage states.`;
  if (change === 'more') return `比${year}年增加${size}，如段落所述。`;
  return language === 'zh-Hans' ? `比${year}年减少${size}，如段落所述。` : `比${year}年減少${size}，如段落所述。`;
}

/** The size a quoted sentence gives its change against a year (「較 2023 年增加 10 %」 → "10%"), if it gives one. */
export function statedChangeSize(answer: string, year: string): string {
  for (const quote of quotedFromLeadFigure(answer)) {
    const size = changeSizeIn(quote, year);
    if (size) return size;
  }
  return '';
}

function changeSizeIn(quote: string, year: string): string {
  const label = escapeRegExp(year).replace(/-/g, '\\s*[-/–]\\s*');
  const zh = new RegExp(`(?:較|较|比|對比|对比|相比)\\s*${label}\\s*(?:年度|年)?\\s*(?:同期)?\\s*(?:增加|增長|增长|上升|多|高|減少|减少|下跌|下降|少|低)\\s*(?:了|咗)?\\s*(約|约|逾|近)?\\s*(\\d[\\d,.]*)\\s*(%|％|個百分點|个百分点|萬|万|億|亿|間|间|個|个|名|人)?`).exec(quote);
  if (zh) return `${zh[1] ?? ''}${zh[2]}${zh[3] === '％' ? '%' : zh[3] ?? ''}`;
  const en = new RegExp(`\\b(?:up|down|an? (?:increase|decrease|rise|drop) of)\\s+(\\d[\\d,.]*\\s*(?:%|per ?cent)?)[^.;]{0,25}?\\b(?:from|than|on|over|compared (?:with|to))\\s+(?:the\\s+)?${label}\\b`, 'i').exec(quote);
  return en ? en[1]!.replace(/\s+%/, '%') : '';
}

function yesNo(language: Language, holds: boolean): string {
  if (language === 'en') return holds ? 'Yes. ' : 'No. ';
  return holds ? '是。' : '不是。';
}

/**
 * The documents a named source stands for, read from the manifest: by format ("fact-sheet",
 * "press-release", "bilingual-slides", "estimates-report") or by the kind's words in the title, and
 * by the budget year named with it; "the 2024-25 budget" is that year's documents titled as a budget
 * or its estimates.
 */
export function documentsOf(documents: Iterable<DocumentEntry>, source: SourceRef): string[] {
  if (source.kind === 'publisher') {
    // A body named as the source: the documents it published, by any of its names.
    const forms = [source.written, ...(source.names?.zh ?? []), ...(source.names?.en ?? [])].map((form) => foldForMatch(form)).filter((form) => form.length >= 2);
    return [...documents].filter((document) => forms.some((form) => [document.publisher.en, document.publisher.zh].some((name) => foldForMatch(name) === form || foldForMatch(name).includes(form)))).map((document) => document.id);
  }
  const ofKind = (document: DocumentEntry): boolean =>
    source.kind === 'budget' ? /budget|estimates/i.test(document.title.en) || /預算|预算|總目|总目/.test(document.title.zh) : isDocumentOfFormat(document, SOURCE_FORMAT[source.kind as keyof typeof SOURCE_FORMAT]);
  return [...documents].filter((document) => ofKind(document) && (!source.year || document.budgetYear === source.year) && (!source.published || document.date.startsWith(source.published))).map((document) => document.id);
}

/**
 * "What number does the fact sheet give?" after "… in 2025-26?": a source named without a year of its own answers for the
 * years its documents cover, so a year carried from the earlier turns (often the year of the source named there, "the
 * 2025-26 budget slides") that none of them covers is dropped from the question ("How many services does X connect,
 * according to the fact sheet?"), not withheld as a year not covered. A year the follow-up says itself stays.
 */
export function yearOutsideSourceDropped(resolution: Pick<FollowUpResolution, 'kind' | 'original' | 'question' | 'source'>, sourceYears: readonly string[]): string {
  const { question } = resolution;
  // (A comparison with another source's figure — "is that more than the fact sheet's?" — asks the earlier question of it too.)
  if ((resolution.kind !== 'source' && resolution.kind !== 'comparison') || !resolution.source || resolution.source.year || sourceYears.length === 0) return question;
  if (extractQuantities(resolution.original.normalize('NFKC')).some((quantity) => quantity.kind === 'fiscal-year')) return question;
  const years = extractQuantities(question).filter((quantity) => quantity.kind === 'fiscal-year');
  if (years.length !== 1 || sourceYears.includes(years[0]!.label!)) return question;
  const year = escapeRegExp(years[0]!.raw);
  // Only a year standing as an adverbial ("in 2025-26", 「2025-26年度的」 before no document's name): "the 2025-26 estimate" is a figure of its own.
  const english = new RegExp(`\\s+(?:in|for|during)\\s+(?:the\\s+)?(?:(?:financial|budget|fiscal)\\s+)?(?:year\\s+)?${year}(?!\\s*(?:budget|estimates?|slides)\\b)`, 'i');
  const chinese = new RegExp(`(?:在|於|于)?${year}\\s*年度(?:的|嘅)?(?!預算|预算|財政|财政|總目|总目)`);
  const dropped = question.replace(english, '').replace(chinese, '');
  return dropped === question ? question : dropped.replace(/\s+([,，?？])/g, '$1');
}

/** The manifest format each kind of named source is (a budget year's documents are any of them). */
const SOURCE_FORMAT = { 'fact-sheet': 'fact-sheet', 'press-release': 'press-release', slides: 'bilingual-slides', estimates: 'estimates-report' } as const;

/** A figure asked without a currency but with a magnitude ("50億", "2 billion"): the unit is the earlier answer's. */
function unitless(target: Quantity): boolean {
  return target.kind === 'number' && /[萬万億亿]|\b(?:million|billion|bn)\b/i.test(target.raw);
}

function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'money' || b.kind === 'money') return a.kind === b.kind && (a.currency ?? 'HKD') === (b.currency ?? 'HKD');
  return a.kind === b.kind || (a.kind === 'number' && b.kind === 'number');
}

/** "HK$245.4 million is more than HK$233.1 million in 2024-25.": a comparison asked without a direction. */
function statement(language: Language, relation: Comparison['relation'], stated: string, target: string): string {
  if (language === 'en') return `${stated} is ${relation} than ${target}.`;
  const word = relation === 'more' ? (language === 'zh-Hans' ? '多于' : '多於') : language === 'zh-Hans' ? '少于' : '少於';
  return `${stated}${word}${target}。`;
}

/** "No: the fact sheet gives about 460, not 500.": whether another source's figure is the earlier answer's. */
function sameVerdict(language: Language, same: boolean, stated: string, previous: string, source: string, askedDifferent = false): string {
  // "Is it the same?" is answered yes when they agree; "is it different?" when they do not.
  const yes = askedDifferent ? !same : same;
  if (language === 'en') {
    const where = /^(?:the\b|its\b|their\b|[A-Z])/.test(source) || CJK_TEXT.test(source) ? source : `the ${source}`;
    return same ? `${yes ? 'Yes' : 'No'}: ${where} also gives ${stated}.` : `${yes ? 'Yes' : 'No'}: ${where} gives ${stated}, not ${previous}.`;
  }
  const where = source.replace(/(?:嗰|那|這|这|呢|該|该)份/g, '');
  const word = yes ? '是' : '不是';
  if (language === 'zh-Hans') return same ? `${word}：${where}同样是${stated}。` : `${word}：${where}是${stated}，不是${previous}。`;
  return same ? `${word}：${where}同樣是${stated}。` : `${word}：${where}是${stated}，不是${previous}。`;
}

function verdict(language: Language, holds: boolean, relation: Comparison['relation'], stated: string, target: string): string {
  if (language === 'en') return `${holds ? 'Yes' : 'No'}: ${stated} is ${holds ? '' : 'not '}${relation} than ${target}.`;
  const word = relation === 'more' ? (language === 'zh-Hans' ? '多于' : '多於') : language === 'zh-Hans' ? '少于' : '少於';
  if (language === 'zh-Hans') return holds ? `是：${stated}${word}${target}。` : `不是：${stated}并不${word}${target}。`;
  return holds ? `是：${stated}${word}${target}。` : `不是：${stated}並不${word}${target}。`;
}

/**
 * "Which is bigger?": the two earlier questions answered again (from the cache when recent), the
 * first figure each states compared, and both answers given with their citations, numbered on.
 * Undefined when either is withheld or their figures are not of one kind (then the question is
 * answered as asked).
 */
async function compareBetween(answerer: QuestionAnswerer, comparison: Comparison, options: AskOptions): Promise<AnswerResult | undefined> {
  const between = comparison.between!;
  // A side asked of a source («… according to the press release?») is answered from that source's documents, as the turn was.
  const scopeOf = (question: string) => {
    const source = sourceIn(question);
    const docIds = source ? documentsOf(answerer.index.documents.values(), source) : [];
    return docIds.length > 0 ? { docIds } : {};
  };
  const answers = await Promise.all(between.map((item) => answerer.ask(item.question, { ...options, ...scopeOf(item.question) })));
  // The earlier question's frame may not fit the other thing (「河套香港園區會獲注資幾多錢？」 → 「人工智能資助計劃會獲注資…」):
  // a sum is then asked of it plainly (「人工智能資助計劃有幾多錢？」).
  for (const [at, answer] of answers.entries()) {
    const item = between[at]!;
    if (!answer.abstained || !SUM_ASKED.test(item.question) || !item.label || /\d{4}/.test(item.label)) continue;
    const plain = CJK_TEXT.test(item.question) ? `${item.label}${/[佢係咩嘅啲喺冇嚟㗎咗]|幾多/.test(item.question) ? '有幾多錢' : '有多少錢'}？` : `How much is ${item.label}?`;
    if (plain !== item.question) answers[at] = await answerer.ask(plain, { ...options, ...scopeOf(item.question) });
  }
  if (answers.some((answer) => answer.abstained)) return undefined;
  const [first, second] = answers as [AnswerResult, AnswerResult];
  const a = answerFigure(first.answer);
  // (A total adds the two answers' own figures, the ones they lead with; a figure of the quote after it is no side.)
  const secondLead = comparison.sum ? answerFigure(second.answer) : undefined;
  const b = a && (comparison.sum ? (secondLead && comparable(secondLead, a) ? secondLead : undefined) : answerFigures(second.answer).find((quantity) => comparable(quantity, a)));
  if (!a || !b) return undefined;
  const language = first.language;
  const label = (at: number) => between[at]!.label;
  const shift = first.citations.length;
  const renumbered = second.answer.replace(/\[(\d+)\]/g, (_match, n: string) => `[${Number(n) + shift}]`);
  const both = (lead: string): AnswerResult => ({
    ...first,
    answer: `${lead} ${first.answer} ${renumbered}`,
    citations: [...first.citations, ...second.citations.map((citation) => ({ ...citation, n: citation.n + shift }))],
    related: [],
    confidence: Math.min(first.confidence ?? 1, second.confidence ?? 1),
    timingsMs: { retrieve: first.timingsMs.retrieve + second.timingsMs.retrieve, answer: first.timingsMs.answer + second.timingsMs.answer },
  });
  // "What's the total for the two?": the two added, in the figures' own terms, each with its label and figure.
  if (comparison.sum) {
    // (The same answer twice is no total asked: one side's question was answered with the other's passage.)
    if (first.answer === second.answer) return undefined;
    const total = formatDifference(a.value + b.value, a, language);
    return both(language === 'en' ? `Together: ${total} (${label(0)}, ${a.raw}; ${label(1)}, ${b.raw}).` : `兩者合共${total}（${label(0)}：${a.raw}；${label(1)}：${b.raw}）。`);
  }
  // "How many times bigger?": the larger as a multiple of the smaller, each with its label and figure.
  if (comparison.ratio) {
    const [large, small] = a.value >= b.value ? [0, 1] : [1, 0];
    const figures = [a, b];
    const times = multipleOf(figures[large]!.value, figures[small]!.value);
    // (The same figure twice is no multiple asked: one side's question was answered with the other's.)
    if (times === undefined || a.value === b.value) return undefined;
    return both(
      language === 'en'
        ? `${capitalise(label(large))} (${figures[large]!.raw}) is about ${times} times ${label(small)} (${figures[small]!.raw}).`
        : `${label(large)}（${figures[large]!.raw}）約為${label(small)}（${figures[small]!.raw}）的${times}倍。`,
    );
  }
  // The same figure on both sides: neither is more ("No: both are HK$3 billion."), said with both answers.
  if (a.value === b.value) {
    const polarity = comparison.polar ? (language === 'en' ? 'No: ' : '不是：') : '';
    return both(language === 'en' ? `${polarity}${polarity ? 'b' : 'B'}oth are ${a.raw} (${label(0)} and ${label(1)}).` : `${polarity}兩者相同，${label(0)}和${label(1)}都是${a.raw}。`);
  }
  // "How much more did the first one get?": the one spoken of against the other, the difference in the figures' own terms.
  if (comparison.focus !== undefined) {
    const [one, other] = comparison.focus === 0 ? [a, b] : [b, a];
    const [oneLabel, otherLabel] = [label(comparison.focus), label(1 - comparison.focus)];
    const more = one.value > other.value;
    const size = formatDifference(Math.abs(one.value - other.value), one, language);
    const holds = comparison.relation === 'more' ? more : !more;
    const polarity = comparison.polar ? (language === 'en' ? (holds ? 'Yes: ' : 'No: ') : holds ? '是：' : '不是：') : '';
    if (language === 'en') return both(`${polarity}${polarity ? oneLabel : capitalise(oneLabel)} (${one.raw}) is ${size} ${more ? 'more' : 'less'} than ${otherLabel} (${other.raw}).`);
    return both(`${polarity}${oneLabel}（${one.raw}）比${otherLabel}（${other.raw}）${more ? '多' : '少'}${size}。`);
  }
  const firstWins = comparison.relation === 'more' ? a.value > b.value : a.value < b.value;
  const [winner, loser] = firstWins ? [0, 1] : [1, 0];
  const figures = [a, b];
  // (Of two ranks, the one asked for is the better or worse placing, not more or less.)
  const word = comparison.ranked
    ? comparison.relation === 'less' ? { en: 'a better placing', 'zh-Hant': '排名較高', 'zh-Hans': '排名较高' } : { en: 'a worse placing', 'zh-Hant': '排名較低', 'zh-Hans': '排名较低' }
    : comparison.relation === 'more' ? { en: 'more', 'zh-Hant': '較多', 'zh-Hans': '较多' } : { en: 'less', 'zh-Hant': '較少', 'zh-Hans': '较少' };
  // "Is that more than programme (1)?" asks a yes or no of the earlier one: the verdict first.
  const polarity = comparison.polar ? (language === 'en' ? (firstWins ? 'Yes. ' : 'No. ') : firstWins ? '是。' : '不是。') : '';
  // A side labelled by its own figure (the earlier answer's "HK$10 billion") is said once, as the figure.
  const [winnerIsFigure, loserIsFigure] = [winner, loser].map((at) => labelIsFigure(label(at), figures[at]!));
  const than = comparison.ranked ? (comparison.relation === 'less' ? (language === 'zh-Hans' ? '高于' : '高於') : language === 'zh-Hans' ? '低于' : '低於') : language === 'zh-Hans' ? (comparison.relation === 'more' ? '多于' : '少于') : comparison.relation === 'more' ? '多於' : '少於';
  const lead =
    language === 'en'
      ? `${polarity}${winnerIsFigure ? figures[winner]!.raw : `${capitalise(label(winner))}: ${figures[winner]!.raw}`}, ${word.en} than ${loserIsFigure ? figures[loser]!.raw : `${label(loser)} (${figures[loser]!.raw})`}.`
      : winnerIsFigure
        ? `${polarity}${figures[winner]!.raw}${word[language]}，${label(loser)}為${figures[loser]!.raw}。`
        : `${polarity}${label(winner)}${word[language]}：${figures[winner]!.raw}${loserIsFigure ? `，${than}${figures[loser]!.raw}` : `，${label(loser)}為${figures[loser]!.raw}`}。`;
  return both(lead);
}

/** Whether a comparison's side is labelled by nothing but its figure ("HK$10 billion", 「100億元」). */
export function labelIsFigure(label: string, figure: Quantity): boolean {
  const stated = extractQuantities(label.normalize('NFKC'));
  return stated.length === 1 && stated[0]!.value === figure.value && label.normalize('NFKC').replace(stated[0]!.raw, '').replace(/[\s()（）]/g, '') === '';
}

/** A question asking for a sum of money. */
const SUM_ASKED = /錢|钱|撥款|拨款|資助|资助|注資|注资|預留|预留|\bhow much\b|\bfunding\b/i;

function capitalise(text: string): string {
  return /^[a-z]/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * A name in Latin capitals the terminology does not list ("INNOPOLE"), written so in a cited passage, and an answer giving a sum
 * for it: whether no sentence the answer quotes names it (a passage naming a project may give, in the next sentence, another
 * thing's money). Only such a name is judged: one the passages write otherwise (「轉數快」 for FPS) is not.
 */
export function sumQuotedWithoutName(name: string, answer: string, passages: string[]): boolean {
  const form = name.toLowerCase();
  if (!passages.some((passage) => passage.toLowerCase().includes(form)) || !LEADS_WITH_SUM.test(answer)) return false;
  const quoted = [...answer.matchAll(/[「“]([^」”]{8,})[」”]/g)].map((match) => match[1]!.toLowerCase());
  return quoted.length > 0 && !quoted.some((sentence) => sentence.includes(form));
}

/** An answer that leads with a sum of money before its first citation (「100億元 [1]」, "HK$10 billion [1]"). */
const LEADS_WITH_SUM = /^[^[\n]*?(?:[萬万億亿]?元|HK\$)[^[\n]*\[\d+\]/;
/** A name written in Latin capitals (three or more letters, or capitals inside a word): INNOPOLE, CorpID. */
const LATIN_CAPITALS_NAME = /^(?:[A-Z][A-Z0-9&@+-]{2,}|[A-Z]?[a-z]+[A-Z][A-Za-z0-9&@+-]*)$/;

/**
 * A follow-up about a known name carried from the earlier turns ("when will it open?" after a
 * question on a park), or swapped in for the earlier one ("what about the Science Park?"), answered
 * from passages that never name it — in either language, nor in their
 * section, lead-in or document title — is answered from something else: the documents do not say.
 */
function offSubject(answerer: QuestionAnswerer, result: AnswerResult, resolution: FollowUpResolution, findNames?: NameFinder): boolean {
  // Also the earlier question asked of another source (「《概況》有冇提？」): that source's passage must name the subject too.
  if (result.abstained || !findNames || !resolution.subject || (resolution.kind !== 'pronoun' && resolution.kind !== 'aspect' && resolution.kind !== 'subject' && resolution.kind !== 'source')) return false;
  const subject = resolution.subject.replace(/^the\s+/i, '');
  const hit = findNames(subject).find((name) => name.written.length >= subject.length - 1);
  // A name in Latin capitals the terminology does not list (a project's own name, "INNOPOLE") is looked for as written.
  const latin = !hit && LATIN_CAPITALS_NAME.test(subject);
  if (!hit && !latin) return false;
  const forms = hit ? [...hit.zh, ...hit.en].map((form) => form.toLowerCase()) : [subject.toLowerCase()];
  // Only a name the question asked about is looked for ("and submarine cables?" swapped the earlier subject out).
  if (!forms.some((form) => resolution.question.toLowerCase().includes(form))) return false;
  const cited = result.citations.map((citation) => answerer.index.chunkById.get(citation.chunkId)).filter((chunk) => chunk !== undefined);
  if (cited.length === 0) return false;
  if (latin) return sumQuotedWithoutName(subject, result.answer, cited.map(searchableText));
  return !cited.some((chunk) => {
    const title = answerer.index.documents.get(chunk.docId)?.title;
    const text = [searchableText(chunk), title?.en ?? '', title?.zh ?? ''].join('\n').toLowerCase();
    return forms.some((form) => text.includes(form));
  });
}

/**
 * A follow-up about one thing picked by an ordinal (「第三個InnoHK研發平台」, carried from the earlier
 * question) answered from passages that never say that ordinal: they speak of the things together
 * (a sum for all the platforms), not of the one asked about.
 */
export function ordinalUnsaid(answerer: Pick<QuestionAnswerer, 'index'>, result: AnswerResult, resolution: Pick<FollowUpResolution, 'subject' | 'kind' | 'question'>): boolean {
  if (result.abstained || !resolution.subject || (resolution.kind !== 'pronoun' && resolution.kind !== 'aspect')) return false;
  const ordinal = /^(?:第|頭|头|首)([一二三四五六七八九十兩两\d]+)/.exec(resolution.subject.normalize('NFKC'));
  if (!ordinal || !resolution.question.normalize('NFKC').includes(ordinal[0])) return false;
  const cited = result.citations.map((citation) => answerer.index.chunkById.get(citation.chunkId)).filter((chunk) => chunk !== undefined);
  if (cited.length === 0) return false;
  return !cited.some((chunk) => searchableText(chunk).normalize('NFKC').includes(ordinal[0]));
}

/**
 * A scheme, fund or body the terminology does not list, swapped into the earlier question (「咁產學研1+計劃呢？」 after a question
 * on a university office's yearly funding), answered only from passages that name it neither as written nor by most of its
 * words: the earlier frame around it found the earlier thing's passage again. (A known name is offSubject's.)
 */
export function swappedInUnnamed(answerer: Pick<QuestionAnswerer, 'index'>, result: AnswerResult, resolution: FollowUpResolution, findNames?: NameFinder): boolean {
  if (result.abstained || resolution.kind !== 'subject' || !resolution.subject) return false;
  const subject = resolution.subject.replace(/^the\s+/i, '').normalize('NFKC');
  if ((findNames?.(subject) ?? []).some((name) => name.written.length >= subject.length - 1)) return false;
  const lastWord = /([A-Za-z]+)$/.exec(subject)?.[1];
  const head = ZH_KIND_HEAD.exec(subject)?.[0] ?? (lastWord && EN_KIND_HEAD.test(lastWord) ? lastWord : undefined);
  if (!head || [...subject].length - [...head].length < SWAPPED_NAME_MIN_CHARS || !resolution.question.normalize('NFKC').includes(subject)) return false;
  // Only where the passages are written in the name's script: an English name unknown to the terminology may be written in
  // Chinese in a Chinese passage, which its words cannot be looked for in.
  const zh = CJK_TEXT.test(subject);
  const cited = result.citations.map((citation) => answerer.index.chunkById.get(citation.chunkId)).filter((chunk) => chunk !== undefined);
  if (cited.length === 0 || cited.some((chunk) => !chunk.texts.some((text) => (text.language !== 'en') === zh))) return false;
  return !namesSubject(answerer, result, subject, findNames);
}

/** Characters a swapped-in name has before its kind noun (「產學研1+」 before 計劃) for its words to be looked for. */
const SWAPPED_NAME_MIN_CHARS = 2;

/** Head nouns of named schemes, funds and bodies ("… Scheme", 「…計劃」): two names ending in one are two things of a kind. */
const EN_KIND_HEAD = /^(?:scheme|fund|programme|program|institute|centre|center|park|platform|initiative|project|cluster|office|committee|council|hub|zone)$/i;
const ZH_KIND_HEAD = /(?:計劃|计划|基金|研發院|研发院|研究院|中心|園區|园区|平台|辦公室|办公室|委員會|委员会)$/;

/**
 * A follow-up about a named scheme (or fund, institute…) answered by quoting a sentence about
 * another one of its kind, without naming the one asked about: "how much funding does the Pilot
 * I&T Accelerator Scheme provide?" answered with the sum of the scheme in the next bullet.
 */
function quotesAnotherOfItsKind(result: AnswerResult, resolution: FollowUpResolution, findNames?: NameFinder, answerer?: Pick<QuestionAnswerer, 'index'>): boolean {
  if (result.abstained || !resolution.subject || (resolution.kind !== 'pronoun' && resolution.kind !== 'aspect' && resolution.kind !== 'subject')) return false;
  // A question setting two things side by side names the other one itself.
  if (/\b(?:than|or|versus|vs|compared?)\b|比|還是|还是|定係|定系|抑或/i.test(resolution.question)) return false;
  const subject = resolution.subject.replace(/^the\s+/i, '').normalize('NFKC');
  const zhHead = ZH_KIND_HEAD.exec(subject)?.[0];
  const enHead = /([A-Za-z]+)$/.exec(subject)?.[1];
  const head = zhHead ?? (enHead && EN_KIND_HEAD.test(enHead) ? enHead : undefined);
  if (!head) return false;
  const quote = /[“「]([\s\S]+)[”」]\s*\[\d+\]/.exec(result.answer.normalize('NFKC'))?.[1];
  if (!quote) return false;
  // (A name mixing English words and Chinese, 「microelectronics 研發院」, named in the quote as 『香港微電子研發院』: the same one.)
  if (answerer && namedAcrossLanguages(answerer, subject, [foldTight(quote)])) return false;
  const hit = findNames?.(subject).find((name) => name.written.length >= subject.length - 1);
  const forms = [subject, ...(hit ? [...hit.zh, ...hit.en] : [])].map((form) => foldTight(form));
  const folded = foldTight(quote);
  if (forms.some((form) => folded.includes(form))) return false;
  // Named in other words ("the AI research institute", "the Manufacturing+ scheme"): most of its own words are in the quote.
  const own = zhHead
    ? [...subject.slice(0, -zhHead.length)].slice(1).map((char, at) => foldForMatch(subject[at]! + char))
    : (foldForMatch(subject).match(/[a-z0-9][\w&+-]*/g) ?? []).filter((word) => word !== foldForMatch(head) && !ENGLISH_FILLER.has(word)).map((word) => word.replace(/\W+$/, ''));
  if (own.length === 0 || own.filter((word) => folded.includes(word)).length / own.length >= (zhHead ? 0.8 : 0.5)) return false;
  const others = zhHead
    ? [...quote.matchAll(new RegExp(`[『「“]([^』」”]{2,24}${escapeRegExp(zhHead)})[』」”]`, 'g'))].map((match) => match[1]!)
    : [...quote.matchAll(new RegExp(`(?:[A-Z][\\w&'+()-]*\\s+)(?:(?:[A-Z][\\w&'+()-]*|of|and|for|the|&)\\s+){0,8}${escapeRegExp(capitalise(head))}\\b`, 'g'))].map((match) => match[0]);
  // Another of its kind the question itself names ("bigger than the X Scheme?") is no sign of a near miss.
  // Read without the subject's own name: its words are not another thing named beside it.
  const asked = forms.reduce((text, form) => (form ? text.split(form).join(' ') : text), foldForMatch(resolution.question));
  const namedInQuestion = (other: string) => {
    const words = zhHead ? [...other].slice(1).map((char, at) => foldForMatch(other[at]! + char)) : foldForMatch(other).match(/[a-z0-9][\w&+-]*/g) ?? [];
    return words.length > 0 && words.filter((word) => asked.includes(word)).length / words.length >= 0.5;
  };
  return others.some((other) => !forms.includes(foldTight(other)) && !namedInQuestion(other) && !abbreviates(subject, other));
}

/**
 * "the SIE Fund" and "the Social Innovation and Entrepreneurship Development Fund": a short form in capitals whose letters are
 * the initials of the other name's capitalised words, in order, names the same thing.
 */
export function abbreviates(short: string, name: string): boolean {
  const initials = (name.match(/\b[A-Z][\w&'+-]*/g) ?? []).map((word) => word[0]).join('');
  return (short.match(/\b[A-Z]{2,}\b/g) ?? []).some((letters) => initials.includes(letters));
}

/** Folded, without the spaces a layout puts between Chinese characters and figures (「產學研 1+計劃」 is 「產學研1+計劃」). */
function foldTight(text: string): string {
  return foldForMatch(text).replace(/(?<=[\u3400-\u9fff\d+])\s+|\s+(?=[\u3400-\u9fff\d+])/g, '');
}


function withheldOffSubject(result: AnswerResult, reason: NonNullable<AnswerResult['reason']> = 'NO_PASSAGE'): AnswerResult {
  return { ...result, abstained: true, answer: composeAbstention(result.language), citations: [], related: result.citations, reason };
}

/**
 * A follow-up answered with a figure of something near what was asked, but not it: the documents
 * do not say. Two kinds, both read from the passage the answer's figure is quoted from:
 * - "and 2025?" after a question on 2024 (a year swapped in): no cited passage names that year;
 * - "how many projects has it funded?" answered by a count of something else ("the eight
 *   universities"): what the figure counts, right after it in the passage, is not what was asked
 *   for (checked when question and passage are in one language).
 * Standalone questions are left to the answerer.
 */
function nearMiss(answerer: QuestionAnswerer, result: AnswerResult, resolution: FollowUpResolution): AnswerResult {
  if (result.abstained || resolution.kind === 'standalone' || resolution.kind === 'language' || resolution.comparison) return result;
  const cited = result.citations.map((citation) => answerer.index.chunkById.get(citation.chunkId)).filter((chunk) => chunk !== undefined);
  if (cited.length === 0) return result;
  const texts = cited.map((chunk) => searchableText(chunk).normalize('NFKC'));
  if (resolution.kind === 'year') {
    const asked = extractQuantities(resolution.question.normalize('NFKC')).find((quantity) => quantity.kind === 'year' || quantity.kind === 'fiscal-year');
    // A passage of that budget year's own documents speaks for that year without writing it ("and 2025-26?" answered
    // from the 2025-26 budget's slides): only a passage neither naming the year nor of a document of that year misses it.
    const ofYear = (chunk: (typeof cited)[number]) => asked?.kind === 'fiscal-year' && answerer.index.documents.get(chunk.docId)?.budgetYear === asked.label;
    if (asked && !texts.some((text) => namesYear(text, asked)) && !cited.some(ofYear)) return withheldOffSubject(result, 'YEAR_NOT_COVERED');
    return result;
  }
  if (lacksAskedFigure(result, resolution.question, texts) || datesAnotherEvent(result, resolution)) return withheldOffSubject(result, 'NO_ANSWER_OF_TYPE');
  if (asksToDateUnstated(resolution.question, texts) || asksPriceUnstated(resolution.question, texts) || asksDayUnstated(resolution.question, texts) || countAnsweredWithMoneyOrShare(result, resolution.question, resolution.original) || areaAnsweredWithMoney(result, resolution.question)) return withheldOffSubject(result, 'NO_ANSWER_OF_TYPE');
  const counted = countedNoun(resolution.question);
  const figure = /^(.*?)\s*\[\d+\]/.exec(result.answer)?.[1]?.trim();
  const passage = cited[0]!.texts.map((text) => text.text).join('\n').normalize('NFKC');
  if (figure && countsSomethingElse(resolution.question, figure, passage, counted)) return recountedInQuote(result, resolution.question) ?? withheldOffSubject(result, 'NO_ANSWER_OF_TYPE');
  if (wholeAnsweredWithShare(result, resolution.question, passage) || buildingCostUnstated(result, resolution.question, passage)) return withheldOffSubject(result, 'NO_ANSWER_OF_TYPE');
  if (!counted || !figure) return result;
  return countedElsewhereInEnglish(figure, passage, counted) ? withheldOffSubject(result, 'NO_ANSWER_OF_TYPE') : result;
}

/**
 * "How many projects has it funded?" answered by a figure that, where the passage writes it in English, is followed by a
 * count of something else ("the eight universities"): what it counts is not the head noun asked. A figure read with its
 * unit ("3 000 petaFLOPS", "10 hectares") says itself what it counts. False when the passage has the figure in English nowhere.
 */
export function countedElsewhereInEnglish(figure: string, passage: string, counted: { head: string }): boolean {
  const value = extractQuantities(figure).find((quantity) => quantity.kind !== 'year' && quantity.kind !== 'fiscal-year');
  const written = value ? value.raw : figure.replace(/^(?:over|about|around|nearly|some|more than|almost|約|约|超過|超过|近|逾)\s*/i, '');
  if (foldForMatch(written).includes(counted.head)) return false;
  // Every place the figure is written: a bilingual passage has it in Chinese first ("10公頃", then "10-hectare").
  const afters: string[] = [];
  for (let at = passage.indexOf(written); at >= 0; at = passage.indexOf(written, at + written.length)) {
    if (/\d/.test(passage[at - 1] ?? '') || /\d/.test(passage[at + written.length] ?? '')) continue;
    afters.push(passage.slice(at + written.length, at + written.length + 60).toLowerCase());
  }
  // Only a count quoted in the question's language is read ("12 個海底電纜系統" answers an English question too).
  const english = afters.filter((after) => /^[\s,.)(-]*[a-z]/i.test(after));
  if (english.length === 0) return false;
  return !english.some((after) => after.includes(counted.head));
}

/**
 * A Chinese "when" follow-up answered with a date whose clause in the quoted sentence dates another
 * event: 「佢幾時正式推出市場賣地？」 answered by 「年中」 from 「…改劃程序預計可在年中完成，正積極籌備把土地推出市場」
 * (the rezoning is dated, the sale is not). The clause holding the date shares no pair of characters
 * with what the question asks about (the question without its subject and question words).
 */
export function datesAnotherEvent(result: Pick<AnswerResult, 'answer' | 'abstained'>, resolution: Pick<FollowUpResolution, 'question' | 'subject'>): boolean {
  if (result.abstained || detectAnswerType(resolution.question) !== 'date' || !/[\u3400-\u9fff]/.test(resolution.question) || /[A-Za-z]{3,}/.test(resolution.question.replace(resolution.subject ?? '', ''))) return false;
  const lead = /^(.*?)\s*\[\d+\]/.exec(result.answer)?.[1]?.replace(/\s*[（(][^）)]*[）)]\s*$/, '').replace(/\s+/g, '');
  const quote = /「([\s\S]+?)」\s*\[\d+\]/.exec(result.answer)?.[1];
  if (!lead || !quote) return false;
  const clauses = quote.replace(/\s+/g, '').split(/[，,；;。：:！!？?]/);
  const at = clauses.findIndex((part) => part.includes(lead));
  if (at < 0) return false;
  // A clause with no topic of its own (「預計在今年第三季完成」, 「當中…」) is about the one before; a clause that is only
  // the date (「由2024/25年度起」) dates the one after.
  const own = clauses[at]!;
  const bare = !/[\u3400-\u9fff]/.test(own.replace(lead, '').replace(/[由自從从於于在起至到年度]/g, ''));
  const clause = [DATE_CLAUSE_OPENER.test(own) ? clauses[at - 1] ?? '' : '', own, bare ? clauses[at + 1] ?? '' : ''].join('，');
  const asked = foldForMatch(resolution.subject ? resolution.question.split(resolution.subject).join(' ') : resolution.question).replace(QUESTION_FILLER, ' ').replace(DATE_FILLER, ' ');
  const pairs = asked.split(/\s+/).flatMap((run) => (run.length < 2 || !/[\u3400-\u9fff]/.test(run) ? [] : [...run].slice(1).map((char, at) => run[at]! + char)));
  if (pairs.length === 0) return false;
  const folded = foldForMatch(clause);
  // 「幾時開始運作？」 and 「…首階段設施於 2024 年 12 月啓用」: two words for coming into operation date one event.
  if (ZH_INTO_OPERATION.test(asked) && ZH_INTO_OPERATION.test(folded)) return false;
  return !pairs.some((pair) => folded.includes(pair));
}

/** Words (folded to Simplified) for a facility coming into operation or use: 啓用, 運作, 營運, 開幕, 開業, 開放, 投入服務. */
const ZH_INTO_OPERATION = /启用|运作|营运|运行|开幕|开业|开放|开通|投入服务|投入使用|投入运作/;

/** What opens a clause that goes on from the one before (a modal or adverb with no topic, 「當中」). */
const DATE_CLAUSE_OPENER = /^(?:預計|预计|預期|预期|將|将|會|会|可|並|并|亦|也|再|當中|当中|其中|之後|之后|隨後|随后|屆時|届时)/;

/** Words of a "when" question that say nothing of the event (folded): time words, modal and aspect words. */
const DATE_FILLER = /一年|年份|年度|几时|何时|什么时候|甚么时候|时候|时间|日期|预计|预期|计划|打算|将会|将|会|可以|可|能|正式|开始|首先|最快|最早|大约|大概|今年|明年|年内|现时|目前|已经|已|经|到|于|在|喺|[\d]+年?/g;

/** Chinese classifiers: what a figure counts is written after them (「41 間本地創科初創企業」). */
const ZH_CLASSIFIER = '個个間间家條条座枚所項项宗名位人支隊队筆笔款架部台臺棟栋幢層层批份張张';
/** Words for companies (folded to Simplified): one kind of thing counted, whichever the question or passage uses. */
const ZH_COMPANY = /公司|企业|商户|机构|初创/;
/** Classifiers and noun endings of people: a count of staff is not a count of pilot lines. */
const ZH_PERSON_CLASSIFIER = /^[名位人]$/;
const ZH_PERSON_NOUN = /(?:員|员|人|者|工|師|师|生|專家|专家|人才|學者|学者)$/;
const EN_PERSON_HEAD = /^(?:staff|people|person|employee|worker|researcher|scientist|member|personnel|engineer|professional|expert|student|user|tenant|talent)$/;

/** A verb of one or two characters with its aspect particle (「起緊」「做咗」「建成了」): a verb, not a noun. */
const ZH_VERB_WITH_ASPECT = /^[\u3400-\u9fff]{1,2}(?:緊|紧|咗|過|过|着|了)/;

/** What a Chinese count question counts: the noun after 幾多/多少 (and its classifier), else the noun before 有幾多. */
export function zhCountedNoun(question: string): { noun: string; classifier?: string } | undefined {
  const text = question.normalize('NFKC');
  const after = new RegExp(`(?:幾多|几多|多少)\\s*([${ZH_CLASSIFIER}])?\\s*([\\u3400-\\u9fff]{2,10})`).exec(text);
  const strip = (noun: string) => noun.replace(/(?:呢|㗎|啊|呀|嗎|吗|喎|啦)+$/, '');
  // (A verb with its aspect after the classifier, 「幾多座起緊」「幾多間做咗」: the things counted are left unsaid.)
  if (after?.[2] && ZH_VERB_WITH_ASPECT.test(after[2])) return undefined;
  if (after?.[2]) {
    // The noun ends where its verb begins (「幾多間科技公司提供支援」: 科技公司).
    const noun = strip(after[2]).replace(ZH_NOUN_THEN_VERB, '');
    if (noun.length >= 2) return { noun, ...(after[1] ? { classifier: after[1] } : {}) };
  }
  const before = new RegExp(`([\\u3400-\\u9fff]{2,12}?)(?:總共|总共|一共|共)?(?:有|係|系|是)?(?:幾多|几多|多少)\\s*([${ZH_CLASSIFIER}])?\\s*[？?]?\\s*$`).exec(text);
  if (!before) return undefined;
  // Adverbs between the noun and 有 (「專才又有幾多個」) are not part of it.
  const noun = (before[1]!.split(/嘅|的|啲|有|咗|了|聘用|聘請|聘请/).pop() ?? '').replace(/(?:又|仲|都|亦|也|還|还|再|總共|总共|一共|共)+$/, '');
  return noun.length >= 2 ? { noun, ...(before[2] ? { classifier: before[2] } : {}) } : undefined;
}

/**
 * A count follow-up answered with a figure that, where the passage writes it in Chinese, counts
 * something else: 「佢有幾多個研究員？」 answered by 「兩條中試線」, "how many staff will it have?"
 * by 「300 間…企業」. Read from the passage at every place the figure is written with a classifier
 * after it, up to the next punctuation: neither the head of the noun asked for (its last character)
 * nor its first two characters are there (a Chinese question), or people were asked for and things
 * are counted.
 */
export function countsSomethingElse(question: string, figure: string, passage: string, counted: { head: string } | undefined): boolean {
  const zh = /[\u3400-\u9fff]/.test(question) && detectAnswerType(question) === 'count' ? zhCountedNoun(question) : undefined;
  if (!zh && !counted) return false;
  const value = /(\d[\d,. ]*\d|\d|[零一二兩两三四五六七八九十百千萬万]+)\s*(?:[多餘余]\s*)?([\u3400-\u9fff])?\s*$/.exec(figure.replace(/（[^）]*）|\([^)]*\)/g, '').trim());
  if (!value) return false;
  const written = value[1]!.replace(/\s+/g, '');
  const places: { classifier: string; noun: string }[] = [];
  // Spaces between Chinese characters and figures are layout (「超過 2,400 間來自 24 個國家」), not the end of a phrase.
  const compact = passage.replace(/(?<=[\d\u3400-\u9fff])\s+(?=[\d\u3400-\u9fff])/g, '');
  for (let at = compact.indexOf(written); at >= 0; at = compact.indexOf(written, at + written.length)) {
    if (/[\d.,]/.test(compact[at - 1] ?? '') || /\d/.test(compact[at + written.length] ?? '')) continue;
    const rest = compact.slice(at + written.length, at + written.length + 40);
    const place = new RegExp(`^\\s*(?:[多餘余]\\s*)?([${ZH_CLASSIFIER}])\\s*([^，,。；;：:、\\s「」『』（）()]{0,30})`).exec(rest);
    if (!place) continue;
    // A list of modifiers joined by 、 runs on to its noun (「五個與大語言模型、新材料…相關的研發項目」) unless another count follows it.
    const onward = compact.slice(at + written.length + place[0].length, at + written.length + place[0].length + 60);
    const list = /^((?:、[^，,。；;：:、「」『』（）()]{1,30})+)/.exec(onward)?.[1];
    const runsOn = list && !new RegExp(`\\d|[一二三四五六七八九十兩两百千][${ZH_CLASSIFIER}]`).test(list);
    places.push({ classifier: place[1]!, noun: runsOn ? `${place[2]!}${list}` : place[2]! });
  }
  if (places.length === 0) return false;
  const person = (place: { classifier: string; noun: string }) => ZH_PERSON_CLASSIFIER.test(place.classifier) || ZH_PERSON_NOUN.test(place.noun.replace(/[\d\s]+$/, '')) || /人|員|员|專家|专家|人才/.test(place.noun);
  if (zh) {
    // The head of a Chinese noun is its last character (研究員 → 員, 科技公司 → 司): what is counted ends in it.
    // The noun read after 「幾多座」 may run on into its verb (「大樓興建緊」), so its first pair of characters counts too.
    const asked = [...foldForMatch(zh.noun)];
    const head = asked[asked.length - 1]!;
    const lead = asked.slice(0, 2).join('');
    const askedPerson = (zh.classifier !== undefined && ZH_PERSON_CLASSIFIER.test(zh.classifier)) || ZH_PERSON_NOUN.test(zh.noun);
    const askedCompany = ZH_COMPANY.test(foldForMatch(zh.noun));
    return places.every((place) => {
      const noun = foldForMatch(place.noun);
      // The first pair only near the figure: 「三個創新園透過應用科技」 does not count 科技公司.
      if (noun.includes(head) || noun.slice(0, asked.length + 4).includes(lead)) return false;
      // Companies by another word (公司 asked, 企業 counted) are what was asked.
      if (askedCompany && ZH_COMPANY.test(noun)) return false;
      // A bare classifier ending the phrase (「有 12 個」) says nothing of what is counted.
      if (noun.length === 0) return false;
      return askedPerson ? !person(place) : true;
    });
  }
  return EN_PERSON_HEAD.test(counted!.head) && places.every((place) => !person(place));
}

/**
 * A Chinese count led by a figure of its quoted sentence that counts something else, when another
 * figure of that same sentence counts what was asked: led by that one instead (「科技園公司有幾多個AI技術專才？」
 * answered 「超過500間」 from 「匯聚超過 500 間人工智能創科企業及 5,000 多名 AI 技術專才」 → 「5,000多名」).
 * Undefined when the sentence has no such figure.
 */
export function recountedInQuote(result: AnswerResult, question: string): AnswerResult | undefined {
  const asked = /[\u3400-\u9fff]/.test(question) && detectAnswerType(question) === 'count' ? zhCountedNoun(question) : undefined;
  const lead = /^(.*?)\s*\[\d+\]/.exec(result.answer)?.[1];
  const quote = /「([\s\S]+?)」\s*\[\d+\]/.exec(result.answer)?.[1];
  if (!asked || !lead || !quote) return undefined;
  const noun = [...foldForMatch(asked.noun)];
  const head = noun[noun.length - 1]!;
  const pair = noun.slice(0, 2).join('');
  const askedPerson = (asked.classifier !== undefined && ZH_PERSON_CLASSIFIER.test(asked.classifier)) || ZH_PERSON_NOUN.test(asked.noun);
  const compact = quote.replace(/(?<=\d)\s+(?=\d)/g, '');
  const figures = new RegExp(`(超過|超过|逾|近|約|约|多於|多于)?\\s*((?<![\\d.,])\\d[\\d,.]*\\d|(?<![\\d.,])\\d)\\s*([多餘余])?\\s*([${ZH_CLASSIFIER}])(?=\\s*([^，,。；;：:、「」『』（）()]{0,30}))`, 'g');
  for (const match of compact.matchAll(figures)) {
    const counted = foldForMatch(match[5]!.replace(/\s+/g, ''));
    const classifier = match[4]!;
    // What is counted is named near the figure: its head, or its first pair, within the noun's length and two more.
    const near = counted.slice(0, noun.length + 4);
    if (!(near.includes(head) || near.includes(pair))) continue;
    if (askedPerson && !(ZH_PERSON_CLASSIFIER.test(classifier) || /人|員|员|專家|专家|人才|才/.test(near))) continue;
    const figure = `${match[1] ?? ''}${match[2]!}${match[3] ?? ''}${classifier}`;
    if (lead.replace(/\s+/g, '').startsWith(figure)) return undefined;
    return { ...result, answer: `${figure}${result.answer.slice(lead.length)}` };
  }
  return undefined;
}

/** Words of a question that say nothing of what it asks about. */
const QUESTION_FILLER = /多少|几多|几时|几耐|几大|几|什么|甚么|咩|乜|点解|点样|点|边度|边个|边|哪|吗|呢|呀|㗎|啊|有|系|是|会|要|可以|而家|现在|咁|那么|那|而|又|咗|了|的|嘅|[个间家项所名宗座条枚支队人笔款]|[？?，,。！!\s]/g;
const ENGLISH_FILLER = new Set('what which when where who how much many does did do is are was were will would can could the a an and of for in on at to by with from it its they their there that this these those have has had be been get gets about also then so than more less'.split(' '));

/** Whether the cited passages hold most of a question's own words (its Chinese character pairs, its English words). */
function holdsWordsOf(answerer: QuestionAnswerer, result: AnswerResult, question: string): boolean {
  const cited = result.citations.map((citation) => answerer.index.chunkById.get(citation.chunkId)).filter((chunk) => chunk !== undefined);
  const text = foldForMatch(cited.map((chunk) => searchableText(chunk)).join('\n'));
  const folded = foldForMatch(question);
  const words = /[\u3400-\u9fff]/.test(folded)
    ? folded.replace(QUESTION_FILLER, ' ').split(/\s+/).flatMap((run) => (run.length < 2 ? [] : [...run].slice(1).map((char, at) => run[at]! + char)))
    : (folded.match(/[a-z][a-z-]{2,}/g) ?? []).filter((word) => !ENGLISH_FILLER.has(word)).map((word) => word.slice(0, Math.max(4, word.length - 2)));
  if (words.length === 0) return false;
  return words.filter((word) => text.includes(word)).length / words.length >= HELD_WORDS_SHARE;
}

/** Share of a question's own words its passages must hold for the earlier subject to be carried in after it was read alone: a quarter, as passages word things their own way (「日均」 for 「平均每日」). */
const HELD_WORDS_SHARE = 0.25;

/** An answer that quotes its passage with no figure of its own in front ("From …: “…” [1]", 「根據《…》：「…」」). */
const QUOTE_ONLY = /^(?:From |According to |The documents state|根據|根据)/;

/** Words asking for a sum ("its annual budget", 「撥款」) in a question the answer-type cues read as a definition. */
const ASKS_MONEY = /\b(?:budget|funding|cost|costs|allocation|provision|spending|expenditure|rent|fee|fees|price|salary)\s*[?？.!]*$|\bhow much\b|多少錢|多少钱|幾多錢|几多钱|(?:預算|预算|撥款|拨款|金額|金额|資助額|资助额|開支|开支|租金|費用|费用|收費|收费|價錢|价钱|價格|价格|薪金|薪酬)(?:是|係|系|有|要|大概|大約|大约)?(?:多少|幾多|几多)/i;

/**
 * "What is its annual budget?" about a carried subject, answered by quoting a passage on that
 * subject that states no sum of money at all: the nearest passage, not the answer. Only a quote
 * without a figure in front is read (a figure the answerer led with is its own decision).
 */
function lacksAskedFigure(result: AnswerResult, question: string, texts: string[]): boolean {
  const type = detectAnswerType(question);
  const asksMoney = type === 'amount' || ((type === 'definition' || type === 'other') && ASKS_MONEY.test(question));
  if (!asksMoney || !QUOTE_ONLY.test(result.answer)) return false;
  return !texts.some((text) => extractQuantities(text).some((quantity) => quantity.kind === 'money' || (quantity.kind === 'number' && /[萬万億亿]|million|billion/i.test(quantity.raw))));
}

/**
 * 「今年預計資助幾多個項目？」 answered with a sum of money (a table's provision), 「全港有幾多個5G基站？」 with a share (90%): a
 * count was asked, not what it costs nor what share it reaches (a share answers a count only when asked as one, 「幾多個百分點」,
 * or as a rise, 「增加咗幾多」).
 */
export function countAnsweredWithMoneyOrShare(result: AnswerResult, question: string, asked = question): boolean {
  // A count says what it counts: "how many projects", 「幾多個項目」 (a bare 「幾多」 may ask a sum; and a classifier that begins
  // a noun of money, 「多少款項」, asks a sum: the question's reading as a whole decides).
  const counts = (/\bhow many\b/i.test(question) || new RegExp(`(?:幾多|几多|多少)\\s*[${ZH_CLASSIFIER}]`).test(question.normalize('NFKC'))) && detectAnswerType(question) !== 'amount';
  // ("How many billion HK dollars", 「幾多億元」: a sum counted in its currency asks money.)
  if (!counts || /錢|钱|\bmoney\b|\bfunding\b|\bHK\$|\bdollars?\b|\byuan\b|\brmb\b|(?:[億亿萬万千百]|\d)\s*元/i.test(question)) return false;
  const lead = /^(.*?)\s*\[\d+\]/.exec(result.answer)?.[1];
  const figure = lead ? extractQuantities(lead).find((quantity) => quantity.kind !== 'year' && quantity.kind !== 'fiscal-year') : undefined;
  // (A share answers a count asked as a rise or a reach, «how many people does it cover?», or of people: 90% of the population —
  // in the asker's own words, not those of an earlier subject carried in, 「香港5G覆蓋率」.)
  return figure?.kind === 'money' || (figure?.kind === 'percent' && !SHARE_ASKED.test(asked) && !ASKS_FOR_SHARE_OR_FIGURE.test(asked) && !PEOPLE_COUNTED.test(asked));
}
/** A share asked as such: 「百分點」「百分之幾」「巴仙」, "per cent", "percentage", %. */
const SHARE_ASKED = /百分|巴仙|\bper ?cent|\bpercentage|%|％/i;
/** People counted («how many people», 「幾多個人」「幾多人口」): a share of the population may answer it. */
const PEOPLE_COUNTED = /\bpeople\b|\bresidents\b|\bpopulation\b|\bpersons\b|\busers\b|(?:幾多|几多|多少)\s*(?:個|个|名|位)?\s*(?:人|市民|居民|用戶|用户)/i;

/** A size of land or floor asked ("how much land", 「幾多土地」「面積有幾大」), not what something costs. */
const ASKS_AREA = /\bhow (?:much|big|large)\b[^?]*\b(?:land|area|space|floor|site|hectares?|square (?:metres|meters|feet))\b|\b(?:land|area|floor area|site area)\b[^?]*\bhow (?:much|big|large)\b|(?:幾多|几多|多少|幾大|几大|多大)(?:公頃|公顷|平方米|平方呎)?(?:土地|面積|面积|樓面|楼面)|(?:土地|面積|面积|樓面|楼面|佔地|占地)[^？?]{0,8}(?:幾多|几多|多少|幾大|几大|多大)/i;

/** "How much land is reserved for it?" answered with a sum of money: the size asked is not what the passage's figure measures. */
export function areaAnsweredWithMoney(result: AnswerResult, question: string): boolean {
  if (!ASKS_AREA.test(question) || /錢|钱|\bmoney\b|\bfunding\b|\bcost\b|\bHK\$/i.test(question)) return false;
  const lead = /^(.*?)\s*\[\d+\]/.exec(result.answer)?.[1];
  const figure = lead ? extractQuantities(lead).find((quantity) => quantity.kind !== 'year' && quantity.kind !== 'fiscal-year') : undefined;
  return figure?.kind === 'money';
}

/** A figure asked "so far" (「至今」「到目前為止」): how much has been paid out, invested or taken up by now. */
const ASKS_TO_DATE = /\b(?:so far|to date|until now|up to now|thus far|as of (?:now|today)|by now)\b|至今|迄今|到目前為止|到目前为止|到而家|直到而家|暫時|暂时|累計|累计/i;
/** What a passage stating a figure reached by some date says: "as of", "so far", 「截至」「累計」「已」. */
const STATES_TO_DATE = /\b(?:so far|to date|as of|as at|already|cumulative(?:ly)?|thus far|by the end of|at the end of|(?:has|have) (?:been )?(?:approved|invested|funded|supported|attracted|disbursed|paid|spent|registered|admitted|created))\b|\b(?:end|end-)\s*(?:of\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?\d{4}\b|截至|截止|至今|迄今|累計|累计|已(?!預留|预留|撥|拨)|(?<![公總总])共(?:計|计)?(?:支援|支持|資助|资助|培育|孵化|吸引|匯聚|汇聚|錄得|录得|批出|投資|投资|服務|服务|協助|协助)|(?:\d|[一二三四五六七八九十〇零])\s*(?:年|月)\s*(?:底|末)/i;
/** A price or fee asked (what a user pays): "how much will businesses have to pay to use it?", 「租用要俾幾多錢？」. */
const ASKS_PRICE = /\b(?:fees?|charges?|charged|prices?|priced|rents?|subscription|tariffs?|(?:have|need|has|needs) to pay|pay to use|pay for using|cost to use|cost (?:me|us|them|users|businesses|companies) |sell for|sold for|selling price|sale price|land premium)\b|收費|收费|賣|卖|售價|售价|地價|地价|費用|费用|租金|月費|月费|管理費|管理费|服務費|服务费|價錢|价钱|價格|价格|(?:要|需要|使)(?:俾|畀|付|交|給|给)/i;
const STATES_PRICE = /\b(?:fees?|charges?|charged|prices?|priced|rents?|rental|subscription|tariffs?|per hour|per month|hourly|monthly|free of charge|waive[ds]?)\b|收費|收费|費|费|租|價|价|每小時|每小时|每月|免費|免费/i;

/** A figure asked "so far" answered from passages none of which says how much had been reached by a date: a plan's total, not what was asked. */
export function asksToDateUnstated(question: string, texts: string[]): boolean {
  const type = detectAnswerType(question);
  return (type === 'amount' || type === 'count') && ASKS_TO_DATE.test(question) && !texts.some((text) => STATES_TO_DATE.test(text));
}

/**
 * 「具體是哪一天？」, "on what date exactly?": a day is asked, and a passage that gives no day of a month (a year, a month, an
 * event with no date) does not answer it.
 */
export function asksDayUnstated(question: string, texts: string[]): boolean {
  return ASKS_DAY.test(question.normalize('NFKC')) && !texts.some((text) => STATES_DAY.test(text));
}
const ASKS_DAY = /哪一天|哪天|哪一日|邊一日|边一日|邊日|边日|幾號|几号|幾多號|几多号|\b(?:which|what) day\b|\bexact date\b|\bon what date\b|\bwhat(?:['’]s| is| was) the date\b/i;
const MONTH_NAME = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const STATES_DAY = new RegExp(`\\d{1,2}\\s*[日號号]|[一二三四五六七八九十廿卅]{1,3}\\s*[日號号]|\\b\\d{1,2}\\s+${MONTH_NAME}|\\b${MONTH_NAME}\\s+\\d{1,2}\\b`, 'i');

/** A price or fee asked, answered from passages that state no price, fee, rent or charge (the sum there is what something costs the government). */
export function asksPriceUnstated(question: string, texts: string[]): boolean {
  const type = detectAnswerType(question);
  // 「收費是多少？」 reads as a count to the answer-type cues (是多少 without 錢): a price is asked all the same.
  return (type === 'amount' || type === 'other' || type === 'count') && ASKS_PRICE.test(question) && !texts.some((text) => STATES_PRICE.test(text.replace(/經費|经费|撥款|拨款|開支|开支/g, '')));
}

/**
 * 「成個計劃總共預留咗幾多錢？」, "how much is set aside for the whole scheme?": a total asked, answered by a sum the passage's
 * sentence gives per member (「每間企業…最多可獲 4,500 萬元」, "up to $2 million per company"): a cap on one member is not the whole.
 */
export function wholeAnsweredWithShare(result: AnswerResult, question: string, passage: string): boolean {
  const asked = question.normalize('NFKC');
  if (!ASKS_WHOLE.test(asked) || PER_MEMBER.test(asked) || ONE_MEMBER.test(asked)) return false;
  const around = leadSumInPassage(result, passage);
  if (!around) return false;
  // The per-member words in the sum's own clause ("up to $10 million per company"), or before it when its clause restates a
  // member's sum (「…每間企業…最多可獲 1,500 萬元，…即最多可獲 4,500 萬元」); not a member's sum in another clause beside a total.
  const clauseStart = Math.max(...[...around.before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((match) => match.index! + match[0].length), 0);
  const clause = `${around.before.slice(clauseStart)}${around.after}`;
  return PER_MEMBER.test(clause) || (RESTATES.test(around.before.slice(clauseStart)) && PER_MEMBER.test(around.before));
}
/** Where a clause ends within a sentence (not the comma inside a figure, 1,000); 。 ends one too, though a sentence's start is found by SENTENCE_END. */
const CLAUSE_BREAK = /[，；;。]|,(?!\d)|\band\b/;
/** A clause restating the one before it: 即, 亦即, "i.e.", "that is". */
const RESTATES = /^\s*(?:即|亦即|也就是|換言之|换言之|i\.e\.|that is)/i;

/**
 * "How much did it cost to build?", 「興建成本係幾多？」: the cost of building something, answered by a sum whose sentence says
 * nothing of building (「撥款推出資助計劃」, "allocate $3 billion to launch a subsidy scheme"): what it was given for is not
 * what it cost to build.
 */
export function buildingCostUnstated(result: AnswerResult, question: string, passage: string): boolean {
  if (!ASKS_BUILDING_COST.test(question.normalize('NFKC'))) return false;
  const around = leadSumInPassage(result, passage);
  return around !== undefined && !STATES_BUILDING.test(`${around.before}${around.after}`);
}
const ASKS_BUILDING_COST = /\bcost(?:s|ed)?\s+(?:to|of)\s+(?:build|building(?!\s+up)|construct|constructing|construction)\b|\b(?:construction|building)\s+costs?\b|(?:建造|興建|兴建|建設|建设)(?:成本|費用|费用|費|费|(?:咗|了)?(?:幾多|几多|多少)錢)/i;
const STATES_BUILDING = /建造|興建|兴建|建設|建设|建成|工程|基建|\bbuil[dt]|\bconstruct|\binfrastructure\b|\bworks\b/i;

/**
 * The sentence of the passage in which the answer's leading sum is written: before it (from the sentence's start, the sum
 * included) and a little after it up to the next clause; undefined when it is not there.
 */
function leadSumInPassage(result: AnswerResult, passage: string): { before: string; after: string } | undefined {
  const figure = leadFigure(result.answer);
  if (figure?.kind !== 'money') return undefined;
  const text = passage.normalize('NFKC');
  const written = extractQuantities(text).find((quantity) => quantity.kind === 'money' && quantity.value === figure.value);
  if (!written) return undefined;
  const sentenceStart = Math.max(...[...text.slice(0, written.start).matchAll(SENTENCE_END)].map((match) => match.index! + match[0].length), 0);
  const after = text.slice(written.end, written.end + AFTER_LEAD_SUM);
  const clauseEnd = CLAUSE_BREAK.exec(after);
  return { before: text.slice(sentenceStart, written.end), after: clauseEnd ? after.slice(0, clauseEnd.index) : after };
}
/** A whole asked: 總共, 一共, 成個, "in total", "the whole". */
const ASKS_WHOLE = /總共|总共|一共|合共|總額|总额|整體|整体|成個|成个|整個|整个|\bin total\b|\baltogether\b|\bin all\b|\bthe (?:whole|entire)\b|\btotal\b/i;
/** A sum given per member: 每間, 每家, 每個項目, "per company", "each enterprise". */
const PER_MEMBER = /每一?(?:間|间|家|個|个|所|項|项|名|位|宗|條|条|支|隊|队)|\b(?:per|each|every|a single)\s+(?:eligible\s+)?(?:company|companies|enterprise|enterprises|firm|firms|project|projects|university|universities|applicant|applicants|institution|team|start-?ups?|school|schools|person|household)\b/i;
/** One member asked of (「一間企業總共…」, "the most one company can get in total"): its whole is a share, answered by the cap. */
const ONE_MEMBER = /(?:一|單|单)(?:間|间|家|個|个|所|項|项|名|位|宗)|\b(?:one|a|any|a single)\s+(?:eligible\s+)?(?:company|enterprise|firm|project|university|applicant|institution|team|start-?up|school|person|household)\b/i;
/** How far after a sum its sentence is read ("$2 million per company": the per-member phrase after it is still its). */
const AFTER_LEAD_SUM = 24;
const SENTENCE_END = /[。；;！!？?\n]|\.(?:\s|$)/g;

/** A year written digit by digit in Chinese numerals before 年 (二零二六年). */
const CHINESE_DIGIT_YEAR = /[零〇一二三四五六七八九]{4}\s?年/gu;

/**
 * Whether a passage names a year: 2025 (also written digit by digit in Chinese numerals, as official Chinese texts often date
 * things: 二零三零年三月三十一日), or a budget year as 2025-26, 2025/26 or 二零二五至二六.
 */
export function namesYear(text: string, year: Quantity): boolean {
  if (year.kind === 'year') return new RegExp(`(?<!\\d)${year.value}(?!\\d|[-/–]\\d)`).test(text) || [...text.matchAll(CHINESE_DIGIT_YEAR)].some((match) => readChineseDate(match[0])?.year === year.value);
  return extractQuantities(text).some((quantity) => quantity.kind === 'fiscal-year' && quantity.value === year.value);
}

/** What an English "how many …" question counts, by its head noun: "how many research projects" → "project". */
function countedNoun(question: string): { head: string } | undefined {
  const text = question.normalize('NFKC');
  const english = /\bhow many\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*?)(?:ies|es|s)?\b(?=\s+(?:is|are|was|were|does|do|did|has|have|had|will|can|could|would|in|at|of|for|there|under|on)\b|\s*[?.!]|$)/i.exec(text);
  return english && english[1]!.length >= 3 && !/^(?:year|time|people|person)$/i.test(english[1]!) ? { head: english[1]!.toLowerCase() } : undefined;
}
