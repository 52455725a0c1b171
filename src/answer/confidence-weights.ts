// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (2000 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.184 ± 0.106","sentenceSupport":"0.906 ± 0.067","rareTermsCovered":"0.394 ± 0.037","rarestTermCovered":"-0.320 ± 0.085","missingWordRarity":"-0.149 ± 0.057","unseenTermShare":"-0.291 ± 0.081","spanFit":"1.303 ± 0.089","typedWithoutSpan":"-3.033 ± 0.089","untypedQuestion":"0.740 ± 0.036","margin":"1.431 ± 0.075","askedYearUnmet":"-1.881 ± 0.083","subjectsUnnamed":"-1.818 ± 0.110","countedThingUnnamed":"-0.409 ± 0.066","bias":"-1.662 ± 0.128","threshold":"0.426 ± 0.014"}
// Held-out decision accuracy: 0.842 (folds 0.875, 0.820, 0.823, 0.865, 0.825).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.187,
    "sentenceSupport": 0.905,
    "rareTermsCovered": 0.393,
    "rarestTermCovered": -0.322,
    "missingWordRarity": -0.148,
    "unseenTermShare": -0.289,
    "spanFit": 1.296,
    "typedWithoutSpan": -3.031,
    "untypedQuestion": 0.739,
    "margin": 1.427,
    "askedYearUnmet": -1.882,
    "subjectsUnnamed": -1.816,
    "countedThingUnnamed": -0.413
  },
  "bias": -1.658,
  "threshold": 0.43
};
