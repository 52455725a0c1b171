// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (678 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.452 ± 0.220","sentenceSupport":"1.735 ± 0.170","rareTermsCovered":"0.649 ± 0.216","rarestTermCovered":"-0.432 ± 0.204","missingWordRarity":"-0.105 ± 0.262","unseenTermShare":"0.355 ± 0.152","spanFit":"1.269 ± 0.095","typedWithoutSpan":"-2.608 ± 0.054","untypedQuestion":"0.686 ± 0.078","margin":"0.626 ± 0.135","askedYearUnmet":"-1.592 ± 0.216","bias":"-2.101 ± 0.302","threshold":"0.424 ± 0.015"}
// Held-out decision accuracy: 0.813 (folds 0.787, 0.824, 0.831, 0.793, 0.830).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.453,
    "sentenceSupport": 1.74,
    "rareTermsCovered": 0.64,
    "rarestTermCovered": -0.432,
    "missingWordRarity": -0.106,
    "unseenTermShare": 0.354,
    "spanFit": 1.262,
    "typedWithoutSpan": -2.604,
    "untypedQuestion": 0.684,
    "margin": 0.627,
    "askedYearUnmet": -1.598
  },
  "bias": -2.101,
  "threshold": 0.42
};
