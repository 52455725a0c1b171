import type { LoadedIndex } from '../index/load-index.js';
import { HybridRetriever, type RetrieveOptions } from '../retrieve/hybrid-retriever.js';
import { BudgetQaError } from '../errors.js';
import type { AnswerResult } from './answer-contract.js';
import type { Language } from '../corpus/manifest.js';
import { Memo } from '../text/memo.js';
import { composeAnswer, DEFAULT_ANSWER_OPTIONS, type AnswerOptions } from './extractive-answer.js';

export const MAX_QUESTION_LENGTH = 1000;

/** Rejects an empty or over-long question with a typed error. */
export function validateQuestion(question: unknown, maxLength = MAX_QUESTION_LENGTH): string {
  if (typeof question !== 'string') throw new BudgetQaError('REQUEST_INVALID', 'The question must be a string.');
  const trimmed = question.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').trim();
  if (trimmed.length === 0) throw new BudgetQaError('QUESTION_EMPTY', 'The question is empty.');
  if ([...trimmed].length > maxLength) throw new BudgetQaError('QUESTION_TOO_LONG', `The question is longer than ${maxLength} characters.`);
  return trimmed;
}

/** Question in, answer out: the one code path for the CLI, the server and the eval. */
export class QuestionAnswerer {
  readonly retriever: HybridRetriever;
  private readonly budgetYears: string[];
  private readonly cache?: Memo<AnswerResult>;

  /**
   * `cacheSize` > 0 keeps that many recent answers: an answer is a pure function of the question,
   * its options and the index, and at budget time many people ask the same things.
   */
  constructor(
    readonly index: LoadedIndex,
    private readonly options: AnswerOptions = DEFAULT_ANSWER_OPTIONS,
    cacheSize = 0,
  ) {
    this.retriever = new HybridRetriever(index);
    this.budgetYears = [...new Set([...index.documents.values()].map((document) => document.budgetYear))];
    if (cacheSize > 0) this.cache = new Memo(cacheSize);
  }

  /**
   * Answers a question. `language` makes the answer use that language instead of the question's
   * (the UI's English / 繁體 / 简体 toggle).
   */
  async ask(rawQuestion: string, options: RetrieveOptions & { maxQuestionLength?: number; language?: Language } = {}): Promise<AnswerResult> {
    const question = validateQuestion(rawQuestion, options.maxQuestionLength);
    if (this.cache) {
      const started = performance.now();
      let fresh = false;
      const key = [options.k ?? 5, options.mode ?? '', options.language ?? '', question].join('\u0000');
      const result = await this.cache.getAsync(key, async () => {
        fresh = true;
        return this.answer(question, options);
      });
      return fresh ? result : { ...result, timingsMs: { retrieve: 0, answer: round(performance.now() - started) }, cached: true };
    }
    return this.answer(question, options);
  }

  private async answer(question: string, options: RetrieveOptions & { language?: Language }): Promise<AnswerResult> {
    const started = performance.now();
    const retrieval = await this.retriever.retrieve(question, { k: options.k ?? 5, mode: options.mode });
    if (options.language) retrieval.intent.language = options.language;
    const retrieved = performance.now();
    const composed = composeAnswer(retrieval, this.index.searchText, this.budgetYears, this.options);
    const answered = performance.now();
    return {
      question,
      language: retrieval.intent.language,
      answer: composed.answer,
      abstained: composed.abstained,
      answerType: retrieval.intent.answerType,
      citations: composed.citations,
      related: composed.related,
      timingsMs: { retrieve: round(retrieved - started), answer: round(answered - retrieved) },
    };
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
