import { foldForMatch } from '../src/text/normalise.js';
import { extractQuantities, quantityToken } from '../src/text/quantities.js';

/**
 * Deterministic scores: no language model judges anything. Text is compared folded (NFKC, lower
 * case, Simplified, no spaces) and figures by their canonical value, so 10億元 = HK$1 billion.
 */

function compact(text: string): string {
  return foldForMatch(text).replace(/\s+/g, '');
}

function quantityTokens(text: string): Set<string> {
  return new Set(extractQuantities(foldForMatch(text)).map(quantityToken));
}

/**
 * True when a passage text holds one of the evidence strings. Evidence copied from a table row
 * (cells separated by tabs) is held when the passage holds every cell: a passage writes a row with
 * its headers between the cells.
 */
export function containsEvidence(passageText: string, evidence: string[]): boolean {
  const haystack = compact(passageText);
  return evidence.some((needle) =>
    needle
      // Evidence copied from a source file may keep its bold marks (**37億元**), which a passage's text does not.
      .replace(/\*\*/g, '')
      .split(/\t+/)
      // a cell's note markers (¶, Δ, Φ) and placeholders (_, —) are not part of its figure; the sign
      // of a printed change ("(-14.7%)") is
      .map((cell) => compact(/\t/.test(needle) ? cell.replace(/[^\p{L}\p{N}.,%()（）+-]/gu, '') : cell))
      .filter(Boolean)
      .every((cell) => haystack.includes(cell)),
  );
}

/** True when the answer states one of the accepted answers: every figure in it, or its words. */
export function answerMatches(answer: string, accepted: string[]): boolean {
  const answerText = compact(answer);
  const answerQuantities = quantityTokens(answer);
  return accepted.some((candidate) => {
    const wanted = [...quantityTokens(candidate)];
    if (wanted.length > 0 && wanted.every((token) => answerQuantities.has(token))) return true;
    return answerText.includes(compact(candidate));
  });
}

/**
 * The polarity an answer leads with: "Yes" / "No: …" in English, 是 / 不是 (and Cantonese 係 / 唔係)
 * in Chinese; undefined when it leads with neither.
 */
export function leadingPolarity(answer: string): 'yes' | 'no' | undefined {
  const start = answer.normalize('NFKC').trim().toLowerCase();
  if (/^(?:no\b|not\b|不是|不|否|唔係|唔系|沒有|没有|冇)/.test(start)) return 'no';
  if (/^(?:yes\b|是|係|系|對|对|有)/.test(start)) return 'yes';
  return undefined;
}

/** A yes/no question is answered when the answer leads with the expected polarity and states an accepted answer. */
export function yesNoMatches(answer: string, expect: 'yes' | 'no', accepted: string[]): boolean {
  return leadingPolarity(answer) === expect && (accepted.length === 0 || answerMatches(answer, accepted));
}

/** 1-based rank of the first relevant passage, or undefined. */
export function firstRelevantRank(relevant: boolean[]): number | undefined {
  const index = relevant.indexOf(true);
  return index < 0 ? undefined : index + 1;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** What scoring needs of an eval question. */
interface Scored {
  answers: string[];
  expect?: 'yes' | 'no';
  gold: { docIds: string[]; evidence: string[] };
}

/** The answer states what the question accepts: for a yes/no, the expected polarity as well. */
export function statesAccepted(item: Scored, answer: string): boolean {
  return item.expect ? yesNoMatches(answer, item.expect, item.answers) : answerMatches(answer, item.answers);
}

/** A passage of one of the question's gold documents holds its gold evidence. */
export function holdsGoldEvidence(item: Scored, docId: string, text: string): boolean {
  return item.gold.docIds.includes(docId) && containsEvidence(text, item.gold.evidence);
}
