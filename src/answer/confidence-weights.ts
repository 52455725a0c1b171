// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (264 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.339 ± 0.280","sentenceSupport":"1.552 ± 0.237","rareTermsCovered":"0.091 ± 0.333","rarestTermCovered":"-0.798 ± 0.109","missingWordRarity":"-0.260 ± 0.241","unseenTermShare":"-2.779 ± 0.196","spanFit":"1.375 ± 0.326","typedWithoutSpan":"-2.194 ± 0.096","untypedQuestion":"-0.006 ± 0.240","margin":"2.197 ± 0.296","bias":"-1.194 ± 0.617","threshold":"0.310 ± 0.087"}
// Held-out decision accuracy: 0.803 (folds 0.792, 0.849, 0.792, 0.792, 0.788).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.341,
    "sentenceSupport": 1.545,
    "rareTermsCovered": 0.106,
    "rarestTermCovered": -0.789,
    "missingWordRarity": -0.225,
    "unseenTermShare": -2.771,
    "spanFit": 1.351,
    "typedWithoutSpan": -2.188,
    "untypedQuestion": -0.013,
    "margin": 2.188
  },
  "bias": -1.222,
  "threshold": 0.27
};
