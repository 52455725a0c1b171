import { describe, expect, it } from 'vitest';
import { relativeClauseStart } from './extractive-answer.js';

describe('relativeClauseStart', () => {
  it('finds the relative clause that says which subject a "what is X" question means', () => {
    const question = 'What exactly is the CDI that helps SMEs get bank loans?';
    expect(relativeClauseStart(question)).toBe(question.indexOf(' that '));
    expect(relativeClauseStart('What is the office which runs the scheme?')).toBe('What is the office'.length);
  });

  it('reads "that" after a noun of claim or a cleft "it" as a content clause, not a relative one', () => {
    expect(relativeClauseStart('What is the evidence that the scheme works?')).toBeUndefined();
    expect(relativeClauseStart('What is the fact that matters most?')).toBeUndefined();
    expect(relativeClauseStart('What is it that the office does?')).toBeUndefined();
  });
});
