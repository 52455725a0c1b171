/**
 * The hedge a figure is stated with: "over 3.2 million", 近4,700, 約 20 公頃, "up to HK$5 million".
 * An answer that drops it states something the document does not ("4,700" for "nearly 4,700"), so
 * the answerer carries it into the lead, rendered in the asker's language.
 *
 * A kind of phrasing, not a phrase of one document: the hedges of English and Chinese (Traditional,
 * Simplified, Cantonese) that stand right before or right after a figure.
 */

export type QualifierMeaning = 'over' | 'nearly' | 'about' | 'up-to' | 'at-least';

export interface Qualifier {
  meaning: QualifierMeaning;
  /** As written in the source. */
  raw: string;
  /** Whether it stands before the figure (近4,700) or after it (4,700多, 20 公頃左右). */
  position: 'before' | 'after';
}

// A negated bound is read before the bound it negates: 不能超過 is "up to", not "over"; 不少於 is "at least".
const BEFORE: Array<[QualifierMeaning, RegExp]> = [
  ['nearly', /(?:nearly|almost|close to|近|接近|將近|将近|差不多)\s*$/i],
  ['up-to', /(?:up to|as much as|a maximum of|at most|no more than|not more than|not exceeding|最多|最高|上限為|上限为|(?:不|不能|不得|不可|不會|不会)(?:多於|多于|超過|超过|高於|高于))\s*$/i],
  ['at-least', /(?:at least|no less than|not less than|不少於|不少于|不低於|不低于|至少|最少)\s*$/i],
  ['over', /(?:over|more than|in excess of|above|exceeding|逾|超過|超过|多於|多于|高於|高于)\s*$/i],
  ['about', /(?:about|around|approximately|roughly|some|約|约|大約|大约|大概)\s*$/i],
];

const AFTER: Array<[QualifierMeaning, RegExp]> = [
  ['over', /^\s*(?:多|餘|余|以上|有多|plus|or more)/i],
  ['about', /^\s*(?:左右|上下)/],
];

const WINDOW = 14;

/** The qualifier of the figure at [start, end) in `text`, if one stands right beside it. */
export function qualifierOf(text: string, start: number, end: number): Qualifier | undefined {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  for (const [meaning, pattern] of BEFORE) {
    const match = pattern.exec(before);
    if (match) return { meaning, raw: match[0].trim(), position: 'before' };
  }
  const after = text.slice(end, end + WINDOW);
  for (const [meaning, pattern] of AFTER) {
    const match = pattern.exec(after);
    if (match) return { meaning, raw: match[0].trim(), position: 'after' };
  }
  return undefined;
}

const ENGLISH: Record<QualifierMeaning, string> = { over: 'over', nearly: 'nearly', about: 'about', 'up-to': 'up to', 'at-least': 'at least' };
const CHINESE: Record<QualifierMeaning, string> = { over: '逾', nearly: '近', about: '約', 'up-to': '最多', 'at-least': '至少' };

/**
 * A figure with its qualifier in the asker's language: the source's own words when the source is
 * in that language ("近4,700", "over 3.2 million"), else the qualifier's meaning rendered.
 */
export function withQualifier(figure: string, qualifier: Qualifier | undefined, answerInEnglish: boolean, sourceIsEnglish: boolean): string {
  if (!qualifier) return figure;
  if (answerInEnglish === sourceIsEnglish) {
    return qualifier.position === 'before' ? `${qualifier.raw}${answerInEnglish ? ' ' : ''}${figure}` : `${figure}${answerInEnglish ? ' ' : ''}${qualifier.raw}`;
  }
  return answerInEnglish ? `${ENGLISH[qualifier.meaning]} ${figure}` : `${CHINESE[qualifier.meaning]}${figure}`;
}
