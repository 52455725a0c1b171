import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { openIndex, type LoadedIndex } from '../src/index/load-index.js';
import type { RetrievalMode } from '../src/retrieve/hybrid-retriever.js';
import { Bm25Index } from '../src/retrieve/bm25.js';
import { DEFAULT_SEARCH_TEXT_OPTIONS } from '../src/text/search-text.js';
import { DEV_FILES, TEST_FILES } from './eval-files.js';
import { loadEvalSet } from './eval-set.js';
import { firstRelevantRank, holdsGoldEvidence } from './scoring.js';
import { headline, K, MODES, rate, scoreItems, summarise, type ItemResult } from './eval-core.js';

export { answerFrameLanguage } from './eval-core.js';

/**
 * `npm run eval`: every question through the same code path as `ask`, scored deterministically,
 * per category; each retriever alone and fused, and LangChain's stock recipe as a baseline, in the
 * same run. Writes evals/report.json and evals/report.md; fails when a metric falls below
 * evals/thresholds.json.
 */

const BASELINES = ['langchain-bm25', 'langchain-dense'] as const;
/** BM25 with the cross-lingual bridge on one side only, or none: what each side of the bridge adds. */
const BRIDGE_ABLATIONS = ['sparse:no-bridge', 'sparse:passage-side', 'sparse:question-side'] as const;
type System = RetrievalMode | (typeof BASELINES)[number] | (typeof BRIDGE_ABLATIONS)[number];

/** Floors the blind test set must hold (CI fails below them); set at measured values, raised as they rise. */
const thresholdsSchema = z.object({
  test: z.object({
    accuracy: z.number(),
    evidenceCited: z.number(),
    crossLingualAccuracy: z.number(),
    correctAbstention: z.number(),
    falseAbstentionMax: z.number(),
    languageMatch: z.number(),
    hitAt5: z.number(),
  }),
});

/** The eval sets: dev is tuned on; test was written blind and is frozen (its checksum is checked). */
const EVAL_SETS = { dev: DEV_FILES, test: TEST_FILES } as const;
type SetName = keyof typeof EVAL_SETS;
const TEST_CHECKSUM_FILE = 'evals/test.sha256';

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

type SetReport = ReturnType<typeof buildSetReport>;

/**
 * Precision against coverage as the confidence needed to answer rises: at each threshold, the share
 * of all questions answered, and the share of those answered correctly (an answered unanswerable
 * question is wrong). The operating point is the answerer's own abstention decision.
 */
function precisionCoverageCurve(results: ItemResult[]) {
  const points = [];
  for (let step = 0; step <= 20; step++) {
    const threshold = step / 20;
    const answered = results.filter((result) => !result.answer.abstained && (result.answer.confidence ?? 1) >= threshold);
    const correct = answered.filter((result) => result.correct).length;
    points.push({ threshold, coverage: rate(answered.length, results.length), precision: rate(correct, answered.length) });
  }
  const answered = results.filter((result) => !result.answer.abstained);
  const operatingPoint = { coverage: rate(answered.length, results.length), precision: rate(answered.filter((result) => result.correct).length, answered.length) };
  return { points, operatingPoint };
}

function buildSetReport(name: string, results: ItemResult[], systems: System[], checksum: string) {
  const names = [...new Set(results.flatMap((result) => result.categories))];
  const order = ['all', 'answerable', 'unanswerable', 'cross-lingual', 'notation', 'year-dependent'];
  names.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const categories = Object.fromEntries(names.map((category) => [category, summarise(results.filter((result) => result.categories.includes(category)), systems)]));
  return {
    name,
    questions: results.length,
    checksum,
    categories,
    headline: headline((category) => categories[category]),
    curve: precisionCoverageCurve(results),
    failures: results
      .filter((result) => (result.item.answerable ? !result.correct : !result.answer.abstained))
      .map((result) => ({
        id: result.item.id,
        question: result.item.question,
        reason: result.item.answerable ? (result.answer.abstained ? 'abstained' : 'wrong answer') : 'should abstain',
        answer: result.answer.answer,
      })),
  };
}

function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(3);
}

const HEADLINE_LABELS: Record<keyof ReturnType<typeof headline>, string> = {
  accuracy: 'answer accuracy',
  evidenceCited: 'evidence passage cited',
  crossLingualAccuracy: 'English question, answer only in Chinese (accuracy)',
  falseAbstention: 'false abstention',
  correctAbstention: 'correct abstention',
  languageMatch: 'answer in the asker’s language',
  hitAt5: 'gold evidence in the top 5 passages',
};

function categoryTable(report: SetReport): string[] {
  const lines = [
    '| category | n | answer accuracy | evidence cited | citation precision | correct abstention | false abstention | language match | median latency (ms) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, summary] of Object.entries(report.categories)) {
    const a = summary.answers;
    lines.push(`| ${name} | ${summary.questions} | ${formatRate(a.accuracy)} | ${formatRate(a.evidenceCited)} | ${formatRate(a.citationPrecision)} | ${formatRate(a.correctAbstention)} | ${formatRate(a.falseAbstention)} | ${formatRate(a.languageMatch)} | ${a.medianLatencyMs} |`);
  }
  return lines;
}

function markdownReport(sets: SetReport[], systems: System[], index: LoadedIndex, baselineChunks: number, thresholdFailures: string[], showFailuresOf: string[]): string {
  const lines = [
    '# Evaluation report',
    '',
    `Index: ${index.manifest.embedder.name}, ${index.manifest.chunkCount} passages. Produced by \`npm run eval\` on ${new Date().toISOString()}.`,
    '',
  ];
  for (const set of sets) lines.push(`- **${set.name}**: ${set.questions} questions (${set.categories.all?.answerable ?? 0} answerable, ${set.categories.all?.unanswerable ?? 0} not), sha256 ${set.checksum.slice(0, 16)}…`);
  lines.push('', '## Side by side', '', `| | ${sets.map((set) => set.name).join(' | ')} |${sets.length === 2 ? ' gap |' : ''}`, `|---|${sets.map(() => '---').join('|')}|${sets.length === 2 ? '---|' : ''}`);
  for (const key of Object.keys(HEADLINE_LABELS) as Array<keyof typeof HEADLINE_LABELS>) {
    const values = sets.map((set) => set.headline[key]);
    const gap = values.length === 2 && values[0] !== null && values[1] !== null ? Math.abs(values[0]! - values[1]!).toFixed(3) : '';
    lines.push(`| ${HEADLINE_LABELS[key]} | ${values.map(formatRate).join(' | ')} |${sets.length === 2 ? ` ${gap} |` : ''}`);
  }
  for (const set of sets) {
    lines.push('', `## ${set.name}: answers by category`, '', ...categoryTable(set));
    lines.push('', `Precision / coverage as the confidence needed rises (operating point: coverage ${formatRate(set.curve.operatingPoint.coverage)}, precision ${formatRate(set.curve.operatingPoint.precision)}):`, '');
    lines.push(`| confidence ≥ | ${set.curve.points.filter((_, i) => i % 2 === 0).map((p) => p.threshold.toFixed(1)).join(' | ')} |`, `|---|${set.curve.points.filter((_, i) => i % 2 === 0).map(() => '---').join('|')}|`);
    lines.push(`| coverage | ${set.curve.points.filter((_, i) => i % 2 === 0).map((p) => formatRate(p.coverage)).join(' | ')} |`);
    lines.push(`| precision | ${set.curve.points.filter((_, i) => i % 2 === 0).map((p) => formatRate(p.precision)).join(' | ')} |`);
    if (systems.length > 1) {
      lines.push('', `## ${set.name}: retrieval of the gold evidence (answerable questions): hit@1 / hit@5 / MRR`, '', `Baseline: ${baselineChunks} RecursiveCharacterTextSplitter(1000/200) chunks.`, '');
      lines.push(`| category | n | ${systems.join(' | ')} |`, `|---|---|${systems.map(() => '---').join('|')}|`);
      for (const [name, summary] of Object.entries(set.categories)) {
        if (!summary.answerable || name.startsWith('kind:') || name.startsWith('tag:')) continue;
        const cells = systems.map((system) => {
          const r = summary.retrieval[system]!;
          return `${formatRate(r.hitAt1)} / ${formatRate(r.hitAt5)} / ${formatRate(r.mrr)}`;
        });
        lines.push(`| ${name} | ${summary.answerable} | ${cells.join(' | ')} |`);
      }
    }
    // Test failures are not listed question by question: reading them would tune on the test set.
    if (showFailuresOf.includes(set.name) && set.failures.length) {
      lines.push('', `## ${set.name}: questions answered wrongly or not found`, '');
      for (const failure of set.failures) lines.push(`- \`${failure.id}\` (${failure.reason}): ${failure.question} → ${failure.answer.slice(0, 160)}`);
    }
  }
  if (thresholdFailures.length) lines.push('', '## Below threshold', '', ...thresholdFailures.map((f) => `- ${f}`));
  return `${lines.join('\n')}\n`;
}

function checkThresholds(test: SetReport, path: string): string[] {
  const thresholds = thresholdsSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).test;
  const failures: string[] = [];
  const figures = test.headline;
  const below = (name: string, value: number | null, minimum: number) => {
    if (value === null || value < minimum) failures.push(`test ${name} = ${value} < ${minimum}`);
  };
  below('answer accuracy', figures.accuracy, thresholds.accuracy);
  below('evidence cited', figures.evidenceCited, thresholds.evidenceCited);
  below('cross-lingual accuracy', figures.crossLingualAccuracy, thresholds.crossLingualAccuracy);
  below('correct abstention', figures.correctAbstention, thresholds.correctAbstention);
  below('language match', figures.languageMatch, thresholds.languageMatch);
  if (figures.hitAt5 !== null) below('hit@5', figures.hitAt5, thresholds.hitAt5);
  if ((figures.falseAbstention ?? 1) > thresholds.falseAbstentionMax) failures.push(`test false abstention = ${figures.falseAbstention} > ${thresholds.falseAbstentionMax}`);
  return failures;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function main() {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'both' },
      questions: { type: 'string' },
      fast: { type: 'boolean', default: false },
      'no-check': { type: 'boolean', default: false },
    },
  });
  const settings = loadSettings();
  const index = await openIndex(settings);
  const answerer = new QuestionAnswerer(index);
  const wanted: Array<[string, string[]]> = values.questions
    ? [['custom', [values.questions]]]
    : (Object.entries(EVAL_SETS) as Array<[SetName, readonly string[]]>).filter(([name]) => values.set === 'both' || values.set === name).map(([name, files]) => [name, [...files]]);
  // --fast: answers only (no per-mode retrieval, no baselines): the quick loop while tuning on dev.
  const baselines = values.fast ? undefined : await buildBaselines(settings.corpusDir, index);
  const ablations = values.fast ? undefined : buildBridgeAblations(index);
  const systems: System[] = values.fast ? ['fused+rerank'] : [...MODES, ...BRIDGE_ABLATIONS, ...BASELINES];
  const setReports: SetReport[] = [];
  const allResults: ItemResult[] = [];
  for (const [setName, files] of wanted) {
    const raw = files.filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
    const items = files.filter((file) => existsSync(file)).flatMap((file) => loadEvalSet(file));
    const results = await scoreItems(answerer, index, items, {
      set: setName,
      modes: values.fast ? ['fused+rerank'] : MODES,
      extraRanks: async (item) => {
        const ranks: ItemResult['ranks'] = {};
        if (ablations) {
          for (const ablation of BRIDGE_ABLATIONS) {
            const positions = ablations[ablation](item.question);
            ranks[ablation] = firstRelevantRank(positions.map((position) => {
              const chunk = index.chunks[position]!;
              return holdsGoldEvidence(item, chunk.docId, searchableText(chunk));
            }));
          }
        }
        if (baselines) {
          for (const baseline of BASELINES) {
            const hits = await baselines[baseline](item.question);
            ranks[baseline] = firstRelevantRank(hits.map((hit) => holdsGoldEvidence(item, hit.docId, hit.text)));
          }
        }
        return ranks;
      },
    });
    setReports.push(buildSetReport(setName, results, systems, sha256(raw)));
    allResults.push(...results);
  }

  const thresholdFailures: string[] = [];
  const test = setReports.find((set) => set.name === 'test');
  if (test && !values['no-check']) {
    const frozen = existsSync(TEST_CHECKSUM_FILE) ? readFileSync(TEST_CHECKSUM_FILE, 'utf8').trim() : '';
    if (frozen !== test.checksum) thresholdFailures.push(`evals/test.jsonl changed (sha256 ${test.checksum} ≠ ${frozen || 'none'} in ${TEST_CHECKSUM_FILE}): the blind test set is frozen`);
    thresholdFailures.push(...checkThresholds(test, join('evals', 'thresholds.json')));
  }
  const showFailuresOf = ['dev', 'custom'];
  const markdown = markdownReport(setReports, systems, index, baselines?.chunkCount ?? 0, thresholdFailures, showFailuresOf);
  writeFileSync(
    join('evals', 'report.json'),
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        index: { embedder: index.manifest.embedder.name, chunks: index.manifest.chunkCount },
        sets: setReports.map((set) => ({ ...set, failures: showFailuresOf.includes(set.name) ? set.failures : undefined })),
        thresholdFailures,
        items: allResults
          .filter((r) => showFailuresOf.includes(r.set))
          .map((r) => ({ id: r.item.id, set: r.set, categories: r.categories, ranks: r.ranks, correct: r.correct, abstained: r.answer.abstained, confidence: r.answer.confidence, reason: r.answer.reason, answer: r.answer.answer, citations: r.answer.citations.length, citationsWithEvidence: r.citedWithEvidence })),
      },
      null,
      2,
    ),
  );
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
