// Written by `npm run fit:confidence` (evals/fit-confidence.ts): fitted on the dev set (493 answers). Do not edit by hand.
// 5-fold cross-validation, mean ± sd of each parameter: {"passageCoverage":"1.188 ± 0.306","sentenceSupport":"1.694 ± 0.215","rareTermsCovered":"1.314 ± 0.207","rarestTermCovered":"-0.518 ± 0.073","missingWordRarity":"0.451 ± 0.120","unseenTermShare":"0.063 ± 0.230","spanFit":"1.393 ± 0.102","typedWithoutSpan":"-1.763 ± 0.303","untypedQuestion":"0.482 ± 0.153","margin":"1.355 ± 0.165","bias":"-3.123 ± 0.139","threshold":"0.436 ± 0.029"}
// Held-out decision accuracy: 0.730 (folds 0.737, 0.687, 0.747, 0.745, 0.735).
import type { ConfidenceModel } from './confidence.js';

export const FITTED_CONFIDENCE_MODEL: ConfidenceModel = {
  "weights": {
    "passageCoverage": 1.184,
    "sentenceSupport": 1.702,
    "rareTermsCovered": 1.318,
    "rarestTermCovered": -0.518,
    "missingWordRarity": 0.455,
    "unseenTermShare": 0.068,
    "spanFit": 1.379,
    "typedWithoutSpan": -1.748,
    "untypedQuestion": 0.481,
    "margin": 1.347
  },
  "bias": -3.125,
  "threshold": 0.43
};
