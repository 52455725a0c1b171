import { writeFileSync } from 'node:fs';
import { CANDIDATE_FEATURES, candidateVector, HAND_SET_CANDIDATE_MODEL, type CandidateModel } from '../src/answer/candidate-model.js';
import { gatherCandidates } from '../src/answer/extractive-answer.js';
import { answerFromTables } from '../src/answer/table-answer.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
import { DEV_FILES } from './eval-files.js';
import { loadEvalSet } from './eval-set.js';
import { answerMatches, containsEvidence, mean } from './scoring.js';

/**
 * `npm run fit:candidates`: fits the candidate model (src/answer/candidate-model.ts) on the dev set
 * only. For every answerable dev question, every sentence of the leading passages is a candidate; a
 * candidate is right when its passage holds the gold evidence and the sentence states an accepted
 * answer. A listwise (softmax) logistic model learns weights under which a right candidate scores
 * highest. 5-fold cross-validation compares, on held-out questions, how often the top candidate is
 * right under the fitted and under the hand-set weights, and reports each weight's spread; the model
 * fitted on all of dev is written to src/answer/candidate-weights.ts only when it beats the hand-set
 * weights held out.
 */

const FOLDS = 5;
const L2 = 0.01;
const LEARNING_RATE = 0.5;
const ITERATIONS = 3000;

interface Question {
  id: string;
  /** One row per candidate sentence: its features and whether it is right. */
  candidates: Array<{ x: number[]; right: boolean }>;
}

function scores(weights: number[], question: Question): number[] {
  return question.candidates.map(({ x }) => x.reduce((sum, value, i) => sum + value * weights[i]!, 0));
}

function fitListwise(questions: Question[], start: number[]): number[] {
  const weights = [...start];
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Array<number>(weights.length).fill(0);
    for (const question of questions) {
      const s = scores(weights, question);
      const top = Math.max(...s);
      const e = s.map((value) => Math.exp(value - top));
      const all = e.reduce((a, b) => a + b, 0);
      const right = question.candidates.reduce((sum, c, i) => sum + (c.right ? e[i]! : 0), 0);
      question.candidates.forEach((candidate, i) => {
        // d(−log P(right))/dw = E_all[x] − E_right[x]
        const weight = e[i]! / all - (candidate.right ? e[i]! / right : 0);
        candidate.x.forEach((value, j) => (gradient[j]! += weight * value));
      });
    }
    for (let j = 0; j < weights.length; j++) weights[j]! -= LEARNING_RATE * (gradient[j]! / questions.length + L2 * weights[j]!);
  }
  return weights;
}

/** Share of questions whose highest-scoring candidate is right. */
function topAccuracy(weights: number[], questions: Question[]): number {
  return mean(
    questions.map((question) => {
      const s = scores(weights, question);
      return question.candidates[s.indexOf(Math.max(...s))]!.right ? 1 : 0;
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
  const questions: Question[] = [];
  let withoutRight = 0;
  for (const item of DEV_FILES.flatMap((file) => loadEvalSet(file))) {
    if (!item.answerable || answerFromTables(item.question, index, {})) continue;
    const retrieval = await retriever.retrieve(item.question, { k: 5 });
    const gathered = gatherCandidates(retrieval, index.searchText);
    const candidates = gathered.passages.flatMap(({ passage, sentences }) => {
      const holdsEvidence = item.gold.docIds.includes(passage.document.id) && containsEvidence(searchableText(passage.chunk), item.gold.evidence);
      return sentences.map((candidate) => ({ x: candidateVector(candidate.features), right: holdsEvidence && answerMatches(`${candidate.context} ${candidate.sentence}`, item.answers) }));
    });
    // A question none of whose candidates is right teaches nothing about choosing among them.
    if (!candidates.some((c) => c.right)) {
      withoutRight++;
      continue;
    }
    questions.push({ id: item.id, candidates });
  }

  const hand = CANDIDATE_FEATURES.map((name) => HAND_SET_CANDIDATE_MODEL.weights[name]);
  const order = [...questions].sort((a, b) => hash(a.id) - hash(b.id));
  const foldWeights: number[][] = [];
  const heldOutFitted: number[] = [];
  const heldOutHand: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = order.filter((_, i) => i % FOLDS !== fold);
    const test = order.filter((_, i) => i % FOLDS === fold);
    const weights = fitListwise(train, hand);
    foldWeights.push(weights);
    heldOutFitted.push(topAccuracy(weights, test));
    heldOutHand.push(topAccuracy(hand, test));
  }
  const final = fitListwise(questions, hand);
  console.log(`${questions.length} answerable dev questions with a right candidate among the leading passages' sentences (${withoutRight} without one)`);
  console.log(`| feature | hand-set | fitted on all dev | ${FOLDS}-fold mean ± sd |`);
  console.log('|---|---|---|---|');
  CANDIDATE_FEATURES.forEach((name, i) => {
    const column = foldWeights.map((row) => row[i]!);
    console.log(`| ${name} | ${hand[i]} | ${final[i]!.toFixed(3)} | ${mean(column).toFixed(3)} ± ${standardDeviation(column).toFixed(3)} |`);
  });
  console.log(`held-out top-candidate accuracy: fitted ${mean(heldOutFitted).toFixed(3)} (${heldOutFitted.map((a) => a.toFixed(3)).join(', ')}), hand-set ${mean(heldOutHand).toFixed(3)} (${heldOutHand.map((a) => a.toFixed(3)).join(', ')})`);

  if (mean(heldOutFitted) <= mean(heldOutHand)) {
    console.log('the fitted weights do not beat the hand-set ones held out: candidate-weights.ts left as it is');
    return;
  }
  const model: CandidateModel = { weights: Object.fromEntries(CANDIDATE_FEATURES.map((name, i) => [name, round(final[i]!)])) as CandidateModel['weights'] };
  const spread = Object.fromEntries(CANDIDATE_FEATURES.map((name, i) => [name, `${mean(foldWeights.map((row) => row[i]!)).toFixed(3)} ± ${standardDeviation(foldWeights.map((row) => row[i]!)).toFixed(3)}`]));
  writeFileSync(
    'src/answer/candidate-weights.ts',
    `// Written by \`npm run fit:candidates\` (evals/fit-candidates.ts): fitted on the dev set (${questions.length} questions). Do not edit by hand.\n` +
      `// ${FOLDS}-fold cross-validation, mean ± sd of each weight: ${JSON.stringify(spread)}\n` +
      `// Held-out top-candidate accuracy: fitted ${mean(heldOutFitted).toFixed(3)}, hand-set ${mean(heldOutHand).toFixed(3)}.\n` +
      `import type { CandidateModel } from './candidate-model.js';\n\n` +
      `export const FITTED_CANDIDATE_MODEL: CandidateModel = ${JSON.stringify(model, null, 2)};\n`,
  );
  console.log('wrote src/answer/candidate-weights.ts');
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
