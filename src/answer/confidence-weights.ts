// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (684 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.460 ± 0.146","sentenceSupport":"1.880 ± 0.163","rareTermsCovered":"0.579 ± 0.143","rarestTermCovered":"-0.231 ± 0.155","missingWordRarity":"-0.063 ± 0.072","unseenTermShare":"0.269 ± 0.153","spanFit":"1.274 ± 0.180","typedWithoutSpan":"-2.385 ± 0.153","untypedQuestion":"0.551 ± 0.143","margin":"0.499 ± 0.076","askedYearUnmet":"-1.623 ± 0.209","bias":"-2.230 ± 0.237","threshold":"0.380 ± 0.044"}
// Held-out decision accuracy: 0.787 (folds 0.752, 0.723, 0.788, 0.796, 0.875).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.474,
    "sentenceSupport": 1.886,
    "rareTermsCovered": 0.58,
    "rarestTermCovered": -0.238,
    "missingWordRarity": -0.061,
    "unseenTermShare": 0.267,
    "spanFit": 1.259,
    "typedWithoutSpan": -2.38,
    "untypedQuestion": 0.551,
    "margin": 0.493,
    "askedYearUnmet": -1.645
  },
  "bias": -2.238,
  "threshold": 0.38
};
