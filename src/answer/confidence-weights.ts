// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (1107 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.946 ± 0.077","sentenceSupport":"1.132 ± 0.084","rareTermsCovered":"0.308 ± 0.154","rarestTermCovered":"-0.135 ± 0.116","missingWordRarity":"-0.392 ± 0.117","unseenTermShare":"0.658 ± 0.086","spanFit":"1.265 ± 0.076","typedWithoutSpan":"-2.699 ± 0.079","untypedQuestion":"0.788 ± 0.055","margin":"1.184 ± 0.068","askedYearUnmet":"-1.737 ± 0.065","subjectsUnnamed":"-1.864 ± 0.140","bias":"-1.468 ± 0.151","threshold":"0.434 ± 0.026"}
// Held-out decision accuracy: 0.825 (folds 0.842, 0.806, 0.805, 0.842, 0.828).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.945,
    "sentenceSupport": 1.132,
    "rareTermsCovered": 0.312,
    "rarestTermCovered": -0.136,
    "missingWordRarity": -0.391,
    "unseenTermShare": 0.658,
    "spanFit": 1.262,
    "typedWithoutSpan": -2.697,
    "untypedQuestion": 0.786,
    "margin": 1.184,
    "askedYearUnmet": -1.74,
    "subjectsUnnamed": -1.861
  },
  "bias": -1.468,
  "threshold": 0.43
};
