import { describe, expect, it } from 'vitest';
import { countsSomethingElse, zhCountedNoun } from './answer-conversation.js';

/** Made-up subjects and passages (a 「海港實驗室」), so a rule that only held for the corpus would fail here. */
describe('zhCountedNoun', () => {
  it('reads what a Chinese count question counts, after or before its question word', () => {
    expect(zhCountedNoun('海港實驗室有幾多個研究員？')).toEqual({ noun: '研究員', classifier: '個' });
    expect(zhCountedNoun('海港基金嘅基金經理有幾多人？')).toEqual({ noun: '基金經理', classifier: '人' });
    expect(zhCountedNoun('海港基金投资了多少间企业？')).toEqual({ noun: '企业', classifier: '间' });
    expect(zhCountedNoun('海港實驗室幾時成立？')).toBeUndefined();
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
