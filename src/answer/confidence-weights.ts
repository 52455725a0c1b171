// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (684 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.518 ± 0.165","sentenceSupport":"1.805 ± 0.154","rareTermsCovered":"0.548 ± 0.133","rarestTermCovered":"-0.249 ± 0.174","missingWordRarity":"-0.098 ± 0.084","unseenTermShare":"0.238 ± 0.179","spanFit":"1.230 ± 0.200","typedWithoutSpan":"-2.328 ± 0.136","untypedQuestion":"0.617 ± 0.145","margin":"0.564 ± 0.055","bias":"-2.313 ± 0.216","threshold":"0.364 ± 0.045"}
// Held-out decision accuracy: 0.778 (folds 0.752, 0.715, 0.781, 0.774, 0.868).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.531,
    "sentenceSupport": 1.807,
    "rareTermsCovered": 0.548,
    "rarestTermCovered": -0.254,
    "missingWordRarity": -0.096,
    "unseenTermShare": 0.237,
    "spanFit": 1.213,
    "typedWithoutSpan": -2.325,
    "untypedQuestion": 0.614,
    "margin": 0.559
  },
  "bias": -2.317,
  "threshold": 0.36
};
