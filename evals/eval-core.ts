import type { AnswerResult } from '../src/answer/answer-contract.js';
import type { QuestionAnswerer } from '../src/answer/answer-question.js';
import { searchableText } from '../src/chunk/chunk.js';
import type { LoadedIndex } from '../src/index/load-index.js';
import type { RetrievalMode } from '../src/retrieve/hybrid-retriever.js';
import { detectLanguage } from '../src/text/normalise.js';
import type { EvalItem } from './eval-set.js';
import { firstRelevantRank, holdsGoldEvidence, mean, median, statesAccepted } from './scoring.js';

/**
 * The eval's core, shared by `npm run eval` (evals/run-eval.ts) and `npm run eval:renderings`
 * (evals/run-renderings.ts): every question asked through the same code path as `ask`, scored
 * with evals/scoring.ts, and the figures summarised per category. One copy, so every corpus is
 * scored the same way.
 */

export const K = 5;
export const MODES: RetrievalMode[] = ['sparse', 'dense', 'fused', 'sparse+rerank', 'fused+rerank'];

export interface ItemResult {
  item: EvalItem;
  set: string;
  categories: string[];
  /** 1-based rank of the first passage holding the gold evidence, per retrieval system. */
  ranks: Partial<Record<string, number | undefined>>;
  answer: AnswerResult;
  correct: boolean;
  citedWithEvidence: number;
  /** Some citation holds the gold evidence. */
  evidenceCited: boolean;
  languageMatches: boolean;
  latencyMs: number;
}

/** The categories a question is counted in; `languagesOf` gives a gold document's languages (for cross-lingual). */
export function categoriesOf(item: EvalItem, languagesOf: (docId: string) => readonly string[]): string[] {
  const language = item.tags.includes('yue') ? 'yue' : detectLanguage(item.question);
  const categories = ['all', `lang:${language}`];
  for (const tag of item.tags) if (!['yue', 'notation', 'year'].includes(tag)) categories.push(`tag:${tag}`);
  // An unanswerable question is counted in its kind too, so correct abstention can be read by what was asked (a figure, a list, a purpose).
  if (item.kind) categories.push(`kind:${item.kind}`);
  if (!item.answerable) return [...categories, 'unanswerable'];
  categories.push('answerable');
  const goldLanguages = item.gold.docIds.flatMap((id) => languagesOf(id));
  const questionIsEnglish = language === 'en';
  if (questionIsEnglish && !goldLanguages.includes('en')) categories.push('cross-lingual');
  if (item.tags.includes('notation')) categories.push('notation');
  if (item.tags.includes('year')) categories.push('year-dependent');
  return categories;
}

/**
 * The language an answer is written in, judged on its own words: quotations of the documents
 * (“…”, 「…」) and citation markers are left out, since a quote keeps the document's language.
 */
export function answerFrameLanguage(answer: string): string {
  const frame = answer.replace(/“[^”]*”|「[^」]*」|『[^』]*』|\[\d+\]/g, ' ');
  return detectLanguage(frame);
}

export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000;
}

export interface ScoreOptions {
  /** The set's name, recorded in each result. */
  set: string;
  /** Retrieval modes whose rank of the gold evidence is measured (the answer is always asked). */
  modes: readonly RetrievalMode[];
  /** A gold document's languages; by default the index's own manifest. */
  languagesOf?: (docId: string) => readonly string[];
  /** Ranks from other systems (baselines, ablations), measured before the answer as before. */
  extraRanks?: (item: EvalItem) => Promise<Partial<Record<string, number | undefined>>>;
}

/** Every question through the answerer, scored: ranks of the gold evidence, correctness, evidence cited, language. */
export async function scoreItems(answerer: QuestionAnswerer, index: LoadedIndex, items: EvalItem[], options: ScoreOptions): Promise<ItemResult[]> {
  const languagesOf = options.languagesOf ?? ((id: string) => index.documents.get(id)?.languages ?? []);
  const chunkText = (chunkId: string) => {
    const chunk = index.chunkById.get(chunkId);
    return chunk ? searchableText(chunk) : '';
  };
  const results: ItemResult[] = [];
  for (const item of items) {
    const ranks: ItemResult['ranks'] = {};
    for (const mode of options.modes) {
      const { passages } = await answerer.retriever.retrieve(item.question, { k: K, mode });
      ranks[mode] = firstRelevantRank(passages.map((passage) => holdsGoldEvidence(item, passage.document.id, searchableText(passage.chunk))));
    }
    if (options.extraRanks) Object.assign(ranks, await options.extraRanks(item));
    const started = performance.now();
    // Asked as the server and the CLI ask it: with the answerer's own number of passages.
    const answer = await answerer.ask(item.question);
    const latencyMs = performance.now() - started;
    const expectedLanguage = item.tags.includes('yue') ? 'zh-Hant' : detectLanguage(item.question);
    const stated = statesAccepted(item, answer.answer);
    const citedWithEvidence = answer.citations.filter((citation) => holdsGoldEvidence(item, citation.docId, chunkText(citation.chunkId))).length;
    results.push({
      item,
      set: options.set,
      categories: categoriesOf(item, languagesOf),
      ranks,
      answer,
      correct: item.answerable && !answer.abstained && stated,
      citedWithEvidence,
      evidenceCited: item.answerable && citedWithEvidence > 0,
      languageMatches: answer.language === expectedLanguage && answerFrameLanguage(answer.answer) === expectedLanguage,
      latencyMs,
    });
  }
  return results;
}

/** Retrieval and answer figures of a group of results. */
export function summarise(results: ItemResult[], systems: readonly string[]) {
  const answerable = results.filter((result) => result.item.answerable);
  const unanswerable = results.filter((result) => !result.item.answerable);
  const retrieval: Record<string, { hitAt1: number | null; hitAt5: number | null; mrr: number | null }> = {};
  for (const system of systems) {
    const ranks = answerable.map((result) => result.ranks[system]);
    retrieval[system] = {
      hitAt1: rate(ranks.filter((rank) => rank === 1).length, ranks.length),
      hitAt5: rate(ranks.filter((rank) => rank !== undefined && rank <= K).length, ranks.length),
      mrr: ranks.length ? Math.round(mean(ranks.map((rank) => (rank ? 1 / rank : 0))) * 1000) / 1000 : null,
    };
  }
  const answered = answerable.filter((result) => !result.answer.abstained);
  const citations = answered.reduce((sum, result) => sum + result.answer.citations.length, 0);
  return {
    questions: results.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    retrieval,
    answers: {
      accuracy: rate(answerable.filter((result) => result.correct).length, answerable.length),
      evidenceCited: rate(answerable.filter((result) => result.evidenceCited).length, answerable.length),
      citationPrecision: rate(answered.reduce((sum, result) => sum + result.citedWithEvidence, 0), citations),
      correctAbstention: rate(unanswerable.filter((result) => result.answer.abstained).length, unanswerable.length),
      falseAbstention: rate(answerable.filter((result) => result.answer.abstained).length, answerable.length),
      languageMatch: rate(results.filter((result) => result.languageMatches).length, results.length),
      medianLatencyMs: Math.round(median(results.map((result) => result.latencyMs)) * 100) / 100,
    },
  };
}

export type Summary = ReturnType<typeof summarise>;

/** Headline figures, named as the issues and README name them. */
export function headline(summaryOf: (category: string) => Summary | undefined) {
  const all = summaryOf('all');
  return {
    accuracy: all?.answers.accuracy ?? null,
    evidenceCited: all?.answers.evidenceCited ?? null,
    crossLingualAccuracy: summaryOf('cross-lingual')?.answers.accuracy ?? null,
    falseAbstention: all?.answers.falseAbstention ?? null,
    correctAbstention: all?.answers.correctAbstention ?? null,
    languageMatch: all?.answers.languageMatch ?? null,
    hitAt5: all?.retrieval['fused+rerank']?.hitAt5 ?? null,
  };
}


export type Headline = ReturnType<typeof headline>;

/** The headline figures of a set's results, as `npm run eval` reports them. */
export function headlineOf(results: ItemResult[], systems: readonly string[] = ['fused+rerank']): Headline {
  return headline((category) => {
    const members = results.filter((result) => result.categories.includes(category));
    return members.length ? summarise(members, systems) : undefined;
  });
}
