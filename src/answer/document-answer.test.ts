import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../corpus/manifest.js';
import { asksDocumentDate, documentNamed, namesAnotherPublication } from './document-answer.js';

const entry = (id: string, en: string, zh: string, budgetYear: string, date: string) =>
  ({ id, file: `${id}.txt`, title: { en, zh }, publisher: { en: 'Bureau', zh: '局' }, date, budgetYear, languages: ['en'] }) as unknown as DocumentEntry;

const documents = [
  entry('slides-26', '2026-27 Budget: Major initiatives under ITIB', '2026-27年度財政預算案 創新科技及工業局相關重點措施', '2026-27', '2026-02-26'),
  entry('slides-25', '2025-26 Budget: Major initiatives under ITIB', '2025-26年度財政預算案 創新科技及工業局相關重點措施', '2025-26', '2025-02-27'),
  entry('facts', 'Hong Kong: The Facts — Drones', '香港便覽 無人機', '2025-26', '2025-05'),
];

describe('a question asking a document\'s date', () => {
  it('asks when it was dated, published or updated', () => {
    expect(asksDocumentDate('What date is on the 2026-27 ITIB budget slides?')).toBe(true);
    expect(asksDocumentDate('《香港便覽 無人機》是何時更新的？')).toBe(true);
  });

  it('is not one that dates an event its words name, or one to come', () => {
    expect(asksDocumentDate('On what date will the Drone Facts Scheme open for applications?')).toBe(false);
    expect(asksDocumentDate('無人機便覽計劃的申請日期是？')).toBe(false);
  });
});

describe('a question naming a document by its title', () => {
  it('finds the document by its English title words and the budget year it names, or its Chinese title written out', () => {
    expect(documentNamed('What date is on the 2026-27 ITIB budget slides?', documents)?.id).toBe('slides-26');
    expect(documentNamed('When were the 2025-26 major initiatives published?', documents)?.id).toBe('slides-25');
    expect(documentNamed('《香港便覽 無人機》是何時更新的？', documents)?.id).toBe('facts');
  });

  it('names none when two titles fit as well or none fits', () => {
    expect(documentNamed('When were the ITIB major initiatives published?', documents)).toBeUndefined();
    expect(documentNamed('When was the drone programme launched?', documents)).toBeUndefined();
  });

  it('knows a publication the question names that is not the document sharing its words ("the Drone Development Blueprint")', () => {
    const facts = documents[2]!;
    expect(namesAnotherPublication('When was the Hong Kong Drone Development Blueprint published?', facts)).toBe(true);
    expect(namesAnotherPublication('《無人機發展藍圖》是何時發表的？', facts)).toBe(true);
    // The document's own title, quoted or in words, is no other publication.
    expect(namesAnotherPublication('《香港便覽 無人機》是何時更新的？', facts)).toBe(false);
    expect(namesAnotherPublication('When was the drones fact sheet updated?', facts)).toBe(false);
    // A word any title may take ("Report") names no other publication.
    expect(namesAnotherPublication('When was The Facts on Drones Report published?', facts)).toBe(false);
  });
});
