// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (890 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.126 ± 0.174","sentenceSupport":"1.388 ± 0.153","rareTermsCovered":"0.434 ± 0.133","rarestTermCovered":"-0.177 ± 0.113","missingWordRarity":"-0.038 ± 0.235","unseenTermShare":"0.595 ± 0.111","spanFit":"1.321 ± 0.088","typedWithoutSpan":"-2.735 ± 0.136","untypedQuestion":"0.667 ± 0.045","margin":"0.986 ± 0.102","askedYearUnmet":"-1.579 ± 0.154","subjectsUnnamed":"-1.692 ± 0.163","bias":"-1.801 ± 0.446","threshold":"0.464 ± 0.075"}
// Held-out decision accuracy: 0.815 (folds 0.854, 0.848, 0.742, 0.820, 0.809).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.125,
    "sentenceSupport": 1.384,
    "rareTermsCovered": 0.431,
    "rarestTermCovered": -0.175,
    "missingWordRarity": -0.037,
    "unseenTermShare": 0.592,
    "spanFit": 1.316,
    "typedWithoutSpan": -2.727,
    "untypedQuestion": 0.669,
    "margin": 0.981,
    "askedYearUnmet": -1.57,
    "subjectsUnnamed": -1.689
  },
  "bias": -1.796,
  "threshold": 0.46
};
