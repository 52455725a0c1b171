import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of the real corpus and an empty index directory in a fresh temporary folder. */
export function tempCorpusAndIndex(): { root: string; corpusDir: string; indexDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'budget-qa-'));
  const corpusDir = join(root, 'corpus');
  cpSync('corpus', corpusDir, { recursive: true });
  return { root, corpusDir, indexDir: join(root, 'index') };
}

/** A copy of the corpus with the index built from it by the embedded default: what most tests start from. */
export async function builtTempIndex() {
  const { buildIndex } = await import('../index/build-index.js');
  const paths = tempCorpusAndIndex();
  const settings = { corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept' as const, model: '' };
  await buildIndex(settings);
  return { paths, settings };
}
