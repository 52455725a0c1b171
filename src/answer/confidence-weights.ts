// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (486 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.842 ± 0.119","sentenceSupport":"1.512 ± 0.135","rareTermsCovered":"0.820 ± 0.202","rarestTermCovered":"-0.503 ± 0.129","missingWordRarity":"0.211 ± 0.169","unseenTermShare":"0.275 ± 0.222","spanFit":"1.497 ± 0.174","typedWithoutSpan":"-2.063 ± 0.278","untypedQuestion":"0.465 ± 0.150","margin":"0.860 ± 0.286","bias":"-2.841 ± 0.202","threshold":"0.386 ± 0.079"}
// Held-out decision accuracy: 0.782 (folds 0.796, 0.825, 0.825, 0.742, 0.722).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.842,
    "sentenceSupport": 1.503,
    "rareTermsCovered": 0.828,
    "rarestTermCovered": -0.503,
    "missingWordRarity": 0.212,
    "unseenTermShare": 0.282,
    "spanFit": 1.497,
    "typedWithoutSpan": -2.045,
    "untypedQuestion": 0.465,
    "margin": 0.855
  },
  "bias": -2.848,
  "threshold": 0.39
};
