import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndex } from '../index/load-index.js';
import { builtMadeUpIndex } from '../test-support/made-up-corpus.js';
import { askInConversation } from './answer-conversation.js';
import { nameFinderFor } from './resolve-follow-up.js';
import { QuestionAnswerer } from './answer-question.js';

/**
 * Kinds of question over documents made up for the test (a 「海港市」, its rankings, bodies and park, in no real document): a rule that only
 * worked for the corpus would fail here.
 */
describe('a comparison of two documents\' figures over made-up documents', () => {
  it('answers each side asked of a document from that document («咁新聞稿又講有幾多間？» then «咁即係多咗幾多間？»)', async () => {
    const entry = { publisher: { en: 'Harbour City Government', zh: '海港市政府' }, date: '2031-02-20', budgetYear: '2031-32' };
    const { settings } = await builtMadeUpIndex([
      {
        entry: { ...entry, id: 'harbour-facts', title: { en: 'Harbour City: the facts', zh: '海港市概況' }, languages: ['zh-Hant'] },
        text: ['# 海港市概況', '', '## 海港實驗室', '', '- 海港實驗室為逾 1,600 間會員公司提供支援服務。', ''].join('\n'),
      },
      {
        entry: { ...entry, id: 'harbour-release', date: '2032-02-25', budgetYear: '2032-33', title: { en: 'Harbour Lab press release', zh: '海港實驗室新聞稿' }, languages: ['zh-Hant'] },
        text: ['# 海港實驗室新聞稿', '', '海港實驗室現時支援超過 2,400 間會員公司，另有 300 間生物科技公司。', ''].join('\n'),
      },
    ], [{ kind: 'body', zh: ['海港實驗室'], en: ['Harbour Lab'] }]);
    const answerer = new QuestionAnswerer(await loadIndex(settings));
    const conversation: Array<{ role: 'user' | 'assistant'; content: string }> = [];
    for (const turn of ['根據概況，海港實驗室為幾多間會員公司提供支援？', '咁新聞稿又講有幾多間？']) {
      const answered = await askInConversation(answerer, turn, { conversation });
      conversation.push({ role: 'user', content: turn }, { role: 'assistant', content: answered.answer });
    }
    expect(conversation[3]!.content).toMatch(/2,400/);
    const difference = await askInConversation(answerer, '咁即係多咗幾多間？', { conversation });
    expect(difference.answer).toMatch(/800/);
  });
});

describe('answers over made-up documents', () => {
  let answerer: QuestionAnswerer;
  beforeAll(async () => {
    const entry = { publisher: { en: 'Harbour City Government', zh: '海港市政府' }, date: '2031-02-20', budgetYear: '2031-32' };
    const { settings } = await builtMadeUpIndex([
      {
        entry: { ...entry, id: 'harbour-facts', title: { en: 'Harbour City: the facts', zh: '海港市概況' }, languages: ['zh-Hant'] },
        text: [
          '# 海港市概況',
          '',
          '## 排名',
          '',
          '- 海港市的宜居城市排名位列全球三十大（某研究所《2030 年宜居城市指數》）。',
          '- 在創新表現方面，海港市全球第 12（某組織《2030 年創新指數》）。',
          '',
          '## 海洋研究',
          '',
          '- 撥出30億元用作資助本地大學設立跨院校的海洋研究院。',
          '- 政府已在海港平台下成立一所海洋中心，參與深海探測任務，為海洋研究作出貢獻。',
          '- 「海港研發平台」已建設兩個研發中心，分別為專注海洋生物科技的「海洋@海港」，以及專注港口自動化科技的「港口@海港」。政府已在 港口@海港 下成立一所研究所，參與北極航道任務；',
          '',
          '## 海港創新園',
          '',
          '- 海港創新園第一期的首四座大樓正陸續落成，首批租戶將於年內進駐。',
          '- 海港創新園第一期另外六座大樓的建設全速進行。',
          '- 政府亦會研究在海港創新園附近興建人才宿舍。',
          '',
          '## 海港升級',
          '',
          '- 「海港升級計劃」為每間合資格企業提供最多 50 萬元資助，協助生產線升級。',
          '',
          '## 海港機械人',
          '',
          '- 政府預留 30 億元推行海港機械人計劃，支援本地機械人研發。',
          '',
        ].join('\n'),
      },
    ], [
      { kind: 'place', zh: ['海港市'], en: ['Harbour City'] },
      { kind: 'body', zh: ['海港平台'], en: ['Harbour Platform'] },
      { kind: 'place', zh: ['海港創新園'], en: ['Harbour Innovation Park'] },
    ]);
    answerer = new QuestionAnswerer(await loadIndex(settings));
  });

  it('answers where something ranks with the top band the sentence gives in place of a place, but not the exact position asked', async () => {
    expect((await answerer.ask('海港市喺宜居城市指數排第幾？')).answer).toMatch(/^全球三十大 \[1\]/);
    // A place written as one still answers as before.
    expect((await answerer.ask('海港市喺創新指數全球排第幾？')).answer).toMatch(/^第 12 \[1\]/);
    // … and the exact position asked is not a band.
    expect((await answerer.ask('海港市喺宜居城市指數確實排第幾？')).answer).not.toMatch(/三十大/);
  });

  it('reads a sum asked by the verb that receives it (攞幾多) as money, not a count', async () => {
    expect((await answerer.ask('海洋研究院攞幾多？')).answer).toMatch(/^30億元/);
  });

  it('answers which body a thing was set up under (在哪一個之下) with its name, not a place', async () => {
    expect((await answerer.ask('參與深海探測任務的那所海洋中心是在哪一個之下成立的？')).answer).toMatch(/^海港平台 \[1\]/);
  });

  it('answers how many are being built with the count of things under construction, not of those being completed', async () => {
    expect((await answerer.ask('海港創新園有幾多座大樓興建緊？')).answer).toMatch(/^六座 \[1\]/);
  });

  it('answers a question of the longest length allowed whose reading writes short forms out (longer than the bound), and one of short forms alone', async () => {
    const bound = 200;
    const padded = `How many buildings are being built at Harbour Innovation Park rn? ${'please '.repeat(40)}`.slice(0, bound);
    const read = await askInConversation(answerer, padded, { maxQuestionLength: bound });
    expect(read.resolvedQuestion).toContain('right now');
    expect([...read.resolvedQuestion].length).toBeGreaterThan(bound);
    // Written out again and again past even the reading's allowance, the question is answered as asked, not refused as too long.
    const shortForms = 'rn '.repeat(bound / 3).trim();
    await expect(askInConversation(answerer, shortForms, { maxQuestionLength: bound })).resolves.toMatchObject({ resolvedQuestion: shortForms });
    // The question as asked is still bounded.
    await expect(askInConversation(answerer, 'x'.repeat(bound + 1), { maxQuestionLength: bound })).rejects.toMatchObject({ code: 'QUESTION_TOO_LONG' });
  });

  it('answers a follow-up on a name the asker quoted only from a passage naming it, whatever the earlier answer was', async () => {
    const conversation = [
      { role: 'user' as const, content: '「海港升級計劃」每間企業最多資助幾多？' },
      { role: 'assistant' as const, content: '最多50萬元 [1]。' },
    ];
    const followUp = await askInConversation(answerer, '成個計劃總共預留咗幾多錢？', { conversation });
    // The only sum set aside for a whole scheme is the robotics scheme's, which names no 海港升級計劃.
    expect(followUp.answer).not.toContain('30');
  });

  it('reads the earlier figure said back to be confirmed ("so that\'s HK$500,000 in english terms, right?") as the earlier question, answered', async () => {
    const conversation = [
      { role: 'user' as const, content: '「海港升級計劃」每間企業最多資助幾多？' },
      { role: 'assistant' as const, content: '最多50萬元（HK$500,000） [1]。' },
    ];
    for (const followUp of ["so that's HK$500,000 in english terms, right?", '即係50萬，係咪？']) {
      const confirmed = await askInConversation(answerer, followUp, { conversation });
      expect(confirmed.resolvedQuestion).toMatch(/^「海港升級計劃」每間企業最多資助幾多/);
      expect(confirmed.abstained).toBe(false);
      expect(confirmed.answer).toMatch(/50\s*萬|500,000/);
    }
  });

  it('answers what something focuses on from the sentence that says so (專注…的「X」), not from one that only names it', async () => {
    expect((await answerer.ask('港口@海港係專注咩嘅？')).answer).toContain('港口自動化科技');
  });

  it('adds the figures of the last two turns when the total for the two is asked, the same sum on both sides counted twice', async () => {
    const conversation: Array<{ role: 'user' | 'assistant'; content: string }> = [];
    for (const turn of ['海洋研究院攞幾多？', '海港機械人計劃預留咗幾多錢？', '兩個加埋幾多？']) {
      const answered = await askInConversation(answerer, turn, { conversation });
      conversation.push({ role: 'user', content: turn }, { role: 'assistant', content: answered.answer });
    }
    expect(conversation[5]!.content).toMatch(/^兩者合共60億元/);
  });
});

describe('names over a made-up index', () => {
  it('reads an acronym written in lower case in chat as the name, but not an English word or a part of one', async () => {
    const entry = { publisher: { en: 'Harbour City Government', zh: '海港市政府' }, date: '2031-02-20', budgetYear: '2031-32', languages: ['zh-Hant' as const] };
    const { settings } = await builtMadeUpIndex(
      [{ entry: { ...entry, id: 'harbour-facts', title: { en: 'Harbour City: the facts', zh: '海港市概況' } }, text: ['# 海港市概況', '', '- 海港實驗室（HBLAB）為逾 1,600 間會員公司提供支援服務。', '- 海港部（MOST）負責科研。', ''].join('\n') }],
      [{ kind: 'body', zh: ['海港實驗室'], en: ['Harbour Lab', 'HBLAB'] }, { kind: 'body', zh: ['海港部'], en: ['Harbour Ministry', 'MOST'] }],
    );
    const findNames = nameFinderFor(await loadIndex(settings));
    expect(findNames('and hblab?').map((hit) => hit.written)).toContain('HBLAB');
    expect(findNames('what do most firms get?').map((hit) => hit.written)).not.toContain('MOST');
    expect(findNames('the hblabs are big').map((hit) => hit.written)).not.toContain('HBLAB');
  });
});

