import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from '../corpus/manifest.js';
import { splitAcrossDocuments, splitComparison } from './compare-answer.js';
import { namedDocuments } from './document-reference.js';

describe('comparison questions split into their two sides', () => {
  it.each([
    ['Which received more funding, the drone programme or the robotics fund?', ['drone programme', 'robotics fund'], 'amount', false],
    ['Does the park host more biotech firms or fintech firms?', ['biotech firms', 'fintech firms'], 'count', false],
    ['How much more is the robotics fund than the drone programme?', ['robotics fund', 'drone programme'], 'amount', true],
    ['機械人基金比無人機計劃多多少？', ['機械人基金', '無人機計劃'], 'amount', true],
    ['機械人基金同無人機計劃，邊個撥款多啲？', ['機械人基金', '無人機計劃'], 'amount', false],
    // What is compared may take a dozen characters between 邊個 and the comparative.
    ['機械人基金同無人機計劃，邊個每間企業嘅資助上限高啲？', ['機械人基金', '無人機計劃'], 'amount', false],
    // Things counted by their noun or by a classifier after 多啲 are counts, whatever money the sides name.
    ['生物科技企業同金融科技企業，邊樣多啲？', ['生物科技企業', '金融科技企業'], 'count', false],
    ['機械人基金同無人機基金，邊個投資咗多啲間公司？', ['機械人基金', '無人機基金'], 'count', false],
    ['Which invested in more companies, the robotics fund or the drone fund?', ['robotics fund', 'drone fund'], 'count', false],
    // 「多間大學」 is "several universities", and a body named …公司 is no count of companies.
    ['機械人基金同無人機基金，邊個向多間大學撥款較多？', ['機械人基金', '無人機基金'], 'amount', false],
    // The difference asked after the last side is no part of it.
    ['Which fund is bigger, the robotics fund or the drone fund, and by how much?', ['robotics fund', 'drone fund'], 'amount', true],
    // Two things set side by side with 相比 / 比較 (not read as 比 "than"), and which 筆 (sum) is larger.
    ['機械人基金，和無人機計劃相比，哪一筆較多？多多少？', ['機械人基金', '無人機計劃'], 'amount', true],
    ['機械人基金跟無人機計劃比較，邊個撥款多啲？', ['機械人基金', '無人機計劃'], 'amount', false],
    ['機械人基金嗰二十億，同無人機計劃嗰筆，邊筆大啲？', ['機械人基金嗰二十億', '無人機計劃嗰筆'], 'amount', false],
  ] as const)('%s', (question, sides, answerType, asksDifference) => {
    const comparison = splitComparison(question);
    expect(comparison?.sides).toEqual(sides);
    expect(comparison?.answerType).toBe(answerType);
    expect(comparison?.asksDifference).toBe(asksDifference);
    // Each side is asked without the other.
    expect(comparison!.questions[0]).toContain(sides[0]);
    expect(comparison!.questions[0]).not.toContain(sides[1]);
  });

  it('an English count compares two things each asked "how many …", without the comparative repeated before a side', () => {
    const comparison = splitComparison('Does the park host more AI firms or more biotech firms?');
    expect(comparison?.sides).toEqual(['AI firms', 'biotech firms']);
    expect(comparison?.answerType).toBe('count');
    expect(comparison?.questions).toEqual(['how many AI firms park host', 'how many biotech firms park host']);
  });

  it('sites or land compared by size ask each side how big it is', () => {
    const comparison = splitComparison('Which site is bigger: the Example Park land or the Sample data cluster?');
    expect(comparison).toMatchObject({ answerType: 'count', questions: ['how big is Example Park land?', 'how big is Sample data cluster?'] });
    expect(splitComparison('甲園區的用地和乙園區的土地，哪個大？')?.questions).toEqual(['甲園區的用地面積有多大？', '乙園區的土地面積有多大？']);
  });

  it('「X比Y多多少個？」 asks each side how many it has, without the comparative', () => {
    expect(splitComparison('已發出的甲類牌照，比乙類牌照多多少個？')?.questions).toEqual(['已發出的甲類牌照 有多少個?', '乙類牌照 有多少個?']);
    // 「，邊個多？多幾多？」「邊個多啲錢」 after the second side is asked of both at once: each side is asked how much it has.
    expect(splitComparison('甲計劃嘅錢，同乙計劃嘅錢，邊個多？多幾多？')?.questions).toEqual(['甲計劃嘅錢 有多少？', '乙計劃嘅錢 有多少？']);
    expect(splitComparison('甲計劃同乙計劃邊個多啲錢？')?.questions).toEqual(['甲計劃 有多少？', '乙計劃 有多少？']);
    // 「哪一邊數目較多」 asks which of the two, by their count: each side asked how many.
    const count = splitComparison('甲園的社群企業與乙園服務的科技公司，哪一邊數目較多？');
    expect(count?.sides).toEqual(['甲園的社群企業', '乙園服務的科技公司']);
    expect(count?.answerType).toBe('count');
    // 「…企業數目更多」: a count asked by 數目, though the sides name sums invested.
    expect(splitComparison('甲基金和乙基金，哪个投资过的企业数目更多？')?.answerType).toBe('count');
    // 「哪個較前」 compares places in rankings.
    expect(splitComparison('香港在甲指數的全球排名，與在乙指數中的全球排名，哪個較前？')).toMatchObject({ asksRank: true, sides: ['香港在甲指數的全球排名', '在乙指數中的全球排名'] });
  });

  it('keeps a name that opens with a comparative word, and reads a source before two years as a change across years', () => {
    expect(splitComparison('Which gets more money, Greater Bay Area projects or local ones?')?.sides).toEqual(['Greater Bay Area projects', 'local ones']);
    expect(splitComparison('According to the 2024-25 and 2025-26 budgets, how did funding for InnoHK change?')?.by).toBe('year');
    expect(splitComparison('How much more does Cyberport get than the year before?')).toBeUndefined();
    // "now" against "a year earlier" is one thing at two times, not two things.
    expect(splitComparison('How many more AI companies does HKSTP have now than a year earlier?')).toBeUndefined();
  });

  it('a source named first (「根據概況，」, "According to the fact sheet,") is asked of both sides, no part of the first; 公司 counts', () => {
    const comparison = splitComparison('根據概況，甲園同乙公司邊個匯聚嘅公司多啲');
    expect(comparison?.sides).toEqual(['甲園', '乙公司']);
    expect(comparison?.answerType).toBe('count');
    expect(comparison?.questions.every((question) => question.startsWith('根據概況,'))).toBe(true);
  });

  it('positions in two rankings ("ranked higher globally", 「哪個更靠前」): each side asked as a ranking in the question\'s scope', () => {
    const english = splitComparison('Is Hong Kong ranked higher globally in the Harbour Index or in the Bay Ranking?')!;
    expect(english).toMatchObject({ answerType: 'count', asksRank: true, sides: ['Harbour Index', 'Bay Ranking'] });
    expect(english.questions.every((question) => /ranking/.test(question) && /globally/.test(question))).toBe(true);
    const chinese = splitComparison('香港在海港指數和灣區指數中的全球排名，哪個更靠前？')!;
    expect(chinese).toMatchObject({ asksRank: true });
    expect(chinese.questions.every((question) => question.includes('全球') && question.includes('排名'))).toBe(true);
    // A comparison of sums is no ranking, nor is a place that gets more, nor a scheme named "ranking".
    expect(splitComparison('Which gets more, the Harbour Fund or the Bay Fund?')?.asksRank).toBeUndefined();
    expect(splitComparison('Which place gets the higher funding, the Harbour Park or the Bay Institute?')?.asksRank).toBeUndefined();
    expect(splitComparison('Which gets more, the ranking scheme or the talent scheme?')?.asksRank).toBeUndefined();
    // 前 after a year is no comparative: 「哪個在2020年前成立」 asks a date.
    expect(splitComparison('海港園和灣區園哪個在2020年前成立？')).toBeUndefined();
  });

  it('"how many times", 「X是Y的多少倍」: two sides whose ratio is asked', () => {
    expect(splitComparison('機械人基金的上限，是無人機計劃上限的多少倍？')).toMatchObject({ sides: ['機械人基金的上限', '無人機計劃上限'], asksTimes: true });
    expect(splitComparison('數據系統的撥款是研發院撥款的幾多倍？')).toMatchObject({ sides: ['數據系統的撥款', '研發院撥款'], asksTimes: true });
    expect(splitComparison('How many times bigger is the robotics fund than the drone programme?')).toMatchObject({ sides: ['robotics fund', 'drone programme'], asksTimes: true });
    expect(splitComparison('How much more is the robotics fund than the drone programme?')?.asksTimes).toBe(false);
  });

  it('a change across two years: one subject asked in each year, the other year taken out', () => {
    const english = splitComparison('How did the drone programme change from the 2023-24 to the 2024-25 Budget?');
    expect(english?.by).toBe('year');
    expect(english?.sides).toEqual(['2023-24', '2024-25']);
    expect(english?.answerType).toBe('other');
    expect(english!.questions[0]).toContain('2023-24');
    expect(english!.questions[0]).not.toContain('2024-25');
    const funding = splitComparison('無人機計劃嘅撥款喺2023-24同2024-25年度有咩分別？');
    expect(funding?.by).toBe('year');
    expect(funding?.answerType).toBe('amount');
    expect(splitComparison('How much is the drone programme in 2024-25?')).toBeUndefined();
  });

  it('two things each with its own year are two sides, not one thing in two years', () => {
    const comparison = splitComparison('Which got more money: the drone fund in the 2023-24 Budget or the robotics fund in the 2024-25 Budget?');
    expect(comparison?.by).toBe('subject');
    expect(comparison?.sides).toEqual(['drone fund in the 2023-24 Budget', 'robotics fund in the 2024-25 Budget']);
  });

  it('leaves a why to the ordinary answerer: it asks the cause of a difference, not the two figures', () => {
    expect(splitComparison('點解機械人基金比無人機計劃少咗咁多？')).toBeUndefined();
    expect(splitComparison('Why is the robotics fund larger than the drone programme?')).toBeUndefined();
  });

  it('leaves questions that compare nothing named twice to the ordinary answerer', () => {
    expect(splitComparison('How much is set aside for the AI institute?')).toBeUndefined();
    expect(splitComparison('Is it more than HK$5 billion?')).toBeUndefined();
    expect(splitComparison('機械人基金有幾多錢？')).toBeUndefined();
    // A year after 比 is the baseline of a change, not a second thing.
    expect(splitComparison('無人機企業數目比2023年增加咗幾多%？')).toBeUndefined();
    expect(splitComparison('2024-25年度無人機計劃的撥款比2025-26年度機械人基金多多少？')?.sides).toEqual(['2024-25年度無人機計劃的撥款', '2025-26年度機械人基金']);
  });
});

describe('a change between two documents the question names', () => {
  const entry = (id: string, format: DocumentEntry['format'], date: string): DocumentEntry => ({
    id,
    file: `${id}.txt`,
    format,
    title: { en: id, zh: id },
    publisher: { en: 'Publisher', zh: '出版者' },
    date,
    budgetYear: '2027-28',
    languages: ['zh-Hant'],
  });
  const documents = [entry('release', 'press-release', '2028-02-01'), entry('facts', 'fact-sheet', '2027-01-01')];
  const split = (question: string) => splitAcrossDocuments(question, namedDocuments(question, documents));

  it('asks the same question of each document, the older first, and keeps what is counted', () => {
    const comparison = split("The park's company count went up between the press release and the fact sheet - by how many?");
    expect(comparison?.by).toBe('document');
    expect(comparison?.sides).toEqual(['fact sheet', 'press release']);
    expect(comparison?.documents).toEqual([['facts'], ['release']]);
    expect(comparison?.answerType).toBe('count');
    expect(comparison?.asksDifference).toBe(true);
    expect(comparison?.questions[0]).not.toMatch(/fact sheet|press release/);
    expect(split('公司數目，新聞稿比概況多了多少？')?.sides).toEqual(['概況', '新聞稿']);
    // 「差咗幾多」 asks the difference between the two as 「多了多少」 does.
    expect(split('服務數目，新聞稿同概況差咗幾多項？')?.sides).toEqual(['概況', '新聞稿']);
    expect(split('服務數目，新聞稿同概況差咗幾多項？')?.asksDifference).toBe(true);
    // 「X講嘅Y數目…多咗幾多間」 asks each document how many Y X has, without the comparison's frame.
    expect(split('海港園新聞稿講嘅科技公司數目，同概況講嘅比，多咗幾多間？')?.questions[0]).toBe('海港園有多少間科技公司？');
  });

  it('the "between A and B" clause that names the two documents, with the words of their names the mentions leave, is no part of a side', () => {
    const comparison = split("How has the number of tech companies at the park changed between the 2027 I&T fact sheet and the park's February 2028 press release?");
    expect(comparison?.documents).toEqual([['facts'], ['release']]);
    expect(comparison?.questions[0]).not.toMatch(/between|I&T|February|park's/);
    expect(comparison?.questions[0]).toMatch(/tech companies at the park/);
  });

  it('a count the question states says what each document is asked, whatever "how much" says', () => {
    const comparison = split("The park served 'over 1,600' tech companies in the fact sheet; what figure does its press release give, i.e. how much did it grow?");
    expect(comparison?.answerType).toBe('count');
    expect(comparison?.questions[0]).toBe('How many tech companies did park served?');
  });

  it('"how many more X in A than B …" asks each document how many X: the comparative, the than-clause and a month left of a document name are no part of a side', () => {
    const comparison = split('How many more companies does the park say it hosts in its Feb press release than the fact sheet credited it with?');
    expect(comparison?.questions[0]).toBe('how many companies does the park say it hosts?');
    // "how many more is that" keeps its words: what follows "more" is no counted noun.
    expect(split('The press release says over 2,400 companies. How many more is that than the fact sheet?')?.questions[0]).toMatch(/How many more is that\?$/);
  });

  it("asks each document for the figure, not for the change: the question's change words and emptied 'between … and …' are no part of a side", () => {
    // "X's company count" asks how many companies X has; a month left of "its own Feb … press release" is no part of a side.
    const counted = split("How much did the park's company count grow between the Feb fact sheet and its own Feb press release?");
    expect(counted?.answerType).toBe('count');
    expect(counted?.questions[0]).toBe('how many companies does the park have ?');
    const grown = split('How much has the number of tech companies grown between the Feb fact sheet and the Feb press release?');
    expect(grown?.answerType).toBe('count');
    expect(grown?.questions[0]).toBe('how many tech companies ?');
    const changed = split('How many companies does the park host — did the figure change from the fact sheet to the press release?');
    expect(changed?.questions[1]).toBe('How many companies does the park host ?');
  });

  it('is no comparison with one document, or without a word of change or comparison', () => {
    expect(split('How many companies does the press release give?')).toBeUndefined();
    expect(split('The fact sheet said 1,600. What does the press release say?')).toBeUndefined();
  });
});
