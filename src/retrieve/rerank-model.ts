import { FITTED_RERANK_MODEL } from './rerank-weights.js';

/**
 * The re-ranker: a passage's fused retrieval score is multiplied by exp(Σ weight × feature) over
 * named features of the passage against the question — in log space, a linear model. The weights
 * are fitted on the dev set (`npm run fit:rerank`, listwise, k-fold cross-validated) and kept in
 * `rerank-weights.ts`; the hand-set weights the product was built with stay as the baseline a fit
 * must beat. No feature names a document or a phrase.
 */
export const RERANK_FEATURES = [
  /** log(RERANK_COVERAGE_FLOOR + coverage): the rarity-weighted share of the question's words the passage holds. */
  'coverage',
  /** An amount is asked and the passage states a sum of money; or a yes/no checks a sum and the passage states one in its currency. */
  'moneyForAmount',
  /** A count is asked and the passage states a number above one. */
  'numberForCount',
  /** A percentage is asked and the passage states one. */
  'percentForPercent',
  /** A date is asked and the passage states a year or a date word. */
  'dateForDate',
  /** A place is asked and the passage says where something is (位於, located in). */
  'placeForPlace',
  /** The question names a budget year and the passage's document is of that year. */
  'documentOfAskedYear',
  /** The question names a budget year that neither the passage's document nor its text is of. */
  'otherYearUnnamed',
  /** The passage's text names the budget year the question names. */
  'namesAskedYear',
  /** The passage's text names the calendar year the question names. */
  'namesAskedCalendarYear',
  /** The passage is a heading or a cover: it says little. */
  'headingOrCover',
  /** Share of the schemes, bodies and places the question names by a full name (terminology entries, quoted names) that the passage or its heading names: "Hong Kong Science Park" is not the Loop's "Hong Kong Park". */
  'namesQuestionSubjects',
] as const;

export type RerankFeature = (typeof RERANK_FEATURES)[number];
export type RerankFeatures = Record<RerankFeature, number>;

export interface RerankModel {
  weights: Record<RerankFeature, number>;
}

/** Coverage never multiplies a passage by less than this (a passage the sparse search found holds something). */
export const RERANK_COVERAGE_FLOOR = 0.4;

/** The factors the re-ranker was written with (×1.25 for a sum when an amount is asked, ×1.3 for the asked year's document, …), as log weights. */
export const HAND_SET_RERANK_MODEL: RerankModel = {
  weights: {
    coverage: 1,
    moneyForAmount: Math.log(1.25),
    numberForCount: Math.log(1.2),
    percentForPercent: Math.log(1.25),
    dateForDate: Math.log(1.2),
    placeForPlace: Math.log(1.25),
    documentOfAskedYear: Math.log(1.3),
    otherYearUnnamed: Math.log(0.8),
    namesAskedYear: Math.log(1.1),
    namesAskedCalendarYear: Math.log(1.1),
    headingOrCover: Math.log(0.8),
    namesQuestionSubjects: Math.log(1.25),
  },
};

export const DEFAULT_RERANK_MODEL: RerankModel = FITTED_RERANK_MODEL;

/** The factor a passage's fused score is multiplied by. */
export function rerankFactorOf(features: RerankFeatures, model: RerankModel = DEFAULT_RERANK_MODEL): number {
  let logit = 0;
  for (const name of RERANK_FEATURES) logit += model.weights[name] * features[name];
  return Math.exp(logit);
}
