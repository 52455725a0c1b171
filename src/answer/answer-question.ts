import type { LoadedIndex } from '../index/load-index.js';
import { HybridRetriever, type RetrieveOptions } from '../retrieve/hybrid-retriever.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';
import type { AnswerResult } from './answer-contract.js';
import type { Language } from '../corpus/manifest.js';
import { Memo } from '../text/memo.js';
import { CANDIDATE_PASSAGES as DEFAULT_PASSAGES, TYPED_ANSWERS, composeAbstention, composeAnswer, DEFAULT_ANSWER_OPTIONS, LIST_CANDIDATE_PASSAGES, toCitation, type AbstentionReason, type AnswerOptions, type ComposedAnswer } from './extractive-answer.js';
import { checkGrounding, describeProblem, groundingTexts } from './grounding.js';
import { NOT_IN_DOCUMENTS, type LlmGenerator } from './llm-generator.js';
import { answerFromTables, declineTableRowAnswer } from './table-answer.js';
import { answerShortForm } from './short-form-answer.js';
import { answerDocumentDate } from './document-answer.js';
import { answerOutline } from './outline-answer.js';
import { answerFormerName } from './former-name-answer.js';
import { answerPressContact } from './contact-answer.js';
import { composeElapsed, splitElapsed, type ElapsedQuestion } from './elapsed-answer.js';
import { comparable, composeAcrossYears, composeComparison, sideOptions, sidesMatchYears, splitAcrossDocuments, splitComparison, type Comparison } from './compare-answer.js';
import { namedDocuments, premiseQuestion, withoutMentions, type DocumentMention } from './document-reference.js';
import { ASKS_FIGURE_GIVEN, statedCountQuestion } from './stated-count.js';
import type { DocumentEntry } from '../corpus/manifest.js';
import { knownNames, withNamesAsWritten, type KnownName } from '../text/name-variants.js';
import { askingSentenceStart, ASKS_OUTCOME, laterPremiseEnd, premiseEnd, SAYS, withoutRequestFrame } from '../text/question-frame.js';
import { nameFinderFor, resolveFollowUp, type NameFinder } from './resolve-follow-up.js';
import { detectLanguage } from '../text/normalise.js';
import { detectAnswerType, type AnswerType } from '../retrieve/question-intent.js';

/** Passages retrieved for a question when the caller gives no number: the answerer's candidate passages (a list question reads further). */
function passagesFor(question: string): number {
  return detectAnswerType(question) === 'list' ? LIST_CANDIDATE_PASSAGES : DEFAULT_PASSAGES;
}

export const MAX_QUESTION_LENGTH = 1000;

/** Rejects an empty or over-long question with a typed error. */
export function validateQuestion(question: unknown, maxLength = MAX_QUESTION_LENGTH): string {
  if (typeof question !== 'string') throw new BudgetQaError('REQUEST_INVALID', 'The question must be a string.');
  const trimmed = question.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').trim();
  // Invisible characters alone (zero-width spaces, joiners, byte-order marks) are no question either.
  if (trimmed.replace(/[\p{Cf}\p{Z}\s]/gu, '').length === 0) throw new BudgetQaError('QUESTION_EMPTY', 'The question is empty.');
  if ([...trimmed].length > maxLength) throw new BudgetQaError('QUESTION_TOO_LONG', `The question is longer than ${maxLength} characters.`);
  return trimmed;
}

/** Question in, answer out: the one code path for the CLI, the server and the eval. */
export class QuestionAnswerer {
  readonly retriever: HybridRetriever;
  private readonly budgetYears: string[];
  /** The terminology's names in a text, for reading a premise's asking sentence as a follow-up. */
  private readonly findNames: NameFinder;
  private readonly cache?: Memo<AnswerResult>;
  /** Answers given in place of the model's because it failed (timeout, error, client gone): never cached. */
  private readonly upstreamFailures = new WeakSet<AnswerResult>();

  /**
   * `cacheSize` > 0 keeps that many recent answers: an answer is a pure function of the question,
   * its options and the index, and at budget time many people ask the same things.
   */
  constructor(
    readonly index: LoadedIndex,
    private readonly options: AnswerOptions = DEFAULT_ANSWER_OPTIONS,
    cacheSize = 0,
    /** When given, a language model writes the answer; the extractive answer is its fallback. */
    private readonly generator?: LlmGenerator,
  ) {
    this.retriever = new HybridRetriever(index);
    this.findNames = nameFinderFor(index);
    this.budgetYears = [...new Set([...index.documents.values()].map((document) => document.budgetYear))];
    if (cacheSize > 0) this.cache = new Memo(cacheSize);
  }

  /**
   * Answers a question. `language` makes the answer use that language instead of the question's
   * (the UI's English / 繁體 / 简体 toggle).
   */
  async ask(rawQuestion: string, options: AskOptions = {}): Promise<AnswerResult> {
    const asked = validateQuestion(rawQuestion, options.maxQuestionLength);
    // "For a draft reply to a LegCo question, please confirm the …": the question the request asks
    // is answered; the result keeps the words as asked.
    const question = withoutRequestFrame(asked);
    if (question !== asked) return { ...(await this.ask(question, options)), question: asked };
    if (this.cache) {
      const started = performance.now();
      let fresh = false;
      // Keyed on the number of passages the question is answered from (a list question reads more when none is given).
      const key = [options.k ?? passagesFor(question), options.mode ?? '', options.language ?? '', question, ...(options.docIds ?? [])].join('\u0000');
      const result = await this.cache.getAsync(
        key,
        async () => {
          fresh = true;
          return this.answer(question, options);
        },
        // An answer that fell back because the model could not be reached is not the answer to keep.
        (answer) => !this.upstreamFailures.has(answer),
      );
      return fresh ? result : { ...result, timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, cached: true };
    }
    return this.answer(question, options);
  }

  /** The terminology's English names of places, posts and bodies, split into words once per lexicon. */
  private englishNames(): KnownName[] {
    const data = this.index.searchText.lexicon.data;
    let names = KNOWN_NAMES.get(data);
    if (!names) KNOWN_NAMES.set(data, (names = knownNames(data.names.flatMap((entity) => entity.en))));
    return names;
  }

  get generates(): boolean {
    return this.generator !== undefined;
  }

  /** A question a lookup answerer recognised and found the documents do not answer. */
  private withheld(question: string, language: Language, answerType: AnswerType, reason: AbstentionReason, started: number): AnswerResult {
    return { question, language, answer: composeAbstention(language), abstained: true, confidence: 0, reason, answerType, citations: [], related: [], timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
  }

  /** One side of a question answered from two (a comparison's side, an event of a time between two): asked alone, as the type given. */
  private async askSide(question: string, sideQuestion: string, answerType: AnswerType | undefined, docIds: readonly string[] | undefined, options: AskOptions): Promise<ComposedAnswer> {
    const retrieval = await this.retriever.retrieve(sideQuestion, { k: options.k ?? DEFAULT_PASSAGES, mode: options.mode, ...(docIds ? { docIds: [...docIds] } : {}) });
    retrieval.intent = { ...retrieval.intent, answerType: answerType ?? retrieval.intent.answerType, language: options.language ?? detectLanguage(question) };
    return composeAnswer(retrieval, this.index.searchText, this.budgetYears, sideOptions(this.options));
  }

  /**
   * "The 2024-25 Budget's money for X, against the 2025-26 Budget's for Y": a side that names one document is asked of it,
   * its name taken out of the side (the document's name is no word of the passage that answers).
   */
  private sideDocuments(sideQuestion: string): { question: string; docIds: string[] } | undefined {
    const mentions = namedDocuments(sideQuestion, this.index.documents.values());
    const ids = [...new Set(mentions.flatMap((mention) => mention.documents.map((document) => document.id)))];
    if (mentions.length === 0 || ids.length !== 1) return undefined;
    const question = withoutMentions(sideQuestion.normalize('NFKC'), mentions).replace(/\s+/g, ' ').trim();
    return question.length > 0 ? { question, docIds: ids } : undefined;
  }

  /** A comparison answered from its two sides, or undefined when a side has no figure to compare (the ordinary answer then stands). */
  private async compare(question: string, comparison: Comparison, options: AskOptions, started: number): Promise<AnswerResult | undefined> {
    const sides = await Promise.all(
      // Each side of a change between documents is asked of its own; otherwise of the documents the asker named, if any.
      comparison.questions.map((sideQuestion, i) => {
        const named = comparison.by !== 'subject' || comparison.documents?.[i] || options.docIds ? undefined : this.sideDocuments(sideQuestion);
        return this.askSide(question, named?.question ?? sideQuestion, comparison.answerType === 'other' ? undefined : comparison.answerType, comparison.documents?.[i] ?? options.docIds ?? named?.docIds, options);
      }),
    );
    if (!sidesMatchYears(comparison, sides)) return undefined;
    const language = options.language ?? detectLanguage(question);
    const answered = comparable(sides[0]!, sides[1]!);
    const composed = answered ? composeComparison(comparison, answered, language) : composeAcrossYears(comparison, [sides[0]!, sides[1]!], language);
    if (!composed) return undefined;
    return {
      question,
      language,
      answer: composed.answer,
      abstained: false,
      confidence: composed.confidence,
      answerType: comparison.answerType,
      citations: composed.citations,
      related: [],
      timingsMs: { retrieve: 0, answer: round(performance.now() - started) },
      generator: 'extractive',
    };
  }

  /** A question with a premise, its asking sentence resolved against the premise as a follow-up; undefined when that is not answered either. */
  private async answerAfterPremise(question: string, options: AskOptions): Promise<AnswerResult | undefined> {
    const normalised = question.normalize('NFKC');
    const end = premiseEnd(normalised);
    if (end === 0) return undefined;
    // Only a premise that reports a document ("The estimates mention …", "The 2024-25 Budget put …") is one the asker
    // read there; "I visited the Science Park last week." tells of the asker, and the whole question stands as answered.
    const premise = normalised.slice(0, end);
    if (!SAYS.test(premise) && namedDocuments(premise, this.index.documents.values()).length === 0) return undefined;
    const resolution = resolveFollowUp({ earlier: [{ role: 'user', content: premise }], question: normalised.slice(end).trim(), findNames: this.findNames });
    if (resolution.question === normalised.slice(end).trim() && resolution.kind === 'standalone') return undefined;
    const answered = await this.answer(resolution.question, options);
    return answered.abstained ? undefined : { ...answered, question };
  }

  /** The time between two events, from each event's date, or undefined when either is not dated (the ordinary answer then stands). */
  private async elapsed(question: string, elapsed: ElapsedQuestion, options: AskOptions, started: number): Promise<AnswerResult | undefined> {
    const sides = await Promise.all(elapsed.questions.map((sideQuestion) => this.askSide(question, sideQuestion, 'date', options.docIds, options)));
    // Each event must be dated as surely as a question asked alone would be: a date from a sentence on another matter makes no gap.
    if (sides.some((side) => side.abstained || side.confidence < this.options.confidence.threshold)) return undefined;
    const language = options.language ?? detectLanguage(question);
    const composed = composeElapsed(elapsed, [sides[0]!, sides[1]!], language);
    if (!composed) return undefined;
    return { question, language, answer: composed.answer, abstained: false, confidence: composed.confidence, answerType: 'duration', citations: composed.citations, related: [], timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
  }

  private async answer(question: string, options: AskOptions): Promise<AnswerResult> {
    // "the New Industry Development Office": a name written with one word in another form is read as the name the terminology
    // writes (after the answer cache: a question asked again is not read twice).
    const named = withNamesAsWritten(question, this.englishNames());
    if (named !== question) return { ...(await this.answer(named, options)), question };
    const started = performance.now();
    // A table question (a figure by row, column and year, a change, a reason): answered by lookup
    // in the tables' cells when the table module is confident, or declined with the reason.
    const table = this.options.tableLookup === false ? undefined : answerFromTables(question, this.index, { language: options.language });
    // A question that asks something no cell holds (not a typed answer: yes or no, a reason, a name, a list) and that the tables
    // decline (no such row or column) may be answered by a paragraph of the report: the decline stands only
    // when the text has no answer either.
    // A yes or no that weighs one sum against another ("is more budgeted for X than for Y?") is a figure question still.
    // A budget year the tables do not cover is not covered by their paragraphs either: that decline stands.
    const askedType = detectAnswerType(question);
    const declinedForText = table?.abstained && (table.reason === 'ROW_NOT_FOUND' || table.reason === 'COLUMN_NOT_FOUND') && !TYPED_ANSWERS.has(askedType) && !WEIGHS_FIGURES.test(question) ? table : undefined;
    // A question asked of named documents is answered from their tables only.
    if (table && !declinedForText && (!options.docIds || table.citations.every((citation) => options.docIds!.includes(citation.docId)))) {
      return { question, ...table, timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
    }
    // "What date is on the 2025-26 slides?": the named document's own date, from the manifest.
    const askedLanguage = options.language ?? detectLanguage(question);
    const aboutDocument = answerDocumentDate(question, this.index, askedLanguage);
    if (aboutDocument) {
      return { question, language: askedLanguage, ...aboutDocument, abstained: false, confidence: 1, answerType: 'date', related: [], timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
    }
    // "What does HSITP stand for?": the full name a short form stands for, as the documents define it.
    const spelledOut = answerShortForm(question, this.index, askedLanguage);
    if (spelledOut) {
      return { question, language: askedLanguage, ...spelledOut, abstained: false, confidence: 1, answerType: 'definition', related: [], timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
    }
    // "What was X called before?", "Has X always been called that?": the old name the documents write beside the new one.
    const formerName = answerFormerName(question, this.index, askedLanguage);
    if (formerName) {
      return { question, language: askedLanguage, ...formerName, abstained: false, confidence: 1, related: [], timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
    }
    // "What are the main areas of the 2024-25 budget measures?": the named document's numbered parts.
    const outline = answerOutline(question, this.index, askedLanguage);
    if (outline) {
      return { question, language: askedLanguage, ...outline, abstained: false, confidence: 1, answerType: 'list', related: [], timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
    }
    // "Who is the media contact?": the contact line a press release ends with.
    const contact = answerPressContact(question, this.index, askedLanguage);
    if (contact === 'NOT_GIVEN') return this.withheld(question, askedLanguage, 'person', 'NO_ANSWER_OF_TYPE', started);
    if (contact) {
      return { question, language: askedLanguage, ...contact, abstained: false, confidence: 1, answerType: 'person', related: [], timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, generator: 'extractive' };
    }
    // "Which is larger, X or Y?", 「X比Y多多少？」, "between the fact sheet and the press release":
    // each side asked alone (of its own documents, when the question names them), both figures compared.
    const mentions = namedDocuments(question, this.index.documents.values());
    // A yes/no between documents ("Is it still $10 billion in the press release, as in the fact sheet?") is the answerer's: it leads with yes or no.
    // Budgets named by their years ("the 2024-25 Budget … the 2025-26 Budget") are compared across years (splitComparison), not as documents.
    // A budget named by its year beside a document of another kind ("the fact sheet … the 2025-26 budget deck") is one document of two.
    const budgetsByYear = mentions.filter((mention) => mention.budgetOfYear);
    const documentMentions = budgetsByYear.length >= 2 ? mentions.filter((mention) => !mention.budgetOfYear) : mentions;
    const acrossDocuments = askedType === 'yes-no' ? undefined : splitAcrossDocuments(question, documentMentions);
    // "How many years after A did B?": each event's date, and the time between them.
    const elapsed = this.options.comparisons === false ? undefined : splitElapsed(question);
    if (elapsed) {
      const between = await this.elapsed(question, elapsed, options, started);
      if (between) return between;
    }
    const comparison = this.options.comparisons === false ? undefined : (acrossDocuments ?? splitComparison(question));
    if (comparison) {
      const compared = await this.compare(question, comparison, options, started);
      if (compared) return compared;
    }
    // Only the documents the asker named (a follow-up's source). A question that names a document in
    // passing ("according to the fact sheet") is not restricted to it: on dev that lost more than it won.
    // A premise question ("The fact sheet said …. How many does the press release say?") is asked of the documents its asking sentence names.
    const premise = options.docIds ? undefined : premiseQuestion(question, mentions);
    // A document named by its kind and year ("HKSTP's 2026 press release", 「2025年的概況」), and only one, is the one asked.
    // A mention in an earlier sentence states a premise ("The 2024-25 slides mention X. By how much …?"): not the document asked.
    // … and so is one named before an asking part that moves the time on ("The 2025-26 slides said …, what is it called now?").
    const normalised = question.normalize('NFKC');
    const laterFrom = laterPremiseEnd(normalised);
    const askingSentence = Math.max(askingSentenceStart(normalised), laterFrom);
    const namedWithYear = mentions.filter((mention) => !mention.budgetOfYear && mention.at >= askingSentence && /\d{4}/.test(mention.written));
    const onlyNamed = namedWithYear.length > 0 && new Set(mentions.flatMap((mention) => mention.documents.map((document) => document.id))).size === 1 ? namedWithYear[0]!.documents.map((document) => document.id) : undefined;
    // "The 2024-25 Budget promised X. Did that happen, and when?", 「預算案話…，結果…？」: a premise that reports a document, then an
    // asking part that asks what came of it, is asked of the documents dated after it (its own sentence states the promise, not what came of it).
    const afterPremise = laterFrom > 0 && ASKS_OUTCOME.test(normalised.slice(laterFrom)) ? documentsDatedAfter(mentions.filter((mention) => mention.end <= laterFrom), this.index.documents.values()) : undefined;
    const docIds = options.docIds ?? premise?.documents.map((document) => document.id) ?? onlyNamed ?? afterPremise;
    // A list is answered by a sentence that enumerates, which may rank below the passages that name its subject: lists read further down.
    // "The fact sheet says HKSTP serves 1,600-plus firms; what figure does the press release give?": the document asked how many firms.
    const restated = premise && ASKS_FIGURE_GIVEN.test(normalised) ? statedCountQuestion(withoutMentions(normalised, mentions)) : undefined;
    const asked = restated ?? premise?.asked ?? question;
    const k = options.k ?? passagesFor(asked);
    const retrieval = await this.retriever.retrieve(asked, { k, mode: options.mode, ...(docIds ? { docIds } : {}) });
    if (options.language) retrieval.intent.language = options.language;
    const retrieved = performance.now();
    const composed = composeAnswer(retrieval, this.index.searchText, this.budgetYears, this.options);
    // An answer drawn from table rows alone, to a question the lookup did not take: kept only when
    // it is a sum asked of those rows (table-answer.ts says why otherwise).
    const rowOnly = this.options.tableLookup === false || composed.abstained ? undefined : declineTableRowAnswer(question, composed.answer, this.index, composed.citations.map((citation) => this.index.chunkById.get(citation.chunkId)).filter((chunk) => chunk !== undefined), { language: options.language });
    if (rowOnly) {
      return { question, ...rowOnly, timingsMs: { retrieve: round(retrieved - started), answer: round(performance.now() - retrieved) }, generator: 'extractive' };
    }
    const extractive: AnswerResult = {
      question,
      language: retrieval.intent.language,
      answer: composed.answer,
      abstained: composed.abstained,
      confidence: composed.confidence,
      ...(composed.reason ? { reason: composed.reason } : {}),
      answerType: retrieval.intent.answerType,
      citations: composed.citations,
      related: composed.related,
      timingsMs: { retrieve: round(retrieved - started), answer: round(performance.now() - retrieved) },
      generator: 'extractive',
    };
    // "The estimates mention more floor space in the InnoParks. Where are those parks?": a premise the asker states
    // and a question about it. Not answered as a whole (the premise's own sentence holds no answer), the asking
    // sentence is read as a follow-up to the premise, as a conversation's second turn would be.
    if (composed.abstained && !options.docIds) {
      const asPremised = await this.answerAfterPremise(question, options);
      if (asPremised) return asPremised;
    }
    if (declinedForText && composed.abstained) {
      return { question, ...declinedForText, timingsMs: { retrieve: round(retrieved - started), answer: round(performance.now() - retrieved) }, generator: 'extractive' };
    }
    // No model, or the documents do not cover the question: the extractive answer stands.
    if (!this.generator || composed.abstained) return extractive;

    const language = retrieval.intent.language;
    const passages = retrieval.passages;
    let generated: string;
    try {
      generated = (await this.generator.generate(question, passages, language, options.onToken, options.signal)).trim();
    } catch (error) {
      // The reason shown is ours (the generator keeps the upstream's own text out of it).
      const reason = isBudgetQaError(error) ? error.message : 'The language model could not answer.';
      const fallback: AnswerResult = { ...extractive, grounding: { ok: false, problems: [reason], fallback: 'extractive' } };
      this.upstreamFailures.add(fallback);
      return fallback;
    }
    const timings = { retrieve: round(retrieved - started), answer: round(performance.now() - retrieved) };
    if (generated === NOT_IN_DOCUMENTS) {
      return {
        ...extractive,
        answer: composeAbstention(language),
        abstained: true,
        reason: 'NOT_IN_DOCUMENTS',
        citations: [],
        related: passages.slice(0, 3).map((passage, index) => toCitation(passage, index + 1, language)),
        timingsMs: timings,
        generator: 'llm',
        grounding: { ok: true, problems: [] },
      };
    }
    // What the model was shown of each passage: its document, date, budget year and section, and its text.
    const shown = groundingTexts(passages);
    const verdict = checkGrounding(generated, shown);
    if (!verdict.ok) {
      return { ...extractive, timingsMs: timings, grounding: { ok: false, problems: verdict.problems.map(describeProblem), fallback: 'extractive' } };
    }
    return {
      ...extractive,
      answer: generated,
      citations: verdict.cited.map((n) => toCitation(passages[n - 1]!, n, language)),
      related: [],
      timingsMs: timings,
      generator: 'llm',
      grounding: { ok: true, problems: [] },
    };
  }
}

export interface AskOptions extends RetrieveOptions {
  maxQuestionLength?: number;
  /** Answer in this language instead of the question's. */
  language?: Language;
  /** With a language model: receives the answer sentence by sentence as it is written, each once it passed the grounding check. */
  onToken?: (sentence: string) => void;
  /** Aborts the language model's call (the client went away, the server stops). */
  signal?: AbortSignal;
}

/** The documents dated after every document the mentions name, or undefined when the mentions name none or none is later. */
function documentsDatedAfter(mentions: readonly DocumentMention[], documents: Iterable<DocumentEntry>): string[] | undefined {
  const named = mentions.flatMap((mention) => mention.documents);
  if (named.length === 0) return undefined;
  const latest = named.map((document) => document.date).sort().at(-1)!;
  const later = [...documents].filter((document) => document.date > latest).map((document) => document.id);
  return later.length ? later : undefined;
}

/** Each lexicon's names as `withNamesAsWritten` reads them (one entry per loaded lexicon, dropped with it). */
const KNOWN_NAMES = new WeakMap<object, KnownName[]>();

/** A comparative that weighs figures: "more", "lower", "exceed", 「多於」「高過」「超過」. */
const WEIGHS_FIGURES = /\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|exceeds?|exceeding)\b|[多少高低大細小]於|[多少高低大細小]过|[多少高低大細小]過|超過|超过|比(?!例|率)/i;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
