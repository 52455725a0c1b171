// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (914 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.585 ± 0.062","hasAnswerSpan":"1.368 ± 0.080","spanWindowCoverage":"1.644 ± 0.051","lengthExcess":"0.107 ± 0.016","sentencePosition":"0.184 ± 0.037","passageCoverage":"1.399 ± 0.032","retrievalRank":"1.635 ± 0.028","aboutSubject":"0.212 ± 0.053","yearMatch":"0.683 ± 0.080","subjectLeads":"0.843 ± 0.038","ownCoverage":"1.328 ± 0.069","namesSubjects":"1.882 ± 0.041"}
// Held-out top-candidate accuracy: fitted 0.882, hand-set 0.869.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.586,
    "hasAnswerSpan": 1.369,
    "spanWindowCoverage": 1.642,
    "lengthExcess": 0.106,
    "sentencePosition": 0.183,
    "passageCoverage": 1.397,
    "retrievalRank": 1.634,
    "aboutSubject": 0.213,
    "yearMatch": 0.681,
    "subjectLeads": 0.845,
    "ownCoverage": 1.325,
    "namesSubjects": 1.882
  }
};
