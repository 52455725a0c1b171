// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (261 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.229 ± 0.461","sentenceSupport":"1.622 ± 0.213","rareTermsCovered":"0.610 ± 0.287","rarestTermCovered":"-0.758 ± 0.276","missingWordRarity":"-0.013 ± 0.222","unseenTermShare":"-1.356 ± 0.221","spanFit":"1.421 ± 0.195","typedWithoutSpan":"-2.451 ± 0.209","untypedQuestion":"-0.012 ± 0.152","margin":"2.362 ± 0.169","bias":"-1.786 ± 0.287","threshold":"0.360 ± 0.028"}
// Held-out decision accuracy: 0.824 (folds 0.849, 0.808, 0.692, 0.846, 0.923).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.238,
    "sentenceSupport": 1.617,
    "rareTermsCovered": 0.592,
    "rarestTermCovered": -0.748,
    "missingWordRarity": -0.004,
    "unseenTermShare": -1.371,
    "spanFit": 1.394,
    "typedWithoutSpan": -2.451,
    "untypedQuestion": -0.007,
    "margin": 2.367
  },
  "bias": -1.796,
  "threshold": 0.36
};
