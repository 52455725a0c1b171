// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (405 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"2.732 ± 0.044","hasAnswerSpan":"1.084 ± 0.088","spanWindowCoverage":"1.885 ± 0.060","lengthExcess":"0.189 ± 0.062","sentencePosition":"-0.009 ± 0.040","passageCoverage":"2.173 ± 0.071","retrievalRank":"2.280 ± 0.125","aboutSubject":"0.232 ± 0.042","yearMatch":"0.703 ± 0.062","subjectLeads":"1.158 ± 0.160"}
// Held-out top-candidate accuracy: fitted 0.891, hand-set 0.872.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 2.731,
    "hasAnswerSpan": 1.082,
    "spanWindowCoverage": 1.885,
    "lengthExcess": 0.19,
    "sentencePosition": -0.009,
    "passageCoverage": 2.175,
    "retrievalRank": 2.278,
    "aboutSubject": 0.231,
    "yearMatch": 0.692,
    "subjectLeads": 1.162
  }
};
