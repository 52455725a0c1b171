import { describe, expect, it } from 'vitest';
import { ratioSpans, ratioVerdict, shareOfRatioVerdict, statedRatio } from './ratio.js';

describe('ratios as documents write them', () => {
  it('finds a ratio with its parties in either language, as the sentence writes it', () => {
    expect(ratioSpans('以1（政府）：2（企業）的配對比例提供資助').map((span) => span.text)).toEqual(['1（政府）：2（企業）']);
    expect(ratioSpans('on a 1 (government): 2 (company) matching basis').map((span) => span.text)).toEqual(['1 (government): 2 (company)']);
    expect(ratioSpans('a plain 2:1 split').map((span) => span.text)).toEqual(['2:1']);
    expect(ratioSpans('電話：+852 2629 6850')).toEqual([]);
  });

  it('decides which party gives more only when asked about who pays or about both parties', () => {
    const sentence = '以1（政府）：2（企業）的配對比例提供資助';
    expect(ratioVerdict('係咪政府出大份？', sentence)).toEqual({ holds: false, written: '1（政府）：2（企業）' });
    expect(ratioVerdict('Does the company pay more than the government?', sentence)?.holds).toBe(true);
    expect(ratioVerdict('Does the government pay less?', sentence)?.holds).toBe(true);
    expect(ratioVerdict('Is the grant per firm larger than the minimum a firm must invest?', sentence)).toBeUndefined();
    expect(ratioVerdict('Does the government pay more?', '每家企業最多2億元')).toBeUndefined();
  });
  it('a ratio the question states without parties (1:1, "1 to 2", 一比一) is checked against the sentence\'s proportion', () => {
    const sentence = '以1（政府）：2（企業）的配對比例';
    expect(statedRatio('Is it 1:1 matching?')).toEqual([1, 1]);
    expect(statedRatio('係咪一比一配對？')).toEqual([1, 1]);
    expect(statedRatio('Does it open at 9:30?')).toBeUndefined();
    expect(statedRatio('How much is it?')).toBeUndefined();
    // A range, a span of years and two years compared are no ratios; 一比十 and 1:10 beside a word of ratio are.
    expect(statedRatio('Does the scheme give HK$1 to 2 million?')).toBeUndefined();
    expect(statedRatio('Is funding for 3 to 5 years?')).toBeUndefined();
    expect(statedRatio('2024比2023多咗？')).toBeUndefined();
    expect(statedRatio('係咪一比十配對？')).toEqual([1, 10]);
    expect(statedRatio('Is it 1:10 matching?')).toEqual([1, 10]);
    // Equal shares put as an idiom: "go halves", "fifty-fifty", 對半.
    expect(statedRatio('does the govt go halves with factories under the scheme?')).toEqual([1, 1]);
    expect(statedRatio('Is the cost split fifty-fifty?')).toEqual([1, 1]);
    expect(statedRatio('係咪政府同企業對半出錢？')).toEqual([1, 1]);
    expect(statedRatio('Is half of the site for housing?')).toBeUndefined();
    expect(ratioVerdict('does the govt go halves with factories?', sentence)).toMatchObject({ holds: false });
    expect(ratioVerdict('Is it 1:1 matching?', sentence)).toMatchObject({ holds: false });
    expect(ratioVerdict('Is it matched 1 to 2?', sentence)).toMatchObject({ holds: true });
  });

  it('a question stating both parties\' shares (「政府出一份、企業出兩份」) holds when they are in the sentence\'s proportion', () => {
    const sentence = '以 2（政府）：1（企業）的配對形式資助本地企業員工';
    expect(ratioVerdict('是不是政府出一份、企業出兩份？', sentence)).toEqual({ holds: false, written: '2（政府）：1（企業）' });
    expect(ratioVerdict('係咪政府俾兩份，企業俾一份？', sentence)?.holds).toBe(true);
    expect(ratioVerdict('Does the government pay two parts and the company one part?', sentence)?.holds).toBe(true);
  });
});

describe('shareOfRatioVerdict: a party’s share of the whole, from a ratio with parties', () => {
  const sentence = '以1（政府）：2（企業）的配對比例為河岸作坊提供最高10萬元資助';

  it('holds when the share the question states is the one the ratio gives that party', () => {
    expect(shareOfRatioVerdict('河岸計劃政府係咪出三分之一？', sentence, 33.3)).toEqual({ holds: true, written: '1（政府）：2（企業）' });
    expect(shareOfRatioVerdict('Does the company pay two thirds?', sentence, 66.7)).toMatchObject({ holds: true });
  });

  it('does not hold for another share', () => {
    expect(shareOfRatioVerdict('Does the government cover half of the river scheme?', sentence, 50)).toMatchObject({ holds: false });
  });

  it('says nothing without a ratio with parties, or a party named', () => {
    expect(shareOfRatioVerdict('Does the government cover half?', '河岸計劃提供最高10萬元資助', 50)).toBeUndefined();
    expect(shareOfRatioVerdict('Is it half?', sentence, 50)).toBeUndefined();
  });
});
