// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (264 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"0.952 ± 0.382","sentenceSupport":"1.644 ± 0.338","rareTermsCovered":"0.656 ± 0.178","rarestTermCovered":"-0.695 ± 0.076","missingWordRarity":"-0.046 ± 0.280","unseenTermShare":"-1.505 ± 0.210","spanFit":"1.463 ± 0.311","typedWithoutSpan":"-2.420 ± 0.034","untypedQuestion":"0.056 ± 0.215","margin":"2.389 ± 0.227","bias":"-1.681 ± 0.633","threshold":"0.338 ± 0.053"}
// Held-out decision accuracy: 0.811 (folds 0.792, 0.849, 0.774, 0.830, 0.808).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 0.957,
    "sentenceSupport": 1.641,
    "rareTermsCovered": 0.653,
    "rarestTermCovered": -0.69,
    "missingWordRarity": -0.019,
    "unseenTermShare": -1.503,
    "spanFit": 1.438,
    "typedWithoutSpan": -2.416,
    "untypedQuestion": 0.054,
    "margin": 2.381
  },
  "bias": -1.699,
  "threshold": 0.34
};
