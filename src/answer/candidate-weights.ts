// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (914 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.587 ± 0.061","hasAnswerSpan":"1.530 ± 0.061","spanWindowCoverage":"1.642 ± 0.055","lengthExcess":"0.052 ± 0.014","sentencePosition":"0.168 ± 0.034","passageCoverage":"1.340 ± 0.030","retrievalRank":"1.682 ± 0.026","aboutSubject":"0.252 ± 0.038","yearMatch":"0.684 ± 0.082","subjectLeads":"0.839 ± 0.030","ownCoverage":"1.308 ± 0.078","namesSubjects":"1.872 ± 0.040"}
// Held-out top-candidate accuracy: fitted 0.896, hand-set 0.883.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.588,
    "hasAnswerSpan": 1.531,
    "spanWindowCoverage": 1.64,
    "lengthExcess": 0.051,
    "sentencePosition": 0.167,
    "passageCoverage": 1.339,
    "retrievalRank": 1.681,
    "aboutSubject": 0.253,
    "yearMatch": 0.683,
    "subjectLeads": 0.841,
    "ownCoverage": 1.305,
    "namesSubjects": 1.872
  }
};
