// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (287 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.474 ± 0.322","sentenceSupport":"2.291 ± 0.253","rareTermsCovered":"0.250 ± 0.200","unseenTermShare":"-0.971 ± 0.152","spanFit":"1.787 ± 0.369","typedWithoutSpan":"-2.137 ± 0.131","untypedQuestion":"0.138 ± 0.109","margin":"2.604 ± 0.232","bias":"-1.940 ± 0.249","threshold":"0.320 ± 0.039"}
// Held-out decision accuracy: 0.798 (folds 0.810, 0.810, 0.719, 0.842, 0.807).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.459,
    "sentenceSupport": 2.295,
    "rareTermsCovered": 0.244,
    "unseenTermShare": -0.973,
    "spanFit": 1.766,
    "typedWithoutSpan": -2.13,
    "untypedQuestion": 0.13,
    "margin": 2.587
  },
  "bias": -1.921,
  "threshold": 0.3
};
