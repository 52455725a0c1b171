import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../corpus/manifest.js';
import { namedDocuments, premiseQuestion, withoutMentions } from './document-reference.js';

/** A corpus of next year's kinds of document, made here: two slide decks, a fact sheet, an estimates report known only by its title, a press release. */
const entry = (id: string, title: string, date: string, budgetYear: string, format?: DocumentEntry['format']): DocumentEntry => ({
  id,
  file: `${id}.txt`,
  ...(format ? { format } : {}),
  title: { en: title, zh: title },
  publisher: { en: 'Publisher', zh: '出版者' },
  date,
  budgetYear,
  languages: ['zh-Hant'],
});
const DOCUMENTS = [
  entry('slides-2026', '2026-27 Budget: Initiatives', '2026-02-26', '2026-27', 'bilingual-slides'),
  entry('slides-2027', '2027-28 Budget: Initiatives', '2027-02-25', '2027-28', 'bilingual-slides'),
  entry('facts-2027', 'Hong Kong: The Facts — Transport', '2027-01-10', '2026-27'),
  entry('estimates-2027', '2027-28 Estimates, Head 99', '2027-02', '2027-28'),
  entry('release-2028', 'Park corporation press release on the Budget', '2028-02-24', '2028-29'),
];
const ids = (question: string) => namedDocuments(question, DOCUMENTS).map((mention) => mention.documents.map((document) => document.id));

describe('documents a question names by their kind', () => {
  it('resolves each kind by the manifest format or the title, in the order the question names them', () => {
    expect(ids('How did the count change between the fact sheet and the press release?')).toEqual([['facts-2027'], ['release-2028']]);
    expect(ids('「服務數目」預算案簡報比概況多了多少？')).toEqual([['slides-2026', 'slides-2027'], ['facts-2027']]);
    expect(ids('What do the estimates say about Programme 2?')).toEqual([['estimates-2027']]);
    // A press statement is a press release (a statement alone, even with its year, may be a budget speech or a policy statement).
    expect(ids('What did the press statement announce?')).toEqual([['release-2028']]);
    // The budget named with its year is its slides; a budget year is no document.
    expect(ids('What did the 2027-28 Budget say about the park?')).toEqual([['slides-2027']]);
    expect(ids('2026-27年度財政預算案點講？')).toEqual([['slides-2026']]);
    expect(ids('Which items are in budget year 2027-28?')).toEqual([]);
  });

  it('narrows to the year written beside the kind, and drops a year no document of that kind has', () => {
    expect(ids('What did the 2027-28 Budget slides say?')).toEqual([['slides-2027']]);
    expect(ids('the 2027 fact sheet versus the 2028 press release')).toEqual([['facts-2027'], ['release-2028']]);
    expect(namedDocuments('What did the 2027 fact sheet say?', DOCUMENTS)[0]!.written).toBe('2027 fact sheet');
    expect(ids('What will the 2031 press release say?')).toEqual([]);
    // A release or statement named by its year is the press release of that year; an unnamed one is none.
    expect(ids("According to the park's February 2028 release, how many firms?")).toEqual([['release-2028']]);
    expect(ids('In its 2028 statement, how many firms?')).toEqual([]);
    expect(ids('What did the release say?')).toEqual([]);
  });

  it('does not read a kind of figure or a column as a document', () => {
    expect(ids('What are the revised estimates for Programme 2?')).toEqual([]);
    expect(ids('What is the 2027-28 estimate for salaries?')).toEqual([]);
    expect(ids('How much is set aside for the AI institute?')).toEqual([]);
  });

  it('takes the documents out of the question', () => {
    const question = 'The fact sheet said 1,600 firms. How many does the press release give?';
    const mentions = namedDocuments(question, DOCUMENTS);
    expect(withoutMentions(question, mentions)).toBe('The said 1,600 firms. How many does the give?');
  });
});

describe('premise questions: a premise names one document, the asking sentence another', () => {
  const premise = (question: string) => premiseQuestion(question, namedDocuments(question, DOCUMENTS));

  it('is asked of the documents the asking sentence names, without the names and without the premise figures', () => {
    const found = premise('The 2027 fact sheet said the park hosts over 1,600 firms. How many does the 2028 press release say it has?');
    expect(found?.documents.map((document) => document.id)).toEqual(['release-2028']);
    expect(found?.asked).toBe('The said the park hosts over firms. How many does the say it has?');
    expect(premise('概況話有逾 1,600 間公司。新聞稿又話有幾多間？')?.documents.map((document) => document.id)).toEqual(['release-2028']);
  });

  it('is no premise question with one sentence, when only one sentence names a document, or when both name the same one', () => {
    expect(premise('How many firms does the press release say the park hosts, against the fact sheet?')).toBeUndefined();
    expect(premise('The park grew fast. How many firms does the press release say it hosts?')).toBeUndefined();
    expect(premise('The press release mentions firms. How many does the press release count?')).toBeUndefined();
  });

  it('in one sentence, a stating clause is the premise and the asking clause after it names the documents asked', () => {
    const found = premise('2026-27年度預算案已提出平台，到2027-28年度預算案時，推出時間表為何？');
    expect(found?.documents.map((document) => document.id)).toEqual(['slides-2027']);
    expect(premise('The 2026-27 Budget announced the platform, but when does the 2027-28 Budget say it launches?')?.documents.map((document) => document.id)).toEqual(['slides-2027']);
  });

  it('does not split a sentence at a decimal point', () => {
    expect(premise('The fact sheet gives HK$1.5 billion for the press release budget?')).toBeUndefined();
  });
});
