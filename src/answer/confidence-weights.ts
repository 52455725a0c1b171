// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (1114 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.905 ± 0.061","sentenceSupport":"1.057 ± 0.235","rareTermsCovered":"0.435 ± 0.097","rarestTermCovered":"-0.240 ± 0.069","missingWordRarity":"-0.635 ± 0.108","unseenTermShare":"-0.135 ± 0.091","spanFit":"1.132 ± 0.152","typedWithoutSpan":"-2.831 ± 0.125","untypedQuestion":"0.760 ± 0.050","margin":"0.988 ± 0.131","askedYearUnmet":"-1.930 ± 0.117","subjectsUnnamed":"-1.969 ± 0.137","bias":"-0.951 ± 0.258","threshold":"0.436 ± 0.023"}
// Held-out decision accuracy: 0.841 (folds 0.848, 0.874, 0.848, 0.825, 0.811).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.912,
    "sentenceSupport": 1.057,
    "rareTermsCovered": 0.437,
    "rarestTermCovered": -0.239,
    "missingWordRarity": -0.629,
    "unseenTermShare": -0.134,
    "spanFit": 1.126,
    "typedWithoutSpan": -2.827,
    "untypedQuestion": 0.756,
    "margin": 0.989,
    "askedYearUnmet": -1.933,
    "subjectsUnnamed": -1.966
  },
  "bias": -0.963,
  "threshold": 0.44
};
