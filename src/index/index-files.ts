import { createHash } from 'node:crypto';
import { loadCorpus } from '../corpus/load-corpus.js';
import { loadTerminology } from '../text/lexicon.js';

/**
 * The index's file names and the corpus checksum it records, apart from the builder so that
 * loading an index (the server's start) does not import what building needs (the document
 * readers, the dictionaries). build-index.ts re-exports these.
 */

export const STORE_DIR = 'store';
export const FILES = {
  manifest: 'manifest.json',
  chunks: 'chunks.json',
  documents: 'documents.json',
  searchText: 'search-text.json',
  /** The short forms the documents define, learned at build time (short-forms-file.ts); absent in older indexes. */
  shortForms: 'short-forms.json',
  sparse: 'sparse.bin',
  /** The text read from each PDF, HTML or Word document (what its passages' offsets point into). */
  texts: 'texts.json',
  embedder: 'embedder.json',
} as const;

/**
 * The files LangChain's HNSWLib saves: the dense side of the index. With a retrieval mode that
 * does not use it, loading checks and reads them only when something first asks for the vectors.
 */
export const VECTOR_FILES = ['args.json', 'docstore.json', 'hnswlib.index'] as const;

/** The checksum an index records: corpus manifest, documents and terminology. */
export function corpusChecksum(corpusDir: string): { checksum: string; corpus: ReturnType<typeof loadCorpus>; terminology: ReturnType<typeof loadTerminology> } {
  const corpus = loadCorpus(corpusDir);
  const terminology = loadTerminology(corpusDir);
  const checksum = createHash('sha256').update(corpus.checksum).update(terminology.raw).digest('hex');
  return { checksum, corpus, terminology };
}
