import { searchableText } from '../src/chunk/chunk.js';
import { namedSubjects } from '../src/text/named-subjects.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { checkedSumCurrency, HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
import { HAND_SET_RERANK_MODEL, RERANK_FEATURES } from '../src/retrieve/rerank-model.js';
import { DEV_FILES } from './eval-files.js';
import { loadEvalSet } from './eval-set.js';
import { crossValidateListwise, meanReciprocalRank, writeRequested, type RankedQuestion } from './fitting.js';
import { holdsGoldEvidence } from './scoring.js';

/**
 * `npm run fit:rerank`: fits the re-ranker's weights (src/retrieve/rerank-model.ts) on the dev set
 * only. For every answerable dev question, the sparse search's candidates (as the re-ranker sees
 * them) are scored log(fused score) + Σ weight × feature; a listwise softmax model learns weights
 * under which a passage holding the gold evidence ranks first. 5-fold cross-validation compares the
 * held-out mean reciprocal rank of the first gold passage under the fitted and the hand-set weights;
 * the fit is written to src/retrieve/rerank-weights.ts only with `-- --write` and when it beats them
 * held out.
 */

const CANDIDATES = 40;
/** The fusion's reciprocal-rank constant (hybrid-retriever.ts): a candidate's fixed part of the score is log(1 / (RRF_K + rank)). */
const RRF_K = 60;

async function main() {
  const index = await openIndex(loadSettings());
  const retriever = new HybridRetriever(index);
  const positionOf = new Map(index.chunks.map((chunk, position) => [chunk.id, position]));
  const questions: RankedQuestion[] = [];
  for (const item of DEV_FILES.flatMap((file) => loadEvalSet(file))) {
    if (!item.answerable) continue;
    const retrieval = await retriever.retrieve(item.question, { k: CANDIDATES, mode: 'sparse' });
    const subjects = namedSubjects(item.question, index.searchText.lexicon.data);
    const candidates = retrieval.passages.map((passage) => ({
      offset: Math.log(1 / (RRF_K + (passage.sparseRank ?? CANDIDATES))),
      x: Object.values(retriever.rerankFeatures(retrieval.intent, positionOf.get(passage.chunk.id)!, passage.coverage, subjects, retrieval.intent.answerType === 'yes-no' ? checkedSumCurrency(item.question) : undefined)),
      right: holdsGoldEvidence(item, passage.document.id, searchableText(passage.chunk)),
    }));
    if (candidates.some((c) => c.right)) questions.push({ id: item.id, candidates });
  }
  console.log(`${questions.length} answerable dev questions with the evidence among the sparse search's ${CANDIDATES} candidates`);
  crossValidateListwise({
    questions,
    names: RERANK_FEATURES,
    start: RERANK_FEATURES.map((name) => HAND_SET_RERANK_MODEL.weights[name]),
    options: { l2: 0.01, learningRate: 0.3, iterations: 1500, towardsStart: true },
    measure: meanReciprocalRank,
    measureName: 'MRR of the first gold passage',
    file: 'src/retrieve/rerank-weights.ts',
    command: 'npm run fit:rerank',
    script: 'evals/fit-rerank.ts',
    typeName: 'RerankModel',
    typeModule: './rerank-model.js',
    write: writeRequested(),
    exportName: 'FITTED_RERANK_MODEL',
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
