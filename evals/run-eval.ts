import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { QuestionAnswerer } from '../src/answer/answer-question.js';
import type { AnswerResult } from '../src/answer/answer-contract.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { openIndex, type LoadedIndex } from '../src/index/load-index.js';
import type { RetrievalMode } from '../src/retrieve/hybrid-retriever.js';
import { detectLanguage } from '../src/text/normalise.js';
import { Bm25Index } from '../src/retrieve/bm25.js';
import { DEFAULT_SEARCH_TEXT_OPTIONS } from '../src/text/search-text.js';
import { loadEvalSet, type EvalItem } from './eval-set.js';
import { answerMatches, containsEvidence, firstRelevantRank, mean, median } from './scoring.js';

/**
 * `npm run eval`: every question through the same code path as `ask`, scored deterministically,
 * per category; each retriever alone and fused, and LangChain's stock recipe as a baseline, in the
 * same run. Writes evals/report.json and evals/report.md; fails when a metric falls below
 * evals/thresholds.json.
 */

const K = 5;
const MODES: RetrievalMode[] = ['sparse', 'dense', 'fused', 'sparse+rerank', 'fused+rerank'];
const BASELINES = ['langchain-bm25', 'langchain-dense'] as const;
/** BM25 with the cross-lingual bridge on one side only, or none: what each side of the bridge adds. */
const BRIDGE_ABLATIONS = ['sparse:no-bridge', 'sparse:passage-side', 'sparse:question-side'] as const;
type System = RetrievalMode | (typeof BASELINES)[number] | (typeof BRIDGE_ABLATIONS)[number];

const thresholdsSchema = z.object({
  retrieval: z.object({ hitAt5: z.number(), mrr: z.number(), crossLingualHitAt5: z.number() }),
  answers: z.object({
    accuracy: z.number(),
    citationPrecision: z.number(),
    correctAbstention: z.number(),
    falseAbstentionMax: z.number(),
    languageMatch: z.number(),
  }),
});

function categoriesOf(item: EvalItem, index: LoadedIndex): string[] {
  const language = item.tags.includes('yue') ? 'yue' : detectLanguage(item.question);
  const categories = ['all', `lang:${language}`];
  if (!item.answerable) return [...categories, 'unanswerable'];
  categories.push('answerable');
  const goldLanguages = item.gold.docIds.flatMap((id) => index.documents.get(id)?.languages ?? []);
  const questionIsEnglish = language === 'en';
  if (questionIsEnglish && !goldLanguages.includes('en')) categories.push('cross-lingual');
  if (item.tags.includes('notation')) categories.push('notation');
  if (item.tags.includes('year')) categories.push('year-dependent');
  return categories;
}

interface ItemResult {
  item: EvalItem;
  categories: string[];
  ranks: Partial<Record<System, number | undefined>>;
  answer: AnswerResult;
  correct: boolean;
  citedWithEvidence: number;
  languageMatches: boolean;
  latencyMs: number;
}

async function buildBaselines(settingsCorpusDir: string, index: LoadedIndex) {
  const corpus = loadCorpus(settingsCorpusDir);
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
  const documents = await splitter.splitDocuments(corpus.documents.map((document) => new Document({ pageContent: document.text, metadata: { docId: document.id } })));
  const bm25 = BM25Retriever.fromDocuments(documents, { k: K });
  const dense = await HNSWLib.fromDocuments(documents, index.embeddings);
  return {
    chunkCount: documents.length,
    'langchain-bm25': async (question: string) => (await bm25.invoke(question)).map((doc) => ({ docId: doc.metadata.docId as string, text: doc.pageContent })),
    'langchain-dense': async (question: string) => (await dense.similaritySearch(question, K)).map((doc) => ({ docId: doc.metadata.docId as string, text: doc.pageContent })),
  };
}

function buildBridgeAblations(index: LoadedIndex) {
  const { searchText } = index;
  const ownOnly = new Bm25Index(index.chunks.map((chunk) => searchText.analyzer.analyze(searchableText(chunk))));
  const ownQuery = (question: string) => searchText.analyzer.analyze(question, { question: true });
  const bridgedQuery = (question: string) => searchText.terms(question, DEFAULT_SEARCH_TEXT_OPTIONS, { question: true });
  const top = (bm25: Bm25Index, terms: ReturnType<typeof ownQuery>) => bm25.search(terms, K).map((hit) => hit.index);
  return {
    'sparse:no-bridge': (question: string) => top(ownOnly, ownQuery(question)),
    'sparse:passage-side': (question: string) => top(index.sparse, ownQuery(question)),
    'sparse:question-side': (question: string) => top(ownOnly, bridgedQuery(question)),
  };
}

/**
 * The language an answer is written in, judged on its own words: quotations of the documents
 * (“…”, 「…」) and citation markers are left out, since a quote keeps the document's language.
 */
export function answerFrameLanguage(answer: string): string {
  const frame = answer.replace(/“[^”]*”|「[^」]*」|『[^』]*』|\[\d+\]/g, ' ');
  return detectLanguage(frame);
}

function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000;
}

function summarise(results: ItemResult[], systems: System[]) {
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
      citationPrecision: rate(answered.reduce((sum, result) => sum + result.citedWithEvidence, 0), citations),
      correctAbstention: rate(unanswerable.filter((result) => result.answer.abstained).length, unanswerable.length),
      falseAbstention: rate(answerable.filter((result) => result.answer.abstained).length, answerable.length),
      languageMatch: rate(results.filter((result) => result.languageMatches).length, results.length),
      medianLatencyMs: Math.round(median(results.map((result) => result.latencyMs)) * 100) / 100,
    },
  };
}

function formatRate(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

function markdownReport(report: ReturnType<typeof buildReport>): string {
  const lines = [
    '# Evaluation report',
    '',
    `${report.questions} questions (${report.categories.all!.answerable} answerable, ${report.categories.all!.unanswerable} not answerable by the documents); index: ${report.index.embedder}, ${report.index.chunks} passages; baseline: ${report.baselineChunks} RecursiveCharacterTextSplitter(1000/200) chunks. Produced by \`npm run eval\` on ${report.generatedAt}.`,
    '',
    '## Answers (the `ask` path: fused + re-rank, extractive answer)',
    '',
    '| category | n | answer accuracy | citation precision | correct abstention | false abstention | language match | median latency (ms) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, summary] of Object.entries(report.categories)) {
    const a = summary.answers;
    lines.push(`| ${name} | ${summary.questions} | ${formatRate(a.accuracy)} | ${formatRate(a.citationPrecision)} | ${formatRate(a.correctAbstention)} | ${formatRate(a.falseAbstention)} | ${formatRate(a.languageMatch)} | ${a.medianLatencyMs} |`);
  }
  lines.push('', '## Retrieval of the gold evidence (answerable questions): hit@1 / hit@5 / MRR', '');
  lines.push(`| category | n | ${report.systems.join(' | ')} |`, `|---|---|${report.systems.map(() => '---').join('|')}|`);
  for (const [name, summary] of Object.entries(report.categories)) {
    if (!summary.answerable) continue;
    const cells = report.systems.map((system) => {
      const r = summary.retrieval[system]!;
      return `${formatRate(r.hitAt1)} / ${formatRate(r.hitAt5)} / ${formatRate(r.mrr)}`;
    });
    lines.push(`| ${name} | ${summary.answerable} | ${cells.join(' | ')} |`);
  }
  if (report.failures.length) {
    lines.push('', '## Questions answered wrongly or not found', '');
    for (const failure of report.failures) lines.push(`- \`${failure.id}\` (${failure.reason}): ${failure.question} → ${failure.answer.slice(0, 160)}`);
  }
  if (report.thresholdFailures.length) lines.push('', '## Below threshold', '', ...report.thresholdFailures.map((f) => `- ${f}`));
  return `${lines.join('\n')}\n`;
}

function buildReport(results: ItemResult[], systems: System[], index: LoadedIndex, baselineChunks: number, thresholdFailures: string[]) {
  const names = [...new Set(results.flatMap((result) => result.categories))];
  const order = ['all', 'answerable', 'unanswerable', 'cross-lingual', 'notation', 'year-dependent'];
  names.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const categories = Object.fromEntries(names.map((name) => [name, summarise(results.filter((result) => result.categories.includes(name)), systems)]));
  return {
    generatedAt: new Date().toISOString(),
    questions: results.length,
    index: { embedder: `${index.manifest.embedder.name}${index.manifest.embedder.model ? ` (${index.manifest.embedder.model})` : ''}`, chunks: index.manifest.chunkCount },
    baselineChunks,
    systems,
    categories,
    failures: results
      .filter((result) => (result.item.answerable ? !result.correct : !result.answer.abstained))
      .map((result) => ({
        id: result.item.id,
        question: result.item.question,
        reason: result.item.answerable ? (result.answer.abstained ? 'abstained' : 'wrong answer') : 'should abstain',
        answer: result.answer.answer,
      })),
    thresholdFailures,
  };
}

function checkThresholds(all: ReturnType<typeof summarise>, crossLingual: ReturnType<typeof summarise> | undefined, path: string): string[] {
  const thresholds = thresholdsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const failures: string[] = [];
  const below = (name: string, value: number | null | undefined, minimum: number) => {
    if (value === null || value === undefined || value < minimum) failures.push(`${name} = ${value} < ${minimum}`);
  };
  const main = all.retrieval['fused+rerank']!;
  below('hit@5 (fused+rerank)', main.hitAt5, thresholds.retrieval.hitAt5);
  below('MRR (fused+rerank)', main.mrr, thresholds.retrieval.mrr);
  below('cross-lingual hit@5', crossLingual?.retrieval['fused+rerank']?.hitAt5, thresholds.retrieval.crossLingualHitAt5);
  below('answer accuracy', all.answers.accuracy, thresholds.answers.accuracy);
  below('citation precision', all.answers.citationPrecision, thresholds.answers.citationPrecision);
  below('correct abstention', all.answers.correctAbstention, thresholds.answers.correctAbstention);
  below('language match', all.answers.languageMatch, thresholds.answers.languageMatch);
  if ((all.answers.falseAbstention ?? 1) > thresholds.answers.falseAbstentionMax) {
    failures.push(`false abstention = ${all.answers.falseAbstention} > ${thresholds.answers.falseAbstentionMax}`);
  }
  return failures;
}

async function main() {
  const { values } = parseArgs({ options: { questions: { type: 'string', default: 'evals/questions.jsonl' }, 'no-check': { type: 'boolean', default: false } } });
  const settings = loadSettings();
  const index = await openIndex(settings);
  const answerer = new QuestionAnswerer(index);
  const items = loadEvalSet(values.questions!);
  const baselines = await buildBaselines(settings.corpusDir, index);
  const ablations = buildBridgeAblations(index);
  const systems: System[] = [...MODES, ...BRIDGE_ABLATIONS, ...BASELINES];
  const chunkText = (chunkId: string) => {
    const chunk = index.chunkById.get(chunkId);
    return chunk ? searchableText(chunk) : '';
  };

  const results: ItemResult[] = [];
  for (const item of items) {
    const ranks: ItemResult['ranks'] = {};
    for (const mode of MODES) {
      const { passages } = await answerer.retriever.retrieve(item.question, { k: K, mode });
      ranks[mode] = firstRelevantRank(passages.map((passage) => item.gold.docIds.includes(passage.document.id) && containsEvidence(searchableText(passage.chunk), item.gold.evidence)));
    }
    for (const ablation of BRIDGE_ABLATIONS) {
      const positions = ablations[ablation](item.question);
      ranks[ablation] = firstRelevantRank(
        positions.map((position) => {
          const chunk = index.chunks[position]!;
          return item.gold.docIds.includes(chunk.docId) && containsEvidence(searchableText(chunk), item.gold.evidence);
        }),
      );
    }
    for (const baseline of BASELINES) {
      const hits = await baselines[baseline](item.question);
      ranks[baseline] = firstRelevantRank(hits.map((hit) => item.gold.docIds.includes(hit.docId) && containsEvidence(hit.text, item.gold.evidence)));
    }
    const started = performance.now();
    const answer = await answerer.ask(item.question, { k: K });
    const latencyMs = performance.now() - started;
    const expectedLanguage = item.tags.includes('yue') ? 'zh-Hant' : detectLanguage(item.question);
    results.push({
      item,
      categories: categoriesOf(item, index),
      ranks,
      answer,
      correct: item.answerable && !answer.abstained && answerMatches(answer.answer, item.answers),
      citedWithEvidence: answer.citations.filter((citation) => containsEvidence(chunkText(citation.chunkId), item.gold.evidence)).length,
      languageMatches: answer.language === expectedLanguage && answerFrameLanguage(answer.answer) === expectedLanguage,
      latencyMs,
    });
  }

  const byCategory = (name: string) => {
    const subset = results.filter((result) => result.categories.includes(name));
    return subset.length ? summarise(subset, systems) : undefined;
  };
  const thresholdFailures = values['no-check'] ? [] : checkThresholds(byCategory('all')!, byCategory('cross-lingual'), join('evals', 'thresholds.json'));
  const report = buildReport(results, systems, index, baselines.chunkCount, thresholdFailures);
  writeFileSync(join('evals', 'report.json'), JSON.stringify({ ...report, items: results.map((r) => ({ id: r.item.id, categories: r.categories, ranks: r.ranks, correct: r.correct, abstained: r.answer.abstained, answer: r.answer.answer, citations: r.answer.citations.length, citationsWithEvidence: r.citedWithEvidence })) }, null, 2));
  const markdown = markdownReport(report);
  writeFileSync(join('evals', 'report.md'), markdown);
  console.log(markdown);
  if (thresholdFailures.length) {
    console.error(`Eval below thresholds (evals/thresholds.json):\n${thresholdFailures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
