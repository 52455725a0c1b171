import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { BudgetQaError } from '../errors.js';
import { layoutBlocks, type ReadDocument } from './blocks.js';
import { blocksFromElement } from './read-html.js';

/** A Word document → blocks, through mammoth's HTML (headings from the Heading styles, lists, tables). */
export async function readDocx(bytes: Uint8Array, source: string): Promise<ReadDocument> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new BudgetQaError('DOCUMENT_UNREADABLE', `${source}: not a readable Word (.docx) file (${(error as Error).message}).`, { cause: error });
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const read = layoutBlocks(blocksFromElement(document.body as unknown as Element));
  if (read.blocks.length === 0) throw new BudgetQaError('DOCUMENT_NO_TEXT', `${source}: the document has no text.`);
  return read;
}
