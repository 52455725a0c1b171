// Written by `npm run fit:candidates` (evals/fit-candidates.ts): fitted on the dev set (914 questions). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each weight: {"sentenceCoverage":"1.587 ± 0.061","hasAnswerSpan":"1.510 ± 0.063","spanWindowCoverage":"1.643 ± 0.054","lengthExcess":"0.057 ± 0.015","sentencePosition":"0.167 ± 0.035","passageCoverage":"1.341 ± 0.031","retrievalRank":"1.688 ± 0.028","aboutSubject":"0.251 ± 0.038","yearMatch":"0.683 ± 0.081","subjectLeads":"0.835 ± 0.035","ownCoverage":"1.301 ± 0.077","namesSubjects":"1.871 ± 0.040"}
// Held-out top-candidate accuracy: fitted 0.893, hand-set 0.881.
import type { CandidateModel } from './candidate-model.js';

export const FITTED_CANDIDATE_MODEL: CandidateModel = {
  "weights": {
    "sentenceCoverage": 1.587,
    "hasAnswerSpan": 1.511,
    "spanWindowCoverage": 1.641,
    "lengthExcess": 0.056,
    "sentencePosition": 0.166,
    "passageCoverage": 1.34,
    "retrievalRank": 1.687,
    "aboutSubject": 0.252,
    "yearMatch": 0.682,
    "subjectLeads": 0.838,
    "ownCoverage": 1.298,
    "namesSubjects": 1.871
  }
};
