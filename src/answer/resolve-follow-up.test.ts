import { describe, expect, it } from 'vitest';
import { differingParts, numberedInScript, namesNothingOwn, namesNothingOwnEn, resolveFollowUp, subjectOf, type ConversationTurn, type NameFinder } from './resolve-follow-up.js';

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
  it('reads a question asking which thing of a kind as about that kind, so a pronoun after an answer naming nothing has a referent', () => {
    expect(subjectOf('預算案說會成立甚麼海洋科技研究機構？')).toBe('海洋科技研究機構');
    // A bare kind (「基金」) is too little to stand for what was asked.
    expect(subjectOf('係邊個基金？')).toBeUndefined();
    const earlier = chat(['政府會成立甚麼海洋科技研究機構？', '文件沒有回答這個問題。']);
    expect(resolve(earlier, '它何時成立？').question).toBe('海洋科技研究機構何時成立？');
  });

  it('reads a change against another year as a question of the pronoun\'s subject when the earlier answer gave no figure', () => {
    // The earlier answer states a purpose, not a figure: "more than 2030-31" has nothing to compare, the follow-up asks its own.
    const purpose = chat(['綱領(4)海港事務的宗旨是甚麼？', '宗旨是確保海港實驗室順利運作 [1]。']);
    expect(resolve(purpose, '它2031-32年度的撥款比2030-31原來預算增加了百分之幾？')).toMatchObject({ kind: 'pronoun', question: '綱領(4)海港事務2031-32年度的撥款比2030-31原來預算增加了百分之幾？' });
    // An answer that led with a figure is still compared with the other year's.
    const figure = chat(['綱領(4)海港事務2031-32年度的撥款是多少？', '1,200萬元 [1]。']);
    expect(resolve(figure, '它比2030-31年度多嗎？')).toMatchObject({ kind: 'comparison', comparison: { relation: 'more', year: '2030-31' } });
  });

  it('marks a difference asked in percent ("in percent", "by what percentage", 「百分之幾」), and only that', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    expect(resolve(earlier, 'so about HK$12 million. how much lower is that than the 2030-31 revised estimate, in percent?').comparison).toMatchObject({ relation: 'less', difference: true, percent: true, year: '2030-31' });
    expect(resolve(earlier, 'by what percentage is that higher than the 2030-31 revised estimate?').comparison).toMatchObject({ relation: 'more', difference: true, percent: true });
    expect(resolve(earlier, 'how much lower is that than the 2030-31 revised estimate?').comparison?.percent).toBeUndefined();
    // Asked by a verb of moving ("does it fall below"), the size of the move in percent, not a yes or no.
    expect(resolve(earlier, 'By what percentage does it fall below the 2030-31 revised estimate?').comparison).toMatchObject({ relation: 'less', difference: true, percent: true, year: '2030-31' });
    expect(resolve(earlier, 'does it fall below the 2030-31 revised estimate?').comparison?.difference).toBeUndefined();
  });

  it('reads a comparison set up in a first sentence with its direction and size asked after it (「同X比呢？升定跌，幾多%？」)', () => {
    const earlier = chat(['綱領(4)海港事務2031-32年度預算撥款係幾多百萬元？', '1,200萬元 [1]。']);
    expect(resolve(earlier, '但同2030-31原來預算比呢？升定跌，幾多%？')).toMatchObject({ kind: 'comparison', comparison: { year: '2030-31', neutral: true, difference: true, percent: true } });
    // A first sentence that compares nothing is no comparison for what follows it.
    expect(resolve(earlier, '咁2030-31呢？幾多？').comparison).toBeUndefined();
  });

  it('reads a year with the actual figure asked by a verb (「咁 2030-31 年實際用咗幾多？」) as the earlier item that year, actual', () => {
    expect(resolve(chat(['海港實驗室 2031-32 年度運作開支預算幾多？', '1,200萬元 [1]。']), '咁 2030-31 年實際用咗幾多？').question).toBe('海港實驗室 2030-31 年度運作開支實際開支幾多？');
    expect(resolve(chat(['綱領(4)2031-32年度的預算是多少？', '1,200萬元 [1]。']), '那2030-31年度實際用了多少？').question).toBe('綱領(4)2030-31年度的實際開支是多少？');
    // Asked of something named, it is that thing's question.
    expect(resolve(chat(['綱領(4)2031-32年度的預算是多少？', '1,200萬元 [1]。']), '那2030-31年度山頂研究所實際用了多少？').question).toMatch(/山頂研究所/);
  });

  it('sets the earlier figure beside a sum described by what was done with it (「…為X預留的款項」), asked as its own question', () => {
    const earlier = chat(['新聞稿說政府會向海港實驗室注資多少？', '50億元 [1]。']);
    const read = resolve(earlier, '這比2031-32年度預算案為第一期工程預留的款項多嗎？');
    expect(read).toMatchObject({ kind: 'comparison', question: '50億元比2031-32年度預算案為第一期工程預留的款項多嗎？', comparison: { relation: 'more', polar: true } });
    expect(read.comparison!.between!.map((side) => side.question)).toEqual(['新聞稿說政府會向海港實驗室注資多少？', '2031-32年度預算案為第一期工程預留了多少錢？']);
    // A sum described by whom it went to (「…撥給X的款項」), named first and asked which is more: asked so, not as a yes or no.
    const given = resolve(earlier, '與2031-32年度預算案撥給山頂研究所初創企業的款項相比，哪個較多？');
    expect(given).toMatchObject({ kind: 'comparison', question: '50億元與2031-32年度預算案撥給山頂研究所初創企業的款項，哪個較多？', lookup: '2031-32年度預算案撥給山頂研究所初創企業了多少錢？' });
    expect(given.comparison!.polar).toBeUndefined();
    // A sum not described by a verb is left to the other readings.
    expect(resolve(earlier, '這比2031-32年度的多嗎？').comparison?.between).toBeUndefined();
  });

  it('names the topic a source is asked about whole ("say about harbour training for everyone"), not by a name inside it', () => {
    expect(subjectOf('What does the 2031-32 budget say about Harbour Lab training for everyone?', findNames)).toBe('Harbour Lab training for everyone');
    expect(resolve(chat(['What does the 2031-32 budget say about Harbour Lab training for everyone?', 'From …: “…” [1]']), 'How much money is set aside for it?').question).toMatch(/^How much money is set aside for Harbour Lab training for everyone/);
    // A name asked about alone is still the name.
    expect(subjectOf('What did the slides say about the Harbour Lab?', findNames)).toBe('the Harbour Lab');
  });

  it('compares the measure a follow-up names with the turn that counted it, not with the last turn', () => {
    const earlier = chat(['2030年有多少家數據中心？', '約 40 家 [1]。'], ['這些中心聘用了多少名員工？', '約 2,000 名 [1]。']);
    const named = resolve(earlier, '那數據中心數目比上一年多還是少？');
    expect(named.kind).toBe('comparison');
    expect(named.question).toBe('2029年有多少家數據中心？');
    expect(named.comparison?.previous?.value).toBe(40);
    // Without a measure of its own, the last turn's is compared.
    const unnamed = resolve(earlier, '比上一年多還是少？');
    expect(unnamed.comparison?.previous?.value).toBe(2000);
  });

  it('counts the year before from the calendar year dating the figure when the earlier question asked of now', () => {
    const earlier = chat(['現在有多少家數據中心？', '約 40 家 [1]。「根據 2030 年進行的調查，共有約 40 家數據中心。」 [1]']);
    const asked = resolve(earlier, '比上一年多還是少？');
    expect(asked.question).toBe('2029年有多少家數據中心？');
    expect(asked.comparison?.year).toBe('2029');
    // A question of a named budget year counts from that year, whatever its answer's sentence dates.
    const budgeted = resolve(chat(['2030-31年度有多少家數據中心？', '約 40 家 [1]。「根據 2030 年進行的調查，共有約 40 家數據中心。」 [1]']), '比上一年多還是少？');
    expect(budgeted.comparison?.year).toBe('2029-30');
  });

  it('reads "which spent more?" after a swapped-in subject as the two compared, a verb of spending or getting before "more"', () => {
    const earlier = chat(['How much did the Harbour Lab spend in 2030-31?', 'HK$20 million [1].']);
    const asked = resolve(earlier, 'And the Peak Institute? Which one received more?');
    expect(asked.kind).toBe('comparison');
    expect(asked.question).toBe('Which is more: the Harbour Lab or the Peak Institute?');
    expect(asked.comparison?.between?.map((side) => side.question)).toEqual(['How much did the Harbour Lab spend in 2030-31?', 'How much did the Peak Institute spend in 2030-31?']);
    const zh = resolve(chat(['海港實驗室2030-31年度用咗幾多錢？', '2,000萬元 [1]。']), '山頂研究所呢？邊個用得多啲？');
    expect(zh.kind).toBe('comparison');
    expect(zh.comparison?.relation).toBe('more');
  });

  it('reads "how many times bigger?" (「幾多倍」) after two figures as a multiple of the two, each asked for its own measure when named', () => {
    const two = chat(['How much did the Harbour Lab get in 2030-31?', 'HK$600 million [1].'], ['And the Peak Institute?', 'HK$60 million [1].']);
    for (const followUp of ['so the Harbour Lab part is how many times bigger?', "roughly how many times the institute's money is that?"]) {
      const asked = resolve(two, followUp);
      expect(asked.kind).toBe('comparison');
      expect(asked.comparison).toMatchObject({ ratio: true });
      expect(asked.comparison?.between).toHaveLength(2);
    }
    // "How many times" of a count of events, or with a figure of its own, is no multiple of the two.
    expect(resolve(two, 'how many times has it won an award?').comparison?.ratio).toBeUndefined();
    expect(resolve(two, 'is that how many times HK$10 million?').comparison?.ratio).toBeUndefined();
    // A third thing set against them, or both sides named of its own, is a question of its own (unless the two are pointed at).
    expect(resolve(two, 'How many times bigger is the Lantern injection than that?').comparison?.ratio).toBeUndefined();
    expect(resolve(chat(['海港升級計劃係咩？', '…'], ['每間企業最多有幾多資助？', '25萬元 [1]。']), '企業要出嘅錢係政府嘅幾多倍？').comparison?.ratio).toBeUndefined();
    expect(resolve(chat(['海港實驗室撥咗幾多？', '10億元 [1]。'], ['山頂研究所呢？', '100億元 [1]。']), '後者係前者嘅幾多倍？').comparison?.ratio).toBe(true);
    // A change asked as a multiple («增加咗幾多倍？») names no measure of its own: each side is asked as it was.
    const grown = resolve(chat(['綱領(9)2029-30年度實際開支係幾多？', '1億7,840萬元 [1]。'], ['咁2031-32年度預算呢？', '2億4,540萬元 [1]。']), '增加咗幾多倍？');
    expect(grown.comparison).toMatchObject({ ratio: true });
    expect(grown.comparison?.between?.[0]?.question).toBe('綱領(9)2029-30年度實際開支係幾多？');
    expect(grown.comparison?.between?.every((side) => !side.question.includes('增加'))).toBe(true);
    const zh = resolve(chat(['海港升級計劃每間企業最多資助幾多？', '25萬元 [1]。'], ['山頂加速計劃呢？', '2億元 [1]。']), '咁兩個計劃每間企業嘅資助上限相差幾多倍？');
    expect(zh.comparison?.ratio).toBe(true);
    expect(zh.comparison?.between?.every((side) => side.question.includes('每間企業嘅資助上限'))).toBe(true);
  });

  it('reads a swap followed by "how much more is the first?" as the size of the difference, the first spoken of', () => {
    const earlier = chat(['How much did the Harbour Lab get in 2030-31?', 'HK$600 million [1].']);
    const asked = resolve(earlier, 'And for the Peak Institute? How much more is the first?');
    expect(asked.kind).toBe('comparison');
    expect(asked.comparison).toMatchObject({ relation: 'more', difference: true, focus: 0 });
    expect(asked.question).toBe('How much more is the Harbour Lab than the Peak Institute?');
    // A second sentence sizing a comparison the first asked is not a swap.
    const sized = resolve(chat(['海港實驗室2030-31年度預算係幾多？', '2,000萬元 [1]。']), '同2029-30年度比係多咗定少咗？少咗幾多？');
    expect(sized.comparison?.between).toBeUndefined();
  });

  it('reads the other side named before a comma ("compared with X, which is more?", 「同X嗰筆比，多幾多？」) as X set beside the earlier figure', () => {
    const earlier = chat(['How much did the Harbour Lab get?', 'HK$600 million [1].']);
    const which = resolve(earlier, 'Compared with the Peak Institute, which is more?');
    expect(which.kind).toBe('comparison');
    expect(which.question).toBe('Which is more: the Harbour Lab or the Peak Institute?');
    const zh = resolve(chat(['海港實驗室撥咗幾多錢？', '60億元 [1]。']), '同山頂研究所嗰筆比，多幾多？');
    expect(zh.kind).toBe('comparison');
    expect(zh.comparison).toMatchObject({ relation: 'more', difference: true });
    expect(zh.question).toBe('海港實驗室比山頂研究所多多少？');
    // Without "which" or "how much more" after the comma, it is no such comparison.
    expect(resolve(earlier, 'Compared with the Peak Institute, what does it do?').comparison).toBeUndefined();
  });

  it('reads "IT" in capitals as an acronym in a name, not the pronoun, and gives it back as written', () => {
    const earlier = chat(['How much did the Harbour Lab get?', 'HK$100 million [1].']);
    const asked = resolve(earlier, 'How does that compare with the extra money for the Learn More About IT Programme?');
    expect(asked.kind).toBe('comparison');
    expect(asked.question).toBe('Which is more: the Harbour Lab or the Learn More About IT Programme?');
    // The pronoun in lower case is still the earlier subject.
    expect(resolve(earlier, 'what is it for?').question).toBe('What is the Harbour Lab for?');
  });

  it('carries a table column asked in the other language, and lets a kind in brackets after the year give way to it', () => {
    // "the revised estimate" after a Chinese question: 修訂 in the Chinese question rewritten.
    const zh = chat(['綱領(4)2031-32年度預算係幾多？', '2,000萬元 [1]。']);
    expect(resolve(zh, 'What about the revised estimate for 2030-31?').question).toBe('綱領(4)2030-31年度修訂預算係幾多？');
    // 「修訂預算」 after an English question: "revised" in the English one.
    const en = chat(['What is the 2031-32 estimate for Programme (4)?', 'HK$20 million [1].']);
    expect(resolve(en, '咁2030-31修訂預算呢？').question).toBe('What is the 2030-31 revised estimate for Programme (4)?');
    // "(actual)" after the earlier year is not kept beside the approved estimate now asked.
    const bracketed = chat(["What was the Harbour Bureau's total expenditure in 2029-30 (actual)?", 'HK$500 million [1].']);
    expect(resolve(bracketed, 'and the approved estimate for 2030-31?').question).toBe("What was the Harbour Bureau's total approved expenditure in 2030-31?");
  });

  it('drops the earlier kind of figure when a year\'s plain estimate is asked («咁2031-32預算呢？», "and the 2031-32 estimate?")', () => {
    const zh = chat(['總目999 2029-30 實際非經常開支係幾多？', '6,040萬元 [1]。']);
    expect(resolve(zh, '咁2031-32預算呢？').question).toBe('總目999 2031-32 非經常開支係幾多？');
    expect(resolve(zh, '2031-32 嘅預算呢').question).toBe('總目999 2031-32 非經常開支係幾多？');
    const en = chat(['What was the actual expenditure on harbour items in 2029-30 under Head 999?', 'HK$60.4 million [1].']);
    const asked = resolve(en, 'and the 2031-32 estimate?');
    expect(asked.fallback?.question ?? asked.question).toBe('What was the expenditure on harbour items in 2031-32 under Head 999?');
    // A Budget named as a document (預算案) is no column of a table: the kind stays.
    expect(resolve(zh, '咁2031-32預算案呢？').question).not.toBe('總目999 2031-32 非經常開支係幾多？');
  });

  it('reads a Chinese topic up to a budget year written without 年 (「X(Y)2031-32預算係幾多？」), so a pronoun after it has a referent', () => {
    expect(subjectOf('海港統籌(整體撥款)2031-32預算係幾多？')).toBe('海港統籌(整體撥款)');
    const earlier = chat(['海港統籌(整體撥款)2031-32預算係幾多？', '9,414.4萬元 [1]。']);
    expect(resolve(earlier, 'And what was actually spent on it in 2029-30?').question).toBe('What was actually spent on 海港統籌(整體撥款) in 2029-30?');
  });

  it('reads "its" after a name the question gives as that name\'s: a new subject, asked on its own', () => {
    const earlier = chat(['How many labs does the Harbour Lab have?', '16 [1].']);
    expect(resolve(earlier, 'When did the Peak Institute open its first office?')).toMatchObject({ kind: 'standalone', question: 'When did the Peak Institute open its first office?' });
    expect(resolve(earlier, 'And when did PXQ sign its agreement with the government?').kind).toBe('standalone');
    // With no name before it, "its" is the earlier subject's.
    expect(resolve(earlier, 'When did it open its first office?').question).toBe('When did the Harbour Lab open its first office?');
  });

  it('reads a Latin-letter name as a whole Chinese fragment (「HLF呢？」「Harbour+呢？」) as a new subject, not a kind of what was counted', () => {
    const earlier = chat(['海港實驗室投資咗幾多間初創？', '41 間 [1]。']);
    expect(resolve(earlier, '咁HLF呢？')).toMatchObject({ kind: 'subject', question: 'HLF投資咗幾多間初創？' });
    expect(resolve(earlier, 'Harbour+呢？').kind).toBe('subject');
    // Two capitals may be a kind of the things counted, and are left to the other readings.
    expect(resolve(earlier, 'AI呢？').kind).not.toBe('subject');
  });

  it('reads "and under X?" / "and from X?" with X named as X swapped into the earlier question', () => {
    const earlier = chat(["What's the maximum funding per company under the Harbour Scheme?", 'up to HK$250,000 [1].']);
    expect(resolve(earlier, 'And under the Peak Scheme?')).toMatchObject({ kind: 'subject', question: "What's the maximum funding per company under the Peak Scheme?" });
  });

  it('reads "the first one" / "the latter" as the subject of that one of the last two questions', () => {
    const earlier = chat(['What is the most a company can get from the Harbour Lab?', 'HK$200 million [1].'], ['and from the Peak Institute?', 'HK$250,000 [1].']);
    expect(resolve(earlier, "is the first one's cap over HK$100 million?")).toMatchObject({ kind: 'pronoun', question: "Is the Harbour Lab's cap over HK$100 million?" });
    expect(resolve(earlier, 'when did the latter start?').question).toBe('When did the Peak Institute start?');
    // "the first phase" is no pick of the two.
    expect(resolve(earlier, 'when did the first phase open?').question).not.toContain('Harbour Lab phase');
  });

  it('reads an item listed under a head of the Estimates, not the head, as the subject', () => {
    expect(subjectOf("What's the 2031-32 estimate for subhead 123 (the harbour block vote) under Head 999?")).not.toMatch(/Head 999/);
    expect(subjectOf('What is the 2031-32 estimate for subhead 123 under Head 999?')).toBe('subhead 123');
    expect(subjectOf('總目999 海港統籌（整體撥款）2031-32 預算幾多？')).toBe('海港統籌(整體撥款)');
    expect(subjectOf('總目999 入面，2031-32 年度海港統籌（整體撥款）預算係幾多？')).toBe('海港統籌(整體撥款)');
    // A head asked about alone is the subject.
    expect(subjectOf('What is the 2031-32 estimate for Head 999?')).toBe('Head 999');
    // A numbered item with its name, and a space before the year, is read whole.
    expect(subjectOf('綱領(4)海港辦公室 2030-31 年度實際開支是多少？')).toBe('綱領(4)海港辦公室');
  });

  it('reads comparisons of another thing with the earlier figure by kind: a cap or limit named, both directions asked, 哪一項, a quoted name with its sum', () => {
    const capped = resolve(chat(['海港計劃每個項目最多資助幾多？', '最多1,500萬元 [1]。']), '山頂計劃每間企業嘅資助上限係咪高過佢？');
    expect(capped).toMatchObject({ kind: 'comparison', lookup: '山頂計劃每間企業嘅資助上限係幾多？' });
    const both = resolve(chat(['How many hectares of the Harbour Lab site are there?', '20 hectares [1].']), 'Is the Peak Institute site bigger or smaller than that?');
    expect(both.kind).toBe('comparison');
    expect(both.comparison?.neutral).toBe(true);
    const quoted = resolve(chat(['「海港實驗室」的預算大約多少？', '約3億元 [1]。']), '和「山頂研究所」的增撥相比，哪一項較多？');
    expect(quoted).toMatchObject({ kind: 'comparison', question: '海港實驗室與山頂研究所，哪個較多？' });
    // 「兩者哪一項較多？」「佢哋邊個多啲？」 after two questions, each of its own subject: the two set side by side.
    const two = chat(['預算案預留多少款項設立海港實驗室？', '10億元 [1]。'], ['山頂研究所獲撥款多少？', '30億元 [1]。']);
    expect(resolve(two, '兩者哪一項較多？')).toMatchObject({ kind: 'comparison', question: '海港實驗室與山頂研究所，哪個較多？' });
    expect(resolve(two, '佢哋邊個多啲？')).toMatchObject({ kind: 'comparison', question: '海港實驗室與山頂研究所，哪個較多？' });
  });

  it('reads a follow-up that names only a column of the table, or "the same year", as the earlier question asked of that column', () => {
    const earlier = chat(['總目999 於 2030-31 年度的核准預算開支總額是多少？', '6.6億元 [1]。']);
    expect(resolve(earlier, '同一年度的修訂預算呢？').question).toBe('總目999 於 2030-31 年度的修訂預算開支總額是多少？');
    expect(resolve(earlier, '修訂預算呢？').question).toBe('總目999 於 2030-31 年度的修訂預算開支總額是多少？');
    const english = chat(['What is the 2030-31 approved estimate for Programme (4)?', 'HK$20 million [1].']);
    expect(resolve(english, 'and the revised estimate for the same year?').question).toBe('What is the 2030-31 revised estimate for Programme (4)?');
  });

  it('reads a distributive after a marker (「那每家企業…」) as of the earlier subject, in another language too', () => {
    const earlier = chat(["What's the matching ratio under the Harbour Scheme?", '1 (government): 2 (company) [1].']);
    expect(resolve(earlier, '那每家企业最多能拿到多少资助？')).toMatchObject({ kind: 'aspect', subject: 'Harbour Scheme' });
  });

  it('reads a body named before a document\'s kind as its publisher, when the question names a thing in Latin capitals', () => {
    expect(subjectOf('海港實驗室 2031 年新聞稿提到的 HARBOURX 是甚麼項目？', findNames)).toBe('HARBOURX');
    const earlier = chat(['海港實驗室 2031 年新聞稿提到的 HARBOURX 是甚麼項目？', '「…定名為 HARBOURX 項目。」 [1]']);
    expect(resolve(earlier, '它的面積大約多少？').question).toBe('HARBOURX的面積大約多少？');
  });

  it('reads a demonstrative before a thing named in full as pointing at that thing, not the earlier subject', () => {
    const earlier = chat(['Which areas will the third Harbour Lab cluster focus on?', 'advanced manufacturing [1].']);
    expect(resolve(earlier, '咁 海港實驗室 下面嗰個太空機械人中心，目標係為邊個任務出力？')).toMatchObject({ kind: 'standalone', subject: '太空機械人中心' });
    // With a clause after the kind word, the demonstrative is the earlier subject's: 「這個計劃批出的項目」.
    const scheme = chat(['2030-31年度預算案為海港資助計劃撥款多少？', '30億元 [1]。']);
    expect(resolve(scheme, '到了2031-32年度，這個計劃批出的項目涉及哪些範疇？').question).toContain('海港資助計劃');
  });

  it('reads a follow-up that is only another day of a month as the earlier question of that day', () => {
    expect(resolve(chat(['海港局喺 2030 年 3 月 31 號有幾多個職位？', '9 個 [1]。']), '咁到 2031 年 3 月 31 號呢？').question).toBe('海港局喺 2031 年 3 月 31 號有幾多個職位？');
    expect(resolve(chat(['How many posts did the Harbour Bureau have as at 31 March 2030?', '9 [1].']), 'and as at 31 March 2031?').question).toBe('How many posts did the Harbour Bureau have as at 31 March 2031?');
    // Only a whole day is swapped so: a day with more asked of it is read as before.
    expect(resolve(chat(['海港局喺 2030 年 3 月 31 號有幾多個職位？', '9 個 [1]。']), '2031 年 3 月 31 號有幾多個首長級職位？').question).toBe('2031 年 3 月 31 號有幾多個首長級職位？');
  });

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

  it('reads "is that bigger or smaller than X (in the previous year\'s budget)?" as which of the two is more, X in that year', () => {
    const earlier = chat(['How much did the 2031-32 Budget set aside for the Harbour Lab?', 'HK$1 billion [1].']);
    const read = resolve(earlier, "is that bigger or smaller than the Peak Institute in the previous year's budget?");
    expect(read.kind).toBe('comparison');
    expect(read.question).toBe('Which is more: the Harbour Lab or the Peak Institute (2030-31)?');
  });

  it('reads "is that the same as what each university gets under X?" as whether the two are the same', () => {
    const read = resolve(chat(['How much does the Harbour Office get per year?', 'HK$16 million [1].']), 'is that the same as what each university gets under the Peak Start-up Scheme?');
    expect(read.kind).toBe('comparison');
    expect(read.question).toMatch(/^Are .*Harbour Office and the Peak Start-up Scheme the same\?$/);
  });
  it('reads a ranking table named alone (「咁全球海港指數呢？」) after where something of an owner ranks as where the owner ranks in it', () => {
    expect(resolve(chat(['香港嘅海港生態系統排第幾呀？', '第三 [1]。']), '咁全球海港指數呢？').question).toBe('香港喺全球海港指數排第幾呀？');
  });
  it('reads 「咁小學有冇類似嘅計劃？」 / "is there a similar scheme for X?" as a thing like the subject for that group', () => {
    const earlier = chat(['海港實驗室計劃係咩嚟㗎？', '資助中學… [1]。']);
    expect(resolve(earlier, '咁小學有冇類似嘅計劃？').question).toBe('小學有冇類似海港實驗室計劃嘅計劃？');
    expect(resolve(chat(['What is the Harbour Lab scheme for?', 'It funds secondary schools [1].']), 'is there a similar scheme for primary schools?').question).toBe('Is there a scheme similar to the Harbour Lab scheme for primary schools?');
  });
  it('reads 「係多過定少過X？」 as which of the two is more, X asked plainly when it is another kind of thing (a scheme beside an institute)', () => {
    const earlier = chat(['2031-32年度預算案預留咗幾多錢成立海港研發院？', '10億元 [1]。']);
    const read = resolve(earlier, '咁佢大過定細過上年預算案嘅海港資助計劃？');
    expect(read).toMatchObject({ kind: 'comparison', question: '海港研發院與海港資助計劃 (2030-31)，哪個較多？' });
    expect(read.comparison?.between?.[1]?.question).toBe('2030-31年度海港資助計劃有幾多錢？');
    // A question naming its own two sides is its own.
    expect(resolve(earlier, '山頂研究所嘅撥款係多過定少過海港實驗室？').kind).not.toBe('comparison');
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
    expect(resolve(earlier, 'and how many staff?')).toMatchObject({ kind: 'aspect', question: 'How many staff are there in the Harbour Lab?' });
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

  it('reads "they" after a "how many" question as the things counted, and "that X" as the earlier phrase ending in X', () => {
    const earlier = chat(['How many drone ports is the Harbour Lab getting?', 'Two [1].']);
    expect(resolve(earlier, 'Where are they being built?')).toMatchObject({ kind: 'pronoun', question: 'Where are the drone ports of the Harbour Lab being built?' });
    expect(resolve(chat(['海港實驗室有幾多個試驗場？', '三個 [1]。']), '佢哋喺邊度？').question).toBe('海港實驗室嘅試驗場喺邊度？');
    const named = chat(['Where will the robotics institute put its drone ports?', 'In the north [1].']);
    expect(resolve(named, 'What does that institute focus on?').question).toBe('What does the robotics institute focus on?');
    // Nothing before the noun in the earlier turns: the earlier subject, as before.
    expect(resolve(chat(['Tell me about the Harbour Lab', 'A research centre [1].']), 'When does that centre open?').question).toBe('When does the Harbour Lab open?');
    // A name in the earlier answer ending in that noun.
    expect(resolve(chat(['What is the HK$9 million for?', 'To build the Drone Test Centre [1].']), 'When does that centre open?').question).toBe('When does the Drone Test Centre open?');
  });

  it('carries the topic into a question with no subject of its own: Chinese opening with its predicate, English without a verb', () => {
    expect(resolve(chat(['「海港通」是什么？', '一个平台 [1]。']), '是哪个机构推出的？')).toMatchObject({ kind: 'aspect', question: '「海港通」是哪个机构推出的？' });
    expect(resolve(chat(['海港實驗室有幾多個試驗場？', '三個 [1]。']), '喺邊度㗎？').question).toBe('海港實驗室嘅試驗場喺邊度㗎？');
    // The topic is the earlier question up to its question word, with its year; a comparison keeps the earlier year.
    const table = chat(['綱領(4)2031-32年度預算撥款有幾多？', '1,200萬元 [1]。']);
    expect(resolve(table, '點解會增加咁多？').question).toBe('綱領(4)2031-32年度預算撥款點解會增加咁多？');
    expect(resolve(chat(['綱領(4)嘅撥款有幾多？', '1,200萬元 [1]。']), '同2030-31年度比，加咗幾多？').question).toBe('綱領(4)嘅撥款同2030-31年度比，加咗幾多？');
    const english = chat(['How much land is the Harbour Lab getting?', '10 hectares [1].']);
    expect(resolve(english, 'how many research staff?')).toMatchObject({ kind: 'aspect', question: 'How many research staff — the Harbour Lab?' });
    expect(resolve(english, 'starting from when?').question).toBe('Starting from when — the Harbour Lab?');
    // A verb of involving, providing or attracting right before the question word is a predicate too.
    const loans = chat(['海港數據通促成咗幾多宗貸款申請？', '超過500宗 [1]。']);
    expect(resolve(loans, '涉及幾多錢？')).toMatchObject({ kind: 'aspect' });
    expect(resolve(loans, '涉及幾多錢？').question).toContain('海港數據通');
    expect(resolve(chat(['海港基金投資咗幾多間企業？', '20間 [1]。']), '吸引了多少私人投資？').question).toContain('海港基金');
    // A bare 「幾多」 after a sum asks for a sum again; after a count it is left alone.
    expect(resolve(chat(['海港加速計劃有幾多錢？', '100億元 [1]。']), '每間企業最多攞幾多？').question).toBe('海港加速計劃每間企業最多攞幾多錢？');
    expect(resolve(chat(['海港计划有多少钱？', '100亿元 [1]。']), '每间企业最多拿多少？').question).toBe('海港计划每间企业最多拿多少钱？');
    expect(resolve(chat(['海港資助計劃有幾多間企業參加？', '30間 [1]。']), '每間企業最多攞幾多？').question).toBe('海港資助計劃每間企業最多攞幾多？');
    // A question with a verb or a name of its own is its own.
    expect(resolve(english, 'When will the third tunnel open?').kind).toBe('standalone');
    expect(resolve(english, 'Total budget of the Peak Institute?').kind).toBe('standalone');
  });

  it('reads "higher or lower than that" against what the earlier question asked for', () => {
    const earlier = chat(['Programme (4) - what was the original 2030-31 estimate?', 'HK$12 million [1].']);
    expect(resolve(earlier, 'is the 2031-32 estimate higher or lower than that, and by how much?').question).toBe('Programme (4): Is the 2031-32 estimate higher or lower than the original 2030-31 estimate, and by how much?');
  });

  it('asks what follows "by the way" or 「換個話題」 on its own', () => {
    const earlier = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].']);
    expect(resolve(earlier, 'By the way, how many drones does the city have?')).toMatchObject({ kind: 'standalone', question: 'How many drones does the city have?' });
    expect(resolve(chat(['海港實驗室有幾多間企業？', '超過300間 [1]。']), '换个话题，城市有多少架无人机？')).toMatchObject({ kind: 'standalone', question: '城市有多少架无人机？' });
  });

  it('finds the subject past month names, and a Chinese topic past a time word or a question word', () => {
    expect(subjectOf('In its February 2031 release, how many start-ups does HKHL say it has?')).toBe('HKHL');
    expect(subjectOf('How much is set aside for the new robotics research institute in the 2031-32 budget?')).toBe('the new robotics research institute');
    expect(subjectOf('How much is set aside for the new AI research institute in the 2031-32 budget?')).toBe('the AI research institute');
    expect(subjectOf('What is the Drones+ scheme announced in the budget?')).toBe('the Drones+ scheme');
    expect(subjectOf('海港通平台幾時推出㗎？')).toBe('海港通平台');
    expect(subjectOf('海港實驗室现在有多少家企业？')).toBe('海港實驗室');
  });

  it('keeps a plain word between "the" and a name, reads a Chinese name inside an English question, and takes a quoted name a body launched over the body', () => {
    expect(subjectOf("When will the robotics R&D Centre's two test halls open?")).toBe('the robotics R&D Centre');
    expect(subjectOf('How much went to the third R&D Centre?')).toBe('the third R&D Centre');
    expect(subjectOf('What is the total Harbour Lab budget?')).not.toMatch(/total/);
    expect(subjectOf('How big is the 海港 2+ scheme?')).toBe('the 海港 2+ scheme');
    // A month after a possessive dates the owner's document: "Harbour Lab's February 2031 press release" is about the Harbour Lab.
    expect(subjectOf("According to Harbour Lab's February 2031 press release, how many members has it?")).toBe('Harbour Lab');
    expect(resolve(chat(['How big is the 海港 2+ scheme?', 'HK$1 billion [1].']), 'what does it actually fund?')).toMatchObject({ kind: 'pronoun', question: 'What does the 海港 2+ scheme actually fund?' });
    const launched = chat(['海港實驗室幾時推出「潮汐通」？', '2031年9月 [1]。']);
    expect(resolve(launched, '咁佢係咩嚟㗎？')).toMatchObject({ kind: 'pronoun', question: '潮汐通係咩嚟㗎？' });
    // 「邊方面」「邊類」 ask which (a question as written): the pronoun filled in, nothing added to it.
    expect(resolve(chat(['海港實驗室係幾時成立㗎？', '2031年4月 [1]。']), '佢專注做邊方面嘅研發？')).toMatchObject({ kind: 'pronoun', question: '海港實驗室專注做邊方面嘅研發？' });
    // 「海港實驗室個「潮汐通」平台」: a quoted name the body owns (個 / 嘅 / 的) is the subject, not its owner.
    const owned = chat(['海港實驗室個「潮汐通」平台幾時推出㗎？', '2031年9月 [1]。']);
    expect(resolve(owned, '佢係用嚟做咩㗎？')).toMatchObject({ kind: 'pronoun', question: '潮汐通係用嚟做咩㗎？' });
    expect(subjectOf('山頂研究所的「潮汐通」有幾多用戶？', findNames)).toBe('潮汐通');
    expect(subjectOf('海港實驗室有幾多間公司？', findNames)).toBe('海港實驗室');
  });

  it('reads "the money" after a sum asked of a subject as that subject\'s money, from a fund and for anything else', () => {
    const fund = chat(['How much from the Harbour Fund for elderly tech in 2031-32?', 'HK$100 million [1].']);
    expect(resolve(fund, 'what does the money actually pay for')).toMatchObject({ kind: 'pronoun', question: 'What does the money from the Harbour Fund actually pay for in 2031-32?', fallback: { question: 'What does the money from the Harbour Fund actually pay for?' } });
    const lab = chat(['How much is set aside for the Harbour Lab?', 'HK$1 billion [1].']);
    expect(resolve(lab, 'what will the funding be used for?').question).toBe('What will the funding for the Harbour Lab be used for?');
    expect(resolve(chat(['How many staff does the Harbour Lab have?', '300 [1].']), 'what will the money be used for?').question).not.toMatch(/money for the Harbour Lab/);
  });

  it('reads 「嗰間學院」 as the name ending in 學院 that the earlier answer quoted', () => {
    const earlier = chat(['海港實驗室話政府會成立咩學院？', '根據《海港實驗室新聞稿》：「政府將成立『潮汐工程學院』等。」 [1]']);
    expect(resolve(earlier, '嗰間學院預咗幾多錢？')).toMatchObject({ kind: 'pronoun', question: '潮汐工程學院預咗幾多錢？', subject: '潮汐工程學院' });
    expect(resolve(earlier, '那所學院在哪裏？').question).toBe('潮汐工程學院在哪裏？');
  });

  it('reads "which is bigger?" after two questions as the two compared', () => {
    const subjects = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].'], ['and for programme (5)?', 'HK$9 million [1].']);
    expect(resolve(subjects, 'Which is bigger?')).toMatchObject({ kind: 'comparison', question: 'Which is more: programme (4) or programme (5)?', comparison: { relation: 'more', between: [{ question: 'What is the 2031-32 estimate for programme (4)?', label: 'programme (4)' }, { question: 'What is the 2031-32 estimate for programme (5)?', label: 'programme (5)' }] } });
    const years = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].'], ['and the year before?', 'HK$11 million [1].']);
    expect(resolve(years, 'which one is lower?')).toMatchObject({ question: 'Which is less: 2031-32 or 2030-31?', comparison: { relation: 'less' } });
    expect(resolve(chat(['海港實驗室有幾多間企業？', '300間 [1]。'], ['咁山頂研究所呢？', '200間 [1]。']), '邊個多啲？')).toMatchObject({ kind: 'comparison', question: '海港實驗室與山頂研究所，哪個較多？' });
    // With one earlier question there is nothing to compare it with.
    expect(resolve(chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].']), 'Which is bigger?').kind).not.toBe('comparison');
  });

  it('answers in the language the follow-up is asked in, with the carried name in its script', () => {
    const earlier = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].']);
    expect(resolve(earlier, '咁山頂研究所呢？')).toMatchObject({ question: 'How many companies are there in the Peak Institute?', language: 'zh-Hant' });
    expect(resolve(earlier, '它有多少员工？')).toMatchObject({ question: '海港实验室有多少员工？' });
    expect(resolve(chat(['How much is set aside for the Peak Institute?', 'HK$1 billion [1].']), '那个研究所什么时候成立？').question).toBe('山顶研究所什么时候成立？');
    expect(resolve(chat(['海港實驗室幾時開幕？', '2030年 [1]。']), 'How many staff does it have?')).toMatchObject({ question: 'How many staff does the Harbour Lab have?' });
    // A known name with a word or two more, carried into the other language: the name in that language.
    expect(resolve(chat(['海港實驗室首階段設施何時啓用？', '2030年 [1]。']), 'How many staff does it have?').question).toBe('How many staff does the Harbour Lab have?');
  });

  it('carries the subject through a chain of follow-ups', () => {
    const earlier = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].'], ['When did it open?', 'In 2030 [1].']);
    expect(resolve(earlier, 'How big is it?').question).toBe('How big is the Harbour Lab?');
    const years = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].'], ['and the year before?', 'HK$11 million [1].']);
    expect(resolve(years, 'and the year before that?').question).toBe('What is the 2029-30 estimate for programme (4)?');
  });

  it('keeps the earlier question\'s budget year on a pronoun follow-up, unless the follow-up names its own year or source', () => {
    const earlier = chat(['How much did the 2031-32 budget put into the Harbour Lab?', 'HK$5 million [1].']);
    expect(resolve(earlier, 'and how long does it run for?').question).toBe('How long does the Harbour Lab run for in 2031-32?');
    expect(resolve(chat(['2031-32年度海港實驗室有多少撥款？', '500萬元 [1]。']), '佢幾時開幕？').question).toBe('2031-32年度海港實驗室幾時開幕？');
    // Its own year, "this year", or a document of its own: nothing carried.
    expect(resolve(earlier, 'how much did it get in 2029-30?').question).toBe('How much did the Harbour Lab get in 2029-30?');
    expect(resolve(earlier, 'how fast will it grow this year?').question).toBe('How fast will the Harbour Lab grow this year?');
    expect(resolve(earlier, 'how many staff did the fact sheet say it has?').question).toBe('How many staff did the fact sheet say the Harbour Lab has?');
  });

  it('reads a demonstrative before a bare verb as the subject of that verb, not a determiner', () => {
    const earlier = chat(['When will the Harbour Lab expansion be finished?', 'In 2032 [1].']);
    expect(resolve(earlier, 'how much extra floor space will that give?').question).toBe('How much extra floor space will the Harbour Lab give?');
    expect(resolve(earlier, 'how many jobs will that create?').question).toBe('How many jobs will the Harbour Lab create?');
  });

  it('reads "each project", 「每個項目」 as the members of the earlier subject', () => {
    expect(resolve(chat(['2031-32年度海港實驗室的預算是多少？', '500萬元 [1]。']), '每個項目的金額範圍是多少？').question).toBe('海港實驗室2031-32年度每個項目的金額範圍是多少？');
    expect(resolve(chat(['How many projects has the Harbour Lab approved?', 'Five [1].']), 'how much does each project get?').question).toBe('How much does each project get — the Harbour Lab?');
  });

  it('swaps what a 「幾個」 question counts, and names a Chinese subject without its attribute', () => {
    expect(resolve(chat(['香港有幾個海港實驗室？', '三個 [1]。']), '研究中心呢？').question).toBe('香港有幾個研究中心？');
    expect(subjectOf('海洋創新基金規模有多大？')).toBe('海洋創新基金');
  });

  it('reads 「呢筆錢」「這項措施」 as that noun of the earlier subject', () => {
    expect(resolve(chat(['海港實驗室有幾多撥款？', '500萬元 [1]。']), '呢筆錢用嚟做咩？').question).toBe('海港實驗室嘅錢用嚟做咩？');
    expect(resolve(chat(['山頂研究所有多少撥款？', '500萬元 [1]。']), '这笔钱会用来做什么？').question).toBe('山顶研究所的钱会用来做什么？');
  });

  it('reads "how does that compare with 2030-31?" and "did it go up from the year before?" as the earlier question of that year, compared', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    expect(resolve(earlier, 'how does that compare with 2030-31?')).toMatchObject({ kind: 'comparison', question: 'What is the 2030-31 estimate for programme (4)?', comparison: { neutral: true, year: '2030-31' } });
    expect(resolve(earlier, 'did it go up compared with the year before?')).toMatchObject({ kind: 'comparison', question: 'What is the 2030-31 estimate for programme (4)?', comparison: { relation: 'more', year: '2030-31' } });
    expect(resolve(earlier, 'has it fallen since 2029-30?')).toMatchObject({ kind: 'comparison', question: 'What is the 2029-30 estimate for programme (4)?', comparison: { relation: 'less' } });
    expect(resolve(chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']), '同上年比較呢？')).toMatchObject({ kind: 'comparison', question: '2030-31年度綱領(4)的預算是多少？', comparison: { neutral: true } });
  });

  it('reads both directions asked ("higher or lower", 「多咗定少咗」) and 「同上年比呢？」 as a comparison with no yes or no', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    expect(resolve(earlier, 'is that higher or lower than the year before?')).toMatchObject({ kind: 'comparison', question: 'What is the 2030-31 estimate for programme (4)?', comparison: { neutral: true, year: '2030-31' } });
    expect(resolve(earlier, 'is that more than the year before?').comparison?.neutral).toBeUndefined();
    const zh = chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']);
    expect(resolve(zh, '比上年多咗定少咗？')).toMatchObject({ kind: 'comparison', question: '2030-31年度綱領(4)的預算是多少？', comparison: { neutral: true } });
    expect(resolve(zh, '咁同上年比呢？')).toMatchObject({ kind: 'comparison', question: '2030-31年度綱領(4)的預算是多少？', comparison: { neutral: true } });
    expect(resolve(zh, '佢同上年比又點？')).toMatchObject({ kind: 'comparison', question: '2030-31年度綱領(4)的預算是多少？', comparison: { neutral: true } });
    expect(resolve(zh, '係咪多過上年？').comparison?.neutral).toBeUndefined();
  });

  it('reads a year named with its document ("the 2030-31 one", 「上年嗰份又點講？」) as that year, asking nothing else', () => {
    const earlier = chat(['What does the 2031-32 budget say about the Harbour Lab?', 'It sets aside HK$1 billion [1].']);
    expect(resolve(earlier, 'and the 2030-31 one?')).toMatchObject({ kind: 'year', question: 'What does the 2030-31 budget say about the Harbour Lab?' });
    expect(resolve(earlier, "what did last year's say?")).toMatchObject({ kind: 'year', question: 'What does the 2030-31 budget say about the Harbour Lab?' });
    const zh = chat(['2031-32年度預算案為海港實驗室預留咗幾多錢？', '10億元 [1]。']);
    expect(resolve(zh, '上年嗰份又點講？')).toMatchObject({ kind: 'year', question: '2030-31年度預算案為海港實驗室預留咗幾多錢？' });
    expect(resolve(zh, '上年嗰份有冇講山頂研究所？').kind).not.toBe('year');
  });

  it('reads "is that more than programme (3)?" as the two items compared, not as a figure of 3', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    const resolved = resolve(earlier, 'is that more than programme (3)?');
    expect(resolved).toMatchObject({ kind: 'comparison', question: 'Which is more: programme (4) or programme (3)?' });
    expect(resolved.comparison!.between!.map((item) => item.question)).toEqual(['What is the 2031-32 estimate for programme (4)?', 'What is the 2031-32 estimate for programme (3)?']);
    expect(resolve(chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']), '係咪多過綱領(3)？').question).toBe('綱領(4)與綱領(3)，哪個較多？');
  });

  it('swaps in a Chinese scheme or body named by its head noun, and says a relative year beside a question with no year to count from', () => {
    expect(resolve(chat(['海洋創新基金規模有多大？', '100億元 [1]。']), '那麼海港創科計劃呢？')).toMatchObject({ kind: 'subject', question: '海港創科計劃規模有多大？' });
    const yearless = chat(['How many companies are there in the Harbour Lab?', 'Over 300 [1].']);
    expect(resolve(yearless, 'and the year before?')).toMatchObject({ kind: 'year', question: 'How many companies are there in the Harbour Lab, the year before?' });
    expect(resolve(chat(['海港實驗室有幾多間公司？', '超過300間 [1]。']), '去年呢？').question).toBe('去年海港實驗室有幾多間公司？');
  });

  it('reads "is that more than the Peak Institute gets?" and 「同山頂研究所比較呢？」 as two subjects compared; "is that a lot?" is not a demonstrative phrase', () => {
    const earlier = chat(['How much is set aside for the Harbour Lab in 2031-32?', 'HK$1 billion [1].']);
    const resolved = resolve(earlier, 'is that more than the Peak Institute gets?');
    expect(resolved).toMatchObject({ kind: 'comparison', question: 'Which is more: the Harbour Lab or the Peak Institute?', lookup: 'How much is set aside for the Peak Institute in 2031-32?' });
    expect(resolved.comparison!.between!.map((item) => item.question)).toEqual(['How much is set aside for the Harbour Lab in 2031-32?', 'How much is set aside for the Peak Institute in 2031-32?']);
    expect(resolve(earlier, 'how does that compare with the Peak Institute?').question).toBe('Which is more: the Harbour Lab or the Peak Institute?');
    expect(resolve(chat(['海港實驗室有幾多間公司？', '超過300間 [1]。']), '同山頂研究所比較呢？').question).toBe('海港實驗室與山頂研究所，哪個較多？');
    expect(resolve(earlier, 'is that a lot?').question).not.toMatch(/Harbour Lab lot/);
  });

  it('reads "how much more is that than the Peak Institute gets?" as the size of the difference from the earlier subject, not a yes or no', () => {
    const earlier = chat(['How much is set aside for the Harbour Lab in 2031-32?', 'HK$3 billion [1].']);
    const resolved = resolve(earlier, 'and how much more is that than the Peak Institute gets in 2032-33?');
    expect(resolved).toMatchObject({ kind: 'comparison', question: 'How much more is the Harbour Lab than the Peak Institute (2032-33)?', comparison: { relation: 'more', focus: 0, difference: true } });
    expect(resolved.comparison!.polar).toBeUndefined();
    expect(resolve(earlier, 'how much less is that than the Peak Institute gets?').comparison).toMatchObject({ relation: 'less', focus: 0, difference: true });
  });

  it('takes "how about the drone test centre?" as a new subject, and "start-ups" as a thing asked about, not an attribute ("start")', () => {
    const earlier = chat(['How much is set aside for the Harbour Lab in 2031-32?', 'HK$1 billion [1].']);
    expect(resolve(earlier, 'how about the drone test centre?')).toMatchObject({ kind: 'subject', question: 'How much is set aside for the drone test centre in 2031-32?' });
    expect(resolve(earlier, 'how many start-ups are there?')).toMatchObject({ kind: 'standalone', question: 'how many start-ups are there?' });
  });

  it('swaps a numbered item across languages ("programme (3)" is 「綱領(3)」), and takes a three-character Chinese place as a new subject', () => {
    expect(resolve(chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']), 'what about programme (3)?')).toMatchObject({ kind: 'subject', question: '2031-32年度綱領(3)的預算是多少？', language: 'en' });
    expect(resolve(chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']), '綱領(3)呢？')).toMatchObject({ kind: 'subject', question: 'What is the 2031-32 estimate for programme (3)?', language: 'zh-Hant' });
    expect(resolve(chat(['海港實驗室有幾多間公司？', '超過300間 [1]。']), '那創新園呢？').question).toBe('創新園有幾多間公司？');
  });

  it('reads 「X又點？」 as 「X呢？」, and a Chinese topic without the verb or modifier after the subject (「每年攞」「最高資助」)', () => {
    const earlier = chat(['海港實驗室每年攞幾多資助？', '1,200萬元 [1]。']);
    expect(resolve(earlier, '咁山頂研究所又點？')).toMatchObject({ kind: 'subject', question: '山頂研究所每年攞幾多資助？' });
    expect(resolve(chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']), '上年又點？').question).toBe('2030-31年度綱領(4)的預算是多少？');
    expect(resolve(chat(['海濱升級支援計劃最高資助幾多？', '25萬元 [1]。']), '佢嘅配對比例係點？')).toMatchObject({ kind: 'pronoun', question: '海濱升級支援計劃嘅配對比例係點？' });
    // 「點樣申請？」 asks how: not a "what about".
    expect(resolve(earlier, '點樣申請？').question).not.toMatch(/呢/);
  });

  it('counts "the year before last" and 「前年」 two years back, and offers the question without "actual" or "estimate" for a year that may not have it', () => {
    expect(resolve(chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']), 'and the year before last?').question).toBe('What is the 2029-30 estimate for programme (4)?');
    expect(resolve(chat(['2031-32年度綱領(4)的預算是多少？', '1,200萬元 [1]。']), '前年呢？').question).toBe('2029-30年度綱領(4)的預算是多少？');
    expect(resolve(chat(['What was the 2029-30 actual expenditure for programme (4)?', 'HK$12 million [1].']), 'what about 2031-32?')).toMatchObject({
      kind: 'year',
      question: 'What was the 2031-32 actual expenditure for programme (4)?',
      fallback: { question: 'What was the 2031-32 expenditure for programme (4)?', kind: 'year' },
    });
    expect(resolve(chat(['綱領(4)2029-30年度實際開支係幾多？', '1,200萬元 [1]。']), '2031-32年度呢？').fallback?.question).toBe('綱領(4)2031-32年度開支係幾多？');
    // A past year may have only its actual figure: the estimate asked as "the figure".
    expect(resolve(chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']), 'and 2029-30?').fallback?.question).toBe('What is the 2029-30 figure for programme (4)?');
    expect(resolve(chat(['綱領(4)2031-32年度預算撥款係幾多？', '1,200萬元 [1]。']), '2029-30年度呢？').fallback?.question).toBe('綱領(4)2029-30年度撥款係幾多？');
    expect(resolve(chat(['How many staff does the Harbour Lab have in 2031?', 'About 300 [1].']), 'and in 2030?').fallback).toBeUndefined();
  });

  it('swaps a numbered item in for a subject named otherwise, carries a numbered item as the subject, and offers the earlier subject for a question after 「咁」 read alone', () => {
    expect(resolve(chat(['海港辦公室2031-32年度預算撥款幾多？', '2,430萬元 [1]。']), '綱領(2)呢？')).toMatchObject({ kind: 'subject', question: '綱領(2)2031-32年度預算撥款幾多？' });
    expect(resolve(chat(['How much is programme (4) getting in 2031-32?', 'HK$12 million [1].']), 'And what did it actually spend in 2029-30?')).toMatchObject({ kind: 'pronoun', question: 'What did programme (4) actually spend in 2029-30?' });
    const alone = resolve(chat(['海港實驗室而家有幾多會員？', '1,600 [1]。']), '咁通訊衞星有幾多枚？');
    expect(alone).toMatchObject({ kind: 'standalone', question: '通訊衞星有幾多枚？', fallback: { question: '海港實驗室通訊衞星有幾多枚？', kind: 'aspect', subject: '海港實驗室' } });
    // A time or frequency word before the predicate is no topic of its own (「平均每日有…」「今年預計資助…」): the earlier subject is meant.
    expect(resolve(chat(['海港實驗室而家有幾多會員？', '1,600 [1]。']), '咁平均每日有幾多宗交易？')).toMatchObject({ kind: 'aspect', question: '海港實驗室平均每日有幾多宗交易？' });
    expect(resolve(chat(['海港撥款資助嘅項目金額範圍係幾多？', '10萬至100萬元 [1]。']), '咁今年預計資助幾多個項目？')).toMatchObject({ kind: 'aspect', question: '海港撥款今年預計資助幾多個項目？' });
    // A question naming a known name of its own is not offered the earlier subject.
    expect(resolve(chat(['海港實驗室而家有幾多會員？', '1,600 [1]。']), '咁山頂研究所平均每日有幾多宗交易？').fallback).toBeUndefined();
  });
});

describe('resolveFollowUp, follow-ups naming a source, subjects left unsaid, 「當中」', () => {
  it('asks the earlier question of the source a follow-up names ("what does the fact sheet say?", 「咁新聞稿點講？」), its own source replaced', () => {
    const earlier = chat(['How many members does the Harbour Lab have according to the fact sheet?', 'Over 1,600 [1].']);
    expect(resolve(earlier, 'what does the press release say?')).toMatchObject({ kind: 'source', question: 'How many members does the Harbour Lab have according to the press release?', source: { kind: 'press-release' } });
    expect(resolve(chat(['海港實驗室有幾多會員？', '1,600 [1]。']), '咁新聞稿點講？')).toMatchObject({ kind: 'source', question: '根據新聞稿，海港實驗室有幾多會員？', source: { kind: 'press-release' } });
    // Chinese mixed with English words names a document by its English kind; "budget" there is the sum, not a document.
    expect(resolve(chat(['海港實驗室有幾多會員？', '1,600 [1]。']), 'fact sheet又話幾多')).toMatchObject({ kind: 'source', source: { kind: 'fact-sheet' } });
    expect(resolve(chat(['海港實驗室有幾多會員？', '1,600 [1]。']), '個budget幾多').kind).not.toBe('source');
    expect(resolve(chat(['What did the 2030-31 budget say about the Harbour Lab?', 'From … [1].']), 'and in the 2031-32 budget?')).toMatchObject({ kind: 'source', question: 'What did the 2031-32 budget say about the Harbour Lab?', source: { kind: 'budget', year: '2031-32' } });
    // A year's budget after a question with a year of its own and no source: that year swapped in.
    expect(resolve(chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']), 'and in the 2030-31 budget?').question).toBe('What is the 2030-31 estimate for programme (4)?');
    // A question naming its source by kind is answered from it; "the budget" alone names none.
    expect(resolve([], 'How many members does the Harbour Lab have according to the fact sheet?').source).toMatchObject({ kind: 'fact-sheet' });
    expect(resolve([], 'How much did the 2031-32 budget give the Harbour Lab?').source).toBeUndefined();
    // A new subject with a year or source of its own: both swapped in.
    expect(resolve(chat(['How much did the 2031-32 budget set aside for the Harbour Lab?', 'HK$1 billion [1].']), 'what about the Peak Institute in the 2030-31 budget?').question).toBe('How much did the 2030-31 budget set aside for the Peak Institute?');
    expect(resolve(chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']), 'and programme (3) in 2030-31?').question).toBe('What is the 2030-31 estimate for programme (3)?');
  });

  it('compares the earlier figure with the one another source gives ("is that more than the fact sheet says?", "has that number gone up in the press release?")', () => {
    const earlier = chat(['How many services does the Harbour Portal connect according to the slides?', 'About 500 [1].']);
    expect(resolve(earlier, 'is that more than the fact sheet says?')).toMatchObject({
      kind: 'comparison',
      question: 'How many services does the Harbour Portal connect according to the fact sheet?',
      comparison: { relation: 'more', source: { kind: 'fact-sheet' }, previous: { value: 500 } },
    });
    // Another subject in another year: both asked, compared, as a yes or no.
    const other = resolve(chat(['How much is set aside for the Harbour Lab?', 'HK$1 billion [1]. … (budget year 2031-32)']), 'is that more than what the Peak Institute got the year before?');
    expect(other).toMatchObject({ kind: 'comparison', question: 'Which is more: the Harbour Lab or the Peak Institute (2030-31)?', comparison: { polar: true } });
    expect(other.comparison!.between!.map((item) => item.question)).toEqual(['How much is set aside for the Harbour Lab?', 'How much is set aside for the Peak Institute in 2030-31?']);
    const risen = resolve(earlier, "has that number gone up in the Harbour Lab's own press release?");
    expect(risen).toMatchObject({ kind: 'comparison', comparison: { relation: 'more', source: { kind: 'press-release' }, sourceFigureAsked: true } });
  });

  it('reads 「X新聞稿又講有幾多間？」 after an English question naming X («Harbour Lab») as that question asked of the release', () => {
    const earlier = chat(['How many member firms does the Harbour Lab have according to the fact sheet?', 'over 1,600 [1].']);
    expect(resolve(earlier, '海港實驗室2031年嗰份新聞稿又講有幾多間？')).toMatchObject({ kind: 'source', source: { kind: 'press-release' }, question: 'How many member firms does the Harbour Lab have according to the press release?' });
    // Another name of its own is a question of its own.
    expect(resolve(earlier, '山頂研究所新聞稿又講有幾多間？').kind).not.toBe('source');
  });

  it('reads 「同概況嗰份比多咗幾多？」「比新聞稿少咗幾多？」 as the earlier figure against that document\'s, the difference said', () => {
    const earlier = chat(['海港實驗室新聞稿話有幾多間會員公司？', '超過2,400 間 [1]。']);
    for (const followUp of ['同概況嗰份比多咗幾多？', '比概況多咗幾多？']) {
      expect(resolve(earlier, followUp)).toMatchObject({ kind: 'comparison', comparison: { relation: 'more', difference: true, source: { kind: 'fact-sheet' }, previous: { value: 2400 } } });
    }
    expect(resolve(earlier, '比概況少咗幾多？').comparison?.relation).toBe('less');
    // Against a year, the change as the documents state it (not another document's figure).
    expect(resolve(earlier, '同2030-31年度比少咗幾多？').comparison?.source).toBeUndefined();
  });

  it('reads a thing described before a demonstrative (「山頂交俾海港實驗室嗰幅地」) as a new subject, not as pointing back', () => {
    expect(resolve(chat(['海港實驗室幅地有幾大？', '10公頃 [1]。']), '咁山頂嗰幅地呢？')).toMatchObject({ kind: 'subject', question: '山頂嗰幅地有幾大？' });
    expect(resolve(chat(['How big is the Harbour Lab site?', '10 hectares [1].']), '咁山頂交俾科技園嗰幅地呢？')).toMatchObject({ kind: 'subject', subject: '山頂交俾科技園嗰幅地' });
    // A demonstrative with nothing describing it still points back, and so does one ending a question of its own.
    expect(resolve(chat(['「海港計劃」每間企業最多資助幾多？', '最高25萬元 [1]。']), '政府總共預留咗幾多錢俾呢個計劃？')).toMatchObject({ kind: 'pronoun' });
    expect(resolve(chat(['海港實驗室幅地有幾大？', '10公頃 [1]。']), '咁嗰幅地幾時交？')).toMatchObject({ kind: 'pronoun', question: '海港實驗室幅地幾時交？' });
  });

  it('falls back, after a body swapped into a counting question, to how many of those things the body has', () => {
    const zh = resolve(chat(['海港實驗室為多少家科技公司提供實驗室和支援？', '逾1,600 家 [1]。']), '山頂研究所呢？');
    expect(zh).toMatchObject({ kind: 'subject', fallback: { question: '山頂研究所有多少家科技公司？' } });
    expect(zh.question).toMatch(/^山頂研究所.*提供實驗室和支援？$/);
    const en = resolve(chat(['How many tech companies does the Harbour Lab give office space to?', 'Over 1,600 [1].']), 'what about the Peak Institute?');
    expect(en.fallback?.question).toBe('How many tech companies does the Peak Institute have?');
    // A question that counts no things (a sum) gets no such reading.
    expect(resolve(chat(['海港實驗室獲撥款多少？', '1億元 [1]。']), '山頂研究所呢？').fallback).toBeUndefined();
  });

  it('asks the earlier question of a source named with its year and publisher, its question word restated with a classifier (「咁到2031年海港實驗室嘅新聞稿又講幾多間？」)', () => {
    const earlier = chat(['根據概況，海港實驗室支援緊幾多間科技公司？', '逾1,600 家 [1]。']);
    for (const follow of ['咁到2031年海港實驗室嘅新聞稿又講幾多間？', '咁海港實驗室嘅新聞稿又講幾多間？']) {
      const read = resolve(earlier, follow);
      expect(read).toMatchObject({ kind: 'source', source: { kind: 'press-release' } });
      expect(read.question).toMatch(/^根據海港實驗室嘅新聞稿[，,]海港實驗室支援緊幾多間科技公司？$/);
    }
  });

  it('reads "those" before a verb ("do those involve") as the things the earlier question counted, a Chinese period word (每日平均) no part of the subject', () => {
    const earlier = chat(['海港通而家有幾多個登記？', '1,622 萬 [1]。'], ['海港通每日平均有幾多宗即時交易？', '192 萬筆 [1]。']);
    const read = resolve(earlier, 'and roughly how many billion HK dollars do those involve each day?');
    expect(read).toMatchObject({ kind: 'pronoun', question: 'Roughly how many billion HK dollars do the 即時交易 of 海港通 involve each day?' });
  });

  it('reads a predicate-first follow-up after "X developed what app?" as about that app (「在哪裏試用？」)', () => {
    const earlier = chat(['海港實驗室開發了什麼應用？', '根據…：「海港實驗室開發的『潮汐通』應用程式在政府內部試用。」 [1]']);
    expect(resolve(earlier, '在哪裏試用？')).toMatchObject({ kind: 'aspect', question: '海港實驗室開發的應用在哪裏試用？' });
  });

  it('swaps another recipient of the same money into the earlier question (「給初創企業的那一筆呢？」)', () => {
    const earlier = chat(['預算案為海港實驗室預留了多少錢？', '100億元 [1]。'], ['當中給研究平台的有多少？', '20億元 [1]。']);
    const read = resolve(earlier, '還有給初創企業的那一筆呢？');
    expect(read.kind).toBe('aspect');
    expect(read.question).toMatch(/當中給初創企業的有多少/);
    expect(read.question).toMatch(/海港實驗室/);
  });

  it('reads 「筆錢」 opening a Cantonese follow-up as the sum just spoken of', () => {
    const read = resolve(chat(['預算案建議注資幾多錢畀海港實驗室？', '100億元 [1]。']), '筆錢主要用嚟做咩？');
    expect(read).toMatchObject({ kind: 'pronoun', question: '海港實驗室嘅錢主要用嚟做咩？' });
  });

  it('reads a pronoun in the question after a swap ("and the Peak Institute? how many AI firms there?") as what was swapped in', () => {
    const read = resolve(chat(['How many AI companies does the Harbour Lab have now?', 'over 500 [1].']), 'and the Peak Institute? how many AI firms there?');
    expect(read).toMatchObject({ kind: 'pronoun' });
    expect(read.question).toMatch(/Peak Institute/);
    expect(read.question).not.toMatch(/Harbour Lab/);
  });

  it('reads "yr" as year, and a relative year after a preposition of its own as the year alone ("for the yr before")', () => {
    const earlier = chat(["What's the 2031-32 estimate for the Harbour Lab's office?", 'HK$24.3 million [1].']);
    const read = resolve(earlier, 'and the revised figure for the yr before?');
    // (The year and the column swapped into the earlier question, or the column asked of that year: either reads the year right.)
    expect(read.question).toMatch(/revised figure for 2030-31\b|2030-31 revised estimate for the Harbour Lab's office/);
    expect(read.question).not.toMatch(/for in/);
  });

  it('asks the earlier question under a condition a follow-up adds alone ("and if a company runs three projects at once?", 「如果…呢？」)', () => {
    const en = chat(["What's the most the Harbour Lab Scheme funds per project?", 'HK$15 million [1].']);
    expect(resolve(en, 'and if a company runs three projects at once?')).toMatchObject({ kind: 'aspect', question: "What's the most the Harbour Lab Scheme funds per project if a company runs three projects at once?" });
    expect(resolve(en, "what if it's a start-up?").question).toBe("What's the most the Harbour Lab Scheme funds per project if it is a start-up?");
    const zh = chat(['海港計劃每個項目最多資助幾多？', '1,500萬元 [1]。']);
    expect(resolve(zh, '如果同時進行三個項目呢？')).toMatchObject({ kind: 'aspect', question: expect.stringMatching(/^如果同時進行三個項目，海港計劃每個項目最多資助幾多/) });
    // A condition that asks something itself is not one added to the earlier question.
    expect(resolve(en, 'what if I want to know when it opens?').question).not.toMatch(/per project if/);
  });

  it('reads "the whole scheme", "the entire fund" as the scheme spoken of, a new aspect of it asked ("and the total budget for the whole scheme?")', () => {
    const earlier = chat(["what's the most a company can get under the Harbour Lab Scheme?", 'HK$15 million [1].']);
    expect(resolve(earlier, 'and the total budget for the whole scheme?')).toMatchObject({ kind: 'pronoun', question: 'What is the total budget for the Harbour Lab Scheme?' });
  });

  it('labels the two sides of "which is more?" after two questions the same but for one thing by that thing, whole words only', () => {
    const zh = chat(['海港實驗室匯聚咗幾多間機械人公司？', '超過500間 [1]。'], ['咁生物科技公司呢？', '超過300間 [1]。']);
    expect(resolve(zh, '邊樣多啲？')).toMatchObject({ kind: 'comparison', question: '機械人公司與生物科技公司，哪個較多？' });
    const en = chat(['How many fintech firms does the Harbour Lab host?', 'Over 500 [1].'], ['and biotech firms?', 'Over 300 [1].']);
    expect(resolve(en, 'which is more?')).toMatchObject({ kind: 'comparison', question: 'Which is more: fintech or biotech?' });
    // Characters in common inside a word (人 of 人工智能 and 人才) are not cut off: the parts are whole words.
    expect(differingParts(['人工智能公司有幾多？', '人才公司有幾多？'])).toEqual(['人工智能公司', '人才公司']);
    expect(differingParts(['What is the Harbour Lab?', 'How much for the Peak Institute in 2031?'])).toBeUndefined();
  });

  it('reads the other side of a comparison named as a document with what it is on ("the figure in the fact sheet on harbour science")', () => {
    const earlier = chat(['How many services does the Harbour Portal connect according to the slides?', 'About 500 [1].']);
    expect(resolve(earlier, 'Is that more than the figure in the fact sheet on harbour science and technology?')).toMatchObject({
      kind: 'comparison',
      question: 'How many services does the Harbour Portal connect according to the fact sheet?',
      comparison: { relation: 'more', source: { kind: 'fact-sheet' }, previous: { value: 500 } },
    });
  });

  it('asks a sum described by who set it aside and what for ("what the 2031-32 Budget earmarked for X") as its own question, a part\'s number ("Phase 1") being no figure', () => {
    const earlier = chat(['How much will the government inject into the Harbour Lab?', 'HK$10 billion [1].']);
    const compared = resolve(earlier, "Is that more than what the 2031-32 Budget earmarked for the lab's Phase 1 works?");
    expect(compared).toMatchObject({ kind: 'comparison', question: "Is HK$10 billion more than the sum earmarked for the lab's Phase 1 works in the 2031-32 Budget?", lookup: "How much was earmarked for the lab's Phase 1 works in the 2031-32 Budget?", comparison: { relation: 'more', polar: true } });
    expect(resolve(earlier, 'Is that more than the money the Peak Institute gave to its Stage 2 projects?').lookup).toBe('How much was given for its Stage 2 projects by the Peak Institute?');
    // "that amount" after an answer with no sum (a count of years) is the sum answered the turn before.
    const years = chat(['How much extra did the budget give the Harbour Lab?', 'HK$134 million [1].'], ['How many school years does it cover?', 'two academic years [1].']);
    const amount = resolve(years, 'Is that amount more than the Peak Institute money for elderly training?');
    expect(amount.comparison?.between?.[0]?.question).toBe('How much extra did the budget give the Harbour Lab?');
    // Without the describing verb, "Phase 1" is still no figure: "1" is never the earlier sum's match.
    expect(resolve(earlier, "Is that more than the lab's Phase 1 budget?").comparison?.target).toBeUndefined();
  });

  it('replaces the whole of the earlier question\'s source, with its year and publisher, by the one the follow-up names', () => {
    // 「2031年嗰份海港實驗室新聞稿」 is one source: its calendar year and publisher go with it when another is asked of.
    const dated = chat(['根據2031年嗰份海港實驗室新聞稿，海港實驗室有幾多會員？', '超過2,400 名 [1]。']);
    const compared = resolve(dated, '咁係咪多過概況講嘅數？');
    expect(compared).toMatchObject({ kind: 'comparison', comparison: { source: { kind: 'fact-sheet' } } });
    expect(compared.question).toMatch(/^根據概況[，,]海港實驗室有幾多會員？$/);
    // 「概況資料話…」: a question opened by what its source says is asked 「根據<the other source>，…」.
    const says = chat(['概況資料話海港實驗室有幾多會員？', '逾1,600 名 [1]。']);
    expect(resolve(says, '咁新聞稿點講？')).toMatchObject({ kind: 'source', question: '根據新聞稿，海港實驗室有幾多會員？' });
  });

  it('asks a thing named after "what about" (no known name, no attribute) the earlier question when that asked when, where or who, not a figure', () => {
    const when = chat(['海港園區首三座大樓甚麼時候落成？', '年內 [1]。']);
    expect(resolve(when, '那園區內第一座員工宿舍呢？')).toMatchObject({ kind: 'subject', question: '園區內第一座員工宿舍甚麼時候落成？' });
    // After a figure question the thing is still read as an aspect of the subject (「…的員工宿舍是多少？」), as before.
    expect(resolve(chat(['海港園區首三座大樓的樓面面積是多少？', '10萬平方米 [1]。']), '那園區內第一座員工宿舍呢？').kind).toBe('aspect');
  });

  it('reads a bare reason (「主要原因是甚麼？」「點解？」) after a change asked by how much as the reason for that change', () => {
    const change = chat(['海港實驗室2031-32年度撥款是多少？', '1,200萬元 [1]。'], ['比修訂預算增加多少？', '增加 140萬元 [1]。']);
    expect(resolve(change, '主要原因是甚麼？').question).toMatch(/^海港實驗室.*2031-32年度.*增加的主要原因是甚麼？$/);
    const fall = chat(['海港實驗室2031-32年度撥款係幾多？', '1,200萬元 [1]。'], ['同修訂預算比少咗幾多？', '減少 140萬元 [1]。']);
    expect(resolve(fall, '點解？').question).toMatch(/點解會減少？$/);
    // After a question asking no change, a reason is read as before.
    const plain = chat(['海港實驗室2031-32年度撥款是多少？', '1,200萬元 [1]。']);
    expect(resolve(plain, '主要原因是甚麼？').question).not.toMatch(/增加|減少/);
  });

  it('reads "what will change" in another year (「那2031-32年度會有甚麼變化？」) as which way what was counted moves', () => {
    const posts = chat(['海港局現在編制有多少個職位？', '79 個 [1]。']);
    expect(resolve(posts, '那2031-32年度會有甚麼變化？').question).toBe('海港局2031-32年度職位會增加還是減少？');
    expect(resolve(chat(['How many posts does the Harbour Lab have?', '79 [1].']), 'what will change in 2031-32?').question).toMatch(/^Will the posts of the Harbour Lab increase or decrease in 2031-32\?$/);
    // Set against something, it is a comparison, not this reading.
    expect(resolve(posts, '2031-32年度同上年比有甚麼變化？').question).not.toMatch(/增加還是減少/);
  });

  it('reads a demonstrative that writes out its figure (「這筆大約 RMB 1.2 billion 的數字」) as naming that figure, not the earlier subject', () => {
    const earlier = chat(['海港實驗室批出了多少錢？', '約12億元人民幣（RMB 1.2 billion） [1]。']);
    expect(resolve(earlier, '這筆大約 RMB 1.2 billion 的數字是截至甚麼時候？')).toMatchObject({ kind: 'standalone', question: '這筆大約 RMB 1.2 billion 的數字是截至甚麼時候？' });
    // Without the figure, the demonstrative still stands for the subject.
    expect(resolve(earlier, '這筆錢是截至甚麼時候的數字？').kind).toBe('pronoun');
    expect(resolve(earlier, '這筆2031-32年度的錢是截至甚麼時候的數字？').kind).toBe('pronoun');
  });

  it('carries the subject into a follow-up whose nouns name nothing in particular, not into one about the world', () => {
    const earlier = chat(['What is the Harbour Portal?', 'A platform [1].']);
    expect(resolve(earlier, 'how many people have signed up?')).toMatchObject({ kind: 'aspect', question: 'How many people have signed up for the Harbour Portal?' });
    expect(resolve(earlier, 'how many companies have applied so far?').question).toBe('How many companies have applied so far for the Harbour Portal?');
    expect(resolve(earlier, 'how many start-ups are there?').kind).toBe('standalone');
    expect(resolve(earlier, 'How many researchers work in the Peak Institute?').kind).toBe('standalone');
    // "the fund" after a question on a named fund is that fund, whatever the verb.
    expect(resolve(chat(['When will the Harbour Growth Fund go to the council?', 'Mid-year [1].']), 'how much of the fund has been invested so far?').question).toBe('How much of the Harbour Growth Fund has been invested so far?');
    // "the land" after a question on a site is that site.
    expect(resolve(chat(['How big is the Harbour Lab site?', '10 hectares [1].']), 'How much is the land expected to sell for?').kind).toBe('pronoun');
  });

  it('keeps the earlier year out of a follow-up asking about now ("so far", 「到目前為止」)', () => {
    const earlier = chat(['How much did the 2030-31 budget put into the Harbour Scheme?', 'HK$3 billion [1].']);
    expect(resolve(earlier, 'how many projects has it approved so far?').question).not.toMatch(/2030-31/);
    expect(resolve(chat(['海港計劃2030-31年度有幾多錢？', '30億元 [1]。']), '到目前為止批准了多少個項目？').question).toBe('海港計劃到目前為止批准了多少個項目？');
  });

  it('reads 「當中」 as among the things just counted, 「那塊地」 as the subject\'s, and a possessive\'s named head as the subject', () => {
    expect(resolve(chat(['海港有幾多間金融科技公司？', '超過1,100間 [1]。']), '當中有幾多間喺山頂？').question).toBe('海港嘅金融科技公司當中有幾多間喺山頂？');
    expect(resolve(chat(['海港數據園區有多少公頃？', '10公頃 [1]。']), '那塊地預計能賣多少錢？')).toMatchObject({ kind: 'pronoun', question: '海港數據園區的地預計能賣多少錢？' });
    expect(resolve(chat(['海港實驗室的海港創投基金吸引了多少私人投資？', '31億元 [1]。']), '那它投資了多少間公司？').question).toBe('海港創投基金投資了多少間公司？');
    // 「而家」 is "now", not 而 + 家; 「另外問一下」 changes the subject.
    expect(resolve(chat(['海港數據園區有幾大？', '10公頃 [1]。']), '咁而家輪公屋要等幾耐？').question).toBe('而家輪公屋要等幾耐？');
    expect(resolve(chat(['海港實驗室有幾多會員？', '1,600 [1]。']), '另外問一下，山頂研究所有幾多錢？')).toMatchObject({ kind: 'standalone', question: '山頂研究所有幾多錢？' });
  });
});

describe('resolveFollowUp, the fifth round: carried years, ordinals, topics with what they count, dislocated subjects, sources restated', () => {
  it('offers a follow-up read with the earlier question\'s year without it too, for when that year\'s reading is not answered', () => {
    const pronoun = resolve(chat(['海港實驗室2031-32年度預計淨減少幾個職位？', '5個 [1]。']), '那些非首長級職位的年薪值上限是多少？');
    expect(pronoun).toMatchObject({ kind: 'pronoun', question: '2031-32年度海港實驗室的非首長級職位的年薪值上限是多少？' });
    expect(pronoun.fallback).toMatchObject({ kind: 'pronoun', question: '海港實驗室的非首長級職位的年薪值上限是多少？' });
    const aspect = resolve(chat(['How much did the 2031-32 budget put into the Harbour Lab?', 'HK$12 million [1].']), 'how many research staff?');
    expect(aspect.question).toMatch(/2031-32/);
    expect(aspect.fallback?.question).not.toMatch(/2031-32/);
    // Nothing carried, nothing offered.
    expect(resolve(chat(['海港實驗室有幾多會員？', '1,600 [1]。']), '佢幾時成立？').fallback).toBeUndefined();
  });

  it('swaps an ordinal part (「第二期呢？」, "and phase 2?") and names the other members of a thing counted by ordinal as fully (「頭兩個平台」)', () => {
    expect(resolve(chat(['海港園區第一期的基建預留了多少錢？', '37億元 [1]。']), '第二期呢？')).toMatchObject({ kind: 'aspect', question: '海港園區第二期的基建預留了多少錢？' });
    expect(resolve(chat(['海港園區第一期的基建預留了多少錢？', '37億元 [1]。']), '咁第二期又點？').question).toBe('海港園區第二期的基建預留了多少錢？');
    expect(resolve(chat(['第一座海港大樓幾時落成？', '2031年 [1]。']), '第二座大樓呢？').question).toBe('第二座海港大樓幾時落成？');
    expect(resolve(chat(['How much is set aside for phase 1 of the Harbour Park?', 'HK$3 billion [1].']), 'and phase 2?').question).toBe('How much is set aside for phase 2 of the Harbour Park?');
    expect(resolve(chat(['How much is set aside for the first phase of the Harbour Park?', 'HK$3 billion [1].']), 'what about the second phase?').question).toBe('How much is set aside for the second phase of the Harbour Park?');
    expect(resolve(chat(['第三個海港研發平台會聚焦咩範疇？', '先進製造 [1]。']), '咁頭兩個平台係咩嚟㗎？').question).toBe('頭兩個海港研發平台係咩嚟？');
    expect(resolve(chat(['第三個海港研發平台會聚焦咩範疇？', '先進製造 [1]。']), '其他平台有幾多間實驗室？').question).toBe('其他海港研發平台有幾多間實驗室？');
    // No ordinal before: nothing swapped or completed.
    expect(resolve(chat(['海港研發平台會聚焦咩範疇？', '先進製造 [1]。']), '其他平台有幾多間實驗室？').question).toBe('其他平台有幾多間實驗室？');
  });

  it('puts what the earlier question counted into the topic of a change asked after 比, and offers it as a percentage', () => {
    const read = resolve(chat(['海港而家有幾多間初創企業？', '近4,700 間 [1]。']), '比2030年多咗幾多？');
    expect(read).toMatchObject({ kind: 'aspect', question: '海港而家嘅初創企業比2030年多咗幾多？', fallback: { question: '海港而家嘅初創企業比2030年增加咗百分之幾？' } });
    // A sum asked as money keeps its question.
    expect(resolve(chat(['海港辦公室2031-32年度預算撥款是多少？', '2,430萬元 [1]。']), '比2030-31年度多了多少錢？').fallback).toBeUndefined();
  });

  it('reads a subject set in front of a short question pointing back at it as "what about" that subject, with its year or source', () => {
    const earlier = chat(['How much did the 2031-32 budget set aside for the Harbour Lab?', 'HK$1 billion [1].']);
    expect(resolve(earlier, 'and the Peak Institute in the budget the year before, how much was that?')).toMatchObject({ kind: 'subject', question: 'How much did the 2030-31 budget set aside for the Peak Institute?' });
    expect(resolve(earlier, 'and the Peak Institute, how much did it get?')).toMatchObject({ kind: 'subject', question: 'How much did the 2031-32 budget set aside for the Peak Institute?' });
    // A year alone in front is not a subject; nor is a clause that asks itself.
    expect(resolve(earlier, 'and a year later, how much was it?').question).not.toMatch(/^What about/i);
    expect(resolve(earlier, 'ok, what is it for?')).toMatchObject({ kind: 'pronoun', question: 'What is the Harbour Lab for in 2031-32?' });
  });

  it('asks the earlier question of a source named with what it gives, who published it and when ("what number does X itself give in its Feb 2032 press release?")', () => {
    const earlier = chat(['According to the government fact sheet, how many members does the Harbour Lab have?', 'Over 1,600 [1].']);
    expect(resolve(earlier, 'and what number does the Harbour Lab itself give in its Feb 2032 press release?')).toMatchObject({
      kind: 'source',
      question: 'According to the press release, how many members does the Harbour Lab have?',
      // The month and year it came out pick the documents dated then; they are not asked about.
      source: { kind: 'press-release', published: '2032', written: '2032 press release' },
    });
    // A new thing asked beside the source is not the earlier question of it.
    expect(resolve(earlier, 'and how many staff does the press release give?').kind).not.toBe('source');
  });

  it('sets the earlier figure beside another named thing, of a year of its own (「那跟2030-31年度推出的山頂計劃比，哪個金額較大？」)', () => {
    const read = resolve(chat(['2031-32年度預算案預留多少錢在海港建設首個海港實驗室？', '2.2億元 [1]。']), '那跟2030-31年度推出的山頂計劃比，哪個金額較大？');
    expect(read).toMatchObject({ kind: 'comparison', comparison: { relation: 'more' } });
    expect(read.comparison!.between!.map((item) => item.question)).toEqual(['2031-32年度預算案預留多少錢在海港建設首個海港實驗室？', '2030-31年度山頂計劃有多少錢？']);
    expect(resolve(chat(['海港計劃有幾多錢？', '30億元 [1]。']), '咁同山頂研究所比，邊個多啲？').comparison!.between!.map((item) => item.question)).toEqual(['海港計劃有幾多錢？', '山頂研究所有幾多錢？']);
  });

  it('asks the earlier question of a source named in one sentence and asked of in the next ("the fact sheet gives a different number, right? what does it say")', () => {
    const earlier = chat(['How many services can you use with the Harbour Portal?', 'About 500 [1].']);
    expect(resolve(earlier, 'the govt fact sheet gives a different number for that right? what does it say')).toMatchObject({ kind: 'source', source: { kind: 'fact-sheet' }, question: 'How many services can you use with the Harbour Portal, according to the government fact sheet?' });
    // One sentence asking "what does it say" names no source: a pronoun.
    expect(resolve(earlier, 'what does it say about fees?').kind).not.toBe('source');
  });

  it('swaps a body in for the body the earlier question named, not for a name of another kind beside it', () => {
    const kinds = [
      { zh: ['海港局'], en: ['Harbour Bureau'], kind: 'body' },
      { zh: ['山頂辦公室'], en: ['Peak Office'], kind: 'body' },
      { zh: ['首席研究職位'], en: ['chief research posts'], kind: 'post' },
    ];
    const finder: NameFinder = (text) =>
      kinds.flatMap((entity) =>
        [...entity.zh, ...entity.en].flatMap((name) => {
          const at = text.toLowerCase().indexOf(name.toLowerCase());
          return at >= 0 ? [{ at, written: text.slice(at, at + name.length), zh: entity.zh, en: entity.en, kind: entity.kind }] : [];
        }),
      );
    const earlier = chat(['How many chief research posts does the Harbour Bureau have for 2031-32?', '9 [1].']);
    expect(resolveFollowUp({ earlier, question: 'what about the Peak Office?', findNames: finder })).toMatchObject({ kind: 'subject', question: 'How many chief research posts does the Peak Office have for 2031-32?' });
  });
  it('asks the earlier question of a Chinese source named with title marks, its publisher, a demonstrative and 份, or the year it came out; 話, 嗰陣 and the earlier question word ask nothing new', () => {
    const when = chat(['海港實驗室首三座大樓幾時落成？', '年底 [1]。']);
    expect(resolve(when, '咁2030-31年預算案嗰陣又話幾時？')).toMatchObject({ kind: 'source', source: { kind: 'budget', year: '2030-31' }, question: '根據2030-31年預算案，海港實驗室首三座大樓幾時落成？' });
    const count = chat(['海港實驗室為幾多間公司提供支援？', '超過1,600間 [1]。']);
    expect(resolve(count, '咁2032年海港嗰份新聞稿又點講？')).toMatchObject({ kind: 'source', source: { kind: 'press-release', published: '2032' }, question: '根據海港新聞稿，海港實驗室為幾多間公司提供支援？' });
    expect(resolve(count, '那《概況》那份又怎麼說？')).toMatchObject({ kind: 'source', source: { kind: 'fact-sheet' } });
    // A new thing asked of the source is not the earlier question.
    expect(resolve(count, '那《概況》那份又說山頂研究所有幾多名員工？').kind).not.toBe('source');
  });

  it('reads "is the figure the same in that source?" as the earlier question asked of it, compared with the earlier figure', () => {
    const read = resolve(chat(['海港實驗室聯通到幾多項服務？', '約500項 [1]。']), '咁《概況》嗰份講嘅數係咪一樣？');
    expect(read).toMatchObject({ kind: 'comparison', source: { kind: 'fact-sheet' }, comparison: { same: true, previous: { value: 500 } }, question: '根據《概況》，海港實驗室聯通到幾多項服務？' });
    expect(resolve(chat(['How many services does the Harbour Lab link up?', 'about 500 [1].']), 'is it the same in the fact sheet?')).toMatchObject({ kind: 'comparison', comparison: { same: true } });
  });

  it('reads "more or less in that source?" (「…講嘅數多咗定少咗？」, a source asked of and then 「多咗定少咗？」) as the source\'s figure beside the earlier one', () => {
    const earlier = chat(['海港實驗室聯通到幾多項服務？', '約500項 [1]。']);
    expect(resolve(earlier, '咁《概況》嗰份講嘅數多咗定少咗？')).toMatchObject({ kind: 'comparison', source: { kind: 'fact-sheet' }, comparison: { neutral: true, previous: { value: 500 } }, question: '根據《概況》，海港實驗室聯通到幾多項服務？' });
    expect(resolve(earlier, '海港自己嗰份新聞稿又點講？多咗定少咗？')).toMatchObject({ kind: 'comparison', source: { kind: 'press-release' }, comparison: { neutral: true } });
    expect(resolve(chat(['How many services does the Harbour Lab link up?', 'about 500 [1].']), 'is it higher or lower in the fact sheet?')).toMatchObject({ kind: 'comparison', source: { kind: 'fact-sheet' }, comparison: { neutral: true } });
  });

  it('leaves "its press release" to the publisher when another pronoun stands for the subject', () => {
    const read = resolve(chat(['How many hectares does the Harbour Lab get?', '20 hectares [1].']), 'what does the Peak Institute call it in its press release?');
    expect(read.question).toBe('What does the Peak Institute call the Harbour Lab in the press release?');
    expect(read.source).toMatchObject({ kind: 'press-release' });
  });

  it('reads the subject of a question that opens with its source (「X新聞稿講嘅Y…」「概況話…」) after the source', () => {
    expect(subjectOf('海港新聞稿講嘅山頂研究所係咩嚟㗎？', findNames)).toBe('山頂研究所');
    expect(resolve(chat(['海港新聞稿講嘅觀星計劃係咩嚟㗎？', '一個計劃 [1]。']), '佢預計要使幾多錢？').question).toBe('觀星計劃預計要使幾多錢？');
  });

  it('reads a question opening with a verb of selling, letting or buying as having no subject of its own', () => {
    expect(resolve(chat(['觀星園區的土地有多大？', '10公頃 [1]。']), '那賣地預計可以收多少錢？').question).toBe('觀星園區賣地預計可以收多少錢？');
  });

  it('leaves words of emphasis and 「東西」 out of a rewritten question', () => {
    expect(resolve(chat(['「觀星通」促成了多少宗申請？', '42,000宗 [1]。']), '它到底是什么东西？').question).toBe('观星通是什么？');
  });

  it('asks the earlier question of a body named as the source ("what does the Peak Institute itself say?", 「咁山頂研究所自己點講？」)', () => {
    const named: NameFinder = (text) => findNames(text).map((hit) => ({ ...hit, kind: 'body' }));
    const english = resolveFollowUp({ earlier: chat(['How many labs does the Harbour Lab run?', '12 [1].']), question: 'what does the Peak Institute itself say?', findNames: named });
    expect(english).toMatchObject({ kind: 'source', source: { kind: 'publisher', written: 'Peak Institute', names: { zh: ['山頂研究所'] } }, question: 'How many labs does the Harbour Lab run, according to Peak Institute?' });
    const chinese = resolveFollowUp({ earlier: chat(['海港實驗室有幾多個實驗室？', '12個 [1]。']), question: '咁山頂研究所自己點講？', findNames: named });
    expect(chinese).toMatchObject({ kind: 'source', source: { kind: 'publisher' }, question: '根據山頂研究所，海港實驗室有幾多個實驗室？' });
    // A body asked about, not as a source: a new subject.
    expect(resolveFollowUp({ earlier: chat(['How many labs does the Harbour Lab run?', '12 [1].']), question: 'what about the Peak Institute?', findNames: named }).kind).toBe('subject');
  });

  it('reads "does the press release give a different number?" as the same-figure question the other way round', () => {
    const read = resolve(chat(['How many companies does the Harbour Lab support according to the fact sheet?', 'over 1,600 [1].']), 'does the press release give a different number?');
    expect(read).toMatchObject({ kind: 'comparison', source: { kind: 'press-release' }, comparison: { same: true, different: true } });
  });

  it('reads a source with 份, a pronoun, 喺, 有 or 係 around it, the budget alone with a verb of saying, and words of the earlier question as asking nothing new', () => {
    const earlier = chat(['海港實驗室為幾多間公司提供支援？', '超過1,600間 [1]。']);
    expect(resolve(earlier, '咁份新聞稿點講？')).toMatchObject({ kind: 'source', source: { kind: 'press-release' }, question: '根據新聞稿，海港實驗室為幾多間公司提供支援？' });
    expect(resolve(earlier, '新聞稿話有幾多？')).toMatchObject({ kind: 'source', source: { kind: 'press-release' } });
    expect(resolve(earlier, '佢喺2031-32預算案嗰陣點講？')).toMatchObject({ kind: 'source', source: { kind: 'budget', year: '2031-32' } });
    expect(resolve(earlier, '咁海港實驗室新聞稿又點講？')).toMatchObject({ kind: 'source', source: { kind: 'press-release' } });
    expect(resolve(earlier, '預算案有冇講？')).toMatchObject({ kind: 'source', source: { kind: 'budget' }, question: '根據預算案，海港實驗室為幾多間公司提供支援？' });
    // "What's the budget?" asks for a sum, not what the budget says.
    expect(resolve(chat(['When does the Harbour Lab open?', 'In 2031 [1].']), "what's the budget?").kind).not.toBe('source');
  });

  it('reads 「佢同X邊個多啲？」 without 比 as the two compared, and 「多過上年幾多？」 as the size of a change', () => {
    const read = resolve(chat(['海港實驗室有幾多撥款？', '30億元 [1]。']), '佢同山頂研究所邊個多啲？');
    expect(read).toMatchObject({ kind: 'comparison', comparison: { between: [{ label: '海港實驗室' }, { label: '山頂研究所' }] } });
    expect(resolve(chat(['海港有幾多間初創企業？', '近4,700間 [1]。']), '咁多過2030年幾多？').question).toBe('海港嘅初創企業比2030年多咗幾多？');
  });

  it('reads "and how many X?" after a "how many" question as the thing counted swapped', () => {
    expect(resolve(chat(['How many AI companies has the Harbour Lab gathered?', 'over 500 [1].']), 'and how many AI talents?')).toMatchObject({ kind: 'aspect', question: 'How many AI talents has the Harbour Lab gathered?' });
  });

  it('compares with the kind of figure the follow-up names for the other year (revised, original, actual)', () => {
    const earlier = chat(["What is the Harbour Bureau's 2031-32 estimate?", 'HK$269.7 million [1].']);
    expect(resolve(earlier, 'is that higher or lower than the revised estimate for 2030-31?')).toMatchObject({ kind: 'comparison', question: "What is the Harbour Bureau's 2030-31 revised estimate?", comparison: { neutral: true } });
    expect(resolve(chat(['海港局2031-32年度開支預算係幾多？', '2億6,970萬元 [1]。']), '咁同2030-31年度修訂預算比呢？')).toMatchObject({ kind: 'comparison', question: '海港局2030-31年度開支修訂預算係幾多？' });
  });

  it('reads an attribute alone (「配對比例係點？」, 「職位數目呢？」) as of the earlier subject, and a count named by its noun as no sum', () => {
    expect(resolve(chat(['海港計劃每間企業最多資助幾多？', '最多2億元 [1]。']), '配對比例係點？').kind).toBe('aspect');
    expect(resolve(chat(['海港局2031-32年度開支預算係幾多？', '2億6,970萬元 [1]。']), '咁職位數目呢？').question).not.toMatch(/錢/);
    expect(subjectOf("What is the Harbour Bureau's 2031-32 estimate?")).toBe('the Harbour Bureau');
    expect(resolve(chat(['How much is the Harbour Scheme?', 'HK$10 billion [1].']), 'what is the matching ratio?').question).toBe('What is the matching ratio for the Harbour Scheme?');
  });

  it('reads Cantonese follow-ups: 「喺邊」 as a question word, 「佢定X多啲？」 as the two compared, 「第三個係…」 as one of the things counted, 「比X多咗百分之幾？」 as a change', () => {
    expect(resolve(chat(['海港實驗室有幾多條試驗線？', '兩條 [1]。']), '佢哋喺邊？').question).toBe('海港實驗室嘅試驗線喺邊？');
    expect(resolve(chat(['海港計劃有幾多錢？', '30億元 [1]。']), '佢定觀星計劃多錢啲？')).toMatchObject({ kind: 'comparison', question: '海港計劃與觀星計劃，哪個較多？' });
    expect(resolve(chat(['海港有幾多個研發平台？', '兩個 [1]。']), '第三個係做咩嘅？').question).toBe('海港嘅第三個研發平台係做咩嘅？');
    expect(resolve(chat(['海港有幾多間初創企業？', '近4,700間 [1]。']), '比2030年多咗百分之幾？').question).toBe('海港嘅初創企業比2030年多咗百分之幾？');
  });

  it('reads a name with + as a subject (「產學研1+計劃」), and a question on what one budget says as asked of that budget', () => {
    expect(resolve(chat(['觀星1+計劃有幾多錢？', '100億元 [1]。']), '佢資助幾多支團隊？').question).toBe('觀星1+計劃資助幾多支團隊？');
    expect(resolve(chat(['2031-32預算案預留咗幾多錢設立海港實驗室？', '10億元 [1]。']), '上年預算案有冇講佢？')).toMatchObject({ source: { kind: 'budget', year: '2030-31' } });
    // A year alone is no source to keep to.
    expect(resolve(chat(['2031-32預算案預留咗幾多錢設立海港實驗室？', '10億元 [1]。']), '上年呢？').source).toBeUndefined();
  });

  it('reads a source asked "bigger?" or "a higher number?" as its figure compared with the earlier one', () => {
    const earlier = chat(['How many companies does the Harbour Lab support according to the fact sheet?', 'over 1,600 [1].']);
    expect(resolve(earlier, 'Is the number in the press release bigger?')).toMatchObject({ kind: 'comparison', source: { kind: 'press-release' }, comparison: { relation: 'more', sourceFigureAsked: true, previous: { value: 1600 } } });
    expect(resolve(earlier, 'does the budget give a lower number?')).toMatchObject({ kind: 'comparison', source: { kind: 'budget' }, comparison: { relation: 'less' } });
    expect(resolve(chat(['海港實驗室為幾多間公司提供支援？', '超過1,600間 [1]。']), '新聞稿嘅數係咪多啲？')).toMatchObject({ kind: 'comparison', source: { kind: 'press-release' }, comparison: { relation: 'more' } });
    expect(resolve(earlier, 'what figure does the press release give for it?')).toMatchObject({ kind: 'source', source: { kind: 'press-release' } });
    expect(resolve(chat(['海港实验室为多少间公司提供支援？', '超过1,600间 [1]。']), '那新闻稿的数字是不是更多？')).toMatchObject({ kind: 'comparison', source: { kind: 'press-release' }, question: '根据新闻稿，海港实验室为多少间公司提供支援？' });
  });

  it('keeps a source\'s publisher with it when another source replaces it, and reads "the following year\'s budget" and "how many in X?"', () => {
    expect(resolve(chat(['How much is the Harbour Lab getting according to the Peak Institute press release?', 'HK$1 billion [1].']), 'what did the 2030-31 Budget say about the lab?').question).toBe('How much is the Harbour Lab getting according to the 2030-31 Budget?');
    expect(resolve(chat(['When will the Harbour Lab be set up according to the 2030-31 budget?', 'This year [1].']), "what does the following year's budget say about its pilot lines?").question).toBe("What does the 2031-32 budget say about the Harbour Lab's pilot lines?");
    expect(resolve(chat(['How many startups does the Harbour Lab have?', '300 [1].']), 'and how many in Hong Kong overall?')).toMatchObject({ kind: 'subject', question: 'How many startups are there in Hong Kong?' });
  });

  it('reads "how many more is that than …?" as a comparison that says by how much, and 「邊兩個」「邊一步」 as question words', () => {
    const earlier = chat(['How many services does the Harbour Portal link according to the 2031-32 budget?', '500 [1].']);
    expect(resolve(earlier, 'how many more is that than the number in the fact sheet?')).toMatchObject({ kind: 'comparison', source: { kind: 'fact-sheet' }, comparison: { relation: 'more', difference: true, previous: { value: 500 } } });
    expect(resolve(chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']), 'how much more is that than 2030-31?')).toMatchObject({ kind: 'comparison', question: 'What is the 2030-31 estimate for programme (4)?', comparison: { difference: true, year: '2030-31' } });
    expect(resolve(chat(['海港辦公室幾時成立㗎？', '2031年 [1]。']), '佢係由邊兩個辦公室重組出嚟㗎？').question).not.toMatch(/幾多/);
    expect(subjectOf('How much did the 2031-32 Budget allocate for digital training for the elderly?')).not.toBe('Budget');
  });

  it('reads a source named before the question ("According to the slides, …", 「根據新聞稿，…」), 「預算案簡報」, and a relative year with a source', () => {
    const earlier = chat(['How much is set aside for the Harbour Lab?', 'HK$1 billion [1].']);
    expect(resolve(earlier, 'According to the slides, what will it do?')).toMatchObject({ source: { kind: 'slides' }, question: 'What will the Harbour Lab do, according to the slides?' });
    expect(resolve(chat(['海港實驗室有幾多間企業？', '300間 [1]。']), '根據新聞稿，佢有幾多個員工？')).toMatchObject({ source: { kind: 'press-release' }, question: '根據新聞稿，海港實驗室有幾多個員工？' });
    expect(resolve(chat(['海港通聯通幾多項服務？', '約500項 [1]。']), '預算案簡報又點講？')).toMatchObject({ kind: 'source', source: { kind: 'slides' } });
    expect(resolve(chat(['2031-32年度海港通有幾多人登記？', '320萬 [1]。']), '去年嗰份預算案點講？')).toMatchObject({ kind: 'source', source: { kind: 'budget', year: '2030-31' } });
  });

  it('takes "unrelated, but …" as a change of subject', () => {
    expect(resolve(chat(['How big is the Harbour Lab?', '10 hectares [1].']), 'unrelated, but where does HK rank for startups?')).toMatchObject({ kind: 'standalone', question: 'Where does HK rank for startups?' });
  });

  it('keeps a numbered name whole ("Programme 2"), and compares with what a possessive question asked ("higher or lower than that?")', () => {
    expect(subjectOf("What's the Programme 2 provision in the 2031-32 estimates?")).toMatch(/^(?:the )?Programme 2$/);
    expect(subjectOf('How much is set aside for Phase 1 of the Harbour Lab?', findNames)).toMatch(/Harbour Lab$/);
    expect(resolve(chat(["What was Programme 4's original estimate for 2030-31?", 'HK$12 million [1].']), 'so is the 2031-32 figure higher or lower than that?').question).toBe("So is the 2031-32 figure higher or lower than Programme 4's original estimate for 2030-31?");
  });

  it('reads a Chinese predicate before a question of duration (「資助多長時間？」) as about the earlier subject', () => {
    expect(resolve(chat(['2031-32年度預算案給「海港實驗室計劃」增撥多少錢？', '1億元 [1]。']), '資助多長時間？')).toMatchObject({ kind: 'aspect', question: '2031-32年度預算案給「海港實驗室計劃」增撥資助多長時間？' });
  });

  it('reads a Cantonese classifier with its noun and no numeral (「間公司」) as one of the earlier subject\'s, and a bare 幾多 after a verb of investing as a sum', () => {
    expect(resolve(chat(['海港計劃每間公司最多資助幾多？', '最多四名 [1]。']), '咁間公司自己要喺香港投資幾多先得？').question).toBe('海港計劃嘅公司自己要喺香港投資幾多錢先得？');
    expect(resolve(chat(['海港計劃有幾多錢？', '30億元 [1]。']), '咁座大樓幾時落成？').question).toBe('海港計劃嘅大樓幾時落成？');
    // Classifier and noun as one word (個人, 部門) are not "the …".
    expect(resolve(chat(['海港計劃有幾多錢？', '30億元 [1]。']), '個人可唔可以申請？').question).not.toContain('海港計劃嘅');
  });
  it('counts "a year ago" (「一年前」) back from the date the earlier answer states, not from its budget year, and drops "now" from the earlier question', () => {
    const earlier = chat(['海港實驗室而家有幾多會員？', '1,622 萬 [1]。根據《海港概況》（2031-02-25，2030-31 年度）：「截至 2031 年 2 月，海港實驗室會員達 1,622 萬；」 [1]']);
    expect(resolve(earlier, '咁一年前有幾多？')).toMatchObject({ kind: 'year', question: '2030年海港實驗室有幾多會員？' });
    const english = chat(['How many members does the Harbour Lab have now?', 'over 1,600 [1]. From X (2031-02-25, budget year 2030-31): “as of 2031, over 1,600 members” [1]']);
    expect(resolve(english, 'and two years ago?').question).toBe('How many members does the Harbour Lab have in 2029?');
    // "The year before" still counts budget years.
    expect(resolve(chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']), 'and the year before?').question).toBe('What is the 2030-31 estimate for programme (4)?');
  });
  it('reads a Chinese possessive naming its owner and what of it is asked (「山頂研究所的日均訪客量呢？」) as a question of its own', () => {
    expect(resolve(chat(['海港實驗室覆蓋多少人口？', '超過90% [1]。']), '那么山頂研究所的日均訪客量呢？')).toMatchObject({ kind: 'subject', question: '山頂研究所的日均訪客量是多少？' });
  });

  it('reads "whats" typed without its apostrophe, and "5G" as a name of the question\'s own', () => {
    expect(resolve(chat(['what % of the population does the Harbour Lab cover', 'over 90% [1].']), 'and whats the average 5G download speed')).toMatchObject({ kind: 'standalone', question: 'What is the average 5G download speed?' });
  });
  it('keeps the ordinal that picks one of the things a name names (「第三個海港實驗室平台」) with the subject carried', () => {
    expect(subjectOf('第三個海港實驗室平台聚焦甚麼範疇？', findNames)).toBe('第三個海港實驗室平台');
    expect(resolve(chat(['第三個海港實驗室平台聚焦甚麼範疇？', '材料科學 [1]。']), '政府為它預留了多少資金？').question).toBe('政府為第三個海港實驗室平台預留了多少資金？');
  });
  it('reads a Cantonese 啲 opening the question as "the" (「啲錢」: the money just asked about), and a topic after 幫', () => {
    expect(resolve(chat(['海港實驗室撥咗幾多錢？', '5億元 [1]。']), '啲錢由邊個基金出㗎？')).toMatchObject({ kind: 'pronoun', question: '海港實驗室嘅錢由邊個基金出㗎？' });
    expect(subjectOf('2031-32預算案撥咗幾多錢幫長者學游水？')).toBe('長者學游水');
    // 啲 inside a question (「多啲」) is not "the".
    expect(resolve(chat(['海港實驗室撥咗幾多錢？', '5億元 [1]。']), '山頂研究所係咪多啲？').question).not.toContain('海港實驗室嘅');
  });
  it('reads a bare role (「主席」, "chairman") as the role of the earlier subject, not a subject of its own', () => {
    const withPost: NameFinder = (text) => [...findNames(text), ...(text.includes('主席') ? [{ at: text.indexOf('主席'), written: '主席', zh: ['主席'], en: ['chairman'], kind: 'post' }] : [])];
    expect(resolveFollowUp({ earlier: chat(['「海濱發展委員會」係做咩㗎？', '根據《…》：「…」 [1]']), question: '邊個做主席？', findNames: withPost })).toMatchObject({ kind: 'aspect', question: '「海濱發展委員會」邊個做主席？' });
    const withChairman: NameFinder = (text) => [...findNames(text), ...(/chairman/i.test(text) ? [{ at: text.toLowerCase().indexOf('chairman'), written: 'chairman', zh: ['主席'], en: ['chairman'], kind: 'post' }] : [])];
    expect(resolveFollowUp({ earlier: chat(['What does the Harbour Lab do?', 'From …: “…” [1]']), question: 'who is the chairman?', findNames: withChairman })).toMatchObject({ kind: 'aspect', question: 'Who is the chairman for the Harbour Lab?' });
  });
  it('reads 「現有的兩個平台」 after 「第三個…平台」 as the others of the same things, named as fully', () => {
    expect(resolve(chat(['第三個海港研發平台會聚焦哪些範疇？', '材料 [1]。']), '那現有的兩個平台是甚麼？').question).toBe('現有的兩個海港研發平台是甚麼？');
  });
  it('reads only a year and both directions (「2031-32年度會多咗定少咗？」) as which way what was counted moves in that year', () => {
    const earlier = chat(['海港實驗室有幾多個職位？', '截至 2031 年 3 月 31 日有 40 個職位 [1]。']);
    expect(resolve(earlier, '2031-32年度會多咗定少咗？')).toMatchObject({ kind: 'aspect', question: '海港實驗室2031-32年度職位會增加定減少？' });
    expect(resolve(chat(['海港实验室拨款多少？', '5亿元 [1]。']), '2031-32年度会增加还是减少？').question).toBe('海港实验室2031-32年度拨款会增加还是减少？');
    // Set beside another year, it is a comparison read elsewhere.
    expect(resolve(earlier, '同2030-31年度比，多咗定少咗？').question).not.toContain('增加定減少');
  });
  it('reads a source named by its whole title in title marks (「《海港創新概況》又說有多少家？」) as the earlier question asked of it, its "how many" restated', () => {
    const earlier = chat(['How many tech companies does the Harbour Lab have according to its 2031 press release?', 'over 2,400 [1].']);
    expect(resolve(earlier, '《海港創新概況》又說有多少家？')).toMatchObject({ kind: 'source', source: { kind: 'fact-sheet' } });
    expect(resolve(earlier, '《海港創新概況》又說有多少錢？').kind).not.toBe('source');
    // A budget year inside the title is the year named.
    expect(resolve(chat(['海港實驗室有幾多錢？', '5億元 [1]。']), '《2031-32年度財政預算案》又點講？')).toMatchObject({ kind: 'source', source: { kind: 'budget', year: '2031-32' } });
  });
  it('reads 「X嗰份呢？」, "and the share for X?" after a sum as the part of it X gets, the earlier recipient swapped', () => {
    const earlier = chat(['政府預留咗幾多錢推動海港科技？', '100億元 [1]。'], ['當中幾多俾大學搞研究？', '20億元 [1]。']);
    expect(resolve(earlier, '咁山頂研究所進駐河套嗰份呢？')).toMatchObject({ kind: 'aspect', question: '海港科技嘅錢當中幾多俾山頂研究所進駐河套？', fallback: { question: '山頂研究所進駐河套有幾多錢？' } });
    // 「當中」 after a sum is a part of the subject's money.
    expect(resolve(chat(['政府預留咗幾多錢推動海港科技？', '100億元 [1]。']), '當中幾多俾大學搞研究？').question).toBe('海港科技嘅錢當中幾多俾大學搞研究？');
    expect(resolve(chat(['海港署的开支预算是多少？', '5亿元 [1]。']), '其中薪酬占多少？').question).toBe('海港署的开支预算其中薪酬占多少？');
    expect(resolve(chat(['How much is set aside for Harbour technology?', 'HK$10 billion [1].']), 'and the share for the Peak Institute?')).toMatchObject({ question: 'How much is set aside for the Peak Institute?', fallback: { question: 'How much goes to the Peak Institute?' } });
    // Not after a count.
    expect(resolve(chat(['海港實驗室有幾多個職位？', '40個 [1]。']), '咁山頂研究所嗰份呢？').question).not.toContain('幾多錢');
    // An earlier question with no subject found and no recipient (「…推動海港科技？」): X's own sum.
    expect(resolve(chat(['政府預留咗幾多錢推動海港科技？', '100億元 [1]。']), '咁山頂研究所嗰份呢？').question).toBe('山頂研究所有幾多錢？');
    expect(subjectOf('政府預留咗幾多錢推動海港科技？')).toBe('海港科技');
  });
  it('reads 「X嘅金額係咪多過佢？」, "is the amount X invested more than that?" as that figure asked plainly and compared with the earlier answer\'s', () => {
    const earlier = chat(['海港基金投資咗幾多錢？', '近4.5億元 [1]。']);
    const read = resolve(earlier, '咁山頂基金投資嘅金額係咪多過佢？');
    expect(read).toMatchObject({ kind: 'comparison', lookup: '山頂基金投資嘅金額係幾多？', comparison: { relation: 'more', target: { value: 450000000 } } });
    const english = resolve(chat(['How much has the Harbour Fund invested?', 'about HK$450 million [1].']), 'is the amount the Peak Fund invested less than that?');
    expect(english).toMatchObject({ kind: 'comparison', lookup: 'What is the amount the Peak Fund invested?', comparison: { relation: 'less' } });
    // The earlier subject itself compared (「係咪多過5億？」, 「佢係咪多過…」) is read as before.
    expect(resolve(earlier, '係咪多過5億？').lookup).toBe('海港基金投資咗幾多錢？');
  });
  it('reads 「佢會點運作？」 (點 after a modal, before a verb) as asking how, and 「山頂研究所新聞稿點講？」 as what that body published', () => {
    const earlier = chat(['海港基金有幾多錢？', '100億元 [1]。']);
    expect(resolve(earlier, '佢會點運作？').question).toBe('海港基金會點運作？');
    const bodies: NameFinder = (text) => [...findNames(text)].map((hit) => ({ ...hit, kind: 'body' }));
    expect(resolveFollowUp({ earlier: chat(['香港有幾多間初創企業？', '近4,700間 [1]。']), question: '咁山頂研究所新聞稿點講？', findNames: bodies })).toMatchObject({ kind: 'source', source: { kind: 'publisher', written: '山頂研究所' } });
  });
  it('reads "that expert group" whole: a thing of the earlier subject\'s when the subject is not one, and "that its first one" as "that" with a possessive', () => {
    const earlier = chat(['What did the 2031-32 budget say about building a harbour data market?', 'From …: “Commissioned an expert group to study how to build a harbour data market” [1]']);
    expect(resolve(earlier, "who's leading that expert group?").question).toMatch(/^Who is leading the expert group for building a harbour data market/);
    expect(resolve(chat(['How much is the Harbour Lab research centre getting?', 'HK$1 billion [1].']), 'when does that research centre open?').question).toBe('When does the Harbour Lab research centre open?');
    expect(resolve(chat(['When did the Harbour Lab open its innovation centre in Kowloon?', 'In 2016 [1].']), 'was that its first one overseas?').question).toBe("Was that the Harbour Lab's first one overseas?");
  });
  it('finds the subject past a place the question ends "in" or "at", but not past a body there', () => {
    expect(subjectOf('When did MIT open its innovation centre in Kowloon?')).toBe('MIT');
    expect(subjectOf('How many AI companies are gathered at the Harbour Lab?', findNames)).toBe('the Harbour Lab');
  });
  it('reads "bigger or smaller than that?" of a named thing as the comparison of both, not a yes or no', () => {
    const read = resolve(chat(['How much is the Harbour Lab grant?', 'HK$15 million [1].']), 'is the cap for the Peak Institute scheme bigger or smaller than that?');
    expect(read.comparison?.target).toBeUndefined();
    expect(read.lookup ?? '').not.toMatch(/bigger or/);
  });
  it('reads "is that in the fact sheet too?" as the earlier question asked of that source', () => {
    expect(resolve(chat(['How many members has the Harbour Lab supported?', '12 [1].']), 'is that in the fact sheet too?')).toMatchObject({ kind: 'source', source: { kind: 'fact-sheet' }, question: 'How many members has the Harbour Lab supported, according to the fact sheet?' });
  });
  it('reads a noun headed by a fee, rate or sum (「管理費」「利率」) as naming nothing: the earlier subject\'s', () => {
    expect(resolve(chat(['海港基金有多少钱？', '100亿元 [1]。']), '管理费是多少？')).toMatchObject({ kind: 'aspect', question: '海港基金管理费是多少？' });
    expect(resolve(chat(['海港基金有幾多錢？', '100億元 [1]。']), '山頂研究所有幾多錢？').kind).toBe('standalone');
  });
  it('reads a thing or part picked by ordinal with a common noun (「第一座大樓」「第一期」) as the earlier subject\'s, the question as asked when that is not answered', () => {
    expect(resolve(chat(['海港園區有幾大？', '10公頃 [1]。']), '第一座大樓幾時落成？')).toMatchObject({ question: '海港園區第一座大樓幾時落成？', fallback: { question: '第一座大樓幾時落成？' } });
    expect(resolve(chat(['海港園區有幾大？', '10公頃 [1]。']), '咁第一期有幾大？').question).toBe('海港園區第一期有幾大？');
    expect(resolve(chat(['海港研發平台有幾多錢？', '10億元 [1]。']), '第三個平台會聚焦哪些範疇？').question).toBe('第三個海港研發平台會聚焦哪些範疇？');
  });
  it('reads "they" after "how many X are there under Y" as the X, not "the X of X"', () => {
    expect(resolve(chat(['How many R&D centres are there under HL?', '16 [1].']), 'what do they focus on?').question).toBe('What do R&D centres focus on?');
  });
  it('finds a known name as the subject without the verb after it (「山頂研究所支援幾多間公司？」)', () => {
    expect(subjectOf('山頂研究所支援多少间科技公司？', findNames)).toBe('山頂研究所');
  });
  it('reads 「會唔會增加？」 after a count as whether what was counted moves, and "by how much did that grow from 2030?" as the size asked', () => {
    expect(resolve(chat(['海港署2031-32年度有幾多個首長級職位？', '9個 [1]。']), '會唔會增加？').question).toBe('海港署2031-32年度嘅首長級職位會唔會增加？');
    expect(resolve(chat(['How many startups are there in the Harbour Lab?', 'nearly 4,700 [1].']), 'by how much did that grow from 2030?').comparison).toMatchObject({ difference: true, year: '2030' });
  });
});

describe('follow-ups of kinds read across conversations not seen before', () => {
  it('compares the last two figures when a follow-up points at one of them ("the first one", 「第一個」, a side) and asks a difference or a yes or no', () => {
    const two = chat(['How much did the 2031-32 budget give the Harbour Lab?', 'HK$3 billion [1].'], ['And the Peak Institute in the following year?', 'HK$1 billion [1].']);
    expect(resolve(two, 'so how much more did the first one get?')).toMatchObject({ kind: 'comparison', comparison: { focus: 0, difference: true, relation: 'more' } });
    expect(resolve(two, 'how much bigger is that than the first figure?').comparison).toMatchObject({ focus: 1, difference: true });
    expect(resolve(two, 'is the second one less than the first?').comparison).toMatchObject({ focus: 1, polar: true, relation: 'less' });
    const zh = chat(['海港實驗室每個項目最多資助幾多？', '1,500萬元 [1]。'], ['咁山頂研究所呢？', '25萬元 [1]。']);
    expect(resolve(zh, '第一個係咪多過第二個？').comparison).toMatchObject({ focus: 0, polar: true, relation: 'more' });
    const sides = chat(['海港實驗室有幾多間人工智能企業？', '500間 [1]。'], ['咁生命科技嘅呢？', '300間 [1]。']);
    expect(resolve(sides, '人工智能嗰邊多咗幾多間？').comparison).toMatchObject({ focus: 0, difference: true });
    // A figure or year of its own is compared with that, not between the two.
    expect(resolve(two, 'is the first one more than HK$2 billion?').comparison?.between).toBeUndefined();
  });
  it('reads a change asked of another source with no "than" / 比 as that source\'s figure against the earlier answer\'s', () => {
    const read = resolve(chat(['海港實驗室喺概況入面有幾多項服務？', '約460項 [1]。']), '咁到2031-32預算案多咗幾多項？');
    expect(read).toMatchObject({ kind: 'comparison', source: { kind: 'budget', year: '2031-32' }, comparison: { difference: true, sourceFigureAsked: true, previous: { value: 460 } } });
  });
  it('reads a comparison naming what of the subject it measures as that question of the subject, not the earlier figure against the asked one', () => {
    expect(resolve(chat(['海港基金规模多大？', '20亿元 [1]。']), '它吸引的私人投资超过30亿元吗？')).toMatchObject({ kind: 'pronoun', question: '海港基金吸引的私人投资超过30亿元吗？' });
    expect(resolve(chat(['How much is the Harbour Fund?', 'HK$2 billion [1].']), 'is that more than HK$3 billion?').comparison?.target?.value).toBe(3e9);
  });
  it('reads "that number" after a count as the number of the things counted', () => {
    expect(resolve(chat(['How many posts did the harbour bureau have at 31 March 2031?', '79 [1].']), 'is that number expected to change in 2031-32?').question).toBe('Is the number of posts of the harbour bureau expected to change in 2031-32?');
  });
  it('reads a subject whole: between an auxiliary and its verb, with its ordinal, with a quote inside its 「」, not a budget it is asked of', () => {
    expect(subjectOf('How much does the digital identity of harbour firms platform cost?')).toBe('the digital identity of harbour firms platform');
    expect(subjectOf('What will the third Harbour Lab research cluster focus on?')).toBe('the third Harbour Lab research cluster');
    expect(subjectOf('「海港『升』級支援計劃」每間企業最多有幾多資助？')).toBe('海港『升』級支援計劃');
    expect(subjectOf("whats the harbour+ scheme in the 2031-32 budget")).toBe('the harbour+ scheme');
    // A source asked of ("according to the (government) fact sheet") is where, not what about: who has them is.
    expect(subjectOf('How many start-ups does HK have according to the fact sheet?')).toBe('HK');
    // Whatever the verb ending a "how many … does X <verb>?" question, X is what it is about.
    expect(subjectOf('How many universities does the harbour research scheme support?')).toBe('the harbour research scheme');
    expect(subjectOf('how many unicorns has harbourco supported so far')).toBe('harbourco');
    // (A question ending in a noun after a preposition is not of that shape: its subject is what the money is for.)
    expect(subjectOf('How much did the 2031-32 budget allocate for harbour and health technology?')).toBe('harbour and health technology');
    expect(subjectOf('how many start-ups does hk have according to the government fact sheet?')).toBe('hk');
    expect(subjectOf('2031-32年度预算案给海港企业身份平台预算多少钱？')).toBe('海港企业身份平台');
  });
  it('asks a sum after a sum when a bare 幾多 follows a verb of funding and whom it funds (「資助每間企業最多幾多」)', () => {
    expect(resolve(chat(['海港加速計劃有幾多錢？', '100億元 [1]。']), '佢資助每間企業最多幾多？').question).toBe('海港加速計劃資助每間企業最多幾多錢？');
  });
  it('finds Chinese questions that name nothing of their own (an attribute, a verb), not those naming a thing', () => {
    expect(namesNothingOwn('申请截止日期是哪天？', findNames)).toBe(true);
    expect(namesNothingOwn('預咗幾多錢㗎？', findNames)).toBe(true);
    expect(namesNothingOwn('那2031-32年度预算案说什么时候推出？', findNames)).toBe(true);
    expect(namesNothingOwn('香港的5G網絡覆蓋了多少人口？', findNames)).toBe(false);
    expect(namesNothingOwn('海港實驗室幾時成立？', findNames)).toBe(false);
    expect(namesNothingOwn('唔講呢樣住，香港有幾多個海底電纜系統？', findNames)).toBe(false);
    expect(namesNothingOwn('When does it open?', findNames)).toBe(false);
    // Whoever each share goes to (「每間公司」「每個項目」) is the scheme's attribute, no subject of its own.
    expect(namesNothingOwn('每間公司最多攞幾多', findNames)).toBe(true);
    expect(namesNothingOwn('每個項目最多資助幾多？', findNames)).toBe(true);
    expect(namesNothingOwn('每間公司嘅海港實驗室會員費幾多？', findNames)).toBe(false);
  });
  it('finds English questions that name nothing of their own (a measure, a deadline, the legislature approving), not those naming a thing or asking about the world', () => {
    for (const question of ["what's the annual running cost?", 'has legco approved the funding yet', 'is there an application deadline', 'is there a website?', 'who can apply', 'thanks. how many jobs in total', 'up to what total annual salary value?', 'what is the main reason?']) {
      expect(namesNothingOwnEn(question, findNames), question).toBe(true);
    }
    for (const question of ['how many startups are there?', 'how much is the harbour fund', 'what about Harbour Lab?', 'When did the Peak Institute open?', '申請截止日期是哪天？', 'how many of the 40 firms came?']) {
      expect(namesNothingOwnEn(question, findNames), question).toBe(false);
    }
  });
  it('takes the legislature named as who approves (「幾時交去立法會批？」) as acting on what is talked about, not as the subject', () => {
    const withLegislature: NameFinder = (text) => [...findNames(text), ...['立法會', '立法会'].flatMap((name) => (text.includes(name) ? [{ at: text.indexOf(name), written: name, kind: 'body' as const, zh: ['立法會'], en: ['Legislative Council'] }] : []))];
    expect(namesNothingOwn('幾時會交去立法會批？', withLegislature)).toBe(true);
    expect(namesNothingOwn('立法会预计什么时候批准？', withLegislature)).toBe(true);
    expect(namesNothingOwn('幾時向立法會申請撥款？', withLegislature)).toBe(true);
    // The legislature asked about, or another body beside it, is a subject; so is which items go to it.
    expect(namesNothingOwn('立法會有幾多個議員？', withLegislature)).toBe(false);
    expect(namesNothingOwn('有咩要交去立法會批？', withLegislature)).toBe(false);
    expect(namesNothingOwnEn('what needs legco approval?', findNames)).toBe(false);
    expect(namesNothingOwn('立法會幾時批准海港實驗室擴建？', withLegislature)).toBe(false);
  });
  it('reads a headless relative (「幫長者學海港嗰個撥咗幾多錢」, "the one that …") as naming its own subject, not pointing back', () => {
    const earlier = chat(['海港網絡覆蓋咗幾多人口', '超過90% [1]。']);
    const read = resolve(earlier, '另外，2031-32預算案幫長者學海港嗰個撥咗幾多錢');
    expect(read.kind).toBe('standalone');
    expect(read.question).not.toContain('海港網絡');
    // After a verb of saying, 「你頭先講嗰個」 points back ("the one you mentioned").
    expect(resolve(chat(['海港研究計劃預留咗幾多錢？', '30億元 [1]。']), '你頭先講嗰個係資助幾多間大學？').question).toContain('海港研究計劃');
    // A demonstrative alone before the predicate still points back.
    expect(resolve(chat(['海港實驗室有幾多間公司', '約900間 [1]。']), '咁嗰個撥咗幾多錢').question).toContain('海港實驗室');
  });
  it('reads 「嗰個中心」 after a yes to whether something happened as the centre of that event, when none is named and the subject is no centre', () => {
    const earlier = chat(['想同學生講下天文，海港有冇份參與登月任務㗎？', '是 [1]。根據《概況》：「政府已在海港平台下成立一所研究中心，參與登月任務」 [1]']);
    expect(resolve(earlier, '嗰個研究中心叫咩名？').question).toBe('海港參與登月任務嘅研究中心叫咩名？');
    // A centre the answer names is what it points at.
    const named = chat(['海港有冇份參與登月任務㗎？', '是 [1]。「已成立『海港太空中心』參與登月任務」 [1]']);
    expect(resolve(named, '嗰個中心叫咩名？').question).toContain('海港太空中心');
  });
  it('reads a follow-up after a question measuring land by its area (「多少公頃用地」) as asked of that land, the subject staying the body', () => {
    const read = resolve(chat(['海港公司會參與山頂科技城嗎？', '會 [1]。'], ['它會獲得多少公頃用地？', '20公頃 [1]。']), '由哪一年開始交付？');
    expect(read).toMatchObject({ question: '海港公司會獲得的用地由哪一年開始交付？', subject: '海港公司' });
  });
  it('swaps a numbered item named with its Chinese name (「綱領(1)局長辦公室呢？」) for the earlier one and its name, past a head named first', () => {
    expect(resolve(chat(['總目135綱領(2)海港科技2031-32年度預算撥款係幾多？', '2億元 [1]。']), '綱領(1)局長辦公室呢？').question).toBe('總目135綱領(1)局長辦公室2031-32年度預算撥款係幾多？');
  });
  it('reads 「另一問題：…」 as a question of its own, its 其 its own subject\'s', () => {
    expect(resolve(chat(['海港研究所與哪個本地機構共同成立中心？', '山頂研究所 [1]。']), '另一問題：海港大學在哪一年於香港開設其首個海外中心？')).toMatchObject({ kind: 'standalone', question: '海港大學在哪一年於香港開設其首個海外中心？' });
  });
  it('reads 「即係幾多 billion 港紙？」 as the earlier figure in another unit', () => {
    expect(resolve(chat(['政府預留咗幾多錢做海港基建？', '37億元 [1]。']), '即係幾多 billion 港紙？')).toMatchObject({ kind: 'aspect', question: '政府預留咗幾多錢做海港基建？' });
  });
  it('reads a pronoun owning counted things (「佢嗰三個創新園」) as the subject\'s things, not the subject', () => {
    expect(resolve(chat(['海港公司有幾多間企業？', '約900間 [1]。']), '佢嗰三個創新園喺邊幾區？').question).toBe('海港公司嘅三個創新園喺邊幾區？');
  });
  it('reads 「仲有幾多座…？」 after a question on the first few of a kind (「首三座大樓」) as how many others, not the first ones', () => {
    const read = resolve(chat(['海港園區第一期首三座大樓幾時落成？', '年內 [1]。']), '仲有幾多座喺度起緊？');
    expect(read.question).toBe('海港園區第一期仲有幾多座大樓喺度起緊？');
    // Another classifier than the part's is no "others" of it.
    expect(resolve(chat(['海港園區第一期首三座大樓幾時落成？', '年內 [1]。']), '仲有幾多間公司會入伙？').question).not.toContain('仲有幾多間大樓');
  });
  it('finds the subject after a year and its budget set out first, after the one given to, and before a demonstrative with a figure', () => {
    expect(subjectOf('2031-32年度預算案撥咗幾多錢俾海港加速計劃？')).toBe('海港加速計劃');
    expect(subjectOf('2031-32年度預算案為海港加速計劃預留多少錢？')).toBe('海港加速計劃');
    expect(subjectOf('2031-32预算案里海港加速计划有多少钱？')).toBe('海港加速计划');
    expect(subjectOf('海港科技嗰100億點分？')).toBe('海港科技');
    // So a short follow-up after such a question is asked of that subject, not passed through alone.
    expect(resolve(chat(['2031-32年度預算案撥咗幾多錢俾海港加速計劃？', '100億元 [1]。']), '邊個基金出錢？').question).toContain('海港加速計劃');
  });
  it('reads the topic a document is asked to mention (「預算案有冇講X？」) as the subject, not the document', () => {
    expect(subjectOf('2031-32預算案有冇講全民海港培訓？')).toBe('全民海港培訓');
    expect(subjectOf('預算案有沒有提到海港燈柱？')).toBe('海港燈柱');
    expect(subjectOf('新聞稿有冇講海港實驗室幾時成立？', findNames)).toBe('海港實驗室');
  });
});

describe('follow-ups of kinds read across conversations not seen before, continued', () => {
  it('swaps the things counted in "and how many X?" whatever their words, and carries a topic without the earlier verb', () => {
    expect(resolve(chat(['How many state key laboratories does Harbour City have?', '16 [1].']), 'and how many national engineering research centre branches?').question).toBe('How many national engineering research centre branches does Harbour City have?');
    expect(resolve(chat(['海港投資基金投資咗幾多錢？', '4.5億元 [1]。']), '吸引咗幾多私人投資？').question).toBe('海港投資基金吸引咗幾多私人投資？');
  });
  it('carries a Chinese topic with its year and kind of figure, not with what else the earlier question asked', () => {
    expect(resolve(chat(['海港處每年最多攞幾多資助？', '1,600萬元 [1]。']), '由邊一年開始？').question).toBe('海港處由邊一年開始？');
  });
  it('reads a year with the kind of figure for it, and "the previous financial year", 「上一个财政年度」, as that year', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    expect(resolve(earlier, "and the previous financial year's revised estimate?").question).toBe('What is the 2030-31 revised estimate for programme (4)?');
    expect(resolve(earlier, 'and the revised estimate for the year before?').question).toBe('What is the 2030-31 revised estimate for programme (4)?');
    expect(resolve(chat(['海港署2031-32年度的开支预算是多少？', '2亿元 [1]。']), '那上一个财政年度呢？').question).toBe('海港署2030-31年度的开支预算是多少？');
  });
  it('reads what follows a possessive as what is asked of the subject ("programme (4)\'s 2031-32 estimate" is about programme (4))', () => {
    expect(subjectOf("What is programme (4)'s 2031-32 estimate?")).toBe('programme (4)');
    expect(subjectOf("What is the Harbour Lab's annual budget?", findNames)).toBe('the Harbour Lab');
    expect(subjectOf("How much did Harbour Lab's Deep Sea Centre cost to build?", findNames)).toBe("Harbour Lab's Deep Sea Centre");
  });
});

describe('resolveFollowUp, a subject set in front of a question of its own', () => {
  const earlier = chat(['How much did the 2031-32 budget set aside for the Harbour Lab?', 'HK$3 billion [1].']);
  it('asks that question of the subject set in front, not the earlier question', () => {
    expect(resolve(earlier, 'And the Peak Institute, when will that open?')).toMatchObject({ kind: 'pronoun', question: 'When will the Peak Institute open?', subject: 'Peak Institute' });
    expect(resolve(earlier, "and the $2bn in the 2030-31 slides, what's that for?")).toMatchObject({ question: 'What is the $2bn in the 2030-31 slides for?' });
  });
  it('still reads a question that asks nothing of its own as "what about" that subject', () => {
    expect(resolve(earlier, 'and the Peak Institute in the budget the year before, how much was that?')).toMatchObject({ kind: 'subject', question: 'How much did the 2030-31 budget set aside for the Peak Institute?' });
  });
});

describe('resolveFollowUp, the eleventh round: kinds read from a fresh blind set', () => {
  it('reads "its 2031-32 budget" as the subject\'s money, not a budget document', () => {
    const earlier = chat(['Which office runs the Harbour Lab?', 'The Harbour Office [1].']);
    const read = resolve(earlier, "what's its 2031-32 budget?");
    expect(read.kind).toBe('pronoun');
    expect(read.source).toBeUndefined();
    expect(read.question).toContain('Harbour Lab');
  });
  it('asks the earlier question of a source named in a clause before "what was it?"', () => {
    const earlier = chat(['How many users does the Harbour Lab have?', 'Over 3,000 [1].']);
    expect(resolve(earlier, 'the Facts sheet gave a different number, what was it?')).toMatchObject({ kind: 'source', source: { kind: 'fact-sheet' } });
    expect(resolve(earlier, 'the press release gives another figure, so what is it?')).toMatchObject({ kind: 'source', source: { kind: 'press-release' } });
  });
  it('sets a thing named without its figure beside the earlier answer, asking it what the earlier question asked', () => {
    const earlier = chat(['How big is the Harbour Lab?', 'HK$5 billion [1].']);
    expect(resolve(earlier, 'is the Peak Institute bigger than that?')).toMatchObject({ kind: 'comparison', lookup: 'How big is the Peak Institute?', comparison: { relation: 'more', target: { value: 5_000_000_000 } } });
    expect(resolve(chat(['海港實驗室有幾大？', '50億元 [1]。']), '山頂研究所係咪多過佢？')).toMatchObject({ kind: 'comparison', lookup: expect.stringMatching(/^山頂研究所有幾大[?？]$/) });
    // A pronoun on both sides is no new thing.
    expect(resolve(earlier, 'is it bigger than that?').lookup).not.toBe('How big is it?');
  });
  it('reads "gone up in X\'s Feb 2032 press release" as the same figure from that body\'s press release', () => {
    const earlier = chat(['How many firms does the Harbour Lab support according to the fact sheet?', 'over 1,600 [1].']);
    expect(resolve(earlier, "has that number gone up in Harbourco's Feb 2032 press release?")).toMatchObject({ kind: 'comparison', source: { kind: 'press-release', published: '2032' }, comparison: { relation: 'more' } });
  });
});

describe('resolveFollowUp, a part of a name carried into the other language', () => {
  it('carries the whole name the earlier turns give, in the question\'s language', () => {
    const earlier = chat(['How many hectares of Harbour land will go to HKSTP?', '20 hectares [1]. From …: “land in the Harbour Lab area: 20 hectares to HKSTP” [1]']);
    expect(resolve(earlier, '呢個項目叫咩名？').question).toContain('海港實驗室');
  });
  it('leaves the part as it is when no name of the earlier turns holds it', () => {
    const earlier = chat(['How many hectares of Ridge land will go to HKSTP?', '20 hectares [1].']);
    expect(resolve(earlier, '呢個項目叫咩名？').question).not.toContain('海港實驗室');
  });
});

describe('resolveFollowUp, "what about X?" followed by a question about it', () => {
  it('keeps the earlier question asked of X as the reading to fall back on', () => {
    const earlier = chat(['「海港實驗室」係點樣配對㗎？', '1（政府）：1（企業） [1]。']);
    expect(resolve(earlier, '咁「山頂研究所」嗰個呢？比例係咪啱啱相反？').fallback).toMatchObject({ kind: 'subject', question: '「山頂研究所」係點樣配對㗎？' });
    const english = chat(['How is the Harbour Lab funded?', 'On a 1:1 matching basis [1].']);
    expect(resolve(english, 'And the Peak Institute? Is it the other way round?').fallback).toMatchObject({ kind: 'subject', question: 'How is the Peak Institute funded?' });
  });
});

describe('resolveFollowUp, the direction said before "how much"', () => {
  it('reads "up how much vs 2030?" as the size of the change against that year', () => {
    const earlier = chat(['How many firms does the Harbour Lab support?', 'about 1,700 [1].']);
    expect(resolve(earlier, 'up how much vs 2030?')).toMatchObject({ kind: 'comparison', comparison: { relation: 'more', difference: true, year: '2030' } });
    expect(resolve(earlier, 'and down by how much since 2030?')).toMatchObject({ kind: 'comparison', comparison: { relation: 'less', difference: true, year: '2030' } });
  });
});

describe('follow-ups read in round thirteen (comparison and table follow-ups)', () => {
  it('compares with a document named with words describing it ("the figure in the government\'s I&T fact sheet", 「政府創科概況講嘅數」)', () => {
    const earlier = chat(['How many services does the Harbour Lab app connect according to the 2031-32 budget slides?', 'about 700 [1].']);
    expect(resolve(earlier, "Is that more than the figure in the government's I&T fact sheet?")).toMatchObject({ kind: 'comparison', source: { kind: 'fact-sheet' }, comparison: { relation: 'more' } });
    const chinese = chat(['根據新聞稿，海港實驗室匯聚咗幾多間公司？', '超過 900 間 [1]。']);
    expect(resolve(chinese, '咁係咪多過政府創科概況講嘅數？')).toMatchObject({ kind: 'comparison', source: { kind: 'fact-sheet' } });
    // No document named: nothing to compare with another source.
    expect(resolve(earlier, 'Is that more than the number of staff?').kind).not.toBe('comparison');
  });
  it('asks another kind of figure by its noun when the earlier question asked what was spent by a verb', () => {
    const earlier = chat(["What's the 2031-32 provision for programme (4)?", 'HK$12 million [1].'], ['what did it actually spend in 2029-30?', 'HK$10 million [1].']);
    expect(resolve(earlier, 'and the revised estimate for 2030-31?').question).toMatch(/^What was the revised estimate for .*programme \(4\).* in 2030-31\?$/i);
    const chinese = chat(['總目99的「一般部門開支」在2029-30年度實際用了多少？', '5,000萬元 [1]。']);
    expect(resolve(chinese, '2030-31年度的核准預算呢？').question).toBe('總目99的「一般部門開支」在2030-31年度核准預算是多少？');
  });
});

describe('comparisons read in round thirteen', () => {
  it('reads "which is bigger, that or X?" as the earlier figure against X\'s, X named after the figure it has ("the money set aside for X")', () => {
    const earlier = chat(['What is the Harbour Lab?', 'A research centre [1].'], ['How much did the 2030-31 Budget put into it?', 'HK$3 billion [1].']);
    const read = resolve(earlier, 'Which is bigger, that or the money set aside for the Peak Institute in the 2031-32 budget?');
    expect(read).toMatchObject({ kind: 'comparison', comparison: { relation: 'more' } });
    expect(read.question).toMatch(/Peak Institute \(2031-32\)/);
    expect(read.lookup).toMatch(/^How much did the 2031-32 Budget put into the Peak Institute\?$/);
    expect(resolve(earlier, 'Which is bigger, that or the money for the Peak Institute?').question).toBe('Which is more: the Harbour Lab or the Peak Institute?');
    const ceiling = resolve(chat(["What's the most a company can get under the Harbour Lab scheme?", 'HK$15 million [1].']), 'How does that compare with the ceiling under the Peak Institute pilot in the 2031-32 budget?');
    expect(ceiling).toMatchObject({ kind: 'comparison' });
    expect(ceiling.question).toMatch(/Peak Institute pilot \(2031-32\)/);
  });
  it('reads 「同X比，邊個投得多啲？」 (a verb with 得 before the comparative) as the earlier subject against X, without the earlier verb', () => {
    const read = resolve(chat(['海港實驗室基金投咗幾多錢落初創企業？', '3億元 [1]。']), '同山頂研究所基金比，邊個投得多啲？');
    expect(read).toMatchObject({ kind: 'comparison', comparison: { relation: 'more' } });
    expect(read.question).toBe('海港實驗室基金與山頂研究所基金，哪個較多？');
  });
  it('asks a change against another kind of figure when only that kind is named (「和原來預算相比又如何？」)', () => {
    const earlier = chat(['海港署2031-32年度的撥款合共多少？', '2億元 [1]。'], ['比2030-31年度修訂預算增加了多少？', '增加 1,000萬元 [1]。']);
    expect(resolve(earlier, '和原來預算相比又如何？').question).toBe('海港署2031-32年度的撥款比2030-31年度原來預算增加了多少？');
    const english = chat(['How much more is the Harbour Bureau\'s 2031-32 estimate than the 2030-31 revised estimate?', 'HK$10 million more [1].']);
    expect(resolve(english, 'how does that compare with the original estimate?').question).toBe("How much more is the Harbour Bureau's 2031-32 estimate than the 2030-31 original estimate?");
    // Nothing set against in the earlier question: not this reading.
    expect(resolve(chat(['海港署2030-31年度的修訂預算是多少？', '2億元 [1]。']), '和原來預算相比又如何？').question).not.toBe('海港署2030-31年度的原來預算是多少？');
  });
});

describe('pronouns read in round thirteen', () => {
  it('reads a question opened by a modal ("could …?") as a question, its pronoun filled in, not as a noun phrase', () => {
    const earlier = chat(['What is the harbour innovation block vote (sub-head 901) under Head 99 used for?', 'Projects of up to HK$5 million [1].']);
    expect(resolve(earlier, 'Could a HK$8 million project be funded from it?').question).toBe('Could a HK$8 million project be funded from the harbour innovation block vote (sub-head 901)?');
    expect(subjectOf('What is the harbour innovation block vote (sub-head 901) under Head 99 used for?')).toBe('the harbour innovation block vote (sub-head 901)');
  });
  it('reads "they\'re" as "they are", and "they" beside the things counted as whoever has them', () => {
    const earlier = chat(['How many posts did the Harbour Lab have in March 2031?', '79 posts [1].']);
    expect(resolve(earlier, "Is there a cap on how much the posts they're allowed to create can cost?").question).toBe('Is there a cap on how much the posts the Harbour Lab are allowed to create can cost?');
  });
});

describe('subjects left unsaid, read in round thirteen', () => {
  it('reads 「成個計劃」「整個項目」 as the whole of the earlier subject, its noun said once', () => {
    expect(resolve(chat(['「海港+」計劃每間企業最多資助幾多？', '文件沒有回答這個問題。']), '成個計劃總共預留咗幾多錢？').question).toBe('海港+計劃總共預留咗幾多錢？');
    expect(resolve(chat(['海港實驗室計劃有幾多間企業參加？', '300間 [1]。']), '整個計劃預留咗幾多錢？').question).toBe('海港實驗室計劃預留咗幾多錢？');
  });
  it('asks a question of eligibility or of a sum granted that names no scheme of the earlier subject', () => {
    const earlier = chat(['How much can a company get from the Harbour Lab scheme?', 'Up to HK$200 million [1].']);
    expect(resolve(earlier, "What's the minimum a company has to invest in Hong Kong to qualify?").question).toBe('What is the minimum a company has to invest in Hong Kong to qualify for the Harbour Lab scheme?');
    const funding = chat(['Can universities use Harbour research funding in Hong Kong?', 'Yes [1].']);
    expect(subjectOf('Can universities use Harbour research funding in Hong Kong?')).toBe('Harbour research funding');
    expect(resolve(funding, 'Has more than RMB1 billion been approved so far?').question).toBe('Has more than RMB1 billion of Harbour research funding been approved so far?');
    // A question naming its own scheme is asked as it is.
    expect(resolve(earlier, 'What must a company invest to qualify for the Peak Institute grant?').question).not.toMatch(/Harbour/);
  });
  it('asks a Chinese question of eligibility that names no scheme (「…才符合資格？」「…先合資格？」) of the earlier subject', () => {
    const earlier = chat(['2031-32年度预算案里的海港实验室计划规模多大？', '文件没有回答这个问题。']);
    expect(resolve(earlier, '企业至少要在香港投资多少才符合资格？').question).toBe('企业至少要在香港投资多少才符合海港实验室计划的资格？');
    expect(resolve(chat(['海港實驗室計劃是甚麼？', '根據《…》：「…」 [1]']), '企業至少要投資幾多先合資格？').question).toBe('企業至少要投資幾多先符合海港實驗室計劃的資格？');
    // A question naming its own scheme, or pointing back by a pronoun, is read by the rules for those.
    expect(resolve(earlier, '企业至少要投资多少才符合山頂研究所的资格？').question).not.toMatch(/海港/);
  });
});

describe('a swap and "which is more?" in one turn', () => {
  it('sets the new subject beside the last question answered with a figure, even with a turn between', () => {
    const earlier = chat(['海港實驗室匯聚咗幾多間企業？', '超過 900 間 [1]。'], ['佢係做咩嘅？', '根據《…》：「…」 [1]']);
    const read = resolve(earlier, '咁同一份概況入面，山頂研究所呢？邊個多啲？');
    expect(read).toMatchObject({ kind: 'comparison', comparison: { relation: 'more' } });
    expect(read.question).toBe('海港實驗室與山頂研究所，哪個較多？');
    expect(read.comparison!.between!.map((side) => side.question)).toEqual(['海港實驗室匯聚咗幾多間企業？', expect.stringMatching(/^根據.*概況.*山頂研究所匯聚咗幾多間企業？$/)]);
  });
  it('names the sides by the things counted when the subject stays ("AI companies" against "life and health tech ones")', () => {
    const read = resolve(chat(['How many robotics companies are based at the Harbour Lab now?', 'over 500 [1].']), 'and life and health tech ones? which group is bigger?');
    expect(read.question).toBe('Which is more: robotics companies or life and health tech ones?');
  });
  it('leaves a swap alone when no earlier answer gave a figure', () => {
    expect(resolve(chat(['海港實驗室係做咩嘅？', '根據《…》：「…」 [1]']), '山頂研究所呢？邊個多啲？').kind).not.toBe('comparison');
  });
});

describe('resolveFollowUp, round sixteen kinds', () => {
  it('reads a Cantonese classifier before 中心 as "the centre", and 個中 as the word it is', () => {
    const earlier = chat(['海洋創新中心預留咗幾多錢？', '2億元 [1]。']);
    expect(resolve(earlier, '個中心幾時落成？').question).toBe('海洋創新中心幾時落成？');
    expect(resolve(earlier, '個中原因係咩？').kind).toBe('standalone');
  });

  it('reads past a call for attention opening the earlier question, so its subject is found', () => {
    expect(subjectOf('喂，海港交通基金係做咩㗎？')).toBe('海港交通基金');
    expect(subjectOf('hey, what does the Harbour Lab do?', findNames)).toBe('the Harbour Lab');
    const earlier = chat(['喂，海港交通基金係做咩㗎？', '資助海港交通研究 [1]。']);
    expect(resolve(earlier, '咁佢規模係咪成十個億？').question).toBe('海港交通基金規模係咪成十個億？');
  });

  it('reads "which is more" asked with any classifier, or with what is compared after its verb, after a swap in the same turn', () => {
    const land = chat(['海港科技城有幾多公頃地交俾海港公司？', '約 20 公頃 [1]。']);
    expect(resolve(land, '山頂數據園嗰幅呢？邊幅大啲？')).toMatchObject({ kind: 'comparison', comparison: { relation: 'more', between: [{ label: '海港科技城' }, { label: '山頂數據園' }] } });
    const fund = chat(['海港創投基金投資咗幾多間初創？', '41 間 [1]。']);
    expect(resolve(fund, '山頂研究所個投資基金呢？邊個投資嘅公司多啲？')).toMatchObject({ kind: 'comparison', comparison: { relation: 'more' } });
    // Not a which-is-more: 「邊間公司」 asks which company.
    expect(resolve(fund, '邊間公司投資咗？').kind).not.toBe('comparison');
  });

  it('reads a comparison asked from the other side as the earlier figure against it, the direction turned', () => {
    const count = chat(['《海港概況》說海港平台提供約多少項服務？', '約460 項 [1]。']);
    expect(resolve(count, '2030-31 年度預算案的數字比這多了多少項？')).toMatchObject({ kind: 'comparison', comparison: { relation: 'less', difference: true, source: { kind: 'budget', year: '2030-31' } } });
    const sum = chat(['How much did the 2030-31 Budget set aside for the Harbour Lab?', 'HK$3.7 billion [1].'], ['What else is in it?', 'From the 2030-31 Budget: “Five more buildings” [1]']);
    // A figure stated in a clause before the question is what "that" stands for; "the earlier sum" is the last answer that gave one.
    const stated = resolve(sum, 'The press release mentions a HK$10 billion injection; how much more is that than the earlier sum?');
    expect(stated).toMatchObject({ kind: 'comparison', lookup: 'How much did the 2030-31 Budget set aside for the Harbour Lab?', comparison: { relation: 'less', difference: true, target: { value: 10_000_000_000 } } });
    expect(resolve(sum, 'How much more than the earlier sum is HK$10 billion?')).toMatchObject({ comparison: { relation: 'less', difference: true } });
    // Spoken of from the earlier side, it is read as before.
    expect(resolve(chat(['How much did the 2030-31 Budget set aside for the Harbour Lab?', 'HK$3.7 billion [1].']), 'How much less is that than HK$10 billion?')).toMatchObject({ comparison: { relation: 'less', difference: true } });
  });

  it('reads a yes or no on the size of a difference (「比X少了差不多3億元嗎？」) as asking that size', () => {
    const earlier = chat(['海港實驗室2030-31年度預算多少？', '2億6,973.1萬元 [1]。']);
    expect(resolve(earlier, '比2028-29年度實際開支少了差不多3億元嗎？')).toMatchObject({ kind: 'comparison', comparison: { relation: 'less', difference: true, year: '2028-29' } });
  });

  it('reads "the corporation" as the name of that kind the earlier question gave, in whatever language, not the person asked about', () => {
    const names: NameFinder = (text) => (text.includes('海港公司') ? [{ at: text.indexOf('海港公司'), written: '海港公司', zh: ['海港公司'], en: ['Harbour Development Corporation'] }] : []);
    const earlier = chat(['海港公司主席係邊位？', '陳大文 [1]。']);
    expect(resolveFollowUp({ earlier, question: 'What year was the corporation set up?', findNames: names })).toMatchObject({ kind: 'pronoun', question: 'What year was the Harbour Development Corporation set up?' });
    // A question naming its own corporation is its own.
    expect(resolveFollowUp({ earlier, question: 'What year was the Peak Trading Corporation set up?', findNames: names }).question).toBe('What year was the Peak Trading Corporation set up?');
  });

  it('swaps a region for a region, and a league table for a league table, the earlier question otherwise asked again', () => {
    const rank = chat(['海港 2030 年航運排名，海港市全球排第幾？', '第 7 [1]。']);
    expect(resolve(rank, '咁亞太區呢？').question).toBe('海港 2030 年航運排名,海港市亞太區排第幾？');
    const english = chat(["Where did Harbour City rank globally in the 2030 Shipping Competitiveness Ranking?", '7th [1].']);
    expect(resolve(english, 'and in the Asia-Pacific?').question).toBe('Where did Harbour City rank in the Asia-Pacific in the 2030 Shipping Competitiveness Ranking?');
    expect(resolve(english, 'what about the green port index?').question).toBe('Where did Harbour City rank globally in the green port index?');
    // "World" in a name is no region.
    expect(resolve(chat(['Where did Harbour City rank in the World Port Ranking?', '7th [1].']), 'and the Asia-Pacific?').question).not.toContain('Asia-Pacific Port');
    // A table named by a year alone is the earlier one in that year: its year swapped (or added), its name kept.
    expect(resolve(chat(["Where did Harbour City rank in the Harbour Institute's Green Port Index 2030?", '7th [1].']), 'what about in the 2031 index?').question).toBe("Where did Harbour City rank in the Harbour Institute's Green Port Index 2031?");
    expect(resolve(chat(['Where did Harbour City rank in the Green Port Index?', '7th [1].']), 'and the 2031 index?').question).toBe('Where did Harbour City rank in the Green Port Index in 2031?');
  });

  it('reads table follow-ups by role: a column and a year asked together, the change after revision, a bare "by how much"', () => {
    const spent = chat(['What was actually spent on Programme (7) under Head 999 in 2028-29?', 'HK$17.8 million [1].']);
    expect(resolve(spent, 'and the revised estimate for the year after?').question).toBe('What was the revised estimate for Programme (7) under Head 999 in 2029-30?');
    const original = chat(['總目999綱領(7) 2029-30 原來預算幾多錢呀？', '2億5,110萬元 [1]。']);
    expect(resolve(original, '修訂咗之後跌咗幾多 percent 㗎？').question).toBe('總目999綱領(7) 2029-30 修訂預算幾多錢呀？');
    const why = chat(['總目999綱領(7)2030-31年嘅撥款點解會多咗？', '較修訂預算增加 3,470萬元 [1]。']);
    expect(resolve(why, 'By how much in dollar terms?')).toMatchObject({ question: '總目999綱領(7)2030-31年嘅撥款點解會多咗？', language: 'en' });
    // Not after a question about no change.
    expect(resolve(chat(['海港實驗室有幾多個職位？', '79 個 [1]。']), 'By how much in dollar terms?').question).not.toBe('海港實驗室有幾多個職位？');
  });

  it('reads "the number" with nothing after it as the count the earlier turns gave, of their subject', () => {
    const posts = chat(['How many posts does the Harbour Lab have?', '79 posts [1].'], ['how many of those are senior?', '9 [1].']);
    expect(resolve(posts, 'and is the number expected to change next year?').question).toMatch(/^Is the number of posts of the Harbour Lab expected to change next year\?$/);
    // "The number of X" says of what itself.
    expect(resolve(posts, 'and is the number of visitors expected to change?').question).not.toContain('number of posts');
  });

  it('reads a numbered kind picked by its place as the item of that number', () => {
    const earlier = chat(['總目999分咗幾多個綱領？', '三個 [1]。']);
    expect(resolve(earlier, '第一個綱領2030-31預咗幾多錢？').question).toBe('綱領(1)2030-31預咗幾多錢?');
    expect(resolve(earlier, 'How much does the second programme get in 2030-31?').question).toBe('How much does Programme (2) get in 2030-31?');
    expect(resolve(earlier, '第一期預咗幾多錢？').question).not.toContain('(1)');
  });

  it('reads a demonstrative after where a thing is (「X隔籬嗰個Y」) as pointing at Y, not at the earlier subject', () => {
    const earlier = chat(['海港實驗室有幾多間企業？', '超過 2,100 間 [1]。']);
    expect(resolve(earlier, '咁山頂公園隔籬嗰個觀星小屋有幾多個單位？')).toMatchObject({ kind: 'standalone', question: '山頂公園隔籬嗰個觀星小屋有幾多個單位？', subject: '觀星小屋' });
  });

  it('reads "the other programme, X" as X swapped in for the earlier subject (with what the subject owned)', () => {
    const earlier = chat(["How much is the Director's office budgeted to get in 2030-31?", 'HK$24.3 million [1].']);
    expect(resolve(earlier, 'ok and the other programme, harbour works and shipping?')).toMatchObject({ kind: 'subject', question: 'How much is harbour works and shipping budgeted to get in 2030-31?' });
  });

  it('swaps an agreement for an agreement, the new one named with who signed it being the subject', () => {
    const earlier = chat(['咁海港發展嗰份安排幾時簽？', '2030 年 3 月 [1]。']);
    expect(resolve(earlier, '同山頂部嗰份合作協議呢？')).toMatchObject({ kind: 'subject', question: '同山頂部嗰份合作協議幾時簽？' });
  });

  it('reads "it" after a question on a post of a body as the body, not the post ("Who is the chairman of X?" → "it")', () => {
    const withPost: NameFinder = (text) => [
      ...findNames(text).map((hit) => ({ ...hit, kind: 'body' })),
      ...(/chairman/i.test(text) ? [{ at: text.toLowerCase().indexOf('chairman'), written: 'chairman', zh: ['主席'], en: ['chairman'], kind: 'post' }] : []),
    ];
    const earlier = chat(["Who's the chairman of the Harbour Lab?", 'Ann Lee [1].']);
    expect(resolveFollowUp({ earlier, question: 'how many start-ups has it supported so far?', findNames: withPost })).toMatchObject({ kind: 'pronoun', question: 'How many start-ups has the Harbour Lab supported so far?' });
    // "He" may be the chairman: only "it" is kept from a person.
    expect(resolveFollowUp({ earlier, question: 'when did he take office?', findNames: withPost }).question).not.toContain('Harbour Lab');
    // Nor when no body is named: the post stays the subject.
    const alone = chat(['Who is the chairman?', 'Ann Lee [1].']);
    expect(resolveFollowUp({ earlier: alone, question: 'how many start-ups has it supported?', findNames: withPost }).question).not.toContain('Harbour Lab');
  });

  it("reads a part picked by ordinal in English (\"the first phase\", \"phase 2\") as the earlier subject's part", () => {
    const earlier = chat(['How much computing power is the Harbour Lab aiming for?', '3 000 petaFLOPS [1].']);
    expect(resolve(earlier, 'when did the first phase actually open?')).toMatchObject({ question: 'When did the first phase of the Harbour Lab actually open?', fallback: { question: 'When did the first phase actually open?' } });
    expect(resolve(earlier, 'and how big is phase 2?').question).toBe('How big is phase 2 of the Harbour Lab?');
    // A part the earlier question already named is not named twice.
    const phased = chat(['When does the first phase of the Harbour Lab open?', '2031 [1].']);
    expect(resolve(phased, 'and the second phase?').question).not.toContain('of the Harbour Lab of');
  });

  it("reads \"a single company\" as a distributive over the earlier subject's members, as \"each company\" is", () => {
    const earlier = chat(["What's the Harbour Lab Acceleration Scheme?", 'From …: “…” [1]']);
    expect(resolve(earlier, "what's the max a single company can get?")).toMatchObject({ kind: 'aspect', question: 'What is the max a single company can get — the Harbour Lab Acceleration Scheme?' });
  });

  it('keeps a time word whole in a Chinese topic carried into a change (「香港現在有…」 is 「香港現在」, not 「香港現」)', () => {
    const earlier = chat(['海港區现在有多少间初创企业？', '近 4,700 间 [1]。']);
    const read = resolve(earlier, '比2030年多了多少？');
    expect(read.question).toBe('海港區现在的初创企业比2030年多了多少？');
    // Asked again as a share, in the word a document states a change in.
    expect(read.fallback?.question).toBe('海港區现在的初创企业比2030年增加了百分之多少？');
  });

  it('reads 「X呢，…？」 as X swapped into the earlier question first, as 「X呢？…？」 is', () => {
    const earlier = chat(['海港處31-32年度預算幾多錢？', '2,430萬元 [1]。']);
    expect(subjectOf('海港處31-32年度預算幾多錢？', findNames)).toBe('海港處');
    const read = resolve(earlier, '咁綱領(2)呢，係咪大約2.45億？');
    expect(read.fallback).toMatchObject({ kind: 'subject', question: '綱領(2)2031-32年度預算幾多錢？' });
    // A numbered item names its own subject: the turn is not read as naming nothing.
    expect(namesNothingOwn('咁綱領(2)呢，係咪大約2.45億？', findNames)).toBe(false);
  });

  it('does not take a figure written in words ("a quarter of a billion") for the subject', () => {
    expect(subjectOf('was the original 2030-31 estimate above a quarter of a billion?', findNames)).toBeUndefined();
  });
});

describe('resolveFollowUp, round nineteen: a year written short', () => {
  it('reads a fiscal year written short ("and 30/31?", 「咁30-31年度呢？」) as that year swapped in', () => {
    expect(resolve(chat(["What's the 2031-32 estimate for the Harbour Lab?", 'HK$24.3 million [1].']), 'and 30/31?')).toMatchObject({ kind: 'year', question: "What's the 2030-31 estimate for the Harbour Lab?" });
    expect(resolve(chat(['海港實驗室2031-32年度預算幾多錢？', '2,430萬元 [1]。']), '咁30-31年度呢？')).toMatchObject({ kind: 'year', question: '海港實驗室2030-31年度預算幾多錢？' });
  });
});

describe('resolveFollowUp, round nineteen: a share asked how much', () => {
  it('reads 「畀X嗰part有幾多？」 after a sum named by its figure as the share of that sum going to X', () => {
    const earlier = chat(['海港科技嗰50億點分㗎？', '根據《…》：「…」 [1]']);
    expect(resolve(earlier, '咁畀初創嗰part有幾多？')).toMatchObject({ kind: 'aspect', question: '初創有幾多錢？', subject: '初創' });
    expect(resolve(earlier, '咁畀大學嘅部分有幾多？').question).toBe('大學有幾多錢？');
    // Not after a question on no sum: a count is no sum to share.
    expect(resolve(chat(['海港實驗室有幾多間企業？', '2,100 間 [1]。']), '咁畀初創嗰part有幾多？').question).not.toBe('初創有幾多錢？');
  });
});

describe('resolveFollowUp, round twenty', () => {
  it('reads a Chinese question that opens with where in a source it asks (「2031-32預算案裏，…」) as about what follows', () => {
    expect(subjectOf('2031-32预算案里，HarbourID平台预算多少钱？', findNames)).toBe('HarbourID平台');
    expect(subjectOf('喺2031-32預算案入面，海濱數據平台預算幾多錢？', findNames)).toBe('海濱數據平台');
    // So a follow-up naming nothing of its own (「什么时候开始推出？」) has that topic to be asked of.
    expect(namesNothingOwn('什么时候开始推出？', findNames)).toBe(true);
  });

  it('takes a term led by a figure (「6G網絡」「4D打印」) for a subject of the question\'s own', () => {
    expect(namesNothingOwn('那6G网络覆盖了多少人口？', findNames)).toBe(false);
    expect(namesNothingOwn('咁4D打印中心幾時開？', findNames)).toBe(false);
    // A figure with a Chinese unit is no name.
    expect(namesNothingOwn('預咗5億錢㗎？', findNames)).toBe(true);
  });

  it('reads "is that more than <figure> <what it was for>" as the earlier figure against that figure, not a question of the subject', () => {
    const earlier = chat(['How much will the Harbour Lab get in 2031-32?', 'HK$10 billion [1].']);
    const read = resolve(earlier, 'Is that more than the $3.7 billion earmarked a year earlier for its first phase?');
    expect(read.kind).toBe('comparison');
    expect(read.comparison?.target?.value).toBe(3_700_000_000);
    expect(read.lookup).toBe('How much will the Harbour Lab get in 2031-32?');
    // "it" with what of it is measured is still that yes or no question of the subject.
    expect(resolve(earlier, 'has it attracted more than HK$3 billion of private investment?').kind).toBe('pronoun');
  });

  it('reads "when did it first open?" as when it opened: "first" before a verb of starting asks nothing more', () => {
    const earlier = chat(["What's the target for the Harbour Lab?", 'HK$5 million [1].']);
    expect(resolve(earlier, 'when did it first open?').question).toBe('When did the Harbour Lab open?');
    expect(resolve(earlier, 'in which year was it first launched?').question).toBe('In which year was the Harbour Lab launched?');
    // An ordinal of a thing stays: "the first phase" is a part, and a question not asking when keeps its words.
    expect(resolve(earlier, 'when will its first phase open?').question).toContain('first phase');
    expect(resolve(earlier, 'how much did it get when it first opened?').question).toContain('first opened');
  });

  it('asks a thing swapped in without the earlier frame\'s period (「每年」, "a year") when that reading is not answered', () => {
    const read = resolve(chat(['海港實驗室每年攞幾多資助？', '不超過1,600萬元 [1]。']), '咁山頂研究所又點？');
    expect(read).toMatchObject({ kind: 'subject', question: '山頂研究所每年攞幾多資助？', fallback: { kind: 'subject', question: '山頂研究所攞幾多資助？' } });
    expect(resolve(chat(['How much does the Harbour Lab get a year?', 'HK$16 million [1].']), 'what about the Peak Institute?').fallback?.question).toBe('How much does the Peak Institute get?');
    // No period in the frame: no such reading.
    expect(resolve(chat(['海港實驗室攞幾多資助？', '1,600萬元 [1]。']), '咁山頂研究所又點？').fallback).toBeUndefined();
  });
  it('reads a word of totality after the thing swapped in ("how about startups overall?") as no part of its name', () => {
    const earlier = chat(['how many fintech firms are there at the Harbour Lab?', 'over 1,100 [1].']);
    expect(resolve(earlier, 'how about startups overall?').question).toBe('how many startups are there at the Harbour Lab?');
    expect(resolve(earlier, 'what about life science companies altogether?').question).toBe('how many life science companies are there at the Harbour Lab?');
  });
  it('reads "what\'s the most a company can get?" after a question on a scheme as how much one can get at most under it', () => {
    const read = resolve(chat(['How much is the Harbour Lab Scheme?', 'HK$10 billion [1].']), "what's the most a company can get?");
    expect(read.question).toMatch(/^How much can a company get at most\b.*Harbour Lab/);
    expect(resolve(chat(['海港實驗室計劃有幾多錢？', '100億元 [1]。']), 'what is the maximum one project could receive?').question).toMatch(/^How much could one project receive at most\b.*Harbour Lab/);
    // Not a question of the most of something else.
    expect(resolve(chat(['How much is the Harbour Lab Scheme?', 'HK$10 billion [1].']), 'what is the most common use of it?').question).not.toMatch(/^How much/);
  });
});

describe('resolveFollowUp, round twenty-two: a follow-up that reaches past a side question', () => {
  it('reads a demonstrative noun the last turn does not hold as about the earlier turn that does (「那個網上平台…」, "the institute")', () => {
    const zh = chat(
      ['海港實驗室的「易查通」是何時推出的？', '2023 年 5 月 [1]。「海港實驗室於 2023 年 5 月推出一站式『易查通』網上平台，方便市民查詢。」'],
      ['山頂研究所和海港實驗室合作成立了甚麼？', '「山頂研究所於 2019 年與海港實驗室共同成立了測試中心。」'],
    );
    expect(resolve(zh, '那個網上平台有甚麼用？').question).toContain('易查通');
    const en = chat(
      ['How much is earmarked for the Peak Institute?', 'HK$2 billion [1]. "Set aside $2 billion to establish the Peak Institute."'],
      ['and the Harbour Lab, when does it open?', 'In 2027 [1].'],
    );
    expect(resolve(en, "where's the institute going to be located?").question).toMatch(/Peak Institute/);
    // The last turn holds the noun: it is the one read from.
    const near = chat(['How much is earmarked for the Peak Institute?', 'HK$2 billion [1].'], ['When will the Harbour Lab open?', 'In 2027 [1]. "The Harbour Lab, a research lab of ..."']);
    expect(resolve(near, 'where is the lab?').question).toMatch(/Harbour Lab/);
  });

  it('reads a table column asked alone after a turn that asked no figure as of the latest turn that asked one', () => {
    const earlier = chat(
      ['In the Head 900 estimates, what is the 2025-26 provision for subhead 123?', 'HK$12.3 million [1].'],
      ['what sort of projects does that pay for', '"Projects of the harbour ..." [1]'],
    );
    const read = resolve(earlier, 'and the 2024-25 revised figure?').question;
    expect(read).toMatch(/2024-25/);
    expect(read).toMatch(/subhead 123/);
    expect(read).toMatch(/revised/);
    const zh = chat(['海港實驗室綱領(5)2025-26年度預算撥款是多少？', '1億元 [1]。'], ['主要原因是什麼？', '主要由於… [1]'], );
    const readZh = resolve(zh, '那2024-25年度的原來預算呢？').question;
    expect(readZh).toContain('綱領(5)');
    expect(readZh).toContain('2024-25');
    expect(readZh).not.toContain('原因');
  });

  it('reads a Cantonese "leaving that aside" opener (「唔講呢啲住，…」) as a new subject, the rest asked alone', () => {
    const earlier = chat(['海港實驗室有幾多人？', '約 300 人 [1]。']);
    const read = resolve(earlier, '唔講呢啲住，山頂研究所幾時成立？');
    expect(read.kind).toBe('standalone');
    expect(read.question).toBe('山頂研究所幾時成立？');
  });

  it('reads "why is it lower than …" as a reason asked of the subject, not a comparison to make', () => {
    const earlier = chat(['海港實驗室2025-26年度預算幾多？', '1億元 [1]。']);
    const read = resolve(earlier, '點解佢比2024-25修訂預算少咗咁多');
    expect(read.kind).not.toBe('comparison');
    expect(read.question).toContain('海港實驗室');
    expect(read.question).toContain('點解');
  });

  it('takes no bare verb done (「預留咗幾多錢？」) for the topic of a question', () => {
    expect(subjectOf('預留咗幾多錢做基建')).toBeUndefined();
    expect(subjectOf('海港實驗室預留咗幾多錢？')).toBe('海港實驗室');
  });
});

describe('resolveFollowUp, round twenty-two: what a fragment alone asks', () => {
  it('reads an attribute asked after a count (「職位呢？」 after 「…有多少間初創企業？」) as of the things counted', () => {
    const earlier = chat(['海港實驗室現在有多少間培育公司？', '約 40 間 [1]。「海港實驗室現有約 40 間培育公司，提供約 900 個職位。」']);
    expect(resolve(earlier, '職位呢？').question).toContain('海港實驗室培育公司');
    // An attribute the answer does not state beside the count is the subject's own (the lab's area, not its companies').
    expect(resolve(earlier, '面積呢？').question).not.toContain('培育公司');
  });

  it('reads a sum described by its verb and recipient, its noun left out (「那注資X的呢？」), as how much that sum is', () => {
    const earlier = chat(['海港實驗室有幾多個實驗室？', '三個 [1]。']);
    const read = resolve(earlier, '那注資山頂研究所的呢？');
    expect(read.question).toBe('注資山頂研究所嘅金額係幾多？');
  });

  it('reads a post named alone (「那行政總裁呢？」, "and its director?") as who holds it in the body spoken of', () => {
    const zh = chat(['海港實驗室主席是誰？', '陳大文 [1]。']);
    expect(resolve(zh, '那行政總裁呢？').question).toBe('海港實驗室行政總裁是誰？');
    const en = chat(['How many staff does the Peak Institute have?', 'About 300 [1].']);
    expect(resolve(en, 'and its director?').question).toBe('Who is the director of the Peak Institute?');
  });
});

describe('resolveFollowUp, round twenty-two: what a demonstrative points at, and among the things counted', () => {
  it('reads a demonstrative noun as the thing of that kind the answer named (a quoted name ending in it, or in the other language)', () => {
    const zh = chat(['海港實驗室會成立甚麼委員會？', '「海港實驗室將成立『潮汐能源發展委員會』，制訂策略。」 [1]']);
    expect(resolve(zh, '嗰個委員會做咩㗎？').question).toContain('潮汐能源發展委員會');
    // «that committee» in English after an answer quoting the committee's Chinese name.
    expect(resolve(zh, 'what is that committee supposed to do?').question).toContain('潮汐能源發展委員會');
    const en = chat(['What will the Harbour Lab set up?', 'It will set up the Tidal Energy Committee [1].']);
    expect(resolve(en, 'who sits on that committee?').question).toContain('Tidal Energy Committee');
  });

  it('reads 「其中…」 after a count whose noun a verb follows (「有多少家重點企業已經落戶？」) as among those things', () => {
    const earlier = chat(['預算案提到有多少家重點企業已經落戶香港？', '40多家 [1]。']);
    expect(resolve(earlier, '其中內地企業有多少家？').question).toMatch(/^重點企業/);
  });
});

describe('resolveFollowUp, round twenty-two: a count again, an event of another subject, a change set beside', () => {
  it('reads a count asked again with nothing counted and a year ("how many were there back in 2031?", 「2031年有幾多間？」) as the earlier count that year', () => {
    const en = chat(['how many robotics firms are there in the Harbour Lab', 'over 300 [1].']);
    expect(resolve(en, 'how many were there back in 2031?').question).toMatch(/robotics firms.*2031/);
    const zh = chat(['海港實驗室有幾多間機械人公司', '超過300間 [1]。']);
    const read = resolve(zh, '2031年有幾多間？').question;
    expect(read).toContain('機械人公司');
    expect(read).toContain('2031');
  });

  it('offers when the thing swapped in was set up, for when the earlier event is not said of it', () => {
    const earlier = chat(['海港實驗室是哪一年在香港開設首個海外中心的？', '2031 年 [1]。']);
    const read = resolve(earlier, '那山頂研究所呢？');
    expect(read.question).toContain('山頂研究所');
    expect(read.fallback?.question).toBe('山頂研究所何時成立？');
  });

  it('reads 「與X相比少了多少？」 as 「比X少了多少？」: the size of the change against X', () => {
    const earlier = chat(['海港實驗室在2031-32年度的開支預算是多少？', '1億元 [1]。']);
    expect(resolve(earlier, '與2030-31年度的實際開支相比少了多少？').question).toBe('海港實驗室在2031-32年度的開支預算比2030-31年度的實際開支少了多少？');
  });
});

describe('resolveFollowUp, round twenty-two: the other kind of the things counted', () => {
  it('reads "how many more than the X ones?" (「比X嗰啲多幾多間？」) after a count as that count against X\'s, the difference asked', () => {
    const en = chat(['How many robotics companies does the Harbour Lab have?', 'over 50 [1].']);
    const read = resolve(en, 'how many more than the biotech ones?');
    expect(read.kind).toBe('comparison');
    expect(read.comparison?.between?.map((side) => side.question)).toEqual(['How many robotics companies does the Harbour Lab have?', 'How many biotech companies does the Harbour Lab have?']);
    const zh = chat(['海港實驗室有幾多間AI企業？', '超過50間 [1]。']);
    const readZh = resolve(zh, '比生物科技嗰啲多幾多間');
    expect(readZh.comparison?.between?.[1]?.question).toBe('海港實驗室有幾多間生物科技企業？');
    expect(readZh.comparison?.difference).toBe(true);
  });

  it('reads "and the X ones?" (「X嗰啲呢？」) after a count as the count of those of kind X', () => {
    const en = chat(['How many robotics companies does the Harbour Lab have?', 'over 50 [1].']);
    expect(resolve(en, 'and the biotech ones?').question).toBe('How many biotech companies does the Harbour Lab have?');
    const zh = chat(['海港實驗室有幾多間AI企業？', '超過50間 [1]。']);
    expect(resolve(zh, '生物科技嗰啲呢？').question).toContain('生物科技企業');
  });
});

describe('resolveFollowUp, round twenty-two: the better of two placings', () => {
  it('reads "which one\'s the better global placing?" (「邊個排名較高？」) after two ranks as the two compared, the smaller number better', () => {
    const en = chat(['where does the Harbour Lab rank in the Tide index?', '7 [1].'], ['and in the Wave ranking?', '15 [1].']);
    const read = resolve(en, "so which one's the better global placing");
    expect(read.kind).toBe('comparison');
    expect(read.comparison).toMatchObject({ relation: 'less', ranked: true });
    expect(read.question).toMatch(/^Which is the better placing: /);
    const zh = chat(['海港實驗室喺潮汐指數排第幾？', '第 7 [1]。'], ['咁喺波浪排名呢？', '第 15 [1]。']);
    expect(resolve(zh, '邊個排名較高？').comparison).toMatchObject({ relation: 'less', ranked: true });
    expect(resolve(zh, '邊個排名較低？').comparison).toMatchObject({ relation: 'more', ranked: true });
  });
});

describe('resolveFollowUp, round twenty-two: a comparison after a side question, and whether two are the same', () => {
  it('sets «跟X比，規模一樣嗎？» after a turn answered with a date beside the latest turn answered with an amount', () => {
    const earlier = chat(['海港基金規模多大？', '100億元 [1]。'], ['打算何時申請撥款？', '年中 (2031) [1]。']);
    const read = resolve(earlier, '跟2030-31年度的山頂計劃比，規模一樣嗎？');
    expect(read.kind).toBe('comparison');
    expect(read.comparison?.between?.[0]?.question).toBe('海港基金規模多大？');
    expect(read.question).toBe('海港基金與山頂計劃 (2030-31)，是否相同？');
  });
});

describe('resolveFollowUp, round twenty-two: comparisons of the last two with nothing named, and a subject kept through a turn naming none', () => {
  const two = chat(['How much is set aside for the Harbour Lab?', 'HK$1 billion [1].'], ['and for the Peak Institute?', 'HK$3 billion [1].']);
  const twoZh = chat(['海港實驗室預留咗幾多錢？', '10億元 [1]。'], ['咁山頂研究所呢？', '30億元 [1]。']);
  it('reads "which one\'s bigger?", 「邊個多啲錢？」, 「兩個差幾多錢？」 and 「佢哋差幾遠？」 as the last two compared', () => {
    expect(resolve(two, "which one's bigger?").kind).toBe('comparison');
    for (const question of ['邊個多啲錢？', '兩個差幾多錢？', '佢哋差幾遠？']) expect(resolve(twoZh, question).kind).toBe('comparison');
    // 「邊個高啲？」 of two sums is which is more, not a placing.
    expect(resolve(twoZh, '邊個高啲？').comparison).toMatchObject({ relation: 'more' });
    expect(resolve(twoZh, '邊個高啲？').comparison?.ranked).toBeUndefined();
  });

  it('keeps the earlier subject through a turn that names none, for the next pronoun', () => {
    const earlier = chat(['海港實驗室第一期幾時落成？', '2031 年 [1]。'], ['預留咗幾多錢做基建', '37億元 [1]。']);
    expect(resolve(earlier, '佢第一期仲有幾多座起緊？').question).toContain('海港實驗室');
    // What follows the pronoun is a part the subject names (「佢第一期」 of 「海港實驗室第一期首三座大樓」): the subject up to it.
    const specific = chat(['海港實驗室第一期首三座大樓幾時落成？', '2031 年 [1]。']);
    expect(resolve(specific, '佢第一期仲有幾多座起緊？').question).toBe('海港實驗室第一期仲有幾多座起緊？');
  });

  it('reads "when was that announced?" as of the subject, the verb kept', () => {
    const earlier = chat(['How much is set aside for the Harbour Lab?', 'HK$1 billion [1].']);
    expect(resolve(earlier, 'when was that announced?').question).toBe('When was the Harbour Lab announced?');
  });
});

describe('resolveFollowUp, round twenty-two: short forms, a topic change said short, a demonstrative before a verb', () => {
  it('reads "rn", "prog 2", "govt" and a budget year written short ("the 25-26 figure") written out, a first question too', () => {
    expect(resolve([], 'how many robotics firms in the Harbour Lab rn?').question).toBe('how many robotics firms in the Harbour Lab right now?');
    const earlier = chat(["What's the total provision for the Harbour Lab in 2031-32?", 'HK$269.7 million [1].']);
    expect(resolve(earlier, 'ok so what does prog 2 get?').question).toMatch(/programme 2/i);
    expect(resolve(earlier, 'and the 30-31 figure?').question).toMatch(/2030-31/);
    // Two numbers that are no consecutive years are left alone.
    expect(resolve([], 'are there 25-40 staff?').question).toBe('are there 25-40 staff?');
  });

  it('reads "unrelated q: …" as a new subject, the rest asked alone', () => {
    const earlier = chat(['How many staff does the Harbour Lab have?', 'About 300 [1].']);
    expect(resolve(earlier, 'unrelated q: when was the Peak Institute set up?')).toMatchObject({ kind: 'standalone', question: 'When was the Peak Institute set up?' });
  });

  it('reads "how\'s that split between …?" with "that" for the subject and "split" kept as the verb', () => {
    const earlier = chat(["What's the total provision for the Harbour Lab in 2031-32?", 'HK$269.7 million [1].']);
    expect(resolve(earlier, "How's that split between the two programmes?").question).toMatch(/Harbour Lab split between the two programmes/);
  });
});

describe('resolveFollowUp, round twenty-two: what a pronoun stands for after a question asking which thing of a kind', () => {
  it('reads 「它」 after 「X新聞稿提到會成立甚麼學院？」 as the academy the answer names, not the publisher', () => {
    const earlier = chat(['海港實驗室的新聞稿提到政府會成立甚麼學院支持臨床試驗？', '根據《…》：「政府將成立『潮汐臨床學院』等。」 [1]']);
    expect(resolve(earlier, '政府為它預留了多少資金？').question).toBe('政府為潮汐臨床學院預留了多少資金？');
  });

  it('takes no time word (「今年」, "this year") for the subject, and reads a name in capitals that opens the question whole', () => {
    expect(subjectOf('海港實驗室新聞稿講今年有咩新計劃？')).not.toBe('今年');
    expect(subjectOf("HKSTP's press release says what?")).toBe('HKSTP');
  });
});

describe('resolveFollowUp, round twenty-two: studied on the retired held-out sets', () => {
  it('reads "he" and "she" after a question asking who holds a post, answered with a name, as that post-holder', () => {
    const earlier = chat(["who's the Harbour Lab chairman quoted in the press release", 'Ann Lee (李安) [1]. From …']);
    expect(resolve(earlier, 'what plan does he say the budget lines up with').question).toBe('What plan does the Harbour Lab chairman say the budget lines up with?');
  });

  it('ends a Chinese topic before 「每間」 and keeps a standard Estimates row whole (「…運作開支」), not its attribute cut off', () => {
    expect(subjectOf('海港升級計劃每間最多資助幾多')).toBe('海港升級計劃');
    expect(subjectOf('海港局個運作開支係邊個分目')).toBe('海港局個運作開支');
    // A preposition of time before a date is no part of the topic (「海港局截至2031年3月底…」).
    expect(subjectOf('海港局截至2031年3月底有幾多個職位')).toBe('海港局');
  });

  it('reads 「佢25-26年度會加定減」 after a count as which way the count moves that year, and 「X呢 邊個排得高啲」 as the two ranks compared', () => {
    const posts = chat(['海港局截至2031年3月底有幾多個職位', '79 個 [1]。']);
    expect(resolve(posts, '咁佢31-32年度會加定減').question).toBe('海港局2031-32年度職位會增加定減少？');
    const ranks = chat(['香港喺潮汐指數排第幾', '第 7 [1]。']);
    const read = resolve(ranks, '咁波浪指數呢 邊個排得高啲');
    expect(read.comparison).toMatchObject({ relation: 'less', ranked: true });
    expect(read.question).toMatch(/哪個排名較高？$/);
  });

  it('reads a head written with 「裡」 before the item (「總目135裡分目697」) as where the item is listed', () => {
    expect(subjectOf('總目900裡分目697是什麼？')).toMatch(/^分目\s*697$/);
  });
});

describe('resolveFollowUp, round twenty-two: more kinds from the retired held-out sets', () => {
  it('reads 「同X比邊個多啲？」 without a comma as X set beside the earlier sum, whose topic follows a verb like 「搞」', () => {
    const earlier = chat(['2031-32預算案預留咗幾多錢搞海港研究支援計劃？', '30億元 [1]。']);
    const read = resolve(earlier, '同山頂加速計劃比邊個多啲？');
    expect(read.kind).toBe('comparison');
    expect(read.question).toBe('海港研究支援計劃與山頂加速計劃，哪個較多？');
  });

  it('reads a bare kind word opening a question (「研發院會設在哪裏？」) as the earlier subject ending in it', () => {
    const earlier = chat(['香港潮汐研發院預留了多少錢？', '10億元 [1]。']);
    expect(resolve(earlier, '研發院會設在哪裏？').question).toBe('香港潮汐研發院會設在哪裏？');
  });

  it('reads "and to speed up X?" after a sum asked "for Y" as the sum for that purpose', () => {
    const earlier = chat(['how much is the 2031-32 budget setting aside for the new Harbour Lab?', 'HK$1 billion [1].']);
    expect(resolve(earlier, 'and to speed up the phase 1 works at the Peak park?').question).toBe('How much is the 2031-32 budget setting aside to speed up the phase 1 works at the Peak park?');
  });

  it('reads "and 5g coverage?" after a count in a place as that measure of the place, not a place swapped in', () => {
    const earlier = chat(['how many public wifi hotspots are there in the Harbour District', 'over 3,000 [1].']);
    const read = resolve(earlier, 'and 5g coverage?');
    expect(read.kind).toBe('aspect');
    expect(read.question).toMatch(/5g coverage/i);
    expect(read.question).not.toMatch(/hotspots/);
  });
});

describe('resolveFollowUp, round twenty-two: another year\'s document, a source said with "by", a phase of a place', () => {
  it('reads "and the Y scheme in the 2030-31 one?" as Y asked of that year\'s document', () => {
    const earlier = chat(['How much is the 2031-32 budget setting aside for the new Harbour Lab?', 'HK$1 billion [1].']);
    expect(resolve(earlier, 'and the Peak subsidy scheme in the 2030-31 one?').question).toMatch(/^How much is the 2030-31 budget setting aside for .*Peak subsidy scheme\?$/);
  });

  it('reads "by the 2031-32 budget, where were they at?" as asked of that budget, and a phase as the named place\'s', () => {
    const earlier = chat(['What did the 2030-31 budget say about the first three buildings at the Harbour Park?', 'From …: “first three buildings will be completed” [1]']);
    expect(resolve(earlier, 'And by the 2031-32 budget, where were they at?').question).toMatch(/according to the 2031-32 budget\?$/);
    expect(resolve(earlier, 'How many more buildings are going up in phase 1?').question).toBe('How many more buildings are going up in phase 1 of the Harbour Park?');
  });
});

describe('resolveFollowUp, round twenty-two: another year\'s figure set against the earlier one', () => {
  it('reads "and is the 2031-32 figure higher? by how much?" after a 2030-31 revised figure as that year against it, the size asked', () => {
    const earlier = chat(["How much did the Harbour Office get in the 2030-31 revised estimate?", 'HK$22.9 million [1].']);
    const read = resolve(earlier, 'and is the 31-32 figure higher? by how much?');
    expect(read.kind).toBe('comparison');
    expect(read.comparison).toMatchObject({ relation: 'less', year: '2031-32', difference: true });
    // A coming year has no revised estimate: the reading to fall back on asks without it.
    expect(read.fallback?.question).not.toMatch(/revised/);
  });
});

describe('resolveFollowUp, round twenty-two: a document named by 篇', () => {
  it('reads 「咁X自己篇新聞稿又寫幾多？多咗定少咗？」 as the earlier question asked of X\'s press release, the two figures compared', () => {
    const earlier = chat(['《概況》話海港實驗室支援緊幾多間科技公司？', '逾1,600 家 [1]。']);
    const read = resolve(earlier, '咁海港實驗室自己篇新聞稿又寫幾多？多咗定少咗？');
    expect(read.kind).toBe('comparison');
    expect(read.source?.kind).toBe('press-release');
  });
});

describe('resolveFollowUp, round twenty-two: a topic set out alone, then a question naming nothing', () => {
  it('reads 「那中學方面呢？有類似的計劃嗎？」 (and "and secondary schools? is there something similar?") as the question asked of that topic', () => {
    const earlier = chat(['2031-32年度預算案撥了多少錢給「海港小學計劃」？', '1億元 [1]。']);
    expect(resolve(earlier, '那中學方面呢？有類似的計劃嗎？')).toMatchObject({ original: '那中學方面呢？有類似的計劃嗎？', question: '中學方面有類似的計劃嗎？' });
    const english = chat(['How much does the Harbour primary scheme get?', 'HK$100 million [1].']);
    expect(resolve(english, 'and secondary schools? is there something similar?').question).toBe('is there something similar — secondary schools?');
  });
});

describe('resolveFollowUp, round twenty-two: a document described after its title', () => {
  it('reads 「和《香港概況》創科那份相比，多了多少？」 as the earlier question asked of the fact sheet, the two figures compared', () => {
    const earlier = chat(['海港通聯通多少項服務？', '約500項 [1]。']);
    const read = resolve(earlier, '和《香港概況》創科那份相比，多了多少？');
    expect(read.kind).toBe('comparison');
    expect(read.source?.kind).toBe('fact-sheet');
  });
});

describe('resolveFollowUp, round twenty-three: "is that still …" and a thing set up at a place', () => {
  it('reads "Is that still part of …?" as a question about what was spoken of (an inverted auxiliary, then "that")', () => {
    const earlier = chat(['How much will the Harbour Lab get?', 'HK$3 billion [1].']);
    expect(resolve(earlier, 'Is that still part of the bureau\'s plans in 2031-32?')).toMatchObject({ kind: 'pronoun', question: expect.stringContaining('Harbour Lab still part of') });
    // "Is that more than …" is a comparison with the answer's figure, not this kind.
    expect(resolve(earlier, 'is that more than HK$2 billion?').question).not.toMatch(/Harbour Lab still/);
  });
  it('takes the thing the answer names, not the place it is set up at, for a following "that" after 「在X設立甚麼中心？」', () => {
    const earlier = chat(['2031-32年度預算案說要在海港科技園設立甚麼中心？', '根據…：「…設立『潮汐創新中心』」 [1]']);
    expect(resolve(earlier, 'Is that still part of the plans in 2032-33?').question).toContain('潮汐創新中心');
  });
  it('keeps the thing a which-kind question names when it is not a place ("which office runs the Lab?": its budget is the Lab\'s)', () => {
    const earlier = chat(['Which office runs the Harbour Lab?', 'The Harbour Office [1].']);
    expect(resolve(earlier, "what's its 2031-32 budget?").question).toContain('Harbour Lab');
  });
});

describe('resolveFollowUp, round twenty-three: kinds read from two fresh blind dev sets', () => {
  it('takes a sub-head or programme named by number, not the bureau whose Estimates list it, as the subject ("spend on it")', () => {
    const earlier = chat(["What's subhead 9 in the Harbour Bureau estimates for?", 'HK$9 million [1].']);
    expect(resolve(earlier, 'how much did they actually spend on it in 2030-31?').question).toContain('subhead 9');
    // A year after 綱領 is no number of it.
    expect(subjectOf('創新綱領2030-31實際開支係幾多？')).not.toMatch(/^綱領20/);
  });
  it('reads a measure named alone ("and jobs?", 「職位呢？」) as the earlier amount question asked of that measure', () => {
    const english = chat(['How much investment would the Harbour firms bring?', 'HK$4 billion [1].']);
    expect(resolve(english, 'and jobs?')).toMatchObject({ kind: 'aspect', question: 'How many jobs would the Harbour firms bring?' });
    const chinese = chat(['海港企業會帶嚟幾多投資？', '40億元 [1]。']);
    expect(resolve(chinese, '職位呢？')).toMatchObject({ kind: 'aspect', question: '海港企業會帶嚟幾多職位？' });
    // After a count of things, a measure named alone is theirs (「初創企業的職位」), not a measure in their place.
    const counted = chat(['海港有多少間初創企業？', '約500間 [1]。']);
    expect(resolve(counted, '職位呢？').question).not.toBe('海港有多少間職位？');
  });
  it('reads the earlier figure asked in another unit or notation as the earlier question again, in the follow-up\'s language', () => {
    const earlier = chat(['How much has the Harbour Fund approved for universities?', 'about RMB1.03 billion [1].']);
    for (const followUp of ['即係幾多億人民幣', 'how much is that in HK$ million?', "whats that in dollar terms, in billions", 'sorry is that 10 billion or 1 billion']) {
      expect(resolve(earlier, followUp)).toMatchObject({ kind: 'aspect', question: 'How much has the Harbour Fund approved for universities?' });
    }
    expect(resolve(earlier, '即係幾多億人民幣').language).toBe('zh-Hant');
  });
  it('reads any request whose only content is a unit or currency as the earlier question again (worded any way), not one naming a thing', () => {
    const earlier = chat(['How much has the Harbour Fund approved for universities?', 'about HK$1.03 billion [1].']);
    for (const followUp of ['can you give me that in 億', 'say it in millions please', 'how much is that in US dollars', 'in billions please', '用億做單位講', '可唔可以換做美元？']) {
      expect(resolve(earlier, followUp)).toMatchObject({ kind: 'aspect', question: 'How much has the Harbour Fund approved for universities?' });
    }
    expect(resolve(earlier, '用億做單位講').language).toBe('zh-Hant');
    // Content beside the unit is a question of its own or on another aspect.
    expect(resolve(earlier, 'how much is the Lantern Fund in billions').question).not.toBe('How much has the Harbour Fund approved for universities?');
    expect(resolve(earlier, '有幾多萬人受惠？').question).not.toBe('How much has the Harbour Fund approved for universities?');
  });
  it('reads the earlier figure said back as confirmed only when it is that figure; another figure is compared with it', () => {
    const earlier = chat(['How much is the Harbour Fund?', 'HK$10 billion (100億元) [1].']);
    expect(resolve(earlier, "so that's HK$10 billion, right?")).toMatchObject({ kind: 'aspect', question: 'How much is the Harbour Fund?', confirms: true });
    expect(resolve(earlier, '即係100億，係咪？')).toMatchObject({ kind: 'aspect', confirms: true });
    expect(resolve(earlier, "so that's HK$1 billion, right?").confirms).toBeUndefined();
  });
  it('gives the scale a request for the earlier figure names, and none for a figure of its own', () => {
    const earlier = chat(['How much has the Harbour Fund approved for universities?', 'about HK$1.03 billion [1].']);
    expect(resolve(earlier, 'how much is that in HK$ million?').scale).toBe(1e6);
    expect(resolve(earlier, '即係幾多億？').scale).toBe(1e8);
    expect(resolve(earlier, 'sorry is that 10 billion or 1 billion').scale).toBeUndefined();
  });
  it('reads such a request that names the figure by its own noun ("that cap"), renders it, or asks "how many billion" as the earlier question again', () => {
    const earlier = chat(['How much has the Harbour Fund approved for universities?', 'about HK$1.03 billion [1].']);
    for (const followUp of ["what's that cap in millions of dollars?", 'Please render that sum in HK$ million.', "in english that's how many billion?", "what's that in petaflops?"]) {
      expect(resolve(earlier, followUp)).toMatchObject({ kind: 'aspect', question: 'How much has the Harbour Fund approved for universities?' });
    }
    // Two words of its own beside the unit ("the Lantern budget") name a thing.
    expect(resolve(earlier, "what's the Lantern budget in millions?").question).not.toBe('How much has the Harbour Fund approved for universities?');
  });
  it('reads 「咁X嗰個呢？」 as X swapped into the earlier question (and the pronoun after it as X), not 嗰個 as the earlier subject', () => {
    const swapped = resolve(chat(['海港實驗室幾時喺香港開咗個創新中心？', '2016 年 [1]。']), '咁山頂研究所嗰個呢');
    expect(swapped.kind).toBe('subject');
    expect(swapped.subject).toBe('山頂研究所');
    const after = resolve(chat(['海港實驗室幾時喺香港開咗個創新中心？', '2016 年 [1]。'], ['咁山頂研究所嗰個呢', '2018 年 [1]。']), '佢係同邊個機構合作成立');
    expect(after.question).toContain('山頂研究所');
  });
  it('takes a topic set out first in casual English ("harbour upgrade scheme wat\'s the max funding") as the subject, not a kind alone', () => {
    expect(subjectOf("harbour upgrade scheme wat's the max funding")).toBe('harbour upgrade scheme');
    expect(subjectOf('peak corporate venture fund brought in how much private investment')).toBe('peak corporate venture fund');
    expect(subjectOf('the scheme what is it')).toBeUndefined();
    const earlier = chat(["harbour upgrade scheme wat's the max funding", 'HK$250,000 [1].']);
    expect(resolve(earlier, 'how many companies r expected to benefit from it').question).toContain('harbour upgrade scheme');
  });
  it('takes a Cantonese possessive by classifier (「X個Y計劃」) as the thing owned, not after 「有個」', () => {
    expect(subjectOf('海港園個共同加速計劃係咩嚟㗎？')).toBe('共同加速計劃');
    expect(subjectOf('海港園有個搞機械人嘅中心，叫咩名？')).not.toBe('搞機械人嘅中心');
  });
  it('keeps a possession that is a named thing of its own ("hkstp\'s co-acceleration programme"), not the owner alone', () => {
    expect(subjectOf("what is harbourco's co-acceleration programme")).toBe("harbourco's co-acceleration programme");
    expect(subjectOf("What is ITIB's budget?")).toBe('ITIB');
  });
  it('never takes a cited document\'s title in the answer (「根據《…重點措施》」) as what 「呢個措施」 points at', () => {
    const earlier = chat(['海港標準合同，而家開放咗俾咩行業參與？', '根據《2030-31年度財政預算案 海港局相關重點措施》（2030-02-27，2030-31 年度）：「…開放予銀行業…」 [1]']);
    const read = resolve(earlier, '呢個措施最初係幾時推出㗎？');
    expect(read.question).not.toContain('重點措施');
    expect(read.subject).toBe('海港標準合同');
  });
});

describe('resolveFollowUp, round twenty-three: kinds read from dev-31 (people trying the chatbot)', () => {
  it('reads thanks or «understood» before a change of topic (「唔該晒。另外想問，…」「明白。換個題目，…」) as the change, and 唔該 as no pronoun', () => {
    const earlier = chat(['海港園同前海有咩合作？', '…[1]。']);
    expect(resolve(earlier, '唔該晒。另外想問，「海港IT識多啲」計劃增撥咗幾多錢？')).toMatchObject({ kind: 'standalone', question: '「海港IT識多啲」計劃增撥咗幾多錢？' });
    expect(resolve(earlier, '明白。換個題目，海港交通基金有幾多錢？')).toMatchObject({ kind: 'standalone', question: '海港交通基金有幾多錢？' });
  });
  it('does not take the asker saying who they are ("NGO worker here -") as the subject', () => {
    expect(subjectOf('NGO worker here - what did the 2031-32 budget do for AI?')).toBe('AI');
    expect(subjectOf("I'm a teacher, how much does the Harbour Lab get?")).toBe('the Harbour Lab');
  });
  it('reads «list them», 「請列出它們的名稱」, 「即係邊度？」 after a count as which the things counted are', () => {
    expect(resolve(chat(['海港市成立了多少所研發中心？', '六所 [1]。']), '請列出它們的名稱。')).toMatchObject({ kind: 'aspect', question: '海港市成立了哪些研發中心？' });
    expect(resolve(chat(['海港公司有幾多個創新園？', '三個 [1]。']), '即係邊度？').question).toBe('海港公司有邊啲創新園？');
    expect(resolve(chat(['How many Harbour clusters are there?', 'two [1].']), 'what are they?').question).toBe('Which Harbour clusters are there?');
    // Not after a question that counted nothing.
    expect(resolve(chat(['海港公司幾時成立？', '2001年 [1]。']), '即係邊度？').question).not.toMatch(/邊啲/);
  });
  it('takes the thing a which-kind question asked about, not who says it ("…, per HKSTP?"), for a following "it"', () => {
    const earlier = chat(['what new scheme came out of the 2031-32 budget, per Harbourco?', '根據…：「…推出「海港菁英培育計劃」…」 [1]']);
    expect(resolve(earlier, 'who is it meant for?').question).toContain('海港菁英培育計劃');
  });
  it('reads «is that figure in HK dollars?» and 「係咪人民幣？」 as the earlier question again (its answer says the currency)', () => {
    const earlier = chat(['How much has the Harbour Fund approved?', 'about 10.3億元人民幣 [1].']);
    expect(resolve(earlier, 'is that figure in HK dollars?')).toMatchObject({ kind: 'aspect', question: 'How much has the Harbour Fund approved?' });
    expect(resolve(earlier, '係咪人民幣？')).toMatchObject({ kind: 'aspect', question: 'How much has the Harbour Fund approved?' });
  });
  it('keeps lower-case words written before a capitalised name as part of it, not words of what is asked', () => {
    expect(subjectOf('whats the harbour city microelectronics R&D Institute')).toBe('the harbour city microelectronics R&D Institute');
    expect(subjectOf('what is the cost of the Harbour Lab?')).toBe('the Harbour Lab');
  });
  it('reads a name only as whose document it is ("In the ITIB estimates, what\'s X?") as the source, X the subject', () => {
    expect(subjectOf("in the HCB estimates, what's the harbour co-ordination block vote?")).toBe('the harbour co-ordination block vote');
    // A name that is all the question names stays its subject.
    expect(subjectOf("How many unicorns does HCB's press release say it supported?")).toBe('HCB');
  });
});

describe('resolveFollowUp, round twenty-three: what the subject involved, and who a scheme is for', () => {
  it('reads 「涉及的信貸金額呢？」 (a verb\'s relative clause, no owner) as that attribute of the earlier subject', () => {
    const earlier = chat(['「海港數據通」促成了多少宗貸款申請？', '約 5,000 宗 [1]。']);
    expect(resolve(earlier, '涉及的信貸金額呢？')).toMatchObject({ kind: 'aspect', question: '海港數據通涉及的信貸金額是多少？' });
    // A possessive naming its owner is still a question of its own.
    expect(resolve(earlier, '海港快的日均交易量呢？').question).not.toContain('海港數據通');
  });
  it('reads a question on who a scheme is for (「支援對象涵蓋多少所大學？」) as naming nothing of its own', () => {
    expect(namesNothingOwn('支援對象涵蓋多少所大學？')).toBe(true);
    expect(namesNothingOwn('海港科技園有多少所大學？')).toBe(false);
  });
});

describe('resolveFollowUp, round twenty-three: a one-word topic set in front, the former and the latter, going back to a topic', () => {
  it('reads "and harbourco, when did they set up here" as that question asked of the one word set in front', () => {
    const earlier = chat(['What did the Peak Institute open in Hong Kong?', 'an innovation node [1].']);
    expect(resolve(earlier, 'and harbourco, when did they set up here')).toMatchObject({ kind: 'pronoun', question: 'When did harbourco set up here?' });
    // A word of talk set in front is no topic.
    expect(resolve(earlier, 'sorry, when did they set up here').question).not.toMatch(/^When did sorry/);
  });
  it('reads 「前者」 / "the latter" as the first / last name the earlier answer quoted', () => {
    const earlier = chat(['海港局監督哪兩項資助計劃？', '根據《總目999》（2031-02）：「監督『海港資助計劃』(前稱『港口資助計劃』)及『海港加速計劃』的推行情況」 [1]']);
    expect(resolve(earlier, '前者以前叫甚麼名稱？')).toMatchObject({ kind: 'pronoun', question: '海港資助計劃以前叫甚麼名稱？' });
    expect(resolve(earlier, 'when did the latter start?').question).toBe('when did 海港加速計劃 start?');
  });
  it('reads 「返返去X嗰度，…」 / "going back to X, …" in the context of the turn that spoke of X, asked of its subject', () => {
    const earlier = chat(['海港園而家有幾多間AI公司？', '超過500間 [1]。'], ['咁生命健康科技嘅呢？', '超過300間 [1]。']);
    expect(resolve(earlier, '返返去AI嗰度，AI人才有幾多個？')).toMatchObject({ question: '海港園AI人才有幾多個？', subject: '海港園' });
  });
});

describe('resolveFollowUp, round twenty-three: a turn that named nothing of its own, read with its subject for the turns after it', () => {
  it('carries the subject through 「2031-32年的投影片說何時推出？」 so that 「《概況》的說法一樣嗎？」 asks the fact sheet of it', () => {
    const earlier = chat(['「海港數碼身份」平台預算約多少？', '2億元 [1]。'], ['2031-32年的投影片說何時推出？', '2032年年底 [1]。']);
    const read = resolve(earlier, '《概況》的說法一樣嗎？');
    expect(read.source?.kind).toBe('fact-sheet');
    expect(read.question).toContain('海港數碼身份');
    expect(read.question).not.toContain('投影片');
  });
});

describe('resolveFollowUp, round twenty-three: a count with no noun after its classifier', () => {
  it('reads 「咁首長級有幾多個？」 after 「…有幾多個職位？」 as counting those of that kind (「首長級職位有幾多個？」)', () => {
    const earlier = chat(['海港局總共有幾多個職位？', '79個 [1]。']);
    expect(resolve(earlier, '咁首長級有幾多個？').question).toContain('首長級職位有幾多個');
    // Not a change («多咗幾多項？») nor a verb's object.
    expect(resolve(chat(['海港通提供約多少項服務？', '約460項 [1]。']), '到2031-32預算案多咗幾多項？').question).not.toContain('多咗服務');
  });
});

describe('subjectOf, round twenty-three: a month of a year is when, not what', () => {
  it('does not take "as of feb 2031" or 「2031年2月」 as what a question is about', () => {
    expect(subjectOf('harbour pay registrations as of feb 2031?') ?? '').not.toMatch(/feb/i);
    expect(subjectOf('海港支付2031年2月有幾多個登記？') ?? '').not.toMatch(/2031年2月/);
    expect(subjectOf('How many Harbour Pay registrations as of Feb 2031?')).toBe('Harbour Pay');
  });
});

describe('resolveFollowUp, round twenty-three: what an independent review of the round\'s rules found', () => {
  it('reads no question word, year or plain word as a measure named alone', () => {
    const zh = chat(['海港園會帶嚟幾多投資？', '40億元 [1]。']);
    for (const followUp of ['點解？', '幾時？', '真係？']) expect(resolve(zh, followUp).question).not.toContain(`幾多${followUp.replace(/[？?]/, '')}`);
    expect(resolve(zh, '去年呢？').question).not.toContain('幾多去年');
    const en = chat(['How much private investment will the Harbour Park bring?', 'HK$4 billion [1].']);
    expect(resolve(en, 'And jobs?').question).toBe('How many jobs will the Harbour Park bring?');
    for (const followUp of ['In billions?', 'Details?', 'and the others?']) expect(resolve(en, followUp).question).not.toMatch(/^How many (?:In|Details|others)/);
  });
  it('reads a one-word opener ("Interesting, …", "Overall, …") as no topic set in front', () => {
    const earlier = chat(['How much is the Harbour Lab getting?', 'HK$3 billion [1].']);
    expect(resolve(earlier, 'Interesting, when will it open?').question).toContain('Harbour Lab');
    expect(resolve(earlier, 'Overall, how much did it cost?').subject ?? '').not.toBe('Overall');
  });
  it('keeps a body whose budget is asked as the subject ("What is the Harbourco budget?")', () => {
    expect(subjectOf('What is the Harbourco budget?')).toBe('the Harbourco');
  });
  it('ends a Chinese topic at 同時 and 同意 (only 合同, 相同 … are words)', () => {
    expect(subjectOf('海港園同時推出咩計劃？')).toBe('海港園');
  });
  it('goes back to a topic that is a name itself, and reads the turns after it in that context', () => {
    const findNamesWith: NameFinder = (text) => (text.includes('數碼港') ? [{ written: '數碼港', at: text.indexOf('數碼港'), kind: 'body', zh: ['數碼港'], en: ['Cyberport'] }] : []);
    const earlier = chat(['科技園同數碼港各有幾多間AI公司？', '500間、300間 [1]。'], ['咁生命健康科技呢？', '300間 [1]。']);
    expect(resolveFollowUp({ earlier, question: '返去數碼港嗰度，有幾多人才？', findNames: findNamesWith }).question).toContain('數碼港');
  });
  it('reads «總共幾多億？» and «in dollars per company?» as questions of their own, not the earlier figure again', () => {
    const earlier = chat(['每間企業最多可獲幾多資助？', '200萬元 [1]。']);
    expect(resolve(earlier, '總共幾多億？').question).not.toBe('每間企業最多可獲幾多資助？');
    const english = chat(['How much is the Harbour Scheme?', 'HK$1 billion [1].']);
    expect(resolve(english, 'How much is it in dollars per company?').question).not.toBe('How much is the Harbour Scheme?');
  });
  it('replaces both 「前者」 and 「後者」, and leaves "the former name of …" alone', () => {
    const earlier = chat(['海港局監督哪兩項計劃？', '根據…：「監督『海港基金』及『海港加速計劃』的推行情況」 [1]']);
    expect(resolve(earlier, '前者同後者邊個規模大啲？').question).toContain('海港基金同海港加速計劃');
    expect(resolve(earlier, 'What was the former name of the fund?').question).not.toContain('What was 海港基金');
  });
  it('does not carry the counted noun past a new subject or with the verb after it', () => {
    const earlier = chat(['海港園有幾多間初創企業進駐？', '100間 [1]。']);
    expect(resolve(earlier, '咁數碼港有幾多間？').question).not.toContain('數碼港初創企業進駐');
  });
});

describe('resolveFollowUp, round twenty-six: what people on phones and researchers ask', () => {
  it('reads "how much is the X scheme" in lower case as asking of X, and carries X into a Chinese follow-up naming only who gets each share', () => {
    expect(subjectOf('how much is the harbour acceleration scheme')).toBe('the harbour acceleration scheme');
    expect(subjectOf("how big's the harbour institute?")).toBe('the harbour institute');
    expect(subjectOf('how much is programme (4) getting in 2031-32?')).not.toMatch(/getting/);
    const earlier = chat(['how much is the harbour acceleration scheme', 'HK$10 billion [1].']);
    expect(resolve(earlier, '每間公司最多攞幾多').question).toMatch(/harbour acceleration scheme.*每間公司最多攞幾多/);
  });
});

describe('resolveFollowUp, round twenty-six: Chinese mixed with English words', () => {
  it('reads the topic of a Chinese question with English words spaced off (「海港企業身份 platform 預算幾多錢」) and carries it', () => {
    expect(subjectOf('海港企業身份 platform 預算幾多錢')).toBe('海港企業身份 platform');
    expect(subjectOf('hpay 每日平均幾多筆 transaction')).toBe('hpay');
    const earlier = chat(['海港企業身份 platform 預算幾多錢', '2億元 [1]。']);
    expect(resolve(earlier, '幾時推出').question).toContain('海港企業身份 platform');
  });
  it('strips a document named in English and its verb of saying before the topic (「2030-31 slides 話海港園…」)', () => {
    expect(subjectOf('2030-31 slides 話海港園會推咩新 programme')).toBe('海港園');
  });
  it('reads the topic after a year and the budget named in English, up to a spaced 個, without an English verb and its aspect marker', () => {
    expect(subjectOf('2030-31 budget harbour ai scheme 幾多錢')).toBe('harbour ai scheme');
    expect(subjectOf('2030-31 slides 話 harbour ai scheme approve 咗幾多個 project')).toBe('harbour ai scheme');
    expect(subjectOf('沙灣 data park 個 project 去到邊')).toBe('沙灣 data park');
    // A name in Latin letters alone is the topic; a time word before a year is not.
    expect(subjectOf('新聞稿講嘅HARBOURPOLE係咩嚟㗎？')).toBe('HARBOURPOLE');
    expect(subjectOf('到2030年底投資了多少家初創？')).not.toBe('到');
  });
  it('reads 人 of 人口 as part of the word, not a classifier to swap a noun after', () => {
    expect(resolve(chat(['海港網絡覆蓋幾多人口', '超過90% [1]。']), '咁海港熱點呢').question).not.toMatch(/幾多人海港熱點/);
  });
});

describe('resolveFollowUp, round twenty-six: the total of the last two figures', () => {
  const two = chat(['How much went to the Harbour Lab?', 'HK$100 million [1].'], ['and to the Peak Institute?', 'HK$134 million [1].']);
  it('reads "what\'s the total for the two?", "add them up", 「兩個加埋幾多？」 as the two figures added', () => {
    for (const asked of ["what's the total for the two?", 'add them up', 'how much is that altogether?']) {
      expect(resolve(two, asked).comparison, asked).toMatchObject({ sum: true, between: [{ question: 'How much went to the Harbour Lab?' }, { question: expect.stringMatching(/Peak Institute/) }] });
    }
    const zh = chat(['海港實驗室撥咗幾多錢？', '1億元 [1]。'], ['山頂研究所呢？', '1億3,400萬元 [1]。']);
    expect(resolve(zh, '兩個加埋幾多？').comparison).toMatchObject({ sum: true });
  });
  it('does not read a total with a third thing, a figure or a multiple of its own as the two added', () => {
    expect(resolve(two, "together with the Harbour Fund, what's the combined total?").comparison?.sum).toBeUndefined();
    expect(resolve(two, 'what is the total for the two in 2030-31?').comparison?.sum).toBeUndefined();
    expect(resolve(chat(['海港實驗室撥咗幾多錢？', '1億元 [1]。'], ['山頂研究所呢？', '2億元 [1]。']), '連同「海港基金」，合共有多少？').comparison?.sum).toBeUndefined();
  });
});

describe('resolveFollowUp, round twenty-six: comparisons analysts ask', () => {
  it('reads "by what percentage is that up on X?" as the size of the change, not a yes or no', () => {
    const earlier = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$12 million [1].']);
    expect(resolve(earlier, 'By what percentage is that up on the 2030-31 revised estimate?').comparison).toMatchObject({ relation: 'more', difference: true, percent: true, year: '2030-31' });
    expect(resolve(earlier, 'Is that up on the 2030-31 revised estimate?').comparison?.difference).toBeUndefined();
  });
  it('sets two sums side by side past a turn between them that asked another kind of figure', () => {
    const turns = chat(['How much went to the Harbour Lab?', 'HK$3 billion [1].'], ['over how many years?', '3 years [1].'], ['and to the Peak Institute?', 'HK$1 billion [1].']);
    expect(resolve(turns, 'how many times bigger is the first?').comparison).toMatchObject({ ratio: true, between: [{ question: 'How much went to the Harbour Lab?' }, { question: expect.stringMatching(/Peak Institute/) }] });
    expect(resolve(turns, 'which is bigger?').comparison?.between?.[0]?.question).toBe('How much went to the Harbour Lab?');
    // (With the turn between of the same kind, it is the one compared.)
    const sums = chat(['How much went to the Harbour Lab?', 'HK$3 billion [1].'], ['and its running cost?', 'HK$2 billion [1].'], ['and to the Peak Institute?', 'HK$1 billion [1].']);
    expect(resolve(sums, 'which is bigger?').comparison?.between?.[0]?.question).not.toBe('How much went to the Harbour Lab?');
  });
  it('reads the year of one of two figures as pointing at it ("how much higher is the 2031-32 figure?")', () => {
    const years = chat(['What is the 2031-32 estimate for programme (4)?', 'HK$24.3 million [1].'], ['and the 2029-30 actual?', 'HK$20.4 million [1].']);
    expect(resolve(years, 'so how much higher is the 2031-32 figure, in HK$ million?').comparison).toMatchObject({ relation: 'more', difference: true, focus: 0 });
    expect(resolve(years, 'how much lower is the 2029-30 figure?').comparison).toMatchObject({ relation: 'less', difference: true, focus: 1 });
    // A year neither side was asked of is a comparison with that year, not between the two.
    expect(resolve(years, 'how much higher is the 2027-28 figure?').comparison?.between).toBeUndefined();
  });
});

describe('resolveFollowUp, round twenty-six: a count asked again in a scale', () => {
  it('reads 「即是大約幾萬個？」 as the earlier question, its figure asked in ten thousands', () => {
    const earlier = chat(['How many hotspots does the Harbour Lab run?', 'about 42,000 [1].']);
    expect(resolve(earlier, '即是大約幾萬個？')).toMatchObject({ question: 'How many hotspots does the Harbour Lab run?', scale: 1e4 });
    expect(resolve(chat(['海港實驗室有幾多個熱點？', '約42,000個 [1]。']), '即係幾萬個？')).toMatchObject({ question: '海港實驗室有幾多個熱點？', scale: 1e4 });
  });
});

describe('resolveFollowUp, round twenty-six: the Estimates\' columns set against each other', () => {
  it('reads a Chinese question opening with a column and setting it against another as naming nothing of its own', () => {
    expect(namesNothingOwn('修訂預算比原來預算少了多少百萬元？', findNames)).toBe(true);
    expect(namesNothingOwn('2031-32年度預算相對2030-31年度原來預算的變動百分比是多少？', findNames)).toBe(true);
    // A row named first is its own subject.
    expect(namesNothingOwn('海港工程預算比原來預算少了多少？', findNames)).toBe(false);
  });
  it('writes a numbered item in the other language as the Estimates do', () => {
    expect(numberedInScript('programme (2)', true)).toBe('綱領(2)');
    expect(numberedInScript('Head 135', true)).toBe('總目135');
    expect(numberedInScript('分目697', false)).toBe('subhead 697');
    expect(numberedInScript('the Harbour Lab', true)).toBeUndefined();
  });
});

describe('subjectOf, round twenty-six: a named owner\'s thing in chat', () => {
  it('reads a known name right before a thing of a named kind, with or without its possessive, as that thing', () => {
    expect(subjectOf('harbour lab corporate venture fund brought in how much private investment', findNames)).toBe('Harbour Lab corporate venture fund');
    // Words of grammar between them make no name.
    expect(subjectOf('Does the Harbour Lab have an incubation programme?', findNames)).not.toMatch(/have an/);
  });
});

describe('resolveFollowUp, round twenty-six: what an independent review of the round\'s rules found', () => {
  const two = chat(['海港實驗室撥咗幾多錢？', '10億元 [1]。'], ['山頂研究所呢？', '30億元 [1]。']);
  it('adds the last two only when the whole question asks their total, not a total of something named or of the whole scheme', () => {
    expect(resolve(two, '海港基金一共有幾多錢？').comparison?.sum).toBeUndefined();
    expect(resolve(two, '咁成個計劃總共有幾多錢？').comparison?.sum).toBeUndefined();
    expect(resolve(two, '呢兩個計劃總共有幾多個項目？').comparison?.sum).toBeUndefined();
    const en = chat(['How much went to the Harbour Lab?', 'HK$1 billion [1].'], ['and to the Peak Institute?', 'HK$3 billion [1].']);
    expect(resolve(en, 'How much in total?').comparison?.sum).toBeUndefined();
    expect(resolve(en, 'What is the combined total earmarked for harbour technology?').comparison?.sum).toBeUndefined();
  });
  it('does not read a comparison in a first sentence when the sentence after it asks something else (「有咩原因？」)', () => {
    const earlier = chat(['綱領(4)2031-32年度預算係幾多？', '1,200萬元 [1]。']);
    expect(resolve(earlier, '同2029-30實際比呢？有咩原因？').comparison).toBeUndefined();
    expect(resolve(earlier, '同2029-30實際比呢？多幾多？').comparison).toMatchObject({ difference: true });
  });
  it('reads a known name before a thing of a named kind without its possessive only when it opens the question', () => {
    expect(subjectOf('Did the Harbour Lab launch new incubation programmes?', findNames)).not.toMatch(/launch/);
  });
  it('sets the asker\'s opener aside before a topic of mixed words (「我想問 harbour ai scheme 幾多錢」)', () => {
    expect(subjectOf('我想問 harbour ai scheme 幾多錢')).toBe('harbour ai scheme');
  });
});

