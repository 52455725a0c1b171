import { describe, expect, it } from 'vitest';
import { chunkBlocks } from '../chunk/chunk-blocks.js';
import { labelTotals, tableRowData } from '../chunk/table-cells.js';
import type { Block } from './blocks.js';
import { makePdf, type PdfText } from '../test-support/make-documents.js';
import { readDocument } from './read-document.js';

/** makePdf sets Latin characters 0.52 em wide: text placed so it ends at `right` (right-aligned, as figures are). */
const rightAligned = (text: string, right: number, y: number, size = 11): PdfText => ({ text, x: right - [...text].length * 0.52 * size, y, size });

describe('PDF tables from positions, and their rows as data', () => {
  it('reads a table whose figures are right-aligned and whose header cells wrap, with a percentage printed under a figure', async () => {
    const page: PdfText[] = [
      { text: 'Funding by programme (HK$ million)', x: 72, y: 740, size: 11 },
      rightAligned('2024-25', 302, 710),
      rightAligned('2025-26', 402, 710),
      rightAligned('(revised)', 302, 697),
      rightAligned('(estimate)', 402, 697),
      { text: 'Programme (1) Office', x: 72, y: 678, size: 11 },
      rightAligned('20.4', 302, 678),
      rightAligned('24.3', 402, 678),
      rightAligned('(+0.9%)', 402, 665),
      { text: 'Programme (2) Research', x: 72, y: 646, size: 11 },
      rightAligned('178.4', 302, 646),
      rightAligned('245.4', 402, 646),
      rightAligned('423.8', 302, 630),
      rightAligned('269.7', 402, 630),
      { text: 'The figures above are the provisions for each programme.', x: 72, y: 600, size: 11 },
    ];
    const { blocks } = await readDocument(makePdf([page]), 'table.pdf');
    const table = blocks.find((block) => block.kind === 'table');
    expect(table && table.kind === 'table' && { header: table.header, rows: table.rows }).toEqual({
      header: ['', '2024-25 (revised)', '2025-26 (estimate)'],
      rows: [
        ['Programme (1) Office', '20.4', '24.3 (+0.9%)'],
        ['Programme (2) Research', '178.4', '245.4'],
        // Figures with no label under complete rows: a row of their own (a total), not glued to the row above.
        ['', '423.8', '269.7'],
      ],
    });
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: 'The figures above are the provisions for each programme.' });

    const rows = chunkBlocks(blocks).filter((chunk) => chunk.kind === 'table-row');
    expect(rows[0]!.texts[0]!.text).toBe('Programme (1) Office; 2024-25 (revised): $20.4 million; 2025-26 (estimate): $24.3 million (+0.9%)');
    expect(rows[0]!.table).toMatchObject({
      caption: 'Funding by programme (HK$ million)',
      label: 'Programme (1) Office',
      unit: 'HK$ million',
      cells: [
        { column: { year: '2024-25', kind: 'revised' }, value: 20.4, raw: '20.4' },
        { column: { year: '2025-26', kind: 'estimate' }, value: 24.3, raw: '24.3', change: { percent: 0.9, from: { year: '2024-25', kind: 'revised' } } },
      ],
    });
    expect(rows[2]!.table).toBeUndefined();
  });

  it('table-cells: codes, programmes, units in either language, nil entries and footnote marks; no data without year-and-kind columns or a unit', () => {
    const header = ['分目(編號)', "2024-25 核准預算 $'000", '2024-25 修訂預算', '2025-26 預算'];
    expect(tableRowData(header, ['000 運作開支', '480,593', '243,500Φ', '—'], { caption: '總目 135', chinese: true })).toMatchObject({
      label: '000 運作開支',
      name: '運作開支',
      code: '000',
      unit: '千元',
      cells: [
        { column: { year: '2024-25', kind: 'approved' }, value: 480593 },
        { column: { year: '2024-25', kind: 'revised' }, value: 243500, raw: '243,500', mark: 'Φ' },
        { column: { year: '2025-26', kind: 'estimate' }, value: null, raw: '—' },
      ],
    });
    expect(tableRowData(['', '2023-24 (實際)', '2025-26 (預算)'], ['財政撥款(百萬元)', '20.4', '24.3'], { caption: '綱領(1):局長辦公室', chinese: true })).toMatchObject({ label: '財政撥款', programme: '1', programmeName: '局長辦公室', unit: '百萬元' });
    expect(tableRowData(['District', 'Lampposts'], ['Kai Tak', '250'], { caption: '(HK$ million)', chinese: false })).toBeUndefined();
    expect(tableRowData(['', '2024-25 (revised)'], ['Research', '20.4'], { caption: 'Funding', chinese: false })).toBeUndefined();
    // A budget year of the last century, written either way, heads a column as this century's do; a year and the next but one do not.
    expect(tableRowData(['', '1999-00 (revised)', '1999-2000 (estimate)', '1998-00 (actual)'], ['Research', '20.4', '21', '19'], { caption: '(HK$ million)', chinese: false })?.cells.map((cell) => cell.column)).toEqual([
      expect.objectContaining({ year: '1999-00', kind: 'revised' }),
      expect.objectContaining({ year: '1999-00', kind: 'estimate' }),
    ]);
  });

  it('an unlabelled row whose figures sum the rows above is labelled a total; one that does not stays unlabelled', () => {
    const rows = [
      ['(1) Office', '20.4', '22.9'],
      ['(2) Research', '178.4', '210.7 (-16.1%)'],
      ['', '198.8¶', '233.6 (-14.7%)'],
      ['', '5.0', '6.0'],
    ];
    expect(labelTotals(rows, false).map((row) => row[0])).toEqual(['(1) Office', '(2) Research', 'Total', '']);
    expect(labelTotals(rows, true)[2]![0]).toBe('合計');
  });

  it('short paragraphs under a short one ending in a colon are one passage with it (a contact)', () => {
    const at = { start: 0, end: 0 };
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Contact', language: 'en', location: at },
      { kind: 'paragraph', text: 'Media enquiries:', language: 'en', location: at },
      { kind: 'paragraph', text: 'Ms Chan Tai Man', language: 'en', location: at },
      { kind: 'paragraph', text: 'Tel: 2345 6789', language: 'en', location: at },
      { kind: 'heading', level: 1, text: 'About us', language: 'en', location: at },
      { kind: 'paragraph', text: 'The park hosts companies.', language: 'en', location: at },
    ];
    const paragraphs = chunkBlocks(blocks).filter((chunk) => chunk.kind === 'paragraph').map((chunk) => chunk.texts[0]!.text);
    expect(paragraphs).toEqual(['Media enquiries: Ms Chan Tai Man Tel: 2345 6789', 'The park hosts companies.']);
  });
});
