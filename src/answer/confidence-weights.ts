// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (469 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.642 ± 0.123","sentenceSupport":"1.448 ± 0.156","rareTermsCovered":"0.859 ± 0.083","rarestTermCovered":"-0.469 ± 0.202","missingWordRarity":"0.125 ± 0.142","unseenTermShare":"0.370 ± 0.260","spanFit":"1.472 ± 0.113","typedWithoutSpan":"-2.004 ± 0.226","untypedQuestion":"0.554 ± 0.132","margin":"0.836 ± 0.033","bias":"-2.617 ± 0.282","threshold":"0.356 ± 0.022"}
// Held-out decision accuracy: 0.795 (folds 0.777, 0.809, 0.777, 0.787, 0.828).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.637,
    "sentenceSupport": 1.45,
    "rareTermsCovered": 0.872,
    "rarestTermCovered": -0.479,
    "missingWordRarity": 0.123,
    "unseenTermShare": 0.379,
    "spanFit": 1.475,
    "typedWithoutSpan": -1.998,
    "untypedQuestion": 0.552,
    "margin": 0.834
  },
  "bias": -2.62,
  "threshold": 0.36
};
