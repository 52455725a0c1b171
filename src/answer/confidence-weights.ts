// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (287 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.293 ± 0.217","sentenceSupport":"1.497 ± 0.239","rareTermsCovered":"0.261 ± 0.416","rarestTermCovered":"-0.048 ± 0.288","unseenTermShare":"-2.666 ± 0.229","spanFit":"1.268 ± 0.239","typedWithoutSpan":"-2.171 ± 0.266","untypedQuestion":"-0.161 ± 0.180","margin":"1.761 ± 0.209","bias":"-1.585 ± 0.220","threshold":"0.292 ± 0.021"}
// Held-out decision accuracy: 0.809 (folds 0.810, 0.741, 0.754, 0.877, 0.860).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.291,
    "sentenceSupport": 1.484,
    "rareTermsCovered": 0.225,
    "rarestTermCovered": -0.032,
    "unseenTermShare": -2.654,
    "spanFit": 1.253,
    "typedWithoutSpan": -2.164,
    "untypedQuestion": -0.17,
    "margin": 1.75
  },
  "bias": -1.555,
  "threshold": 0.32
};
