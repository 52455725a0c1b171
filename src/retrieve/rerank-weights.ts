// Written by `npm run fit:rerank` (evals/fit-rerank.ts). Until the first fit: the hand-set weights.
import type { RerankModel } from './rerank-model.js';

export const FITTED_RERANK_MODEL: RerankModel = {
  weights: {
    coverage: 1,
    moneyForAmount: 0.22314355131420976,
    numberForCount: 0.1823215567939546,
    percentForPercent: 0.22314355131420976,
    dateForDate: 0.1823215567939546,
    placeForPlace: 0.22314355131420976,
    documentOfAskedYear: 0.26236426446749106,
    otherYearUnnamed: -0.2231435513142097,
    namesAskedYear: 0.09531017980432493,
    namesAskedCalendarYear: 0.09531017980432493,
    headingOrCover: -0.2231435513142097,
    namesQuestionSubjects: 0.22314355131420976,
  },
};
