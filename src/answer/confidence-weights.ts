// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (1116 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.991 ± 0.134","sentenceSupport":"1.075 ± 0.070","rareTermsCovered":"0.365 ± 0.042","rarestTermCovered":"-0.269 ± 0.051","missingWordRarity":"-0.527 ± 0.077","unseenTermShare":"-0.042 ± 0.151","spanFit":"1.171 ± 0.097","typedWithoutSpan":"-2.711 ± 0.101","untypedQuestion":"0.750 ± 0.095","margin":"1.077 ± 0.131","askedYearUnmet":"-1.872 ± 0.106","subjectsUnnamed":"-1.914 ± 0.203","bias":"-1.202 ± 0.199","threshold":"0.452 ± 0.026"}
// Held-out decision accuracy: 0.826 (folds 0.763, 0.843, 0.861, 0.821, 0.843).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.993,
    "sentenceSupport": 1.079,
    "rareTermsCovered": 0.366,
    "rarestTermCovered": -0.266,
    "missingWordRarity": -0.523,
    "unseenTermShare": -0.043,
    "spanFit": 1.164,
    "typedWithoutSpan": -2.705,
    "untypedQuestion": 0.747,
    "margin": 1.075,
    "askedYearUnmet": -1.861,
    "subjectsUnnamed": -1.917
  },
  "bias": -1.21,
  "threshold": 0.45
};
