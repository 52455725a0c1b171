import { describe, expect, it } from 'vitest';
import { qualifierOf, withQualifier } from './qualifier.js';

function qualifierAround(text: string, figure: string) {
  const start = text.indexOf(figure);
  return qualifierOf(text, start, start + figure.length);
}

describe('qualifiers of figures', () => {
  it.each([
    ['公司數目由近4,700間增加', '4,700', 'nearly'],
    ['served over 3.2 million people', '3.2 million', 'over'],
    ['逾 1,000 間初創企業', '1,000', 'over'],
    ['資助上限為 50 萬元', '50 萬元', 'up-to'],
    ['約20公頃的土地', '20', 'about'],
    ['吸引 300 多間企業', '300', 'over'],
    ['at least five projects', 'five', 'at-least'],
    ['年薪值不能超過 52,021,000 元', '52,021,000', 'up-to'],
    ['投資不少於2億元的企業', '2億元', 'at-least'],
    ['spending of no more than $16 million', '$16 million', 'up-to'],
  ])('%s: %s is %s', (text, figure, meaning) => {
    expect(qualifierAround(text, figure)?.meaning).toBe(meaning);
  });

  it('a bare figure has none, and neither does a word that only ends in a hedge character', () => {
    expect(qualifierAround('預留10億元設立研發院', '10億元')).toBeUndefined();
    expect(qualifierAround('通過3個計劃', '3')).toBeUndefined();
  });

  it('keeps the source words in the same language and renders the meaning across languages', () => {
    const nearly = qualifierAround('由近4,700間增加', '4,700');
    expect(withQualifier('4,700', nearly, false, false)).toBe('近4,700');
    expect(withQualifier('4,700', nearly, true, false)).toBe('nearly 4,700');
    const over = qualifierAround('over 3.2 million people', '3.2 million');
    expect(withQualifier('3.2 million', over, true, true)).toBe('over 3.2 million');
    expect(withQualifier('320萬', over, false, true)).toBe('逾320萬');
  });
});
