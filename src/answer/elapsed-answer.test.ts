import { describe, expect, it } from 'vitest';
import { monthOfYear, splitElapsed, timeBetween } from './elapsed-answer.js';

describe('the time between two dated events', () => {
  it('splits a question into its two events, each asked as a when-question', () => {
    // The event asked second starts at the last auxiliary: "was" belongs to the first event.
    expect(splitElapsed('How many years after HKSTP was founded did its Shenzhen branch start operating?')).toEqual({
      events: ['HKSTP was founded', 'its Shenzhen branch start operating'],
      questions: ['When HKSTP was founded?', 'When did its Shenzhen branch start operating?'],
      unit: 'year',
    });
    expect(splitElapsed('How long was it between the memorandum and the opening of the institute?')?.events).toEqual(['the memorandum', 'the opening of the institute']);
    expect(splitElapsed('How long did it take from the announcement to the launch?')?.unit).toBeUndefined();
    expect(splitElapsed('中科院簽署備忘錄之後幾多個月，香港創新研究院先成立？')).toEqual({
      events: ['中科院簽署備忘錄', '香港創新研究院先成立'],
      questions: ['中科院簽署備忘錄是甚麼時候？', '香港創新研究院先成立是甚麼時候？'],
      unit: 'month',
    });
    expect(splitElapsed('由計劃公布到計劃推出相隔多久？')?.events).toEqual(['計劃公布', '計劃推出']);
    // … with a comma after 以後: 「A以後，隔了多久才B？」.
    expect(splitElapsed('海港計劃推出以後，隔了多久才簽署合作安排？')?.events).toEqual(['海港計劃推出', '簽署合作安排']);
    // An event named by a pronoun, a bare verb or a year cannot be dated; 最後, 之後 and 「幾年內」 ask no gap between two events.
    expect(splitElapsed('How long after applying do companies get the subsidy?')).toBeUndefined();
    expect(splitElapsed('How long after it opened did the centre get funding?')).toBeUndefined();
    expect(splitElapsed('最後幾年撥款幾多？')).toBeUndefined();
    expect(splitElapsed('之後幾年會點發展？')).toBeUndefined();
    expect(splitElapsed('落成後幾年內可以收回成本？')).toBeUndefined();
    // A duration of one thing is no time between two.
    expect(splitElapsed('How long is the scheme?')).toBeUndefined();
    expect(splitElapsed('計劃為期多久？')).toBeUndefined();
  });

  it('reads the year and month a date states, in either language', () => {
    expect(monthOfYear('2023 年 6 月')).toEqual({ year: 2023, month: 6 });
    expect(monthOfYear('二零一九年四月')).toEqual({ year: 2019, month: 4 });
    expect(monthOfYear('June 2023')).toEqual({ year: 2023, month: 6 });
    expect(monthOfYear('2001')).toEqual({ year: 2001 });
    expect(monthOfYear('this year')).toBeUndefined();
  });

  it('counts months when both dates give them and the gap is short, years otherwise, approximate without months', () => {
    expect(timeBetween({ year: 2018, month: 11 }, { year: 2019, month: 4 })).toEqual({ value: 5, unit: 'month', approximate: false });
    // Under a year is stated in months even when years are asked; years are rounded.
    expect(timeBetween({ year: 2018, month: 11 }, { year: 2019, month: 4 }, 'year')).toEqual({ value: 5, unit: 'month', approximate: false });
    expect(timeBetween({ year: 2019, month: 4 }, { year: 2024, month: 12 })).toEqual({ value: 6, unit: 'year', approximate: true });
    expect(timeBetween({ year: 2001 }, { year: 2023, month: 6 })).toEqual({ value: 22, unit: 'year', approximate: true });
    expect(timeBetween({ year: 2020, month: 3 }, { year: 2024, month: 3 })).toEqual({ value: 4, unit: 'year', approximate: false });
  });
});
