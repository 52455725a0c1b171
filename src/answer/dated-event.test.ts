import { describe, expect, it } from 'vitest';
import { asksFigureAtPastEvent, asksWhatCameOfIt, asksWhenItHappened, datesAnotherEventKind, datesPlan } from './dated-event.js';

const at = (sentence: string, date: string) => sentence.indexOf(date);
/** What the answerer asks of a date: the question asks when a thing happened, and the date is a plan's. */
const datesPlanForPastEvent = (question: string, sentence: string, at: number) => asksWhenItHappened(question) && datesPlan(sentence, at, asksWhatCameOfIt(question));

describe('a date dates the event of its own clause', () => {
  it('a question about setting something up is not answered by the date works complete', () => {
    const sentence = '由 2025 年起分階段完成香港科學園和數碼港的擴建工程，提供額外樓面面積。';
    expect(datesAnotherEventKind('數碼港是哪一年成立的？', sentence, at(sentence, '2025 年'))).toBe(true);
    expect(datesAnotherEventKind('When will the extension be completed?', sentence, at(sentence, '2025 年'))).toBe(false);
  });

  it('the end of a scheme is not dated by its launch; "by the end of" is a date, no event', () => {
    const launched = 'Launched the Harbour Acceleration Scheme last year';
    expect(datesAnotherEventKind('When does the Harbour Acceleration Scheme end?', launched, at(launched, 'last year'))).toBe(true);
    expect(datesAnotherEventKind('海港加速計劃幾時結束？', '去年推出海港加速計劃', at('去年推出海港加速計劃', '去年'))).toBe(true);
    const ends = 'The Harbour Acceleration Scheme will end in March 2031';
    expect(datesAnotherEventKind('When does the Harbour Acceleration Scheme end?', ends, at(ends, 'March 2031'))).toBe(false);
    // A study or procedure ends when it is completed.
    const study = 'The master planning study will be completed in the third quarter of this year';
    expect(datesAnotherEventKind('When will the harbour master planning study end?', study, at(study, 'the third quarter'))).toBe(false);
    const rollOut = 'The platform will be rolled out by the end of next year';
    expect(datesAnotherEventKind('When will the platform be rolled out?', rollOut, at(rollOut, 'next year'))).toBe(false);
  });
  it('a sale is not dated by the clause before it that dates the rezoning', () => {
    const sentence = '10公頃土地的改劃程序預計可在年中完成，正積極籌備把土地推出市場';
    expect(datesAnotherEventKind('塊地幾時賣？', sentence, at(sentence, '年中'))).toBe(true);
    expect(datesAnotherEventKind('改劃幾時完成？', sentence, at(sentence, '年中'))).toBe(false);
  });

  it('starting to operate is opening, and "start" alone names no event', () => {
    const sentence = '香港科學園深圳分園於 2023 年 6 月起投入運作';
    expect(datesAnotherEventKind('深圳分園幾時開始運作？', sentence, at(sentence, '2023'))).toBe(false);
    const handover = '當中20公頃用地將於2026 / 27年起陸續交由科技園公司發展和營運';
    expect(datesAnotherEventKind('新田嗰20公頃地幾時開始交俾科技園公司？', handover, at(handover, '2026'))).toBe(false);
  });

  it('an agreement is dated by its signing; an institute opens when it is set up, but a facility opening dates no founding', () => {
    const signed = '中國科學院與香港特區政府於 2018 年 11 月簽署《關於中國科學院在香港設立院屬機構的備忘錄》';
    expect(datesAnotherEventKind('When was the CAS memorandum signed?', signed, at(signed, '2018'))).toBe(false);
    const founded = '中國科學院香港創新研究院於 2019 年 4 月在香港成立';
    expect(datesAnotherEventKind('When was the CAS memorandum signed?', founded, at(founded, '2019'))).toBe(true);
    expect(datesAnotherEventKind('When did the institute open?', founded, at(founded, '2019'))).toBe(false);
    // … and so does a body asked by its short form, when its full name says it is an office or an institute.
    expect(datesAnotherEventKind('When did the HHO start operating?', founded, at(founded, '2019'))).toBe(true);
    expect(datesAnotherEventKind('When did the HHO start operating?', founded, at(founded, '2019'), ['Harbour Hub Office', 'HHO'])).toBe(false);
    const opened = '數碼港人工智能超算中心首階段設施於 2024 年 12 月啓用';
    expect(datesAnotherEventKind('數碼港是哪一年成立的？', opened, at(opened, '2024'))).toBe(true);
  });

  it('a capacity ramped up or raised (提升至) is growth, not the opening of the thing', () => {
    const sentence = 'the computing power will be ramped up gradually to 3 000 petaFLOPS this year';
    expect(datesAnotherEventKind('When did the supercomputing centre open?', sentence, at(sentence, 'this year'))).toBe(true);
    expect(datesAnotherEventKind('When will the computing power be ramped up to 3,000 petaFLOPS?', sentence, at(sentence, 'this year'))).toBe(false);
    // "When did it start being used?", 「幾時開始用」 asks its opening too.
    const chinese = '首階段設施已投入服務，運算速度會在今年內逐步提升至每秒浮點運算 3 000千萬億次';
    expect(datesAnotherEventKind('超算中心第一期幾時開始用㗎？', chinese, at(chinese, '今年內'))).toBe(true);
    expect(datesAnotherEventKind('When did the first phase start being used?', sentence, at(sentence, 'this year'))).toBe(true);
  });

  it('a date something stood at (截至, as at) dates no event', () => {
    const sentence = '截至 2025 年 2 月，「轉數快」註冊量達 1,622 萬；';
    expect(datesAnotherEventKind('转数快是哪一年推出的？', sentence, at(sentence, '2025'))).toBe(true);
    expect(datesAnotherEventKind('轉數快有幾多人登記？', sentence, at(sentence, '2025'))).toBe(false);
  });

  it('building work starting is not dated by a publication, nor a closing date by a launch; a body opening for business was set up', () => {
    const publish = 'The target is to publish it within this year';
    expect(datesAnotherEventKind('When will building work start on the bridge?', publish, at(publish, 'this year'))).toBe(true);
    const launch = '今年內推出「支援計劃」';
    expect(datesAnotherEventKind('計劃幾時截止報名？', launch, at(launch, '今年內'))).toBe(true);
    const founded = '辦公室於 2024 年 7 月正式成立';
    expect(datesAnotherEventKind('When did the office open for business?', founded, at(founded, '2024'))).toBe(false);
  });

  it('says nothing when the question or the clause names no event', () => {
    const sentence = '計劃預計在今年第三季完成';
    expect(datesAnotherEventKind('What is the timeline?', sentence, at(sentence, '今年'))).toBe(false);
    const meeting = '會議於 2024 年 5 月舉行';
    expect(datesAnotherEventKind('When was it set up?', meeting, at(meeting, '2024'))).toBe(false);
  });

  it('equipment assembled or installed is fitted, not set up; a facility that came into service opened', () => {
    const fitted = '示範研究所：兩條生產線的設備年內會在示範中心組裝，明年投入運作';
    expect(datesAnotherEventKind('示範研究所幾時成立？', fitted, at(fitted, '年內'))).toBe(true);
    const inService = 'The first phase of the Example Centre came into service in March 2031';
    expect(datesAnotherEventKind('When did the Example Centre open?', inService, at(inService, 'March'))).toBe(false);
  });
});

describe('the date of a plan does not say when a thing happened', () => {
  it('"when was it actually set up?", 「結果幾時成立？」, "which month was it set up?" are not answered by "will be set up this year"', () => {
    const planned = 'The Example Institute will be set up this year';
    expect(datesPlanForPastEvent('When was the Example Institute actually set up?', planned, at(planned, 'this year'))).toBe(true);
    expect(datesPlanForPastEvent('Which month was the Example Institute set up?', planned, at(planned, 'this year'))).toBe(true);
    const plannedZh = '示範研究院預計年內成立';
    expect(datesPlanForPastEvent('示範研究院結果係幾時成立？', plannedZh, at(plannedZh, '年內'))).toBe(true);
    // A date of the thing done answers; a question about the plan is answered by the plan's date; a scheme's name (「…計劃」) is no plan.
    const done = '示範研究院於 2031 年 9 月成立';
    expect(datesPlanForPastEvent('示範研究院結果係幾時成立？', done, at(done, '2031'))).toBe(false);
    expect(datesPlanForPastEvent('When will the Example Institute be set up?', planned, at(planned, 'this year'))).toBe(false);
    expect(datesPlanForPastEvent("When did the slides say the Example Institute'd be set up?", planned, at(planned, 'this year'))).toBe(false);
    // A measure a document lists for "within this year" (「今年內成立X」, "set up X later this year") is a plan, set aside when the
    // question asks what came of it: Cantonese 「實際係幾時…㗎？」, 「實際是何時…？」, "actually"; a plain "when" may be answered by it.
    const listed = '今年內成立『示範研究院』，專注支援研發';
    expect(datesPlanForPastEvent('示範研究院實際係幾時成立㗎？', listed, at(listed, '今年內'))).toBe(true);
    expect(datesPlanForPastEvent('示範研究院实际是何时成立？', listed, at(listed, '今年內'))).toBe(true);
    expect(datesPlanForPastEvent('示範研究院係幾時成立㗎？', listed, at(listed, '今年內'))).toBe(false);
    const listedEn = 'Set up the Example Institute later this year';
    expect(datesPlanForPastEvent('When was the Example Institute actually set up?', listedEn, at(listedEn, 'later'))).toBe(true);
    expect(datesPlanForPastEvent('When was the Example Institute set up?', listedEn, at(listedEn, 'later'))).toBe(false);
    // … but not a question about the plan: "when was it meant to come out?".
    expect(datesPlanForPastEvent('When was the Example report meant to come out?', 'The target is to publish it within this year', 26)).toBe(false);
    expect(datesPlanForPastEvent('when was the government planning to go to the council for the money?', 'will seek approval from the council in the middle of this year', 42)).toBe(false);
    const scheme = '2031 年 9 月推出「示範資助計劃」';
    expect(datesPlanForPastEvent('「示範資助計劃」是何時推出的？', scheme, at(scheme, '2031'))).toBe(false);
  });
});

describe('a question about the plan, not the event', () => {
  it('"when was it supposed to be done", 「原定幾時完成」 ask the planned date; "when was it done" asks the event', () => {
    expect(asksWhenItHappened('when were the first harbour buildings supposed to be done?')).toBe(false);
    expect(asksWhenItHappened('When was the harbour lab meant to open?')).toBe(false);
    expect(asksWhenItHappened('海港大樓原定幾時落成？')).toBe(false);
    expect(asksWhenItHappened('When were the first harbour buildings completed?')).toBe(true);
  });
});

describe('a figure asked as it stood at a past event', () => {
  it('"what did it launch with", "when its first phase opened", 「啟用時」 ask the figure then; a plan\'s figure is no answer', () => {
    expect(asksFigureAtPastEvent('What computing power did the harbour centre launch with?')).toBe(true);
    expect(asksFigureAtPastEvent('How many seats did the harbour hall have when it first opened?')).toBe(true);
    expect(asksFigureAtPastEvent('海港中心啟用時的運算能力是多少？')).toBe(true);
    expect(asksFigureAtPastEvent('How fast will the harbour centre be this year?')).toBe(false);
    // … and a figure as it stands now ("right now", 「而家」), which a plan's figure is not either.
    expect(asksFigureAtPastEvent('what computing power does the harbour centre have right now')).toBe(true);
    expect(asksFigureAtPastEvent('海港中心而家嘅運算能力係幾多？')).toBe(true);
    expect(asksFigureAtPastEvent('What will the harbour centre have at present rates by next year?')).toBe(false);
    const sentence = 'the computing power will be ramped up gradually to 3 000 petaFLOPS this year';
    expect(datesPlan(sentence, sentence.indexOf('3 000'))).toBe(true);
  });
});
