import type { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Document } from '@langchain/core/documents';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Chunk } from '../chunk/chunk.js';
import { tableRowProblem } from '../chunk/table.js';
import type { Settings } from '../config.js';
import type { DocumentEntry } from '../corpus/manifest.js';
import { createEmbedderForQuery, describeEmbedder } from '../embed/create-embedder.js';
import type { ConceptModel } from '../embed/concept-embeddings.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';
import { Bm25Index } from '../retrieve/bm25.js';
import { SearchText, type SearchTextData } from '../text/search-text.js';
import { defaultRetrievalMode } from '../retrieve/hybrid-retriever.js';
import { corpusChecksum, FILES, STORE_DIR, VECTOR_FILES } from './index-files.js';
import { INDEX_FORMAT_VERSION, indexManifestSchema, sameEmbedder, type IndexManifest } from './index-manifest.js';
import { readSparseFile, readSparseFileChecked } from './sparse-file.js';
import { readShortFormsFile } from './short-forms-file.js';
import type { ShortForms } from '../text/short-forms.js';

/** Everything a question is answered from, loaded once. */
export interface LoadedIndex {
  manifest: IndexManifest;
  chunks: Chunk[];
  chunkById: Map<string, Chunk>;
  documents: Map<string, DocumentEntry>;
  /** Each document's source text, by id (for passage locations). */
  sources: Map<string, string>;
  searchText: SearchText;
  /** The short forms the documents define, as learned at build time; absent from an index built before they were stored (the retriever learns them then). */
  shortForms?: ShortForms;
  sparse: Bm25Index;
  /**
   * The dense side. When the embedder's default retrieval does not use it (the embedded default),
   * it is checked against its checksum and read the first time something asks for it (INDEX_CORRUPT
   * then if it is damaged): a server that never ranks by vectors never holds them.
   */
  vectorStore: HNSWLib;
  /** Whether the vector store has been read (false until first asked for, when it is read lazily). */
  vectorsLoaded?: () => boolean;
  embeddings: Embeddings;
}

/** A JSON file of the index, parsed; from `checked` (the bytes its checksum was verified on) when there, else read. */
function readJson(directory: string, file: string, checked?: Map<string, Buffer>): unknown {
  const path = join(directory, file);
  try {
    const bytes = checked?.get(file);
    checked?.delete(file);
    return JSON.parse(bytes ? bytes.toString('utf8') : readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BudgetQaError('INDEX_CORRUPT', `${path} cannot be read (${(error as Error).message}).`, { cause: error });
  }
}

/**
 * A build that crashed between its two renames leaves the previous index retired: put it back.
 * With the index in place, retired copies whose build process is gone are abandoned: removed.
 */
function recoverRetiredStore(indexDir: string, storeDir: string) {
  if (!existsSync(indexDir)) return;
  const retired = readdirSync(indexDir).filter((name) => name.startsWith(`${STORE_DIR}.old-`)).sort();
  const pidOf = (name: string) => Number(/^[^.]+\.old-(\d+)-/.exec(name)?.[1]);
  // A build still running is between its renames (a server reading now must not undo them).
  const building = (name: string) => {
    const pid = pidOf(name);
    return Boolean(pid && pid !== process.pid && processAlive(pid));
  };
  if (!existsSync(storeDir)) {
    const latest = retired.pop();
    if (latest && !building(latest)) renameSync(join(indexDir, latest), storeDir);
  }
  for (const name of retired) {
    if (building(name)) continue;
    try {
      rmSync(join(indexDir, name), { recursive: true, force: true });
    } catch {
      // A read-only index directory keeps them; the index itself still loads.
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Checks the index on disk against the corpus and the configured embedder; throws INDEX_MISSING,
 * INDEX_STALE or INDEX_CORRUPT with the reason. Returns the manifest when the index is sound.
 */
export function checkIndex(settings: Pick<Settings, 'corpusDir' | 'indexDir' | 'embedder' | 'model'>): IndexManifest {
  return checkIndexAndCorpus(settings).manifest;
}

/** checkIndex, also giving the corpus it read to compare checksums (so callers need not read it again). */
function checkIndexAndCorpus(
  settings: Pick<Settings, 'corpusDir' | 'indexDir' | 'embedder' | 'model'>,
  /** Files checked for presence only here; their checksums are checked when they are read (checkFile). */
  deferred: readonly string[] = [],
  /** When given, receives each checked file's bytes by name, so the loader reads each file once. */
  checked?: Map<string, Buffer>,
): { manifest: IndexManifest; corpus: ReturnType<typeof corpusChecksum>['corpus'] } {
  const storeDir = join(settings.indexDir, STORE_DIR);
  recoverRetiredStore(settings.indexDir, storeDir);
  const manifestPath = join(storeDir, FILES.manifest);
  if (!existsSync(manifestPath)) {
    throw new BudgetQaError('INDEX_MISSING', `No index at ${storeDir}.`);
  }
  const raw = readJson(storeDir, FILES.manifest);
  const formatVersion = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof formatVersion === 'number' && formatVersion !== INDEX_FORMAT_VERSION) {
    throw new BudgetQaError('INDEX_STALE', `The index at ${storeDir} is in format ${formatVersion}; this version reads format ${INDEX_FORMAT_VERSION}.`);
  }
  const parsed = indexManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BudgetQaError('INDEX_CORRUPT', `${manifestPath} is not a valid index manifest (${parsed.error.issues[0]?.message}).`);
  }
  const manifest = parsed.data;
  for (const [file, expected] of Object.entries(manifest.files)) {
    const path = join(storeDir, file);
    if (!existsSync(path)) throw new BudgetQaError('INDEX_CORRUPT', `${path} is missing from the index.`);
    if (deferred.includes(file)) continue;
    // hnswlib reads its index from the file itself: that one is hashed as it streams past, not held.
    if (file === HNSW_FILE) checkFileStreamed(path, expected);
    else checked?.set(file, checkFile(path, expected));
  }
  const { checksum, corpus } = corpusChecksum(settings.corpusDir);
  if (checksum !== manifest.corpusChecksum) {
    throw new BudgetQaError('INDEX_STALE', `The index at ${storeDir} was built from a different corpus (the files in ${settings.corpusDir} changed since ${manifest.builtAt}).`);
  }
  const wanted = describeEmbedder(settings);
  if (!sameEmbedder(manifest.embedder, wanted)) {
    throw new BudgetQaError(
      'INDEX_STALE',
      `The index was built with embedder ${manifest.embedder.name}${manifest.embedder.model ? ` (${manifest.embedder.model})` : ''} but ${wanted.name}${wanted.model ? ` (${wanted.model})` : ''} is configured.`,
    );
  }
  return { manifest, corpus };
}

function checkFile(path: string, expected: string | undefined): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new BudgetQaError('INDEX_CORRUPT', `${path} cannot be read (${(error as Error).message}).`, { cause: error });
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) throw new BudgetQaError('INDEX_CORRUPT', `${path} does not match its checksum: the file is truncated or altered.`);
  return bytes;
}

const HNSW_FILE = 'hnswlib.index';
/** Bytes hashed at a time by checkFileStreamed. */
const HASH_CHUNK_BYTES = 1 << 20;

/** checkFile for a file whose bytes are not wanted (the 60 MB HNSW index at fifty times today's corpus): hashed a chunk at a time. */
function checkFileStreamed(path: string, expected: string | undefined): void {
  const hash = createHash('sha256');
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const chunk = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
    for (let read = readSync(descriptor, chunk); read > 0; read = readSync(descriptor, chunk)) hash.update(chunk.subarray(0, read));
  } catch (error) {
    throw new BudgetQaError('INDEX_CORRUPT', `${path} cannot be read (${(error as Error).message}).`, { cause: error });
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  if (hash.digest('hex') !== expected) throw new BudgetQaError('INDEX_CORRUPT', `${path} does not match its checksum: the file is truncated or altered.`);
}

/** Table cells are answered from directly, so they are checked when read (tableRowSchema's rules): a bad one is a corrupt index. */
function checkTableCells(chunks: Chunk[], storeDir: string) {
  for (const chunk of chunks) {
    if (chunk.table === undefined) continue;
    const problem = tableRowProblem(chunk.table);
    if (problem) {
      throw new BudgetQaError('INDEX_CORRUPT', `${join(storeDir, FILES.chunks)}: the table cells of ${chunk.id} are not valid (${problem.path.join('.')}: ${problem.message}).`);
    }
  }
}

/** Loads a checked index. */
export async function loadIndex(
  settings: Pick<Settings, 'corpusDir' | 'indexDir' | 'embedder' | 'model'>,
  options: { onProgress?: (message: string) => void } = {},
): Promise<LoadedIndex> {
  // The embedder's default retrieval tells whether every question needs the vectors.
  const lazyVectors = !defaultRetrievalMode(describeEmbedder(settings).name).startsWith('fused');
  // Each file is read once: the bytes its checksum is verified on are the bytes parsed.
  const checked = new Map<string, Buffer>();
  // sparse.bin is hashed as it is read below (readSparseFileChecked keeps only what a search reads).
  const { manifest, corpus } = checkIndexAndCorpus(settings, [...(lazyVectors ? VECTOR_FILES : []), FILES.sparse], checked);
  const storeDir = join(settings.indexDir, STORE_DIR);
  const chunks = readJson(storeDir, FILES.chunks, checked) as Chunk[];
  checkTableCells(chunks, storeDir);
  const documents = readJson(storeDir, FILES.documents, checked) as DocumentEntry[];
  // PDF, HTML and Word documents: their passages point into the text read from them at build time.
  const extractedTexts = existsSync(join(storeDir, FILES.texts)) ? (readJson(storeDir, FILES.texts, checked) as Record<string, string>) : {};
  const searchText = new SearchText(readJson(storeDir, FILES.searchText, checked) as SearchTextData);
  const shortForms = manifest.files[FILES.shortForms] ? readShortFormsFile(join(storeDir, FILES.shortForms)) : undefined;
  // Its integrity is the manifest's sha256, checked above: no pass over every entry here.
  const sparsePath = join(storeDir, FILES.sparse);
  const sparseChecksum = manifest.files[FILES.sparse];
  const sparse = new Bm25Index(sparseChecksum ? readSparseFileChecked(sparsePath, sparseChecksum) : readSparseFile(sparsePath));
  const state = existsSync(join(storeDir, FILES.embedder)) ? (readJson(storeDir, FILES.embedder, checked) as ConceptModel) : undefined;
  checked.clear();
  const embeddings = createEmbedderForQuery(settings, searchText, state, options.onProgress);
  let vectorStore: HNSWLib | undefined;
  const readVectors = () => {
    try {
      return readVectorStore(storeDir, embeddings, lazyVectors ? manifest.files : undefined, chunks.length);
    } catch (error) {
      if (isBudgetQaError(error)) throw error;
      throw new BudgetQaError('INDEX_CORRUPT', `The vector index in ${storeDir} cannot be loaded (${(error as Error).message}).`, { cause: error });
    }
  };
  // LangChain's HNSWLib (with @langchain/core, ~0.4 s of CPU to import) is imported when the vectors are read.
  if (!lazyVectors || !canRequireLater()) {
    hnswlib ??= await import('@langchain/community/vectorstores/hnswlib');
    docstore ??= await import('@langchain/community/stores/doc/in_memory');
  }
  if (!lazyVectors) vectorStore = readVectors();
  const loaded = {
    manifest,
    chunks,
    chunkById: new Map(chunks.map((chunk) => [chunk.id, chunk])),
    documents: new Map(documents.map((document) => [document.id, document])),
    sources: new Map(corpus.documents.map((document) => [document.id, document.text || extractedTexts[document.id] || ''])),
    searchText,
    ...(shortForms ? { shortForms } : {}),
    sparse,
    vectorsLoaded: () => vectorStore !== undefined,
    embeddings,
  };
  return Object.defineProperty(loaded, 'vectorStore', { get: () => (vectorStore ??= readVectors()), enumerable: true }) as LoadedIndex;
}

const requireHere = createRequire(import.meta.url);

type HnswlibModule = typeof import('@langchain/community/vectorstores/hnswlib');
let hnswlib: HnswlibModule | undefined;
const HNSWLIB_MODULE = '@langchain/community/vectorstores/hnswlib';

/**
 * Whether LangChain's HNSWLib can be loaded synchronously when the vectors are first asked for: the
 * same ES module (not its CommonJS twin) through require, which Node has done since 20.19.
 * Otherwise it is imported with the index, as before.
 */
function canRequireLater(): boolean {
  return Boolean((process.features as { require_module?: boolean }).require_module) && typeof import.meta.resolve === 'function';
}

function hnswlibModule(): HnswlibModule {
  return (hnswlib ??= requireHere(fileURLToPath(import.meta.resolve(HNSWLIB_MODULE))) as HnswlibModule);
}

/** LangChain's docstore for HNSWLib, loaded with it (not at start: 16–23 ms of a start's CPU). */
type DocstoreModule = typeof import('@langchain/community/stores/doc/in_memory');
let docstore: DocstoreModule | undefined;
const DOCSTORE_MODULE = '@langchain/community/stores/doc/in_memory';

function docstoreModule(): DocstoreModule {
  return (docstore ??= requireHere(fileURLToPath(import.meta.resolve(DOCSTORE_MODULE))) as DocstoreModule);
}

/**
 * LangChain's HNSWLib over the saved files, read synchronously (what HNSWLib.load does, without
 * its awaits, so it can be read on first use). With `checksums`, each file is checked first.
 */
function readVectorStore(storeDir: string, embeddings: Embeddings, checksums: Record<string, string> | undefined, passages: number): HNSWLib {
  const read = (file: (typeof VECTOR_FILES)[number]) => (checksums ? checkFile(join(storeDir, file), checksums[file]) : undefined);
  const args = JSON.parse((read('args.json') ?? readFileSync(join(storeDir, 'args.json'))).toString('utf8')) as { space: 'cosine' | 'l2' | 'ip'; numDimensions: number };
  if (checksums) checkFileStreamed(join(storeDir, HNSW_FILE), checksums[HNSW_FILE]);
  const { HierarchicalNSW } = requireHere('hnswlib-node') as typeof import('hnswlib-node');
  const index = new HierarchicalNSW(args.space, args.numDimensions);
  index.readIndexSync(join(storeDir, 'hnswlib.index'));
  if (index.getCurrentCount() !== passages) throw new BudgetQaError('INDEX_CORRUPT', `The vector index in ${storeDir} holds ${index.getCurrentCount()} passages, not ${passages}.`);
  const storedDocuments = JSON.parse((read('docstore.json') ?? readFileSync(join(storeDir, 'docstore.json'))).toString('utf8')) as [string, Document][];
  return new (hnswlibModule().HNSWLib)(embeddings, { ...args, index, docstore: new (docstoreModule().SynchronousInMemoryDocstore)(new Map(storedDocuments)) });
}

/**
 * Opens the index for answering: when it is missing, stale or corrupt, says why and rebuilds it
 * (or, with autoBuildIndex off, refuses with the reason).
 */
export async function openIndex(
  settings: Pick<Settings, 'corpusDir' | 'indexDir' | 'embedder' | 'model' | 'autoBuildIndex'>,
  log: (message: string) => void = (message) => console.error(message),
  /** How to rebuild: in this process by default; the server builds in a child process (see serve.ts). */
  rebuild: (log: (message: string) => void) => Promise<unknown> = async (buildLog) => (await import('./build-index.js')).buildIndex(settings, { log: buildLog }),
): Promise<LoadedIndex> {
  try {
    return await loadIndex(settings, { onProgress: log });
  } catch (error) {
    if (!isBudgetQaError(error) || !['INDEX_MISSING', 'INDEX_STALE', 'INDEX_CORRUPT'].includes(error.code)) throw error;
    if (!settings.autoBuildIndex) throw error;
    log(`${error.message} Rebuilding the index…`);
    await rebuild(log);
  }
  return loadIndex(settings, { onProgress: log });
}
