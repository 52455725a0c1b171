// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (890 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.301 ± 0.132","sentenceSupport":"1.251 ± 0.169","rareTermsCovered":"0.413 ± 0.205","rarestTermCovered":"-0.285 ± 0.103","missingWordRarity":"-0.135 ± 0.193","unseenTermShare":"0.415 ± 0.141","spanFit":"1.338 ± 0.077","typedWithoutSpan":"-2.588 ± 0.132","untypedQuestion":"0.655 ± 0.054","margin":"0.848 ± 0.142","askedYearUnmet":"-1.436 ± 0.110","subjectsUnnamed":"-1.491 ± 0.188","bias":"-1.553 ± 0.412","threshold":"0.352 ± 0.094"}
// Held-out decision accuracy: 0.803 (folds 0.848, 0.831, 0.742, 0.815, 0.781).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.303,
    "sentenceSupport": 1.244,
    "rareTermsCovered": 0.408,
    "rarestTermCovered": -0.282,
    "missingWordRarity": -0.131,
    "unseenTermShare": 0.407,
    "spanFit": 1.334,
    "typedWithoutSpan": -2.579,
    "untypedQuestion": 0.658,
    "margin": 0.844,
    "askedYearUnmet": -1.43,
    "subjectsUnnamed": -1.488
  },
  "bias": -1.552,
  "threshold": 0.35
};
