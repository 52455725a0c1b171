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

/** True when a passage text holds one of the evidence strings. */
export function containsEvidence(passageText: string, evidence: string[]): boolean {
  const haystack = compact(passageText);
  return evidence.some((needle) => haystack.includes(compact(needle)));
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
