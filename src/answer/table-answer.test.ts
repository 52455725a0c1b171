import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument } from '../chunk/chunk-document.js';
import { tableRowSchema } from '../chunk/table.js';
import type { DocumentEntry } from '../corpus/manifest.js';
import { FILES, STORE_DIR } from '../index/build-index.js';
import { loadIndex } from '../index/load-index.js';
import { TextAnalyzer } from '../text/analyze.js';
import { buildLexicon } from '../text/lexicon.js';
import { SearchText } from '../text/search-text.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { askInConversation } from './answer-conversation.js';
import { QuestionAnswerer } from './answer-question.js';
import { answerFromTables, boundColumns, declineTableRowAnswer, unhyphenate, type TableSource } from './table-answer.js';

/**
 * A made-up Controlling Officer's Report in the Estimates' layout (another head, other rows and
 * figures than the corpus's): programme tables with the percentages under the figures and the
 * note below, the sub-head table in $'000, and the paragraph that states a change and its reason.
 */
const REPORT = [
  '總目 999 一 政 府 總 部 : 數 碼 發 展 局',
  '',
  '管制人員報告',
  '',
  '詳情',
  '',
  '綱領(1):行政支援',
  '',
  '\t2023-24 (實際)\t2024-25 (原來預算)\t2024-25 (修訂)\t2025-26 (預算)',
  '財政撥款(百萬元)\t30.0\t32.0\t31.0\t35.0',
  '\t\t\t(-3.1%)\t(+12.9%)',
  '',
  '(或較 2024-25 原來 預算增加 9.4%)',
  '',
  '宗旨',
  '',
  '2 宗旨是為數碼發展局提供行政支援。',
  '',
  '綱領(2):資訊保安',
  '',
  '\t2023-24 (實際)\t2024-25 (原來預算)\t2024-25 (修訂)\t2025-26 (預算)',
  '財政撥款(百萬元)\t100.0\t120.0\t110.0\t99.0',
  '\t\t\t(-8.3%)\t(-10.0%)',
  '',
  '(或較 2024-25 原來 預算減少 17.5%)',
  '',
  '財政撥款及人手編制分析',
  '',
  '綱領(2)',
  '',
  '二零二五至二六年度的撥款較二零二四至二五年度的修訂預算減少 1,100 萬元(10.0%),主要由於完成資訊保安演練項目。',
  '',
  '分目 (編號)\t\t2023-24 實際開支\t2024-25 核准預算\t2024-25 修訂預算\t2025-26 預算',
  "\t\t\\$'000\t\\$,000\t\\$,000\t\\$,000",
  '\t經營帳目\t\t\t\t',
  '\t經常開支\t\t\t\t',
  '000\t運作開支\t130,000\t152,000\t141,000Φ\t134,000',
  '603\t數據中心設備\t12,000\t15,000\t_\t_',
  '\t開支總額\t142,000\t167,000\t141,000\t134,000',
  '',
  'Φ 包括一次過的搬遷開支。',
].join('\n');

const DOCUMENT: DocumentEntry = {
  id: 'estimates-test-head-999',
  file: 'head-999.txt',
  format: 'estimates-report',
  title: { en: 'Test Estimates, Head 999 — Digital Development Bureau', zh: '總目999 政府總部：數碼發展局' },
  publisher: { en: 'Test', zh: '測試' },
  date: '2025-02',
  budgetYear: '2025-26',
  languages: ['zh-Hant'],
};

/**
 * The same report with the programme analysis table (both programmes and their total, with its
 * percentages and note) and the sentence that states the head's whole provision, as every
 * Controlling Officer's Report has them.
 */
const WHOLE_REPORT = REPORT.replace(
  '財政撥款及人手編制分析',
  [
    '\t財政撥\t款 分 析\t\t',
    '\t2023-24 (實際) (百萬元)\t2024-25 (原來預算) (百萬元)\t2024-25 (修訂) (百萬元)\t2025-26 (預算) (百萬元)',
    '綱領\t\t\t\t',
    '(1) 行政支援\t30.0\t32.0\t31.0\t35.0',
    '(2) 資訊保安\t100.0\t120.0\t110.0\t99.0',
    '\t130.0\t152.0\t141.0\t134.0',
    '\t\t\t(-7.2%)\t(-5.0%)',
    '',
    '(或較 2024-25 原來 預算減少 11.8%)',
    '',
    '財政撥款及人手編制分析',
  ].join('\n'),
).replace(
  'Φ 包括一次過的搬遷開支。',
  [
    'Φ 包括一次過的搬遷開支。',
    '',
    '按分目列出的開支詳情',
    '',
    '二零二五至二六年度數碼發展局所需的薪金及開支預算為 134,000,000 元,較二零二四至二五年度的修訂預算減少 7,000,000 元。',
  ].join('\n'),
);

/** The report with its staffing paragraphs: the establishment at 31 March, the year's net change, the directorate posts. */
const STAFFED_REPORT = WHOLE_REPORT.replace(
  '二零二五至二六年度的撥款較二零二四至二五年度的修訂預算減少 1,100 萬元(10.0%),主要由於完成資訊保安演練項目。',
  '二零二五至二六年度的撥款較二零二四至二五年度的修訂預算減少 1,100 萬元(10.0%),主要由於完成資訊保安演練項目。在二零二五至二六年度會淨增加 3 個職位。',
).concat(
  [
    '',
    '- 3 截至二零二五年三月三十一日止,數碼發展局的人手編制有 52 個職位。預期在二零二五至二六年度會淨增加 3 個職位。',
    '',
    '此外,預算於二零二五年三月三十一日及二零二六年三月三十一日設有 4 個首長級職位。',
  ].join('\n'),
);

function synthetic(report = REPORT): TableSource {
  const chunks = chunkDocument({ ...DOCUMENT, text: report });
  const analyzer = new TextAnalyzer({ userWords: ['資訊保安', '運作開支', '數據中心設備', '行政支援'] });
  const terminology = {
    version: 1 as const,
    entries: [
      { kind: 'body' as const, zh: ['數碼發展局'], en: ['Digital Development Bureau', 'DDB'] },
      { kind: 'term' as const, zh: ['資訊保安'], en: ['information security'] },
      { kind: 'term' as const, zh: ['行政支援'], en: ['administrative support'] },
      { kind: 'term' as const, zh: ['運作開支'], en: ['operational expenses'] },
      { kind: 'term' as const, zh: ['數據中心設備'], en: ['data centre equipment'] },
      { kind: 'term' as const, zh: ['開支總額'], en: ['total expenditure'] },
      { kind: 'fund' as const, zh: ['網絡安全基金'], en: ['Cyber Security Fund'] },
    ],
  };
  const lexicon = buildLexicon({ terminology, corpusChineseWords: [], lookup: () => [], analyzer });
  return { chunks, documents: new Map([[DOCUMENT.id, DOCUMENT]]), searchText: new SearchText({ userWords: [], lexicon }, analyzer) };
}

describe('estimates tables as data (parser)', () => {
  const { chunks } = synthetic();
  const rows = chunks.filter((chunk) => chunk.table);

  it('gives every labelled row its cells by column year and kind, with the unit, and validates', () => {
    expect(rows.map((row) => row.table!.label)).toEqual(['財政撥款', '財政撥款', '000 運作開支', '603 數據中心設備', '開支總額']);
    for (const row of rows) expect(tableRowSchema.parse(row.table)).toEqual(row.table);
    const programme = rows[1]!.table!;
    expect(programme).toMatchObject({ programme: '2', programmeName: '資訊保安', unit: '百萬元' });
    expect(programme.cells.map((cell) => [cell.column.year, cell.column.kind, cell.value])).toEqual([
      ['2023-24', 'actual', 100],
      ['2024-25', 'original', 120],
      ['2024-25', 'revised', 110],
      ['2025-26', 'estimate', 99],
    ]);
  });

  it('attaches the printed percentages to the column to their left, and the note below the table', () => {
    const programme = rows[0]!.table!;
    expect(programme.cells[2]!.change).toEqual({ percent: -3.1, from: expect.objectContaining({ year: '2024-25', kind: 'original' }) });
    expect(programme.cells[3]!.change).toEqual({ percent: 12.9, from: expect.objectContaining({ year: '2024-25', kind: 'revised' }) });
    expect(programme.notes![0]).toMatchObject({ percent: 9.4, from: { year: '2024-25', kind: 'original' }, to: { year: '2025-26', kind: 'estimate' } });
  });

  it("reads sub-head codes, $'000 as 千元, nil entries, footnote marks and the grand total", () => {
    const [operational, equipment, total] = rows.slice(2).map((row) => row.table!);
    expect(operational).toMatchObject({ code: '000', name: '運作開支', unit: '千元' });
    expect(operational!.cells[1]!.column.kind).toBe('approved');
    expect(operational!.cells[2]).toMatchObject({ value: 141000, mark: 'Φ', note: '包括一次過的搬遷開支。' });
    expect(equipment!.cells[3]!.value).toBeNull();
    expect(total!.total).toBe('grand');
  });

  it('leaves the passage text people read as it was', () => {
    expect(rows[0]!.texts[0]!.text).toBe('綱領(1) 行政支援 — 財政撥款(百萬元)：2023-24 (實際)：30.0百萬元；2024-25 (原來預算)：32.0百萬元；2024-25 (修訂)：31.0百萬元 (-3.1%)；2025-26 (預算)：35.0百萬元 (+12.9%) (或較2024-25原來預算增加9.4%)');
  });
});

describe('table questions answered by lookup', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic();
  });
  const rowChunk = (label: string, programme?: string) => source.chunks.find((chunk) => chunk.table?.label === label && (!programme || chunk.table.programme === programme))!.id;

  it('English: row by programme number, column by year and kind, both notations, cites the row', () => {
    const answer = answerFromTables('What was the 2024-25 revised estimate for Programme (2)?', source)!;
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^HK\$110 million \(1億1,000萬元\) \[1\]: Programme \(2\) 資訊保安, 2024-25 revised estimate \(in the table: 110\.0百萬元\)\./);
    expect(answer.answer.split(' From ')[0]).not.toMatch(/120|HK\$99 /);
    expect(answer.citations[0]!.chunkId).toBe(rowChunk('財政撥款', '2'));
  });

  it("English: every bureau's programme (1), 局長辦公室, by the Estimates' own English for it (\"Director of Bureau's Office\")", () => {
    const bureau = synthetic(REPORT.replaceAll('行政支援', '局長辦公室'));
    const answer = answerFromTables("What was the 2024-25 revised estimate for the Director of Bureau's Office?", bureau)!;
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^HK\$31 million .*Programme \(1\) 局長辦公室, 2024-25 revised estimate/);
  });

  it('English: row by its bridged name ("information security" → 資訊保安), "actually spent" → the actual column', () => {
    const answer = answerFromTables('How much did the information security programme actually spend in 2023-24?', source)!;
    expect(answer.answer).toMatch(/^HK\$100 million \(1億元\) \[1\]: Programme \(2\) 資訊保安, 2023-24 actual expenditure/);
  });

  it('Traditional, Simplified and Cantonese: lookups by name, code and kind words', () => {
    expect(answerFromTables('綱領(1)2025-26年度的預算是多少？', source)!.answer).toMatch(/^3,500萬元（HK\$35 million） \[1\]：綱領\(1\) 行政支援 2025-26 年度預算（表列 35\.0百萬元）/);
    const simplified = answerFromTables('运作开支2024-25年度核准预算是多少？', source)!;
    expect(simplified.language).toBe('zh-Hans');
    expect(simplified.answer).toMatch(/^1亿5,200万元（HK\$152 million） \[1\]：分目 000 运作开支 2024-25 年度核准预算（表列 152,000千元）/);
    // 批准 of things counted (「已批准了多少個項目」) approves projects: no approved-estimate column is asked, none found missing.
    expect(answerFromTables('數據中心設備2025-26年度已批准了多少個項目？', source)?.reason).not.toBe('COLUMN_NOT_FOUND');
    expect(answerFromTables('分目603嘅2023-24實際開支係幾多？', source)!.answer).toMatch(/^1,200萬元（HK\$12 million） \[1\]：分目 603 數據中心設備 2023-24 年度實際開支（表列 12,000千元）/);
    // "originally budgeted" finds the original estimate, which the sub-head table calls approved.
    expect(answerFromTables('What was originally budgeted for operational expenses in 2024-25?', source)!.answer).toContain('HK$152 million');
  });

  it('a change the document states: its amount and percentage, and its reason when asked why', () => {
    const stated = answerFromTables('資訊保安嘅撥款比修訂預算少咗幾多？', source)!;
    expect(stated.answer).toMatch(/^綱領\(2\) 資訊保安的2025-26 年度預算較2024-25 年度修訂預算減少 1,100萬元（HK\$11 million）（10%），此為文件所述 \[1\]/);
    // The sentence that states it first, then the row whose two cells it compares.
    expect(stated.citations).toHaveLength(2);
    expect(source.chunks.find((chunk) => chunk.id === stated.citations[0]!.chunkId)!.kind).toBe('paragraph');
    expect(stated.citations[1]!.chunkId).toBe(rowChunk('財政撥款', '2'));
    expect(stated.answer).toContain('兩格數字：2025-26 年度預算 9,900萬元（HK$99 million） [2]；2024-25 年度修訂預算 1億1,000萬元（HK$110 million） [2]。');
    const note = answerFromTables('By what percentage is the 2025-26 estimate for Programme (1) higher than its 2024-25 original estimate?', source)!;
    expect(note.answer).toContain('HK$3 million (300萬元) more (+9.4%)');
    expect(note.answer).toContain('the percentage as printed in the table');
    const why = answerFromTables('Why is the provision for Programme (2) lower in 2025-26?', source)!;
    expect(why.answer).toContain('mainly due to: “完成資訊保安演練項目”');
    expect(source.chunks.find((chunk) => chunk.id === why.citations[0]!.chunkId)!.texts[0]!.text).toContain('主要由於完成資訊保安演練項目');
    // Its reason is for the change from the revised estimate to the next year's: asked of the revised against the original, none is stated.
    for (const question of ['Why was the 2024-25 revised estimate for Programme (2) below its original estimate?', '點解綱領(2)2024-25年度修訂預算會比原本預算少？']) {
      const other = answerFromTables(question, source)!;
      expect(other.abstained).toBe(true);
      expect(other.reason).toBe('COLUMN_NOT_FOUND');
      expect(other.answer).not.toContain('主要由於');
    }
  });

  it('a change the document does not state: computed from two cells, and says so and from which', () => {
    const answer = answerFromTables('How much more was the 2024-25 approved estimate for operational expenses than the 2023-24 actual expenditure?', source)!;
    // … with the difference as the table in thousands writes it.
    expect(answer.answer).toContain("the 2024-25 approved estimate is HK$22 million (2,200萬元; 22,000 in the table's HK$'000) more (+16.9%) than the 2023-24 actual expenditure");
    expect(answer.answer).toContain('Computed (the amount and the percentage) from the two cells: 2024-25 approved estimate HK$152 million');
    // "How much did it move between …" asks the change too.
    expect(answerFromTables('How much did operational expenses move between the 2023-24 actual and the 2024-25 approved estimate?', source)!.answer).toContain('the 2024-25 approved estimate is HK$22 million');
    const direction = answerFromTables('Did operational expenses go up or down in 2025-26 compared with the 2024-25 revised estimate?', source)!;
    expect(direction.answer).toMatch(/^Down: sub-head 000 運作開支: the 2025-26 estimate is HK\$7 million \(700萬元; 7,000 in the table's HK\$'000\) less \(-5%\)/);
  });

  it('which row is larger, and yes/no against a figure', () => {
    const larger = answerFromTables('Which gets more in 2025-26, Programme (1) or Programme (2)?', source)!;
    expect(larger.answer).toMatch(/^Programme \(2\) 資訊保安 is larger: 2025-26 estimate HK\$99 million/);
    expect(larger.answer).toContain('a difference of HK$64 million');
    expect(answerFromTables('Is the 2025-26 estimate for Programme (2) more than HK$100 million?', source)!.answer).toMatch(/^No: /);
    expect(answerFromTables('行政支援今年預算係咪多過3千萬？', source)!.answer).toMatch(/^是：綱領\(1\) 行政支援2025-26 年度預算為 3,500萬元/);
    expect(answerFromTables('Did the provision for Programme (2) decrease in 2025-26?', source)!.answer).toMatch(/^Yes\. Programme \(2\) 資訊保安: the 2025-26 estimate is HK\$11 million/);
    // "Which programme": every programme is a candidate.
    expect(answerFromTables('Which programme gets the least money in 2025-26?', source)!.answer).toMatch(/^Programme \(1\) 行政支援 is the smallest: 2025-26 estimate HK\$35 million/);
  });

  it('reads "this year" and "last year" against the tables\' budget year', () => {
    expect(answerFromTables('資訊保安上年度修訂預算係幾多？', source)!.answer).toMatch(/^1億1,000萬元（HK\$110 million） \[1\]：綱領\(2\) 資訊保安 2024-25 年度修訂預算/);
    expect(answerFromTables("What is this year's estimate for operational expenses?", source)!.answer).toMatch(/^HK\$134 million .* 2025-26 estimate/);
    // The revised estimate is of the year the Estimates are presented in: "this year's revised" is that year's.
    expect(answerFromTables('行政支援今年修訂後嘅撥款有幾多？', source)!.answer).toMatch(/^3,100萬元（HK\$31 million） \[1\]：綱領\(1\) 行政支援 2024-25 年度修訂預算/);
  });

  it('declines a programme the tables lack with the note that says what became of it, when a note names it', () => {
    const noted = synthetic(`${REPORT}\n\n¶ 為作比較，數字不包括前數碼培訓辦公室(本總目下原有的綱領(3))的相關撥款。\n`);
    const answer = answerFromTables('綱領(3)2025-26年度的預算是多少？', noted)!;
    expect(answer).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND', citations: [] });
    expect(answer.answer).toContain('前數碼培訓辦公室');
    expect(answer.answer).not.toContain('¶');
    expect(answer.related).toHaveLength(1);
    // A programme no note names is declined without one.
    const bare = answerFromTables('綱領(4)2025-26年度的預算是多少？', noted)!;
    expect(bare).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND', related: [] });
  });

  it('declines a year, row or column the table does not have, with the reason, never the nearest cell', () => {
    const year = answerFromTables('What was the actual expenditure of Programme (1) in 2022-23?', source)!;
    expect(year).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED', citations: [] });
    expect(year.answer).not.toContain('HK$30 million');
    expect(answerFromTables('What is the revised estimate for sub-head 700?', source)).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    expect(answerFromTables('綱領(3)2025-26年度的預算是多少？', source)).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    const column = answerFromTables('行政支援2025-26年度嘅實際開支係幾多？', source)!;
    expect(column).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(column.answer).not.toContain('3,500');
  });

  it('leaves questions that are not about table figures to the other answerer', () => {
    expect(answerFromTables('What is the aim of Programme (1)?', source)).toBeUndefined();
    expect(answerFromTables('When will the data centre open?', source)).toBeUndefined();
  });
});

describe('the same layout asked in other words (another head, other figures)', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(WHOLE_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;
  const citedLabels = (question: string) => ask(question).citations.map((citation) => source.chunks.find((chunk) => chunk.id === citation.chunkId)!.table?.label);

  it('reads the programme analysis table and its total', () => {
    const total = source.chunks.find((chunk) => chunk.table?.caption === '財政撥款分析' && chunk.table.total)!.table!;
    expect(total).toMatchObject({ label: '合計', total: 'grand', unit: '百萬元' });
    expect(total.cells.map((cell) => cell.value)).toEqual([130, 152, 141, 134]);
  });

  it('"both programmes together" is the programme table\'s total, not the sub-head table\'s', () => {
    expect(ask('兩個綱領2024-25年度的原來預算合共多少？').answer).toMatch(/^1億5,200萬元（HK\$152 million） \[1\]：合計 2024-25 年度原來預算/);
    expect(citedLabels('兩個綱領加埋，2024-25年度修訂預算總共係幾多？')).toEqual(['合計']);
    expect(ask('What was the total provision for both programmes in 2023-24?').answer).toMatch(/^HK\$130 million/);
  });

  it('a change of the whole head: the totals whose change the document states', () => {
    const change = ask('成個局2025-26預算同2024-25原本預算比，變咗幾多%');
    expect(change.answer).toContain('（11.8%）');
    expect(change.answer).toContain('百分比為表內所列');
    expect(change.answer).not.toContain('開支總額');
  });

  it('"which programme gets the most", even when the question names the head', () => {
    expect(ask('Which DDB programme gets the most money in 2025-26?').answer).toMatch(/^Programme \(2\) 資訊保安 is the largest: 2025-26 estimate HK\$99 million/);
    expect(ask('2025-26年度兩個綱領邊個撥款多啲？').answer).toMatch(/^綱領\(2\) 資訊保安較多：/);
  });

  it('a row\'s share of its table\'s total, computed and said so', () => {
    const share = ask('What share of the 2025-26 programme provision goes to administrative support?');
    expect(share.answer).toMatch(/^About 26\.1%: Programme \(1\) 行政支援, 2025-26 estimate, is HK\$35 million/);
    expect(share.answer).toContain('the share computed from the two cells');
    expect(ask('行政支援佔兩個綱領2025-26年度撥款幾多成？').answer).toMatch(/^約 26\.1%/);
  });

  it('which column of a row is highest, in the table the question names', () => {
    const highest = ask('Across the sub-head table, which year had the highest total expenditure?');
    expect(highest.answer).toMatch(/^The 2024-25 approved estimate: HK\$167 million .* is the highest figure for 開支總額/);
  });

  it('sub-head codes written before 分目, never a year read as a code', () => {
    expect(ask('603分目2023-24年度實際開支係幾多？').answer).toMatch(/^1,200萬元（HK\$12 million） \[1\]：分目 603 數據中心設備/);
    expect(ask('分目2023-24年度運作開支實際開支係幾多？').answer).toMatch(/^1億3,000萬元/);
  });

  it('two rows: the sum when asked combined, yes/no with the first named as the subject, every column when asked', () => {
    const combined = ask('What was the combined 2023-24 actual expenditure of sub-heads 000 and 603?');
    expect(combined.answer).toMatch(/^HK\$142 million \(1億4,200萬元\) together, 2023-24 actual expenditure \(the sum computed from the cells\)/);
    expect(combined.citations).toHaveLength(2);
    expect(ask('Was more spent on Programme (2) in 2023-24 than on Programme (1)?').answer).toMatch(/^Yes: Programme \(2\) 資訊保安/);
    expect(ask('Was more spent on Programme (1) in 2023-24 than on Programme (2)?').answer).toMatch(/^No: Programme \(1\) 行政支援/);
    const all = ask('What are the figures for Programme (1) across all four columns?');
    for (const figure of ['HK$30 million', 'HK$32 million', 'HK$31 million', 'HK$35 million']) expect(all.answer).toContain(figure);
  });

  it("why a total fell: the document's reason for the largest change of its rows, in the direction asked, said so", () => {
    const why = ask('Why is the total expenditure falling in 2025-26?');
    expect(why.answer).toMatch(/^開支總額: the 2025-26 provision is HK\$7 million \(700萬元\) lower than the 2024-25 revised estimate \[1\]\. The document states no reason for the total itself/);
    expect(why.answer).toContain('Programme (2) 資訊保安: the 2025-26 provision is HK$11 million (1,100萬元) (10%) lower than the 2024-25 revised estimate, mainly due to: “完成資訊保安演練項目” [2]');
  });

  it('spending to come is the estimate, not the actual', () => {
    expect(ask('How much will be spent on administrative support in 2025-26?').answer).toMatch(/^HK\$35 million \(3,500萬元\) \[1\]: Programme \(1\) 行政支援, 2025-26 estimate/);
    expect(ask('How much was spent on administrative support in 2025-26?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
  });

  it('the Estimates\' standard English names and paraphrases of them', () => {
    expect(ask('What were the day-to-day running costs approved for 2024-25?').answer).toMatch(/^HK\$152 million \(1億5,200萬元\) \[1\]: sub-head 000 運作開支, 2024-25 approved estimate/);
  });

  it('yes/no against an amount in words, and between two columns in either order', () => {
    expect(ask("Is Programme 2's 2025-26 provision above a quarter of a billion dollars?").answer).toMatch(/^No: Programme \(2\) 資訊保安/);
    expect(ask('資訊保安2025-26年度預算係咪多過九千萬？').answer).toMatch(/^是：/);
    expect(ask('000分目2024-25年度修訂預算係咪低過核准預算？').answer).toMatch(/^是。/);
    expect(ask('000分目2024-25年度核准預算係咪低過修訂預算？').answer).toMatch(/^不是。/);
  });

  it('a row stated in the document\'s own words ("薪金及開支") is the row that sentence gives', () => {
    expect(ask('2025-26年度數碼發展局的薪金及開支預算總額係幾多？').answer).toContain('1億3,400萬元');
  });

  it('column words in other phrasings: "first budgeted", "updated estimate", "expended"', () => {
    expect(ask('How much was first budgeted for information security in 2024-25?').answer).toMatch(/^HK\$120 million .* 2024-25 original estimate/);
    const updated = ask('What is the updated 2024-25 estimate for operational expenses?').answer.split(' From ')[0]!;
    expect(updated).toMatch(/^HK\$141 million .* 2024-25 revised estimate/);
    expect(updated).not.toContain('HK$152 million');
    expect(ask('How much was expended on data centre equipment in 2023-24?').answer).toMatch(/^HK\$12 million .* 2023-24 actual expenditure/);
  });

  it('"above" / "below" between two columns of a row: yes or no, then the change', () => {
    expect(ask('Did administrative support end up with a revised 2024-25 figure above what was first budgeted?').answer).toMatch(/^No\. Programme \(1\) 行政支援: the 2024-25 revised estimate is HK\$1 million \(100萬元\) less \(-3\.1%\)/);
    expect(ask('Did the 2024-25 revised estimate for Programme (2) fall below the original?').answer).toMatch(/^Yes\. Programme \(2\) 資訊保安/);
    expect(ask('Was the original 2024-25 estimate for Programme (2) above the revised one?').answer).toMatch(/^Yes\. /);
  });

  it('a year written with 年 before the next word ("2025-26年少咗") is not read as another word', () => {
    expect(ask('點解資訊保安2025-26年少咗咁多？').answer).toContain('主要由於完成資訊保安演練項目');
  });

  it('why a row gets a smaller (or bigger) budget next year: its stated change and reason', () => {
    expect(ask('Why is information security getting a smaller budget next year?').answer).toContain('mainly due to: “完成資訊保安演練項目”');
    // … asked as "how come", 為何.
    expect(ask('how come information security is getting less $$ next year?').answer).toContain('mainly due to: “完成資訊保安演練項目”');
    expect(ask('資訊保安為何2025-26年度撥款減少？').answer).toContain('主要由於完成資訊保安演練項目');
  });

  it("the head's overall figure is its grand totals, not a sub-head that holds the same figure", () => {
    const overall = ask("What is DDB's overall expenditure estimate for 2025-26?").answer.split(' From ')[0]!;
    expect(overall).toContain('HK$134 million');
    expect(overall).toContain('開支總額');
    expect(overall).not.toContain('運作開支');
  });

  it('a figure the text also writes in full is cited with the paragraph that writes it', () => {
    const answer = ask("Is the head's total expenditure for 2025-26 more than HK$150 million?");
    expect(answer.answer).toMatch(/^No: 開支總額, 2025-26 estimate: HK\$134 million/);
    const cited = answer.citations.map((citation) => source.chunks.find((chunk) => chunk.id === citation.chunkId)!);
    expect(cited[0]!.table?.label).toBe('開支總額');
    expect(cited.some((chunk) => !chunk.table && chunk.texts[0]!.text.includes('134,000,000 元'))).toBe(true);
  });

  it('which row changed most: the rows\' changes between the same two columns, ranked, in the direction asked', () => {
    const cut = ask('Which programme saw the biggest cut between the 2024-25 revised estimate and 2025-26?');
    expect(cut.answer).toMatch(/^Programme \(2\) 資訊保安 has the largest decrease\. Programme \(2\) 資訊保安: the 2025-26 estimate is HK\$11 million/);
    expect(cut.answer).toContain('The others: Programme (1) 行政支援 +HK$4 million');
    expect(ask('Which programme grows fastest in 2025-26 compared with the revised estimate?').answer).toMatch(/^Programme \(1\) 行政支援 has the largest increase in percentage terms/);
    expect(ask('邊個綱領2025-26年嘅撥款增加得最多？').answer).toMatch(/^綱領\(1\) 行政支援增幅最大/);
    // Levels, not changes, when no change is asked.
    expect(ask('Which programme gets more money in 2025-26?').answer).toMatch(/^Programme \(2\) 資訊保安 is larger/);
  });

  it('a row named in the reason for another row\'s change: that reason, said so', () => {
    const source = synthetic(
      WHOLE_REPORT.replace('主要由於完成資訊保安演練項目。', '主要由於完成資訊保安演練項目及數據中心設備所需的撥款減少。'),
    );
    const why = answerFromTables('Why did data centre equipment fall?', source)!;
    expect(why.answer).toMatch(/^The document states no reason for sub-head 603 數據中心設備's own change; it names sub-head 603 數據中心設備 in the reason for Programme \(2\) 資訊保安's change\./);
    expect(why.answer).toContain('mainly due to: “完成資訊保安演練項目及數據中心設備所需的撥款減少”');
  });

  it('a standard row of the layout the tables do not list is declined, not answered from a row sharing a word', () => {
    expect(ask('What were the personal emoluments in 2025-26?')).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    const departmental = ask('What are the departmental expenses in the 2024-25 revised estimate?');
    expect(departmental).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    expect(departmental.answer).not.toContain('HK$141 million');
    expect(ask('部門開支2025-26年度預算是多少？')).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    // A name a row is printed under (財政撥款, a programme table's row) is not absent.
    expect(ask('綱領(1)財政撥款2025-26年度預算是多少？').answer).toMatch(/^3,500萬元/);
  });

  it('another head than the tables\' is declined, never answered with this head\'s totals', () => {
    const other = ask('What is the 2025-26 estimate for Head 47?');
    expect(other).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    expect(other.answer).not.toContain('HK$134 million');
    expect(ask('What is the total expenditure under Head 999 in 2025-26?').answer).toMatch(/^HK\$134 million/);
    // 哪一天 is "which day", not "which one" of the rows: a date of money moved to another head is a question for the passages.
    expect(ask('相關撥款是從哪一天起轉撥至總目47的？')).toBeUndefined();
    expect(ask('總目47同總目999，哪一個的撥款較多？')).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
  });

  it('a row matched by part of its name beside a word no row explains is another row, declined', () => {
    const other = ask('What is the 2025-26 estimate for the translation support programme?');
    expect(other).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    expect(ask('How much did the security programme get in 2025-26?').answer).toMatch(/^HK\$99 million/);
  });

  it('a total matched only by a word of its name does not outrank a row matched by its own words', () => {
    expect(ask('Give me the revised 2024-25 amount for the information security programme.').answer).toMatch(/^HK\$110 million .* Programme \(2\) 資訊保安, 2024-25 revised estimate/);
  });

  it('"the coming year" is the budget year of the Estimates', () => {
    expect(ask('What is the estimate for operational expenses for the coming financial year?').answer).toMatch(/^HK\$134 million .* 2025-26 estimate/);
    // Not the latest revised estimate: the coming year has none.
    expect(ask('What is the revised estimate for operational expenses for the coming financial year?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
  });

  it('差幾多 between two columns is their difference, not the two figures', () => {
    expect(ask('行政支援2024-25年度原來預算同修訂預算差幾多？').answer).toMatch(/^綱領\(1\) 行政支援的2024-25 年度修訂預算較2024-25 年度原來預算減少 100萬元/);
  });

  it('totals asked with the columns of one table: that table\'s total', () => {
    expect(ask("What's the gap between the approved 2024-25 budget and the revised 2024-25 figure for the whole bureau?").answer).toMatch(/^開支總額: the 2024-25 revised estimate is HK\$26 million/);
  });

  it('two rows and one column: how far one is from the other, computed and said so, not each row\'s change', () => {
    const more = ask('How much more does Programme (2) get than Programme (1) in 2025-26?');
    expect(more.answer).toMatch(/^HK\$64 million \(6,400萬元\) \(computed from the two cells\): Programme \(2\) 資訊保安, 2025-26 estimate, HK\$99 million/);
    expect(more.answer).toMatch(/is that much more than Programme \(1\) 行政支援's HK\$35 million \(3,500萬元\) \[\d\]\./);
    expect(ask('資訊保安同行政支援2025-26年度預算相差幾多？').answer).toMatch(/^相差 6,400萬元（HK\$64 million）（由兩格數字計算）：綱領\(2\) 資訊保安2025-26 年度預算為 9,900萬元/);
    expect(ask('運作開支2023-24年度實際開支比數據中心設備多幾多？').answer).toMatch(/^相差 1億1,800萬元/);
    // One row named, two columns: still that row's change.
    expect(ask('行政支援2025-26年度預算比2024-25年度修訂預算多幾多？').answer).toMatch(/^綱領\(1\) 行政支援的2025-26 年度預算較2024-25 年度修訂預算增加 400萬元/);
  });

  it('yes/no between two rows keeps the row matched by part of its name', () => {
    expect(ask('Is the data centre equipment allocation for 2023-24 larger than the operational expenses allocation?').answer).toMatch(/^No: sub-head 603 數據中心設備, 2023-24 actual expenditure: HK\$12 million/);
  });

  it('yes/no against a bound that includes the figure: "at least", "at most", 至少, 不超過', () => {
    expect(ask('Does administrative support get at least HK$35 million in 2025-26?').answer).toMatch(/^Yes: Programme \(1\) 行政支援/);
    expect(ask("Is Programme 2's 2025-26 provision at most HK$98 million?").answer).toMatch(/^No: Programme \(2\) 資訊保安/);
    expect(ask('行政支援2025-26年度預算係咪至少3,500萬？').answer).toMatch(/^是：/);
    expect(ask('資訊保安2025-26年度預算係咪不超過1億？').answer).toMatch(/^是：/);
  });

  it('Cantonese choices of direction (升咗定跌咗) and 有冇超過 between two columns', () => {
    expect(ask('資訊保安2025-26年預算比2024-25修訂預算升咗定跌咗？').answer).toMatch(/^下降：綱領\(2\) 資訊保安的2025-26 年度預算較2024-25 年度修訂預算減少 1,100萬元/);
    expect(ask('行政支援2025-26年預算有冇超過2024-25原本預算？').answer).toMatch(/^是。綱領\(1\) 行政支援的2025-26 年度預算較2024-25 年度原來預算增加 300萬元/);
  });

  it('why, asked of a year the table does not have, is declined with the reason', () => {
    expect(ask('點解資訊保安2026-27年撥款會減少？')).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
    expect(ask('Why will information security funding fall in 2026-27?')).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
  });

  it('a row matched by some of its words inside another thing\'s name is not that thing: declined, or left to the other answerer', () => {
    // "security" is a word of 資訊保安's English name; the Cyber Security Fund (網絡安全基金) is no row.
    expect(ask('What is the 2025-26 estimate for the Cyber Security Fund?')).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    expect(ask('What is the 2025-26 estimate for the Cyber Security Fund?').answer).toContain('no row for Cyber Security Fund');
    expect(answerFromTables('How much does the Cyber Security Fund give to security projects?', source)).toBeUndefined();
    // The row's own name still answers.
    expect(ask('What is the 2025-26 estimate for information security?').answer).toMatch(/^HK\$99 million/);
  });

  it('figure words beyond "how much": a sum set aside, what is needed, 所需, 預留', () => {
    expect(ask('What sum is set aside for information security in 2025-26?').answer).toMatch(/^HK\$99 million \(9,900萬元\) \[1\]: Programme \(2\) 資訊保安, 2025-26 estimate/);
    expect(ask('行政支援2025-26年度所需撥款是多少？').answer).toMatch(/^3,500萬元/);
    expect(ask('成個局2025-26年度總開支預計幾多？').answer).toMatch(/^1億3,400萬元/);
  });

  it('polar questions in every Chinese form (係唔係, 是否…低於, 係咪比…少), and the earlier column as the subject', () => {
    expect(ask('行政支援2025-26年度預算係唔係多過三千萬？').answer).toMatch(/^是：綱領\(1\) 行政支援2025-26 年度預算為 3,500萬元/);
    expect(ask('资讯保安2025-26年度预算是否低于1亿元？').answer).toMatch(/^是：/);
    expect(ask('資訊保安2025-26年度預算係咪比2024-25年度修訂預算少？').answer).toMatch(/^是。/);
    expect(ask('資訊保安2024-25年度修訂預算係咪比2025-26年度預算多？').answer).toMatch(/^是。/);
    expect(ask('資訊保安2024-25年度修訂預算係咪比2025-26年度預算少？').answer).toMatch(/^不是。/);
  });

  it('"which year had the lowest figure" and "which grew faster" without a word of the tables', () => {
    expect(ask('Which year had the lowest figure for information security?').answer).toMatch(/^The 2025-26 estimate: HK\$99 million .* is the lowest figure for Programme \(2\) 資訊保安/);
    expect(ask("Which programme's provision grew faster from the 2024-25 revised estimate to 2025-26?").answer).toMatch(/^Programme \(1\) 行政支援 has the largest increase in percentage terms/);
  });

  it('yes/no on the size of a change: by more than an amount or a percentage, in the direction asked', () => {
    expect(ask('Did information security drop by more than HK$10 million from the 2024-25 revised estimate to 2025-26?').answer).toMatch(/^Yes\. Programme \(2\) 資訊保安: the 2025-26 estimate is HK\$11 million/);
    expect(ask('Did information security drop by more than HK$20 million from the 2024-25 revised estimate to 2025-26?').answer).toMatch(/^No\. /);
    expect(ask('Did information security rise by more than HK$10 million from the 2024-25 revised estimate to 2025-26?').answer).toMatch(/^No\. /);
    expect(ask("Was Programme (1)'s 2025-26 estimate up by at least 10% on the 2024-25 original estimate?").answer).toMatch(/^No\. /);
    expect(ask('行政支援2025-26年度預算比2024-25年度修訂預算增加超過300萬元嗎？').answer).toMatch(/^是。/);
  });

  it('百分比 is a percentage, not 比 of a comparison; "which … had the smaller"', () => {
    expect(ask('2025-26年度的行政支援佔兩個綱領撥款的百分比是多少？').answer).toMatch(/^約 26\.1%/);
    expect(ask('Which of the two programmes had the smaller revised estimate in 2024-25?').answer).toMatch(/^Programme \(1\) 行政支援 is smaller: 2024-25 revised estimate HK\$31 million/);
  });

  it('declines what money tables do not hold, and rows the head does not have', () => {
    expect(ask('How many staff work in administrative support?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('What is the 2025-26 estimate for the Science Park under Head 999?')).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
  });
});

describe('posts as the report states them in words', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(STAFFED_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;
  const citedText = (question: string) => ask(question).citations.map((citation) => source.chunks.find((chunk) => chunk.id === citation.chunkId)!.texts[0]!.text);

  it('the establishment at a 31 March the report states, and its directorate posts', () => {
    expect(ask('數碼發展局截至2025年3月31日有幾多個職位？').answer).toMatch(/^2025 年 3 月 31 日有 52 個職位 \[1\]/);
    expect(citedText('數碼發展局截至2025年3月31日有幾多個職位？')[0]).toContain('人手編制有 52 個職位');
    expect(ask('How many directorate posts will DDB have at 31 March 2026?').answer).toMatch(/^4 directorate posts at 31 March 2026 \[1\]/);
    // A noun of counting people asks the number without a question word.
    expect(ask('DDB headcount at 31 March 2025?').answer).toMatch(/^52 posts at 31 March 2025 \[1\]/);
  });

  it('the number after the year\'s change: computed from the establishment and the net change, and said so', () => {
    const after = ask('How many posts will DDB have once the 2025-26 staffing change is made?');
    expect(after.answer).toMatch(/^55 posts at 31 March 2026 \(computed: 52 at 31 March 2025 \[1\], \+3 net in 2025-26 \[1\]\)/);
    expect(ask('數碼發展局2025-26年度完結時會有多少個職位？').answer).toMatch(/^2026 年 3 月 31 日有 55 個職位（由兩項數字計算/);
  });

  it("the year's net change: the head's (stated beside its establishment), or a named programme's", () => {
    const head = ask('數碼發展局2025-26年度的職位數目會增加還是減少？');
    expect(head.answer).toMatch(/^增加：預期在 2025-26 年度淨增加 3 個職位 \[1\]/);
    expect(source.chunks.find((chunk) => chunk.id === head.citations[0]!.chunkId)!.texts[0]!.text).toContain('人手編制有 52 個職位');
    const programme = ask('Will Programme (2) have more or fewer posts in 2025-26?');
    expect(programme.answer).toMatch(/^Up: a net increase of 3 posts is expected in 2025-26 \[1\]/);
    expect(source.chunks.find((chunk) => chunk.id === programme.citations[0]!.chunkId)!.texts[0]!.text).toContain('完成資訊保安演練項目');
  });

  it('declines a 31 March the report does not reach, never the nearest one', () => {
    const later = ask('2027年3月底數碼發展局會有幾多個首長級職位？');
    expect(later).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED', citations: [] });
    expect(later.answer).not.toMatch(/有 4 個/);
    expect(ask("What is DDB's establishment as at 31 March 2024?")).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
  });

  it('non-directorate posts, stated only as a ceiling on their salaries, are not answered with the establishment', () => {
    expect(answerFromTables('How many non-directorate posts will DDB have at 31 March 2026?', source)?.answer ?? '').not.toMatch(/55|52/);
  });

  it('leaves money about staff, and posts of a row, to the tables', () => {
    expect(ask('What is the 2025-26 estimate for information security?').answer).toMatch(/^HK\$99 million/);
    expect(ask('How many staff work in administrative support?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(answerFromTables('When will the data centre open?', source)).toBeUndefined();
  });
});

describe('table answers over the real index', () => {
  let answerer: QuestionAnswerer;
  let settings: Awaited<ReturnType<typeof builtTempIndex>>['settings'];
  beforeAll(async () => {
    ({ settings } = await builtTempIndex());
    answerer = new QuestionAnswerer(await loadIndex(settings));
  });

  it('answers through the one code path (ask) and keeps the contract', async () => {
    const result = await answerer.ask('What was the 2024-25 revised estimate for Programme (2)?');
    expect(result.generator).toBe('extractive');
    expect(result.answer).toContain('HK$210.7 million');
    const declined = await answerer.ask('What was the actual expenditure of Programme (2) in 2019-20?');
    expect(declined).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
  });

  it('a follow-up asking how much lower than another year is answered as the change the report states, not against another table\'s total', async () => {
    const first = '創科局2025-26年度的薪金及開支預算是多少？';
    const earlier = await answerer.ask(first);
    const conversation = [{ role: 'user' as const, content: first }, { role: 'assistant' as const, content: earlier.answer }];
    const followUp = await askInConversation(answerer, '比2024-25年度修訂預算少了多少？', { conversation });
    // The report's sentence states 59,774,000 less than the revised estimate; the programme table's total differs the other way.
    expect(followUp.abstained).toBe(false);
    expect(followUp.answer).toMatch(/^開支總額的2025-26 年度預算較2024-25 年度修訂預算減少 5,977\.4萬元/);
    const english = await askInConversation(answerer, 'how much lower is that than the 2024-25 revised estimate?', { conversation: [{ role: 'user', content: "What was the bureau's salaries and expenses estimate for 2025-26?" }, { role: 'assistant', content: 'HK$269.731 million [1].' }] });
    expect(english.answer).toContain('HK$59.774 million');
  });

  it("the head's provision in the English of the words the report uses of it ('salaries and expenses' for 薪金及開支), not the sub-head sharing 'expenses'", async () => {
    const result = await answerer.ask("What was the bureau's salaries and expenses estimate for 2025-26?");
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('HK$269.731 million');
  });

  it('an answer the passages drew from a table row for a name no row is, or for a count the row does not hold: declined', async () => {
    // Declined: by the table rule, or before it by the abstention model (the question's subject named by no cited passage).
    const cyberport = await answerer.ask('數碼港2025-26年度的撥款是多少？');
    expect(cyberport.abstained).toBe(true);
    expect(['ROW_NOT_FOUND', 'LOW_CONFIDENCE']).toContain(cyberport.reason);
    expect(await answerer.ask('科技統籌整體撥款2023-24年資助咗幾多個項目?')).toMatchObject({ abstained: true });
  });

  it('refuses an index whose table cells are not valid data', async () => {
    const store = join(settings.indexDir, STORE_DIR);
    const chunks = JSON.parse(readFileSync(join(store, FILES.chunks), 'utf8'));
    chunks.find((chunk: { table?: unknown }) => chunk.table).table.unit = 'furlongs';
    const text = JSON.stringify(chunks);
    writeFileSync(join(store, FILES.chunks), text);
    const manifest = JSON.parse(readFileSync(join(store, FILES.manifest), 'utf8'));
    manifest.files[FILES.chunks] = createHash('sha256').update(text).digest('hex');
    writeFileSync(join(store, FILES.manifest), JSON.stringify(manifest));
    await expect(loadIndex(settings)).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('table cells') });
  });
});

/** The sub-head table with its sections: headings that carry no figures, and each section's total. */
const SECTIONED_REPORT = REPORT.replace(
  "603\t數據中心設備\t12,000\t15,000\t_\t_",
  [
    '\t經常開支總額\t130,000\t152,000\t141,000\t134,000',
    '\t非經常開支\t\t\t\t',
    '\t一般非經常開支\t5,000\t6,000\t_\t_',
    '\t非經常開支總額\t5,000\t6,000\t_\t_',
    '\t經營帳目總額\t130,000\t152,000\t141,000\t134,000',
    '\t非經營帳目\t\t\t\t',
    '\t機器、設備及工程\t\t\t\t',
    '603\t數據中心設備\t12,000\t15,000\t_\t_',
    '\t機器、設備及工程開支總額\t12,000\t15,000\t_\t_',
    '\t非經營帳目總額\t12,000\t15,000\t_\t_',
  ].join('\n'),
);

describe('comparisons and sections of the sub-head table', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(SECTIONED_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;
  const citedLabels = (question: string) => ask(question).citations.map((citation) => source.chunks.find((chunk) => chunk.id === citation.chunkId)!.table?.label);

  it('a section heading, which has no figures of its own, names the section\'s total', () => {
    const answer = ask('「機器、設備及工程」2024-25年核准預算係幾多？');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^1,500萬元/);
    expect(citedLabels('「機器、設備及工程」2024-25年核准預算係幾多？')).toEqual(['機器、設備及工程開支總額']);
    // 經營帳目 inside 非經營帳目 is not also asked.
    expect(citedLabels('非經營帳目2024-25年核准預算係幾多？')).toEqual(['非經營帳目總額']);
  });

  it('two rows compared where one name is inside the other, both written', () => {
    expect(ask('2024-25年度核准預算中，經營帳目總額與非經營帳目總額哪個較高？').answer).toMatch(/^經營帳目總額較多：2024-25 年度核准預算 1億5,200萬元/);
  });

  it('two sub-heads by bare code after a comma, in Simplified Chinese', () => {
    expect(ask('哪个分目在2023-24年度的实际开支较多，000还是603？').answer).toMatch(/^分目 000 运作开支较多：2023-24 年度实际开支 1亿3,000万元/);
  });

  it('"in which year is it highest" is a comparison of one row\'s columns, not a date question', () => {
    expect(ask("In which year's column is the operational expenses sub-head highest?").answer).toMatch(/^The 2024-25 approved estimate: HK\$152 million/);
  });

  it('"recurrent or non-recurrent expenditure": the shared noun names both totals, compared as themselves', () => {
    expect(ask('Which was higher in the 2024-25 approved estimate: recurrent or non-recurrent expenditure?').answer).toMatch(
      /^經常開支總額 is larger: 2024-25 approved estimate HK\$152 million .*\[1\] against 非經常開支總額's HK\$6 million/,
    );
    // A total named by the Estimates' English for it stays beside another row named by its own.
    const both = ask('What were the recurrent expenditure and the data centre equipment in 2023-24?').answer;
    expect(both).toContain('HK$130 million');
    expect(both).toContain('HK$12 million');
  });

  it('a block vote is a table word', () => {
    expect(ask('What did the data centre equipment block vote get in 2023-24?').answer).toMatch(/^HK\$12 million/);
  });

  it('"the bureau" is the head when the tables are one head\'s', () => {
    expect(ask('How much did the bureau spend in 2023-24?').answer).toMatch(/HK\$142 million/);
  });
});

describe('comparisons, yes/no and questions the passages used to take (fifth round)', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(WHOLE_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;
  const rowChunk = (name: string) => source.chunks.find((chunk) => chunk.table?.name === name)!;

  it('"bigger / larger / smaller than" between two columns is a yes/no on the change', () => {
    expect(ask('Is the 2025-26 estimate for operational expenses bigger than its 2024-25 revised estimate?').answer).toMatch(/^No\. sub-head 000 運作開支: the 2025-26 estimate is HK\$7 million/);
    expect(ask("Is Programme (1)'s 2024-25 revised estimate smaller than its original estimate?").answer).toMatch(/^Yes\. Programme \(1\) 行政支援/);
  });

  it('"which … saw the bigger cut" ranks the rows\' changes; "which of the two programmes gets the bigger" compares them, not their total', () => {
    expect(ask('Which programme saw the bigger cut from the 2024-25 original estimate to the revised estimate?').answer).toMatch(/^Programme \(2\) 資訊保安 has the largest decrease/);
    expect(ask("Which of the bureau's two programmes gets the bigger allocation in 2025-26?").answer).toMatch(/^Programme \(2\) 資訊保安 is larger: 2025-26 estimate HK\$99 million/);
  });

  it('a share asked with no other figure word, and a ratio of two rows ("how many times", 幾多倍), computed and said so', () => {
    expect(ask('What share of the 2025-26 programme total goes to Programme (2)?').answer).toMatch(/^About 73\.9%/);
    expect(ask("How many times larger is Programme (2)'s 2025-26 estimate than Programme (1)'s?").answer).toMatch(/^About 2\.83 times \(computed from the two cells\): Programme \(2\) 資訊保安/);
    expect(ask('綱領(2)2025-26年度預算係綱領(1)幾多倍？').answer).toMatch(/^約 2\.83 倍（由兩格數字計算）/);
  });

  it('the head by its short Chinese name (數碼發展局 → 數發局) is the whole head', () => {
    const answer = ask('數發局下年度預咗幾多錢？');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('1億3,400萬元');
  });

  it('a family of rows asked whole ("all sub-heads", "across its programmes") is its total, in a yes/no after a clause of its own', () => {
    expect(ask("Counting all subheads, is the 2025-26 estimate for the bureau's salaries and expenses lower than the 2024-25 revised estimate?").answer).toMatch(/^Yes\. 開支總額/);
    expect(ask("Across its programmes, does the bureau's total provision go up in 2025-26 compared with the 2024-25 revised estimate?").answer).toMatch(/^No\. .*合計/);
    // Both directions offered: a direction, not yes or no.
    expect(ask('Did the total for both programmes go up or down from the 2024-25 revised estimate to 2025-26?').answer).toMatch(/^Down: 合計/);
  });

  it('an answer the passages drew from table rows alone: declined unless it is a sum asked of those rows', () => {
    const row = rowChunk('數據中心設備');
    expect(declineTableRowAnswer('網絡安全基金2023-24年度的撥款是多少？', '1,200萬元 [1]', source, [row])).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    expect(declineTableRowAnswer('數據中心設備2023-24年資助咗幾多個項目？', '603 [1]', source, [row])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(declineTableRowAnswer('2023-24年度數據中心設備嗰1,200萬係用嚟做咩？', '根據…「…」 [1]', source, [row])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(declineTableRowAnswer('What was the data centre equipment worth in 2023-24?', 'HK$12 million (1,200萬元) [1]', source, [row])).toBeUndefined();
    // Not only table rows cited: judged by what the cited passages write (below), and these write the row.
    const paragraph = source.chunks.find((chunk) => !chunk.table)!;
    expect(declineTableRowAnswer('數據中心設備2023-24年資助咗幾多個項目？', '603 [1]', source, [row, paragraph])).toBeUndefined();
  });

  it('a revised estimate as the subject of a change is its change from the column before it; as the other side, the later one\'s', () => {
    expect(ask('綱領(2)2024-25修訂預算跌咗幾多%？').answer).toMatch(/^綱領\(2\) 資訊保安的2024-25 年度修訂預算較2024-25 年度原來預算減少 1,000萬元（HK\$10 million）（8\.3%）/);
    expect(ask('Was the 2024-25 revised estimate for Programme (2) cut by more than 5%?').answer).toMatch(/^Yes\. Programme \(2\) 資訊保安: the 2024-25 revised estimate is HK\$10 million/);
    expect(ask('綱領(2)的撥款較修訂預算減少了多少？').answer).toMatch(/^綱領\(2\) 資訊保安的2025-26 年度預算較2024-25 年度修訂預算減少 1,100萬元/);
    // "Did it fall, and by how much?": yes or no, then the change.
    expect(ask('Did operational expenses fall between the 2024-25 revised estimate and the 2025-26 estimate, and by how much?').answer).toMatch(/^Yes\. sub-head 000 運作開支: the 2025-26 estimate is HK\$7 million/);
  });

  it("the head's provision in the words the report uses of it (薪金及開支, 'salaries and expenses'), beside a row sharing one word", () => {
    const answer = ask('數發局嘅薪金及開支2025-26年預算係幾多？');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('1億3,400萬元');
    expect(answer.answer).not.toContain('分目 000');
    // A standard row the tables do not list is still declined.
    expect(ask("What is the bureau's personal emoluments estimate for 2025-26?")).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
  });

  it('"two years before the 2025-26 budget", 「2025-26年度之前兩年」: the year that many before the one named', () => {
    expect(ask('What was the actual expenditure on operational expenses two years before the 2025-26 budget?').answer).toMatch(/^HK\$130 million .* 2023-24 actual expenditure/);
    expect(ask('運作開支喺2025-26年度之前兩年實際用咗幾多？').answer).toMatch(/^1億3,000萬元/);
    expect(ask('What is the estimate for Programme (1) one year after 2025-26?')).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
  });

  it("a programme's table of one row: its passage's source begins at the heading it writes as the caption", () => {
    const programme = source.chunks.find((chunk) => chunk.table?.programme === '1' && chunk.table.label === '財政撥款')!;
    expect(WHOLE_REPORT.slice(programme.start, programme.end)).toMatch(/^綱領\(1\):行政支援\n\n\t2023-24 \(實際\)[^]*30\.0/);
    // A table after a paragraph begins at its row.
    expect(WHOLE_REPORT.slice(rowChunk('運作開支').start)).toMatch(/^000\t運作開支/);
  });
});

describe('declines on every path a table question takes (sixth round)', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(STAFFED_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;
  const paragraphWith = (text: string) => source.chunks.find((chunk) => !chunk.table && chunk.texts.some((part) => part.text.includes(text)))!;

  it("a figure the passages' answerer drew from a report's paragraph: kept only when the paragraph writes what was asked", () => {
    const staffing = paragraphWith('人手編制有 52 個職位');
    const provision = paragraphWith('所需的薪金及開支預算為');
    // The Permanent Secretary's salary, the office rent: the nearest paragraph states other figures.
    expect(declineTableRowAnswer('數碼發展局常任秘書長的年薪是多少？', '52 個 [1]', source, [staffing])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(declineTableRowAnswer("How much is the Permanent Secretary's annual salary at DDB?", '52 [1]', source, [staffing])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    // The paragraph writes the provision asked: the answer stands.
    expect(declineTableRowAnswer('數碼發展局2025-26年度所需的薪金及開支預算是多少？', '1億3,400萬元 [1]', source, [provision])).toBeUndefined();
    expect(declineTableRowAnswer('數碼發展局2025年3月31日有幾多個職位？', '52 個 [1]', source, [staffing])).toBeUndefined();
    // Not a figure question: not the tables' to judge.
    expect(declineTableRowAnswer('數碼發展局常任秘書長是誰？', '…', source, [staffing])).toBeUndefined();
  });

  it('a kind of post the report does not count is declined, not answered with the whole establishment', () => {
    expect(ask('How many Administrative Officer posts are there in the bureau\'s establishment?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('數發局2025-26年度有幾多個首席助理秘書長職位？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('數碼發展局有幾多個首長級職位？').answer).toMatch(/首長級職位/);
    expect(ask('How many senior staff posts does DDB have?').answer).toMatch(/^4 directorate posts/);
  });

  it('a change of posts asked yes or no: yes or no on the direction asked, then the stated change', () => {
    expect(ask('2025-26年度個局嘅職位係咪會增加？加幾多個？').answer).toMatch(/^是。增加：預期在 2025-26 年度淨增加 3 個職位/);
    expect(ask("Will the bureau's posts go down in 2025-26?").answer).toMatch(/^No\. Up: a net increase of 3 posts/);
    expect(ask('Will the number of posts go up or down in 2025-26?').answer).toMatch(/^Up: a net increase of 3 posts/);
  });

  it('the same number at two 31 Marches, asked yes or no: the two levels compared (stated, or computed from the change)', () => {
    expect(ask('Is the number of directorate posts at DDB changing between 31 March 2025 and 31 March 2026?').answer).toMatch(/^No\. 4 directorate posts at both 31 March 2025 and 31 March 2026 \[1\]\./);
    expect(ask('Will DDB keep the same number of posts at 31 March 2026 as at 31 March 2025?').answer).toMatch(/^No\. 52 posts at 31 March 2025 \[1\], 55 at 31 March 2026 \[1\] \(computed from the year’s net change\)/);
    expect(ask('數碼發展局2025年同2026年3月31日嘅首長級職位數目係咪一樣？').answer).toMatch(/^是。2025 年及 2026 年 3 月 31 日均有 4 個首長級職位/);
    expect(ask('數碼發展局2025年同2026年3月31日嘅職位數目係咪一樣？').answer).toMatch(/^不是。2025 年 3 月 31 日有 52 個職位 \[1\]，2026 年 3 月 31 日有 55 個 \[1\]（由年度淨變動計算）/);
    // Shrinking asked: the net change's direction.
    expect(ask("Will DDB's establishment shrink in 2025-26?").answer).toMatch(/^No\. Up: a net increase of 3 posts/);
    // Growth asked yes or no is the net change's direction.
    expect(ask("Will DDB's establishment grow in 2025-26?").answer).toMatch(/^Yes\. Up: a net increase of 3 posts/);
  });

  it('a part of a row by what it is spent on, which the tables do not break down, is declined', () => {
    expect(ask('運作開支分目之下,數碼發展局2025-26年度用於辦公室租金的預算是多少？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask("How much of Programme (1)'s 2025-26 estimate goes to office rent?")).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    // The row itself, or what the money is for (a question for the passages), are not parts.
    expect(ask('How much will be spent on information security in 2025-26?').answer).toMatch(/^HK\$99 million/);
    expect(answerFromTables('運作開支的撥款用於甚麼項目？', source)?.abstained).not.toBe(true);
  });

  it('yes/no between two columns with words between the comparative and "than"; the whole head against itself, not two totals', () => {
    expect(ask('Is Programme 2 getting more in 2025-26 than it was originally given for 2024-25?').answer).toMatch(/^No\. Programme \(2\) 資訊保安/);
    expect(ask('Did administrative support end up with more in the 2024-25 revised estimate than it was first budgeted?').answer).toMatch(/^No\. Programme \(1\) 行政支援/);
    const whole = ask('成個局2025-26嘅預算係咪多過2024-25修訂預算？').answer;
    expect(whole).toMatch(/^不是。/);
    expect(whole).toContain('減少');
  });

  it('"which is bigger, A or B" with one of them no row of the tables: declined, not answered with the other', () => {
    expect(ask('Which gets more in 2025-26, Programme (1) or the Cyber Security Fund?')).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    expect(ask('2025-26年度綱領(2)定網絡安全基金邊個撥款多啲？')).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    // Both rows of the tables, one named by its own words: compared.
    expect(ask('Which received more in 2025-26: administrative support or Programme (2)?').answer).toMatch(/^Programme \(2\) 資訊保安 is larger/);
  });

  it('what a row\'s money is for: the paragraph that writes its provision in full, else declined', () => {
    const purpose = ask('運作開支嘅撥款係用嚟做咩？');
    expect(purpose.answer).toMatch(/^報告所述分目 000 運作開支撥款的用途：「.*134,000,000 元/);
    expect(ask('數據中心設備嗰1,500萬係用嚟做咩？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
  });

  it('"which of the two programmes gets the bigger share" compares them; 兩個綱領加埋個預算 is their total', () => {
    expect(ask("Which of DDB's two programmes gets the bigger share of the 2025-26 estimate?").answer).toMatch(/^Programme \(2\) 資訊保安 is larger/);
    expect(ask('數發局2025-26年度兩個綱領加埋個預算係幾多？').answer).toMatch(/^1億3,400萬元（HK\$134 million） \[1\]：合計/);
  });
});

describe('row words, head words and totals (seventh round)', () => {
  let source: TableSource;
  let blockVote: TableSource;
  beforeAll(() => {
    source = synthetic(WHOLE_REPORT);
    // A sub-head whose name holds words any table question uses (整體撥款: a block vote).
    blockVote = synthetic(WHOLE_REPORT.replace('603\t數據中心設備', '603\t數據中心設備(整體撥款)'));
  });
  const ask = (question: string) => answerFromTables(question, source)!;

  it('a row is not named by the words any table question uses alone (整體財政撥款), but is by a part of its name written whole', () => {
    const overall = answerFromTables('整體財政撥款2025-26年度預算比2024-25年度原來預算少了百分之幾？', blockVote)!;
    expect(overall.answer).toMatch(/^合計的2025-26 年度預算較2024-25 年度原來預算減少/);
    expect(overall.answer).not.toContain('分目 603');
    expect(answerFromTables('整體撥款2023-24年度實際開支係幾多？', blockVote)!.answer).toMatch(/^1,200萬元（HK\$12 million） \[1\]：分目 603/);
  });

  it('明年 and 出年 are the year ahead as the Estimates speak of it (their budget year), like 下年度', () => {
    expect(ask('局方運作開支明年預算有多少？').answer).toMatch(/^1億3,400萬元（HK\$134 million） \[1\]：分目 000 運作開支 2025-26 年度預算/);
    expect(ask('局方運作開支出年預算有多少？').answer).toMatch(/^1億3,400萬元（HK\$134 million） \[1\]：分目 000 運作開支 2025-26 年度預算/);
  });

  it('局方 is the bureau; 用得多啲 compares the rows', () => {
    expect(ask('局方運作開支下年度預算有多少？').answer).toMatch(/^1億3,400萬元（HK\$134 million） \[1\]：分目 000 運作開支 2025-26 年度預算/);
    expect(ask('2023-24年兩個綱領邊個用得多啲？').answer).toMatch(/^綱領\(2\) 資訊保安較多：2023-24 年度實際開支 1億元/);
  });

  it('words joined by hyphens ("salaries-and-expenses") read as the words they join; other hyphens stay', () => {
    expect(unhyphenate("the bureau's salaries-and-expenses estimate")).toBe("the bureau's salaries and expenses estimate");
    expect(unhyphenate('a year-on-year change in non-recurrent spending under sub-head 000 in 2024-25')).toBe('a year-on-year change in non-recurrent spending under sub-head 000 in 2024-25');
  });

  it('the whole head against a figure asked yes or no: each grand total cited, and the paragraph that writes it in full', () => {
    const answer = ask("Is the bureau's total 2025-26 estimate above HK$100 million?");
    expect(answer.answer).toMatch(/^Yes: 合計, 2025-26 estimate: HK\$134 million .*開支總額, 2025-26 estimate: HK\$134 million/);
    const cited = answer.citations.map((citation) => source.chunks.find((chunk) => chunk.id === citation.chunkId)!);
    expect(cited.some((chunk) => chunk.texts.some((part) => part.text.includes('薪金及開支預算為 134,000,000 元')))).toBe(true);
  });
});

describe('a column named by its year and kind, on every path (seventh round)', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(WHOLE_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;
  const rowChunk = (name: string) => source.chunks.find((chunk) => chunk.table?.name === name)!;

  it('reads the year written against a kind of figure, in either order', () => {
    expect(boundColumns('綱領(2)2024-25年度實際開支比原來預算少幾多？')).toEqual([{ year: '2024-25', kind: 'actual' }]);
    expect(boundColumns('Did Programme (1) actual spending in 2024-25 exceed the original estimate?')).toEqual([{ year: '2024-25', kind: 'actual' }]);
    // "approved" names the column when a word of the column follows it, not as a scheme's verb.
    expect(boundColumns('How many projects had the scheme approved by the time of the 2025-26 Budget?')).toEqual([]);
    expect(boundColumns('What was the approved estimate for 2024-25?')).toEqual([{ year: '2024-25', kind: 'approved' }]);
    expect(boundColumns('How much did the block vote actually cost in 2024-25?')).toEqual([{ year: '2024-25', kind: 'actual' }]);
    expect(boundColumns('How much more is the 2025-26 estimate than the 2024-25 revised estimate?')).toEqual([{ year: '2024-25', kind: 'revised' }]);
    // Across "than", "and", "compared": not the same column.
    expect(boundColumns('Is the actual expenditure higher than the estimate for 2025-26?')).toEqual([]);
  });

  it('a comparison with a column the row does not have is declined, not answered with that kind\'s nearest column', () => {
    expect(ask('綱領(2)2024-25年度實際開支比原來預算少幾多？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('Was the 2024-25 actual spending on Programme 1 higher than the revised estimate?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('How much higher was the 2025-26 actual than the estimate for Programme (2)?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('运作开支2024-25年度实际开支同2025-26年度预算相差几多？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    // The year with a kind it has; the other kind its own column.
    expect(ask('綱領(2)2024-25年度原來預算比實際開支多幾多？').answer).toMatch(/^綱領\(2\) 資訊保安的2024-25 年度原來預算較2023-24 年度實際開支增加 2,000萬元/);
  });

  it("the passages' answer to a column no row of the report has is declined: a year in no column, or a kind that year lacks", () => {
    const row = rowChunk('數據中心設備');
    expect(declineTableRowAnswer('How much did data centre equipment actually cost in 2024-25?', 'HK$15 million (1,500萬元) [1]', source, [row])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(declineTableRowAnswer('數據中心設備2022-23年度實際開支係幾多？', '1,200萬元 [1]', source, [row])).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
    const provision = source.chunks.find((chunk) => !chunk.table && chunk.texts.some((part) => part.text.includes('所需的薪金及開支預算為')))!;
    expect(declineTableRowAnswer("What was the bureau's 2025-26 revised estimate for salaries and expenses?", 'HK$134 million [1]', source, [provision])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    // A column the report has: the answer stands.
    expect(declineTableRowAnswer('What was the data centre equipment worth in the 2023-24 actual accounts?', 'HK$12 million (1,200萬元) [1]', source, [row])).toBeUndefined();
    // Drawn from another document: a column no table has is still none (no other kind of document
    // states a year's actual or revised estimate in the tables' stead); a year no table has may be another document's.
    const elsewhere = { ...provision, docId: 'another-document' };
    expect(declineTableRowAnswer('How much did data centre equipment actually cost in 2024-25?', 'HK$15 million [1]', source, [elsewhere])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(declineTableRowAnswer('How much will the bureau spend in 2027-28?', 'HK$15 million [1]', source, [elsewhere])).toBeUndefined();
  });

  it('a prefix written with a hyphen where the row\'s English name writes the word whole ("co-ordination")', () => {
    const chunks = chunkDocument({ ...DOCUMENT, text: WHOLE_REPORT });
    const analyzer = new TextAnalyzer({ userWords: ['資訊保安', '運作開支', '數據中心設備', '行政支援'] });
    const terminology = { version: 1 as const, entries: [{ kind: 'term' as const, zh: ['數據中心設備'], en: ['data centre coordination'] }] };
    const lexicon = buildLexicon({ terminology, corpusChineseWords: [], lookup: () => [], analyzer });
    const joined: TableSource = { chunks, documents: new Map([[DOCUMENT.id, DOCUMENT]]), searchText: new SearchText({ userWords: [], lexicon }, analyzer) };
    expect(answerFromTables('What was the 2024-25 approved estimate for data centre co-ordination?', joined)!.answer).toMatch(/^HK\$15 million .*sub-head 603/);
  });
});

describe('why a total changed: the notes on its figures (seventh round)', () => {
  it("quotes the note under the table on the figures of the years asked, citing the paragraph that prints it; Cantonese 有成…得…咋 are words of the question", () => {
    const report = WHOLE_REPORT.replace('\t開支總額\t142,000\t167,000', '\t開支總額\t142,000Δ\t167,000').replace('Φ 包括一次過的搬遷開支。', 'Φ 包括一次過的搬遷開支。\n\nΔ 數字為重組前的實際開支。');
    const source = synthetic(report);
    const answer = answerFromTables('點解 2023-24 嘅開支總額有成一億四千萬，2025-26 得一億三千萬咋？', source)!;
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('主要由於完成資訊保安演練項目');
    expect(answer.answer).toMatch(/註 Δ（2023-24 年度實際開支）：「數字為重組前的實際開支」 \[\d\]/);
    const cited = answer.citations.map((citation) => source.chunks.find((chunk) => chunk.id === citation.chunkId)!);
    expect(cited.some((chunk) => !chunk.table && chunk.texts.some((part) => part.text.includes('Δ 數字為重組前的實際開支')))).toBe(true);
  });
});

describe("the passages' answer in the words of a negated name (seventh round)", () => {
  it('"non-directorate" is said by a paragraph that writes 非首長級 when 首長級 is "directorate"', () => {
    const report = STAFFED_REPORT.concat('\n\n在某些限制下,管制人員可按獲授權力,在二零二五至二六年度開設或刪減非首長級職位,但所有該類職位按薪級中點估計的年薪值不能超過 30,000,000 元。');
    const chunks = chunkDocument({ ...DOCUMENT, text: report });
    const analyzer = new TextAnalyzer({ userWords: ['資訊保安', '運作開支', '數據中心設備', '行政支援', '首長級', '非首長級', '年薪'] });
    const terminology = {
      version: 1 as const,
      entries: [
        { kind: 'term' as const, zh: ['首長級'], en: ['directorate'] },
        { kind: 'term' as const, zh: ['年薪'], en: ['annual salary'] },
        { kind: 'term' as const, zh: ['職位'], en: ['posts'] },
      ],
    };
    const lexicon = buildLexicon({ terminology, corpusChineseWords: [], lookup: () => [], analyzer });
    const source: TableSource = { chunks, documents: new Map([[DOCUMENT.id, DOCUMENT]]), searchText: new SearchText({ userWords: [], lexicon }, analyzer) };
    const ceiling = chunks.find((chunk) => !chunk.table && chunk.texts.some((part) => part.text.includes('不能超過 30,000,000 元')))!;
    expect(declineTableRowAnswer('What is the ceiling on the annual salary of non-directorate posts in 2025-26?', 'up to HK$30 million [1]', source, [ceiling])).toBeUndefined();
    // Words the paragraph does not write still decline it.
    expect(declineTableRowAnswer('How much overtime allowance do non-directorate posts get for night shifts in 2025-26?', 'up to HK$30 million [1]', source, [ceiling])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    // Asked in Traditional Chinese of the head by name, the negated name (非首長級職位) is no row the tables lack: the tables
    // do not decline it, whatever script the name is found in.
    expect(answerFromTables('數碼發展局喺2025-26年度開設非首長級職位，年薪值上限係幾多？', source)?.reason).not.toBe('ROW_NOT_FOUND');
  });
});

describe('rows the head lacks and sums the tables do not give, on every path (seventh round)', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(WHOLE_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;
  const rowChunk = (name: string) => source.chunks.find((chunk) => chunk.table?.name === name)!;
  const paragraphWith = (text: string) => source.chunks.find((chunk) => !chunk.table && chunk.texts.some((part) => part.text.includes(text)))!;

  it('a one-word name written as a name ("SecureHK programme") is not the head\'s total', () => {
    const chunks = chunkDocument({ ...DOCUMENT, text: WHOLE_REPORT });
    const analyzer = new TextAnalyzer({ userWords: ['資訊保安', '運作開支', '數據中心設備', '行政支援'] });
    const terminology = { version: 1 as const, entries: [{ kind: 'scheme' as const, zh: ['安全香港研發平台'], en: ['SecureHK'] }] };
    const lexicon = buildLexicon({ terminology, corpusChineseWords: [], lookup: () => [], analyzer });
    const named: TableSource = { chunks, documents: new Map([[DOCUMENT.id, DOCUMENT]]), searchText: new SearchText({ userWords: [], lexicon }, analyzer) };
    expect(answerFromTables('How much funding does the SecureHK programme get from Head 999 in 2025-26?', named)).toMatchObject({ abstained: true, reason: 'ROW_NOT_FOUND' });
    // The same word opening the sentence, lower case elsewhere: a word, judged as before.
    expect(answerFromTables('How much funding do the programmes get from Head 999 in 2025-26?', named)!.answer).toMatch(/HK\$134 million/);
  });

  it("a standard item of a sub-head's analysis (allowances, 津貼) the tables print no row of: declined as a part of the row, on either path", () => {
    expect(ask('分目000下津貼2025-26年度預算是多少？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('How much is budgeted for job-related allowances under operational expenses in 2025-26?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(declineTableRowAnswer('How much of the 2025-26 estimate goes to allowances?', 'HK$134 million [1]', source, [rowChunk('運作開支')])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    // The row itself is still answered.
    expect(ask('分目000 2025-26年度預算是多少？').answer).toMatch(/^1億3,400萬元/);
  });

  it("a sum asked that the passages' answerer answered from the report with a number that is no sum: declined", () => {
    const provision = paragraphWith('所需的薪金及開支預算為');
    expect(declineTableRowAnswer('網絡安全組2025-26年度有幾多撥款？', '2025 [1]', source, [provision])).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(declineTableRowAnswer('數碼發展局2025-26年度所需的薪金及開支預算有幾多？', '1億3,400萬元 [1]', source, [provision])).toBeUndefined();
  });
});

describe('years and kinds in more of their words (seventh round)', () => {
  let source: TableSource;
  beforeAll(() => {
    source = synthetic(WHOLE_REPORT);
  });
  const ask = (question: string) => answerFromTables(question, source)!;

  it('"end up spending", 最終開支: the actual, declined for a year that has none', () => {
    expect(ask('How much did administrative support end up spending in 2023-24?').answer).toMatch(/^HK\$30 million .*2023-24 actual expenditure/);
    expect(ask('How much did administrative support end up spending in 2024-25?')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    expect(ask('行政支援2024-25年度最終開支係幾多？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
  });

  it('"the year after next", 後年, "two years ago": counted from the budget year', () => {
    expect(ask('行政支援後年預算係幾多？')).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
    expect(ask('What did administrative support actually spend two years ago?').answer).toMatch(/^HK\$30 million .*2023-24 actual expenditure/);
    // The passages' answer for a year no column has is declined too.
    const row = source.chunks.find((chunk) => chunk.table?.programme === '1' && chunk.table.label === '財政撥款')!;
    expect(declineTableRowAnswer("How much will the Secretary's office get the year after next?", 'HK$35 million [1]', source, [row])).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
  });

  it('a year opening the clause goes with the first kind after the row it names', () => {
    expect(boundColumns('2024-25年度運作開支實際開支同原來預算差幾多？')).toEqual([{ year: '2024-25', kind: 'actual' }]);
    expect(ask('2024-25年度運作開支實際開支同原來預算差幾多？')).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
    // Not across a comparison or another year.
    expect(boundColumns('2025-26年度的撥款較2024-25年度的修訂預算增加多少')).toEqual([{ year: '2024-25', kind: 'revised' }]);
  });
});

describe('a sum per item a row pays for (seventh round)', () => {
  it('"each project … at most", 每個項目最多: the bound the row\'s paragraph states, not the row\'s provision', () => {
    const report = WHOLE_REPORT.replace('603\t數據中心設備\t12,000\t15,000\t_\t_', '603\t數據中心設備\t12,000\t15,300\t_\t_').concat(
      '\n\n5 在分目 603 數據中心設備項下的撥款 15,300,000 元,用以購置各項 10 萬元以上但不超過 500 萬元的設備。',
    );
    const source = synthetic(report);
    expect(answerFromTables('分目603資助的每件設備最多可以是多少錢？', source)!.answer).toMatch(/^500萬元（HK\$5 million） \[1\]：分目 603 數據中心設備資助的每個項目上限/);
    expect(answerFromTables('What is the least each item under sub-head 603 may cost?', source)!.answer).toMatch(/^HK\$100,000 \(10萬元\) \[1\]: the least each item/);
    // A row whose paragraph states no bound: left to the passages, not answered with the row's provision.
    expect(answerFromTables('How much is each project under sub-head 000 funded at most?', source)).toBeUndefined();
  });
});

describe('what a row pays for, asked as a list (seventh round)', () => {
  it('"what projects does sub-head 000 fund?", 資助咩項目: the paragraph that writes its provision in full', () => {
    const source = synthetic(STAFFED_REPORT);
    expect(answerFromTables('What projects does sub-head 000 fund?', source)!.answer).toMatch(/^What the report says sub-head 000 運作開支's provision is for: “.*134,000,000 元/);
    expect(answerFromTables('分目603資助咗咩項目？', source)).toMatchObject({ abstained: true, reason: 'COLUMN_NOT_FOUND' });
  });

  it('"actually" as emphasis ("what is it actually used for?") asks the purpose, not the actual-expenditure column; of money spent it asks that column', () => {
    const source = synthetic(STAFFED_REPORT);
    expect(answerFromTables('What is the operating expenses sub-head 000 under the head actually used for?', source)!.answer).toMatch(/^What the report says sub-head 000 運作開支's provision is for/);
    expect(answerFromTables('How much was actually spent on sub-head 000 in 2023-24?', source)!.answer).toMatch(/2023-24 actual expenditure/);
  });
});
