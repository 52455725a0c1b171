// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (741 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.541 ± 0.105","hasAnswerSpan":"1.396 ± 0.070","spanWindowCoverage":"1.658 ± 0.036","lengthExcess":"0.156 ± 0.044","sentencePosition":"0.226 ± 0.036","passageCoverage":"1.431 ± 0.111","retrievalRank":"1.620 ± 0.104","aboutSubject":"0.204 ± 0.038","yearMatch":"0.764 ± 0.051","subjectLeads":"0.944 ± 0.038","ownCoverage":"1.476 ± 0.041","namesSubjects":"1.794 ± 0.022"}
// Held-out top-candidate accuracy: fitted 0.881, hand-set 0.860.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.54,
    "hasAnswerSpan": 1.394,
    "spanWindowCoverage": 1.659,
    "lengthExcess": 0.156,
    "sentencePosition": 0.227,
    "passageCoverage": 1.428,
    "retrievalRank": 1.617,
    "aboutSubject": 0.205,
    "yearMatch": 0.766,
    "subjectLeads": 0.946,
    "ownCoverage": 1.476,
    "namesSubjects": 1.795
  }
};
