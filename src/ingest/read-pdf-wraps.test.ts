import { describe, expect, it } from 'vitest';
import { makePdf, type PdfText } from '../test-support/make-documents.js';
import { readDocument } from './read-document.js';

/** makePdf sets Chinese characters (and •) one em wide, Latin characters 0.52 em: text placed so it ends at `right`. */
const width = (text: string, size: number) => [...text].reduce((sum, character) => sum + (character === ' ' ? 0.25 : character.codePointAt(0)! < 0x2000 ? 0.52 : 1), 0) * size;
const rightAligned = (text: string, right: number, y: number, size = 9): PdfText => ({ text, x: right - width(text, size), y, size });
const shown = (blocks: Awaited<ReturnType<typeof readDocument>>['blocks']) => blocks.map((block) => (block.kind === 'table' ? `table:${JSON.stringify([block.header, ...block.rows])}` : `${block.kind}:${block.text}`));

describe('PDF lines: where a wrap goes on and where a block ends', () => {
  it('an item goes on in the next line when that line’s first unbroken word would not have fitted after it, and a term in the other language wrapped onto a line of its own stays in it', async () => {
    // The column: 34 Chinese characters at 11 pt from x = 72 (its right edge at 446).
    const page: PdfText[] = [
      { text: '政府會繼續推動創新科技發展，善用科技提升城市管理效率及市民生活質素。', x: 72, y: 760, size: 11 },
      // The first line ends 95 pt short of the column, but "「Health@InnoHK」，" is wider than that.
      { text: '• 研發平台已建設兩個，分別為專注醫療及生命科技的', x: 84, y: 740, size: 11 },
      { text: '「Health@InnoHK」，以及專注人工智能的「AIR@InnoHK」。', x: 84, y: 726, size: 11 },
      // Set to the column's end, then a bracketed name alone on the next line.
      { text: '• 金管局為發行央行數碼貨幣作準備，包括推動多種數碼貨幣跨境網絡', x: 84, y: 706, size: 11 },
      { text: '（mBridge）', x: 84, y: 692, size: 11 },
      { text: '• 另一項措施。', x: 84, y: 672, size: 11 },
    ];
    const { blocks } = await readDocument(makePdf([page]), 'wraps.pdf');
    expect(shown(blocks)).toEqual([
      'paragraph:政府會繼續推動創新科技發展，善用科技提升城市管理效率及市民生活質素。',
      'list-item:研發平台已建設兩個，分別為專注醫療及生命科技的「Health@InnoHK」，以及專注人工智能的「AIR@InnoHK」。',
      'list-item:金管局為發行央行數碼貨幣作準備，包括推動多種數碼貨幣跨境網絡（mBridge）',
      'list-item:另一項措施。',
    ]);
  });

  it('a line that stops where the next line’s first word would have fitted, with more than a line’s spacing below it, ends its paragraph; an English sentence after Chinese set to the column’s end is another block', async () => {
    const page: PdfText[] = [
      { text: 'The first paragraph runs across the whole of the column width here', x: 72, y: 760, size: 11 },
      { text: 'to take place later this year', x: 72, y: 746, size: 11 },
      { text: 'Another paragraph starts after a little more space than a line.', x: 72, y: 727, size: 11 },
      { text: '推進第三個研發平台：已開展籌備工作，聚焦先進製造、材料、能源及可持續發展', x: 72, y: 700, size: 11 },
      { text: 'Take forward the third research cluster on advanced manufacturing', x: 72, y: 686, size: 11 },
    ];
    const { blocks } = await readDocument(makePdf([page]), 'paragraphs.pdf');
    expect(shown(blocks)).toEqual([
      'paragraph:The first paragraph runs across the whole of the column width here to take place later this year',
      'paragraph:Another paragraph starts after a little more space than a line.',
      'paragraph:推進第三個研發平台：已開展籌備工作，聚焦先進製造、材料、能源及可持續發展',
      'paragraph:Take forward the third research cluster on advanced manufacturing',
    ]);
  });

  it('a title set across the top of a table’s columns is its caption, not part of the column headers', async () => {
    const page: PdfText[] = [
      rightAligned('Provision', 350, 740),
      rightAligned('analysis', 450, 740),
      rightAligned('2023-24 (actual)', 250, 726),
      rightAligned('2024-25 (original)', 350, 726),
      rightAligned('2024-25 (revised)', 450, 726),
      rightAligned('2025-26 (estimate)', 550, 726),
      { text: 'Programme (1)', x: 72, y: 712, size: 9 },
      rightAligned('20.4', 250, 712),
      rightAligned('22.7', 350, 712),
      rightAligned('22.9', 450, 712),
      rightAligned('24.3', 550, 712),
      { text: 'Programme (2)', x: 72, y: 698, size: 9 },
      rightAligned('178.4', 250, 698),
      rightAligned('251.1', 350, 698),
      rightAligned('210.7', 450, 698),
      rightAligned('245.4', 550, 698),
    ];
    const { blocks } = await readDocument(makePdf([page]), 'titled-table.pdf');
    expect(shown(blocks)).toEqual([
      'paragraph:Provision analysis',
      `table:${JSON.stringify([
        ['', '2023-24 (actual)', '2024-25 (original)', '2024-25 (revised)', '2025-26 (estimate)'],
        ['Programme (1)', '20.4', '22.7', '22.9', '24.3'],
        ['Programme (2)', '178.4', '251.1', '210.7', '245.4'],
      ])}`,
    ]);
  });
});
