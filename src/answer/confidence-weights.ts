// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (2418 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.052 ± 0.100","sentenceSupport":"0.858 ± 0.102","rareTermsCovered":"0.357 ± 0.080","rarestTermCovered":"-0.303 ± 0.064","missingWordRarity":"-0.238 ± 0.107","unseenTermShare":"-0.565 ± 0.071","spanFit":"1.374 ± 0.083","typedWithoutSpan":"-2.961 ± 0.064","untypedQuestion":"0.747 ± 0.021","margin":"1.541 ± 0.053","askedYearUnmet":"-1.908 ± 0.065","subjectsUnnamed":"-1.780 ± 0.055","countedThingUnnamed":"-0.361 ± 0.140","bias":"-1.525 ± 0.173","threshold":"0.424 ± 0.008"}
// Held-out decision accuracy: 0.828 (folds 0.831, 0.816, 0.818, 0.839, 0.836).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.052,
    "sentenceSupport": 0.859,
    "rareTermsCovered": 0.355,
    "rarestTermCovered": -0.302,
    "missingWordRarity": -0.238,
    "unseenTermShare": -0.564,
    "spanFit": 1.371,
    "typedWithoutSpan": -2.961,
    "untypedQuestion": 0.747,
    "margin": 1.54,
    "askedYearUnmet": -1.911,
    "subjectsUnnamed": -1.778,
    "countedThingUnnamed": -0.36
  },
  "bias": -1.524,
  "threshold": 0.42
};
