import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { textIn } from '../chunk/chunk.js';
import type { HybridRetriever, RetrieveOptions } from './hybrid-retriever.js';

/** What each retrieved Document carries besides its text. */
export interface PassageMetadata {
  chunkId: string;
  docId: string;
  budgetYear: string;
  date: string;
  /** Fused and re-ranked score. */
  score: number;
  /** Rarity-weighted share of the question's words the passage holds. */
  coverage: number;
  sparseRank?: number;
  denseRank?: number;
}

/**
 * The hybrid retriever behind LangChain's `BaseRetriever` interface, so it plugs into any LangChain
 * chain (`retriever.invoke(question)` → `Document[]`). Passages keep their Chinese text first and
 * their English text (where the document gives one) after it; ids, scores and coverage travel in
 * metadata. The fusion is our own reciprocal-rank fusion followed by a re-rank on question coverage
 * rather than LangChain's `EnsembleRetriever`: the re-rank needs each passage's coverage and the
 * question's intent, which an ensemble of opaque retrievers does not expose (see DESIGN.md).
 */
export class HybridLangChainRetriever extends BaseRetriever<PassageMetadata> {
  lc_namespace = ['budget-qa', 'retrievers'];

  constructor(
    private readonly hybrid: HybridRetriever,
    private readonly options: RetrieveOptions = {},
    fields?: BaseRetrieverInput,
  ) {
    super(fields);
  }

  async _getRelevantDocuments(query: string): Promise<Document<PassageMetadata>[]> {
    const { passages } = await this.hybrid.retrieve(query, this.options);
    return passages.map(({ chunk, document, score, coverage, sparseRank, denseRank }) => {
      const text = [textIn(chunk, 'zh-Hant'), textIn(chunk, 'en')].filter(Boolean).join('\n');
      return new Document<PassageMetadata>({
        pageContent: text,
        metadata: { chunkId: chunk.id, docId: document.id, budgetYear: document.budgetYear, date: document.date, score, coverage, sparseRank, denseRank },
      });
    });
  }
}
