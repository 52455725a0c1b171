// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (914 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.562 ± 0.064","hasAnswerSpan":"1.341 ± 0.084","spanWindowCoverage":"1.673 ± 0.054","lengthExcess":"0.094 ± 0.018","sentencePosition":"0.222 ± 0.036","passageCoverage":"1.419 ± 0.035","retrievalRank":"1.656 ± 0.018","aboutSubject":"0.216 ± 0.051","yearMatch":"0.715 ± 0.073","subjectLeads":"0.869 ± 0.036","ownCoverage":"1.337 ± 0.072","namesSubjects":"1.766 ± 0.027"}
// Held-out top-candidate accuracy: fitted 0.883, hand-set 0.869.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.563,
    "hasAnswerSpan": 1.342,
    "spanWindowCoverage": 1.672,
    "lengthExcess": 0.093,
    "sentencePosition": 0.222,
    "passageCoverage": 1.418,
    "retrievalRank": 1.655,
    "aboutSubject": 0.217,
    "yearMatch": 0.713,
    "subjectLeads": 0.871,
    "ownCoverage": 1.335,
    "namesSubjects": 1.767
  }
};
