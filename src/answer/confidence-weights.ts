// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (890 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.877 ± 0.161","sentenceSupport":"1.343 ± 0.171","rareTermsCovered":"0.321 ± 0.102","rarestTermCovered":"-0.222 ± 0.130","missingWordRarity":"-0.237 ± 0.206","unseenTermShare":"0.606 ± 0.070","spanFit":"1.242 ± 0.026","typedWithoutSpan":"-3.043 ± 0.116","untypedQuestion":"0.699 ± 0.060","margin":"1.093 ± 0.099","askedYearUnmet":"-1.588 ± 0.198","subjectsUnnamed":"-1.759 ± 0.164","bias":"-1.418 ± 0.390","threshold":"0.394 ± 0.067"}
// Held-out decision accuracy: 0.825 (folds 0.837, 0.865, 0.775, 0.809, 0.837).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.878,
    "sentenceSupport": 1.339,
    "rareTermsCovered": 0.317,
    "rarestTermCovered": -0.221,
    "missingWordRarity": -0.24,
    "unseenTermShare": 0.609,
    "spanFit": 1.238,
    "typedWithoutSpan": -3.037,
    "untypedQuestion": 0.698,
    "margin": 1.088,
    "askedYearUnmet": -1.579,
    "subjectsUnnamed": -1.757
  },
  "bias": -1.409,
  "threshold": 0.39
};
