// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (405 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"2.747 ± 0.050","hasAnswerSpan":"1.085 ± 0.086","spanWindowCoverage":"1.911 ± 0.059","lengthExcess":"0.178 ± 0.059","sentencePosition":"0.010 ± 0.038","passageCoverage":"2.202 ± 0.075","retrievalRank":"2.237 ± 0.132","aboutSubject":"0.233 ± 0.042","yearMatch":"0.707 ± 0.061","subjectLeads":"1.158 ± 0.163"}
// Held-out top-candidate accuracy: fitted 0.894, hand-set 0.874.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 2.745,
    "hasAnswerSpan": 1.083,
    "spanWindowCoverage": 1.911,
    "lengthExcess": 0.179,
    "sentencePosition": 0.01,
    "passageCoverage": 2.205,
    "retrievalRank": 2.237,
    "aboutSubject": 0.231,
    "yearMatch": 0.696,
    "subjectLeads": 1.162
  }
};
