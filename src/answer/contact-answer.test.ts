import { describe, expect, it } from 'vitest';
import { pressContactIn } from './contact-answer.js';

describe("a press release's media contact line", () => {
  it('gives the contact, telephone and e-mail in Chinese, the lines run together', () => {
    expect(pressContactIn('更多詳情，請瀏覽網站。傳媒查詢，請聯絡：某某機構陳大文電話：+852 2123 4567電郵：tm.chan@example.org')).toMatchObject({
      contact: '某某機構陳大文',
      telephone: '+852 2123 4567',
      email: 'tm.chan@example.org',
    });
  });

  it('gives the contact in English, without an e-mail', () => {
    expect(pressContactIn('Media enquiries: Ms Jane Wong, Tel: 2345 6789')).toMatchObject({ contact: 'Ms Jane Wong', telephone: '2345 6789' });
    expect(pressContactIn('Media enquiries: Ms Jane Wong, Tel: 2345 6789')?.email).toBeUndefined();
  });

  it('reads a line after a long run of layout space, and finds none in a long run of text without one', () => {
    expect(pressContactIn(`Media enquiries: ${' '.repeat(3000)}Ms Jane Wong, Tel: 2345 6789`)).toMatchObject({ contact: 'Ms Jane Wong', telephone: '2345 6789' });
    expect(pressContactIn(`Media enquiries: ${' '.repeat(3000)}${'See the website for details. '.repeat(40)}`)).toBeUndefined();
  });

  it('is no contact line without a telephone, or without the words that open one', () => {
    expect(pressContactIn('傳媒查詢，請聯絡：某某機構陳大文')).toBeUndefined();
    expect(pressContactIn('電話：+852 2123 4567')).toBeUndefined();
  });
});
