import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { composeAnswer, DEFAULT_ANSWER_OPTIONS } from '../src/answer/extractive-answer.js';
import { answerFromTables } from '../src/answer/table-answer.js';
import { CONFIDENCE_FEATURES, featureVector, sigmoid, type ConfidenceModel } from '../src/answer/confidence.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
import { BLIND_DEV_FILES, DEV_FILES } from './eval-files.js';
import { loadEvalSet, type EvalItem } from './eval-set.js';
import { FOLDS, folds, round3, spreadOf, standardDeviation } from './fitting.js';
import { holdsGoldEvidence, mean, statesAccepted } from './scoring.js';

/**
 * `npm run fit:confidence`: fits the abstention model on the dev set only. Every dev question is
 * answered with abstention switched off; the features of the answer found and whether it was right
 * (an accepted answer stated, from a passage holding the evidence; for an unanswerable question,
 * never) train an L2-regularised logistic regression. The threshold maximises decisions that are
 * right (a correct answer given, or an unanswerable question withheld) on the blind dev questions. k-fold cross-validation
 * reports the spread of each weight and the held-out decision accuracy; the final model, fitted on
 * all of dev, is printed, and written to src/answer/confidence-weights.ts only with `-- --write`.
 */

const L2 = 0.002;
const LEARNING_RATE = 0.5;
const ITERATIONS = 4000;
const THRESHOLD_SMOOTHING = 0.05;

interface Example {
  id: string;
  /** Written blind (dev-blind*.jsonl): phrased as the public phrases, not as the documents do. */
  blind: boolean;
  x: number[];
  /** 1 when the answer found is correct. */
  y: number;
  answerable: boolean;
}

function fitLogistic(examples: Example[]): { weights: number[]; bias: number } {
  const dimension = CONFIDENCE_FEATURES.length;
  const weights = new Array<number>(dimension).fill(0);
  let bias = 0;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Array<number>(dimension).fill(0);
    let biasGradient = 0;
    for (const { x, y } of examples) {
      const error = sigmoid(bias + x.reduce((sum, value, i) => sum + value * weights[i]!, 0)) - y;
      x.forEach((value, i) => (gradient[i]! += error * value));
      biasGradient += error;
    }
    for (let i = 0; i < dimension; i++) weights[i]! -= LEARNING_RATE * (gradient[i]! / examples.length + L2 * weights[i]!);
    bias -= LEARNING_RATE * (biasGradient / examples.length);
  }
  return { weights, bias };
}

function probability(model: { weights: number[]; bias: number }, x: number[]): number {
  return sigmoid(model.bias + x.reduce((sum, value, i) => sum + value * model.weights[i]!, 0));
}

/** Share of decisions that are right at a threshold: correct answers given, unanswerable ones withheld. */
function decisionAccuracy(model: { weights: number[]; bias: number }, examples: Example[], threshold: number): number {
  let right = 0;
  for (const example of examples) {
    const answers = probability(model, example.x) >= threshold;
    if (answers ? example.y === 1 : !example.answerable) right++;
  }
  return right / examples.length;
}

/**
 * The threshold whose neighbourhood (± THRESHOLD_SMOOTHING) makes the most right decisions: the
 * objective is flat over wide ranges, and a single best point among them moves from fold to fold.
 */
function bestThreshold(model: { weights: number[]; bias: number }, examples: Example[]): number {
  let best = 0.5;
  let bestAccuracy = -1;
  for (let step = 5; step <= 95; step++) {
    const threshold = step / 100;
    const around: number[] = [];
    for (let offset = -THRESHOLD_SMOOTHING; offset <= THRESHOLD_SMOOTHING + 1e-9; offset += 0.01) around.push(decisionAccuracy(model, examples, threshold + offset));
    const accuracy = mean(around);
    if (accuracy > bestAccuracy + 1e-9) {
      best = threshold;
      bestAccuracy = accuracy;
    }
  }
  return best;
}


async function main() {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, dump: { type: 'string' } } });
  const index = await openIndex(loadSettings());
  const retriever = new HybridRetriever(index);
  const budgetYears = [...new Set([...index.documents.values()].map((document) => document.budgetYear))];
  const neverAbstain = { ...DEFAULT_ANSWER_OPTIONS, confidence: { ...DEFAULT_ANSWER_OPTIONS.confidence, threshold: 0 } };
  // The threshold is chosen on the questions written blind only: the first dev questions were written
  // with the documents' words by the people who built the answerer, so their confidences run higher.
  const items: Array<EvalItem & { blind: boolean }> = DEV_FILES.filter((file) => existsSync(file)).flatMap((file) => loadEvalSet(file).map((item) => ({ ...item, blind: BLIND_DEV_FILES.includes(file) })));

  const examples: Example[] = [];
  let withheldOtherwise = 0;
  let answeredByTables = 0;
  for (const item of items) {
    // Questions the table lookup answers (or declines) never reach the extractive answerer's decision.
    if (answerFromTables(item.question, index, {})) {
      answeredByTables++;
      continue;
    }
    const retrieval = await retriever.retrieve(item.question, { k: 5 });
    const composed = composeAnswer(retrieval, index.searchText, budgetYears, neverAbstain);
    if (!composed.features) {
      withheldOtherwise++;
      continue; // withheld before any answer was found (no passage, a year no document covers)
    }
    const stated = statesAccepted(item, composed.answer);
    const cited = composed.citations.some((citation) => {
      const chunk = index.chunkById.get(citation.chunkId);
      return chunk !== undefined && holdsGoldEvidence(item, chunk.docId, searchableText(chunk));
    });
    examples.push({ id: item.id, blind: item.blind, x: featureVector(composed.features), y: item.answerable && stated && cited ? 1 : 0, answerable: item.answerable });
  }

  if (values.dump) writeFileSync(values.dump, JSON.stringify({ features: CONFIDENCE_FEATURES, examples }));
  // k-fold: folds by position after a fixed shuffle (ids hashed), so every run gives the same folds.
  const foldWeights: number[][] = [];
  const heldOut: number[] = [];
  for (const { train, test } of folds(examples)) {
    const model = fitLogistic(train);
    const threshold = bestThreshold(model, train.filter((example) => example.blind));
    foldWeights.push([...model.weights, model.bias, threshold]);
    heldOut.push(decisionAccuracy(model, test, threshold));
  }
  const final = fitLogistic(examples);
  // The operating point is the mean of the folds' thresholds (each chosen on its training fold's blind
  // questions): right decisions are nearly flat over a wide band of thresholds, and one all-dev optimum
  // inside that band moves with a handful of questions; the cross-validated mean does not.
  const threshold = Math.round(mean(foldWeights.map((row) => row[row.length - 1]!)) * 100) / 100;
  const names = [...CONFIDENCE_FEATURES, 'bias', 'threshold'];
  const finalValues = [...final.weights, final.bias, threshold];

  console.log(`${examples.length} dev answers (${examples.filter((e) => e.y).length} correct; ${withheldOtherwise} withheld before the model; ${answeredByTables} answered by table lookup)`);
  console.log(`| parameter | fitted on all dev | ${FOLDS}-fold mean ± sd |`);
  console.log('|---|---|---|');
  names.forEach((name, i) => {
    const column = foldWeights.map((row) => row[i]!);
    console.log(`| ${name} | ${finalValues[i]!.toFixed(3)} | ${mean(column).toFixed(3)} ± ${standardDeviation(column).toFixed(3)} |`);
  });
  console.log(`held-out decision accuracy per fold: ${heldOut.map((a) => a.toFixed(3)).join(', ')} (mean ${mean(heldOut).toFixed(3)})`);
  console.log(`decision accuracy at threshold ${threshold}: all dev ${decisionAccuracy(final, examples, threshold).toFixed(3)}, blind dev ${decisionAccuracy(final, examples.filter((example) => example.blind), threshold).toFixed(3)}`);

  if (values.write) {
    const model: ConfidenceModel = {
      weights: Object.fromEntries(CONFIDENCE_FEATURES.map((name, i) => [name, round3(final.weights[i]!)])) as ConfidenceModel['weights'],
      bias: round3(final.bias),
      threshold,
    };
    const spread = spreadOf(names, foldWeights);
    writeFileSync(
      'src/answer/confidence-weights.ts',
      `// Written by \`npm run fit:confidence\` (evals/fit-confidence.ts): fitted on the dev set (${examples.length} answers). Do not edit by hand.\n` +
        `// ${FOLDS}-fold cross-validation, mean ± sd of each parameter: ${JSON.stringify(spread)}\n` +
        `// Held-out decision accuracy: ${mean(heldOut).toFixed(3)} (folds ${heldOut.map((a) => a.toFixed(3)).join(', ')}).\n` +
        `import type { ConfidenceModel } from './confidence.js';\n\n` +
        `export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = ${JSON.stringify(model, null, 2)};\n`,
    );
    console.log('wrote src/answer/confidence-weights.ts');
  } else {
    console.log('not written (run `npm run fit:confidence -- --write` to replace src/answer/confidence-weights.ts)');
  }
}



main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
