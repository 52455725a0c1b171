// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (1548 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.958 ± 0.102","sentenceSupport":"0.923 ± 0.136","rareTermsCovered":"0.451 ± 0.179","rarestTermCovered":"-0.373 ± 0.049","missingWordRarity":"-0.357 ± 0.080","unseenTermShare":"-0.104 ± 0.184","spanFit":"1.280 ± 0.106","typedWithoutSpan":"-3.034 ± 0.089","untypedQuestion":"0.690 ± 0.062","margin":"1.313 ± 0.073","askedYearUnmet":"-1.679 ± 0.121","subjectsUnnamed":"-1.909 ± 0.040","countedThingUnnamed":"-0.801 ± 0.116","bias":"-1.298 ± 0.195","threshold":"0.402 ± 0.037"}
// Held-out decision accuracy: 0.828 (folds 0.835, 0.858, 0.835, 0.822, 0.790).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.96,
    "sentenceSupport": 0.925,
    "rareTermsCovered": 0.448,
    "rarestTermCovered": -0.373,
    "missingWordRarity": -0.357,
    "unseenTermShare": -0.102,
    "spanFit": 1.278,
    "typedWithoutSpan": -3.032,
    "untypedQuestion": 0.688,
    "margin": 1.312,
    "askedYearUnmet": -1.68,
    "subjectsUnnamed": -1.907,
    "countedThingUnnamed": -0.805
  },
  "bias": -1.298,
  "threshold": 0.4
};
