import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentEntry } from '../corpus/manifest.js';

/** A made-up document: its manifest entry (a generic Markdown or text file, no named format) and its text. */
export interface MadeUpDocument {
  entry: Omit<DocumentEntry, 'file' | 'format'> & { file?: string };
  text: string;
}

/** A terminology entry, as corpus/terminology.json holds them. */
export interface MadeUpTerm {
  kind: string;
  zh: string[];
  en: string[];
}

/**
 * A corpus of made-up documents (names that appear in no real document) and its index, built by the embedded default, in a
 * fresh temporary folder: for answerer tests whose rules must hold for documents not yet written. The terminology needs at
 * least one entry (its schema asks for one), as a real corpus's does.
 */
export async function builtMadeUpIndex(documents: readonly MadeUpDocument[], terminology: readonly [MadeUpTerm, ...MadeUpTerm[]]) {
  const { buildIndex } = await import('../index/build-index.js');
  const root = mkdtempSync(join(tmpdir(), 'budget-qa-made-up-'));
  const corpusDir = join(root, 'corpus');
  const indexDir = join(root, 'index');
  mkdirSync(corpusDir);
  const entries = documents.map(({ entry }) => ({ ...entry, file: entry.file ?? `${entry.id}.md` }));
  documents.forEach((document, at) => writeFileSync(join(corpusDir, entries[at]!.file), document.text));
  writeFileSync(join(corpusDir, 'manifest.json'), JSON.stringify({ version: 1, documents: entries }, null, 1));
  writeFileSync(join(corpusDir, 'terminology.json'), JSON.stringify({ version: 1, note: 'made up for a test', entries: terminology }, null, 1));
  const settings = { corpusDir, indexDir, embedder: 'concept' as const, model: '' };
  await buildIndex(settings);
  return { root, settings };
}
