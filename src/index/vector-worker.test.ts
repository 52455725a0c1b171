import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVectorStore } from './build-index.js';

const directory = mkdtempSync(join(tmpdir(), 'budget-qa-vector-worker-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const DIMENSION = 24;
/** 4,700 passages: 19 of the builder's batches of 256, the last one short, more than it hands the worker before waiting (16). */
const PASSAGES = 4_700;

/** A deterministic unit vector per passage (a small linear congruential generator, no Math.random). */
function vectorFor(position: number): number[] {
  let state = (position + 1) * 2654435761;
  const values = Array.from({ length: DIMENSION }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  });
  const norm = Math.hypot(...values);
  return values.map((value) => value / norm);
}

const documents = Array.from({ length: PASSAGES }, (_, position) => new Document({ pageContent: String(position), metadata: { position } }));
/** The embedder a neural model would be: vectors asked for by text, inserted in this thread. */
const embeddings = { embedDocuments: async (texts: string[]) => texts.map((text) => vectorFor(Number(text))), embedQuery: async (text: string) => vectorFor(Number(text)) } as unknown as Embeddings;

describe('the HNSW graph built on a worker thread', () => {
  it('is the same file as the graph built in this thread from the same vectors', async () => {
    const inThread = await buildVectorStore(documents, embeddings);
    const onWorker = await buildVectorStore(documents, embeddings, vectorFor);
    await inThread.save(join(directory, 'in-thread'));
    await onWorker.save(join(directory, 'on-worker'));
    for (const file of ['hnswlib.index', 'args.json', 'docstore.json']) {
      expect(readFileSync(join(directory, 'on-worker', file)).equals(readFileSync(join(directory, 'in-thread', file))), file).toBe(true);
    }
    // And it answers a search the same way once read back.
    const { HNSWLib } = await import('@langchain/community/vectorstores/hnswlib');
    const loaded = await HNSWLib.load(join(directory, 'on-worker'), embeddings);
    expect((await loaded.similaritySearchVectorWithScore(vectorFor(123), 3))[0]![0].pageContent).toBe('123');
  });

  it('refuses a vector of the wrong length, as an insertion in this thread does, instead of padding it', async () => {
    const broken = (position: number) => (position === 300 ? vectorFor(position).slice(1) : vectorFor(position));
    await expect(buildVectorStore(documents, embeddings, broken)).rejects.toThrow(/passage 300's vector has 23 dimensions, not 24/);
    const lateBroken = (position: number) => (position === 4_500 ? vectorFor(position).slice(1) : vectorFor(position));
    // Past the batches handed over at once: refused after waiting for the worker.
    await expect(buildVectorStore(documents, embeddings, lateBroken)).rejects.toThrow(/passage 4500's vector/);
    const brokenInThread = { embedDocuments: async (texts: string[]) => texts.map((text) => broken(Number(text))) } as unknown as Embeddings;
    await expect(buildVectorStore(documents, brokenInThread)).rejects.toThrow();
  });

  it('a build refused while the worker is inserting leaves the process standing (the worker is stopped between insertions, never inside one)', async () => {
    // Terminating the thread inside hnswlib's addPoint was a fatal error that killed the process (in one of three runs of 12 refusals, before the fix): each
    // refusal here comes while the worker holds the first batch.
    // Vectors of the embedded embedder's size: hnswlib reads each one element by element, so the worker spends its time inside addPoint.
    const wide = (position: number) => {
      const base = vectorFor(position);
      return Array.from({ length: 1024 }, (_, i) => base[i % DIMENSION]! / Math.sqrt(1024 / DIMENSION));
    };
    // The first passage of the second batch: refused just after the first batch is handed over, while the worker inserts it.
    const broken = (position: number) => (position === 256 ? wide(position).slice(1) : wide(position));
    for (let run = 0; run < 30; run++) await expect(buildVectorStore(documents.slice(0, 1_000), embeddings, broken)).rejects.toThrow(/passage 256's vector/);
    // And the process still builds a good graph afterwards.
    const good = await buildVectorStore(documents.slice(0, 600), embeddings, vectorFor);
    await good.save(join(directory, 'after-refusals'));
    const { HNSWLib } = await import('@langchain/community/vectorstores/hnswlib');
    const loaded = await HNSWLib.load(join(directory, 'after-refusals'), embeddings);
    expect((await loaded.similaritySearchVectorWithScore(vectorFor(7), 1))[0]![0].pageContent).toBe('7');
  });
});
