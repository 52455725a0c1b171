import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../corpus/manifest.js';
import { isExtracted, readDocument } from './read-document.js';

/**
 * Reads every PDF, HTML page and Word file of a loaded corpus into its text and blocks (in place of
 * the empty text `loadCorpus` gives them). Plain text and Markdown keep their text as it is.
 */
export async function extractCorpusDocuments<T extends SourceDocument>(documents: T[], corpusDir: string): Promise<T[]> {
  const read: T[] = [];
  for (const document of documents) {
    if (!isExtracted(document.file)) {
      read.push(document);
      continue;
    }
    const path = join(corpusDir, document.file);
    const { text, blocks } = await readDocument(readFileSync(path), document.file, path);
    read.push({ ...document, text, blocks });
  }
  return read;
}
