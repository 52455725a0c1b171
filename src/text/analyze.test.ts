import { describe, expect, it } from 'vitest';
import { withoutFunctionCharacters } from './analyze.js';

describe('Chinese words the segmenter glued to a function character', () => {
  it('keeps the content characters of a word with a function character (地有 → 地, 那幅 → 幅)', () => {
    expect(withoutFunctionCharacters('地有')).toBe('地');
    expect(withoutFunctionCharacters('那幅')).toBe('幅');
  });

  it('gives nothing left of a word made of function characters only, and leaves other words alone', () => {
    expect(withoutFunctionCharacters('一个')).toBe('');
    expect(withoutFunctionCharacters('医院')).toBeUndefined();
    expect(withoutFunctionCharacters('地')).toBeUndefined();
    expect(withoutFunctionCharacters('AI')).toBeUndefined();
  });
});
