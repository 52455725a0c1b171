// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (684 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.484 ± 0.150","sentenceSupport":"1.894 ± 0.158","rareTermsCovered":"0.585 ± 0.137","rarestTermCovered":"-0.206 ± 0.152","missingWordRarity":"-0.044 ± 0.072","unseenTermShare":"0.265 ± 0.146","spanFit":"1.261 ± 0.180","typedWithoutSpan":"-2.387 ± 0.151","untypedQuestion":"0.553 ± 0.150","margin":"0.448 ± 0.082","askedYearUnmet":"-1.465 ± 0.219","bias":"-2.253 ± 0.232","threshold":"0.376 ± 0.043"}
// Held-out decision accuracy: 0.785 (folds 0.752, 0.723, 0.788, 0.788, 0.875).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.497,
    "sentenceSupport": 1.899,
    "rareTermsCovered": 0.586,
    "rarestTermCovered": -0.213,
    "missingWordRarity": -0.043,
    "unseenTermShare": 0.263,
    "spanFit": 1.245,
    "typedWithoutSpan": -2.383,
    "untypedQuestion": 0.553,
    "margin": 0.442,
    "askedYearUnmet": -1.484
  },
  "bias": -2.258,
  "threshold": 0.38
};
