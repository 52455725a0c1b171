// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (264 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.426 ± 0.285","sentenceSupport":"1.684 ± 0.187","rareTermsCovered":"0.201 ± 0.234","rarestTermCovered":"-0.742 ± 0.146","unseenTermShare":"-2.755 ± 0.203","spanFit":"1.371 ± 0.318","typedWithoutSpan":"-2.171 ± 0.079","untypedQuestion":"-0.021 ± 0.230","margin":"2.200 ± 0.288","bias":"-1.625 ± 0.355","threshold":"0.312 ± 0.094"}
// Held-out decision accuracy: 0.803 (folds 0.792, 0.849, 0.792, 0.792, 0.788).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.416,
    "sentenceSupport": 1.666,
    "rareTermsCovered": 0.2,
    "rarestTermCovered": -0.742,
    "unseenTermShare": -2.75,
    "spanFit": 1.35,
    "typedWithoutSpan": -2.167,
    "untypedQuestion": -0.024,
    "margin": 2.192
  },
  "bias": -1.601,
  "threshold": 0.27
};
