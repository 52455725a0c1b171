import { describe, expect, it } from 'vitest';
import { askedShortForm, fullNameOf } from './short-form-answer.js';

describe('questions that ask what a short form stands for', () => {
  it.each([
    ['What does HSITP stand for?', 'HSITP'],
    ['what does “CorpID” mean', 'CorpID'],
    ['What is the full name of UGC?', 'UGC'],
    ['What is R&D short for?', 'R&D'],
    ["What's HSITP short for?", 'HSITP'],
    ['教資會是甚麼的簡稱？', '教資會'],
    ['GBA係咩嘅縮寫？', 'GBA'],
    ['「港深創科園」的全稱是甚麼？', '港深創科園'],
  ])('%s → %s', (question, short) => expect(askedShortForm(question)).toBe(short));

  it('leaves other questions alone', () => {
    expect(askedShortForm('What does the Digital Policy Office do?')).toBeUndefined();
    expect(askedShortForm('How much for the AI institute?')).toBeUndefined();
  });

  it('finds the full name exactly, then ignoring case, and nothing for a short form no document defines', () => {
    const forms = new Map([['HSITP', 'Hong Kong-Shenzhen I&T Park'], ['教資會', '教育資助委員會']]);
    expect(fullNameOf('HSITP', forms)).toEqual({ short: 'HSITP', full: 'Hong Kong-Shenzhen I&T Park' });
    expect(fullNameOf('hsitp', forms)).toEqual({ short: 'HSITP', full: 'Hong Kong-Shenzhen I&T Park' });
    expect(fullNameOf('WIPO', forms)).toBeUndefined();
  });
});
