import type { SourceDocument } from '../corpus/manifest.js';
import { BudgetQaError } from '../errors.js';
import { assignChunkIds, type Chunk, type DraftChunk } from './chunk.js';
import type { Block } from '../ingest/blocks.js';
import { readText } from '../ingest/read-text.js';
import { chunkBlocks } from './chunk-blocks.js';
import { chunkBilingualSlides } from './formats/bilingual-slides.js';
import { chunkEstimatesReport } from './formats/estimates-report.js';
import { chunkFactSheet } from './formats/fact-sheet.js';
import { chunkPressRelease } from './formats/press-release.js';

const CHUNKERS = {
  'bilingual-slides': chunkBilingualSlides,
  'fact-sheet': chunkFactSheet,
  'estimates-report': chunkEstimatesReport,
  'press-release': chunkPressRelease,
} as const satisfies Record<NonNullable<SourceDocument['format']>, (source: string) => DraftChunk[]>;

/** Pure: a document → its passages, split along the document's own structure. */
export function chunkDocument(document: Pick<SourceDocument, 'id' | 'format' | 'text' | 'file'> & { blocks?: Block[]; title?: SourceDocument['title'] }): Chunk[] {
  // A named format keeps its own parser; any other document goes through its blocks and the generic chunker.
  const titles = document.title ? [document.title.zh, document.title.en] : [];
  const drafts = document.format ? CHUNKERS[document.format](document.text) : chunkBlocks(document.blocks ?? readText(document.text), { titles });
  if (drafts.length === 0) {
    throw new BudgetQaError('CORPUS_FILE_INVALID', `${document.file}: no passage could be read${document.format ? ` as ${document.format}` : ''}.`);
  }
  return assignChunkIds(document.id, drafts);
}

export function chunkCorpus(documents: Array<Pick<SourceDocument, 'id' | 'format' | 'text' | 'file'> & { blocks?: Block[]; title?: SourceDocument['title'] }>): Chunk[] {
  return documents.flatMap(chunkDocument);
}
