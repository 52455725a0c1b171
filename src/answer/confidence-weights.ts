// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (1116 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.054 ± 0.122","sentenceSupport":"1.002 ± 0.086","rareTermsCovered":"0.399 ± 0.063","rarestTermCovered":"-0.265 ± 0.056","missingWordRarity":"-0.571 ± 0.101","unseenTermShare":"-0.082 ± 0.143","spanFit":"1.121 ± 0.110","typedWithoutSpan":"-2.813 ± 0.093","untypedQuestion":"0.677 ± 0.090","margin":"1.063 ± 0.113","askedYearUnmet":"-1.921 ± 0.126","subjectsUnnamed":"-1.918 ± 0.164","bias":"-1.100 ± 0.177","threshold":"0.404 ± 0.031"}
// Held-out decision accuracy: 0.832 (folds 0.763, 0.857, 0.861, 0.839, 0.843).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.056,
    "sentenceSupport": 1.003,
    "rareTermsCovered": 0.399,
    "rarestTermCovered": -0.262,
    "missingWordRarity": -0.568,
    "unseenTermShare": -0.082,
    "spanFit": 1.116,
    "typedWithoutSpan": -2.804,
    "untypedQuestion": 0.675,
    "margin": 1.064,
    "askedYearUnmet": -1.911,
    "subjectsUnnamed": -1.92
  },
  "bias": -1.107,
  "threshold": 0.4
};
