import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BudgetQaError } from '../errors.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';
import { buildIndex, FILES, STORE_DIR } from './build-index.js';
import { checkIndex, loadIndex, openIndex } from './load-index.js';
import { corpusShortForms } from './short-forms-file.js';
import { HybridRetriever } from '../retrieve/hybrid-retriever.js';
import { createHash } from 'node:crypto';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof BudgetQaError ? error.code : `not typed: ${String(error)}`;
  }
  return undefined;
}

describe('index on disk', () => {
  const paths = tempCorpusAndIndex();
  const settings = { corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept' as const, model: 'unused', autoBuildIndex: false };
  const store = join(paths.indexDir, STORE_DIR);

  beforeAll(async () => {
    await buildIndex(settings);
  });

  it('records what it was built from and passes its own check', () => {
    const manifest = checkIndex(settings);
    expect(manifest.chunkCount).toBeGreaterThan(200);
    expect(manifest.embedder).toMatchObject({ name: 'concept-hash', dimension: 1024 });
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(['hnswlib.index', 'docstore.json', FILES.chunks]));
  });

  it('loads and searches the HNSW index through LangChain', async () => {
    const index = await loadIndex(settings);
    const vector = await index.embeddings.embedQuery('智慧燈柱');
    const hits = await index.vectorStore.similaritySearchVectorWithScore(vector, 3);
    expect(hits).toHaveLength(3);
    expect(index.chunkById.get(hits[0]![0].metadata.chunkId as string)).toBeDefined();
  });

  it('with the embedded embedder reads the vectors only when first asked for, checking them then', async () => {
    const vectors = join(store, 'hnswlib.index');
    const original = readFileSync(vectors);
    truncateSync(vectors, 100);
    try {
      const index = await loadIndex(settings);
      expect(index.vectorsLoaded?.()).toBe(false);
      expect(index.sparse.size).toBe(index.chunks.length);
      expect(codeOf(() => index.vectorStore)).toBe('INDEX_CORRUPT');
    } finally {
      writeFileSync(vectors, original);
    }
    const index = await loadIndex(settings);
    expect(index.vectorStore.index?.getCurrentCount()).toBe(index.chunks.length);
    expect(index.vectorsLoaded?.()).toBe(true);
  });

  it('is stale when the corpus changed after it was built', () => {
    const file = join(paths.corpusDir, 'hkstp-2026-27-budget-press-release.txt');
    const original = readFileSync(file);
    appendFileSync(file, '\n新增段落。\n');
    try {
      expect(codeOf(() => checkIndex(settings))).toBe('INDEX_STALE');
    } finally {
      writeFileSync(file, original);
    }
    expect(codeOf(() => checkIndex(settings))).toBeUndefined();
  });

  it('is stale when another embedder is configured', () => {
    expect(codeOf(() => checkIndex({ ...settings, embedder: 'transformers', model: 'Xenova/multilingual-e5-small' }))).toBe('INDEX_STALE');
  });

  it('is corrupt when a file is truncated, and missing when absent', () => {
    const vectors = join(store, 'hnswlib.index');
    const original = readFileSync(vectors);
    truncateSync(vectors, 100);
    try {
      expect(codeOf(() => checkIndex(settings))).toBe('INDEX_CORRUPT');
    } finally {
      writeFileSync(vectors, original);
    }
    expect(codeOf(() => checkIndex({ ...settings, indexDir: join(paths.root, 'nowhere') }))).toBe('INDEX_MISSING');
  });

  it('is corrupt when the manifest is foreign', () => {
    const manifestPath = join(store, FILES.manifest);
    const original = readFileSync(manifestPath);
    writeFileSync(manifestPath, JSON.stringify({ hello: 'world' }));
    try {
      expect(codeOf(() => checkIndex(settings))).toBe('INDEX_CORRUPT');
    } finally {
      writeFileSync(manifestPath, original);
    }
  });

  it('stores the short forms the documents define, learned at build time; an index without them learns them on first use', async () => {
    const index = await loadIndex(settings);
    expect(index.shortForms).toEqual(corpusShortForms(index.chunks));
    expect(index.shortForms!.size).toBeGreaterThan(3);
    const question = 'How much is for the HSITP?';
    const stored = await new HybridRetriever(index).retrieve(question);
    // An index built before the file existed: no entry in its manifest, no file.
    const manifestPath = join(store, FILES.manifest);
    const formsPath = join(store, FILES.shortForms);
    const original = { manifest: readFileSync(manifestPath), forms: readFileSync(formsPath) };
    const manifest = JSON.parse(original.manifest.toString('utf8'));
    delete manifest.files[FILES.shortForms];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    rmSync(formsPath);
    try {
      const older = await loadIndex(settings);
      expect(older.shortForms).toBeUndefined();
      const learned = await new HybridRetriever(older).retrieve(question);
      expect(learned.queryTerms).toEqual(stored.queryTerms);
      expect(learned.passages.map((passage) => passage.chunk.id)).toEqual(stored.passages.map((passage) => passage.chunk.id));
      expect(stored.queryTerms.length).toBeGreaterThan((await new HybridRetriever(older).retrieve('How much is for the QQQWX?')).queryTerms.length);
    } finally {
      writeFileSync(manifestPath, original.manifest);
      writeFileSync(formsPath, original.forms);
    }
  });

  it('is corrupt when the short forms are not pairs of names, even with a matching checksum', async () => {
    const manifestPath = join(store, FILES.manifest);
    const formsPath = join(store, FILES.shortForms);
    const original = { manifest: readFileSync(manifestPath), forms: readFileSync(formsPath) };
    const bad = JSON.stringify([['AI', 'Artificial Intelligence'], ['R&D']]);
    const manifest = JSON.parse(original.manifest.toString('utf8'));
    manifest.files[FILES.shortForms] = createHash('sha256').update(bad).digest('hex');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    writeFileSync(formsPath, bad);
    try {
      await expect(loadIndex(settings)).rejects.toMatchObject({ code: 'INDEX_CORRUPT' });
    } finally {
      writeFileSync(manifestPath, original.manifest);
      writeFileSync(formsPath, original.forms);
    }
    expect((await loadIndex(settings)).shortForms?.size).toBeGreaterThan(3);
  });

  it('keeps the previous index whole when a build dies before its swap', async () => {
    const before = readFileSync(join(store, FILES.manifest), 'utf8');
    await expect(
      buildIndex(settings, {
        beforeSwap: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(readFileSync(join(store, FILES.manifest), 'utf8')).toBe(before);
    expect(readdirSync(paths.indexDir).filter((name) => name !== STORE_DIR)).toEqual([]);
    expect(codeOf(() => checkIndex(settings))).toBeUndefined();
  });

  it('refuses a missing index when auto-build is off, and rebuilds it when on', async () => {
    const other = tempCorpusAndIndex();
    const offSettings = { ...settings, corpusDir: other.corpusDir, indexDir: other.indexDir };
    await expect(openIndex(offSettings, () => {})).rejects.toMatchObject({ code: 'INDEX_MISSING' });
    const messages: string[] = [];
    const index = await openIndex({ ...offSettings, autoBuildIndex: true }, (message) => messages.push(message));
    expect(messages[0]).toMatch(/No index at .*Rebuilding/);
    expect(index.chunks.length).toBeGreaterThan(200);
    expect(existsSync(join(other.indexDir, STORE_DIR, FILES.manifest))).toBe(true);
  });
});

describe('a build killed part way', () => {
  it('leaves the previous index usable, and the next build cleans up after it', async () => {
    const paths = tempCorpusAndIndex();
    const settings = { corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept' as const, model: '' };
    const first = await buildIndex(settings);
    for (const killAfterMs of [300, 1500, 3000]) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/build-index.ts'], {
        env: { ...process.env, CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir },
        stdio: 'ignore',
      });
      // Listened for from the start: a build that finishes before its kill has exited already, and an 'exit'
      // awaited only after the kill would never come (the test then hung to its time limit).
      const exited = once(child, 'exit');
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      child.kill('SIGKILL');
      await exited;
      // Either the old index (killed before the swap) or the whole new one: never a broken one.
      const manifest = checkIndex(settings);
      expect(manifest.builtAt >= first.manifest.builtAt).toBe(true);
      const index = await loadIndex(settings);
      expect(index.chunks.length).toBe(first.manifest.chunkCount);
    }
    await buildIndex(settings);
    expect(readdirSync(paths.indexDir)).toEqual([STORE_DIR]);
    // Two whole builds, three started and killed, three loads: on a shared 2-core machine that outran the 60 s default.
  }, 180_000);
});
