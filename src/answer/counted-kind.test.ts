import { describe, expect, it } from 'vitest';
import { agreeingCounts, classifierGroupAsked, classifierGroupOfNoun, countsNamedThings, majorCounts, TIME_UNIT_AFTER } from './counted-kind.js';

const spanOf = (sentence: string, text: string) => ({ text, start: sentence.indexOf(text) });

describe('what a count counts', () => {
  it('reads the kind a Chinese question asks by its classifier, and a population is no count of people', () => {
    expect(classifierGroupAsked('園區有幾多間公司？')).toBe('establishment');
    expect(classifierGroupAsked('有幾多座大樓？')).toBe('building');
    expect(classifierGroupAsked('有多少名學生？')).toBe('person');
    expect(classifierGroupAsked('有幾多個單位？')).toBeUndefined();
    expect(classifierGroupAsked('覆蓋咗幾多人口？')).toBeUndefined();
    expect(classifierGroupAsked('計劃有多少名額？')).toBeUndefined();
  });

  it('reads the kind of thing nouns name in either language, only when they name one kind', () => {
    expect(classifierGroupOfNoun('tech companies')).toBe('establishment');
    expect(classifierGroupOfNoun('研究人才')).toBe('person');
    expect(classifierGroupOfNoun('How many staff do the companies have?')).toBeUndefined();
    // Teams are counted with 支 or 隊: "university research teams" name teams as well as universities, so no one kind.
    expect(classifierGroupOfNoun('研發團隊')).toBe('team');
    expect(classifierGroupOfNoun('university research teams')).toBeUndefined();
    // Projects and measures are counted with 項: 「多少個項目」 is not answered by 「八所大學」.
    expect(classifierGroupOfNoun('项目')).toBe('item');
    expect(classifierGroupOfNoun('R&D projects')).toBe('item');
  });

  it('keeps the counts that agree: none of another kind, and the classified one before a generic one', () => {
    const sentence = '園區匯聚超過 900 間來自 30 個地區的藥廠，另有兩座大樓。';
    const spans = [spanOf(sentence, '900'), spanOf(sentence, '30'), spanOf(sentence, '兩座')];
    expect(agreeingCounts(sentence, spans, 'establishment').map((span) => span.text)).toEqual(['900']);
    expect(agreeingCounts(sentence, spans, 'building').map((span) => span.text)).toEqual(['兩座']);
    // No count of the asked kind: the generic ones (30 個) stay, those of another kind go.
    expect(agreeingCounts(sentence, spans, 'person').map((span) => span.text)).toEqual(['30']);
  });

  it('a count with the generic classifier names its kind by the noun after it: 「三個創新園」 counts sites, not companies', () => {
    const sentence = '包括三個創新園，匯聚超過 2,400 間科技公司。';
    const spans = [spanOf(sentence, '三個'), spanOf(sentence, '2,400')];
    expect(agreeingCounts(sentence, spans, 'establishment').map((span) => span.text)).toEqual(['2,400']);
    const alone = '包括三個創新園。';
    expect(agreeingCounts(alone, [spanOf(alone, '三個')], 'establishment')).toEqual([]);
  });

  it('a count by 個 of a noun of no known kind does not answer a question asking by the classifier of establishments or people', () => {
    const sentence = '現時全港共有約 42,000 個海港熱點。';
    const spans = [spanOf(sentence, '42,000')];
    expect(agreeingCounts(sentence, spans, 'establishment', true)).toEqual([]);
    expect(agreeingCounts(sentence, spans, 'person', true)).toEqual([]);
    // Asked by the noun only (「幾多個研發項目」), or items asked by 項, which 個 counts as often: it stays.
    expect(agreeingCounts(sentence, spans, 'establishment').map((span) => span.text)).toEqual(['42,000']);
    const items = '委員會提出 12 個核心建議。';
    expect(agreeingCounts(items, [spanOf(items, '12')], 'item', true).map((span) => span.text)).toEqual(['12']);
    // Nouns of the asked kind counted with 個 are known: 「100個企業」 counts establishments.
    // (Asked by 人, 「為幾多人創造職位」, the count may be of jobs or places: the extractive answerer passes false.)
    const firms = '吸引 100 個企業落戶。';
    expect(agreeingCounts(firms, [spanOf(firms, '100')], 'establishment', true).map((span) => span.text)).toEqual(['100']);
  });

  it('reads 「40幾間」 as a count stated ("forty-odd"), not the classifier asked', () => {
    expect(classifierGroupAsked('嗰40幾間企業會創造幾多份工？')).toBeUndefined();
    expect(classifierGroupAsked('有幾間大學參加？')).toBe('establishment');
  });

  it('counts 「N大」 things only when the question names them', () => {
    expect(majorCounts('計劃涵蓋五大範疇及三大支柱', '計劃有多少個範疇？').map((count) => count.value)).toEqual([5]);
    expect(majorCounts('計劃涵蓋五大範疇', 'How many companies?')).toEqual([]);
    // 「全球第二大」 is a rank, not two of anything.
    expect(majorCounts('成為全球第二大市場', '有幾多大市場？')).toEqual([]);
  });

  it('reads a unit of time after a figure as a period, in both languages', () => {
    expect(TIME_UNIT_AFTER.test(' academic years')).toBe(true);
    expect(TIME_UNIT_AFTER.test('個學年')).toBe(true);
    expect(TIME_UNIT_AFTER.test(' schools')).toBe(false);
    expect(TIME_UNIT_AFTER.test('年度')).toBe(false);
  });

  it('tells a count of named things from a reach or a population', () => {
    expect(countsNamedThings('How many districts does the network cover?')).toBe(true);
    expect(countsNamedThings('How many people does the network cover?')).toBe(false);
    expect(countsNamedThings('網絡覆蓋咗幾多人口？')).toBe(false);
  });
});
