import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../answer/answer-question.js';
import { isBudgetQaError } from '../errors.js';
import { buildIndex } from '../index/build-index.js';
import { loadIndex } from '../index/load-index.js';
import { bilingualPdf, makePdf, pressReleaseHtml } from '../test-support/make-documents.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';
import { addDocument, inferEntry, removeDocument, type AddDocumentOptions } from './add-document.js';
import { loadCorpus } from './load-corpus.js';

/** Every file under a directory with its sha256: "exactly as they were" is this map unchanged. */
function snapshot(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[full.slice(directory.length)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(directory);
  return files;
}

const PUBLISHER = { publisherEn: 'Innovation, Technology and Industry Bureau', publisherZh: '創新科技及工業局' };

describe('add-document and remove-document', () => {
  const paths = tempCorpusAndIndex();
  const settings = { corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept' as const, model: '' };
  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(paths.root, name);
    writeFileSync(path, bytes);
    return path;
  };

  beforeAll(async () => {
    await buildIndex(settings);
  });

  it('bad files and bad entries are refused by code, and the corpus, manifest and index stay byte for byte as they were', async () => {
    const before = { corpus: snapshot(paths.corpusDir), index: snapshot(paths.indexDir) };
    const cases: Array<[AddDocumentOptions, string]> = [
      [{ file: file('corrupt.pdf', '%PDF-1.7\ngarbage'), id: 'corrupt', ...PUBLISHER }, 'DOCUMENT_UNREADABLE'],
      [{ file: file('locked.pdf', makePdf([[{ text: 'secret', x: 72, y: 700, size: 11 }]], { encrypt: true })), id: 'locked', ...PUBLISHER }, 'DOCUMENT_ENCRYPTED'],
      [{ file: file('scan.pdf', makePdf([[]])), id: 'scan', ...PUBLISHER }, 'DOCUMENT_NO_TEXT'],
      [{ file: file('empty.html', ''), id: 'empty', ...PUBLISHER }, 'DOCUMENT_NO_TEXT'],
      [{ file: file('sheet.xlsx', 'a,b'), id: 'sheet', ...PUBLISHER }, 'DOCUMENT_UNSUPPORTED'],
      [{ file: file('dup.html', pressReleaseHtml()), id: 'budget-2025-26-itib', titleEn: 'x', ...PUBLISHER }, 'DOCUMENT_ID_TAKEN'],
      // The page names no English title and no publisher can be inferred.
      [{ file: file('release.html', pressReleaseHtml()), id: 'release-no-title', budgetYear: '2026-27' }, 'DOCUMENT_FIELD_MISSING'],
    ];
    for (const [options, code] of cases) {
      const error = await addDocument(settings, options).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isBudgetQaError(error) && error.code, options.file).toBe(code);
    }
    const missing = await addDocument(settings, { file: join(paths.root, 'release.html'), id: 'release-no-title', budgetYear: '2026-27' }).catch((error: unknown) => error);
    expect(String((missing as Error).message)).toMatch(/--title-en .*--publisher-en .*--publisher-zh/);
    expect({ corpus: snapshot(paths.corpusDir), index: snapshot(paths.indexDir) }).toEqual(before);
    await expect(removeDocument(settings, 'no-such-document')).rejects.toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
    expect({ corpus: snapshot(paths.corpusDir), index: snapshot(paths.indexDir) }).toEqual(before);
  });

  it('adds a press-release page (date and languages read from it), answers a question from it through the real index, and removes it', async () => {
    const manifestBefore = loadCorpus(paths.corpusDir).manifest;
    const { entry, build } = await addDocument(settings, { file: file('welcome.html', pressReleaseHtml()), id: 'itib-2026-27-welcome', titleEn: 'ITIB welcomes the Budget', budgetYear: '2026-27', ...PUBLISHER });
    expect(entry).toMatchObject({ file: 'itib-2026-27-welcome.html', title: { zh: '創科局歡迎新一份財政預算案' }, date: '2026-02-26', languages: ['zh-Hant', 'en'] });
    expect(entry.format).toBeUndefined();
    expect(existsSync(join(paths.corpusDir, 'itib-2026-27-welcome.html'))).toBe(true);
    expect(build.manifest.chunkCount).toBeGreaterThan(0);

    const answerer = new QuestionAnswerer(await loadIndex(settings));
    const result = await answerer.ask('How much is set aside for the Frontier Technology Research Support Scheme?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]).toMatchObject({ docId: 'itib-2026-27-welcome' });
    expect(result.answer).toMatch(/3 billion|30億/);

    await removeDocument(settings, 'itib-2026-27-welcome');
    expect(existsSync(join(paths.corpusDir, 'itib-2026-27-welcome.html'))).toBe(false);
    expect(loadCorpus(paths.corpusDir).manifest).toEqual(manifestBefore);
    const after = await loadIndex(settings);
    expect([...after.documents.keys()]).not.toContain('itib-2026-27-welcome');
  });

  it('npm run add-document adds a PDF with its title inferred from its headings; remove-document takes it out', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir };
    const tsx = resolve('node_modules/.bin/tsx');
    const pdf = file('slides.pdf', bilingualPdf());
    const added = await run(tsx, ['src/cli/add-document.ts', pdf, '--id', 'slides-2025-26', '--publisher-en', PUBLISHER.publisherEn, '--publisher-zh', PUBLISHER.publisherZh, '--budget-year', '2025-26'], { env });
    expect(added.stdout).toMatch(/Added "slides-2025-26" \(slides-2025-26\.pdf: Innovation and Technology Measures \/ 創新科技措施, 2025-02-26, budget year 2025-26, zh-Hant \+ en\)/);
    const index = await loadIndex(settings);
    const passage = index.chunks.find((chunk) => chunk.docId === 'slides-2025-26' && chunk.texts.some((text) => text.text.includes('十億元')))!;
    expect(index.sources.get('slides-2025-26')!.slice(passage.start, passage.end)).toContain('人工智能研究院');
    const removed = await run(tsx, ['src/cli/remove-document.ts', 'slides-2025-26'], { env });
    expect(removed.stdout).toMatch(/Removed "slides-2025-26"/);
    const duplicate = await run(tsx, ['src/cli/add-document.ts', pdf, '--id', 'budget-2025-26-itib'], { env }).catch((error: { stderr: string; code: number }) => error);
    expect((duplicate as { code: number }).code).toBe(1);
    expect((duplicate as { stderr: string }).stderr).toMatch(/^DOCUMENT_ID_TAKEN: /m);
    // Three CLI processes under tsx, two of which rebuild the index: about 100 s on the shared 2-core machine under load.
  }, 240_000);
});

describe('add-document into a corpus directory without a manifest', () => {
  it('starts the corpus: the manifest written with the one document, the index built from it; a bad file leaves the directory as it was', async () => {
    const root = mkdtempSync(join(tmpdir(), 'budget-qa-new-corpus-'));
    const corpusDir = join(root, 'corpus');
    mkdirSync(corpusDir);
    copyFileSync(join('corpus', 'terminology.json'), join(corpusDir, 'terminology.json'));
    const settings = { corpusDir, indexDir: join(root, 'index'), embedder: 'concept' as const, model: '' };
    const bad = join(root, 'scan.pdf');
    writeFileSync(bad, makePdf([[]]));
    await expect(addDocument(settings, { file: bad, id: 'scan', ...PUBLISHER })).rejects.toMatchObject({ code: 'DOCUMENT_NO_TEXT' });
    expect(readdirSync(corpusDir)).toEqual(['terminology.json']);
    const page = join(root, 'release.html');
    writeFileSync(page, pressReleaseHtml());
    const { entry } = await addDocument(settings, { file: page, id: 'itib-welcome', titleEn: 'ITIB welcomes the Budget', budgetYear: '2026-27', ...PUBLISHER });
    expect(loadCorpus(corpusDir).manifest.documents.map((document) => document.id)).toEqual([entry.id]);
    expect((await loadIndex(settings)).documents.has('itib-welcome')).toBe(true);
  });
});

describe('inferEntry: what a document reliably says about itself', () => {
  const block = (text: string, kind: 'heading' | 'paragraph' = 'paragraph', language: 'en' | 'zh-Hant' = 'zh-Hant') =>
    kind === 'heading' ? { kind, level: 1, text, language, location: { start: 0, end: 0 } } : { kind, text, language, location: { start: 0, end: 0 } };
  const base = { id: 'doc', ...PUBLISHER };

  it('a date stated once; only a month where no day is given; none when the text gives two', () => {
    const entry = (text: string) => inferEntry({ ...base, titleEn: 'T', titleZh: '題', budgetYear: '2026-27' }, 'doc.pdf', text, [block(text)]);
    expect(entry('公報於2026年2月26日發出。另見 26 February 2026。').date).toBe('2026-02-26');
    expect(entry('二〇二六年預算 published February 2026').date).toBe('2026-02');
    expect(() => entry('Published 26 February 2026 and revised 3 March 2026.')).toThrow(/--date \(the text states no single date\)/);
  });

  it('titles from the top heading in each language, the budget year from the title, Simplified Chinese listed as zh-Hans', () => {
    const blocks = [block('2026-27年度财政预算案 创新科技重点措施', 'heading'), block('2026-27 Budget: Key initiatives', 'heading', 'en'), block('政府将预留资金发展人工智能。')];
    const entry = inferEntry({ ...base, date: '2026-02' }, 'doc.pdf', '', blocks as never);
    expect(entry).toMatchObject({ title: { zh: '2026-27年度财政预算案 创新科技重点措施', en: '2026-27 Budget: Key initiatives' }, budgetYear: '2026-27', languages: ['zh-Hans', 'en'] });
  });
});
