// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (288 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.425 ± 0.187","sentenceSupport":"1.749 ± 0.291","rareTermsCovered":"0.341 ± 0.338","rarestTermCovered":"-0.501 ± 0.130","unseenTermShare":"-2.775 ± 0.158","spanFit":"1.404 ± 0.203","typedWithoutSpan":"-2.021 ± 0.332","untypedQuestion":"-0.020 ± 0.159","margin":"2.002 ± 0.340","bias":"-1.855 ± 0.314","threshold":"0.362 ± 0.090"}
// Held-out decision accuracy: 0.799 (folds 0.810, 0.776, 0.776, 0.789, 0.842).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.403,
    "sentenceSupport": 1.751,
    "rareTermsCovered": 0.346,
    "rarestTermCovered": -0.508,
    "unseenTermShare": -2.78,
    "spanFit": 1.395,
    "typedWithoutSpan": -2.023,
    "untypedQuestion": -0.027,
    "margin": 1.986
  },
  "bias": -1.836,
  "threshold": 0.43
};
