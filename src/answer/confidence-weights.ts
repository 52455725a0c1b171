// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (493 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.680 ± 0.217","sentenceSupport":"1.638 ± 0.155","rareTermsCovered":"0.960 ± 0.222","rarestTermCovered":"-0.354 ± 0.069","missingWordRarity":"0.195 ± 0.114","unseenTermShare":"0.277 ± 0.340","spanFit":"1.452 ± 0.091","typedWithoutSpan":"-2.056 ± 0.278","untypedQuestion":"0.476 ± 0.199","margin":"1.007 ± 0.099","bias":"-3.177 ± 0.328","threshold":"0.394 ± 0.059"}
// Held-out decision accuracy: 0.769 (folds 0.778, 0.798, 0.758, 0.806, 0.704).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.678,
    "sentenceSupport": 1.644,
    "rareTermsCovered": 0.961,
    "rarestTermCovered": -0.349,
    "missingWordRarity": 0.203,
    "unseenTermShare": 0.279,
    "spanFit": 1.436,
    "typedWithoutSpan": -2.054,
    "untypedQuestion": 0.475,
    "margin": 1.007
  },
  "bias": -3.188,
  "threshold": 0.35
};
