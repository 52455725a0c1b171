import { TextAnalyzer, type WeightedTerm } from './analyze.js';
import { Lexicon, type BridgeOptions, type LexiconData } from './lexicon.js';
import { Memo } from './memo.js';
import type { SynonymMap } from './synonyms.js';

/** How a text becomes search terms: its own terms plus, lighter, the other language's. */
export interface SearchTextOptions {
  bridge: BridgeOptions;
  /** Weight of a bridged term against one of the text's own. */
  bridgeWeight: number;
}

export const DEFAULT_SEARCH_TEXT_OPTIONS: SearchTextOptions = {
  bridge: { terminology: true, dictionary: true },
  bridgeWeight: 0.5,
};

/** The state passages and questions are analysed with; saved in the index, loaded with it. */
export interface SearchTextData {
  userWords: string[];
  lexicon: LexiconData;
  /** English words the passages never use → the passages' words they may stand for (WordNet). */
  synonyms?: SynonymMap;
}

export class SearchText {
  readonly analyzer: TextAnalyzer;
  readonly lexicon: Lexicon;

  /** `analyzer`: one already built with `data.userWords` (a build has one; a segmenter costs ~35 MB). */
  constructor(
    readonly data: SearchTextData,
    analyzer?: TextAnalyzer,
  ) {
    this.analyzer = analyzer ?? new TextAnalyzer({ userWords: data.userWords });
    this.lexicon = new Lexicon(data.lexicon);
  }

  /** The passages' words an English word no passage uses may stand for (WordNet synonyms and derivations). */
  synonymsOf(term: string): readonly string[] {
    return this.data.synonyms?.[term] ?? [];
  }

  /** Own terms and bridged terms, merged (a term in both keeps its own weight plus the bridge's). */
  private readonly memo = new Memo<WeightedTerm[]>(4096);

  terms(text: string, options: SearchTextOptions = DEFAULT_SEARCH_TEXT_OPTIONS, kind: { question?: boolean } = {}): WeightedTerm[] {
    if (options !== DEFAULT_SEARCH_TEXT_OPTIONS) return this.termsUncached(text, options, kind);
    return this.memo.get(`${kind.question ? 'q' : 'p'}\u0000${text}`, () => this.termsUncached(text, options, kind));
  }

  /**
   * What `terms(text)` gives, worked out afresh from the text's own terms (`analyzer.analyze(text)`)
   * and not kept here: for a caller that keeps what it makes of the text (the answerer's sentence
   * analyses), so the terms are not kept twice.
   */
  termsFrom(text: string, own: WeightedTerm[]): WeightedTerm[] {
    return this.withBridged(text, own, DEFAULT_SEARCH_TEXT_OPTIONS);
  }

  private termsUncached(text: string, options: SearchTextOptions, kind: { question?: boolean }): WeightedTerm[] {
    return this.withBridged(text, this.analyzer.analyze(text, kind), options);
  }

  private withBridged(text: string, own: WeightedTerm[], options: SearchTextOptions): WeightedTerm[] {
    if (!options.bridge.terminology && !options.bridge.dictionary) return own;
    const bridged = this.lexicon.bridge(text, own, options.bridge);
    return [...own, ...bridged.map(({ term, weight }) => ({ term, weight: weight * options.bridgeWeight }))];
  }
}

/** Names the corpus marks as names: in 「」, 《》 and bold; the segmenter keeps them whole. */
export function markedNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/「([^」]{2,20})」|《([^》]{2,30})》|\*\*([^*]{2,20})\*\*/g)) {
    const name = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (/[\u4e00-\u9fff]/.test(name) && !/[，。；：]/.test(name)) names.push(name);
  }
  return names;
}
