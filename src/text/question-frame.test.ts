import { describe, expect, it } from 'vitest';
import { askingSentenceStart, QUESTION_FRAME_TERMS, withoutFramePhrases } from './question-frame.js';

describe('question frame', () => {
  it('reads framing phrases as the plain question they ask', () => {
    expect(withoutFramePhrases('Which part of Hong Kong is the park in?')).toBe('where is the park in?');
    expect(withoutFramePhrases('How long has the corporation been around?')).toBe('since when has the corporation been established?');
    expect(withoutFramePhrases('「轉數快」到底是甚麼？')).toBe('「轉數快」是甚麼？');
    // A question without them is left as it is.
    expect(withoutFramePhrases('Which part of the fund goes to start-ups?')).toBe('Which part of the fund goes to start-ups?');
  });

  it('knows the words that only frame a question, and where the asking sentence starts', () => {
    expect(QUESTION_FRAME_TERMS.has('percentag')).toBe(true);
    expect(QUESTION_FRAME_TERMS.has('幾時')).toBe(false);
    expect(askingSentenceStart('The fact sheet said 1,600. How many now?')).toBe('The fact sheet said 1,600.'.length);
    expect(askingSentenceStart('How many now?')).toBe(0);
  });
});
