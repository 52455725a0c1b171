import { describe, expect, it } from 'vitest';
import { boundOf } from './bounds.js';
import { extractQuantities } from './quantities.js';

/** The bound on the first figure of a text, read as the retriever and the answerer read it. */
const boundOfFirst = (text: string) => {
  const normalised = text.normalize('NFKC');
  return boundOf(normalised, extractQuantities(normalised)[0]!);
};

describe('boundOf', () => {
  it('reads the bound words before and after a figure, in both languages', () => {
    expect(boundOfFirst('Is it more than HK$5 billion?')).toBe('more');
    expect(boundOfFirst('Is it bigger than the HK$3.7bn earmarked?')).toBe('more');
    expect(boundOfFirst('係咪超過50億？')).toBe('more');
    expect(boundOfFirst('是否少於10個？')).toBe('less');
    // Not enough to reach it (唔夠, 不夠, 未夠) is less than it.
    expect(boundOfFirst('每間公司最多資助係咪唔夠30萬？')).toBe('less');
    expect(boundOfFirst('是否不夠100間？')).toBe('less');
    expect(boundOfFirst('係咪有50萬以上？')).toBe('more');
    expect(boundOfFirst('at most $2 million')).toBe('at-most');
    // "不少於" holds "少於": the negated bound is read.
    expect(boundOfFirst('投資不少於2億元')).toBe('at-least');
  });

  it('reads colloquial 過 / 过 (passed) as a bound, not 經過 or 通過', () => {
    expect(boundOfFirst('智方便用户过300万了吗')).toBe('more');
    expect(boundOfFirst('初創企業係咪已經過咗五千間')).toBe('more');
    expect(boundOfFirst('經過3年')).toBeUndefined();
    expect(boundOfFirst('通過50項')).toBeUndefined();
    // 透過, 不過, and 過 after a verb (it has happened): no bound.
    expect(boundOfFirst('政府是否透過50億元基金支持？')).toBeUndefined();
    expect(boundOfFirst('有冇撥過50億')).toBeUndefined();
    expect(boundOfFirst('不過30億元')).toBeUndefined();
  });

  it('finds no bound where none is written', () => {
    expect(boundOfFirst('How much is the HK$5 billion fund for?')).toBeUndefined();
    expect(boundOfFirst('Who answers for spending under Head 135?')).toBeUndefined();
    // An English bound word starts a word: "cover", "recover", "thunder" bound nothing.
    expect(boundOfFirst('Does the scheme cover 14 tech areas?')).toBeUndefined();
    expect(boundOfFirst('Did it recover 20 sites?')).toBeUndefined();
    expect(boundOfFirst('Does it cover over 14 areas?')).toBe('more');
  });
});
