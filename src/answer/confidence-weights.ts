// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (264 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.048 ± 0.335","sentenceSupport":"1.834 ± 0.308","rareTermsCovered":"0.080 ± 0.324","rarestTermCovered":"-0.922 ± 0.120","missingWordRarity":"-0.297 ± 0.230","unseenTermShare":"-2.658 ± 0.207","spanFit":"1.455 ± 0.266","typedWithoutSpan":"-2.317 ± 0.032","untypedQuestion":"0.128 ± 0.203","margin":"2.080 ± 0.206","bias":"-1.163 ± 0.594","threshold":"0.302 ± 0.077"}
// Held-out decision accuracy: 0.799 (folds 0.792, 0.811, 0.774, 0.830, 0.788).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.046,
    "sentenceSupport": 1.831,
    "rareTermsCovered": 0.096,
    "rarestTermCovered": -0.917,
    "missingWordRarity": -0.266,
    "unseenTermShare": -2.651,
    "spanFit": 1.434,
    "typedWithoutSpan": -2.315,
    "untypedQuestion": 0.125,
    "margin": 2.075
  },
  "bias": -1.19,
  "threshold": 0.27
};
