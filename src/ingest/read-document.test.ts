import { describe, expect, it } from 'vitest';
import { chunkBlocks } from '../chunk/chunk-blocks.js';
import { isBudgetQaError } from '../errors.js';
import { bilingualPdf, factSheetDocx, makePdf, pressReleaseHtml } from '../test-support/make-documents.js';
import type { Block } from './blocks.js';
import { readDocument } from './read-document.js';
import { readText } from './read-text.js';

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isBudgetQaError(error) && error.code).toBe(code);
}

const texts = (blocks: Block[]) => blocks.map((block) => (block.kind === 'table' ? `table:${block.header.join('|')}` : `${block.kind}:${block.text}`));

describe('readDocument: PDF through pdf.js', () => {
  it('reads a two-page bilingual PDF in reading order: headings by size, wrapped lines joined (no space between Chinese characters), bullets under their lead-in, a table, pages kept and page numbers dropped', async () => {
    const { text, blocks } = await readDocument(bilingualPdf(), 'budget.pdf');
    expect(texts(blocks)).toEqual([
      'heading:創新科技措施',
      'heading:Innovation and Technology Measures',
      'paragraph:政府將預留十億元，成立人工智能研究院，推動創新及科技發展。',
      'paragraph:The Government will set aside $1 billion to establish the AI Research Institute next year.',
      'paragraph:主要措施包括：',
      'list-item:設立新型工業加速計劃',
      'list-item:推動數字經濟發展',
      'heading:Funding by programme',
      'table:Programme|2024-25|2025-26',
      'paragraph:Figures are in millions of dollars, published on 26 February 2025.',
    ]);
    expect(blocks.map((block) => block.location.page)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 2, 2]);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.level)).toEqual([1, 1, 2]);
    expect(blocks[0]!.language).toBe('zh-Hant');
    expect(blocks[1]!.language).toBe('en');
    const bullet = blocks[5]!;
    expect(bullet.kind === 'list-item' && bullet.leadIn).toBe('主要措施包括：');
    const table = blocks[8]!;
    expect(table.kind === 'table' && table.rows).toEqual([
      ['Research', '100', '120'],
      ['Talent', '50', '65'],
    ]);
    // Offsets point into the text the citations quote.
    for (const block of blocks) if (block.kind !== 'table') expect(text.slice(block.location.start, block.location.end)).toContain(block.text);
    expect(text).not.toMatch(/^\s*[12]\s*$/m);
  });

  it('drops a running header and "Page n of N" footers that recur on the pages, and joins a paragraph wrapped onto the next line', async () => {
    const pages = [1, 2, 3, 4].map((page) => [
      { text: 'Head 135 — Innovation, Technology and Industry Bureau', x: 72, y: 810, size: 9 },
      { text: `第${page}段：政府在本年度會繼續推動創新科技發`, x: 72, y: 700, size: 11 },
      { text: '展，並支持本地研發工作。', x: 72, y: 686, size: 11 },
      { text: `Page ${page} of 4`, x: 260, y: 30, size: 9 },
    ]);
    const { text, blocks } = await readDocument(makePdf(pages), 'report.pdf');
    expect(text).not.toMatch(/Head 135|Page \d/);
    expect(texts(blocks)).toEqual([1, 2, 3, 4].map((page) => `paragraph:第${page}段：政府在本年度會繼續推動創新科技發展，並支持本地研發工作。`));
    expect(blocks.map((block) => block.location.page)).toEqual([1, 2, 3, 4]);
  });

  it('says why a PDF cannot be read: corrupt, password-protected, scanned (no text layer), empty', async () => {
    await expectCode(readDocument(Buffer.from('%PDF-1.7\nnot really a pdf'), 'corrupt.pdf'), 'DOCUMENT_UNREADABLE');
    await expectCode(readDocument(makePdf([[{ text: 'secret', x: 72, y: 700, size: 11 }]], { encrypt: true }), 'locked.pdf'), 'DOCUMENT_ENCRYPTED');
    await expectCode(readDocument(makePdf([[], []]), 'scan.pdf'), 'DOCUMENT_NO_TEXT');
    await expectCode(readDocument(Buffer.alloc(0), 'empty.pdf'), 'DOCUMENT_NO_TEXT');
    await expectCode(readDocument(Buffer.from('a,b'), 'sheet.xlsx'), 'DOCUMENT_UNSUPPORTED');
  });
});

describe('readDocument: HTML through linkedom and Readability', () => {
  it('keeps the main content only: navigation, header, footer and download links are dropped; lines joined, list under its lead-in, table with header cells', async () => {
    const { text, blocks } = await readDocument(Buffer.from(pressReleaseHtml()), 'release.html');
    expect(text).not.toMatch(/主頁|Contact us|Privacy|Copyright|下載|政府網站/);
    expect(texts(blocks)).toEqual([
      'heading:創科局歡迎新一份財政預算案',
      'paragraph:創新科技及工業局今日表示，財政預算案預留三十億元推行前沿科技研究支援計劃，支持大學的研究團隊。',
      expect.stringMatching(/^paragraph:The Innovation, Technology and Industry Bureau said today/),
      'heading:主要措施',
      'paragraph:措施包括：',
      'list-item:設立微電子研發院',
      'list-item:推展低空經濟',
      'table:項目|撥款',
      'paragraph:公報於2026年2月26日發出。',
    ]);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.level)).toEqual([1, 2]);
  });

  it('an HTML page with nothing in it is DOCUMENT_NO_TEXT', async () => {
    await expectCode(readDocument(Buffer.from('<html><body><nav><a href="/">Home</a></nav></body></html>'), 'blank.html'), 'DOCUMENT_NO_TEXT');
  });
});

describe('readDocument: DOCX through mammoth', () => {
  it('reads headings from the Heading styles and a table with its header row', async () => {
    const { blocks } = await readDocument(await factSheetDocx(), 'facts.docx');
    expect(texts(blocks)).toEqual([
      'heading:Smart Lampposts Fact Sheet',
      expect.stringMatching(/^paragraph:About 1 000 smart lampposts/),
      'heading:Installation by district',
      'table:District|Lampposts',
    ]);
    const table = blocks[3]!;
    expect(table.kind === 'table' && table.rows).toEqual([
      ['Kowloon East', '400'],
      ['Kai Tak', '250'],
    ]);
  });

  it('a file that is not a Word zip is DOCUMENT_UNREADABLE', async () => {
    await expectCode(readDocument(Buffer.from('PK not a zip at all'), 'broken.docx'), 'DOCUMENT_UNREADABLE');
  });
});

describe('readText and chunkBlocks', () => {
  it('Markdown: headings, list under its lead-in, a pipe table; offsets into the text', () => {
    const source = '# 標題\n\n措施包括：\n\n- 第一項\n- 第二項\n\n| Item | Amount |\n| --- | --- |\n| Research | $1 billion |\n';
    const blocks = readText(source);
    expect(texts(blocks)).toEqual(['heading:標題', 'paragraph:措施包括：', 'list-item:第一項', 'list-item:第二項', 'table:Item|Amount']);
    expect(source.slice(blocks[2]!.location.start, blocks[2]!.location.end)).toBe('- 第一項');
  });

  it('section paths from headings in both languages, list items with their lead-in, table rows with their headers, a Chinese block and its English rendering as one passage', async () => {
    const { blocks } = await readDocument(bilingualPdf(), 'budget.pdf');
    const chunks = chunkBlocks(blocks);
    const paired = chunks.find((chunk) => chunk.texts.length === 2 && chunk.kind === 'paragraph')!;
    expect(paired.texts.map((text) => text.language)).toEqual(['zh-Hant', 'en']);
    expect(paired.texts[1]!.text).toContain('$1 billion');
    expect(paired.section).toEqual({ zh: ['創新科技措施'], en: ['Innovation and Technology Measures'] });
    const bullets = chunks.filter((chunk) => chunk.kind === 'bullet');
    expect(bullets.map((chunk) => chunk.context[0]?.text)).toEqual(['主要措施包括：', '主要措施包括：']);
    const rows = chunks.filter((chunk) => chunk.kind === 'table-row');
    expect(rows.map((chunk) => chunk.texts[0]!.text)).toEqual(['Programme: Research; 2024-25: 100; 2025-26: 120', 'Programme: Talent; 2024-25: 50; 2025-26: 65']);
    expect(rows[0]!.section.en).toEqual(['Innovation and Technology Measures', 'Funding by programme']);
    // Figures carry the unit the caption or header states, the way a sentence would say them.
    const withUnits = chunkBlocks(readText('Provision by programme ($ million):\n\n| Programme | 2025-26 |\n| --- | --- |\n| Research | 120.5 |\n\n各項撥款：\n\n| 項目 | 2025-26（百萬元） |\n| --- | --- |\n| 研究 | 24.3 |\n'));
    expect(withUnits.filter((chunk) => chunk.kind === 'table-row').map((chunk) => chunk.texts[0]!.text)).toEqual(['Programme: Research; 2025-26: $120.5 million', '項目 — 研究：2025-26：24.3百萬元']);
    // A Chinese paragraph is not paired with an English one that is not its rendering (a different year).
    const unrelated = chunkBlocks(readText('政府於2025年推出計劃。\n\nThe scheme closed in 2019 after review by the panel.\n'));
    expect(unrelated.every((chunk) => chunk.texts.length === 1)).toBe(true);
  });

  it('pairs a Chinese heading or list item with its English rendering set as a plain paragraph (bilingual slides), and nothing else', () => {
    const source = [
      '# 1. 完善創科生態圈',
      'Enhance the I&T ecosystem',
      '## 人工智能作為關鍵產業',
      'Artificial Intelligence (AI) as a Core Industry',
      '河套香港園區：',
      '- 預留10億元設立香港人工智能研發院',
      'Set aside $1 billion to establish the AI Research and Development Institute',
      '- 首三座大樓正陸續落成',
      'The first three buildings are about to complete',
      '## 傳媒查詢',
      '電話：+852 2629 6850',
      '電郵：cecilia.kwok@example.org',
      '## 結語',
      'The park will keep working with the industry, universities and the Government to bring more research results to market and to train the talent that start-ups, manufacturers and investors in Hong Kong need in the years ahead.',
    ].join('\n\n');
    const chunks = chunkBlocks(readText(source));
    const bullet = chunks.find((chunk) => chunk.kind === 'bullet' && chunk.texts[0]!.text.includes('10億元'))!;
    expect(bullet.texts.map((text) => text.language)).toEqual(['zh-Hant', 'en']);
    expect(bullet.texts[1]!.text).toContain('$1 billion');
    // The English paragraphs under the headings are the headings' renderings: the English section path.
    expect(bullet.section).toEqual({ zh: ['1. 完善創科生態圈', '人工智能作為關鍵產業'], en: ['1. Enhance the I&T ecosystem', 'Artificial Intelligence (AI) as a Core Industry'] });
    expect(chunks.filter((chunk) => chunk.kind === 'bullet')).toHaveLength(2);
    // A line with a Chinese label and an address is not an English rendering of the line before it.
    const email = chunks.find((chunk) => chunk.texts.some((text) => text.text.includes('cecilia')))!;
    expect(email.texts).toHaveLength(1);
    // A heading is not paired with a whole paragraph of English body text.
    const closing = chunks.find((chunk) => chunk.kind === 'paragraph' && chunk.texts[0]!.text.startsWith('The park will keep'))!;
    expect(closing.texts).toHaveLength(1);
    // A heading with no English rendering closes the English path's heading of its level.
    expect(closing.section).toEqual({ zh: ['1. 完善創科生態圈', '結語'], en: ['1. Enhance the I&T ecosystem'] });
  });

  it('a list item does not take a lead-in written in the other language as its context', () => {
    const blocks = readText('Measures include:\n\n- 預留10億元設立研發院\n');
    const item = blocks.find((block) => block.kind === 'list-item')!;
    expect(item.kind === 'list-item' && item.leadIn).toBe('Measures include:');
    expect(chunkBlocks(blocks).find((chunk) => chunk.kind === 'bullet')!.context).toEqual([]);
  });
});
