// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (914 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.576 ± 0.064","hasAnswerSpan":"1.346 ± 0.082","spanWindowCoverage":"1.668 ± 0.057","lengthExcess":"0.083 ± 0.016","sentencePosition":"0.221 ± 0.036","passageCoverage":"1.415 ± 0.035","retrievalRank":"1.705 ± 0.023","aboutSubject":"0.187 ± 0.056","yearMatch":"0.727 ± 0.073","subjectLeads":"0.898 ± 0.033","ownCoverage":"1.384 ± 0.073","namesSubjects":"1.777 ± 0.027"}
// Held-out top-candidate accuracy: fitted 0.882, hand-set 0.870.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.577,
    "hasAnswerSpan": 1.347,
    "spanWindowCoverage": 1.667,
    "lengthExcess": 0.081,
    "sentencePosition": 0.221,
    "passageCoverage": 1.414,
    "retrievalRank": 1.704,
    "aboutSubject": 0.188,
    "yearMatch": 0.725,
    "subjectLeads": 0.9,
    "ownCoverage": 1.381,
    "namesSubjects": 1.777
  }
};
