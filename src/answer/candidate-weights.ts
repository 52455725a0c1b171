// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (741 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.575 ± 0.113","hasAnswerSpan":"1.343 ± 0.064","spanWindowCoverage":"1.662 ± 0.044","lengthExcess":"0.104 ± 0.047","sentencePosition":"0.247 ± 0.039","passageCoverage":"1.372 ± 0.114","retrievalRank":"1.599 ± 0.094","aboutSubject":"0.202 ± 0.038","yearMatch":"0.782 ± 0.052","subjectLeads":"0.985 ± 0.054","ownCoverage":"1.512 ± 0.038","namesSubjects":"1.902 ± 0.044"}
// Held-out top-candidate accuracy: fitted 0.889, hand-set 0.865.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.574,
    "hasAnswerSpan": 1.341,
    "spanWindowCoverage": 1.663,
    "lengthExcess": 0.104,
    "sentencePosition": 0.248,
    "passageCoverage": 1.369,
    "retrievalRank": 1.596,
    "aboutSubject": 0.204,
    "yearMatch": 0.782,
    "subjectLeads": 0.987,
    "ownCoverage": 1.513,
    "namesSubjects": 1.903
  }
};
