// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (400 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"2.767 ± 0.055","hasAnswerSpan":"1.132 ± 0.142","spanWindowCoverage":"1.921 ± 0.071","lengthExcess":"0.151 ± 0.047","sentencePosition":"0.000 ± 0.042","passageCoverage":"2.195 ± 0.079","retrievalRank":"2.273 ± 0.093","aboutSubject":"0.258 ± 0.098","yearMatch":"0.694 ± 0.126","subjectLeads":"1.111 ± 0.093"}
// Held-out top-candidate accuracy: fitted 0.897, hand-set 0.880.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 2.768,
    "hasAnswerSpan": 1.13,
    "spanWindowCoverage": 1.92,
    "lengthExcess": 0.15,
    "sentencePosition": 0.001,
    "passageCoverage": 2.196,
    "retrievalRank": 2.271,
    "aboutSubject": 0.258,
    "yearMatch": 0.693,
    "subjectLeads": 1.12
  }
};
