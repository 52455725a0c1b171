import { describe, expect, it } from 'vitest';
import { knownNames, withNamesAsWritten } from './name-variants.js';

const names = knownNames(['Example Industrialisation Development Office', 'Sample Science Park', 'Innovation and Technology Commission', 'Office']);

describe('a name written with one word in another form', () => {
  it('is read as the name the terminology writes: another derivation of one word, or a misspelling that keeps its root', () => {
    expect(withNamesAsWritten('Who heads the Example Industry Development Office?', names)).toBe('Who heads the Example Industrialisation Development Office?');
    expect(withNamesAsWritten('who runs the example industrialisation developement office', names)).toBe('who runs the Example Industrialisation Development Office');
  });

  it('leaves a name written as it is, in the plural, with two words changed, with a word of another root, or too short to tell', () => {
    const unchanged = [
      'Who heads the Example Industrialisation Development Office?',
      'Where are the Sample Science Parks?',
      'Who heads the Example Industry Growth Office?',
      'What does the Innovation and Technology Committee do?',
      'Which office is it?',
    ];
    for (const question of unchanged) expect(withNamesAsWritten(question, names)).toBe(question);
  });
});
