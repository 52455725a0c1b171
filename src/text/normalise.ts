import * as OpenCC from 'opencc-js';
import type { Language } from '../corpus/manifest.js';

const hongKongToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const simplifiedToHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Traditional (Hong Kong) → Simplified, leaving everything else as it is. */
export function toSimplified(text: string): string {
  return hongKongToSimplified(text);
}

/** Simplified → Traditional (Hong Kong standard). */
export function toTraditional(text: string): string {
  return simplifiedToHongKong(text);
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LATIN_GLOBAL = /[A-Za-z]/g;

export function isCjkChar(char: string): boolean {
  return CJK.test(char);
}

export function countCjk(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}

/** English abbreviations that the documents spell with punctuation. */
const ENGLISH_PHRASE_FOLDS: Array<[RegExp, string]> = [
  [/\bi\s?&\s?t\b/g, ' innovation technology '],
  [/\br\s?&\s?d\b/g, ' research development '],
];

/** Cantonese written forms folded to their Standard Chinese equivalents for matching (after T→S). */
const CANTONESE_FOLDS: Array<[RegExp, string]> = [
  [/冇/g, '没有'],
  [/畀/g, '给'],
  [/喺/g, '在'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/佢哋/g, '他们'],
  [/佢/g, '他'],
  [/乜嘢/g, '什么'],
  [/係/g, '是'],
  [/系咪/g, '是否'],
  [/幾多|几多/g, '多少'],
  [/幾時|几时/g, '何时'],
  [/邊度|边度/g, '哪里'],
  [/邊個|边个/g, '谁'],
  [/咩嚟|咩/g, '什么'],
  [/而家/g, '现在'],
];

/**
 * The form every text is matched on, at index time and at query time alike:
 * NFKC (full-width → half-width), lower case, Simplified Chinese, abbreviations spelled out.
 * Offsets are not preserved: show the original, match on this.
 */
export function foldForMatch(text: string): string {
  let folded = toSimplified(text.normalize('NFKC').toLowerCase());
  for (const [pattern, replacement] of ENGLISH_PHRASE_FOLDS) folded = folded.replace(pattern, replacement);
  if (/[冇畀喺咗嘅佢乜係系幾几邊边咩而]/.test(folded)) {
    for (const [pattern, replacement] of CANTONESE_FOLDS) folded = folded.replace(pattern, replacement);
  }
  return folded;
}

/** Words that only Cantonese writes; a question holding them is answered in Traditional Chinese. */
const CANTONESE_MARKERS = /[係咩嘅啲喺冇嚟㗎咗乜嘢佢哋邊點]/;

/**
 * The language of a question: English unless it holds Chinese; Simplified when it holds characters
 * that only Simplified writes and none that only Traditional writes; otherwise Traditional.
 */
export function detectLanguage(text: string): Language {
  const normalised = text.normalize('NFKC');
  const cjk = countCjk(normalised);
  const latin = normalised.match(LATIN_GLOBAL)?.length ?? 0;
  const latinWords = normalised.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  // English when the sentence's frame is English ("What is 智方便?"), Chinese when it is Chinese ("AI研發院有幾多錢？").
  if (cjk === 0 || (latinWords >= 2 && latin >= cjk)) return 'en';
  if (CANTONESE_MARKERS.test(normalised)) return 'zh-Hant';
  const hasTraditionalOnly = toSimplified(normalised) !== normalised;
  const hasSimplifiedOnly = toTraditional(normalised) !== normalised;
  if (hasSimplifiedOnly && !hasTraditionalOnly) return 'zh-Hans';
  return 'zh-Hant';
}

/** Converts Chinese text to the script the reader asked in; English passes unchanged. */
export function toScript(text: string, language: Language): string {
  return language === 'zh-Hans' ? toSimplified(text) : text;
}
