// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (287 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.265 ± 0.292","sentenceSupport":"1.546 ± 0.092","rareTermsCovered":"0.976 ± 0.356","rarestTermCovered":"-0.423 ± 0.120","unseenTermShare":"-0.632 ± 0.202","spanFit":"1.647 ± 0.268","typedWithoutSpan":"-2.180 ± 0.244","untypedQuestion":"-0.121 ± 0.126","margin":"2.435 ± 0.168","bias":"-2.122 ± 0.246","threshold":"0.266 ± 0.016"}
// Held-out decision accuracy: 0.805 (folds 0.862, 0.741, 0.737, 0.860, 0.825).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.255,
    "sentenceSupport": 1.541,
    "rareTermsCovered": 0.944,
    "rarestTermCovered": -0.419,
    "unseenTermShare": -0.635,
    "spanFit": 1.628,
    "typedWithoutSpan": -2.178,
    "untypedQuestion": -0.128,
    "margin": 2.425
  },
  "bias": -2.091,
  "threshold": 0.24
};
