// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (493 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.505 ± 0.259","sentenceSupport":"1.475 ± 0.188","rareTermsCovered":"1.205 ± 0.215","rarestTermCovered":"-0.437 ± 0.032","missingWordRarity":"0.125 ± 0.164","unseenTermShare":"0.187 ± 0.302","spanFit":"1.421 ± 0.082","typedWithoutSpan":"-1.827 ± 0.235","untypedQuestion":"0.440 ± 0.169","margin":"1.248 ± 0.129","bias":"-3.296 ± 0.340","threshold":"0.378 ± 0.031"}
// Held-out decision accuracy: 0.759 (folds 0.788, 0.737, 0.758, 0.806, 0.704).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.501,
    "sentenceSupport": 1.483,
    "rareTermsCovered": 1.207,
    "rarestTermCovered": -0.436,
    "missingWordRarity": 0.13,
    "unseenTermShare": 0.191,
    "spanFit": 1.406,
    "typedWithoutSpan": -1.823,
    "untypedQuestion": 0.437,
    "margin": 1.245
  },
  "bias": -3.3,
  "threshold": 0.38
};
