import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BudgetQaError } from '../errors.js';
import { corpusManifestSchema, type CorpusManifest, type SourceDocument } from './manifest.js';

export const MANIFEST_FILE = 'manifest.json';

/** Line (1-based) and column of a character offset, for error messages. */
export function lineOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Finds the line of a JSON key so a manifest error can say where to look. */
function lineOfJsonPath(raw: string, path: PropertyKey[]): number | undefined {
  const key = [...path].reverse().find((part) => typeof part === 'string');
  if (typeof key !== 'string') return undefined;
  const documentIndex = path[0] === 'documents' && typeof path[1] === 'number' ? path[1] : undefined;
  let searchFrom = 0;
  if (documentIndex !== undefined) {
    // Skip to the n-th document object by counting `"id"` keys.
    let found = -1;
    for (let count = 0; count <= documentIndex; count++) {
      found = raw.indexOf('"id"', found + 1);
      if (found < 0) return undefined;
    }
    searchFrom = raw.lastIndexOf('{', found);
  }
  const at = raw.indexOf(`"${key}"`, searchFrom);
  return at < 0 ? undefined : lineOfOffset(raw, at).line;
}

/** Pure: parse and validate manifest JSON text. `source` names the file in errors. */
export function parseCorpusManifest(raw: string, source: string): CorpusManifest {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const where = position ? `:${lineOfOffset(raw, Number(position)).line}` : '';
    throw new BudgetQaError('MANIFEST_INVALID', `${source}${where}: not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  const parsed = corpusManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const line = lineOfJsonPath(raw, issue.path);
    const where = line ? `:${line}` : '';
    throw new BudgetQaError('MANIFEST_INVALID', `${source}${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}.`, {
      details: { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  return parsed.data;
}

/** Pure: decode a document's bytes, rejecting invalid UTF-8 and empty text with the line at fault. */
export function decodeDocumentText(bytes: Uint8Array, source: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Find the first bad byte by decoding growing prefixes line by line.
    let line = 1;
    let lineStart = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 10) {
        try {
          decoder.decode(bytes.subarray(lineStart, index));
        } catch {
          break;
        }
        line++;
        lineStart = index + 1;
      }
    }
    throw new BudgetQaError('CORPUS_FILE_INVALID', `${source}:${line}: not valid UTF-8.`, { cause: error });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) {
    throw new BudgetQaError('CORPUS_FILE_INVALID', `${source}:1: the document is empty.`);
  }
  return text;
}

export interface LoadedCorpus {
  manifest: CorpusManifest;
  documents: SourceDocument[];
  /** sha256 over the manifest and every document's bytes: an index records it to detect staleness. */
  checksum: string;
}

/** I/O shell: read corpus/manifest.json and every document it names. */
export function loadCorpus(corpusDir: string): LoadedCorpus {
  const manifestPath = join(corpusDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new BudgetQaError('CORPUS_FILE_MISSING', `${manifestPath}: the corpus manifest does not exist.`);
  }
  const manifestBytes = readFileSync(manifestPath);
  const manifest = parseCorpusManifest(manifestBytes.toString('utf8'), manifestPath);
  const hash = createHash('sha256').update(manifestBytes);
  const documents = manifest.documents.map((entry) => {
    const path = join(corpusDir, entry.file);
    if (!existsSync(path)) {
      throw new BudgetQaError('CORPUS_FILE_MISSING', `${path}: listed in ${manifestPath} as "${entry.id}" but the file does not exist.`);
    }
    const bytes = readFileSync(path);
    hash.update(entry.file).update(bytes);
    // A PDF, page or Word file is read into text when the index is built (src/ingest/extract-corpus.ts).
    if (/\.(pdf|html?|docx)$/i.test(entry.file)) return { ...entry, text: '' };
    return { ...entry, text: decodeDocumentText(bytes, path) };
  });
  return { manifest, documents, checksum: hash.digest('hex') };
}
