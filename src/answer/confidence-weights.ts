// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (1338 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.915 ± 0.134","sentenceSupport":"0.989 ± 0.060","rareTermsCovered":"0.494 ± 0.160","rarestTermCovered":"-0.310 ± 0.081","missingWordRarity":"-0.588 ± 0.072","unseenTermShare":"-0.205 ± 0.206","spanFit":"1.201 ± 0.080","typedWithoutSpan":"-3.105 ± 0.057","untypedQuestion":"0.757 ± 0.119","margin":"1.090 ± 0.116","askedYearUnmet":"-1.721 ± 0.210","subjectsUnnamed":"-1.896 ± 0.178","bias":"-1.055 ± 0.151","threshold":"0.432 ± 0.037"}
// Held-out decision accuracy: 0.841 (folds 0.869, 0.840, 0.784, 0.850, 0.861).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.921,
    "sentenceSupport": 0.992,
    "rareTermsCovered": 0.485,
    "rarestTermCovered": -0.307,
    "missingWordRarity": -0.583,
    "unseenTermShare": -0.195,
    "spanFit": 1.2,
    "typedWithoutSpan": -3.106,
    "untypedQuestion": 0.751,
    "margin": 1.09,
    "askedYearUnmet": -1.717,
    "subjectsUnnamed": -1.901
  },
  "bias": -1.059,
  "threshold": 0.43
};
