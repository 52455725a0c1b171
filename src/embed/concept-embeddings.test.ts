import { describe, expect, it } from 'vitest';
import { TextAnalyzer } from '../text/analyze.js';
import { SearchText } from '../text/search-text.js';
import { ConceptEmbeddings, fitConceptModel, fitConceptModelKeepingFeatures } from './concept-embeddings.js';

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
});
