import { describe, expect, it } from 'vitest';
import { TextAnalyzer } from '../text/analyze.js';
import { SearchText } from '../text/search-text.js';
import { foldForMatch } from '../text/normalise.js';
import { ConceptEmbeddings, conceptFeatures, fitConceptModel, fitConceptModelKeepingFeatures } from './concept-embeddings.js';

describe('concept embedder fitted with its features kept', () => {
  const searchText = new SearchText({ userWords: [], lexicon: { zhPhrases: [], enPhrases: [], zhWords: {}, enWords: {} } } as never, new TextAnalyzer());
  const texts = [
    'The Government has earmarked HK$1 billion for the AI R&D Institute.',
    '政府預留10億元成立人工智能研發院。',
    'Cyberport will expand its AI Supercomputing Centre; Cyberport 數碼港 2025-26.',
    '',
  ];

  it('gives the model fitConceptModel gives, and each fitted text the vector embedText gives, to the bit', () => {
    const { model, vectorOf } = fitConceptModelKeepingFeatures(searchText, texts, 64);
    expect(model).toEqual(fitConceptModel(searchText, texts, 64));
    const embeddings = new ConceptEmbeddings(searchText, model);
    texts.forEach((text, position) => expect(vectorOf(position)).toEqual(embeddings.embedText(text)));
    expect(vectorOf(0).some((value) => value !== 0)).toBe(true);
  });

  it('gives unit-length vectors, and a text with no features the zero vector', () => {
    const { vectorOf } = fitConceptModelKeepingFeatures(searchText, texts, 64);
    for (const position of [0, 1, 2]) expect(vectorOf(position).reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 12);
    expect(vectorOf(3).every((value) => value === 0)).toBe(true);
  });

  it('counts every three characters in a row of each folded word, a character beyond the Basic Multilingual Plane as one', () => {
    const text = 'Data data DATA, AB 𠀀𠀁𠀂𠀃 數碼港數碼港 x-ray';
    const grams = new Map(conceptFeatures(searchText, text).filter(({ term }) => term.startsWith('#')).map(({ term, weight }) => [term, weight]));
    // The definition, spelt out: each word's code points, every window of three.
    const expected = new Map<string, number>();
    for (const word of foldForMatch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ')) {
      const chars = Array.from(word);
      for (let index = 0; index + 3 <= chars.length; index++) {
        const gram = `#${chars.slice(index, index + 3).join('')}`;
        expected.set(gram, (expected.get(gram) ?? 0) + 0.1);
      }
    }
    expect(grams).toEqual(expected);
    expect(grams.get('#dat')).toBeCloseTo(0.3, 12);
    expect(grams.has('#𠀀𠀁𠀂')).toBe(true);
    expect([...grams.keys()].some((gram) => gram.startsWith('#ab'))).toBe(false);
  });
});
