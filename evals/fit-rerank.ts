import { writeFileSync } from 'node:fs';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
import { HAND_SET_RERANK_MODEL, RERANK_FEATURES, type RerankModel } from '../src/retrieve/rerank-model.js';
import { DEV_FILES } from './eval-files.js';
import { loadEvalSet } from './eval-set.js';
import { containsEvidence, mean } from './scoring.js';

/**
 * `npm run fit:rerank`: fits the re-ranker's weights (src/retrieve/rerank-model.ts) on the dev set
 * only. For every answerable dev question, the sparse search's candidates (as the re-ranker sees
 * them) are scored log(fused score) + Σ weight × feature; a listwise softmax model learns weights
 * under which a passage holding the gold evidence ranks first. 5-fold cross-validation compares the
 * held-out mean reciprocal rank of the first gold passage under the fitted and the hand-set weights;
 * the fit is written to src/retrieve/rerank-weights.ts only when it beats them held out.
 */

const FOLDS = 5;
const L2 = 0.01;
const LEARNING_RATE = 0.3;
const ITERATIONS = 1500;
const RRF_K = 60;

interface Question {
  id: string;
  candidates: Array<{ offset: number; x: number[]; right: boolean }>;
}

function logits(weights: number[], question: Question): number[] {
  return question.candidates.map(({ offset, x }) => offset + x.reduce((sum, value, i) => sum + value * weights[i]!, 0));
}

function fit(questions: Question[], start: number[]): number[] {
  const weights = [...start];
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Array<number>(weights.length).fill(0);
    for (const question of questions) {
      const s = logits(weights, question);
      const top = Math.max(...s);
      const e = s.map((value) => Math.exp(value - top));
      const all = e.reduce((a, b) => a + b, 0);
      const right = question.candidates.reduce((sum, c, i) => sum + (c.right ? e[i]! : 0), 0);
      question.candidates.forEach((candidate, i) => {
        const weight = e[i]! / all - (candidate.right ? e[i]! / right : 0);
        candidate.x.forEach((value, j) => (gradient[j]! += weight * value));
      });
    }
    for (let j = 0; j < weights.length; j++) weights[j]! -= LEARNING_RATE * (gradient[j]! / questions.length + L2 * (weights[j]! - start[j]!));
  }
  return weights;
}

/** Mean reciprocal rank of the first passage holding the evidence. */
function meanReciprocalRank(weights: number[], questions: Question[]): number {
  return mean(
    questions.map((question) => {
      const s = logits(weights, question);
      const order = s.map((value, i) => ({ value, i })).sort((a, b) => b.value - a.value || a.i - b.i);
      const rank = order.findIndex(({ i }) => question.candidates[i]!.right);
      return rank < 0 ? 0 : 1 / (rank + 1);
    }),
  );
}

function standardDeviation(values: number[]): number {
  const average = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
}

async function main() {
  const index = await openIndex(loadSettings());
  const retriever = new HybridRetriever(index);
  const positionOf = new Map(index.chunks.map((chunk, position) => [chunk.id, position]));
  const questions: Question[] = [];
  for (const item of DEV_FILES.flatMap((file) => loadEvalSet(file))) {
    if (!item.answerable) continue;
    const retrieval = await retriever.retrieve(item.question, { k: 40, mode: 'sparse' });
    const candidates = retrieval.passages.map((passage) => ({
      offset: Math.log(1 / (RRF_K + (passage.sparseRank ?? 40))),
      x: Object.values(retriever.rerankFeatures(retrieval.intent, positionOf.get(passage.chunk.id)!, passage.coverage)),
      right: item.gold.docIds.includes(passage.document.id) && containsEvidence(searchableText(passage.chunk), item.gold.evidence),
    }));
    if (candidates.some((c) => c.right)) questions.push({ id: item.id, candidates });
  }
  const hand = RERANK_FEATURES.map((name) => HAND_SET_RERANK_MODEL.weights[name]);
  const order = [...questions].sort((a, b) => hash(a.id) - hash(b.id));
  const foldWeights: number[][] = [];
  const fitted: number[] = [];
  const handSet: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = order.filter((_, i) => i % FOLDS !== fold);
    const test = order.filter((_, i) => i % FOLDS === fold);
    const weights = fit(train, hand);
    foldWeights.push(weights);
    fitted.push(meanReciprocalRank(weights, test));
    handSet.push(meanReciprocalRank(hand, test));
  }
  const final = fit(questions, hand);
  console.log(`${questions.length} answerable dev questions with the evidence among the sparse search's 40 candidates`);
  console.log(`| feature | hand-set | fitted on all dev | ${FOLDS}-fold mean ± sd |`);
  console.log('|---|---|---|---|');
  RERANK_FEATURES.forEach((name, i) => {
    const column = foldWeights.map((row) => row[i]!);
    console.log(`| ${name} | ${hand[i]!.toFixed(3)} | ${final[i]!.toFixed(3)} | ${mean(column).toFixed(3)} ± ${standardDeviation(column).toFixed(3)} |`);
  });
  console.log(`held-out MRR of the first gold passage: fitted ${mean(fitted).toFixed(3)} (${fitted.map((v) => v.toFixed(3)).join(', ')}), hand-set ${mean(handSet).toFixed(3)} (${handSet.map((v) => v.toFixed(3)).join(', ')})`);
  if (mean(fitted) <= mean(handSet)) {
    console.log('the fitted weights do not beat the hand-set ones held out: rerank-weights.ts left as it is');
    return;
  }
  const model: RerankModel = { weights: Object.fromEntries(RERANK_FEATURES.map((name, i) => [name, round(final[i]!)])) as RerankModel['weights'] };
  const spread = Object.fromEntries(RERANK_FEATURES.map((name, i) => [name, `${mean(foldWeights.map((row) => row[i]!)).toFixed(3)} ± ${standardDeviation(foldWeights.map((row) => row[i]!)).toFixed(3)}`]));
  writeFileSync(
    'src/retrieve/rerank-weights.ts',
    `// Written by \`npm run fit:rerank\` (evals/fit-rerank.ts): fitted on the dev set (${questions.length} questions). Do not edit by hand.\n` +
      `// ${FOLDS}-fold cross-validation, mean ± sd of each weight: ${JSON.stringify(spread)}\n` +
      `// Held-out MRR of the first gold passage: fitted ${mean(fitted).toFixed(3)}, hand-set ${mean(handSet).toFixed(3)}.\n` +
      `import type { RerankModel } from './rerank-model.js';\n\n` +
      `export const FITTED_RERANK_MODEL: RerankModel = ${JSON.stringify(model, null, 2)};\n`,
  );
  console.log('wrote src/retrieve/rerank-weights.ts');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 16777619) >>> 0;
  return value;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
