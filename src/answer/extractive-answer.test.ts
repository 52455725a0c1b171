import { describe, expect, it } from 'vitest';
import { bandSpans, newestEditionFirst, relativeClauseStart } from './extractive-answer.js';

describe('relativeClauseStart', () => {
  it('finds the relative clause that says which subject a "what is X" question means', () => {
    const question = 'What exactly is the CDI that helps SMEs get bank loans?';
    expect(relativeClauseStart(question)).toBe(question.indexOf(' that '));
    expect(relativeClauseStart('What is the office which runs the scheme?')).toBe('What is the office'.length);
  });

  it('reads "that" after a noun of claim or a cleft "it" as a content clause, not a relative one', () => {
    expect(relativeClauseStart('What is the evidence that the scheme works?')).toBeUndefined();
    expect(relativeClauseStart('What is the fact that matters most?')).toBeUndefined();
    expect(relativeClauseStart('What is it that the office does?')).toBeUndefined();
  });
});

describe('newestEditionFirst', () => {
  // A candidate: its passage's wording group, document and date, the year and span features of its best sentence, its score.
  const candidate = (name: string, wording: number | undefined, docId: string, date: string, total: number, yearMatch = 0, hasAnswerSpan = 1) => ({
    name,
    passage: { wording, chunk: { docId }, document: { date } },
    best: { features: { yearMatch, hasAnswerSpan } },
    total,
  });
  const names = (ordered: Array<{ name: string }>) => ordered.map(({ name }) => name);

  it("puts a paragraph's latest edition where its best-scored edition stood, the rest of the order unchanged", () => {
    const ordered = [candidate('2023 edition', 1, 'budget-2023', '2023-02-22', 10.2), candidate('other', 2, 'facts', '2025-02-25', 9), candidate('2025 edition', 1, 'budget-2025', '2025-02-26', 10.1), candidate('own', undefined, 'facts', '2025-02-25', 8)];
    expect(names(newestEditionFirst(ordered))).toEqual(['2025 edition', 'other', '2023 edition', 'own']);
  });

  it('puts the edition of a year the question asks first, then one that holds an answer of the kind asked', () => {
    const asked = [candidate('2025 edition', 1, 'budget-2025', '2025-02-26', 10.2, -1), candidate('2023 edition', 1, 'budget-2023', '2023-02-22', 9.1, 1)];
    expect(names(newestEditionFirst(asked))).toEqual(['2023 edition', '2025 edition']);
    const spanless = [candidate('2025 edition', 1, 'budget-2025', '2025-02-26', 10.2, 0, 0), candidate('2023 edition', 1, 'budget-2023', '2023-02-22', 9.1, 0, 1)];
    expect(names(newestEditionFirst(spanless))).toEqual(['2023 edition', '2025 edition']);
  });

  it("leaves rows of one document that differ only in figures in the order given", () => {
    const rows = [candidate('row a', 3, 'estimates', '2025-02', 5), candidate('row b', 3, 'estimates', '2025-02', 6)];
    expect(names(newestEditionFirst(rows))).toEqual(['row a', 'row b']);
  });
});

describe('bandSpans', () => {
  it('answers where something ranks with the top band a sentence gives in place of a rank, as written or in English', () => {
    const sentence = '海港市的宜居排名位列全球三十大（某機構《2030 年宜居城市指數》）。';
    expect(bandSpans(sentence, '海港市宜居指數排第幾？', 'zh-Hant')).toMatchObject([{ text: '全球三十大', lead: '全球三十大', quantity: { value: 30 } }]);
    expect(bandSpans(sentence, 'Where does Harbour City rank in the liveability index?', 'en')).toMatchObject([{ lead: 'top 30 globally' }]);
  });

  it('gives no band of another scope than the question names, and none where the sentence gives no band', () => {
    expect(bandSpans('海港市的宜居排名位列全球三十大。', '海港市喺亞洲排第幾？', 'zh-Hant')).toEqual([]);
    expect(bandSpans('海港市設有三大研究中心。', '海港市排第幾？', 'zh-Hant')).toEqual([]);
  });

  it('gives no band for the exact position asked, nor for a rank set against another', () => {
    const sentence = '海港市的宜居排名位列全球三十大。';
    expect(bandSpans(sentence, 'What exact position did Harbour City get in the liveability index?', 'en')).toEqual([]);
    expect(bandSpans(sentence, 'Does Harbour City rank better in the liveability index or the safety index?', 'en')).toEqual([]);
    expect(bandSpans(sentence, '海港市喺宜居指數定安全指數排得高啲？', 'zh-Hant')).toEqual([]);
  });
});
