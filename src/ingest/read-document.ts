import { extname } from 'node:path';
import { decodeDocumentText } from '../corpus/load-corpus.js';
import { BudgetQaError } from '../errors.js';
import type { ReadDocument } from './blocks.js';
import { readPdf } from './read-pdf.js';
import { readText } from './read-text.js';

/** The file types documents may be given in, by extension. */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.html', '.htm', '.docx', '.md', '.txt'] as const;
/** Extensions whose bytes are not the document's text: they are read into text when the index is built. */
export const EXTRACTED_EXTENSIONS = ['.pdf', '.html', '.htm', '.docx'] as const;

export function documentExtension(file: string): string {
  return extname(file).toLowerCase();
}

export function isExtracted(file: string): boolean {
  return (EXTRACTED_EXTENSIONS as readonly string[]).includes(documentExtension(file));
}

/** Any supported file → its text and blocks. `source` names the file in errors. */
export async function readDocument(bytes: Uint8Array, file: string, source = file): Promise<ReadDocument> {
  const extension = documentExtension(file);
  if (bytes.length === 0) throw new BudgetQaError('DOCUMENT_NO_TEXT', `${source}: the file is empty.`);
  switch (extension) {
    case '.pdf':
      return readPdf(bytes, source);
    // The Word and HTML readers (mammoth, linkedom: about 0.4 s of CPU to import) are loaded when
    // such a file is first read, so a build of text documents does not load them.
    case '.docx':
      return (await import('./read-docx.js')).readDocx(bytes, source);
    case '.html':
    case '.htm': {
      const text = decodeHtml(bytes, source);
      return (await import('./read-html.js')).readHtml(text, source);
    }
    case '.md':
    case '.txt': {
      let text: string;
      try {
        text = decodeDocumentText(bytes, source);
      } catch (error) {
        const message = (error as Error).message;
        throw new BudgetQaError(/empty/.test(message) ? 'DOCUMENT_NO_TEXT' : 'DOCUMENT_UNREADABLE', message, { cause: error });
      }
      return { text, blocks: readText(text) };
    }
    default:
      throw new BudgetQaError('DOCUMENT_UNSUPPORTED', `${source}: "${extension || '(no extension)'}" files cannot be read.`);
  }
}

function decodeHtml(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new BudgetQaError('DOCUMENT_UNREADABLE', `${source}: the page is not UTF-8.`, { cause: error });
  }
}
