import type { Embeddings } from '@langchain/core/embeddings';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { searchableText, type Chunk } from '../chunk/chunk.js';
import { chunkCorpus } from '../chunk/chunk-document.js';
import type { Settings } from '../config.js';
import type { DocumentEntry } from '../corpus/manifest.js';
import { extractCorpusDocuments } from '../ingest/extract-corpus.js';
import { createEmbedderForBuild, usesConceptModel } from '../embed/create-embedder.js';
import { conceptFeatures, ConceptModelFitter } from '../embed/concept-embeddings.js';
import { TextAnalyzer } from '../text/analyze.js';
import { alignCorpus, buildLexicon } from '../text/lexicon.js';
import { foldForMatch } from '../text/normalise.js';
import { markedNames, SearchText } from '../text/search-text.js';
import { INDEX_FORMAT_VERSION, type IndexManifest } from './index-manifest.js';
import { corpusChecksum, FILES, STORE_DIR } from './index-files.js';
import { SparseTermsBuilder, writeSparseFile } from './sparse-file.js';
import { corpusShortForms, writeShortFormsFile } from './short-forms-file.js';
import { cedictLookupFor, synonymMapFor } from './dictionary-cache.js';

export { corpusChecksum, FILES, STORE_DIR } from './index-files.js';

export interface BuildResult {
  manifest: IndexManifest;
  directory: string;
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Builds the whole index into a fresh directory and swaps it in with renames, so a crash part way
 * leaves the previous index whole. `beforeSwap` lets tests stop a build at the last moment.
 */
export async function buildIndex(
  settings: Pick<Settings, 'corpusDir' | 'indexDir' | 'embedder' | 'model'>,
  options: { log?: (message: string) => void; beforeSwap?: () => void | Promise<void> } = {},
): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const { checksum, corpus: loaded, terminology } = corpusChecksum(settings.corpusDir);
  const corpus = { ...loaded, documents: await extractCorpusDocuments(loaded.documents, settings.corpusDir) };
  const chunks: Chunk[] = chunkCorpus(corpus.documents);
  log(`read ${corpus.documents.length} documents → ${chunks.length} passages`);

  const userWords = [
    ...terminology.terminology.entries.flatMap((entry) => entry.zh),
    ...corpus.documents.flatMap((document) => markedNames(document.text)),
  ].map((word) => foldForMatch(word).replace(/\s+/g, ''));
  const uniqueUserWords = [...new Set(userWords)].filter((word) => /[\u4e00-\u9fff]/.test(word)).sort();
  const analyzer = new TextAnalyzer({ userWords: uniqueUserWords });
  const corpusChineseWords = new Set<string>();
  for (const chunk of chunks) {
    for (const run of foldForMatch(searchableText(chunk)).match(/[\u4e00-\u9fff]+/g) ?? []) {
      for (const word of analyzer.segmentChinese(run)) corpusChineseWords.add(word);
    }
  }
  const aligned = alignCorpus(chunks, analyzer);
  const lexicon = buildLexicon({ terminology: terminology.terminology, corpusChineseWords, lookup: cedictLookupFor(corpusChineseWords), analyzer, aligned });
  const searchText = new SearchText({ userWords: uniqueUserWords, lexicon }, analyzer);
  log(`lexicon: ${lexicon.zhPhrases.length + lexicon.enPhrases.length} terminology phrases, ${aligned.length} word pairs aligned from the bilingual documents, ${Object.keys(lexicon.zhWords).length} Chinese words bridged`);

  const passages = chunks.map(searchableText);
  const sparseBuilder = new SparseTermsBuilder();
  // The embedded embedder's model is fitted in the same pass: a passage's concept features read its
  // analysis while it is still in the analyser's memo (a second pass at ×50 analysed every passage again).
  const conceptFitter = usesConceptModel(settings) ? new ConceptModelFitter() : undefined;
  for (const text of passages) {
    sparseBuilder.add(searchText.terms(text).map(({ term, weight }) => ({ term, weight: Math.round(weight * 1000) / 1000 })));
    conceptFitter?.add(conceptFeatures(searchText, text));
  }
  const sparse = sparseBuilder.finish();
  const embedder = createEmbedderForBuild(settings, searchText, passages, log, conceptFitter?.finish());
  const documents: PassageDocument[] = chunks.map((chunk, position) => passageDocument(passages[position]!, { chunkId: chunk.id, position }));
  mkdirSync(settings.indexDir, { recursive: true });
  removeAbandonedBuilds(settings.indexDir);
  const finalDir = join(settings.indexDir, STORE_DIR);
  const tempDir = join(settings.indexDir, `${STORE_DIR}.building-${process.pid}-${Date.now()}`);
  mkdirSync(tempDir, { recursive: true });
  // Not awaited yet: with the embedded embedder the graph is built on a worker thread while the
  // files below are written (buildVectorStoreInWorker). Awaited below; a failure before then is not unhandled.
  const vectorStore = buildVectorStore(documents, embedder.embeddings, embedder.passageVector);
  vectorStore.catch(() => {});
  try {
    // English paraphrase: WordNet words that may stand for the English terms the passages hold (own
    // or bridged). Used by questions only, not by the vectors: worked out while the worker inserts.
    const corpusEnglishTerms = new Set(sparse.terms.filter((term) => /^[a-z][a-z-]+$/.test(term)));
    const synonyms = synonymMapFor(corpusEnglishTerms);
    searchText.data.synonyms = synonyms;
    log(`synonyms: ${Object.keys(synonyms).length} English words that may stand for ${corpusEnglishTerms.size} corpus terms (WordNet 3.1)`);
    const documentEntries: DocumentEntry[] = corpus.documents.map(({ text: _text, blocks: _blocks, ...entry }) => entry);
    const extracted = Object.fromEntries(corpus.documents.filter((document) => document.blocks).map((document) => [document.id, document.text]));
    if (Object.keys(extracted).length > 0) writeFileSync(join(tempDir, FILES.texts), JSON.stringify(extracted));
    writeFileSync(join(tempDir, FILES.chunks), JSON.stringify(chunks));
    writeFileSync(join(tempDir, FILES.documents), JSON.stringify(documentEntries));
    writeFileSync(join(tempDir, FILES.searchText), JSON.stringify(searchText.data));
    writeShortFormsFile(join(tempDir, FILES.shortForms), corpusShortForms(chunks));
    writeSparseFile(join(tempDir, FILES.sparse), sparse);
    if (embedder.state) writeFileSync(join(tempDir, FILES.embedder), JSON.stringify(embedder.state));
    // The files above are hashed now, while the HNSW graph may still be being built on its worker
    // thread (at ×50 about 40 MB: half a second this thread would otherwise spend after the graph).
    const hashed = new Map(readdirSync(tempDir).map((name) => [name, sha256File(join(tempDir, name))]));
    // Last: the graph, once the worker has inserted every passage.
    const store = await vectorStore;
    const dimension = store.args.numDimensions ?? 0;
    await store.save(tempDir);
    const files: Record<string, string> = {};
    for (const name of readdirSync(tempDir).sort()) files[name] = hashed.get(name) ?? sha256File(join(tempDir, name));
    const manifest: IndexManifest = {
      formatVersion: INDEX_FORMAT_VERSION,
      builtAt: new Date().toISOString(),
      buildMs: Math.round(performance.now() - started),
      corpusChecksum: checksum,
      chunkCount: chunks.length,
      embedder: { ...embedder.description, dimension },
      files,
    };
    writeFileSync(join(tempDir, FILES.manifest), JSON.stringify(manifest, null, 2));
    await options.beforeSwap?.();
    swapDirectory(tempDir, finalDir);
    log(`index written to ${finalDir} in ${manifest.buildMs} ms`);
    return { manifest, directory: finalDir };
  } catch (error) {
    void vectorStore.then(stopVectorWorker, () => {});
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * HNSW graph parameters: links per node, and candidates considered while inserting. hnswlib's
 * default construction breadth (200, what LangChain's `fromDocuments` uses) made inserting the
 * slowest part of a large build; with the embedded default the dense ranking is a fallback (see
 * hybrid-retriever.ts), and 32 keeps its eval figures at ×1 (README).
 */
export const HNSW_LINKS = 16;
export const HNSW_CONSTRUCTION_BREADTH = 32;
/** Passages embedded and inserted at a time: the vectors of a large corpus are never all in memory. */
const EMBED_BATCH = 256;
/**
 * Batches handed to the HNSW worker and not yet inserted, at most: enough work (about 4,000
 * passages) for the worker while the main thread writes the other files, 16 MB of vectors at 1,024
 * dimensions instead of all of them (58 MB at fifty times today's corpus).
 */
const WORKER_BATCHES_AHEAD = 16;

/**
 * A passage as LangChain's `Document` holds it (`pageContent`, `metadata`, `id`, in that order, so
 * the docstore file is the same bytes): a plain object, so a build need not load LangChain
 * (`@langchain/core` and `@langchain/community` are about 0.3 s of CPU to import, a tenth of a
 * build of today's corpus).
 */
export interface PassageDocument {
  pageContent: string;
  metadata: Record<string, unknown>;
  id?: string;
}

export function passageDocument(pageContent: string, metadata: Record<string, unknown>): PassageDocument {
  return { pageContent, metadata, id: undefined };
}

/** What a build does with the vector store it made: save it as LangChain's `HNSWLib.save` does. */
export interface BuiltVectorStore {
  args: { space: 'cosine'; numDimensions?: number };
  save(directory: string): Promise<void>;
}

/**
 * The passages in an HNSW index as LangChain's HNSWLib saves it, built with the parameters above
 * (exported for its test). With vectors given per passage (the embedded embedder) the graph is
 * built on a worker thread and saved without LangChain; an embedder asked by text (a neural model)
 * inserts in this thread through HNSWLib, loaded then.
 */
export async function buildVectorStore(documents: PassageDocument[], embeddings: Embeddings, passageVector?: (position: number) => number[]): Promise<BuiltVectorStore> {
  if (passageVector && documents.length > 0) return buildVectorStoreInWorker(documents, passageVector);
  const { HNSWLib } = await import('@langchain/community/vectorstores/hnswlib');
  const { SynchronousInMemoryDocstore } = await import('@langchain/community/stores/doc/in_memory');
  const { HierarchicalNSW } = await HNSWLib.imports();
  let index: InstanceType<typeof HierarchicalNSW> | undefined;
  let numDimensions = 0;
  for (let start = 0; start < documents.length; start += EMBED_BATCH) {
    const batch = documents.slice(start, start + EMBED_BATCH);
    const vectors = passageVector ? batch.map((_, offset) => passageVector(start + offset)) : await embeddings.embedDocuments(batch.map((document) => document.pageContent));
    if (!index) {
      numDimensions = vectors[0]?.length ?? 0;
      index = new HierarchicalNSW('cosine', numDimensions);
      index.initIndex(documents.length, HNSW_LINKS, HNSW_CONSTRUCTION_BREADTH);
    }
    vectors.forEach((vector, offset) => index!.addPoint(vector, start + offset));
  }
  const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions });
  // LangChain types its index setter private; fromDocuments would insert with the default breadth.
  if (index) (store as unknown as { index: typeof index }).index = index;
  store.docstore = new SynchronousInMemoryDocstore(new Map(documents.map((document, label) => [String(label), document])));
  return store as unknown as BuiltVectorStore;
}

/**
 * What inserts the passages into the HNSW graph on a thread of its own (plain JavaScript, run with
 * `eval`, so it is the same under tsx, tsc's output and the bundle): batches of vectors arrive in
 * order and are inserted in that order, with the same parameters and hnswlib's fixed seed, so the
 * graph and its file are the bytes an in-process insertion writes (a test compares them).
 */
const HNSW_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { HierarchicalNSW } = require(workerData.hnswlib);
let index;
parentPort.on('message', (message) => {
  if (message.type === 'batch') {
    const { start, dimension, values } = message;
    if (!index) {
      index = new HierarchicalNSW('cosine', dimension);
      index.initIndex(workerData.maxElements, workerData.links, workerData.breadth);
    }
    for (let offset = 0; (offset + 1) * dimension <= values.length; offset++) index.addPoint(Array.from(values.subarray(offset * dimension, (offset + 1) * dimension)), start + offset);
    parentPort.postMessage({ type: 'inserted' });
  } else if (message.type === 'write') {
    index.writeIndexSync(message.path);
    parentPort.postMessage({ type: 'written' });
    parentPort.close();
  } else if (message.type === 'stop') {
    parentPort.close();
  }
});
`;

/**
 * Stops the HNSW worker between two insertions, never inside one: terminating a thread while
 * hnswlib's native addPoint reads its arguments makes node-addon-api throw into a dying JavaScript
 * context, a fatal error that takes the whole process down. The worker finishes the batch it holds
 * (and the few already handed over, WORKER_BATCHES_AHEAD at most), then closes its port and ends.
 */
function stopWorker(worker: Worker): void {
  worker.postMessage({ type: 'stop' });
}

/**
 * buildVectorStore for an embedder that gives each passage's vector synchronously (the embedded
 * default): the vectors are made here and inserted by a worker thread, so the HNSW insertion (the
 * largest part of a large build) runs while this thread writes the index's other files. The first
 * WORKER_BATCHES_AHEAD batches are handed over before the first wait; the rest one for each batch
 * inserted. The store returned writes its graph, when saved, by asking the worker to write it.
 */
async function buildVectorStoreInWorker(documents: PassageDocument[], passageVector: (position: number) => number[]): Promise<BuiltVectorStore> {
  const worker = new Worker(HNSW_WORKER_SOURCE, {
    eval: true,
    workerData: { hnswlib: createRequire(import.meta.url).resolve('hnswlib-node'), maxElements: documents.length, links: HNSW_LINKS, breadth: HNSW_CONSTRUCTION_BREADTH },
  });
  let failure: Error | undefined;
  let onWritten: (() => void) | undefined;
  let onFailed: ((error: Error) => void) | undefined;
  /** Wakes the feeding loop below when a batch is inserted or the worker fails. */
  let onProgress: (() => void) | undefined;
  worker.on('error', (error) => {
    failure = error;
    onFailed?.(error);
    onProgress?.();
  });
  let written = false;
  worker.on('exit', (code) => {
    if (!written) onFailed?.((failure ??= new Error(`the HNSW worker stopped before writing the graph (exit code ${code})`)));
    onProgress?.();
  });
  let ahead = 0;
  worker.on('message', (message: { type: string }) => {
    if (message.type === 'inserted') {
      ahead--;
      onProgress?.();
    } else if (message.type === 'written') {
      written = true;
      onWritten?.();
    }
  });
  let numDimensions = 0;
  try {
    for (let start = 0; start < documents.length; start += EMBED_BATCH) {
      // The first batches are handed over at once (the caller writes files meanwhile); then one per batch inserted.
      while (ahead >= WORKER_BATCHES_AHEAD && !failure) await new Promise<void>((wake) => (onProgress = wake));
      onProgress = undefined;
      if (failure) throw failure;
      const count = Math.min(EMBED_BATCH, documents.length - start);
      const first = passageVector(start);
      if (start === 0) numDimensions = first.length;
      // Single precision, what hnswlib stores: each value is rounded as the native addPoint rounds a number (to nearest, ties to even).
      const values = new Float32Array(count * numDimensions);
      for (let offset = 0; offset < count; offset++) {
        const vector = offset === 0 ? first : passageVector(start + offset);
        // What hnswlib's addPoint refuses in this thread must not be padded into a batch.
        if (vector.length !== numDimensions) throw new Error(`passage ${start + offset}'s vector has ${vector.length} dimensions, not ${numDimensions}`);
        values.set(vector, offset * numDimensions);
      }
      worker.postMessage({ type: 'batch', start, dimension: numDimensions, values }, [values.buffer]);
      ahead++;
    }
  } catch (error) {
    stopWorker(worker);
    throw error;
  }
  let stopped = false;
  const writeGraph = (path: string) =>
    new Promise<boolean>((resolvePromise, rejectPromise) => {
      if (failure) return rejectPromise(failure);
      if (written) return rejectPromise(new Error('the HNSW graph was already written'));
      onWritten = () => resolvePromise(true);
      onFailed = rejectPromise;
      worker.postMessage({ type: 'write', path });
    });
  const args = { space: 'cosine' as const, numDimensions };
  const store: BuiltVectorStore & { terminate(): void } = {
    args,
    // The three files and their bytes as LangChain's HNSWLib.save writes them (a test compares them).
    async save(directory: string) {
      await mkdir(directory, { recursive: true });
      await Promise.all([
        writeGraph(join(directory, 'hnswlib.index')),
        await writeFile(join(directory, 'args.json'), JSON.stringify(args)),
        await writeFile(join(directory, 'docstore.json'), JSON.stringify(documents.map((document, label) => [String(label), document]))),
      ]);
    },
    terminate() {
      if (stopped) return;
      stopped = true;
      stopWorker(worker);
    },
  };
  return store;
}

/** A build that fails before its graph is written stops the worker building it (a no-op for an in-process graph). */
function stopVectorWorker(store: BuiltVectorStore) {
  (store as { terminate?: () => void }).terminate?.();
}

/** A build killed part way leaves its temporary directory; remove those whose process is gone. */
function removeAbandonedBuilds(indexDir: string) {
  for (const name of readdirSync(indexDir)) {
    const match = new RegExp(`^${STORE_DIR}\\.building-(\\d+)-`).exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    let alive = pid !== process.pid;
    if (alive) {
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
    }
    if (!alive || pid === process.pid) rmSync(join(indexDir, name), { recursive: true, force: true });
  }
}

/** Replaces `target` with `source` by renames; the old directory is removed only once the new one is in place. */
function swapDirectory(source: string, target: string) {
  const retired = `${target}.old-${process.pid}-${Date.now()}`;
  let hadOld = true;
  try {
    renameSync(target, retired);
  } catch {
    hadOld = false;
  }
  renameSync(source, target);
  if (hadOld) rmSync(retired, { recursive: true, force: true });
}
