import { describe, expect, it } from 'vitest';
import { changeFromAnotherYear, checkedPredicateEn, checkedPredicateZh, countsWithoutListing, namedOnlyAsListItem, reportsProgressOnly, restatesAskedThing } from './unstated-aspect.js';

const nfkc = (text: string) => text.normalize('NFKC');

describe('countsWithoutListing: a list asked of a counted set', () => {
  it('is true when the sentence gives the count but names no member', () => {
    expect(countsWithoutListing(nfkc('綠洲基金支援的9間企業是哪幾間？'), nfkc('綠洲基金於 2010 年成立，共支援 9 間企業，匯聚超過 300 名研究人才。'))).toBe(true);
    expect(countsWithoutListing('Which 9 firms has the Oasis Fund backed?', nfkc('綠洲基金共支援 9 間企業，匯聚超過 300 名研究人才。'))).toBe(true);
    expect(countsWithoutListing('List the 6 core proposals of the Harbour Panel', 'The Harbour Panel made 6 core proposals to the Government early in the year.')).toBe(true);
  });

  it('is true when the items beside the count are other counted sets', () => {
    expect(countsWithoutListing('which lenders got the 5 river licences?', nfkc('已發出五個河道牌照、三個湖泊牌照，以及 12 個碼頭牌照。'))).toBe(true);
  });

  it('is true when the count is the subject of a clause whose verbs follow, and for a count written "40-odd"', () => {
    expect(countsWithoutListing('can you list the 30-odd river firms that are moving in?', 'More than 30 river firms have set up or expanded their offices, or plan to do so.')).toBe(true);
  });

  it('is false when the members are listed before the count, after it, or in the clause that follows it', () => {
    expect(countsWithoutListing(nfkc('那三個綠洲園在哪裏？'), nfkc('位於北灣、東岬和西澳的三個綠洲園。'))).toBe(false);
    expect(countsWithoutListing('What are the two existing Oasis clusters?', nfkc('「綠洲平台」已建設兩個平台，分別為專注醫療的「Alpha@Oasis」，以及專注機械人的「Beta@Oasis」。'))).toBe(false);
    expect(countsWithoutListing('Which 3 parks are there?', 'The three parks in North Bay, East Cape and West Inlet.')).toBe(false);
  });

  it('reads neither an ordinal nor a date as the size of a set', () => {
    expect(countsWithoutListing(nfkc('第三個綠洲平台會聚焦哪些範疇？'), nfkc('並已開展籌備建設第三個平台，聚焦先進製造、材料、能源及可持續發展。'))).toBe(false);
    expect(countsWithoutListing(nfkc('計劃自2023年4月起有甚麼變化？'), nfkc('計劃自 2023 年 4 月起增加資助約 10%。'))).toBe(false);
  });

  it('leaves a question that counts nothing, or a sentence without its count, to other tests', () => {
    expect(countsWithoutListing(nfkc('綠洲基金支援哪些企業？'), nfkc('綠洲基金共支援 9 間企業。'))).toBe(false);
    expect(countsWithoutListing(nfkc('綠洲基金支援的9間企業是哪幾間？'), nfkc('綠洲基金匯聚超過 300 名研究人才。'))).toBe(false);
  });
});

describe('namedOnlyAsListItem: a thing named only as one item of a list', () => {
  const namesLantern = (text: string) => text.includes('智能路燈') || /smart lanterns?/i.test(text);

  it('is true when the sentence names the thing only inside a list of others', () => {
    expect(namedOnlyAsListItem(nfkc('「一網通」平台、智能路燈、新一代雲端設施和共用數據平台。'), namesLantern)).toBe(true);
    expect(namedOnlyAsListItem('The town has rolled out e-permits, smart lanterns, cloud kiosks and shared ledgers.', namesLantern)).toBe(true);
  });

  it('is false when the thing is also named outside the list, or in no list', () => {
    expect(namedOnlyAsListItem(nfkc('智能路燈裝有感應器，用以收集交通數據；另有雲端設施、數據平台和電子表格。'), namesLantern)).toBe(false);
    expect(namedOnlyAsListItem(nfkc('政府正推展智能路燈、雲端設施和數據平台，其中智能路燈用以收集數據。'), namesLantern)).toBe(false);
    expect(namedOnlyAsListItem(nfkc('智能路燈用以收集交通數據。'), namesLantern)).toBe(false);
  });
});

describe('reportsProgressOnly: a sentence that only says how far a thing has got', () => {
  const progress = new Set(['prepar', 'launch', 'continu', 'monitor', '继续', '监督', '推行']);

  it('is true when, beside the question’s words and years, the sentence holds only words of progress', () => {
    expect(reportsProgressOnly(['prepar', 'launch', 'river', 'grant', 'scheme'], new Set(['river', 'grant', 'scheme', 'meant']), progress)).toBe(true);
    expect(reportsProgressOnly(['继续', '监督', '河岸挑战', '推行', 'y2025'], new Set(['河岸挑战', '目的']), progress)).toBe(true);
    // … or only when it was published: 「《河岸宣言》在 2024 年 10 月發表。」
    expect(reportsProgressOnly(['y2024', 'n10', '河岸宣言', '月', '发表'], new Set(['河岸宣言']), new Set([...progress, '发表']))).toBe(true);
  });

  it('is false when the sentence says anything else of the thing, or nothing beside the question', () => {
    expect(reportsProgressOnly(['launch', 'river', 'grant', 'scheme', 'fund', 'boatyard'], new Set(['river', 'grant', 'scheme']), progress)).toBe(false);
    expect(reportsProgressOnly(['river', 'grant', 'scheme'], new Set(['river', 'grant', 'scheme']), progress)).toBe(false);
  });
});

describe('restatesAskedThing: an English purpose clause that only acts on the thing asked about', () => {
  it('is true for a clause naming the thing again, or by a pronoun with a time', () => {
    expect(restatesAskedThing('to launch the River Grant Scheme', 'What is the River Grant Scheme meant to do?')).toBe(true);
    expect(restatesAskedThing('to publish it within this year', 'What is the Harbour White Paper supposed to achieve?')).toBe(true);
  });

  it('is false for a clause that says what the thing does', () => {
    expect(restatesAskedThing('to help boatyards adopt cleaner engines', 'What is the River Grant Scheme meant to do?')).toBe(false);
    expect(restatesAskedThing('to support small boatyards along the river', 'What is the River Grant Scheme for?')).toBe(false);
  });
});

describe('checkedPredicateZh: what a Chinese yes/no checks', () => {
  it('is the words after the last polar word, without closing particles', () => {
    expect(checkedPredicateZh('啲初創用河岸超算中心係咪免費㗎？')).toBe('免費');
    expect(checkedPredicateZh('兩個園區之間的橋樑會否開放予私家車使用？')).toBe('開放予私家車使用');
    expect(checkedPredicateZh('公司用「河岸身份」平台要唔要俾錢㗎？')).toBe('俾錢');
    expect(checkedPredicateZh('河岸研究院會不會設在北灣？')).toBe('設在北灣');
    expect(checkedPredicateZh('河岸計劃收不收費？')).toBe('收費');
    expect(checkedPredicateZh('噉同《概況》入面講嘅時間一唔一樣㗎？')).toBe('一樣');
  });

  it('is undefined without a polar word, or with nothing after it', () => {
    expect(checkedPredicateZh('河岸基金有幾多錢？')).toBeUndefined();
    expect(checkedPredicateZh('河岸基金係唔係？')).toBeUndefined();
  });
});

describe('checkedPredicateEn: what an English yes/no checks about a named thing', () => {
  it('is the words after the auxiliary and the name, a kind of thing ending the name', () => {
    expect(checkedPredicateEn('Is the River+ scheme only open to SMEs?')).toBe('only open to SMEs');
    expect(checkedPredicateEn('Will the three-year River Subsidy Scheme be extended once it ends?')).toBe('be extended once it ends');
    expect(checkedPredicateEn("Is RiverPort's data centre free for start-ups?")).toBe('data centre free for start-ups');
  });

  it('is undefined when no name follows the auxiliary, or nothing follows the name', () => {
    expect(checkedPredicateEn('Can overseas companies apply for the River Scheme?')).toBeUndefined();
    expect(checkedPredicateEn('Is it the River Scheme?')).toBeUndefined();
    expect(checkedPredicateEn('Is the River Scheme?')).toBeUndefined();
    expect(checkedPredicateEn('How much is the River Scheme?')).toBeUndefined();
  });

  it('is the thing said to exist in "is there … for <name>?"', () => {
    expect(checkedPredicateEn("Is there an application deadline for RiverPort's data centre?")).toBe('application deadline');
    expect(checkedPredicateEn('Are there any fees for the River Park?')).toBe('fees');
    expect(checkedPredicateEn('Is there a cap on funding for each firm?')).toBeUndefined();
    // Support of any kind is met by what the passage calls it: not checked word for word.
    expect(checkedPredicateEn('Are there subsidies for the River Offices?')).toBeUndefined();
  });
});

describe('changeFromAnotherYear: a change asked from one year, stated from another', () => {
  it('is true when both name the year they measure from and none agrees', () => {
    expect(changeFromAnotherYear('2024年的河岸企業數目比2022年增加了多少？', '河岸企業共有近 470 間（較 2023 年增加 10 %）')).toBe(true);
    expect(changeFromAnotherYear('How much did river firms grow compared with 2021?', 'River firms rose 12% over 2023.')).toBe(true);
  });

  it('is false when the years agree, or either names none', () => {
    expect(changeFromAnotherYear('2024年的河岸企業數目比2023年增加了多少？', '河岸企業共有近 470 間（較 2023 年增加 10 %）')).toBe(false);
    expect(changeFromAnotherYear('河岸企業數目增加了多少？', '河岸企業共有近 470 間（較 2023 年增加 10 %）')).toBe(false);
    expect(changeFromAnotherYear('How much did river firms grow compared with 2021?', 'River firms rose 12% this year.')).toBe(false);
  });
});
