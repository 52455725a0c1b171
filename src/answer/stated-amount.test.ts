import { describe, expect, it } from 'vitest';
import { statedAmount } from './stated-amount.js';

describe('statedAmount: the sum a question compares a figure with', () => {
  it('reads figures and amounts in English words', () => {
    expect(statedAmount('Will it get more than $24,000,000?')).toBe(24_000_000);
    expect(statedAmount('Is it above a quarter of a billion dollars?')).toBe(250_000_000);
    expect(statedAmount('more than half a billion')).toBe(500_000_000);
    expect(statedAmount('over three quarters of a million')).toBe(750_000);
    expect(statedAmount('below two hundred million dollars')).toBe(200_000_000);
    expect(statedAmount('more than HK$200m')).toBe(200_000_000);
  });

  it('reads Chinese numerals and 億/萬 amounts', () => {
    expect(statedAmount('係咪多過兩億？')).toBe(200_000_000);
    expect(statedAmount('有冇超過二億五千萬元')).toBe(250_000_000);
    expect(statedAmount('是否超過2億5千萬')).toBe(250_000_000);
    expect(statedAmount('係咪多過3千萬？')).toBe(30_000_000);
    expect(statedAmount('有冇超過2,500萬元')).toBe(25_000_000);
    expect(statedAmount('是否少于1.5亿')).toBe(150_000_000);
  });

  it('finds none where a question states no sum', () => {
    expect(statedAmount('How much is the estimate for Programme (2)?')).toBeUndefined();
    expect(statedAmount('預算是多少億元？')).toBeUndefined();
  });
});
