import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BudgetQaError } from '../errors.js';
import { decodeDocumentText, loadCorpus, parseCorpusManifest } from './load-corpus.js';

const entry = {
  id: 'doc-one',
  file: 'one.txt',
  format: 'press-release',
  title: { en: 'One', zh: '一' },
  publisher: { en: 'P', zh: '出版' },
  date: '2025-02-27',
  budgetYear: '2025-26',
  languages: ['zh-Hant'],
};

function manifestText(documents: unknown[]): string {
  return JSON.stringify({ version: 1, documents }, null, 2);
}

function expectError(run: () => unknown, code: string, pattern: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BudgetQaError);
    expect((error as BudgetQaError).code).toBe(code);
    expect((error as BudgetQaError).message).toMatch(pattern);
    return;
  }
  throw new Error('expected an error');
}

describe('parseCorpusManifest', () => {
  it('format is optional; a file may be .pdf, .html, .docx, .md or .txt, and no other type', () => {
    const { format: _format, ...generic } = entry;
    const parsed = parseCorpusManifest(manifestText(['one.pdf', 'two.html', 'three.docx', 'four.md', 'five.txt'].map((file, n) => ({ ...generic, id: `doc-${n}`, file }))), 'm.json');
    expect(parsed.documents.map((document) => document.format)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expectError(() => parseCorpusManifest(manifestText([{ ...generic, file: 'sheet.xlsx' }]), 'm.json'), 'MANIFEST_INVALID', /documents\.0\.file: file must be a \.pdf, \.html, \.docx, \.md or \.txt file/);
  });

  it('accepts a valid manifest', () => {
    expect(parseCorpusManifest(manifestText([entry]), 'm.json').documents[0]!.id).toBe('doc-one');
  });
  it('names the file and line of a bad date', () => {
    const raw = manifestText([entry, { ...entry, id: 'doc-two', date: '2025-02-30' }]);
    expectError(() => parseCorpusManifest(raw, 'm.json'), 'MANIFEST_INVALID', /^m\.json:\d+: documents\.1\.date: date is not a real calendar date/);
    const line = Number(/m\.json:(\d+)/.exec((() => { try { parseCorpusManifest(raw, 'm.json'); } catch (e) { return (e as Error).message; } return ''; })())![1]);
    expect(raw.split('\n')[line - 1]).toContain('"date": "2025-02-30"');
  });
  it('rejects malformed JSON with its line', () => {
    expectError(() => parseCorpusManifest('{\n "version": 1,\n "documents": [\n}', 'm.json'), 'MANIFEST_INVALID', /^m\.json(:\d+)?: not valid JSON/);
  });
  it('rejects duplicate ids and paths outside the corpus', () => {
    expectError(() => parseCorpusManifest(manifestText([entry, entry]), 'm.json'), 'MANIFEST_INVALID', /duplicate id "doc-one"/);
    expectError(() => parseCorpusManifest(manifestText([{ ...entry, file: '../secret.txt' }]), 'm.json'), 'MANIFEST_INVALID', /plain file name/);
  });
});

describe('decodeDocumentText', () => {
  it('rejects invalid UTF-8 with the line of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n'), Buffer.from([0xe4, 0xb8]), Buffer.from('\n')]);
    expectError(() => decodeDocumentText(bytes, 'doc.txt'), 'CORPUS_FILE_INVALID', /^doc\.txt:3: not valid UTF-8/);
  });
  it('rejects an empty document', () => {
    expectError(() => decodeDocumentText(Buffer.from('  \n\n'), 'doc.txt'), 'CORPUS_FILE_INVALID', /doc\.txt:1: the document is empty/);
  });
  it('drops a byte-order mark', () => {
    expect(decodeDocumentText(Buffer.from('\ufeff文字'), 'doc.txt')).toBe('文字');
  });
});

describe('loadCorpus', () => {
  it('reports a missing document by path and id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'manifest.json'), manifestText([entry]));
    expectError(() => loadCorpus(dir), 'CORPUS_FILE_MISSING', /one\.txt: listed in .* as "doc-one" but the file does not exist/);
  });
  it('loads the real corpus and gives it a stable checksum', () => {
    const first = loadCorpus('corpus');
    expect(first.documents).toHaveLength(5);
    expect(loadCorpus('corpus').checksum).toBe(first.checksum);
  });
});
