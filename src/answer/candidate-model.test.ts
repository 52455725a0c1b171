import { describe, expect, it } from 'vitest';
import { CANDIDATE_FEATURES, candidateScore, DEFAULT_CANDIDATE_MODEL, HAND_SET_CANDIDATE_MODEL, type CandidateFeatures } from './candidate-model.js';

const base: CandidateFeatures = {
  sentenceCoverage: 0.6,
  hasAnswerSpan: 0,
  spanWindowCoverage: 0,
  lengthExcess: 0,
  sentencePosition: 0,
  passageCoverage: 0.6,
  retrievalRank: 0.8,
  aboutSubject: 0,
  yearMatch: 0,
  subjectLeads: 0,
  namesSubjects: 0,
  ownCoverage: 0,
};

describe('candidate model', () => {
  it('weighs every named feature, in the fitted and the hand-set model alike', () => {
    for (const model of [DEFAULT_CANDIDATE_MODEL, HAND_SET_CANDIDATE_MODEL]) {
      expect(Object.keys(model.weights).sort()).toEqual([...CANDIDATE_FEATURES].sort());
      for (const name of CANDIDATE_FEATURES) expect(Number.isFinite(model.weights[name])).toBe(true);
    }
  });

  it('scores a sentence as the weighted sum of its features', () => {
    const weights = Object.fromEntries(CANDIDATE_FEATURES.map((name, i) => [name, i + 1])) as Record<(typeof CANDIDATE_FEATURES)[number], number>;
    const expected = CANDIDATE_FEATURES.reduce((sum, name, i) => sum + (i + 1) * base[name], 0);
    expect(candidateScore(base, { weights })).toBeCloseTo(expected, 10);
  });

  it('as fitted, prefers a sentence holding a span of the asked type with the question around it, and one of the asked year', () => {
    const withSpan = { ...base, hasAnswerSpan: 1, spanWindowCoverage: 0.7 };
    expect(candidateScore(withSpan)).toBeGreaterThan(candidateScore(base));
    expect(candidateScore({ ...base, yearMatch: 1 })).toBeGreaterThan(candidateScore({ ...base, yearMatch: -1 }));
    expect(candidateScore({ ...base, sentenceCoverage: 0.9 })).toBeGreaterThan(candidateScore(base));
  });
});
