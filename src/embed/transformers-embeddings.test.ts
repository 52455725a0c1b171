import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build-index.js';
import { checkIndex, loadIndex } from '../index/load-index.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';
import { isE5Model, TransformersEmbeddings } from './transformers-embeddings.js';

/**
 * The neural path, for real, on a tiny BERT-shaped model with random weights that
 * scripts/make-tiny-model.ts generates (checked in at src/embed/tiny-model): no hub needed.
 */
const TINY_MODEL = resolve('src/embed/tiny-model');
const norm = (vector: number[]) => Math.hypot(...vector);

describe('TransformersEmbeddings on the tiny model', () => {
  const embeddings = new TransformersEmbeddings({ model: TINY_MODEL });

  it('loads a local model directory and returns unit vectors of the model size', async () => {
    const vectors = await embeddings.embedDocuments(['預留10億元設立香港人工智能研發院', 'Set aside $1 billion to establish the AI institute']);
    expect(vectors).toHaveLength(2);
    for (const vector of vectors) {
      expect(vector).toHaveLength(32);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(vectors[0]).not.toEqual(vectors[1]);
  });

  it('mean-pools over real tokens only: padding in a batch does not change a vector', async () => {
    const [alone] = await embeddings.embedDocuments(['數碼港']);
    const [batched] = await embeddings.embedDocuments(['數碼港', 'a much longer passage about the Innovation and Technology Industry-Oriented Fund and its $10 billion']);
    alone!.forEach((value, index) => expect(batched![index]).toBeCloseTo(value, 5));
  });

  it('is deterministic and applies query/passage prefixes', async () => {
    const [first] = await embeddings.embedDocuments(['智慧燈柱']);
    const [again] = await embeddings.embedDocuments(['智慧燈柱']);
    expect(again).toEqual(first);
    const prefixed = new TransformersEmbeddings({ model: TINY_MODEL, queryPrefix: 'query: ', passagePrefix: 'passage: ' });
    expect(await prefixed.embedQuery('智慧燈柱')).not.toEqual(await prefixed.embedDocuments(['智慧燈柱']).then((v) => v[0]));
    expect(isE5Model('Xenova/multilingual-e5-small')).toBe(true);
    expect(isE5Model(TINY_MODEL)).toBe(false);
  });

  it('says clearly when the model cannot be had', async () => {
    const missing = new TransformersEmbeddings({ model: resolve('src/embed/no-such-model') });
    await expect(missing.embedQuery('hi')).rejects.toMatchObject({ code: 'EMBEDDER_UNAVAILABLE', message: expect.stringMatching(/could not be loaded.*config\.json, tokenizer\.json and onnx\/model\.onnx/) });
  });
});

describe('an index built with the neural embedder', () => {
  it('records the embedder, searches through HNSW, and is stale for another embedder', async () => {
    const paths = tempCorpusAndIndex();
    const settings = { corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'transformers' as const, model: TINY_MODEL };
    const { manifest } = await buildIndex(settings);
    expect(manifest.embedder).toEqual({ name: 'transformers', version: '3', model: TINY_MODEL, dimension: 32 });
    const index = await loadIndex(settings);
    const hits = await index.vectorStore.similaritySearch('人工智能研發院', 3);
    expect(hits).toHaveLength(3);
    expect(() => checkIndex({ ...settings, embedder: 'concept' })).toThrow(/built with embedder transformers/);
  });
});
