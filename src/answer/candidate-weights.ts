// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (569 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.649 ± 0.070","hasAnswerSpan":"1.374 ± 0.089","spanWindowCoverage":"1.621 ± 0.079","lengthExcess":"0.209 ± 0.040","sentencePosition":"0.232 ± 0.046","passageCoverage":"1.462 ± 0.098","retrievalRank":"1.721 ± 0.114","aboutSubject":"0.250 ± 0.064","yearMatch":"0.584 ± 0.096","subjectLeads":"0.895 ± 0.096","ownCoverage":"1.452 ± 0.045","namesSubjects":"1.808 ± 0.066"}
// Held-out top-candidate accuracy: fitted 0.886, hand-set 0.868.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.647,
    "hasAnswerSpan": 1.371,
    "spanWindowCoverage": 1.622,
    "lengthExcess": 0.207,
    "sentencePosition": 0.231,
    "passageCoverage": 1.463,
    "retrievalRank": 1.719,
    "aboutSubject": 0.249,
    "yearMatch": 0.579,
    "subjectLeads": 0.898,
    "ownCoverage": 1.451,
    "namesSubjects": 1.809
  }
};
