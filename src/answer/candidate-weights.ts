// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (564 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.633 ± 0.038","hasAnswerSpan":"1.368 ± 0.061","spanWindowCoverage":"1.525 ± 0.088","lengthExcess":"0.207 ± 0.039","sentencePosition":"0.248 ± 0.063","passageCoverage":"1.480 ± 0.046","retrievalRank":"1.728 ± 0.104","aboutSubject":"0.251 ± 0.045","yearMatch":"0.641 ± 0.024","subjectLeads":"0.897 ± 0.057","ownCoverage":"1.458 ± 0.053","namesSubjects":"1.827 ± 0.070"}
// Held-out top-candidate accuracy: fitted 0.888, hand-set 0.867.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.632,
    "hasAnswerSpan": 1.369,
    "spanWindowCoverage": 1.527,
    "lengthExcess": 0.206,
    "sentencePosition": 0.245,
    "passageCoverage": 1.481,
    "retrievalRank": 1.727,
    "aboutSubject": 0.251,
    "yearMatch": 0.639,
    "subjectLeads": 0.9,
    "ownCoverage": 1.458,
    "namesSubjects": 1.823
  }
};
