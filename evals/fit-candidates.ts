import { CANDIDATE_FEATURES, candidateVector, HAND_SET_CANDIDATE_MODEL } from '../src/answer/candidate-model.js';
import { gatherCandidates } from '../src/answer/extractive-answer.js';
import { answerFromTables } from '../src/answer/table-answer.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
import { DEV_FILES } from './eval-files.js';
import { loadEvalSet } from './eval-set.js';
import { crossValidateListwise, topAccuracy, writeRequested, type RankedQuestion } from './fitting.js';
import { answerMatches, holdsGoldEvidence } from './scoring.js';

/**
 * `npm run fit:candidates`: fits the candidate model (src/answer/candidate-model.ts) on the dev set
 * only. For every answerable dev question, every sentence of the leading passages is a candidate; a
 * candidate is right when its passage holds the gold evidence and the sentence states an accepted
 * answer. A listwise (softmax) logistic model learns weights under which a right candidate scores
 * highest. 5-fold cross-validation compares, on held-out questions, how often the top candidate is
 * right under the fitted and under the hand-set weights, and reports each weight's spread; the model
 * fitted on all of dev is written to src/answer/candidate-weights.ts only with `-- --write` and when it
 * beats the hand-set weights held out. Run `npm run fit:confidence` after it: the confidence's margin is on its scale.
 */

async function main() {
  const index = await openIndex(loadSettings());
  const retriever = new HybridRetriever(index);
  const questions: RankedQuestion[] = [];
  let withoutRight = 0;
  for (const item of DEV_FILES.flatMap((file) => loadEvalSet(file))) {
    if (!item.answerable || answerFromTables(item.question, index, {})) continue;
    const retrieval = await retriever.retrieve(item.question, { k: 5 });
    const gathered = gatherCandidates(retrieval, index.searchText);
    const candidates = gathered.passages.flatMap(({ passage, sentences }) => {
      const holdsEvidence = holdsGoldEvidence(item, passage.document.id, searchableText(passage.chunk));
      return sentences.map((candidate) => ({ x: candidateVector(candidate.features), right: holdsEvidence && answerMatches(`${candidate.context} ${candidate.sentence}`, item.answers) }));
    });
    // A question none of whose candidates is right teaches nothing about choosing among them.
    if (!candidates.some((c) => c.right)) {
      withoutRight++;
      continue;
    }
    questions.push({ id: item.id, candidates });
  }
  console.log(`${questions.length} answerable dev questions with a right candidate among the leading passages' sentences (${withoutRight} without one)`);
  crossValidateListwise({
    questions,
    names: CANDIDATE_FEATURES,
    start: CANDIDATE_FEATURES.map((name) => HAND_SET_CANDIDATE_MODEL.weights[name]),
    options: { l2: 0.01, learningRate: 0.5, iterations: 3000 },
    measure: topAccuracy,
    measureName: 'top-candidate accuracy',
    file: 'src/answer/candidate-weights.ts',
    command: 'npm run fit:candidates',
    script: 'evals/fit-candidates.ts',
    typeName: 'CandidateModel',
    typeModule: './candidate-model.js',
    write: writeRequested(),
    exportName: 'FITTED_CANDIDATE_MODEL',
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
