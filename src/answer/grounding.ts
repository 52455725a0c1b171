import { searchableText } from '../chunk/chunk.js';
import type { RetrievedPassage } from '../retrieve/hybrid-retriever.js';
import { extractQuantities, quantityToken } from '../text/quantities.js';
import { foldForMatch } from '../text/normalise.js';

/**
 * The grounding check a generated answer must pass before anyone sees it, sentence by sentence:
 * every citation marker points at a passage that was given, the answer cites at least one, and each
 * sentence holds only what the passages that sentence cites hold —
 * - every figure and date (after normalisation: 10億元 = HK$1 billion, 2025/26 = 2025-26), in the
 *   same currency (US$ is not HK$) and with the same sign;
 * - stated the same way: a figure the passage states plainly is not negated ("did not set aside"),
 *   nor turned from a rise into a fall;
 * - every web address, e-mail address and phone number;
 * and no sentence tells the reader to do something (send, call, click) or asks for personal data.
 * Pure: text and passages in, a verdict out.
 */

export type GroundingProblem =
  | { code: 'NO_CITATION' }
  | { code: 'UNKNOWN_CITATION'; marker: number }
  | { code: 'UNSUPPORTED_FIGURE'; figure: string }
  | { code: 'FIGURE_MISSTATED'; figure: string }
  | { code: 'UNSUPPORTED_CONTACT'; kind: 'url' | 'email' | 'phone' }
  | { code: 'INSTRUCTION' };

export interface GroundingVerdict {
  ok: boolean;
  problems: GroundingProblem[];
  /** Passage numbers the answer cites, in order of first use. */
  cited: number[];
}

/** Numbers that only number things: citation markers [n]. */
const CITATION_MARKER = /\[(\d{1,3})\]/g;

export function citationMarkers(answer: string): number[] {
  const seen: number[] = [];
  for (const match of answer.matchAll(CITATION_MARKER)) {
    const marker = Number(match[1]);
    if (!seen.includes(marker)) seen.push(marker);
  }
  return seen;
}

/** What the model was shown of each passage (document, date, budget year, text): what its answer is checked against. */
export function groundingTexts(passages: RetrievedPassage[]): string[] {
  return passages.map(({ document, chunk }) => `${document.title.en} ${document.title.zh} ${document.date} ${document.budgetYear}\n${searchableText(chunk)}`);
}

/**
 * A text in sentence-sized pieces that join back to it exactly: a piece ends after 。！？ (or
 * . ! ? before a space or at the end) together with any closing quotes and citation markers that
 * follow, so "3.7" or 「…。」[1] are never cut.
 */
export function splitSentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const ends = /[。！？\n]/.test(char) || (/[.!?]/.test(char) && (index + 1 === text.length || /\s/.test(text[index + 1]!)));
    index++;
    if (!ends) continue;
    for (;;) {
      const rest = text.slice(index);
      const tail = /^(?:[」』”’）)]+|\s*\[\d+\]|\s+)/.exec(rest);
      if (!tail) break;
      index += tail[0].length;
    }
    pieces.push(text.slice(start, index));
    start = index;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces.length ? pieces : [text];
}

// Currencies other than the Hong Kong dollar that a figure may be written in (folded: lower case, Simplified).
const FOREIGN_CURRENCIES: Array<[string, RegExp]> = [
  ['usd', /us\$|u\.s\.\s?\$|\busd\b|us dollars?|美元|美金/],
  ['cny', /人民币|\brmb\b|\bcny\b|renminbi/],
  ['eur', /€|\beur\b|euros?\b|欧元/],
  ['gbp', /£|\bgbp\b|sterling|英镑/],
  ['jpy', /\bjpy\b|\byen\b|日圆|日元/],
  ['other', /\b(?:nt|s|a|c|au|ca|sg|nz)\$|新台币|澳元|加元|新加坡元/],
];

interface Figure {
  /** Canonical value, with its currency when not HK$ and a sign when negative. */
  token: string;
  raw: string;
}

/** Figures and dates of a text as canonical tokens, with the text that wrote each. */
function figures(text: string): Figure[] {
  const folded = foldForMatch(text).replace(CITATION_MARKER, ' ');
  return extractQuantities(folded)
    .filter((quantity) => !(quantity.kind === 'number' && quantity.value < 10 && /^\d$/.test(quantity.raw.trim())))
    .map((quantity) => {
      // The currency is written just before the figure or just after it (up to the next figure).
      const before = folded.slice(Math.max(0, quantity.start - 6), quantity.start).split(/[\d)）,，;；]/).at(-1)!;
      const after = folded.slice(quantity.end, quantity.end + 14).split(/[\d(（,，;；]/)[0]!;
      const around = `${before}${quantity.raw}${after}`;
      const currency = FOREIGN_CURRENCIES.find(([, pattern]) => pattern.test(around))?.[0];
      const negative = /(?:^|[^\w\d])[-−–]\s?$/.test(folded.slice(Math.max(0, quantity.start - 2), quantity.start)) && quantity.kind !== 'fiscal-year';
      return { token: `${negative ? '-' : ''}${quantityToken(quantity)}${currency ? `|${currency}` : ''}`, raw: quantity.raw.trim() };
    });
}

// How a sentence states what it states: negated, and the direction of a change.
const NEGATION = /\b(?:not|no|never|neither|nor|none|without|cannot)\b|n't\b|不是|并非|并未|并无|没有|未有|未曾|不会|不再|毋须|无须|不需|不获/;
const RISE = /\b(?:increase[sd]?|increasing|rise[sn]?|rose|grow(?:s|n|th)?|grew|higher|up|gain(?:s|ed)?|more)\b|增加|上升|增长|提高|上调|多了/;
const FALL = /\b(?:decrease[sd]?|decreasing|decline[sd]?|fall(?:s|en)?|fell|drop(?:s|ped)?|reduc\w*|cut|lower|less|fewer|down)\b|减少|下降|下跌|削减|降低|下调|少了/;

function stance(text: string): { negated: boolean; rise: boolean; fall: boolean } {
  const folded = foldForMatch(text);
  return { negated: NEGATION.test(folded), rise: RISE.test(folded), fall: FALL.test(folded) };
}

/** True when a sentence of the answer states a figure as the passage's sentence does (not negated, not reversed). */
function sameStance(answer: ReturnType<typeof stance>, passage: ReturnType<typeof stance>): boolean {
  if (answer.negated !== passage.negated) return false;
  if (answer.rise && !answer.fall && passage.fall && !passage.rise) return false;
  if (answer.fall && !answer.rise && passage.rise && !passage.fall) return false;
  return true;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'）)\]」]+|\bwww\.[^\s<>"'）)\]」]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|hk|cn|io|info|biz|me|co|ly|xyz|top|app|site|online)\b(?:\/[^\s<>"'）)\]」]*)?/gi;
const EMAIL_PATTERN = /[^\s@<>()（）「」:;,，]+@[^\s@<>()（）「」:;,，]+\.[a-z]{2,}/gi;
/** Eight or more digits in groups, as phone numbers are written (+852 2810 3456, 2810-3456); not thousands groups. */
const PHONE_PATTERN = /(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d{2,5}(?:[\s-]\d{2,5}){1,3}|\b\d{8,}\b/g;

function contacts(text: string): Array<{ kind: 'url' | 'email' | 'phone'; value: string }> {
  const found: Array<{ kind: 'url' | 'email' | 'phone'; value: string }> = [];
  let rest = text.replace(CITATION_MARKER, ' ');
  for (const match of rest.matchAll(EMAIL_PATTERN)) found.push({ kind: 'email', value: match[0].toLowerCase() });
  rest = rest.replace(EMAIL_PATTERN, ' ');
  for (const match of rest.matchAll(URL_PATTERN)) found.push({ kind: 'url', value: match[0].toLowerCase().replace(/^https?:\/\//, '').replace(/[./]+$/, '') });
  rest = rest.replace(URL_PATTERN, ' ');
  for (const match of rest.matchAll(PHONE_PATTERN)) {
    const written = match[0].trim();
    const digits = written.replace(/\D/g, '');
    // 20 000 000 and 175,587 are figures, not phone numbers; a fiscal year 2025-26 is neither.
    if (digits.length < 8 || /^\d{1,3}(?:[\s]\d{3})+$/.test(written)) continue;
    found.push({ kind: 'phone', value: digits });
  }
  return found;
}

/** A passage holds a contact when it writes it (URLs and e-mails as text, phone numbers by their digits). */
function holdsContact(passage: string, contact: { kind: 'url' | 'email' | 'phone'; value: string }): boolean {
  if (contact.kind === 'phone') return contacts(passage).some((other) => other.kind === 'phone' && (other.value.endsWith(contact.value) || contact.value.endsWith(other.value)));
  return passage.toLowerCase().includes(contact.value);
}

// Telling the reader to act, or asking for personal data: never an answer from budget documents.
const IMPERATIVE = /^\W*(?:please\s+)?(?:e-?mail|send|call|phone|text|whatsapp|click|visit|go to|log ?in|sign ?in|reply|provide|submit|transfer|pay|wire|download|install|contact|enter|share)\b/i;
const IMPERATIVE_ZH = /^\W*(?:请)?(?:电邮|发送|致电|点击|汇款|转账|提供|下载|登入|登录|回复|联络|联系|输入)/;
const PERSONAL_DATA = /\b(?:your|ur)\s+(?:hkid|hong kong identity card|identity card|id card|id number|passport|password|pin|bank account|account number|credit card|card number|otp|one-time password|login)\b|(?:你|您|阁下)的?(?:身份证|密码|信用卡|银行户口|银行账户|护照|验证码)/i;

function isInstruction(sentence: string): boolean {
  const text = sentence.replace(CITATION_MARKER, ' ').trim();
  const folded = foldForMatch(text);
  return IMPERATIVE.test(text) || IMPERATIVE_ZH.test(folded) || PERSONAL_DATA.test(text) || PERSONAL_DATA.test(folded);
}

/**
 * The problems of one sentence, checked against the passages it cites (numbered from 1 in
 * `passages`); a sentence with no marker of its own is checked against those `citedBy` gives (the
 * next sentence's: "A. B [1]." cites [1] for both).
 */
export function checkSentence(sentence: string, passages: string[], citedBy: number[] = citationMarkers(sentence)): GroundingProblem[] {
  const problems: GroundingProblem[] = [];
  const markers = citedBy;
  for (const marker of markers) if (marker < 1 || marker > passages.length) problems.push({ code: 'UNKNOWN_CITATION', marker });
  const cited = markers.filter((marker) => marker >= 1 && marker <= passages.length).map((marker) => passages[marker - 1]!);
  const citedSentences = cited.flatMap((passage) => splitSentences(passage)).map((text) => ({ text, figures: figures(text) }));
  const supported = new Set(cited.flatMap((passage) => figures(passage).map((figure) => figure.token)));
  const own = stance(sentence.replace(CITATION_MARKER, ' '));
  for (const figure of figures(sentence)) {
    if (!supported.has(figure.token)) {
      problems.push({ code: 'UNSUPPORTED_FIGURE', figure: figure.raw });
      continue;
    }
    const statedIn = citedSentences.filter((passageSentence) => passageSentence.figures.some((other) => other.token === figure.token));
    if (statedIn.length > 0 && !statedIn.some((passageSentence) => sameStance(own, stance(passageSentence.text)))) {
      problems.push({ code: 'FIGURE_MISSTATED', figure: figure.raw });
    }
  }
  for (const contact of contacts(sentence)) {
    if (!cited.some((passage) => holdsContact(passage, contact))) problems.push({ code: 'UNSUPPORTED_CONTACT', kind: contact.kind });
  }
  if (isInstruction(sentence)) problems.push({ code: 'INSTRUCTION' });
  return problems;
}

export function checkGrounding(answer: string, passages: string[]): GroundingVerdict {
  const problems: GroundingProblem[] = [];
  const cited = citationMarkers(answer);
  if (cited.length === 0) problems.push({ code: 'NO_CITATION' });
  const seen = new Set<string>();
  const add = (found: GroundingProblem[]) => {
    for (const problem of found) {
      const key = JSON.stringify(problem);
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
  };
  let uncited: string[] = [];
  for (const sentence of splitSentences(answer)) {
    if (sentence.trim() === '') continue;
    const markers = citationMarkers(sentence);
    if (markers.length === 0) {
      uncited.push(sentence);
      continue;
    }
    for (const held of uncited) add(checkSentence(held, passages, markers));
    add(checkSentence(sentence, passages, markers));
    uncited = [];
  }
  for (const held of uncited) add(checkSentence(held, passages, []));
  return { ok: problems.length === 0, problems, cited };
}

/**
 * What went wrong, for the reader. Figures are quoted (they are the question's subject); web
 * addresses, e-mail addresses and phone numbers are not (an unchecked one is what must not be shown).
 */
export function describeProblem(problem: GroundingProblem): string {
  switch (problem.code) {
    case 'NO_CITATION':
      return 'the answer cites no passage';
    case 'UNKNOWN_CITATION':
      return `the answer cites [${problem.marker}], which is not a passage it was given`;
    case 'UNSUPPORTED_FIGURE':
      return `the figure "${problem.figure}" appears in no passage its sentence cites`;
    case 'FIGURE_MISSTATED':
      return `the figure "${problem.figure}" is stated otherwise than in the passage its sentence cites (negated or reversed)`;
    case 'UNSUPPORTED_CONTACT':
      return `a${problem.kind === 'email' ? 'n e-mail address' : problem.kind === 'url' ? ' web address' : ' phone number'} that appears in no passage its sentence cites`;
    case 'INSTRUCTION':
      return 'a sentence tells the reader what to do or asks for personal data';
  }
}

/**
 * Lets through, sentence by sentence, only what passed the check: `push` takes the model's text
 * as it arrives; each sentence, once complete (its citation markers included), is checked against
 * the passages it cites and handed to `emit` if sound. The first sentence that fails closes the gate
 * (`failed` turns true): nothing after it is shown, and the whole answer will fall back.
 */
export class SentenceGate {
  private text = '';
  /** Characters of `text` already judged. */
  private judged = 0;
  /** Sentences with no marker of their own, waiting for the next one that cites. */
  private uncited: string[] = [];
  failed = false;

  constructor(
    private readonly passages: string[],
    private readonly emit: (sentence: string) => void,
  ) {}

  push(token: string): void {
    this.text += token;
    this.release(false);
  }

  /** The reply ended: its last sentence is complete too. */
  end(): void {
    this.release(true);
  }

  private release(ended: boolean) {
    if (this.failed) return;
    const pieces = splitSentences(this.text.slice(this.judged));
    const complete = ended ? pieces : pieces.slice(0, -1);
    for (const sentence of complete) {
      this.judged += sentence.length;
      if (sentence.trim() === '') continue;
      const markers = citationMarkers(sentence);
      if (markers.length === 0) {
        this.uncited.push(sentence);
        continue;
      }
      this.judge([...this.uncited, sentence], markers);
      this.uncited = [];
      if (this.failed) return;
    }
    if (ended && this.uncited.length > 0) this.judge(this.uncited, []);
  }

  private judge(sentences: string[], markers: number[]) {
    if (sentences.some((sentence) => checkSentence(sentence, this.passages, markers).length > 0)) {
      this.failed = true;
      return;
    }
    for (const sentence of sentences) this.emit(sentence);
  }
}
