// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (405 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"2.834 ± 0.056","hasAnswerSpan":"1.037 ± 0.082","spanWindowCoverage":"1.876 ± 0.064","lengthExcess":"0.180 ± 0.055","sentencePosition":"-0.037 ± 0.045","passageCoverage":"2.230 ± 0.083","retrievalRank":"2.326 ± 0.125","aboutSubject":"0.251 ± 0.061","yearMatch":"0.651 ± 0.082"}
// Held-out top-candidate accuracy: fitted 0.881, hand-set 0.869.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 2.834,
    "hasAnswerSpan": 1.036,
    "spanWindowCoverage": 1.876,
    "lengthExcess": 0.18,
    "sentencePosition": -0.037,
    "passageCoverage": 2.232,
    "retrievalRank": 2.326,
    "aboutSubject": 0.253,
    "yearMatch": 0.642
  }
};
