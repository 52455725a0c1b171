import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { HAND_SET_CANDIDATE_MODEL } from '../src/answer/candidate-model.js';
import { DEFAULT_ANSWER_OPTIONS, type AnswerOptions } from '../src/answer/extractive-answer.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { DEV_FILES, TEST_FILES } from './eval-files.js';
import { loadEvalSet, type EvalItem } from './eval-set.js';
import { holdsGoldEvidence, mean, statesAccepted } from './scoring.js';

/**
 * `npm run eval:ablate`: what each part of the answerer adds. The dev and test sets are answered
 * with the full answerer and with one part taken out at a time; the table gives each variant's
 * figures (aggregates only: no test question is listed). Retrieval's own ablations (bridging,
 * synonyms, modes) are in `npm run eval`.
 */

const VARIANTS: Array<[string, AnswerOptions]> = [
  ['full answerer', DEFAULT_ANSWER_OPTIONS],
  ['candidate weights hand-set, not fitted', { ...DEFAULT_ANSWER_OPTIONS, candidates: HAND_SET_CANDIDATE_MODEL }],
  ['no comparison splitting', { ...DEFAULT_ANSWER_OPTIONS, comparisons: false }],
  ['no table lookup', { ...DEFAULT_ANSWER_OPTIONS, tableLookup: false }],
  ['never abstain (threshold 0)', { ...DEFAULT_ANSWER_OPTIONS, confidence: { ...DEFAULT_ANSWER_OPTIONS.confidence, threshold: 0 } }],
];

async function main() {
  const index = await openIndex(loadSettings());
  const sets: Array<[string, EvalItem[]]> = [
    ['dev', DEV_FILES.flatMap((file) => loadEvalSet(file))],
    ['test', TEST_FILES.flatMap((file) => loadEvalSet(file))],
  ];
  console.log('| variant | set | answer accuracy | evidence cited | false abstention | correct abstention |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, options] of VARIANTS) {
    const answerer = new QuestionAnswerer(index, options);
    for (const [setName, items] of sets) {
      const correct: number[] = [];
      const cited: number[] = [];
      const falseAbstention: number[] = [];
      const rightAbstention: number[] = [];
      for (const item of items) {
        const answer = await answerer.ask(item.question);
        if (!item.answerable) {
          rightAbstention.push(answer.abstained ? 1 : 0);
          continue;
        }
        const stated = statesAccepted(item, answer.answer);
        correct.push(!answer.abstained && stated ? 1 : 0);
        falseAbstention.push(answer.abstained ? 1 : 0);
        cited.push(answer.citations.some((citation) => holdsGoldEvidence(item, citation.docId, searchableText(index.chunkById.get(citation.chunkId)!))) ? 1 : 0);
      }
      console.log(`| ${name} | ${setName} | ${mean(correct).toFixed(3)} | ${mean(cited).toFixed(3)} | ${mean(falseAbstention).toFixed(3)} | ${mean(rightAbstention).toFixed(3)} |`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
