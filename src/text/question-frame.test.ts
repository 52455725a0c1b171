import { describe, expect, it } from 'vitest';
import { askingSentenceStart, laterPremiseEnd, premiseEnd, QUESTION_FRAME_TERMS, withoutAskerPreface, withoutFramePhrases, withoutRequestFrame } from './question-frame.js';

describe('withoutAskerPreface', () => {
  it('takes off a greeting and the asker saying who they are or what they are doing, when it names nothing', () => {
    expect(withoutAskerPreface('Hi, I work for a district councillor. How many start-ups does the harbour have?')).toBe('How many start-ups does the harbour have?');
    expect(withoutAskerPreface('retired engineer here - how much is the harbour fund?')).toBe('how much is the harbour fund?');
    expect(withoutAskerPreface('你好，我係中學老師。海港有幾多間初創企業？')).toBe('海港有幾多間初創企業？');
    expect(withoutAskerPreface("I'm a secondary school teacher. What is the harbour fund for?")).toBe('What is the harbour fund for?');
    expect(withoutAskerPreface("I'm doing some research. What is the harbour fund for?")).toBe('What is the harbour fund for?');
    expect(withoutAskerPreface('我做緊研究，想知海港綱領(1)嘅預算係幾多？')).toBe('想知海港綱領(1)嘅預算係幾多？');
    expect(withoutAskerPreface('Hi, how many start-ups?')).toBe('how many start-ups?');
    // A comma may end the preface as a full stop does.
    expect(withoutAskerPreface("I'm a teacher, how many start-ups does the harbour have?")).toBe('how many start-ups does the harbour have?');
  });
  it('keeps a preface that names what is asked about, or one with nothing asked after it', () => {
    expect(withoutAskerPreface("I'm reading about Harbour Lab. How many firms are there?")).toBe("I'm reading about Harbour Lab. How many firms are there?");
    expect(withoutAskerPreface('I work in IT - is the harbour fund open to SMEs?')).toBe('I work in IT - is the harbour fund open to SMEs?');
    expect(withoutAskerPreface('I work for a councillor.')).toBe('I work for a councillor.');
    // What the asker does or looks at may name what is asked about: kept.
    expect(withoutAskerPreface('i run a small production line business. what is the maximum subsidy?')).toBe('i run a small production line business. what is the maximum subsidy?');
    expect(withoutAskerPreface("i'm also curious about the harbour research scheme. how much was earmarked?")).toBe("i'm also curious about the harbour research scheme. how much was earmarked?");
    expect(withoutAskerPreface('我哋係喺海港營運生產線嘅廠商，政府最高資助幾多？')).toBe('我哋係喺海港營運生產線嘅廠商，政府最高資助幾多？');
    expect(withoutAskerPreface('想同學生講下天文，海港有冇份參與登月？')).toBe('想同學生講下天文，海港有冇份參與登月？');
  });
});

describe('question frame', () => {
  it('reads framing phrases as the plain question they ask', () => {
    expect(withoutFramePhrases('Which part of Hong Kong is the park in?')).toBe('where is the park in?');
    expect(withoutFramePhrases('How long has the corporation been around?')).toBe('since when has the corporation been established?');
    expect(withoutFramePhrases('「轉數快」到底是甚麼？')).toBe('「轉數快」是甚麼？');
    // A question without them is left as it is.
    expect(withoutFramePhrases('Which part of the fund goes to start-ups?')).toBe('Which part of the fund goes to start-ups?');
  });

  it('reads a request drafted for others as the question it asks', () => {
    // The preface of staff drafting a reply says why the fact is wanted, not which fact.
    expect(withoutRequestFrame('For the purpose of a draft reply to a Legislative Council question, please confirm the change in the estimate for 2025-26.')).toBe('what is the change in the estimate for 2025-26.');
    expect(withoutRequestFrame("I'm preparing a reply to a media enquiry. How much is the fund?")).toBe('How much is the fund?');
    expect(withoutRequestFrame('For a draft reply to a LegCo question: what is the 2025-26 estimate?')).toBe('what is the 2025-26 estimate?');
    expect(withoutRequestFrame('為草擬立法會質詢的回覆，請確認綱領(2)的預算。')).toBe('綱領(2)的預算。');
    expect(withoutRequestFrame('Could you please confirm whether the fund is HK$10 billion?')).toBe('whether the fund is HK$10 billion?');
    expect(withoutRequestFrame('請確認是否已成立該基金？')).toBe('是否已成立該基金？');
    expect(withoutRequestFrame('Tell me if the fund is HK$10 billion.')).toBe('whether the fund is HK$10 billion.');
    expect(withoutRequestFrame('Please confirm: how much is the fund?')).toBe('how much is the fund?');
    // A clause that is no drafting preface, a request about a topic, and a plain question stay as they are.
    expect(withoutRequestFrame('For a response to the pandemic, how much was spent?')).toBe('For a response to the pandemic, how much was spent?');
    expect(withoutRequestFrame('Tell me about Cyberport')).toBe('Tell me about Cyberport');
    expect(withoutRequestFrame('請問數碼港有幾多間公司？')).toBe('請問數碼港有幾多間公司？');
    // A preface alone is the question.
    expect(withoutRequestFrame('For a reply to a LegCo question.')).toBe('For a reply to a LegCo question.');
  });

  it('ends a premise clause that reports a document when the asking part moves the time on', () => {
    const said = 'The 2025-26 slides said 20 ha go to HKSTP — what is that project now called?';
    expect(laterPremiseEnd(said)).toBe(said.indexOf('what'));
    const zh = '2025-26年度預算案提到新田用地，後來定名為甚麼項目？';
    expect(laterPremiseEnd(zh)).toBe(zh.indexOf('後來'));
    // "According to X," names the source asked, and reports nothing.
    expect(laterPremiseEnd("According to HKSTP's 2026 release, does it now host more than 2,000 companies?")).toBe(0);
    // Without "now" or "later" the time asked is the premise's.
    expect(laterPremiseEnd('The 2025-26 slides said 20 ha go to HKSTP — who will develop it?')).toBe(0);
  });

  it('reads "which area is X in" as where X is', () => {
    expect(withoutFramePhrases('Which area is Hong Kong Science Park in?')).toBe('where is Hong Kong Science Park in?');
    expect(withoutFramePhrases('Which area of technology is it in?')).toBe('Which area of technology is it in?');
    expect(withoutFramePhrases('Which area are the companies working in?')).toBe('Which area are the companies working in?');
  });

  it('knows the words that only frame a question, and where the asking sentence starts', () => {
    expect(QUESTION_FRAME_TERMS.has('percentag')).toBe(true);
    expect(QUESTION_FRAME_TERMS.has('幾時')).toBe(false);
    // A verb of receiving money (獲撥, 攞到) frames an amount question, as 花 does; it is folded to Simplified like every term.
    expect(QUESTION_FRAME_TERMS.has('获拨')).toBe(true);
    expect(QUESTION_FRAME_TERMS.has('獲撥')).toBe(false);
    expect(askingSentenceStart('The fact sheet said 1,600. How many now?')).toBe('The fact sheet said 1,600.'.length);
    expect(askingSentenceStart('How many now?')).toBe(0);
  });

  it('ends a premise where the asking sentence starts, unless an earlier sentence asks too', () => {
    expect(premiseEnd('It opened in Dec 2024. What will it reach?')).toBe('It opened in Dec 2024.'.length);
    expect(premiseEnd('概況說中心於2024年12月啟用。算力會達到多少？')).toBe('概況說中心於2024年12月啟用。'.length);
    expect(premiseEnd('When did it open? How much did it cost?')).toBe(0);
    expect(premiseEnd('What will it reach?')).toBe(0);
  });
});
