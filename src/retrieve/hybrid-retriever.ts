import type { Chunk } from '../chunk/chunk.js';
import { acronymsOfNames, expandShortForms, expandTranslatedShortForms, translatedShortForm, type ShortForms } from '../text/short-forms.js';
import { corpusShortForms } from '../index/short-forms-file.js';
import { NameForms, namedSubjects, namedSubjectsMissing, withEnglishNames, type NamedSubject } from '../text/named-subjects.js';
import { DEFAULT_RERANK_MODEL, RERANK_COVERAGE_FLOOR, rerankFactorOf, type RerankFeatures, type RerankModel } from './rerank-model.js';
import type { DocumentEntry } from '../corpus/manifest.js';
import type { LoadedIndex } from '../index/load-index.js';
import { BIGRAM_PREFIX, withoutFunctionCharacters, type WeightedTerm } from '../text/analyze.js';
import { extractQuantities, type Quantity } from '../text/quantities.js';
import { foldForMatch, isCjkChar, toSimplified } from '../text/normalise.js';
import { Memo } from '../text/memo.js';
import { searchableText } from '../chunk/chunk.js';
import { analyzeQuestion, type QuestionIntent } from './question-intent.js';
import { QUESTION_FRAME_TERMS, withoutFramePhrases } from '../text/question-frame.js';
import { boundOf } from '../text/bounds.js';
import { DEFAULT_SEARCH_TEXT_OPTIONS } from '../text/search-text.js';
import { CONCEPT_EMBEDDER_NAME } from '../embed/concept-embeddings.js';

/**
 * Hybrid retrieval: BM25 over bilingual terms and the dense HNSW index, fused by reciprocal rank,
 * then re-ranked on how much of the question a passage covers, the kind of answer it holds
 * (money for "how much", dates for "when") and the budget year the question names.
 */

export type RetrievalMode = 'sparse' | 'dense' | 'fused' | 'sparse+rerank' | 'fused+rerank';

export interface RetrieveOptions {
  k?: number;
  mode?: RetrievalMode;
  /** Only passages of these documents (a question that names its source: "according to the fact sheet", "what does the fact sheet say?"); all when absent. */
  docIds?: readonly string[];
}

export interface RetrievedPassage {
  chunk: Chunk;
  document: DocumentEntry;
  score: number;
  /** Share (0–1) of the question's terms, weighted by rarity, that the passage holds. */
  coverage: number;
  sparseRank?: number;
  denseRank?: number;
  /** The passage's wording group (Bm25Index.wordingGroupOf): passages that say the same in other figures share it. */
  wording?: number;
}

export interface RetrievalResult {
  question: string;
  intent: QuestionIntent;
  passages: RetrievedPassage[];
  /** How rare a word is in the passages (idf; an unseen word is rarest): how much a qualifier restricts. */
  rarityOf?: (term: string) => number;
  /** The schemes, bodies and places the question names (read once, for the re-ranker and the answerer). */
  subjects?: NamedSubject[];
  /** The question's own content terms (no bigrams, no bridged terms, no years), weighted by rarity (idf). */
  questionTerms: WeightedTerm[];
  /** The question's search terms: its own and their translations. */
  queryTerms: WeightedTerm[];
  /** Share of the question's term weight that no passage holds, in any language: words the documents never use. */
  unseenTermShare: number;
  /** Proper names the question writes (Singapore, NVIDIA) that no passage holds in any language. */
  unseenNames?: string[];
}

/**
 * The mode questions are answered with. Measured on the eval (README): with the embedded default
 * embedder the dense path (query embedding + HNSW search, a quarter of uncached CPU) adds nothing
 * on top of bridged BM25 and the re-ranker (same answers at ×1, more right and fewer abstentions
 * at ×10), so it is off the default path; a neural embedder keeps it (it may earn its cost).
 * `mode: 'fused+rerank'` asks for it whatever the embedder.
 */
export function defaultRetrievalMode(embedderName: string): RetrievalMode {
  return embedderName === CONCEPT_EMBEDDER_NAME ? 'sparse+rerank' : 'fused+rerank';
}

/**
 * The proper names an English question writes: capitalised words inside a sentence ("than
 * Singapore's", "from NVIDIA"), and words in capitals anywhere; not a sentence's first word, which
 * any word may be.
 */
export function properNames(question: string): string[] {
  const names: string[] = [];
  // A run of capitalised words (joined by "of", "for", "and") is one name: "China Association for Science and Technology".
  for (const match of question.matchAll(/(?<![\w@])[A-Z][\w&+'’@-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&+'’@-]*)*/g)) {
    const before = question.slice(0, match.index).trimEnd();
    const opensSentence = before === '' || /[.?!:;"“'‘(—–-]$/.test(before);
    const words = match[0].split(/\s+/);
    // A sentence's first word ("Is", "Does the") is a name only in capitals ("NVIDIA chips").
    if (opensSentence && !/^[A-Z0-9&+-]{2,}$/.test(words[0]!)) {
      words.shift();
      while (words.length && /^(?:of|for|and|the|&)$/.test(words[0]!)) words.shift();
    }
    const plain = words.join(' ').replace(/['’]s$/, '');
    if (plain.length <= 1 || SHORT_FORM.test(plain) || FORM_OF_ADDRESS.test(plain)) continue;
    // "as the Budget Speech said", "per the FS", "according to Mr Chan": a source the asker cites, not what is asked about.
    if (CITED_SOURCE_BEFORE.test(question.slice(Math.max(0, (match.index ?? 0) - CITED_SOURCE_REACH), match.index)) || CITED_SOURCE_AFTER.test(question.slice((match.index ?? 0) + match[0].length))) continue;
    names.push(plain);
  }
  return [...new Set(names)];
}

/**
 * A short form in capitals (SME, FS, NIFS, Q1, FY25; at most SHORT_FORM_LETTERS letters): the asker's
 * own abbreviation of something the documents may well spell out, so no evidence they never name it.
 */
const SHORT_FORM_LETTERS = 5;
const SHORT_FORM = new RegExp(`^[A-Z0-9&]{1,${SHORT_FORM_LETTERS}}s?$`);
/** A person addressed or named by title ("…, Mr Chan?"): the asker's interlocutor or a source, not the subject. */
const FORM_OF_ADDRESS = /^(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sir|Madam)\.?\s/;
const CITED_SOURCE_BEFORE = /\b(?:as|per|according to|cited (?:in|by)|said by|stated in|quoted in|reported (?:in|by))\s+(?:the\s+)?$/i;
/** … and a publisher named before its report, survey or index ("the X 2024 overview", "Y's yearbook"): the source of a figure, not its subject. */
const CITED_SOURCE_AFTER = /^\s*(?:said|says|stated|states|reported|reports|claimed|claims|mentioned|announced)\b|^\s*(?:['’]s\s+)?(?:\d{4}\s+)?(?:global\s+|annual\s+|world\s+)?(?:report|overview|survey|index|ranking|rankings|study|yearbook|review|outlook)\b/i;
const CITED_SOURCE_REACH = 24;

/** The sparse candidates the re-ranker scores: this many wordings (each with up to CANDIDATES_PER_WORDING editions). */
const CANDIDATES = 40;
/** How much wider the sparse search runs when the question names its documents (the candidates are then filtered to them). */
const NAMED_DOCUMENT_WIDENING = 10;

/**
 * The best passages until `k` wordings are in: another edition of a passage already in (the same
 * wording in other figures, see Bm25Index.wordingGroupOf) comes along beside it without taking one of
 * the k places, so documents filed for many years cannot push every other paragraph out (at most 2k).
 */
export function firstDistinctWordings<T extends { position: number }>(ranked: readonly T[], k: number, wordingOf: (position: number) => number): T[] {
  const out: T[] = [];
  const wordings = new Set<number>();
  for (const entry of ranked) {
    const wording = wordingOf(entry.position);
    if (!wordings.has(wording) && wordings.size >= k) continue;
    if (out.length >= 2 * k) break;
    wordings.add(wording);
    out.push(entry);
  }
  return out;
}
/** The ranked hits of the first `count` wordings met (every hit of those wordings, in rank order). */
function firstWordings<T extends { index: number }>(ranked: readonly T[], count: number, wordingOf: (position: number) => number): T[] {
  const wordings = new Set<number>();
  return ranked.filter(({ index }) => {
    const wording = wordingOf(index);
    if (wordings.has(wording)) return true;
    if (wordings.size >= count) return false;
    wordings.add(wording);
    return true;
  });
}
/**
 * Most candidates of one wording (passages that say the same in other figures: next year's edition
 * of a paragraph, a document filed twice; see Bm25Index.wordingGroupOf). Two keep a figure and its
 * edition from another year side by side; more let copies crowd every other paragraph out of the
 * candidates as documents of many years are added.
 */
export const CANDIDATES_PER_WORDING = 2;
/**
 * Weight in coverage of a question word no passage holds in any language ("comparison", 加埋) when
 * the question has no seen word to take an average from. Otherwise an unseen word weighs the mean
 * rarity of the question's seen words; how much of a question is unseen is a feature of the
 * abstention decision (unseenTermShare).
 */
export const UNSEEN_TERM_WEIGHT = 1;
/** Weight in BM25 of a passage word an unseen question word may stand for (a question's own word weighs 1). */
export const SYNONYM_QUERY_WEIGHT = 0.5;
/** A purpose asked by the word for an aim ("the aim of X", 「X的目標」), as a report's heading would put it. */
const ASKS_AIM = /\b(?:aims?|goals?|objectives?|purpose)\b|目標|目标|目的|宗旨/i;
/** Headings under which reports state a thing's aim, in both languages. */
const AIM_HEADINGS = '宗旨 目的 aim purpose objective';

/** One-character suffixes of derivation (Simplified, as terms are folded): rate, amount, quantity, -ness, degree, value, fee, number. Not 者 or 生: 投資者 is no investment. */
const DERIVATION_SUFFIX = /^[率额量性度值费数]$/u;
/** Shortest Chinese word a derived word is read back to. */
const MIN_CHINESE_STEM = 2;

/**
 * A Chinese word no passage holds, read as its longest leading part that a passage does hold when
 * the rest is one character (a suffix of derivation: 率, 額, 量, 性, 度): 覆蓋率 → 覆蓋. Undefined otherwise.
 */
export function seenStemOf(term: string, seenRarityOf: (term: string) => number | undefined): string | undefined {
  const characters = [...term];
  if (characters.length < MIN_CHINESE_STEM + 1 || !characters.every((character) => /[\u3400-\u9fff]/.test(character))) return undefined;
  if (!DERIVATION_SUFFIX.test(characters.at(-1)!)) return undefined;
  const stem = characters.slice(0, -1).join('');
  return seenRarityOf(stem) !== undefined ? stem : undefined;
}

/** The nouns for who does what a verb says, as English derives them: chair → chairman, lead → leader, direct → director. */
export function agentNouns(verb: string): string[] {
  const stem = verb.replace(/e$/, '');
  return [`${verb}man`, `${verb}person`, `${stem}er`, `${stem}or`];
}
/** Share of its rarity a stand-in word keeps in coverage: the asker's own words count more than a paraphrase. */
export const SYNONYM_CREDIT = 0.8;
export const DEFAULT_DENSE_WEIGHT = 0.2;
const RRF_K = 60;

/** Per-chunk facts the re-ranker needs, computed once per index. */
interface ChunkFacts {
  /** Folded text without spaces: Chinese question words are found in it whatever the segmentation. */
  folded: string;
  quantities: readonly Quantity[];
  hasDateWords: boolean;
  /** The passage says where something is (位於, located in): a place question's answer. */
  locatesSomething: boolean;
}

/** Joins passages' folded texts for counting which hold a word (folding leaves no control characters). */
const FOLDED_SEPARATOR = '\u0000';
/** Chinese words without postings whose passage counts are remembered. */
export const HOLDING_COUNT_MEMO_ENTRIES = 4096;
/** Passages whose naming forms the re-ranker keeps (estimated as the text three times over, the forms being shared with named-subjects.ts' memos). */
export const NAMING_FORMS_MEMO_ENTRIES = 4096;
export const NAMING_FORMS_MEMO_BYTES = 8 * 1024 * 1024;

const DATE_WORDS = /今年|明年|去年|年內|年内|年底|年中|年初|季|月|this year|next year|last year|by the end|quarter|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** Words that say where a thing is, in either language (linguistic, not of any document). */
const LOCATING_WORDS = /位於|位于|坐落|座落|設於|设于|選址|选址|\b(?:located|situated|sited)\s+(?:in|at|on)\b/i;

export class HybridRetriever {
  /** Computed the first time a passage is a candidate (a large index need not compute them all to start). */
  private readonly facts: Array<ChunkFacts | undefined>;
  private readonly positionById: Map<string, number>;

  /**
   * Weight of the dense ranking in the fusion, against 1 for the sparse one. Measured on the eval:
   * with the embedded default the bridged BM25 carries retrieval and the dense ranking helps little;
   * a neural embedder may deserve more.
   */
  constructor(
    private readonly index: LoadedIndex,
    private readonly denseWeight = DEFAULT_DENSE_WEIGHT,
    private readonly rerank: RerankModel = DEFAULT_RERANK_MODEL,
  ) {
    this.positionById = new Map(index.chunks.map((chunk, position) => [chunk.id, position]));
    this.facts = new Array(index.chunks.length);
  }

  private factsOf(position: number): ChunkFacts {
    let facts = this.facts[position];
    if (!facts) {
      const text = searchableText(this.index.chunks[position]!).normalize('NFKC');
      facts = { folded: foldForMatch(text).replace(/\s+/g, ''), quantities: extractQuantities(text), hasDateWords: DATE_WORDS.test(text), locatesSomething: LOCATING_WORDS.test(text) };
      this.facts[position] = facts;
    }
    return facts;
  }

  /** A passage's folded text without spaces (what factsOf holds), without the rest of its facts. */
  private foldedOf(position: number): string {
    const facts = this.facts[position];
    if (facts) return facts.folded;
    return foldForMatch(searchableText(this.index.chunks[position]!).normalize('NFKC')).replace(/\s+/g, '');
  }

  /** Rarity-weighted share of the question's own terms found in a passage (its bridged terms count). */
  coverage(questionTerms: WeightedTerm[], position: number): number {
    const { folded } = this.factsOf(position);
    let total = 0;
    let found = 0;
    for (const { term, weight } of questionTerms) {
      total += weight;
      if (this.index.sparse.hasTerm(position, term) || (isCjkChar(term[0]!) && folded.includes(term))) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }

  /**
   * A word's idf, or undefined when no passage holds it (nor a translation of it) in any language.
   * A Chinese word the segmenter never cut out of a passage (时间 inside 同一时间) has no postings; its
   * idf comes from the passages whose text holds it.
   */
  private seenRarity(term: string): number | undefined {
    if (this.index.sparse.has(term)) return this.index.sparse.idf(term);
    if (!isCjkChar(term[0]!)) return undefined;
    const holding = this.holdingCounts.get(term, () => this.passagesHolding(term));
    const passages = this.index.chunks.length;
    return holding === 0 ? undefined : Math.max(0.01, Math.log(1 + (passages - holding + 0.5) / (holding + 0.5)));
  }

  /**
   * How many passages' folded texts hold `term`: one pass of indexOf over every passage's folded
   * text joined by a separator no folded text holds, skipping to the next passage after a hit.
   */
  private passagesHolding(term: string): number {
    const joined = (this.allFolded ??= this.index.chunks.map((_, position) => this.foldedOf(position).replaceAll(FOLDED_SEPARATOR, '')).join(FOLDED_SEPARATOR));
    let holding = 0;
    let from = 0;
    for (;;) {
      const at = joined.indexOf(term, from);
      if (at === -1) return holding;
      holding++;
      const end = joined.indexOf(FOLDED_SEPARATOR, at + term.length);
      if (end === -1) return holding;
      from = end + 1;
    }
  }

  /** Every passage's folded text joined, made the first time a question has a Chinese word with no postings. */
  private allFolded?: string;
  /** Passages holding a Chinese word without postings, by word (a few numbers: bounded in entries and bytes by Memo). */
  private readonly holdingCounts = new Memo<number>(HOLDING_COUNT_MEMO_ENTRIES);

  /**
   * The short forms the documents define: learned when the index was built; for an index built
   * before they were stored, learned from its passages and headings the first time a question is read.
   */
  private shortForms(): ShortForms {
    // … and acronyms of the glossary's names the documents never shorten themselves (HKMRDI); a form the documents define wins.
    // (Of the glossary's other entries, schemes, funds and terms, only the word stems are kept: an acronym of those reads as them.)
    const { names, enPhrases } = this.index.searchText.lexicon.data;
    return (this.learnedShortForms ??= new Map([
      ...acronymsOfNames(enPhrases.map((entry) => entry.phrase)),
      ...acronymsOfNames(names.flatMap((entity) => entity.en)),
      ...(this.index.shortForms ?? corpusShortForms(this.index.chunks)),
    ]));
  }

  private learnedShortForms?: ShortForms;

  /** The words of the headings reports put a thing's aim under, as the analyser reads them (made once). */
  private aimHeadingTerms(searchText: LoadedIndex['searchText']): string[] {
    return (this.aimTerms ??= [...new Set(searchText.analyzer.analyze(AIM_HEADINGS, { question: true }).map(({ term }) => term))].filter((term) => this.index.sparse.has(term)));
  }

  private aimTerms?: string[];

  /** The seen words of the name an acronym the passages never write stands for ("hkmrdi" → microelectron, institut, …), or undefined. */
  private acronymTerms(term: string, searchText: LoadedIndex['searchText']): WeightedTerm[] | undefined {
    if (!/^[a-z]{3,}$/.test(term)) return undefined;
    const full = this.shortForms().get(term.toUpperCase());
    if (!full) return undefined;
    const words = searchText.analyzer.analyze(full, { question: true }).filter(({ term: word }) => this.seenRarity(word) !== undefined);
    return words.length > 0 ? words : undefined;
  }

  async retrieve(question: string, options: RetrieveOptions = {}): Promise<RetrievalResult> {
    const k = options.k ?? 5;
    const mode = options.mode ?? defaultRetrievalMode(this.index.manifest.embedder.name);
    // A copy: the answerer sets the language asked for on the retrieval's intent.
    const intent = { ...analyzeQuestion(question) };
    const { searchText } = this.index;
    // Each word's rarity looked up once per question (a Chinese word without postings scans the passages).
    const rarities = new Map<string, number | undefined>();
    const seenRarityOf = (term: string) => {
      if (!rarities.has(term)) rarities.set(term, this.seenRarity(term));
      return rarities.get(term);
    };
    // A short form the documents define ("Manufacturing+", R&D, 教資會) is read with its full name beside it.
    // "Is it more than RMB 1 billion?": the bound a yes/no sets is no figure of the passage it is answered by.
    const bounds = intent.answerType === 'yes-no' ? boundFigures(question) : [];
    const searched = withoutFramePhrases(bounds.length ? withoutFigures(question, bounds) : question);
    // … and one defined in English with a symbol, written in Chinese (「製造+」 for "Manufacturing+").
    const translateWord = (word: string) => searchText.lexicon.translationsOf(toSimplified(word)).map(([english]) => english);
    const stemWord = (word: string) => searchText.analyzer.analyze(word)[0]?.term ?? word.toLowerCase();
    const read = expandShortForms(expandTranslatedShortForms(searched, this.shortForms(), translateWord, stemWord), this.shortForms());
    const ownTerms = searchText.analyzer.analyze(searched, { question: true });
    // English paraphrase: a word no passage uses stands in for the passages' words it may mean (WordNet), lighter.
    const standIns = new Map<string, string[]>();
    for (const { term } of ownTerms) {
      // "Who chairs X?": a verb the passages do not use names the role they do (chairman), before its other senses.
      const synonyms = /^[a-z]/.test(term) && seenRarityOf(term) === undefined ? [...new Set([...agentNouns(term), ...searchText.synonymsOf(term)])].filter((synonym) => this.index.sparse.has(synonym)) : [];
      if (synonyms.length) standIns.set(term, synonyms);
    }
    const queryTerms = [
      ...searchText.terms(read, DEFAULT_SEARCH_TEXT_OPTIONS, { question: true }),
      ...[...standIns.values()].flat().map((term) => ({ term, weight: SYNONYM_QUERY_WEIGHT })),
      // "What is the aim of X?", 「X的目標是甚麼」: reports put a thing's aim under a heading of its own (宗旨, 目的, Aim), which
      // the asker's word (目標, goal) need not be; those headings are searched too, lighter.
      ...(intent.answerType === 'purpose' && ASKS_AIM.test(question) ? this.aimHeadingTerms(searchText).map((term) => ({ term, weight: SYNONYM_QUERY_WEIGHT })) : []),
    ];
    // Coverage counts content words; years are the re-ranker's business.
    // … and a word that only frames the question (how big, in total, 俾, 幾時), where no passage uses it, is no part of its topic.
    const contentTerms = ownTerms
      .filter(({ term }) => !term.startsWith(BIGRAM_PREFIX) && !/^(?:fy\d{4}-\d{2}|y\d{4})$/.test(term) && !(QUESTION_FRAME_TERMS.has(term) && seenRarityOf(term) === undefined))
      // A Chinese word no passage holds that is a content character glued to a function one (地有, 那幅) is read as its content.
      .flatMap((weighted) => {
        // An acronym no passage writes (HKMRDI) is read as the words of the name it stands for.
        const spelledOut = seenRarityOf(weighted.term) === undefined ? this.acronymTerms(weighted.term, searchText) : undefined;
        if (spelledOut) return spelledOut.filter(({ term }) => !ownTerms.some((own) => own.term === term));
        // … and one that is a seen word with a suffix of derivation (覆蓋率 "coverage rate", 資助額) is read as that word.
        const content = seenRarityOf(weighted.term) === undefined ? (withoutFunctionCharacters(weighted.term) ?? seenStemOf(weighted.term, seenRarityOf)) : undefined;
        if (content === undefined) return [weighted];
        return content && !ownTerms.some(({ term }) => term === content) ? [{ ...weighted, term: content }] : [];
      });
    const seenRarities = contentTerms.map(({ term }) => seenRarityOf(term)).filter((rarity): rarity is number => rarity !== undefined);
    // An unseen word weighs what the question's seen words weigh on average: not the highest rarity
    // (a paraphrase would outweigh every word that matches), not nothing (an off-topic question whose
    // one seen word is rare would look covered).
    const unseenWeight = seenRarities.length ? seenRarities.reduce((sum, weight) => sum + weight, 0) / seenRarities.length : UNSEEN_TERM_WEIGHT;
    const questionTerms = contentTerms.map(({ term }) => {
      const standIn = standIns.get(term)?.[0];
      if (standIn) return { term: standIn, weight: this.index.sparse.idf(standIn) * SYNONYM_CREDIT };
      return { term, weight: seenRarityOf(term) ?? unseenWeight };
    });

    // Rarity of each word as the corpus would give it (an unseen word is the rarest of all).
    const rarity = questionTerms.map(({ term }) => this.index.sparse.idf(term));
    const totalRarity = rarity.reduce((sum, weight) => sum + weight, 0);
    const unseenRarity = questionTerms.reduce((sum, { term }, position) => sum + (seenRarityOf(term) === undefined ? rarity[position]! : 0), 0);
    const unseenTermShare = totalRarity === 0 ? 0 : unseenRarity / totalRarity;
    // A name is unseen when none of its words, its short form's full name, or their translations is in any passage.
    const unseenNames = properNames(searched).filter((name) => {
      const own = searchText.analyzer.analyze(name, { question: true }).filter(({ term }) => !QUESTION_FRAME_TERMS.has(term));
      const terms = searchText.terms(expandShortForms(name, this.shortForms()), DEFAULT_SEARCH_TEXT_OPTIONS, { question: true });
      return own.length > 0 && terms.every(({ term }) => seenRarityOf(term) === undefined);
    });

    const sparseRanks = new Map<number, number>();
    const denseRanks = new Map<number, number>();
    if (mode !== 'dense') {
      const documents = options.docIds ? new Set(options.docIds) : undefined;
      // Restricted to named documents: searched wider, so that the documents' own best passages are among the candidates.
      // CANDIDATES wordings, each with up to CANDIDATES_PER_WORDING of its editions.
      const hits = this.index.sparse.search(queryTerms, documents ? CANDIDATES * NAMED_DOCUMENT_WIDENING : CANDIDATES, { perWording: CANDIDATES_PER_WORDING, wordings: true });
      const wordingOf = (position: number) => this.index.sparse.wordingGroupOf(position);
      // A passage ranks among wordings: its other editions share its rank rather than push the paragraphs after them down.
      const wordingRanks = new Map<number, number>();
      for (const { index } of documents ? firstWordings(hits.filter(({ index }) => documents.has(this.index.chunks[index]!.docId)), CANDIDATES, wordingOf) : hits) {
        const wording = wordingOf(index);
        let rank = wordingRanks.get(wording);
        if (rank === undefined) wordingRanks.set(wording, (rank = wordingRanks.size + 1));
        sparseRanks.set(index, rank);
      }
    }
    // On the default path the dense ranking is a fallback: it runs when the question's words find
    // fewer than k passages (nothing in common with the documents), so there is related reading.
    const denseFallback = options.mode === undefined && mode === 'sparse+rerank' && sparseRanks.size < k;
    if ((mode !== 'sparse' && mode !== 'sparse+rerank') || denseFallback) {
      const vector = await this.index.embeddings.embedQuery(question);
      const hits = await this.index.vectorStore.similaritySearchVectorWithScore(vector, Math.min(CANDIDATES, this.index.chunks.length));
      hits.forEach(([document], rank) => {
        const position = this.positionById.get(document.metadata.chunkId as string);
        if (position !== undefined) denseRanks.set(position, rank + 1);
      });
    }

    const candidates = new Set([...sparseRanks.keys(), ...denseRanks.keys()]);
    // A quoted name written as a short form with a symbol (「製造+」) is named by a passage that writes its full name.
    const subjects = namedSubjects(question, searchText.lexicon.data).map((subject) => {
      const symbol = /^([\u4e00-\u9fff]{1,4})\s*[+＋]$/u.exec(subject.written);
      const form = symbol ? translatedShortForm(symbol[1]!, this.shortForms(), translateWord, stemWord) : undefined;
      return form ? withEnglishNames(subject, [form[1]]) : subject;
    });
    const checkedCurrency = currencyOfBoundSum(bounds);
    if (options.docIds) {
      const allowed = new Set(options.docIds);
      for (const position of candidates) if (!allowed.has(this.index.chunks[position]!.docId)) candidates.delete(position);
    }
    const scored = [...candidates].map((position) => {
      const sparseRank = sparseRanks.get(position);
      const denseRank = denseRanks.get(position);
      let score = (sparseRank ? 1 / (RRF_K + sparseRank) : 0) + (denseRank ? this.denseWeight / (RRF_K + denseRank) : 0);
      const coverage = this.coverage(questionTerms, position);
      if (mode === 'fused+rerank' || mode === 'sparse+rerank') score *= rerankFactorOf(this.rerankFeatures(intent, position, coverage, subjects, checkedCurrency), this.rerank);
      return { position, score, coverage, sparseRank, denseRank };
    });
    scored.sort((a, b) => b.score - a.score || a.position - b.position);

    return {
      question,
      intent,
      questionTerms,
      queryTerms,
      unseenTermShare,
      unseenNames,
      rarityOf: (term: string) => this.index.sparse.idf(term),
      subjects,
      passages: firstDistinctWordings(scored, k, (position) => this.index.sparse.wordingGroupOf(position)).map(({ position, score, coverage, sparseRank, denseRank }) => {
        const chunk = this.index.chunks[position]!;
        return { chunk, document: this.index.documents.get(chunk.docId)!, score, coverage, sparseRank, denseRank, wording: this.index.sparse.wordingGroupOf(position) };
      }),
    };
  }

  /** A passage's texts with its heading, as a name is looked for in them. */
  private namingTextOf(position: number): string {
    const chunk = this.index.chunks[position]!;
    return [chunk.section.zh.at(-1) ?? '', chunk.section.en.at(-1) ?? '', ...chunk.texts.map((text) => text.text)].join(' ');
  }

  /**
   * A passage's naming text in the forms names are matched on, kept for the passages met most
   * recently (bounded in entries and bytes): the re-ranker asks of each candidate passage, question
   * after question, whether it names the question's subjects.
   */
  private readonly namingForms = new Memo<NameForms>({ maxEntries: NAMING_FORMS_MEMO_ENTRIES, maxBytes: NAMING_FORMS_MEMO_BYTES, sizeOf: (forms) => forms.bytes });

  private namingFormsOf(position: number): NameForms {
    return this.namingForms.get(String(position), () => new NameForms(this.namingTextOf(position)));
  }

  /** The re-ranker's features of a passage for a question (see rerank-model.ts). */
  rerankFeatures(intent: QuestionIntent, position: number, coverage: number, subjects: readonly NamedSubject[] = [], checkedCurrency?: string): RerankFeatures {
    const facts = this.factsOf(position);
    const chunk = this.index.chunks[position]!;
    const document = this.index.documents.get(chunk.docId)!;
    const has = (kinds: Quantity['kind'][]) => facts.quantities.some((quantity) => kinds.includes(quantity.kind));
    const asksYear = intent.fiscalYears.length > 0;
    const namesYear = asksYear && facts.quantities.some((q) => q.kind === 'fiscal-year' && intent.fiscalYears.includes(q.label!));
    const documentOfYear = asksYear && intent.fiscalYears.includes(document.budgetYear);
    return {
      coverage: Math.log(RERANK_COVERAGE_FLOOR + coverage),
      // … and for a yes/no that checks a sum ("more than RMB 1 billion?"), a sum in the currency it names.
      moneyForAmount: (intent.answerType === 'amount' && has(['money'])) || (checkedCurrency !== undefined && facts.quantities.some((q) => q.kind === 'money' && (q.currency ?? 'HKD') === checkedCurrency)) ? 1 : 0,
      numberForCount: intent.answerType === 'count' && facts.quantities.some((q) => q.kind === 'number' && q.value > 1) ? 1 : 0,
      percentForPercent: intent.answerType === 'percent' && has(['percent']) ? 1 : 0,
      dateForDate: intent.answerType === 'date' && (has(['year', 'fiscal-year']) || facts.hasDateWords) ? 1 : 0,
      placeForPlace: intent.answerType === 'place' && facts.locatesSomething ? 1 : 0,
      documentOfAskedYear: documentOfYear ? 1 : 0,
      otherYearUnnamed: asksYear && !documentOfYear && !namesYear ? 1 : 0,
      namesAskedYear: namesYear ? 1 : 0,
      namesAskedCalendarYear: intent.years.length > 0 && facts.quantities.some((q) => q.kind === 'year' && intent.years.includes(q.value)) ? 1 : 0,
      headingOrCover: chunk.kind === 'heading' || chunk.kind === 'cover' ? 1 : 0,
      namesQuestionSubjects: subjects.length ? 1 - namedSubjectsMissing(this.namingFormsOf(position), subjects) : 0,
    };
  }

}

/** A figure a yes/no question checks, after its polar word: 「是不是50萬元」「係咪有50萬」「是否達到…」, "is it HK$500,000". */
const CHECKED_AFTER_POLAR = /(?:是不是|係唔係|系唔系|係咪|系咪|是否|有冇|有沒有|有没有|\b(?:is|was|are|were) (?:it|that|this|they)\b)[^，。？?,]{0,6}$/i;

/** The figures a question sets as bounds ("more than RMB 1 billion", 超過50億) or checks after its polar word, positioned in its NFKC form. */
function boundFigures(question: string): Quantity[] {
  const text = question.normalize('NFKC');
  return extractQuantities(text).filter(
    (quantity) => (quantity.kind === 'money' || quantity.kind === 'number' || quantity.kind === 'percent') && (boundOf(text, quantity) !== undefined || CHECKED_AFTER_POLAR.test(text.slice(0, quantity.start))),
  );
}

/** The question (NFKC) without the given figures of it. */
function withoutFigures(question: string, figures: readonly Quantity[]): string {
  const text = question.normalize('NFKC');
  let out = '';
  let from = 0;
  for (const quantity of figures) {
    out += text.slice(from, quantity.start);
    from = quantity.end;
  }
  return `${out}${text.slice(from)}`;
}

/** The currency of the first sum among a question's bounds (CNY for "more than RMB 1 billion?"), or undefined when none is a sum. */
function currencyOfBoundSum(bounds: readonly Quantity[]): string | undefined {
  const sum = bounds.find((quantity) => quantity.kind === 'money');
  return sum ? (sum.currency ?? 'HKD') : undefined;
}

/** A yes/no question without the figures it sets as bounds ("more than RMB 1 billion"): what is searched for. */
export function withoutBoundFigures(question: string): string {
  const bounds = boundFigures(question);
  return bounds.length ? withoutFigures(question, bounds) : question;
}

/** The currency of the sum a yes/no question checks ("more than RMB 1 billion?" → CNY), or undefined when it checks none. */
export function checkedSumCurrency(question: string): string | undefined {
  return currencyOfBoundSum(boundFigures(question));
}
