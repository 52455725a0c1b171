import { describe, expect, it } from 'vitest';
import { detectLanguage, type Block } from '../ingest/blocks.js';
import { chunkBlocks, isDocumentTitle } from './chunk-blocks.js';
import { textIn } from './chunk.js';

const at = { start: 0, end: 0 };
const heading = (level: number, text: string): Block => ({ kind: 'heading', level, text, language: detectLanguage(text), location: at });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text, language: detectLanguage(text), location: at });
const item = (text: string): Block => ({ kind: 'list-item', text, language: detectLanguage(text), location: at });
const table = (header: string[], rows: string[][]): Block => ({ kind: 'table', header, rows, language: detectLanguage([...header, ...rows.flat()].join(' ')), location: at });

describe('chunkBlocks: structure read the same whatever format the document came in', () => {
  it('keeps a heading as a passage only where nothing is written under it; numbered headings are siblings whatever their size; (Continued) headings re-open their section', () => {
    const chunks = chunkBlocks([
      heading(2, '推動數字經濟'),
      heading(1, '1. 完善創科生態圈'),
      paragraph('Enhance the I&T ecosystem'),
      heading(2, '人工智能'),
      item('預留10億元設立研發院'),
      heading(1, '1. 完善創科生態圈（續）'),
      heading(2, '創科用地（續）'),
      item('已預留37億元加快基建'),
      // Set smaller than "1." by its publisher, but numbered on from it: a top-level section.
      heading(2, '2. 推動數字經濟'),
      heading(3, '提升效率'),
      item('智方便登記用戶已超過320萬'),
    ]);
    expect(chunks.filter((chunk) => chunk.kind === 'heading').map((chunk) => chunk.texts[0]!.text)).toEqual(['推動數字經濟']);
    const land = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('37億元'))!;
    expect(land.section.zh).toEqual(['1. 完善創科生態圈', '創科用地']);
    const smart = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('智方便'))!;
    expect(smart.section.zh).toEqual(['2. 推動數字經濟', '提升效率']);
    // The English rendering of a numbered heading keeps its number.
    const institute = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('研發院'))!;
    expect(institute.section.en[0]).toBe('1. Enhance the I&T ecosystem');
  });

  it('drops running headers printed into the body and image descriptions', () => {
    const running = '總目 135 政府總部';
    const chunks = chunkBlocks([
      heading(1, '總目135 政府總部'),
      paragraph('管制人員會交代本總目下的開支。'),
      heading(2, '宗旨'),
      paragraph('宗旨是確保辦公室順利運作。'),
      paragraph(running),
      heading(2, '簡介'),
      paragraph('局方負責制定政策。'),
      paragraph('總目 135 政 府 總 部'),
      paragraph('An aerial photograph of the harbour at dusk.'),
    ]);
    expect(chunks.map((chunk) => chunk.texts[0]!.text)).toEqual(['管制人員會交代本總目下的開支。', '宗旨是確保辦公室順利運作。', '局方負責制定政策。']);
    expect(chunks[1]!.section.zh).toEqual(['總目135 政府總部', '宗旨']);
    // Said only twice, a short line is content.
    expect(chunkBlocks([paragraph('Media enquiries'), paragraph('Ms Chan, 2345 6789.'), paragraph('Media enquiries'), paragraph('Mr Lee, 2345 0000.')]).map((chunk) => chunk.texts[0]!.text)).toContain('Mr Lee, 2345 0000.');
  });

  it('a short label line set alone above text is the section of what follows; a sentence, a figure or a note is not', () => {
    const chunks = chunkBlocks([heading(1, '詳情'), paragraph('綱領(1) 局長辦公室'), paragraph('這綱領納入政策範圍27。'), paragraph('綱領(2) 創新科技及工業'), paragraph('這綱領納入政策範圍17。'), paragraph('(或較 2024-25 原來預算增加 7.0%)'), paragraph('完結。')]);
    const second = chunks.find((chunk) => chunk.texts[0]!.text === '這綱領納入政策範圍17。')!;
    expect(second.section.zh).toEqual(['詳情', '綱領(2) 創新科技及工業']);
    expect(chunks.find((chunk) => chunk.texts[0]!.text.includes('7.0%'))!.kind).toBe('paragraph');
  });

  it('a list item ending in a colon leads the items after it, until the list ends', () => {
    const chunks = chunkBlocks([item('6 局方的主要職責為:'), item('推動研發合作;'), item('發展創科基建。'), paragraph('其他工作包括培訓。'), item('推動數碼轉型')]);
    const contexts = chunks.filter((chunk) => chunk.kind === 'bullet').map((chunk) => chunk.context.map((text) => text.text));
    expect(contexts).toEqual([[], ['6 局方的主要職責為:'], ['6 局方的主要職責為:'], []]);
  });

  it('a block of short lines under a lead-in (a contact) is one passage with it', () => {
    const chunks = chunkBlocks([heading(1, '新聞稿'), paragraph('科技園公司歡迎預算案。'), paragraph('傳媒查詢，請聯絡：'), paragraph('郭穎詩'), paragraph('電話：+852 2629 6850'), paragraph('電郵：cecilia.kwok@example.org'), heading(2, '關於我們'), paragraph('科技園公司於2001年成立。')]);
    const contact = chunks.find((chunk) => chunk.texts[0]!.text.includes('郭穎詩'))!;
    expect(contact.texts[0]!.text).toBe('傳媒查詢，請聯絡： 郭穎詩 電話：+852 2629 6850 電郵：cecilia.kwok@example.org');
    expect(chunks.filter((chunk) => chunk.texts[0]!.text.startsWith('傳媒查詢'))).toHaveLength(1);
  });

  it('table rows: a group label goes with the rows under it, the last total is the grand total, a stated change under the table and a footnote are the rows’, figures keep their unit beside a mark', () => {
    const chunks = chunkBlocks([
      paragraph('財政撥款分析'),
      table(['', '2024-25 (原來預算) (百萬元)', '2025-26 (預算) (百萬元)'], [['綱領', '', ''], ['(1) 局長辦公室', '22.7', '24.3'], ['(2) 創新科技及工業', '251.1', '245.4'], ['', '273.8¶', '269.7 (-1.5%)']]),
      paragraph('(或較 2024-25 原來預算減少 1.5%)'),
      paragraph('¶ 為作比較，數字經調整。'),
    ]);
    const rows = chunks.filter((chunk) => chunk.kind === 'table-row');
    expect(rows).toHaveLength(3);
    // A Chinese row as the Estimates print it (caption › group — label：column：figure；…): the caption and group are written into it.
    expect(rows[0]!.texts[0]!.text).toBe('財政撥款分析 › 綱領 — (1) 局長辦公室：2024-25 (原來預算)：22.7百萬元；2025-26 (預算)：24.3百萬元');
    expect(rows[0]!.context).toEqual([]);
    const total = rows[2]!;
    expect(total.texts[0]!.text).toBe('財政撥款分析 › 綱領 — 合計：2024-25 (原來預算)：273.8百萬元¶；2025-26 (預算)：269.7百萬元 (-1.5%) (或較2024-25原來預算減少1.5%)');
    expect(total.table).toMatchObject({ label: '合計', group: '綱領', total: 'grand', notes: [{ percent: -1.5, from: { year: '2024-25', kind: 'original' } }] });
    expect(total.table!.cells[0]).toMatchObject({ mark: '¶', note: '為作比較，數字經調整。' });
    expect(chunks.some((chunk) => chunk.kind === 'paragraph' && chunk.texts[0]!.text.startsWith('(或較'))).toBe(false);
  });

  it('a row of bare figures under no header is not a passage (nothing says what they are)', () => {
    const chunks = chunkBlocks([table(['', '', ''], [['151,761', '168,902', '100,396'], ['6,144', '5,600', '2,996'], ['薪金', '151,761', '168,902']])]);
    expect(chunks.map((chunk) => chunk.texts[0]!.text)).toEqual(['薪金：151,761；168,902']);
  });
  it('the document\'s title is its cover, with the masthead above it, not a section over every passage; set again further on it is a running header', () => {
    const titles = ['香港科技園公司歡迎預算案深化創新科技布局', 'HKSTP welcomes the Budget'];
    const chunks = chunkBlocks(
      [
        heading(1, '請按此 下載高清圖片'),
        paragraph('新聞稿'),
        heading(2, '即時發布'),
        heading(1, '香港科技園公司歡迎預算案深化創新科技布局 全速推展北都'),
        paragraph('（香港，2026年2月25日）科技園公司歡迎預算案。'),
        heading(2, '積極推動人工智能'),
        paragraph('科技園公司支持成立委員會。'),
        // The title again, as a page's running header set in a heading's size: no section.
        heading(2, '香港科技園公司 歡迎預算案深化創新科技布局'),
        paragraph('科技園公司匯聚超過 500 間企業。'),
      ],
      { titles },
    );
    expect(chunks[0]).toMatchObject({ kind: 'cover', section: { zh: [], en: [] } });
    expect(chunks[0]!.texts[0]!.text).toBe('請按此 下載高清圖片 新聞稿 即時發布 香港科技園公司歡迎預算案深化創新科技布局 全速推展北都');
    expect(chunks.filter((chunk) => chunk.kind === 'cover')).toHaveLength(1);
    expect(chunks.find((chunk) => chunk.texts[0]!.text.startsWith('（香港'))!.section.zh).toEqual([]);
    expect(chunks.find((chunk) => chunk.texts[0]!.text.includes('委員會'))!.section.zh).toEqual(['積極推動人工智能']);
    expect(chunks.find((chunk) => chunk.texts[0]!.text.includes('500'))!.section.zh).toEqual(['積極推動人工智能']);
    // A heading that is only part of the title names a section; without titles nothing changes.
    expect(isDocumentTitle('創新及科技', ['創新及科技 概況'])).toBe(false);
    expect(isDocumentTitle('總目135 一政府總部: 創新科技及工業局', ['總目135 政府總部：創新科技及工業局'])).toBe(true);
    expect(chunkBlocks([heading(1, '香港科技園公司歡迎預算案深化創新科技布局'), paragraph('科技園公司歡迎預算案。')])[0]!.section.zh).toEqual(['香港科技園公司歡迎預算案深化創新科技布局']);
  });

  it('a section headed by a numbered label alone (綱領(2)) is the one the document named with that number', () => {
    const chunks = chunkBlocks([
      heading(1, '綱領'),
      paragraph('綱領(1) 局長辦公室'),
      paragraph('這綱領納入政策範圍 27。'),
      paragraph('綱領(2) 創新科技及工業'),
      paragraph('這綱領納入政策範圍 17。'),
      heading(1, '財政撥款及人手編制分析'),
      heading(2, '綱領(2)'),
      paragraph('撥款較修訂預算增加 3,470 萬元，主要由於科技統籌所需的現金流量增加。'),
      heading(2, '綱領(3)'),
      paragraph('沒有名稱的綱領。'),
    ]);
    expect(chunks.find((chunk) => chunk.texts[0]!.text.includes('3,470'))!.section.zh).toEqual(['財政撥款及人手編制分析', '綱領(2) 創新科技及工業']);
    expect(chunks.find((chunk) => chunk.texts[0]!.text.includes('沒有名稱'))!.section.zh).toEqual(['財政撥款及人手編制分析', '綱領(3)']);
  });
});
