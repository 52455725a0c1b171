// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (493 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.788 ± 0.138","sentenceSupport":"1.420 ± 0.062","rareTermsCovered":"1.015 ± 0.236","rarestTermCovered":"-0.408 ± 0.075","missingWordRarity":"0.290 ± 0.098","unseenTermShare":"0.128 ± 0.317","spanFit":"1.478 ± 0.093","typedWithoutSpan":"-2.063 ± 0.283","untypedQuestion":"0.476 ± 0.191","margin":"0.842 ± 0.157","bias":"-2.976 ± 0.306","threshold":"0.398 ± 0.059"}
// Held-out decision accuracy: 0.771 (folds 0.798, 0.818, 0.758, 0.796, 0.684).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.782,
    "sentenceSupport": 1.425,
    "rareTermsCovered": 1.019,
    "rarestTermCovered": -0.407,
    "missingWordRarity": 0.296,
    "unseenTermShare": 0.132,
    "spanFit": 1.462,
    "typedWithoutSpan": -2.059,
    "untypedQuestion": 0.474,
    "margin": 0.845
  },
  "bias": -2.984,
  "threshold": 0.4
};
