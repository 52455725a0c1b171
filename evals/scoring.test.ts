import { describe, expect, it } from 'vitest';
import { answerMatches, containsEvidence, firstRelevantRank, median } from './scoring.js';
import { parseEvalSet } from './eval-set.js';

describe('answerMatches', () => {
  it('matches a figure in any notation', () => {
    expect(answerMatches('10億元 [1]。根據…', ['HK$1 billion'])).toBe(true);
    expect(answerMatches('HK$1 billion (10億元) [1]', ['10亿元'])).toBe(true);
    expect(answerMatches('HK$3 billion [1]', ['HK$1 billion'])).toBe(false);
  });
  it('matches words folded across scripts and spacing', () => {
    expect(answerMatches('「智方便」平台…', ['智方便'])).toBe(true);
    expect(answerMatches('智方便', ['智 方 便'])).toBe(true);
    expect(answerMatches('nothing here', ['Cyberport'])).toBe(false);
  });
});

describe('containsEvidence', () => {
  it('finds evidence across Traditional/Simplified and spaces', () => {
    expect(containsEvidence('預留10億元設立香港人工智能研發院', ['预留10亿元设立'])).toBe(true);
    expect(containsEvidence('預留10億元', ['37億元'])).toBe(false);
  });
  it('holds a table row cell by cell, with its note marks dropped and the signs of printed changes kept', () => {
    const passage = '合計：2024-25 (修訂)：233.6百萬元¶ (-14.7%)；2025-26 (預算)：269.7百萬元 (+15.5%)';
    expect(containsEvidence(passage, ['\t233.6¶\t269.7'])).toBe(true);
    expect(containsEvidence(passage, ['(-14.7%)\t(+15.5%)'])).toBe(true);
    expect(containsEvidence(passage, ['(+14.7%)\t(+15.5%)'])).toBe(false);
  });
  it('reads evidence copied with its source\'s bold marks as the words they mark', () => {
    expect(containsEvidence('已預留37億元加快完成園區', ['已預留**37億元**加快'])).toBe(true);
    expect(containsEvidence('已預留37億元加快完成園區', ['已預留**38億元**加快'])).toBe(false);
  });
});

describe('ranks and medians', () => {
  it('computes them', () => {
    expect(firstRelevantRank([false, true, true])).toBe(2);
    expect(firstRelevantRank([false])).toBeUndefined();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('the eval set', () => {
  it('rejects a malformed line with its number', () => {
    expect(() => parseEvalSet('{"id":"a","question":"q","answerable":true,"gold":{"docIds":[],"evidence":[]},"answers":[],"tags":[]}', 'x.jsonl')).toThrow(/x\.jsonl:1: .*needs gold/);
  });
});
