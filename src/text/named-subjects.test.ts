import { describe, expect, it } from 'vitest';
import type { LexiconData } from './lexicon.js';
import { namedSubjects, namedSubjectsMissing, namesSubject, withEnglishNames } from './named-subjects.js';

/** A lexicon as the index builds it from a two-entry terminology: each phrase with the other language's terms. */
const lexicon: LexiconData = {
  zhPhrases: [
    { phrase: '数码港', targets: [['cyberport', 1]] },
    { phrase: '研究人才库', targets: [['research', 1], ['talent', 1], ['hub', 1]] },
  ],
  enPhrases: [
    { phrase: 'cyberport', targets: [['数码港', 1]] },
    { phrase: 'research talent hub', targets: [['研究人才库', 1]] },
  ],
  zhWords: {},
  enWords: {},
  names: [],
};

describe('named subjects', () => {
  it('finds the terminology names and quoted names a question asks about, in either language', () => {
    expect(namedSubjects('How many unicorns has Cyberport produced?', lexicon).map((s) => s.written)).toEqual(['cyberport']);
    expect(namedSubjects('研究人才庫每月資助幾多？', lexicon)[0]).toMatchObject({ chinese: ['研究人才库'], english: ['research talent hub'] });
    expect(namedSubjects('「智慧交通基金」資助了多少個項目？', lexicon).map((s) => s.written)).toEqual(['智慧交通基金']);
    expect(namedSubjects('How much for the AI institute?', lexicon)).toEqual([]);
  });

  it('a question asked again gets the same subjects, and each lexicon its own', () => {
    const first = namedSubjects('What is the research policy hub for?', lexicon);
    expect(first).toEqual([]);
    expect(namedSubjects('What is the research policy hub for?', lexicon)).toBe(first);
    const withShorter: LexiconData = { ...lexicon, enPhrases: [...lexicon.enPhrases, { phrase: 'research hub', targets: [] }] };
    expect(namedSubjects('What is the research policy hub for?', withShorter).map((s) => s.written)).toEqual(['research hub']);
  });

  it('an English name of two words or more is found with one word of the asker inside it', () => {
    expect(namedSubjects('What is the research talent hub for?', lexicon).map((s) => s.written)).toEqual(['research talent hub']);
    expect(namedSubjects('What is the research talent support hub for?', lexicon).map((s) => s.written)).toEqual(['research talent hub']);
    expect(namedSubjects('What are the research grants, talent schemes and hub for?', lexicon)).toEqual([]);
    // … but not when that word belongs to a longer name written out in full ("Hong Kong Science Park" is not "Hong Kong Park").
    const withShorter: LexiconData = { ...lexicon, enPhrases: [...lexicon.enPhrases, { phrase: 'research hub', targets: [] }] };
    expect(namedSubjects('What is the research talent hub for?', withShorter).map((s) => s.written)).toEqual(['research talent hub']);
    expect(namedSubjects('What is the research policy hub for?', withShorter).map((s) => s.written)).toEqual(['research hub']);
  });
  it('an English name is paired with its Chinese name even when the segmenter splits that name (「產學研 1+計劃」 → 产学研 | 计划)', () => {
    const split: LexiconData = {
      ...lexicon,
      zhPhrases: [...lexicon.zhPhrases, { phrase: '产学研1+计划', targets: [['rais', 1], ['scheme', 1]] }],
      enPhrases: [...lexicon.enPhrases, { phrase: 'rais scheme', targets: [['产学研', 1], ['计划', 1]] }, { phrase: 'scheme', targets: [['计划', 1]] }],
    };
    expect(namedSubjects('How many teams will the RAISe+ Scheme fund?', split)[0]).toMatchObject({ chinese: ['产学研1+计划'] });
    // One word names too much to be paired this way.
    expect(namedSubjects('Which scheme is this?', split).flatMap((s) => s.chinese)).not.toContain('产学研1+计划');
  });

  it('a word of the field is no name: a two-character term is not a subject unless it names a place, person, post or body', () => {
    const withWords: LexiconData = {
      ...lexicon,
      zhPhrases: [...lexicon.zhPhrases, { phrase: '拨款', targets: [['fund', 1]] }, { phrase: '河套', targets: [['loop', 1]] }],
      enPhrases: [...lexicon.enPhrases, { phrase: 'fund', targets: [['拨款', 1]] }, { phrase: 'loop', targets: [['河套', 1]] }],
      names: [{ kind: 'place', zh: ['河套'], en: ['the Loop'] }],
    };
    expect(namedSubjects('How much Mainland research funding was approved?', withWords)).toEqual([]);
    expect(namedSubjects('How big is the Loop?', withWords).map((s) => s.written)).toEqual(['loop']);
  });

  it('an English proper name the terminology lacks counts when it ends in what names a scheme, fund or body', () => {
    expect(namedSubjects('How much funding does the Pilot I&T Accelerator Scheme have?', lexicon).map((s) => s.written)).toEqual(['Pilot I&T Accelerator Scheme']);
    expect(namedSubjects('What Fund is this?', lexicon)).toEqual([]);
    // The terminology's own name is found once, not again as a proper name.
    expect(namedSubjects('What is the budget for the Research Talent Hub?', lexicon).map((s) => s.written)).toEqual(['research talent hub']);
  });

  it('a passage names the subject in the other language too; another body is not the subject', () => {
    const [hub] = namedSubjects('What is the budget for the Research Talent Hub?', lexicon);
    expect(namesSubject('「研究人才庫」資助每間公司聘用最多四名研究人才', hub!)).toBe(true);
    expect(namesSubject('預留10億元設立香港人工智能研發院', hub!)).toBe(false);
    const subjects = namedSubjects('Does Cyberport run the Research Talent Hub?', lexicon);
    expect(namedSubjectsMissing('數碼港的培育計劃', subjects)).toBe(0.5);
    expect(namedSubjectsMissing('anything', [])).toBe(0);
  });
});

describe('a subject also named by an English full name', () => {
  it('is named by a text writing that name, and not by one writing a word of it alone', () => {
    const subject = withEnglishNames({ written: '海港+', chinese: ['海港+'], english: [] }, ['Pilot Harbour Upgrade Scheme']);
    expect(namesSubject('Launch the Pilot Harbour Upgrade Scheme (“Harbour+”) this year', subject)).toBe(true);
    expect(namesSubject('The harbour will be upgraded', subject)).toBe(false);
  });
});
