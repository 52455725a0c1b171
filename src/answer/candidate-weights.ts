// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (569 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.638 ± 0.066","hasAnswerSpan":"1.375 ± 0.088","spanWindowCoverage":"1.620 ± 0.078","lengthExcess":"0.207 ± 0.039","sentencePosition":"0.227 ± 0.046","passageCoverage":"1.463 ± 0.099","retrievalRank":"1.715 ± 0.115","aboutSubject":"0.250 ± 0.064","yearMatch":"0.627 ± 0.101","subjectLeads":"0.891 ± 0.095","ownCoverage":"1.464 ± 0.043","namesSubjects":"1.806 ± 0.065"}
// Held-out top-candidate accuracy: fitted 0.888, hand-set 0.868.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.636,
    "hasAnswerSpan": 1.371,
    "spanWindowCoverage": 1.621,
    "lengthExcess": 0.206,
    "sentencePosition": 0.226,
    "passageCoverage": 1.464,
    "retrievalRank": 1.713,
    "aboutSubject": 0.249,
    "yearMatch": 0.622,
    "subjectLeads": 0.895,
    "ownCoverage": 1.463,
    "namesSubjects": 1.807
  }
};
