import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BudgetQaError } from '../errors.js';
import { BIGRAM_PREFIX, type TextAnalyzer, type WeightedTerm, englishTerms } from './analyze.js';
import { foldForMatch, hasCjkChar, toSimplified } from './normalise.js';
import { Memo } from './memo.js';
import { phrasesStartingWithWordsOf, phrasesWithin } from './phrase-finder.js';
import { alignNameLines, alignWords, type AlignedPair, type ParallelLine } from './align.js';
import { textIn, type Chunk } from '../chunk/chunk.js';

/**
 * The cross-lingual bridge: Chinese words ↔ English terms, so that an English question finds a
 * passage written only in Chinese ("lampposts" → 智慧燈柱) and a Chinese question finds English.
 * Built at index time from the terminology file (Hong Kong government names) and a general
 * Chinese–English dictionary (CC-CEDICT), restricted to the words the corpus really uses.
 */

export const TERMINOLOGY_FILE = 'terminology.json';

const terminologySchema = z.object({
  version: z.literal(1),
  note: z.string().optional(),
  entries: z
    .array(
      z.object({
        kind: z.enum(['body', 'scheme', 'fund', 'place', 'post', 'term', 'person']),
        zh: z.array(z.string().min(1)).min(1),
        en: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export type Terminology = z.infer<typeof terminologySchema>;
export type TerminologyEntry = Terminology['entries'][number];

export function parseTerminology(raw: string, source: string): Terminology {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new BudgetQaError('TERMINOLOGY_INVALID', `${source}: not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  const parsed = terminologySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BudgetQaError('TERMINOLOGY_INVALID', `${source}: ${issue.path.join('.')}: ${issue.message}.`);
  }
  return parsed.data;
}

export function loadTerminology(corpusDir: string): { terminology: Terminology; raw: string } {
  const path = join(corpusDir, TERMINOLOGY_FILE);
  if (!existsSync(path)) throw new BudgetQaError('CORPUS_FILE_MISSING', `${path}: the terminology file does not exist.`);
  const raw = readFileSync(path, 'utf8');
  return { terminology: parseTerminology(raw, path), raw };
}

/** A translation: a term in the other language, with how sure the bridge is of it (0–1). */
export type Translation = [term: string, weight: number];

/** A phrase of one language with the search terms of its translation. */
export interface PhraseEntry {
  /** Folded Chinese text, or space-joined English terms. */
  phrase: string;
  targets: Translation[];
}

/** The serialised lexicon, stored in the index so that questions are bridged as passages were. */
export interface LexiconData {
  /** Chinese phrase (folded) → English terms. */
  zhPhrases: PhraseEntry[];
  /** English term sequence → Chinese words. */
  enPhrases: PhraseEntry[];
  /** Chinese word (folded) → English terms, from the dictionary. */
  zhWords: Record<string, Translation[]>;
  /** English term → Chinese words of the corpus, from the dictionary read backwards. */
  enWords: Record<string, Translation[]>;
  /** Named places, people, posts and bodies, for answers to "where" and "who". */
  names: NamedEntity[];
}

export interface NamedEntity {
  kind: 'place' | 'person' | 'post' | 'body';
  zh: string[];
  en: string[];
}

/**
 * Where an English name stands as words of its own: "MIT" is not in "submit", nor "CAS" in "cases".
 * The first place the name occurs with no letter or digit glued to either end (a plural s aside), or -1.
 */
function latinWordAt(lowerText: string, lowerName: string): number {
  for (let at = lowerText.indexOf(lowerName); at >= 0; at = lowerText.indexOf(lowerName, at + 1)) {
    const before = lowerText[at - 1] ?? ' ';
    // A plural ending is still the name ("AI institutes").
    const end = at + lowerName.length + (lowerText[at + lowerName.length] === 's' ? 1 : 0);
    const after = lowerText[end] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
  }
  return -1;
}

/** Dictionary senses of one Chinese word, in the dictionary's order. */
export type DictionaryLookup = (simplifiedWord: string) => string[][];

/** Weight of a pair aligned from the corpus's own parallel lines (times its confidence). */
const ALIGNED_WEIGHT = 0.8;

/** Weight of the n-th dictionary sense: the first sense is the likeliest. */
const SENSE_WEIGHTS = [0.6, 0.4, 0.25];
const MAX_TARGETS_PER_WORD = 8;

/** English search terms of one dictionary gloss: "(electric) cable" → [cabl]; drops notes and "to". */
export function glossTerms(gloss: string): string[] {
  if (/^(?:CL:|surname |variant of |old variant|see |abbr\. for |used in )/i.test(gloss)) return [];
  // "Cyberport, a technology and commercial complex in Pok Fu Lam, Hong Kong": the name, not the description.
  const cleaned = gloss.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\|/g, ' ').replace(/^to /i, '').split(/,\s+(?:a|an|the)\s/i)[0]!;
  return englishTerms(foldForMatch(cleaned));
}

/** Builds the bridge from terminology and dictionary, for the Chinese words the corpus holds. */
export function buildLexicon(options: {
  terminology: Terminology;
  corpusChineseWords: Iterable<string>;
  lookup: DictionaryLookup;
  analyzer: TextAnalyzer;
  /** Word pairs aligned from the bilingual documents. */
  aligned?: AlignedPair[];
}): LexiconData {
  const { terminology, analyzer, lookup } = options;
  const zhPhrases: PhraseEntry[] = [];
  const enPhrases: PhraseEntry[] = [];
  for (const entry of terminology.entries) {
    const englishTargets = uniqueTerms(entry.en.flatMap((name) => englishTerms(foldForMatch(name))));
    const chineseTargets = uniqueTerms(entry.zh.flatMap((name) => chineseTermsOf(analyzer, name)));
    for (const name of entry.zh) {
      const phrase = foldForMatch(name).replace(/\s+/g, '');
      if (phrase) zhPhrases.push({ phrase, targets: englishTargets.map((term) => [term, 1]) });
    }
    for (const name of entry.en) {
      const terms = englishTerms(foldForMatch(name));
      if (terms.length) enPhrases.push({ phrase: terms.join(' '), targets: chineseTargets.map((term) => [term, 1]) });
    }
  }

  const zhWords: Record<string, Translation[]> = {};
  const enWords: Record<string, Map<string, number>> = {};
  for (const word of new Set(options.corpusChineseWords)) {
    if ([...word].length < 2) continue;
    const senses = lookup(word);
    const targets = new Map<string, number>();
    senses.slice(0, SENSE_WEIGHTS.length).forEach((sense, index) => {
      for (const term of uniqueTerms(sense.flatMap(glossTerms))) {
        targets.set(term, Math.max(targets.get(term) ?? 0, SENSE_WEIGHTS[index]!));
      }
    });
    if (targets.size === 0) continue;
    const translations = [...targets].sort((a, b) => b[1] - a[1]).slice(0, MAX_TARGETS_PER_WORD);
    zhWords[word] = translations;
    for (const [term, weight] of translations) {
      (enWords[term] ??= new Map()).set(word, weight);
    }
  }
  // Pairs aligned from the bilingual documents fill the dictionary's gaps: the corpus's own names
  // and usage for words the dictionary does not know, weighted by confidence.
  for (const pair of options.aligned ?? []) {
    if (zhWords[pair.chinese]?.length) continue;
    const weight = round(ALIGNED_WEIGHT * pair.confidence);
    const forward = new Map(zhWords[pair.chinese] ?? []);
    forward.set(pair.english, Math.max(forward.get(pair.english) ?? 0, weight));
    zhWords[pair.chinese] = [...forward].sort((a, b) => b[1] - a[1]).slice(0, MAX_TARGETS_PER_WORD);
    (enWords[pair.english] ??= new Map()).set(pair.chinese, Math.max(enWords[pair.english]!.get(pair.chinese) ?? 0, weight));
  }
  // Read backwards, an English term that many Chinese words gloss says little about any one of them.
  const enWordsOut: Record<string, Translation[]> = {};
  for (const [term, words] of Object.entries(enWords)) {
    const spread = Math.sqrt(words.size);
    enWordsOut[term] = [...words].map(([word, weight]): Translation => [word, round(weight / spread)]).sort((a, b) => b[1] - a[1]).slice(0, MAX_TARGETS_PER_WORD);
  }
  const names = terminology.entries
    .filter((entry): entry is TerminologyEntry & { kind: NamedEntity['kind'] } => ['place', 'person', 'post', 'body'].includes(entry.kind))
    .map(({ kind, zh, en }) => ({ kind, zh, en }));
  return { zhPhrases, enPhrases, zhWords, enWords: enWordsOut, names };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function uniqueTerms(terms: string[]): string[] {
  return [...new Set(terms)];
}

function chineseTermsOf(analyzer: TextAnalyzer, name: string): string[] {
  const folded = foldForMatch(name);
  const runs = folded.match(/[\u3400-\u4dbf\u4e00-\u9fff]+/g) ?? [];
  return runs.flatMap((run) => analyzer.segmentChinese(run));
}

/** A name a text mentions: the entity, where and as written (shared: callers must not change it). */
export interface FoundName {
  readonly entity: NamedEntity;
  readonly at: number;
  readonly written: string;
}

/** Texts whose names are remembered, per lexicon. */
export const NAMES_FOUND_MEMO_ENTRIES = 8192;
/** Estimated bytes of one name found, besides its written form (the entity is the lexicon's). */
const FOUND_NAME_BYTES = 64;

export interface BridgeOptions {
  /** Use terminology phrases. */
  terminology: boolean;
  /** Use the general dictionary. */
  dictionary: boolean;
}

/**
 * Terms of the other language for a text, weighted. The text's own terms (from the analyzer) say
 * which Chinese words and English terms it holds; phrases are matched on the folded text.
 */
export class Lexicon {
  private readonly zhWords: Map<string, Translation[]>;
  private readonly enWords: Map<string, Translation[]>;

  /**
   * The names found in a text, of every kind, remembered per text (bounded in entries and bytes):
   * the answerer asks of each candidate sentence, question after question, and a lookup tries
   * every name of the terminology.
   */
  private readonly namesFound = new Memo<ReadonlyArray<FoundName>>({
    maxEntries: NAMES_FOUND_MEMO_ENTRIES,
    sizeOf: (found) => 32 + found.reduce((total, item) => total + FOUND_NAME_BYTES + 2 * item.written.length, 0),
  });

  /** The named entities of some kinds that a text mentions, in the order it mentions them (longest name at a place wins). */
  findNames(text: string, kinds: NamedEntity['kind'][]): FoundName[] {
    return this.namesFound.get(text, () => this.findAllNames(text)).filter((item) => kinds.includes(item.entity.kind));
  }

  private findAllNames(text: string): FoundName[] {
    const found: FoundName[] = [];
    let lowerCased: string | undefined;
    const lowerText = () => (lowerCased ??= text.toLowerCase());
    // A passage shown in Simplified names 香港科學園 as 香港科学园: Chinese names match on the folded text
    // (character for character, so a position found there is a position in the text as written).
    const simplified = toSimplified(text);
    const foldsInPlace = simplified.length === text.length;
    // Every kind is looked for, so that a name inside a longer name of another kind is known as part of it
    // (創新中心, a place, inside 國家製造業創新中心, a body); only the kinds asked are returned.
    for (const { entity, names } of this.namesToFind()) {
      let best: { entity: NamedEntity; at: number; written: string } | undefined;
      for (const { name, latin, lower, simplified: simplifiedForm } of names) {
        let at = latin ? latinWordAt(lowerText(), lower) : text.indexOf(name);
        let written = name;
        if (at < 0 && foldsInPlace && !latin) {
          at = simplified.indexOf(simplifiedForm);
          if (at >= 0) written = text.slice(at, at + name.length);
        }
        if (at >= 0 && (!best || at < best.at || (at === best.at && written.length > best.written.length))) best = { entity, at, written };
      }
      if (best) found.push(best);
    }
    found.sort((a, b) => a.at - b.at || b.written.length - a.written.length);
    // Drop a name inside a longer one found at the same place (香港科學園 inside 香港科學園深圳分園), of whatever kind.
    return found.filter(
      (item, index) => !found.some((other, j) => j !== index && other.at <= item.at && other.at + other.written.length >= item.at + item.written.length && other.written.length > item.written.length),
    );
  }

  /** English terms a Chinese word translates to (dictionary and aligned pairs), strongest first. */
  translationsOf(word: string): Translation[] {
    return this.zhWords.get(word) ?? [];
  }

  /**
   * Each entity's names in the order findNames tries them (Chinese, then English), each with what
   * findNames compares: whether it is written in Latin letters, its lower case and its Simplified
   * form. Worked out once per lexicon instead of once per name per text (findNames is asked of every
   * candidate sentence).
   */
  private namesToFind(): ReadonlyArray<{ entity: NamedEntity; names: ReadonlyArray<{ name: string; latin: boolean; lower: string; simplified: string }> }> {
    return (this.findableNames ??= (this.data.names ?? []).map((entity) => ({
      entity,
      names: [...entity.zh, ...entity.en].map((name) => {
        const latin = /[a-z]/i.test(name);
        return { name, latin, lower: name.toLowerCase(), simplified: latin ? name : toSimplified(name) };
      }),
    })));
  }

  private findableNames?: ReturnType<Lexicon['namesToFind']>;

  /** Whether any dictionary word is written as a character bigram term is (~xx): none is, as the words are the segmenter's. */
  private readonly bigramWords: boolean;

  constructor(readonly data: LexiconData) {
    this.zhWords = new Map(Object.entries(data.zhWords));
    this.enWords = new Map(Object.entries(data.enWords));
    this.bigramWords = Object.keys(data.zhWords).some((word) => word.startsWith(BIGRAM_PREFIX));
  }

  /**
   * A text's terms in one shared, language-neutral space: Chinese words and names are replaced by
   * their English terms (keeping a little of the Chinese word), English terms and figures stay.
   */
  concepts(text: string, ownTerms: WeightedTerm[], keepChinese = 0.3): WeightedTerm[] {
    const out = new Map<string, number>();
    const add = (term: string, weight: number) => out.set(term, (out.get(term) ?? 0) + weight);
    const folded = foldForMatch(text).replace(/\s+/g, '');
    const coveredByPhrase = new Set<string>();
    for (const entry of phrasesWithin(this.data.zhPhrases, folded)) {
      coveredByPhrase.add(entry.phrase);
      for (const [term, weight] of entry.targets) add(term, weight);
    }
    for (const { term, weight } of ownTerms) {
      if (!term || term.startsWith('~')) continue;
      const isChinese = hasCjkChar(term);
      if (!isChinese) {
        add(term, weight);
        continue;
      }
      const translations = this.zhWords.get(term);
      const named = [...coveredByPhrase].some((phrase) => phrase.includes(term));
      if (!translations || named) {
        add(term, weight * (named ? keepChinese : 1));
        continue;
      }
      add(term, weight * keepChinese);
      const total = translations.reduce((sum, [, w]) => sum + w, 0) || 1;
      for (const [target, w] of translations) add(target, (weight * w) / total);
    }
    return [...out].map(([term, weight]) => ({ term, weight }));
  }

  bridge(text: string, ownTerms: WeightedTerm[], options: BridgeOptions = { terminology: true, dictionary: true }): WeightedTerm[] {
    const out = new Map<string, number>();
    const add = (term: string, weight: number) => out.set(term, Math.max(out.get(term) ?? 0, weight));
    const own = new Set(ownTerms.map((term) => term.term));

    if (options.terminology) {
      const folded = foldForMatch(text).replace(/\s+/g, '');
      for (const entry of phrasesWithin(this.data.zhPhrases, folded)) {
        for (const [term, weight] of entry.targets) add(term, weight);
      }
      const englishSequence = ` ${englishTerms(foldForMatch(text).replace(/[\u3400-\u4dbf\u4e00-\u9fff]+/g, ' ')).join(' ')} `;
      for (const entry of phrasesStartingWithWordsOf(this.data.enPhrases, englishSequence)) {
        if (englishSequence.includes(` ${entry.phrase} `)) for (const [term, weight] of entry.targets) add(term, weight);
      }
    }
    if (options.dictionary) {
      for (const { term } of ownTerms) {
        // A character bigram (most of a Chinese text's terms) is no dictionary word: not looked up.
        if (!this.bigramWords && term.startsWith(BIGRAM_PREFIX)) continue;
        const translations = hasCjkChar(term) ? this.zhWords.get(term) : this.enWords.get(term);
        if (!translations) continue;
        for (const [target, weight] of translations) add(target, weight);
      }
    }
    for (const term of own) out.delete(term);
    return [...out].map(([term, weight]) => ({ term, weight }));
  }
}

/**
 * Parallel lines of the bilingual documents: each passage's Chinese and English texts (split into
 * their parts at a colon when both sides have the same number of parts: "智方便：…" | "iAM Smart: …"),
 * and each section heading with its English.
 */
export function parallelLines(chunks: Chunk[], analyzer: TextAnalyzer): ParallelLine[] {
  const toLine = (chinese: string, english: string): ParallelLine => ({
    chinese: (foldForMatch(chinese).match(/[\u3400-\u4dbf\u4e00-\u9fff]+/g) ?? []).flatMap((run) => analyzer.segmentChinese(run)),
    english: englishTerms(foldForMatch(english)),
  });
  const lines: ParallelLine[] = [];
  const headings = new Set<string>();
  for (const chunk of chunks) {
    const zh = textIn(chunk, 'zh-Hant');
    const en = textIn(chunk, 'en');
    chunk.section.zh.forEach((heading, index) => {
      const english = chunk.section.en[index];
      if (english && !headings.has(heading)) {
        headings.add(heading);
        lines.push(toLine(heading.replace(/^\d+\.\s*/, ''), english.replace(/^\d+\.\s*/, '')));
      }
    });
    if (!zh || !en) continue;
    const zhParts = zh.split(/[：:]/).filter((part) => part.trim());
    const enParts = en.split(/:\s/).filter((part) => part.trim());
    if (zhParts.length > 1 && zhParts.length === enParts.length) {
      zhParts.forEach((part, index) => lines.push(toLine(part, enParts[index]!)));
    } else {
      lines.push(toLine(zh, en));
    }
  }
  return lines;
}

/** Confident word pairs of the bilingual documents: competitive linking plus name lines. */
export function alignCorpus(chunks: Chunk[], analyzer: TextAnalyzer): AlignedPair[] {
  const lines = parallelLines(chunks, analyzer);
  const linked = alignWords(lines);
  const seen = new Set(linked.map((pair) => `${pair.chinese}\u0000${pair.english}`));
  return [...linked, ...alignNameLines(lines).filter((pair) => !seen.has(`${pair.chinese}\u0000${pair.english}`))];
}
