import { Embeddings } from '@langchain/core/embeddings';
import type { WeightedTerm } from '../text/analyze.js';
import { foldForMatch } from '../text/normalise.js';
import type { SearchText } from '../text/search-text.js';

/**
 * The embedded default: a language-neutral vector that needs no download.
 * A text's terms, bridged into the other language through the bilingual lexicon (so 數碼港 and
 * Cyberport land on the same coordinates), plus character n-grams of its folded text (robust to
 * segmentation and spelling variants), TF-IDF weighted and feature-hashed into a fixed number of
 * dimensions, then L2-normalised for cosine search in the HNSW index.
 */

export const CONCEPT_EMBEDDER_NAME = 'concept-hash';
export const CONCEPT_EMBEDDER_VERSION = '2';

export interface ConceptModel {
  dimension: number;
  /** Inverse document frequency of each feature over the corpus passages. */
  idf: Record<string, number>;
  /** Idf given to a feature the corpus never showed. */
  unseenIdf: number;
}

export const DEFAULT_CONCEPT_DIMENSION = 1024;
const NGRAM_WEIGHT = 0.1;

/** 32-bit FNV-1a. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** Character trigrams of the folded text's letters and characters (spaces and punctuation out). */
function characterNgrams(text: string): WeightedTerm[] {
  const compact = foldForMatch(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const counts = new Map<string, number>();
  for (const word of compact.split(' ')) {
    // The last two characters (code points, as a surrogate pair is one) before the current one.
    let first = '';
    let second = '';
    let seen = 0;
    for (const char of word) {
      if (++seen >= 3) {
        const gram = `#${first}${second}${char}`;
        counts.set(gram, (counts.get(gram) ?? 0) + NGRAM_WEIGHT);
      }
      first = second;
      second = char;
    }
  }
  return [...counts].map(([term, weight]) => ({ term, weight }));
}

/** Language-neutral concept terms of a text, plus its character n-grams (in-language robustness). */
export function conceptFeatures(searchText: SearchText, text: string): WeightedTerm[] {
  const own = searchText.analyzer.analyze(text);
  return [...searchText.lexicon.concepts(text, own), ...characterNgrams(text)];
}

/** Fits the idf table on the passages that will be indexed. */
export function fitConceptModel(searchText: SearchText, texts: string[], dimension = DEFAULT_CONCEPT_DIMENSION): ConceptModel {
  return fitConceptModelKeepingFeatures(searchText, texts, dimension).model;
}

/**
 * fitConceptModel, keeping each text's features in typed arrays (feature numbers and weights, a
 * few MB for a large corpus) so that the texts it was fitted on are embedded without being
 * analysed a second time: `vectorOf(position)` is what `embedText(texts[position])` gives, to the bit.
 */
export function fitConceptModelKeepingFeatures(
  searchText: SearchText,
  texts: string[],
  dimension = DEFAULT_CONCEPT_DIMENSION,
): { model: ConceptModel; vectorOf: (position: number) => number[] } {
  const fitter = new ConceptModelFitter(dimension);
  for (const text of texts) fitter.add(conceptFeatures(searchText, text));
  return fitter.finish();
}

/**
 * fitConceptModelKeepingFeatures one text at a time: `add` each text's `conceptFeatures` in order,
 * then `finish`. An index build adds each passage's features right after working out its search
 * terms, while the passage's analysis is still in the analyser's memo (at fifty times today's corpus
 * a second pass over the passages found none of them there and analysed every passage again).
 */
export class ConceptModelFitter {
  private readonly numbers = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly documentFrequency: number[] = [];
  private offsets = new Uint32Array(1024);
  private entryNumbers = new Uint32Array(1024);
  private entryWeights = new Float64Array(1024);
  private entries = 0;
  private count = 0;

  constructor(private readonly dimension = DEFAULT_CONCEPT_DIMENSION) {}

  add(features: WeightedTerm[]): void {
    const { numbers, terms, documentFrequency } = this;
    if (this.entries + features.length > this.entryNumbers.length) {
      const capacity = Math.max(this.entryNumbers.length * 2, this.entries + features.length);
      const grownNumbers = new Uint32Array(capacity);
      grownNumbers.set(this.entryNumbers.subarray(0, this.entries));
      const grownWeights = new Float64Array(capacity);
      grownWeights.set(this.entryWeights.subarray(0, this.entries));
      this.entryNumbers = grownNumbers;
      this.entryWeights = grownWeights;
    }
    if (this.count + 2 > this.offsets.length) {
      const grownOffsets = new Uint32Array(this.offsets.length * 2);
      grownOffsets.set(this.offsets.subarray(0, this.count + 1));
      this.offsets = grownOffsets;
    }
    for (const { term, weight } of features) {
      let number = numbers.get(term);
      if (number === undefined) {
        number = terms.length;
        numbers.set(term, number);
        terms.push(term);
        documentFrequency.push(0);
      }
      // Counted per feature, as fitConceptModel always has (a text's repeated feature counts again).
      documentFrequency[number]!++;
      this.entryNumbers[this.entries] = number;
      this.entryWeights[this.entries] = weight;
      this.entries++;
    }
    this.count++;
    this.offsets[this.count] = this.entries;
  }

  finish(): { model: ConceptModel; vectorOf: (position: number) => number[] } {
    const { terms, documentFrequency, dimension, count, offsets, entryNumbers, entryWeights } = this;
    const idf: Record<string, number> = {};
    const termIdf = new Float64Array(terms.length);
    const termBucket = new Uint32Array(terms.length);
    const termSign = new Int8Array(terms.length);
    terms.forEach((term, number) => {
      const value = Math.round(Math.log(1 + count / documentFrequency[number]!) * 1000) / 1000;
      idf[term] = value;
      termIdf[number] = value;
      const bucket = hash(term);
      termBucket[number] = bucket % dimension;
      termSign[number] = bucket & 0x80000000 ? -1 : 1;
    });
    const model: ConceptModel = { dimension, idf, unseenIdf: Math.log(1 + count) };
    const vectorOf = (position: number): number[] => {
      const vector = new Float64Array(dimension);
      for (let entry = offsets[position]!; entry < offsets[position + 1]!; entry++) {
        const number = entryNumbers[entry]!;
        vector[termBucket[number]!]! += termSign[number]! * Math.log1p(entryWeights[entry]!) * termIdf[number]!;
      }
      return normalised(vector);
    };
    return { model, vectorOf };
  }
}

/** The vector divided by its length (a zero vector stays zero). */
function normalised(vector: Float64Array): number[] {
  let norm = 0;
  for (let index = 0; index < vector.length; index++) norm += vector[index]! * vector[index]!;
  norm = Math.sqrt(norm) || 1;
  const out = new Array<number>(vector.length);
  for (let index = 0; index < vector.length; index++) out[index] = vector[index]! / norm;
  return out;
}

export class ConceptEmbeddings extends Embeddings {
  constructor(
    private readonly searchText: SearchText,
    readonly model: ConceptModel,
  ) {
    super({});
  }

  embedText(text: string): number[] {
    const vector = new Float64Array(this.model.dimension);
    for (const { term, weight } of conceptFeatures(this.searchText, text)) {
      const idf = this.model.idf[term] ?? this.model.unseenIdf;
      const bucket = hash(term);
      const sign = bucket & 0x80000000 ? -1 : 1;
      // Sub-linear term frequency keeps a repeated word from swamping the vector.
      vector[bucket % this.model.dimension]! += sign * Math.log1p(weight) * idf;
    }
    return normalised(vector);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embedText(document));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }
}
