import { FITTED_CANDIDATE_MODEL } from './candidate-weights.js';

/**
 * Which sentence of the leading passages answers the question: every sentence of the first
 * passages is a candidate, described by named features, and scored by a linear model whose weights
 * are fitted on the dev set (`npm run fit:candidates`, k-fold cross-validated, written to
 * `candidate-weights.ts`). The highest score answers; the gap to the next passage's best feeds the
 * confidence. No feature names a document or a phrase: each says how a sentence meets a question,
 * for any document.
 */
export const CANDIDATE_FEATURES = [
  /** Rarity-weighted share of the question's words the sentence holds with its heading, lead-in and subject (translations count less than the asker's own words). */
  'sentenceCoverage',
  /** 1 when the sentence holds a span of the asked type (a figure, a count, a date, a name, a purpose clause). */
  'hasAnswerSpan',
  /** How much of the question stands around that span (0 without one). */
  'spanWindowCoverage',
  /** log2 of the sentence's length past 60 characters (hand-set as a penalty — long sentences hold a question's words by chance —; the fit finds a small bonus). */
  'lengthExcess',
  /** The sentence's position in its passage (0 for the first). */
  'sentencePosition',
  /** The passage's coverage of the question, as retrieval scored it. */
  'passageCoverage',
  /** 1 for the passage retrieval ranked first, falling linearly to 0 past the last candidate passage. */
  'retrievalRank',
  /** For "what is X / what is X for": the passage's heading or subject names X. */
  'aboutSubject',
  /** The question names a year: +1 when the passage's document is of that budget year or the sentence names the year, −1 when neither. */
  'yearMatch',
  /** For "what is X / what is X for / what does X do": share of the question's rarer words in the sentence's opening — a sentence that starts from X says what X is ("X is …", 「X」為…). 0 for other questions. */
  'subjectLeads',
  /** Rarity-weighted share of the question's words in the sentence's own words, without its heading, lead-in or the passage's first sentence: of two sentences under one heading, the one that itself says what was asked. */
  'ownCoverage',
  /** Share of the names the question asks about (terminology names, quoted names) that the sentence with its heading and lead-in names, in either language; 0 when the question names none. */
  'namesSubjects',
] as const;

export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];
export type CandidateFeatures = Record<CandidateFeature, number>;

export interface CandidateModel {
  weights: Record<CandidateFeature, number>;
}

/**
 * The weights the answerer was built with before they were fitted, kept as the baseline the fit
 * must beat under cross-validation.
 */
export const HAND_SET_CANDIDATE_MODEL: CandidateModel = {
  weights: {
    sentenceCoverage: 1,
    hasAnswerSpan: 0.3,
    spanWindowCoverage: 0.5,
    lengthExcess: -0.1,
    sentencePosition: -0.001,
    passageCoverage: 0.5,
    retrievalRank: 0.25,
    aboutSubject: 0.2,
    yearMatch: 0,
    subjectLeads: 0,
    namesSubjects: 0,
    ownCoverage: 0,
  },
};

export const DEFAULT_CANDIDATE_MODEL: CandidateModel = FITTED_CANDIDATE_MODEL;

export function candidateScore(features: CandidateFeatures, model: CandidateModel = DEFAULT_CANDIDATE_MODEL): number {
  let score = 0;
  for (const name of CANDIDATE_FEATURES) score += model.weights[name] * features[name];
  return score;
}

export function candidateVector(features: CandidateFeatures): number[] {
  return CANDIDATE_FEATURES.map((name) => features[name]);
}
