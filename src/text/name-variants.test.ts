import { describe, expect, it } from 'vitest';
import { knownNames, MIN_VARIANT_NAME_WORDS, SHARED_ROOT_LETTERS, withNamesAsWritten, type KnownName } from './name-variants.js';

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

/** The rule spelt out word by word, as first written: the fast form must give the same question back. */
function withNamesAsWrittenSpeltOut(question: string, names: readonly KnownName[]): string {
  const written = [...question.matchAll(/[A-Za-z][A-Za-z&'’-]*/g)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
  if (written.length < MIN_VARIANT_NAME_WORDS) return question;
  const same = (a: string, b: string) => [a, `${a}s`, `${a}es`].includes(b) || [`${b}s`, `${b}es`].includes(a);
  const replacements: Array<{ start: number; end: number; name: string }> = [];
  for (const { name, words } of names) {
    if (question.toLowerCase().includes(name.toLowerCase())) continue;
    for (let at = 0; at + words.length <= written.length; at++) {
      const window = written.slice(at, at + words.length);
      let differing = 0;
      const fits = window.every((word, i) => {
        const [a, b] = [word.text.toLowerCase(), words[i]!.toLowerCase()];
        if (same(a, b)) return true;
        differing++;
        return !['of', 'and', 'the', 'for', '&'].includes(b) && a.length >= SHARED_ROOT_LETTERS && b.length >= SHARED_ROOT_LETTERS && a.slice(0, SHARED_ROOT_LETTERS) === b.slice(0, SHARED_ROOT_LETTERS);
      });
      const [start, end] = [window[0]!.start, window.at(-1)!.end];
      if (fits && differing === 1 && !replacements.some((other) => other.start < end && start < other.end)) replacements.push({ start, end, name });
    }
  }
  let out = '';
  let from = 0;
  for (const replacement of replacements.sort((a, b) => a.start - b.start)) {
    out += question.slice(from, replacement.start) + replacement.name;
    from = replacement.end;
  }
  return out + question.slice(from);
}

describe('withNamesAsWritten', () => {
  it('gives what the rule spelt out word by word gives, on questions made from the names with words changed, pluralised, cut or misspelt', () => {
    const pool = ['Example Industrialisation Development Office', 'Sample Science Park', 'Innovation and Technology Commission', 'Office of the Sample Fund', 'Parks and Offices Example Council', 'Sample Science Boxes Unit'];
    const known = knownNames(pool);
    const forms = (word: string) => [word, word.toLowerCase(), `${word}s`, `${word}es`, word.replace(/e?s$/, ''), `${word.slice(0, SHARED_ROOT_LETTERS)}xyz`, word.toUpperCase(), 'and', 'of'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let replaced = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const words = pool[next(pool.length)]!.split(' ');
      const question = ['Who', 'runs', 'the', ...words.map((word) => forms(word)[next(3) === 0 ? next(9) : 0]!), ...(next(2) ? ['and', ...pool[next(pool.length)]!.split(' ')] : []), '?'].join(' ');
      const fast = withNamesAsWritten(question, known);
      expect(fast).toBe(withNamesAsWrittenSpeltOut(question, known));
      if (fast !== question) replaced++;
    }
    // Both sides of the rule are reached.
    expect(replaced).toBeGreaterThan(100);
    expect(replaced).toBeLessThan(2900);
  });
});
