import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Settings } from '../config.js';
import { BudgetQaError } from '../errors.js';
import { buildIndex, type BuildResult } from '../index/build-index.js';
import { blockText, documentLanguages, type Block } from '../ingest/blocks.js';
import { detectLanguage as detectQuestionLanguage } from '../text/normalise.js';
import { DOCUMENT_EXTENSIONS, documentExtension, readDocument } from '../ingest/read-document.js';
import { MANIFEST_FILE, parseCorpusManifest } from './load-corpus.js';
import { documentEntrySchema, type DocumentEntry } from './manifest.js';

/** What staff give on the command line; what is missing is inferred from the document where it reliably can be. */
export interface AddDocumentOptions {
  /** The file to add (any of DOCUMENT_EXTENSIONS). */
  file: string;
  id: string;
  titleEn?: string;
  titleZh?: string;
  publisherEn?: string;
  publisherZh?: string;
  /** YYYY-MM-DD, or YYYY-MM where the document gives only the month. */
  date?: string;
  /** e.g. 2026-27. */
  budgetYear?: string;
}

type Paths = Pick<Settings, 'corpusDir' | 'indexDir' | 'embedder' | 'model'>;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (value: number) => String(value).padStart(2, '0');

/** Every full date the text states (2026年2月25日, 25 February 2026, February 25, 2026, 2026-02-25), as YYYY-MM-DD. */
export function datesInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) found.push(`${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`);
  const month = `(${MONTHS.join('|')})`;
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${month}\\s+(\\d{4})\\b`, 'gi'))) found.push(`${match[3]}-${pad(MONTHS.indexOf(match[2]!.toLowerCase()) + 1)}-${pad(Number(match[1]))}`);
  for (const match of text.matchAll(new RegExp(`\\b${month}\\s+(\\d{1,2}),\\s*(\\d{4})\\b`, 'gi'))) found.push(`${match[3]}-${pad(MONTHS.indexOf(match[1]!.toLowerCase()) + 1)}-${pad(Number(match[2]))}`);
  for (const match of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) found.push(match[0]);
  return found;
}

/** Every month the text states without a day (2026年2月, February 2026), as YYYY-MM: the date where a document gives only its month. */
export function monthsInText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/g)) found.push(`${match[1]}-${pad(Number(match[2]))}`);
  for (const match of text.matchAll(new RegExp(`(?<!\\d\\s)\\b(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'gi'))) found.push(`${match[2]}-${pad(MONTHS.indexOf(match[1]!.toLowerCase()) + 1)}`);
  return found;
}

/** Budget years the text names (2026-27, 2026/27, 2026-2027), as YYYY-YY. */
export function budgetYearsInText(text: string): string[] {
  return [...text.matchAll(/\b(20\d{2})\s*[-/–]\s*(?:20)?(\d{2})\b/g)]
    .filter((match) => (Number(match[1]) + 1) % 100 === Number(match[2]))
    .map((match) => `${match[1]}-${match[2]}`);
}

/** The one value all mentions agree on, or undefined when there is none or they disagree. */
function single(values: string[]): string | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** Pure: the manifest entry for a read document, from the options and what the document reliably says. */
export function inferEntry(options: Omit<AddDocumentOptions, 'file'>, file: string, text: string, blocks: Block[]): DocumentEntry {
  const topHeading = (language: 'zh-Hant' | 'en') => {
    const headings = blocks.filter((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading' && block.language === language);
    const top = Math.min(...headings.map((heading) => heading.level));
    return headings.find((heading) => heading.level === top)?.text;
  };
  const titleEn = options.titleEn ?? topHeading('en');
  const titleZh = options.titleZh ?? topHeading('zh-Hant');
  const dates = datesInText(text);
  const date = options.date ?? (dates.length > 0 ? single(dates) : single(monthsInText(text)));
  const budgetYear = options.budgetYear ?? single(budgetYearsInText([titleEn, titleZh].filter(Boolean).join('\n'))) ?? single(budgetYearsInText(text));
  const missing = (
    [
      ['--title-en', titleEn, 'the document has no English heading to take it from'],
      ['--title-zh', titleZh, 'the document has no Chinese heading to take it from'],
      ['--publisher-en', options.publisherEn, 'a publisher cannot be told reliably from the text'],
      ['--publisher-zh', options.publisherZh, 'a publisher cannot be told reliably from the text'],
      ['--date', date, 'the text states no single date'],
      ['--budget-year', budgetYear, 'the title and text name no single budget year'],
    ] as const
  ).filter(([, value]) => !value);
  if (missing.length > 0) {
    throw new BudgetQaError('DOCUMENT_FIELD_MISSING', `Give ${missing.map(([flag, , why]) => `${flag} (${why})`).join(', ')}.`, { details: { missing: missing.map(([flag]) => flag) } });
  }
  const entry = {
    id: options.id,
    file,
    title: { en: titleEn!, zh: titleZh! },
    publisher: { en: options.publisherEn!, zh: options.publisherZh! },
    date: date!,
    budgetYear: budgetYear!,
    // Chinese written in Simplified characters is listed as zh-Hans (its passages are read the same way).
    languages: documentLanguages(blocks).map((language) =>
      language === 'zh-Hant' && detectQuestionLanguage(blocks.filter((block) => block.language === 'zh-Hant').map(blockText).join('\n')) === 'zh-Hans' ? 'zh-Hans' : language,
    ),
  };
  const parsed = documentEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BudgetQaError('DOCUMENT_FIELD_MISSING', `${issue.path.join('.')}: ${issue.message}.`);
  }
  return parsed.data;
}

/** Writes a file whole or not at all: to a temporary name beside it, then renamed over it. */
function writeAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** The corpus manifest; a corpus directory without one is a new corpus, which the first document added starts. */
function readManifest(corpusDir: string, options: { startNew?: boolean } = {}) {
  const path = join(corpusDir, MANIFEST_FILE);
  if (!existsSync(path)) {
    if (options.startNew && existsSync(corpusDir)) return { path, raw: undefined, manifest: { version: 1 as const, documents: [] as DocumentEntry[] } };
    throw new BudgetQaError('CORPUS_FILE_MISSING', `${path}: the corpus manifest does not exist.`);
  }
  const raw = readFileSync(path);
  return { path, raw, manifest: parseCorpusManifest(raw.toString('utf8'), path) };
}

/**
 * Adds a document: reads and checks it, copies it into the corpus as `<id><ext>`, writes its manifest
 * entry and rebuilds the index. Anything that fails leaves the corpus, manifest and index as they were
 * (the document is read before anything is written; the manifest and file are put back if the build fails;
 * the index is swapped in only when whole).
 */
export async function addDocument(settings: Paths, options: AddDocumentOptions, log: (message: string) => void = () => {}): Promise<{ entry: DocumentEntry; build: BuildResult }> {
  const extension = documentExtension(options.file);
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new BudgetQaError('DOCUMENT_UNSUPPORTED', `${options.file}: "${extension || '(no extension)'}" files cannot be added (give ${DOCUMENT_EXTENSIONS.join(', ')}).`);
  }
  if (!existsSync(options.file)) throw new BudgetQaError('CORPUS_FILE_MISSING', `${options.file}: the file does not exist.`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(options.id)) throw new BudgetQaError('DOCUMENT_FIELD_MISSING', `--id "${options.id}": use lower-case letters, digits and dashes.`);
  const { path: manifestPath, raw: manifestBytes, manifest } = readManifest(settings.corpusDir, { startNew: true });
  if (manifest.documents.some((document) => document.id === options.id)) {
    throw new BudgetQaError('DOCUMENT_ID_TAKEN', `"${options.id}" is already in ${manifestPath}.`);
  }
  const file = `${options.id}${extension === '.htm' ? '.html' : extension}`;
  const target = join(settings.corpusDir, file);
  if (existsSync(target)) throw new BudgetQaError('DOCUMENT_ID_TAKEN', `${target} already exists.`);
  const bytes = readFileSync(options.file);
  const { text, blocks } = await readDocument(bytes, file, options.file);
  const entry = inferEntry(options, file, text, blocks);
  log(`read ${basename(options.file)}: ${blocks.length} blocks, languages ${entry.languages.join(', ')}`);

  const updated = { ...manifest, documents: [...manifest.documents, entry] };
  writeAtomically(`${target}`, bytes);
  try {
    writeAtomically(manifestPath, `${JSON.stringify(updated, null, 2)}\n`);
    const build = await buildIndex(settings, { log });
    return { entry, build };
  } catch (error) {
    if (manifestBytes) writeAtomically(manifestPath, manifestBytes);
    else rmSync(manifestPath, { force: true });
    rmSync(target, { force: true });
    throw error;
  }
}

/** Removes a document: its manifest entry and file, and rebuilds the index; a failed build puts both back. */
export async function removeDocument(settings: Paths, id: string, log: (message: string) => void = () => {}): Promise<{ entry: DocumentEntry; build: BuildResult }> {
  const { path: manifestPath, raw: manifestBytes, manifest } = readManifest(settings.corpusDir);
  const entry = manifest.documents.find((document) => document.id === id);
  if (!entry) throw new BudgetQaError('DOCUMENT_NOT_FOUND', `"${id}" is not in ${manifestPath}.`);
  if (manifest.documents.length === 1) throw new BudgetQaError('MANIFEST_INVALID', `"${id}" is the only document: the corpus needs at least one.`);
  const updated = { ...manifest, documents: manifest.documents.filter((document) => document.id !== id) };
  writeAtomically(manifestPath, `${JSON.stringify(updated, null, 2)}\n`);
  let build: BuildResult;
  try {
    build = await buildIndex(settings, { log });
  } catch (error) {
    if (manifestBytes) writeAtomically(manifestPath, manifestBytes);
    throw error;
  }
  rmSync(join(settings.corpusDir, entry.file), { force: true });
  return { entry, build };
}
