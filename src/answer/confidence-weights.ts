// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (678 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.510 ± 0.226","sentenceSupport":"1.787 ± 0.183","rareTermsCovered":"0.663 ± 0.211","rarestTermCovered":"-0.276 ± 0.189","missingWordRarity":"-0.069 ± 0.257","unseenTermShare":"0.303 ± 0.165","spanFit":"1.228 ± 0.101","typedWithoutSpan":"-2.408 ± 0.063","untypedQuestion":"0.553 ± 0.056","margin":"0.521 ± 0.155","askedYearUnmet":"-1.566 ± 0.220","bias":"-2.242 ± 0.283","threshold":"0.390 ± 0.049"}
// Held-out decision accuracy: 0.779 (folds 0.765, 0.787, 0.801, 0.770, 0.770).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.514,
    "sentenceSupport": 1.787,
    "rareTermsCovered": 0.655,
    "rarestTermCovered": -0.276,
    "missingWordRarity": -0.072,
    "unseenTermShare": 0.301,
    "spanFit": 1.221,
    "typedWithoutSpan": -2.405,
    "untypedQuestion": 0.553,
    "margin": 0.521,
    "askedYearUnmet": -1.571
  },
  "bias": -2.242,
  "threshold": 0.39
};
