import { describe, expect, it } from 'vitest';
import { programmeNumbers } from './programme-numbers.js';

describe('programme numbers', () => {
  it('reads the programmes a text names by number, in either language, once each', () => {
    expect(programmeNumbers('What is the aim of Programme (2)?')).toEqual(['2']);
    expect(programmeNumbers('綱領(1)同纲领（2）邊個多？綱領(1)')).toEqual(['1', '2']);
    expect(programmeNumbers('programme 3 and prog. 4')).toEqual(['3', '4']);
    // A year or a figure after the word is no programme number.
    expect(programmeNumbers('the programme 2025-26 estimate')).toEqual([]);
    expect(programmeNumbers('How much is the AI programme?')).toEqual([]);
  });
});
