import type { SourceDocument } from '../corpus/manifest.js';
import { BudgetQaError } from '../errors.js';
import { assignChunkIds, type Chunk, type DraftChunk } from './chunk.js';
import { chunkBilingualSlides } from './formats/bilingual-slides.js';
import { chunkEstimatesReport } from './formats/estimates-report.js';
import { chunkFactSheet } from './formats/fact-sheet.js';
import { chunkPressRelease } from './formats/press-release.js';

const CHUNKERS = {
  'bilingual-slides': chunkBilingualSlides,
  'fact-sheet': chunkFactSheet,
  'estimates-report': chunkEstimatesReport,
  'press-release': chunkPressRelease,
} as const satisfies Record<SourceDocument['format'], (source: string) => DraftChunk[]>;

/** Pure: a document → its passages, split along the document's own structure. */
export function chunkDocument(document: Pick<SourceDocument, 'id' | 'format' | 'text' | 'file'>): Chunk[] {
  const drafts = CHUNKERS[document.format](document.text);
  if (drafts.length === 0) {
    throw new BudgetQaError('CORPUS_FILE_INVALID', `${document.file}: no passage could be read as ${document.format}.`);
  }
  return assignChunkIds(document.id, drafts);
}

export function chunkCorpus(documents: Array<Pick<SourceDocument, 'id' | 'format' | 'text' | 'file'>>): Chunk[] {
  return documents.flatMap(chunkDocument);
}
