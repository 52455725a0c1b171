// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (890 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.402 ± 0.143","sentenceSupport":"1.420 ± 0.122","rareTermsCovered":"0.350 ± 0.193","rarestTermCovered":"-0.236 ± 0.099","missingWordRarity":"-0.151 ± 0.176","unseenTermShare":"0.323 ± 0.137","spanFit":"1.187 ± 0.049","typedWithoutSpan":"-2.512 ± 0.139","untypedQuestion":"0.558 ± 0.067","margin":"0.817 ± 0.132","askedYearUnmet":"-1.413 ± 0.109","bias":"-1.846 ± 0.379","threshold":"0.376 ± 0.071"}
// Held-out decision accuracy: 0.797 (folds 0.843, 0.809, 0.725, 0.798, 0.809).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.398,
    "sentenceSupport": 1.417,
    "rareTermsCovered": 0.345,
    "rarestTermCovered": -0.232,
    "missingWordRarity": -0.149,
    "unseenTermShare": 0.317,
    "spanFit": 1.187,
    "typedWithoutSpan": -2.505,
    "untypedQuestion": 0.56,
    "margin": 0.814,
    "askedYearUnmet": -1.407
  },
  "bias": -1.843,
  "threshold": 0.38
};
