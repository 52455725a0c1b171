// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (1116 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.905 ± 0.137","sentenceSupport":"1.040 ± 0.081","rareTermsCovered":"0.454 ± 0.099","rarestTermCovered":"-0.242 ± 0.063","missingWordRarity":"-0.543 ± 0.114","unseenTermShare":"-0.158 ± 0.151","spanFit":"1.165 ± 0.079","typedWithoutSpan":"-2.808 ± 0.078","untypedQuestion":"0.736 ± 0.109","margin":"1.063 ± 0.133","askedYearUnmet":"-1.924 ± 0.132","subjectsUnnamed":"-1.939 ± 0.174","bias":"-1.096 ± 0.172","threshold":"0.440 ± 0.009"}
// Held-out decision accuracy: 0.842 (folds 0.786, 0.857, 0.865, 0.843, 0.861).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.909,
    "sentenceSupport": 1.043,
    "rareTermsCovered": 0.453,
    "rarestTermCovered": -0.239,
    "missingWordRarity": -0.539,
    "unseenTermShare": -0.155,
    "spanFit": 1.16,
    "typedWithoutSpan": -2.802,
    "untypedQuestion": 0.734,
    "margin": 1.064,
    "askedYearUnmet": -1.915,
    "subjectsUnnamed": -1.941
  },
  "bias": -1.107,
  "threshold": 0.44
};
