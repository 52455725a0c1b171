/**
 * Word alignment of the bilingual documents' parallel lines (each Chinese bullet and its English
 * version), by competitive linking (Melamed 2000): score every Chinese–English word pair by how
 * much more often they share a line than chance (log-likelihood ratio, G²), then in each line link
 * the best-scoring pairs one-to-one, greedily; a pair is kept only when it is linked in most of the
 * lines where both words occur and its association is strong. Co-occurrence alone is noisy on ~100
 * line pairs; the one-to-one constraint removes most of the noise.
 */

export interface ParallelLine {
  chinese: string[];
  english: string[];
}

export interface AlignedPair {
  chinese: string;
  english: string;
  /** Lines where the two were linked. */
  links: number;
  /** Lines where both occur. */
  cooccurrences: number;
  /** Association strength (G²). */
  score: number;
  /** links / cooccurrences, in (0, 1]. */
  confidence: number;
}

export interface AlignOptions {
  /** Least G² for a pair to be linked at all. */
  minScore: number;
  /** Least share of co-occurrences that must be links. */
  minConfidence: number;
  /** Least number of links. */
  minLinks: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { minScore: 8, minConfidence: 0.6, minLinks: 2 };

function xlogx(value: number): number {
  return value > 0 ? value * Math.log(value) : 0;
}

/** Dunning's log-likelihood ratio for a 2×2 contingency table. */
export function logLikelihoodRatio(both: number, onlyA: number, onlyB: number, neither: number): number {
  const total = both + onlyA + onlyB + neither;
  const value =
    xlogx(both) + xlogx(onlyA) + xlogx(onlyB) + xlogx(neither) -
    xlogx(both + onlyA) - xlogx(both + onlyB) - xlogx(onlyA + neither) - xlogx(onlyB + neither) +
    xlogx(total);
  return 2 * value;
}

export function alignWords(lines: ParallelLine[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): AlignedPair[] {
  const sets = lines.map((line) => ({ chinese: new Set(line.chinese), english: new Set(line.english) }));
  const chineseCount = new Map<string, number>();
  const englishCount = new Map<string, number>();
  const pairCount = new Map<string, number>();
  const key = (chinese: string, english: string) => `${chinese}\u0000${english}`;
  for (const { chinese, english } of sets) {
    for (const word of chinese) chineseCount.set(word, (chineseCount.get(word) ?? 0) + 1);
    for (const word of english) englishCount.set(word, (englishCount.get(word) ?? 0) + 1);
    for (const a of chinese) for (const b of english) pairCount.set(key(a, b), (pairCount.get(key(a, b)) ?? 0) + 1);
  }
  const total = sets.length;
  const score = (a: string, b: string): number => {
    const both = pairCount.get(key(a, b)) ?? 0;
    const onlyA = chineseCount.get(a)! - both;
    const onlyB = englishCount.get(b)! - both;
    // Only positive association counts: sharing lines more often than chance.
    const expected = (chineseCount.get(a)! * englishCount.get(b)!) / total;
    if (both <= expected) return 0;
    return logLikelihoodRatio(both, onlyA, onlyB, total - both - onlyA - onlyB);
  };

  const links = new Map<string, number>();
  for (const { chinese, english } of sets) {
    const candidates: Array<{ a: string; b: string; s: number }> = [];
    for (const a of chinese) {
      for (const b of english) {
        const s = score(a, b);
        if (s >= options.minScore) candidates.push({ a, b, s });
      }
    }
    candidates.sort((x, y) => y.s - x.s || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
    const usedA = new Set<string>();
    const usedB = new Set<string>();
    for (const { a, b } of candidates) {
      if (usedA.has(a) || usedB.has(b)) continue;
      usedA.add(a);
      usedB.add(b);
      links.set(key(a, b), (links.get(key(a, b)) ?? 0) + 1);
    }
  }

  const pairs: AlignedPair[] = [];
  for (const [pair, linkCount] of links) {
    const [chinese, english] = pair.split('\u0000') as [string, string];
    const cooccurrences = pairCount.get(pair)!;
    const confidence = linkCount / cooccurrences;
    if (linkCount < options.minLinks || confidence < options.minConfidence) continue;
    pairs.push({ chinese, english, links: linkCount, cooccurrences, score: Math.round(score(chinese, english) * 100) / 100, confidence: Math.round(confidence * 100) / 100 });
  }
  return pairs.sort((x, y) => y.score - x.score || x.chinese.localeCompare(y.chinese));
}

/**
 * Name lines: a line whose Chinese side is one word and whose English side is a short name
 * ("智方便" | "iAM Smart", "數碼港與前海" split at its colon…) align without statistics.
 */
export function alignNameLines(lines: ParallelLine[], maxEnglishTerms = 3): AlignedPair[] {
  const pairs = new Map<string, AlignedPair>();
  for (const line of lines) {
    const chinese = [...new Set(line.chinese)];
    const english = [...new Set(line.english)];
    if (chinese.length !== 1 || english.length === 0 || english.length > maxEnglishTerms) continue;
    for (const term of english) {
      const key = `${chinese[0]}\u0000${term}`;
      const existing = pairs.get(key);
      if (existing) existing.links++;
      else pairs.set(key, { chinese: chinese[0]!, english: term, links: 1, cooccurrences: 1, score: 0, confidence: 1 });
    }
  }
  return [...pairs.values()];
}
