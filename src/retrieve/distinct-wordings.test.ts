import { describe, expect, it } from 'vitest';
import { firstDistinctWordings } from './hybrid-retriever.js';

describe('first distinct wordings', () => {
  it('editions of a passage already in come along without taking a place; at most 2k passages', () => {
    // positions 0 and 1 are one wording (an edition and its copy), as are 2 and 3.
    const wordingOf = (position: number) => [7, 7, 8, 8, 9, 10][position]!;
    const ranked = [0, 1, 2, 3, 4, 5].map((position) => ({ position }));
    expect(firstDistinctWordings(ranked, 3, wordingOf).map((p) => p.position)).toEqual([0, 1, 2, 3, 4]);
    expect(firstDistinctWordings(ranked, 1, wordingOf).map((p) => p.position)).toEqual([0, 1]);
    expect(firstDistinctWordings(ranked.map(({ position }) => ({ position: position === 1 ? 0 : position })), 2, () => 1)).toHaveLength(4);
  });
});
