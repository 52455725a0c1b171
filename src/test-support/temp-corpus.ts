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
