import { describe, expect, it } from 'vitest';
import type { NamedEntity } from '../text/lexicon.js';
import { describeAlternative, namedAlternative } from './named-alternative.js';

/** A lexicon of a few names, made here: each found where one of its forms is written. */
const ENTITIES: NamedEntity[] = [
  { kind: 'body', zh: ['數碼港'], en: ['Cyberport'] },
  { kind: 'body', zh: ['科技園公司'], en: ['HKSTP'] },
  { kind: 'body', zh: ['立法會'], en: ['LegCo'] },
  { kind: 'place', zh: ['河套香港園區'], en: ['Hong Kong Park'] },
  { kind: 'place', zh: ['香港科學園'], en: ['Hong Kong Science Park'] },
  { kind: 'place', zh: ['大埔'], en: ['Tai Po'] },
  { kind: 'place', zh: ['元朗'], en: ['Yuen Long'] },
  { kind: 'place', zh: ['沙田'], en: ['Sha Tin'] },
];
const lexicon = {
  findNames(text: string, kinds: NamedEntity['kind'][]) {
    return ENTITIES.filter((entity) => kinds.includes(entity.kind))
      .flatMap((entity) => [...entity.zh, ...entity.en].map((written) => ({ entity, at: text.indexOf(written), written })))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at);
  },
};

describe('a place or body the answering sentence puts in the stead of the one asked', () => {
  const injection = '科技園公司喜見政府建議向立法會申請注資一百億元予河套香港園區';

  it('is the name in the slot asked about (the recipient after 予), not another part the sentence names', () => {
    expect(namedAlternative('Is the HK$10 billion going to Cyberport?', injection, '', lexicon)?.written).toEqual(['河套香港園區']);
    expect(describeAlternative(namedAlternative('Is the HK$10 billion going to Cyberport?', injection, '', lexicon)!, 'en')).toBe('Hong Kong Park (河套香港園區)');
  });

  it('is none when the sentence or its surroundings name what is asked', () => {
    expect(namedAlternative('Is the HK$10 billion going to the Hong Kong Park?', injection, '', lexicon)).toBeUndefined();
    expect(namedAlternative('Is it going to Cyberport?', '注資一百億元予河套香港園區', '數碼港', lexicon)).toBeUndefined();
  });

  it('lists places, and a place may stand in for a body that is also a place', () => {
    const parks = namedAlternative('科技園公司係咪喺沙田有創新園？', '科技園公司將繼續透過大埔、元朗的創新園', '', lexicon);
    expect(describeAlternative(parks!, 'zh-Hant')).toBe('大埔、元朗');
    expect(namedAlternative('創新斗室係咪喺數碼港隔籬？', '在香港科學園旁邊的創新斗室', '', lexicon)?.written).toEqual(['香港科學園']);
  });

  it('reads no publisher named as a document\'s author as a subject asked, and none in full-width letters missed', () => {
    expect(namedAlternative("Is the fund still $10 billion in HKSTP's 2026 release?", '預留100億元，向立法會申請撥款', '', lexicon)).toBeUndefined();
    expect(namedAlternative('Is it going to Ｃｙｂｅｒｐｏｒｔ?', injection, '', lexicon)?.written).toEqual(['河套香港園區']);
  });
});
