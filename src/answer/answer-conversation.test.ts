import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../corpus/manifest.js';
import type { AnswerResult } from './answer-contract.js';
import { carriedInOtherLanguage, namedAcrossLanguages, multipleOf, withFigureInScale, otherCountAnsweredWithEarlierFigure, withVerdict, statedChangeAgainst, statedChangeSize, asksPriceUnstated, asksToDateUnstated, changeAnsweredWithEarlierFigure, datesAnotherEvent, ordinalUnsaid, partAnsweredWithWhole, shareAnsweredWithWhole, recountedInQuote, countedElsewhereInEnglish, withPurposeOf, asksDescription, countAnsweredWithMoneyOrShare, areaAnsweredWithMoney, countsSomethingElse, documentsOf, zhCountedNoun, yearOutsideSourceDropped, labelIsFigure, asksDayUnstated, abbreviates, answerFigures, sumQuotedWithoutName, namesYear, swappedInUnnamed, wholeAnsweredWithShare, buildingCostUnstated } from './answer-conversation.js';

/** Made-up subjects and passages (a 「海港實驗室」), so a rule that only held for the corpus would fail here. */
describe('zhCountedNoun', () => {
  it('reads what a Chinese count question counts, after or before its question word', () => {
    expect(zhCountedNoun('海港實驗室有幾多個研究員？')).toEqual({ noun: '研究員', classifier: '個' });
    expect(zhCountedNoun('海港基金嘅基金經理有幾多人？')).toEqual({ noun: '基金經理', classifier: '人' });
    expect(zhCountedNoun('海港基金投资了多少间企业？')).toEqual({ noun: '企业', classifier: '间' });
    expect(zhCountedNoun('海港實驗室幾時成立？')).toBeUndefined();
    // An adverb before 有 is not part of the noun.
    expect(zhCountedNoun('海港實驗室啲技術專才又有幾多個？')).toEqual({ noun: '技術專才', classifier: '個' });
    // A verb with its aspect after the classifier (「幾多座起緊」): the things counted are left unsaid, not a noun 「起緊」.
    expect(zhCountedNoun('海港園區第一期仲有幾多座起緊？')).toBeUndefined();
    // 份 counts forms and copies; a verb of use after the noun (「用得」) is not part of it.
    expect(zhCountedNoun('海港通有幾多份電子表格用得？')).toEqual({ noun: '電子表格', classifier: '份' });
  });
});

describe('countsSomethingElse', () => {
  const passage = '海港實驗室：三條試驗線年內會在屯門組裝；基金向 41 間本地初創企業投資約 3 億元，並聘用 25 名研究人員';
  it('withholds a count answered by a figure that counts another thing in the passage', () => {
    expect(countsSomethingElse('海港實驗室有幾多個研究員？', '三條', passage, undefined)).toBe(true);
    expect(countsSomethingElse('海港基金嘅基金經理有幾多人？', '41 間', passage, undefined)).toBe(true);
    // English "how many staff" answered from a Chinese passage counting companies.
    expect(countsSomethingElse('How many staff does the Harbour Fund have?', 'over 41', passage, { head: 'staff' })).toBe(true);
  });
  it('keeps a count of what was asked, in other words or the other script', () => {
    expect(countsSomethingElse('海港基金投资了多少间初创企业？', '41 間', passage, undefined)).toBe(false);
    expect(countsSomethingElse('海港實驗室有幾多條試驗線？', '三條', passage, undefined)).toBe(false);
    // People asked, people counted (研究人員 for 研究員: the pair 研究 is shared; 名 counts people).
    expect(countsSomethingElse('海港實驗室有幾多個研究員？', '25 名', passage, undefined)).toBe(false);
    expect(countsSomethingElse('How many researchers does it employ?', '25', passage, { head: 'researcher' })).toBe(false);
    // A sum is not a count: not judged here.
    expect(countsSomethingElse('海港基金投資咗幾多錢？', '3億元', passage, undefined)).toBe(false);
  });
});

describe('countsSomethingElse, long noun phrases', () => {
  it('reads the counted noun past its modifiers, and only up to the punctuation', () => {
    const passage = '以配對形式資助不少於 100 支有潛質成為成功初創企業的大學研發團隊；園區有三個創新園，支持應用科技公司';
    expect(countsSomethingElse('海港計劃會資助多少支團隊？', '不少於100支', passage, undefined)).toBe(false);
    expect(countsSomethingElse('海港園區有幾多間科技公司？', '三個', passage, undefined)).toBe(true);
  });
});

describe('countsSomethingElse, a noun running on into its verb', () => {
  it('keeps a count whose noun the question follows with a verb', () => {
    const passage = '第一期另外五座大樓的建設全速進行';
    expect(countsSomethingElse('海港園區幾多座大樓興建緊？', '五座', passage, undefined)).toBe(false);
    expect(countsSomethingElse('海港園區幾多座宿舍興建緊？', '五座', passage, undefined)).toBe(true);
  });
});

describe('countsSomethingElse, a list of modifiers before the noun', () => {
  it('reads a noun past modifiers joined by 、, but not past another count', () => {
    const passage = '「海港資助計劃」：已批准五個與大語言模型、新材料、合成生物學相關的研發項目';
    expect(countsSomethingElse('海港資助計劃批准了多少個項目？', '五個', passage, undefined)).toBe(false);
    expect(countsSomethingElse('海港有幾多枚衞星？', '12 個', '海港設有 12 個海底電纜系統、九枚通訊衞星', undefined)).toBe(true);
    // Companies by another word: 公司 asked, 企業 counted.
    expect(countsSomethingElse('海港基金投資了多少間公司？', '35 間', '海港基金已向 35 間科技企業投資近 4.5 億元', undefined)).toBe(false);
  });
});

describe('near misses of a follow-up', () => {
  const answer = (text: string) => ({ answer: text }) as AnswerResult;
  it('withholds a count answered with a sum of money', () => {
    expect(countAnsweredWithMoneyOrShare(answer('9,414.4萬元（HK$94.144 million） [1]：分目 697'), '海港撥款今年預計資助幾多個項目？')).toBe(true);
    expect(countAnsweredWithMoneyOrShare(answer('HK$12 million [1].'), 'How many projects will the Harbour Fund support?')).toBe(true);
    expect(countAnsweredWithMoneyOrShare(answer('五個 [1]。'), '海港撥款今年預計資助幾多個項目？')).toBe(false);
    // A sum counted in its currency ("how many billion HK dollars") asks money: a sum answers it.
    expect(countAnsweredWithMoneyOrShare(answer('HK$15.3 billion (153億元) [1].'), 'Roughly how many billion HK dollars do the Harbour Pay transfers involve each day?')).toBe(false);
    // A bare 「幾多」 may ask a sum.
    expect(countAnsweredWithMoneyOrShare(answer('2,430萬元 [1]。'), '海港辦公室2031-32年度預算撥款係幾多？')).toBe(false);
    // A classifier that begins a noun of money (款 of 款項) asks a sum, not a count of kinds.
    expect(countAnsweredWithMoneyOrShare(answer('HK$220 million (2億2,000萬元) [1].'), '海港公司預留多少款項建設首個海港中心？')).toBe(false);
    expect(countAnsweredWithMoneyOrShare(answer('HK$220 million [1].'), '海港公司推出多少款產品？')).toBe(true);
  });
  it('withholds a count answered with a share, unless a share or a rise is asked', () => {
    expect(countAnsweredWithMoneyOrShare(answer('超過90% [1]。'), '全港有幾多個海港基站？')).toBe(true);
    expect(countAnsweredWithMoneyOrShare(answer('over 90% [1].'), 'how many harbour stations are there?')).toBe(true);
    expect(countAnsweredWithMoneyOrShare(answer('3.5 個百分點 [1]。'), '增長率高咗幾多個百分點？')).toBe(false);
    expect(countAnsweredWithMoneyOrShare(answer('7% [1]。'), '職位數目增加咗幾多個？')).toBe(false);
    // A count of people, or a reach, is answered by a share of the population.
    expect(countAnsweredWithMoneyOrShare(answer('over 90% [1].'), 'How many people does it cover?')).toBe(false);
    expect(countAnsweredWithMoneyOrShare(answer('超過90% [1]。'), '佢覆蓋咗幾多個人？')).toBe(false);
    expect(countAnsweredWithMoneyOrShare(answer('超過90% [1]。'), '佔全港幾多個巴仙？')).toBe(false);
    // The asker's own words decide, not an earlier subject's carried into the reading (「海港覆蓋率」).
    expect(countAnsweredWithMoneyOrShare(answer('超過90% [1]。'), '海港覆蓋率全港有幾多個基站？', '咁全港有幾多個基站')).toBe(true);
  });
  it('withholds a figure asked "so far" when no passage says what had been reached by then', () => {
    expect(asksToDateUnstated('How much of the Harbour Fund has been paid out so far?', ['Allocate $3 billion to launch a three-year Harbour scheme'])).toBe(true);
    expect(asksToDateUnstated('海港計劃到目前為止批准了多少個項目？', ['「海港計劃」：已批准五個研發項目'])).toBe(false);
    expect(asksToDateUnstated('How much has the Harbour Fund invested so far?', ['As of December, the fund has invested about $339 million in 41 start-ups'])).toBe(false);
    // A figure stamped with the end of a month or year (「2030 年 12 月底」, "at end-2030") is one reached by then.
    expect(asksToDateUnstated('海港基金至今投資了多少間初創企業？', ['2030 年 12 月底，基金向 41 間本地初創企業投資約 3.39 億元'])).toBe(false);
    expect(asksToDateUnstated('How many start-ups has the Harbour Fund invested in so far?', ['At end-2030 the fund invested in 41 start-ups'])).toBe(false);
    // A total of what has been done (「共支援 12 間」: has supported twelve in all) is one reached by then; a total set aside is not.
    expect(asksToDateUnstated('How many unicorns has the Harbour Park supported so far?', ['海港園區於 2001 年成立，共支援 12 間獨角獸企業'])).toBe(false);
    expect(asksToDateUnstated('How much has the Harbour Fund paid out so far?', ['海港基金共 100 億元，分三年推行'])).toBe(true);
  });
  it('withholds a price asked when the passages state only what something costs the government', () => {
    expect(asksPriceUnstated('How much will businesses have to pay to use the Harbour Portal?', ['Set up the Harbour Portal, with an estimated expenditure of about $300 million'])).toBe(true);
    expect(asksPriceUnstated('海港中心租用一個鐘要俾幾多錢？', ['海港中心首階段設施已投入服務'])).toBe(true);
    expect(asksPriceUnstated('What is the monthly rent at the Harbour Centre?', ['Units at the Harbour Centre are let at a monthly rent of $5,000'])).toBe(false);
    expect(asksPriceUnstated('How much is the Harbour Lab site expected to sell for?', ['Re-zoning procedures of a 10-hectare site are expected to be completed'])).toBe(true);
  });
});

describe('documentsOf', () => {
  const document = (id: string, format: string | undefined, en: string, zh: string, budgetYear: string) =>
    ({ id, format, title: { en, zh }, budgetYear, date: '2031-02-01', file: `${id}.txt`, publisher: { en: 'P', zh: 'P' }, languages: ['zh-Hant'] }) as unknown as DocumentEntry;
  const documents = [
    document('facts', 'fact-sheet', 'Harbour: The Facts', '海港概況', '2030-31'),
    document('release', undefined, 'Harbour Lab press release', '海港實驗室新聞稿', '2031-32'),
    document('slides-31', 'bilingual-slides', '2031-32 Budget: initiatives', '2031-32年度財政預算案', '2031-32'),
    document('slides-30', 'bilingual-slides', '2030-31 Budget: initiatives', '2030-31年度財政預算案', '2030-31'),
    document('estimates', 'estimates-report', '2031-32 Estimates, Head 1', '總目1', '2031-32'),
  ];
  it('finds the documents of a kind by format or title, and of a budget year', () => {
    expect(documentsOf(documents, { kind: 'fact-sheet', written: 'the fact sheet' })).toEqual(['facts']);
    expect(documentsOf(documents, { kind: 'press-release', written: 'the press release' })).toEqual(['release']);
    expect(documentsOf(documents, { kind: 'budget', year: '2031-32', written: 'the 2031-32 budget' })).toEqual(['slides-31', 'estimates']);
    expect(documentsOf(documents, { kind: 'slides', year: '2030-31', written: 'the 2030-31 slides' })).toEqual(['slides-30']);
  });
  it('takes a calendar year named with a source as when it came out', () => {
    expect(documentsOf(documents, { kind: 'press-release', published: '2031', written: '2031 press release' })).toEqual(['release']);
    expect(documentsOf(documents, { kind: 'press-release', published: '2032', written: '2032 press release' })).toEqual([]);
  });
});

describe('abbreviates', () => {
  it('reads a short form in capitals as the name whose capitalised words it initials, and no other', () => {
    expect(abbreviates('HTL Fund', 'the Harbour Tidal Lab Fund')).toBe(true);
    expect(abbreviates('HT Fund', 'Harbour and Tidal Development Fund')).toBe(true);
    expect(abbreviates('HTL Fund', 'the Peak Institute Fund')).toBe(false);
    expect(abbreviates('Harbour Fund', 'the Harbour Tidal Lab Fund')).toBe(false);
  });
});

describe('asksDayUnstated', () => {
  it('withholds a day asked of passages that give none, and lets one that gives a day of a month answer', () => {
    expect(asksDayUnstated('海港論壇具体是哪一天？', ['海港論壇於2031年舉行。'])).toBe(true);
    expect(asksDayUnstated('海港論壇具体是哪一天？', ['海港論壇於2031年9月舉行。'])).toBe(true);
    expect(asksDayUnstated('海港論壇具体是哪一天？', ['海港論壇於2031年9月12日舉行。'])).toBe(false);
    expect(asksDayUnstated('海港論壇係邊日？', ['海港論壇於二零三一年九月十二日舉行。'])).toBe(false);
    expect(asksDayUnstated('On what date is the Harbour Forum?', ['The Harbour Forum is held in May 2031.'])).toBe(true);
    expect(asksDayUnstated('On what date is the Harbour Forum?', ['The Harbour Forum is held on 12 May 2031.'])).toBe(false);
    expect(asksDayUnstated('On what date is the Harbour Forum?', ['The Harbour Forum is held on May 12, 2031.'])).toBe(false);
    expect(asksDayUnstated('When is the Harbour Forum?', ['The Harbour Forum is held in 2031.'])).toBe(false);
  });
});

describe('yearOutsideSourceDropped', () => {
  const factSheet = { kind: 'fact-sheet' as const, written: 'the fact sheet' };
  it('drops a carried year that no document of a source named without a year covers', () => {
    const resolution = { kind: 'source' as const, original: 'what number does the fact sheet give?', question: 'How many rooms does the Harbour Lab have in 2031-32, according to the fact sheet?', source: factSheet };
    expect(yearOutsideSourceDropped(resolution, ['2030-31'])).toBe('How many rooms does the Harbour Lab have, according to the fact sheet?');
    // "Is that more than the fact sheet's figure?" asks the same question of the fact sheet: its carried year goes too.
    expect(yearOutsideSourceDropped({ ...resolution, kind: 'comparison', original: "is that more than the fact sheet's figure?" }, ['2030-31'])).toBe('How many rooms does the Harbour Lab have, according to the fact sheet?');
    expect(yearOutsideSourceDropped({ ...resolution, original: '咁概況點講？', question: '根據概況，海港實驗室2031-32年度有幾多間房？', source: { kind: 'fact-sheet', written: '概況' } }, ['2030-31'])).toBe('根據概況，海港實驗室有幾多間房？');
  });
  it('keeps a year the source covers, a year the follow-up says, a source named with its year, and a year that is part of a figure asked', () => {
    const resolution = { kind: 'source' as const, original: 'and the fact sheet?', question: 'How many rooms does the Harbour Lab have in 2031-32, according to the fact sheet?', source: factSheet };
    expect(yearOutsideSourceDropped(resolution, ['2031-32'])).toBe(resolution.question);
    expect(yearOutsideSourceDropped({ ...resolution, original: 'and in 2031-32, what does the fact sheet say?' }, ['2030-31'])).toBe(resolution.question);
    expect(yearOutsideSourceDropped({ ...resolution, source: { ...factSheet, year: '2031-32' } }, ['2030-31'])).toBe(resolution.question);
    expect(yearOutsideSourceDropped({ ...resolution, kind: 'pronoun' }, ['2030-31'])).toBe(resolution.question);
    const estimate = { ...resolution, question: 'What is the 2031-32 estimate for the Harbour Lab, according to the fact sheet?' };
    expect(yearOutsideSourceDropped(estimate, ['2030-31'])).toBe(estimate.question);
  });
});

describe('changeAnsweredWithEarlierFigure', () => {
  const result = (text: string) => ({ answer: text, abstained: false }) as AnswerResult;
  it('withholds the size of a change answered by restating the earlier answer\'s figure, not a change stated otherwise', () => {
    const reading = { question: '海港嘅初創企業比2030年多咗幾多？', kind: 'aspect' as const };
    expect(changeAnsweredWithEarlierFigure(result('近4,700 間 [1]。根據…'), reading, '近4,700 間 [1]。根據…')).toBe(true);
    expect(changeAnsweredWithEarlierFigure(result('10 % [1]。根據…'), reading, '近4,700 間 [1]。根據…')).toBe(false);
    expect(changeAnsweredWithEarlierFigure(result('HK$12 million [1].'), { question: 'How much more than in 2030 is that?', kind: 'pronoun' }, 'HK$12 million [1].')).toBe(true);
    // Not a change asked, or no earlier figure: left to the answerer.
    expect(changeAnsweredWithEarlierFigure(result('近4,700 間 [1]。'), { question: '海港有幾多間初創企業？', kind: 'aspect' }, '近4,700 間 [1]。')).toBe(false);
    expect(changeAnsweredWithEarlierFigure(result('近4,700 間 [1]。'), reading, '根據《…》：「…」 [1]')).toBe(false);
  });
});

describe('partAnsweredWithWhole', () => {
  const result = (text: string) => ({ answer: text, abstained: false }) as AnswerResult;
  it('withholds a part of the earlier figure answered by restating the whole', () => {
    expect(partAnsweredWithWhole(result('16,220,000 [1].'), { original: 'how many of those are businesses?', kind: 'pronoun' }, '1,622 萬 [1]。根據…')).toBe(true);
    expect(partAnsweredWithWhole(result('1,600間 [1]。'), { original: '當中有幾多間喺海港？', kind: 'pronoun' }, '1,600間 [1]。')).toBe(true);
    // Another figure is the part; a question not asking a part is left alone.
    expect(partAnsweredWithWhole(result('about 300 [1].'), { original: 'how many of those are businesses?', kind: 'pronoun' }, '1,622 萬 [1]。')).toBe(false);
    expect(partAnsweredWithWhole(result('16,220,000 [1].'), { original: 'how many does it have now?', kind: 'pronoun' }, '1,622 萬 [1]。')).toBe(false);
  });
  it('reads the figures of two answers dated the same day apart from the date (the month is no figure of either)', () => {
    const whole = '2031 年 3 月 31 日有 79 個職位 [1]。';
    expect(partAnsweredWithWhole(result('2031 年 3 月 31 日有 9 個首長級職位 [1]。'), { original: '當中首長級職位有多少個？', kind: 'pronoun' }, whole)).toBe(false);
    expect(partAnsweredWithWhole(result('2031 年 3 月 31 日有 79 個職位 [1]。'), { original: '當中首長級職位有多少個？', kind: 'pronoun' }, whole)).toBe(true);
  });
});

describe('asksPriceUnstated, a fee asked as 是多少', () => {
  it('withholds 「收費是多少？」 answered from a passage stating no price, though the cues read it as a count', () => {
    expect(asksPriceUnstated('海港超算中心收费是多少？', ['海港超算中心：運算速度會提升至每秒 3 000千萬億次'])).toBe(true);
    expect(asksPriceUnstated('海港基金管理費是多少？', ['海港基金的管理費為每年 1%'])).toBe(false);
  });
});

describe('areaAnsweredWithMoney', () => {
  const result = (text: string) => ({ answer: text, abstained: false }) as AnswerResult;
  it('withholds a size of land asked and answered with a sum of money, not a size', () => {
    expect(areaAnsweredWithMoney(result('HK$10 billion (100億元) [1]. From …'), 'How much land is reserved for the Harbour Town?')).toBe(true);
    expect(areaAnsweredWithMoney(result('10公頃 [1]。根據…'), '海港城預留咗幾多土地？')).toBe(false);
    expect(areaAnsweredWithMoney(result('100億元 [1]。根據…'), '海港城預留咗幾多土地？')).toBe(true);
    expect(areaAnsweredWithMoney(result('HK$10 billion [1].'), 'How much money is reserved for the land?')).toBe(false);
  });
});

describe('statedChangeSize', () => {
  it('reads the size a quoted sentence gives its change against a year', () => {
    expect(statedChangeSize('近4,700 間 [1]。根據《…》：「海港共有近 4,700 間初創企業（較 2030 年增加 10 %）」 [1]', '2030')).toBe('10%');
    expect(statedChangeSize('about 4,700 [1]. From …: “4,700 start-ups, up 10% from 2030” [1]', '2030')).toBe('10%');
    expect(statedChangeSize('近4,700 間 [1]。根據《…》：「海港共有近 4,700 間初創企業」 [1]', '2030')).toBe('');
  });
  it('reads the change stated after the figure answered when the sentence states two', () => {
    const quote = '「海港共有約 4,700 間初創企業（較 2030 年增加 10 %），提供約 17,650 個職位（較 2030 年減少 7 %）」 [1]';
    expect(statedChangeSize(`about 17,650 [1]. From …: ${quote}`, '2030')).toBe('7%');
    expect(statedChangeAgainst(`about 17,650 [1]. From …: ${quote}`, '2030')).toBe('less');
    expect(statedChangeSize(`about 4,700 [1]. From …: ${quote}`, '2030')).toBe('10%');
    expect(statedChangeAgainst(`about 4,700 [1]. From …: ${quote}`, '2030')).toBe('more');
  });
  it('says the size when "by how much" was asked, with no yes or no', () => {
    const result = { answer: 'nearly 4,700 [1]. From …: “近 4,700 間初創企業（較 2030 年增加 10 %）” [1]', abstained: false, language: 'en' } as unknown as AnswerResult;
    const previous = { kind: 'number', value: 4700, raw: 'nearly 4,700' } as never;
    expect(withVerdict(result, { relation: 'more', difference: true, year: '2030', previous }).answer).toMatch(/^Up 10% from 2030, as the passage states\./);
  });
});

describe('shareAnsweredWithWhole', () => {
  const result = (text: string) => ({ answer: text, abstained: false, citations: [{ n: 1 }], related: [], language: 'zh-Hant' }) as unknown as AnswerResult;
  const reading = { original: '每所大學能拿到多少？', kind: 'pronoun' as const };
  it('withholds a share per member answered by restating the whole, unless the quote states other sums', () => {
    expect(shareAnsweredWithWhole(result('30億元 [1]。根據《…》：「已預留30億元推行海港計劃，支持八所大學」 [1]'), reading, '30億元 [1]。', '海港計劃預留了多少錢？')?.abstained).toBe(true);
    const kept = shareAnsweredWithWhole(result('9,414.4萬元 [1]。根據《…》：「撥款 94,144,000 元,以供推行各項 20 萬元以上但不超過 1,000 萬元的項目」 [1]'), { original: '每個項目的金額範圍是多少？', kind: 'aspect' }, '9,414.4萬元 [1]。', '海港計劃的預算是多少？');
    expect(kept).toMatchObject({ abstained: false, answer: '根據《…》：「撥款 94,144,000 元,以供推行各項 20 萬元以上但不超過 1,000 萬元的項目」 [1]' });
    expect(shareAnsweredWithWhole(result('HK$3 billion [1]. From …: “Reserve $3 billion for the Harbour scheme” [1]'), { original: 'how much does each university get?', kind: 'pronoun' }, 'HK$3 billion [1].', 'How much is the Harbour scheme?')?.abstained).toBe(true);
    // Per year is not per member; a share asked before too, or another figure, is left alone.
    expect(shareAnsweredWithWhole(result('30億元 [1]。'), { original: '每年能拿到多少？', kind: 'pronoun' }, '30億元 [1]。', '海港計劃預留了多少錢？')).toBeUndefined();
    expect(shareAnsweredWithWhole(result('30億元 [1]。'), reading, '30億元 [1]。', '每所大學預留了多少錢？')).toBeUndefined();
    expect(shareAnsweredWithWhole(result('1億元 [1]。'), reading, '30億元 [1]。', '海港計劃預留了多少錢？')).toBeUndefined();
  });
  it('withholds a share per member answered by a quote alone whose sums are said of no member, whatever the earlier answer was', () => {
    const quoted = (text: string) => result(`From the 2031-32 Budget: “${text}” [1]`);
    const maxEach = { original: "what's the max each university can get from it?", kind: 'pronoun' as const };
    expect(shareAnsweredWithWhole(quoted('Reserve $3 billion for the Harbour scheme to assist eight universities'), maxEach, 'From …: “…” [1]', 'which universities does it cover')?.abstained).toBe(true);
    // A quote that says a sum of each member may hold the share: kept.
    expect(shareAnsweredWithWhole(quoted('Each university may receive up to $100 million under the Harbour scheme'), maxEach, 'From …: “…” [1]', 'which universities does it cover')).toBeUndefined();
  });
});

describe('datesAnotherEvent', () => {
  const answer = (lead: string, quote: string) => ({ answer: `${lead} [1]。根據《海港概況》（2031-02-01，2030-31 年度）：「${quote}」 [1]`, abstained: false });
  it('withholds a date whose clause dates another event than the one asked', () => {
    const quote = '海港數據園：8公頃土地的改劃程序預計可在年中完成，正積極籌備把土地推出市場';
    expect(datesAnotherEvent(answer('年中 (2031)', quote), { question: '海港數據園幾時正式推出市場賣地？', subject: '海港數據園' })).toBe(true);
    expect(datesAnotherEvent(answer('年中 (2031)', quote), { question: '海港數據園幾時完成改劃？', subject: '海港數據園' })).toBe(false);
  });
  it('reads two words for coming into operation (運作, 啓用, 開幕) as dating one event', () => {
    const opened = '海港超算中心首階段設施於 2030 年 12 月啓用，支撐本地科研';
    expect(datesAnotherEvent(answer('2030 年 12 月', opened), { question: '海港超算中心幾時開始運作㗎？', subject: '海港超算中心' })).toBe(false);
    expect(datesAnotherEvent(answer('2030 年 12 月', opened), { question: '海港超算中心幾時開幕？', subject: '海港超算中心' })).toBe(false);
    // Another event is still another: a sale is not an opening.
    expect(datesAnotherEvent(answer('2030 年 12 月', opened), { question: '海港超算中心幾時賣地？', subject: '海港超算中心' })).toBe(true);
  });
  it('reads a clause without a topic with the one before, and a bare date with the one after', () => {
    const study = '海港公司正進行總體規劃研究，預計在今年第三季完成';
    expect(datesAnotherEvent(answer('今年第三季 (2031)', study), { question: '海港城個總體規劃研究幾時做完？', subject: '海港城' })).toBe(false);
    expect(datesAnotherEvent(answer('今年第三季 (2031)', study), { question: '海港城幾時落成？', subject: '海港城' })).toBe(true);
    expect(datesAnotherEvent(answer('2030/31 年度', '由 2030/31 年度起，每年向八所大學的海港辦公室提供資助。'), { question: '這是從哪一年開始的？' })).toBe(false);
    // 「什麼時候」 is a question word whole, not 「時候」 left to be looked for in the clause.
    expect(datesAnotherEvent(answer('今年 (2031)', '今年稍後在香港舉行'), { question: '海港論壇什麼時候辦？', subject: '海港論壇' })).toBe(false);
  });
  it('leaves English questions and other kinds of question alone', () => {
    expect(datesAnotherEvent(answer('年中 (2031)', '改劃程序預計可在年中完成，正積極籌備把土地推出市場'), { question: 'When will the land go on sale?' })).toBe(false);
    expect(datesAnotherEvent(answer('8公頃', '改劃程序預計可在年中完成'), { question: '海港數據園有幾大？' })).toBe(false);
  });
});

describe('ordinalUnsaid', () => {
  const chunk = (id: string, text: string) => [id, { section: { zh: [], en: [] }, context: [], texts: [{ text }] }] as const;
  const answerer = { index: { chunkById: new Map([chunk('all', '撥出 20 億元支持海港實驗室平台進駐河套'), chunk('third', '第三個海港實驗室平台聚焦材料科學，獲撥 5 億元')]) } } as never;
  const answered = (chunkId: string) => ({ abstained: false, answer: '20億元 [1]', citations: [{ chunkId }] }) as unknown as AnswerResult;
  const reading = { subject: '第三個海港實驗室平台', kind: 'pronoun' as const, question: '政府為第三個海港實驗室平台預留了多少資金？' };
  it('withholds an answer about one thing picked by an ordinal from passages that never say the ordinal', () => {
    expect(ordinalUnsaid(answerer, answered('all'), reading)).toBe(true);
    expect(ordinalUnsaid(answerer, answered('third'), reading)).toBe(false);
    expect(ordinalUnsaid(answerer, answered('all'), { ...reading, subject: '海港實驗室平台', question: '政府為海港實驗室平台預留了多少資金？' })).toBe(false);
  });
});

describe('recountedInQuote', () => {
  const answer = (lead: string) => ({ abstained: false, answer: `${lead} [1]。根據《海港新聞稿》（2031-02-25，2031-32 年度）：「海港公司匯聚超過 500 間人工智能企業及 5,000 多名 AI 技術專才, 當中包括多家獨角獸企業」 [1]` }) as AnswerResult;
  it('leads with the figure of the quoted sentence that counts what was asked, when the one led with counts something else', () => {
    expect(recountedInQuote(answer('超過500 間'), '海港公司啲AI技術專才有幾多個？')?.answer).toMatch(/^5,000多名 \[1\]。/);
    // No figure there counts it: nothing to lead with.
    expect(recountedInQuote(answer('超過500 間'), '海港公司有幾多條試驗線？')).toBeUndefined();
    // Already led by it.
    expect(recountedInQuote(answer('5,000多名'), '海港公司有幾多個AI技術專才？')).toBeUndefined();
  });
});

describe('countsSomethingElse, a pair of the noun asked far from the figure', () => {
  it('reads the first pair of the noun asked only near the figure', () => {
    expect(countsSomethingElse('海港園有幾多間科技公司？', '三個', '以及大埔和元朗的三個創新園透過應用科技，重點帶動', undefined)).toBe(true);
    expect(countsSomethingElse('海港園有幾多座大樓興建緊？', '五座', '第一期另外五座大樓的建設全速進行', undefined)).toBe(false);
  });
});

describe('withVerdict, a source asked which way it goes', () => {
  it('says whether the source figure is more or less than the earlier one, and by how much, with no yes or no', () => {
    const result = (answer: string, language: AnswerResult['language']) => ({ answer, language, abstained: false }) as AnswerResult;
    const previous = { kind: 'number', value: 500, raw: '約500項' } as never;
    const source = { kind: 'fact-sheet' as const, written: '《概況》' };
    const compared = withVerdict(result('約460項 [1]。', 'zh-Hant'), { relation: 'more', neutral: true, sourceFigureAsked: true, previous, source });
    expect(compared.answer).toMatch(/^《概況》的460比約500項少40。/);
    const english = withVerdict(result('about 2,400 [1].', 'en'), { relation: 'more', neutral: true, sourceFigureAsked: true, previous: { kind: 'number', value: 1600, raw: 'over 1,600' } as never, source: { kind: 'press-release', written: 'the press release' } });
    expect(english.answer).toMatch(/^2,400 in the press release is 800 more than over 1,600\./);
  });
});

describe('withVerdict, another year asked how it compares', () => {
  it('says which way and by how much, exactly to the figures\' own precision (294.793 million, not 294.79)', () => {
    const result = { answer: 'HK$564.524 million [1].', language: 'en', abstained: false } as AnswerResult;
    const compared = withVerdict(result, { relation: 'more', neutral: true, year: '2029-30', previous: { kind: 'money', value: 269_731_000, raw: 'HK$269.731 million' } as never });
    expect(compared.answer).toMatch(/^HK\$269\.731 million is HK\$294\.793 million less than HK\$564\.524 million in 2029-30\./);
  });
});

describe('countsSomethingElse, layout spaces and a noun running on into its verb', () => {
  it('reads the counted noun across spaces between figures and characters, and the asked noun up to its verb', () => {
    const passage = '海港園區共支援 12 間獨角獸企業，以及超過 2,400 間來自 24 個國家和地區從事生物醫藥技術、人工智能及金融科技等科技公司。';
    expect(zhCountedNoun('海港園區為幾多間科技公司提供支援？')).toEqual({ noun: '科技公司', classifier: '間' });
    expect(countsSomethingElse('海港園區為幾多間科技公司提供支援？', '超過2,400 間', passage, undefined)).toBe(false);
    expect(countsSomethingElse('海港園區為幾多間科技公司提供支援？', '12 間', '海港園區共支援 12 間獨角獸實驗室。', undefined)).toBe(true);
  });
});

describe('statedChangeAgainst', () => {
  it('reads which way a quoted figure moved against a year, in Chinese or English', () => {
    expect(statedChangeAgainst('近4,700 間 [1]。根據《…》：「海港共有近 4,700 間初創企業（較 2030 年增加 10 %）。」 [1]', '2030')).toBe('more');
    expect(statedChangeAgainst('about 300 [1]. From …: “300 labs, down 5% from 2030-31.” [1]', '2030-31')).toBe('less');
    expect(statedChangeAgainst('近4,700 間 [1]。根據《…》：「海港共有近 4,700 間初創企業。」 [1]', '2030')).toBeUndefined();
  });
});

describe('withVerdict, by how much', () => {
  it('says the difference between the earlier figure and the one found, in the figures\' own terms', () => {
    const result = (answer: string, language: AnswerResult['language']) => ({ answer, language, abstained: false }) as AnswerResult;
    const count = withVerdict(result('about 460 [1].', 'en'), { relation: 'more', difference: true, previous: { kind: 'number', value: 500, raw: '500' } as never, source: { kind: 'fact-sheet', written: 'the fact sheet' } });
    expect(count.answer).toMatch(/^500 is 40 more than 460 in the fact sheet\./);
    const money = withVerdict(result('HK$251.1 million [1].', 'en'), { relation: 'more', difference: true, year: '2030-31', previous: { kind: 'money', value: 245_400_000, raw: 'HK$245.4 million' } as never });
    expect(money.answer).toMatch(/^HK\$245\.4 million is HK\$5\.7 million less than HK\$251\.1 million in 2030-31\./);
  });
  it('gives the difference as a share of the figure set against when asked in percent', () => {
    const result = (answer: string, language: AnswerResult['language']) => ({ answer, language, abstained: false }) as AnswerResult;
    const previous = { kind: 'money', value: 175_587_000, raw: 'HK$175.587 million' } as never;
    expect(withVerdict(result('HK$243.5 million [1].', 'en'), { relation: 'less', difference: true, percent: true, year: '2030-31', previous }).answer).toMatch(/^HK\$175\.587 million is HK\$67\.913 million \(27\.9%\) less than HK\$243\.5 million in 2030-31\./);
    expect(withVerdict(result('2億4,350萬元 [1]。', 'zh-Hant'), { relation: 'less', difference: true, percent: true, year: '2030-31', previous }).answer).toMatch(/（27\.9%）/);
    // Not asked in percent: the size alone.
    expect(withVerdict(result('HK$243.5 million [1].', 'en'), { relation: 'less', difference: true, year: '2030-31', previous }).answer).not.toMatch(/%/);
  });
});

describe('countedElsewhereInEnglish', () => {
  const passage = 'Harbour Lab: the computing power will reach 2 000 petaFLOPS next year; 12 universities take part';
  it('keeps a figure whose own unit is what was asked, and one followed by it', () => {
    expect(countedElsewhereInEnglish('2 000 petaFLOPS', passage, { head: 'petaflop' })).toBe(false);
    expect(countedElsewhereInEnglish('12', passage, { head: 'universit' })).toBe(false);
  });
  it('withholds a figure the passage follows with another thing counted', () => {
    expect(countedElsewhereInEnglish('12', passage, { head: 'project' })).toBe(true);
    expect(countedElsewhereInEnglish('2 000 petaFLOPS', passage, { head: 'server' })).toBe(true);
  });
});

describe('withPurposeOf', () => {
  const conversation = [
    { role: 'user' as const, content: 'In the 2031-32 budget, how much of the $9 billion for marine science went to research centres?' },
    { role: 'assistant' as const, content: 'HK$4 billion [1].' },
  ];
  it('gives a common noun what the earlier question said it was for', () => {
    expect(withPurposeOf('research centres', conversation)).toBe('research centres for marine science');
  });
  it('leaves a name, a Chinese subject and a subject with nothing said of it as they are', () => {
    expect(withPurposeOf('the Harbour Lab', conversation)).toBe('the Harbour Lab');
    expect(withPurposeOf('研究中心', conversation)).toBe('研究中心');
    expect(withPurposeOf('research centres', [{ role: 'user', content: 'How many research centres are there?' }])).toBe('research centres');
  });
});

describe('asksDescription', () => {
  it('reads a question on how far something has got as asking what the documents say of it', () => {
    expect(asksDescription("where's that at now, any update in the 2031-32 budget?", false)).toBe(true);
    expect(asksDescription('what is the status of it in the 2031-32 budget?', false)).toBe(true);
    expect(asksDescription('咁2031-32年度預算案入面搞到邊？', true)).toBe(true);
  });
  it('does not read a place, date or figure asked as a description', () => {
    expect(asksDescription('where will it be built?', false)).toBe(false);
    expect(asksDescription('how much will it get in 2031-32?', false)).toBe(false);
    expect(asksDescription('喺邊度？', true)).toBe(false);
  });
});

describe('answerFigures', () => {
  it('reads an answer that only quotes its passage by the passage\'s figures, not the dates of its heading or of the passage', () => {
    const quoteOnly = 'The documents state this in Chinese only — Harbour Facts (2031-02-25, budget year 2030-31): “2030 年 1 月推出優化措施，每間企業可獲最多 1,500 萬元資助。” [1]';
    expect(answerFigures(quoteOnly)[0]).toMatchObject({ kind: 'money', value: 15_000_000 });
    expect(answerFigures('HK$3 billion [1]. From Harbour Budget (2031-02-27): “Set aside $3 billion …” [1]')[0]).toMatchObject({ kind: 'money', value: 3_000_000_000 });
  });
});

describe('sumQuotedWithoutName', () => {
  const passage = '海港公司為山頂用地進行規劃研究，並定名為 HARBOURX 項目。海港公司喜見政府建議注資一百億元予海港園區。';
  it('withholds a sum for a name in Latin capitals quoted from a sentence of its passage that does not name it', () => {
    expect(sumQuotedWithoutName('HARBOURX', '100億元 [1]。根據《新聞稿》：「海港公司喜見政府建議注資一百億元予海港園區。」 [1]', [passage])).toBe(true);
  });
  it('keeps a sum quoted from a sentence naming it, an answer that is no sum, and a name the passages write otherwise', () => {
    expect(sumQuotedWithoutName('HARBOURX', '1億元 [1]。「HARBOURX 項目預算約1億元。」 [1]', [`${passage}HARBOURX 項目預算約1億元。`])).toBe(false);
    expect(sumQuotedWithoutName('HARBOURX', '約20 公頃 [1]。「海港公司為山頂用地進行規劃研究。」 [1]', [passage])).toBe(false);
    expect(sumQuotedWithoutName('HBX', '100億元 [1]。「海港公司喜見政府建議注資一百億元予海港園區。」 [1]', [passage])).toBe(false);
  });
});

describe('namesYear', () => {
  const year = (value: number) => ({ kind: 'year' as const, value, start: 0, end: 4, raw: String(value) });
  it('reads a year written digit by digit in Chinese numerals as that year, and no other', () => {
    expect(namesYear('預算於二零二九年三月三十一日及二零三零年三月三十一日設有 4 個海港職位。', year(2030))).toBe(true);
    expect(namesYear('預算於二零二九年三月三十一日設有 4 個海港職位。', year(2030))).toBe(false);
    expect(namesYear('海港中心於 2030 年啟用', year(2030))).toBe(true);
    expect(namesYear('2030-31 年度的海港撥款', year(2030))).toBe(false);
  });
});

describe('withVerdict, a figure stated in the follow-up asked by how much', () => {
  it('says the size of the difference between the earlier figure and the one the follow-up states, in the answer language', () => {
    const result = (answer: string, language: AnswerResult['language']) => ({ answer, language, abstained: false }) as AnswerResult;
    const target = { kind: 'money', value: 10_000_000_000, currency: 'HKD', raw: 'HK$10 billion' } as never;
    expect(withVerdict(result('HK$3.7 billion [1].', 'en'), { relation: 'less', target, difference: true }).answer).toMatch(/^HK\$3\.7 billion is HK\$6\.3 billion less than HK\$10 billion\./);
    const yi = { kind: 'money', value: 564_524_000, currency: 'HKD', raw: '5亿6,452.4万元' } as never;
    expect(withVerdict(result('2亿6,973.1万元 [1]。', 'zh-Hans'), { relation: 'less', target: yi, difference: true }).answer).toMatch(/^2亿6,973\.1万元比5亿6,452\.4万元少2\.94793亿元。/);
  });
});

describe('swappedInUnnamed', () => {
  const chunk = (id: string, language: 'en' | 'zh-Hant', text: string) => [id, { docId: 'd', section: { zh: [], en: [] }, context: [], texts: [{ language, text }] }] as const;
  const answerer = {
    index: {
      chunkById: new Map([chunk('office', 'zh-Hant', '向每所大學的海港轉移處提供每年不超過1,600萬元資助'), chunk('scheme', 'zh-Hant', '推出的 100 億元「海港 1+計劃」，以配對形式資助'), chunk('english', 'en', 'Provide $16 million a year to each Harbour Office')]),
      documents: new Map([['d', { title: { en: 'Harbour facts', zh: '海港概況' } }]]),
      // (No bridge from English words to Chinese for these names.)
      searchText: { terms: () => [] },
    },
  } as never;
  const answered = (chunkId: string) => ({ abstained: false, answer: '1,600萬元 [1]', citations: [{ chunkId }] }) as unknown as AnswerResult;
  const reading = { original: '咁海港1+計劃呢？', subject: '海港1+計劃', kind: 'subject' as const, question: '每所大學嘅海港1+計劃每年攞幾多錢？' };
  it('withholds a scheme swapped in that is answered from a passage naming it neither as written nor by most of its words', () => {
    expect(swappedInUnnamed(answerer, answered('office'), reading)).toBe(true);
    // Written with a layout space in the passage (「海港 1+計劃」): named.
    expect(swappedInUnnamed(answerer, answered('scheme'), reading)).toBe(false);
    // Another kind of reading, or a passage in the other script, is not judged here.
    expect(swappedInUnnamed(answerer, answered('office'), { ...reading, kind: 'pronoun' })).toBe(false);
    expect(swappedInUnnamed(answerer, answered('english'), reading)).toBe(false);
    // An English name the terminology does not list, in an English passage.
    const english = { original: 'what about the Peak Scheme?', subject: 'the Peak Scheme', kind: 'subject' as const, question: 'How much does each university get a year under the Peak Scheme?' };
    expect(swappedInUnnamed(answerer, answered('english'), english)).toBe(true);
    expect(swappedInUnnamed(answerer, answered('office'), english)).toBe(false);
  });
});

describe('labelIsFigure', () => {
  it('tells a comparison side labelled by its own figure (said once) from one labelled by a name or a figure with words', () => {
    const tenBillion = { kind: 'money' as const, value: 10e9, start: 0, end: 13, raw: 'HK$10 billion' };
    expect(labelIsFigure('HK$10 billion', tenBillion)).toBe(true);
    expect(labelIsFigure('100億元', { ...tenBillion, raw: '100億元' })).toBe(true);
    expect(labelIsFigure('the Harbour Lab', tenBillion)).toBe(false);
    expect(labelIsFigure('the HK$10 billion fund', tenBillion)).toBe(false);
    expect(labelIsFigure('HK$3.7 billion', tenBillion)).toBe(false);
  });
});

describe('otherCountAnsweredWithEarlierFigure', () => {
  const result = (text: string) => ({ answer: text, abstained: false, citations: [{ n: 1 }], related: [], language: 'zh-Hant' }) as unknown as AnswerResult;
  it('withholds a count of other things answered with the earlier answer\'s own figure, not a sum or the same things', () => {
    const earlier = '1,622 萬 [1]。「截至 2031 年 2 月，『海港通』註冊量達 1,622 萬；」 [1]';
    expect(otherCountAnsweredWithEarlierFigure(result(earlier), { original: '有多少間銀行參與？', kind: 'aspect' }, earlier, '「海港通」有多少註冊？')).toBe(true);
    // A sum asked (no classifier) or the things the earlier question counted: left alone.
    expect(otherCountAnsweredWithEarlierFigure(result(earlier), { original: '最多能拿多少錢？', kind: 'aspect' }, earlier, '「海港通」有多少註冊？')).toBe(false);
    expect(otherCountAnsweredWithEarlierFigure(result(earlier), { original: '有多少間銀行參與？', kind: 'aspect' }, earlier, '「海港通」有多少間銀行參與？')).toBe(false);
    expect(otherCountAnsweredWithEarlierFigure(result('HK$3 billion [1].'), { original: 'how many banks take part?', kind: 'aspect' }, 'HK$3 billion [1].', 'How much is the Harbour scheme?')).toBe(true);
    // "how many billion?" asks the earlier sum's scale, not a count of things.
    expect(otherCountAnsweredWithEarlierFigure(result('HK$3 billion [1].'), { original: "in english that's how many billion?", kind: 'aspect' }, 'HK$3 billion [1].', 'How much is the Harbour scheme?')).toBe(false);
  });
});

describe('wholeAnsweredWithShare', () => {
  const result = (text: string) => ({ answer: text, abstained: false }) as AnswerResult;
  const passage = '海港升級計劃：每間合資格企業的生產線項目可獲最多 500 萬元資助，並可同時進行最多兩個項目，即最多可獲 1,000 萬元資助。政府為計劃預留 8 億元。';
  it('withholds a total asked, answered by a sum its sentence gives per member', () => {
    expect(wholeAnsweredWithShare(result('1,000萬元（HK$10 million） [1]'), '成個計劃政府總共預留咗幾多錢？', passage)).toBe(true);
    expect(wholeAnsweredWithShare(result('HK$10 million [1]'), 'how much is set aside for the whole scheme?', 'Up to $10 million per company under the Harbour scheme.')).toBe(true);
  });
  it('keeps a total answered by a sum of the whole, and a share asked as one member\'s total', () => {
    expect(wholeAnsweredWithShare(result('8億元 [1]'), '成個計劃政府總共預留咗幾多錢？', passage)).toBe(false);
    expect(wholeAnsweredWithShare(result('1,000萬元 [1]'), '一間企業總共最多可獲多少資助？', passage)).toBe(false);
    expect(wholeAnsweredWithShare(result('1,000萬元 [1]'), '每間企業最多可獲多少？', passage)).toBe(false);
  });
});

describe('buildingCostUnstated', () => {
  const result = (text: string) => ({ answer: text, abstained: false }) as AnswerResult;
  it('withholds what something cost to build, answered by a sum given for something else', () => {
    expect(buildingCostUnstated(result('HK$3 billion [1]'), 'How much did the Harbour computing centre cost to build?', 'Allocate $3 billion to launch a three-year subsidy scheme for users of the Harbour computing centre.')).toBe(true);
    expect(buildingCostUnstated(result('30億元 [1]'), '海港中心興建成本係幾多？', '撥款 30 億元推出資助計劃，支援使用海港中心。')).toBe(true);
  });
  it('keeps a sum whose sentence is about building', () => {
    expect(buildingCostUnstated(result('HK$3 billion [1]'), 'How much did the Harbour computing centre cost to build?', 'The Harbour computing centre was built at a cost of $3 billion.')).toBe(false);
    expect(buildingCostUnstated(result('30億元 [1]'), '海港中心興建成本係幾多？', '政府撥款 30 億元興建海港中心。')).toBe(false);
  });
});

describe('wholeAnsweredWithShare and buildingCostUnstated, what the review found', () => {
  const result = (text: string) => ({ answer: text, abstained: false }) as AnswerResult;
  it('keeps a total answered by a sum in a clause of its own beside a member\'s sum', () => {
    expect(wholeAnsweredWithShare(result('100億元 [1]'), '成個計劃總共預留咗幾多錢？', '政府會為海港計劃預留100億元，每間企業最多可獲200萬元資助。')).toBe(false);
    expect(wholeAnsweredWithShare(result('HK$10 billion [1]'), 'how much is set aside for the whole scheme?', 'Each company may receive up to HK$2 million, and HK$10 billion is set aside in total.')).toBe(false);
  });
  it('reads 起 after a time (「由明年起」) and "building up" as no cost of building', () => {
    expect(buildingCostUnstated(result('50元 [1]'), '由明年起多少錢？', '由明年起，入場費為50元。')).toBe(false);
    expect(buildingCostUnstated(result('HK$1 billion [1]'), 'What is the cost of building up the talent pool?', 'Set aside $1 billion for the talent pool.')).toBe(false);
  });
});

describe('multipleOf', () => {
  it('says a multiple whole when it is near one, else to a decimal, and none of a figure not above zero', () => {
    expect(multipleOf(31e8, 3.39e8)).toBe('9');
    expect(multipleOf(2e9, 2e8)).toBe('10');
    expect(multipleOf(25, 10)).toBe('2.5');
    expect(multipleOf(5, 0)).toBeUndefined();
  });
});

describe('withFigureInScale', () => {
  const result = (answer: string, language: 'en' | 'zh-Hant' | 'zh-Hans') => ({ answer, abstained: false, citations: [], related: [], language }) as unknown as AnswerResult;
  it('says the sum first in the scale asked, with its qualifier and currency', () => {
    expect(withFigureInScale(result('HK$3 billion (30億元) [1]. From …', 'en'), 1e6).answer).toMatch(/^In millions: HK\$3,000 million\. HK\$3 billion/);
    expect(withFigureInScale(result('約10億3,000萬元人民幣（RMB 1.03 billion） [1]。根據…', 'zh-Hant'), 1e8).answer).toMatch(/^以億計：約10\.3億元人民幣。/);
    expect(withFigureInScale(result('9,414.4萬元 [1]。', 'zh-Hans'), 1e6).answer).toMatch(/^以百万计：94\.144百万元。/);
  });
  it('leaves an answer that leads with no figure, or a count under the scale asked, as it is', () => {
    const counted = result('41 [1]. From …', 'en');
    expect(withFigureInScale(counted, 1e6)).toBe(counted);
    const dated = result('2031年 [1]。', 'zh-Hant');
    expect(withFigureInScale(dated, 1e4)).toBe(dated);
  });
  it('says a count first in the scale asked, with its qualifier, and no currency', () => {
    expect(withFigureInScale(result('約42,000個 [1]。根據…', 'zh-Hant'), 1e4).answer).toMatch(/^以萬計：約4\.2萬。約42,000個/);
    expect(withFigureInScale(result('about 42,000 [1]. From …', 'en'), 1e3).answer).toMatch(/^In thousands: about 42 thousand\. about 42,000/);
  });
});

describe('namedAcrossLanguages', () => {
  // The search text's bridge from English words to Chinese, as the index gives it.
  const bridges: Record<string, string[]> = { 'harbour ai scheme': ['harbour', 'ai', 'scheme', '海港人工智能计划', '人工智能'], 'data park': ['data', 'park', '数据园区', '数据'], ai: ['ai', '人工智能'] };
  const answerer = { index: { searchText: { terms: (text: string) => (bridges[text] ?? []).map((term) => ({ term, weight: 1 })) } } } as never;
  it('finds an English name spoken of in a Chinese passage by the whole phrase its words bridge to', () => {
    // (The passages as namesSubject reads them: folded to Simplified, without spaces.)
    expect(namedAcrossLanguages(answerer, 'harbour ai scheme', ['政府推行为期三年的海港人工智能计划。'])).toBe(true);
    // (A bridged word alone, 人工智能, is not the name.)
    expect(namedAcrossLanguages(answerer, 'harbour ai scheme', ['政府推动人工智能发展。'])).toBe(false);
  });
  it('finds a mixed name by its own Chinese words', () => {
    expect(namedAcrossLanguages(answerer, '沙灣 data park', ['沙湾数据园区：10公顷土地'])).toBe(true);
    expect(namedAcrossLanguages(answerer, '沙灣 data park', ['山顶数据园区：10公顷土地'])).toBe(false);
    expect(namedAcrossLanguages(answerer, '海港實驗室', ['海港實驗室'])).toBe(false);
    // … with some Chinese its English words bridge to: 「ai 研發院」 is not any 研發院.
    expect(namedAcrossLanguages(answerer, 'ai 研發院', ['成立微电子研发院'])).toBe(false);
    expect(namedAcrossLanguages(answerer, 'ai 研發院', ['成立人工智能研发院'])).toBe(true);
  });
});

describe('carriedInOtherLanguage', () => {
  it('keeps a Chinese turn read with an English name carried in answered in Chinese, and nothing else', () => {
    expect(carriedInOtherLanguage({ original: '為期幾耐', question: 'harbour ai scheme：為期幾耐？', kind: 'aspect' })).toBe('zh-Hant');
    expect(carriedInOtherLanguage({ original: '為期幾耐', question: '海港計劃為期幾耐？', kind: 'aspect' })).toBeUndefined();
    expect(carriedInOtherLanguage({ original: 'how long?', question: 'How long is the harbour ai scheme?', kind: 'aspect' })).toBeUndefined();
  });
});

