import { describe, expect, it } from 'vitest';
import { Memo } from './memo.js';

describe('Memo', () => {
  it('computes a value once and gives it back while it is kept', () => {
    const memo = new Memo<string>(8);
    let computed = 0;
    const compute = () => `value ${++computed}`;
    expect(memo.get('a', compute)).toBe('value 1');
    expect(memo.get('a', compute)).toBe('value 1');
    expect(computed).toBe(1);
  });

  it('lets the least recently used entry go first when full', () => {
    const memo = new Memo<number>(2);
    memo.get('a', () => 1);
    memo.get('b', () => 2);
    memo.get('a', () => -1); // a used again: b is now the oldest
    memo.get('c', () => 3);
    expect(memo.size).toBe(2);
    expect(memo.get('a', () => -1)).toBe(1);
    expect(memo.get('b', () => 20)).toBe(20);
  });

  it('keeps an entry used again and again while many others come and go', () => {
    const memo = new Memo<number>(100);
    memo.get('hot', () => 1);
    for (let index = 0; index < 10_000; index++) {
      memo.get(`cold ${index}`, () => index);
      expect(memo.get('hot', () => -1)).toBe(1);
    }
    expect(memo.size).toBe(100);
  });

  it('is bounded in bytes as well as entries', () => {
    const memo = new Memo<string>({ maxEntries: 1_000, maxBytes: 20_000 });
    for (let index = 0; index < 1_000; index++) memo.get(`key ${index}`, () => 'x'.repeat(500));
    expect(memo.bytes).toBeLessThanOrEqual(20_000);
    expect(memo.size).toBeLessThan(1_000);
  });
});
