import { describe, expect, it } from 'vitest';
import { resolveFollowUp, subjectOf, type ConversationTurn, type NameFinder } from './resolve-follow-up.js';

/**
 * The rules are about kinds of questions, so the tests use made-up subjects (a "Harbour Lab", a
 * 「海港實驗室」) that appear in no document: a rule that only worked for the corpus would fail here.
 */

const NAMES = [
  { zh: ['海港實驗室'], en: ['Harbour Lab'] },
  { zh: ['山頂研究所'], en: ['Peak Institute'] },
];
const findNames: NameFinder = (text) =>
  NAMES.flatMap((entity) =>
    [...entity.zh, ...entity.en].flatMap((name) => {
      const at = /[a-z]/i.test(name) ? text.toLowerCase().indexOf(name.toLowerCase()) : text.indexOf(name);
      return at >= 0 ? [{ at, written: name, ...entity }] : [];
    }),
  );

function chat(...pairs: Array<[string, string]>): ConversationTurn[] {
  return pairs.flatMap(([question, answer]) => [
    { role: 'user' as const, content: question },
    { role: 'assistant' as const, content: answer },
  ]);
}

const resolve = (earlier: ConversationTurn[], question: string) => resolveFollowUp({ earlier, question, findNames });

describe('resolveFollowUp', () => {
  it('leaves the first question alone', () => {
    expect(resolve([], 'How much for the Harbour Lab?')).toMatchObject({ question: 'How much for the Harbour Lab?', kind: 'standalone' });
  });

  it('carries a year ellipsis onto the earlier question, by value or relative to it', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    expect(resolve(earlier, 'and the year before?')).toMatchObject({ kind: 'year', question: 'What is the 2030-31 estimate for programme (4)?' });
    expect(resolve(earlier, 'What about 2029/30?')).toMatchObject({ kind: 'year', question: 'What is the 2029-30 estimate for programme (4)?' });
    expect(resolve(earlier, 'And the following year?').question).toBe('What is the 2032-33 estimate for programme (4)?');
    expect(resolve(earlier, "ok thanks, what about last year's?").question).toBe('What is the 2030-31 estimate for programme (4)?');
    const chinese = chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']);
    expect(resolve(chinese, '2030-31年度呢？').question).toBe('2030-31年度綱領(4)的預算是多少？');
    expect(resolve(chinese, '上一年呢？').question).toBe('2030-31年度綱領(4)的預算是多少？');
  });

  it('takes the year from the earlier answer when the earlier question named none', () => {
    const earlier = chat(['How much does the Harbour Lab get?', 'HK$5 million [1]. From X (2031-02-20, budget year 2031-32): …']);
    expect(resolve(earlier, 'and the year before?').question).toBe('How much does the Harbour Lab get in 2030-31?');
  });

  it('puts the earlier subject in place of a pronoun, in the language of the new question', () => {
    const earlier = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].']);
    expect(resolve(earlier, 'When did it open?')).toMatchObject({ kind: 'pronoun', question: 'When did the Harbour Lab open?' });
    expect(resolve(earlier, 'How big is it?').question).toBe('How big is the Harbour Lab?');
    expect(resolve(earlier, 'And its funding?').question).toBe("What is the Harbour Lab's funding?");
    // Asked next in Cantonese: the name goes in Chinese.
    expect(resolve(earlier, '佢幾時開幕？')).toMatchObject({ kind: 'pronoun', question: '海港實驗室幾時開幕？' });
    const cantonese = chat(['海港實驗室係咩嚟㗎？', '一個研究中心 [1]。']);
    expect(resolve(cantonese, '佢有幾多間企業？').question).toBe('海港實驗室有幾多間企業？');
    expect(resolve(cantonese, '它的面積有多大？').question).toBe('海港實驗室的面積有多大？');
  });

  it('finds a subject by grammar when it is not a known name', () => {
    expect(subjectOf('What is the 2031-32 estimate for programme (4)?')).toBe('programme (4)');
    expect(subjectOf('How many drones does the city have?')).toBe('the city');
    expect(subjectOf('智能路燈係咩嚟㗎？')).toBe('智能路燈');
    const earlier = chat(['How much was set aside for smart lampposts?', 'HK$3 million [1].']);
    expect(resolve(earlier, 'When will they be installed?').question).toBe('When will smart lampposts be installed?');
  });

  it('reads "is that more than …" as the earlier question with the figure to compare', () => {
    const earlier = chat(['How much was set aside for the Harbour Lab?', 'HK$1 billion [1].']);
    const resolved = resolve(earlier, 'Is that more than HK$500 million?');
    expect(resolved.kind).toBe('comparison');
    expect(resolved.question).toBe('How much was set aside for the Harbour Lab — is it more than HK$500 million?');
    expect(resolved.comparison).toMatchObject({ relation: 'more', target: { kind: 'money', value: 500_000_000 } });
    expect(resolve(earlier, 'Was it less than $2 billion?').comparison).toMatchObject({ relation: 'less', target: { value: 2_000_000_000 } });
    const chinese = resolve(chat(['海港實驗室獲預留多少錢？', '10億元 [1]。']), '係咪多過5億？');
    expect(chinese).toMatchObject({ kind: 'comparison', comparison: { relation: 'more', target: { value: 500_000_000 } } });
  });

  it('compares with another year by asking the earlier question of that year', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    const resolved = resolve(earlier, 'Is that more than the year before?');
    expect(resolved).toMatchObject({ kind: 'comparison', question: 'What is the 2030-31 estimate for programme (4)?', comparison: { relation: 'more', year: '2030-31', previous: { value: 12_000_000 } } });
    expect(resolve(earlier, 'Was it lower than in 2029-30?').comparison).toMatchObject({ relation: 'less', year: '2029-30' });
    expect(resolve(chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']), '比上年多嗎？')).toMatchObject({ kind: 'comparison', question: '2030-31年度綱領(4)的預算是多少？', comparison: { relation: 'more', year: '2030-31' } });
  });

  it('answers the earlier question again in the language asked for', () => {
    const earlier = chat(['How much was set aside for the Harbour Lab?', 'HK$1 billion [1].']);
    expect(resolve(earlier, 'In Chinese please')).toMatchObject({ kind: 'language', language: 'zh-Hant', question: 'How much was set aside for the Harbour Lab?' });
    expect(resolve(earlier, '用简体中文回答')).toMatchObject({ kind: 'language', language: 'zh-Hans' });
    expect(resolve(chat(['海港實驗室獲預留多少錢？', '10億元 [1]。']), 'Can you answer in English?')).toMatchObject({ kind: 'language', language: 'en' });
    expect(resolve(earlier, 'And in Chinese?')).toMatchObject({ kind: 'language', language: 'zh-Hant' });
    expect(resolve(chat(['海港實驗室獲預留多少錢？', '10億元 [1]。']), '咁英文呢？')).toMatchObject({ kind: 'language', language: 'en' });
  });

  it('reads an elliptical fragment as a new aspect or a new subject of the same question', () => {
    const earlier = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].']);
    expect(resolve(earlier, 'What about the Peak Institute?')).toMatchObject({ kind: 'subject', question: 'How many companies are there in the Peak Institute?' });
    expect(resolve(earlier, 'and how many staff?')).toMatchObject({ kind: 'aspect', question: 'How many staff for the Harbour Lab?' });
    expect(resolve(earlier, 'And the budget?')).toMatchObject({ kind: 'aspect', question: 'What is the budget for the Harbour Lab?' });
    const cantonese = chat(['海港實驗室有幾多間企業？', '超過300間 [1]。']);
    expect(resolve(cantonese, '咁山頂研究所呢？')).toMatchObject({ kind: 'subject', question: '山頂研究所有幾多間企業？' });
    expect(resolve(cantonese, '咁面積呢？')).toMatchObject({ kind: 'aspect', question: '海港實驗室嘅面積係幾多？' });
  });

  it('does not drag the old subject into a question that names its own', () => {
    const earlier = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].']);
    for (const question of ['How much was set aside for the Peak Institute?', 'What is the 2031-32 estimate for programme (4)?', 'How many drones does the city have?', '山頂研究所有幾多職員？']) {
      expect(resolve(earlier, question)).toMatchObject({ kind: 'standalone', question });
    }
    expect(resolve(earlier, 'And how much was set aside for the Peak Institute?')).toMatchObject({ kind: 'standalone', question: 'How much was set aside for the Peak Institute?' });
  });

  it('swaps a parallel phrase, or what a "how many" question counts', () => {
    const earlier = chat(['How many robotics companies are there in the Harbour Lab?', 'Over 300 [1].']);
    expect(resolve(earlier, 'and biotech companies?')).toMatchObject({ kind: 'aspect', question: 'How many biotech companies are there in the Harbour Lab?' });
    const counted = chat(['How many research labs does the city have?', '16 [1].']);
    expect(resolve(counted, 'What about drone ports?').question).toBe('How many drone ports does the city have?');
    const cantonese = chat(['海港實驗室有幾多間企業？', '超過300間 [1]。']);
    expect(resolve(cantonese, '咁科技公司呢？').question).toBe('海港實驗室有幾多間科技公司？');
    const office = chat(['What is the 2031-32 estimate for the Office of the Director?', 'HK$24 million [1].']);
    expect(resolve(office, 'and programme (4)?')).toMatchObject({ kind: 'subject', question: 'What is the 2031-32 estimate for programme (4)?' });
  });

  it('reads a question that names no subject of its own, "there" and "the fund" as about the earlier subject', () => {
    const earlier = chat(['What is the 2031-32 estimate for Programme (4)?', 'HK$12 million [1].']);
    expect(resolve(earlier, 'What was the revised estimate for 2030-31?')).toMatchObject({ kind: 'aspect', question: 'What was the revised estimate for 2030-31 for Programme (4)?' });
    const lab = chat(['Tell me about the Harbour Lab', 'A research centre [1].']);
    expect(resolve(lab, 'How many people work there?').question).toBe('How many people work at the Harbour Lab?');
    expect(resolve(lab, 'How big is the site?').question).toBe('How big is the Harbour Lab?');
    expect(resolve(chat(['海港實驗室係咩嚟㗎？', '一個研究中心 [1]。']), '嗰度有幾多人做嘢？').question).toBe('海港實驗室有幾多人做嘢？');
    // "Is there …" is not a place, and a question with its own subject keeps it.
    expect(resolve(lab, 'Is there a fund for drone makers?').kind).toBe('standalone');
    expect(resolve(lab, 'How big is the drone fund?').kind).toBe('standalone');
  });

  it('carries the subject through a chain of follow-ups', () => {
    const earlier = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].'], ['When did it open?', 'In 2030 [1].']);
    expect(resolve(earlier, 'How big is it?').question).toBe('How big is the Harbour Lab?');
    const years = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].'], ['and the year before?', 'HK$11 million [1].']);
    expect(resolve(years, 'and the year before that?').question).toBe('What is the 2029-30 estimate for programme (4)?');
  });
});
