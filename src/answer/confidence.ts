import { FITTED_CONFIDENCE_MODEL } from './confidence-weights.js';

/**
 * One abstention decision: a logistic model over named features of the best answer the extractive
 * answerer found, fitted on the dev set (`npm run fit:confidence`, k-fold cross-validated) and kept
 * in `confidence-weights.ts`. An answer is given when its confidence reaches the fitted threshold;
 * otherwise it is withheld with a reason code. No feature names a document or a phrase: each
 * describes how well the evidence meets the question, so it holds for documents not yet written.
 */

export const CONFIDENCE_FEATURES = [
  /** Rarity-weighted share of the question's words (or their translations) in the leading passage. */
  'passageCoverage',
  /** The same share in the answering sentence with its heading and lead-in. */
  'sentenceSupport',
  /** Share of the question's rarer half of words in the answering sentence with its heading and lead-in: the words that name the subject. */
  'rareTermsCovered',
  /** 1 when the question's single rarest word (or a translation) is in the answering sentence with its heading and lead-in. */
  'rarestTermCovered',
  /** How rare the rarest question word the answering sentence lacks is, against the question's rarest word. */
  'missingWordRarity',
  /** Share of the question's word weight found in no passage at all, in any language. */
  'unseenTermShare',
  /** For a question that asks for a figure or date: how much of the question stands around the span that answers it. */
  'spanFit',
  /** The question asks for a figure, count, percentage or date and the answering sentence has none. */
  'typedWithoutSpan',
  /** The question asks for something other than a figure or date (what, who, where, which, why, yes/no). */
  'untypedQuestion',
  /** How far the best answer leads the next-best passage's answer. */
  'margin',
  /** The question names a budget or calendar year and the answering passage is of another year and does not name it: a figure for another year. */
  'askedYearUnmet',
  /** Share of the schemes, bodies or places the question names (terminology entries, names in quotes) that the answering sentence with its heading does not name: a figure for a sibling scheme. */
  'subjectsUnnamed',
  /** For a "how many" question that names what it counts: the share of those words (or their translations) missing after the answering count ("How many researchers?" against 「兩條試驗線」): a count of other things. */
  'countedThingUnnamed',
] as const;

export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];
export type ConfidenceFeatures = Record<ConfidenceFeature, number>;

export interface ConfidenceModel {
  /** Weight per feature (a feature the model was fitted without weighs 0); with `bias`, the log-odds that the answer is correct. */
  weights: Partial<Record<ConfidenceFeature, number>>;
  bias: number;
  /** Answers whose confidence is below this are withheld. */
  threshold: number;
}

export const DEFAULT_CONFIDENCE_MODEL: ConfidenceModel = FITTED_CONFIDENCE_MODEL;

/** The features as a vector in CONFIDENCE_FEATURES order (for fitting). */
export function featureVector(features: ConfidenceFeatures): number[] {
  return CONFIDENCE_FEATURES.map((name) => features[name]);
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** Probability (0–1) that the answer with these features states what was asked. */
export function confidenceOf(features: ConfidenceFeatures, model: ConfidenceModel = DEFAULT_CONFIDENCE_MODEL): number {
  let logit = model.bias;
  for (const name of CONFIDENCE_FEATURES) logit += (model.weights[name] ?? 0) * features[name];
  return Math.round(sigmoid(logit) * 1000) / 1000;
}
