import { describe, expect, it } from 'vitest';
import { loadIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { englishTerms } from './analyze.js';
import { foldForMatch } from './normalise.js';
import { phrasesStartingWithWordsOf, phrasesWithin } from './phrase-finder.js';

describe('phrase finder', () => {
  const entries = [{ phrase: '數碼港' }, { phrase: '港' }, { phrase: '' }, { phrase: '科學園' }, { phrase: '數碼' }, { phrase: '𠀀𠀁' }];

  it('finds the phrases a text holds, in the entries’ order, as includes would', () => {
    for (const text of ['數碼港與科學園', '科學園', '', '港', '一𠀀𠀁二', '數', '科學']) {
      expect(phrasesWithin(entries, text)).toEqual(entries.filter((entry) => text.includes(entry.phrase)));
    }
  });

  it('offers every phrase that starts with a word of the sequence, and every phrase without a first word', () => {
    const english = [{ phrase: 'ai institut' }, { phrase: 'institut' }, { phrase: ' odd' }, { phrase: 'smart traffic fund' }, { phrase: 'ai' }];
    expect(phrasesStartingWithWordsOf(english, ' the ai research institut ').map((entry) => entry.phrase)).toEqual(['ai institut', 'institut', ' odd', 'ai']);
    expect(phrasesStartingWithWordsOf(english, ' ').map((entry) => entry.phrase)).toEqual([' odd']);
  });

  it('finds the same terminology phrases as testing each one, on every passage of the index', async () => {
    // An index built by the test from the corpus, so that a fresh clone (no index built yet) runs it too.
    const { settings } = await builtTempIndex();
    const index = await loadIndex(settings);
    const { zhPhrases, enPhrases } = index.searchText.data.lexicon;
    let hits = 0;
    for (const chunk of index.chunks) {
      for (const { text } of chunk.texts) {
        const folded = foldForMatch(text).replace(/\s+/g, '');
        const expected = zhPhrases.filter((entry) => folded.includes(entry.phrase));
        expect(phrasesWithin(zhPhrases, folded)).toEqual(expected);
        hits += expected.length;
        const sequence = ` ${englishTerms(foldForMatch(text).replace(/[\u3400-\u4dbf\u4e00-\u9fff]+/g, ' ')).join(' ')} `;
        const between = enPhrases.filter((entry) => sequence.includes(` ${entry.phrase} `));
        expect(phrasesStartingWithWordsOf(enPhrases, sequence).filter((entry) => sequence.includes(` ${entry.phrase} `))).toEqual(between);
        hits += between.length;
      }
    }
    expect(hits).toBeGreaterThan(100);
  });
});
