import type { DraftChunk, LanguageText } from '../chunk.js';
import { cleanText, joinWrappedLines, splitLines, type SourceLine } from '../clean.js';
import { attachFootnotes, rowNote } from '../table-cells.js';
import { columnKindOf, describeTableRow, type TableCell, type TableColumn, type TableRowData, type TableUnit } from '../table.js';

/**
 * A Controlling Officer's Report from the Estimates: standard headings (綱領, 宗旨, 簡介,
 * 需要特別留意的事項, 財政撥款分析, 按分目列出的開支詳情), numbered paragraphs with bullet lists
 * under a lead-in, and tab-separated tables whose rows must read on their own: each row keeps
 * the table's caption, its column headers (which year, actual or estimate) and its unit
 * (百萬元 = HK$ million, $'000 = HK$ thousand), written after every figure. The same rows are
 * kept as data in `chunk.table` (see ../table.ts): row, sub-head code, programme, columns by year
 * and kind, unit, the percentages printed under figures, the notes below the table and footnotes.
 */

const PAGE_HEADER = /^總目\s*\d+\s*一/;
/** Headings that open a major part of every Controlling Officer's Report. */
const MAJOR_HEADINGS = new Set(['管制人員報告', '綱領', '詳情', '財政撥款分析', '財政撥款及人手編制分析', '按分目列出的開支詳情']);
const PROGRAMME_HEADING = /^綱領\s*\(\d+\)\s*[:：]/;
const NUMBERED_PARAGRAPH = /^(?:-\s*)?(?:\*\*)?(\d{1,2})(?:\*\*)?\s+(?=[\u4e00-\u9fff])(.*)$/;
const LIST_ITEM = /^-\s+(.*)$/;
/** A budget year as a column header writes it, of this century or the last (1999-00): past years' reports read as this year's do. */
const FISCAL_YEAR = /(?:19|20)\d\d-\d\d/;
const UNIT_ROW = /^\$?\\?\$?['’,]000$/;

function isHeading(text: string): boolean {
  if (MAJOR_HEADINGS.has(text) || PROGRAMME_HEADING.test(text)) return true;
  return text.length <= 24 && !/[。，,；;]/.test(text) && !/^\d/.test(text) && !/^[-¶ΔΦ(（]/.test(text) && !/[:：]$/.test(text);
}

interface Section {
  major?: string;
  programme?: string;
  minor?: string;
}

function sectionPath(section: Section): string[] {
  return [section.major, section.programme, section.minor].filter((part): part is string => Boolean(part));
}

/** Unit words written after each figure, so "24.3" reads "24.3百萬元" (= HK$24.3 million). */
type Unit = '百萬元' | '千元' | '';

function unitOf(text: string): Unit {
  if (/百萬元/.test(text)) return '百萬元';
  if (/\\?\$['’,]000/.test(text)) return '千元';
  return '';
}

/** The unit of the table's data: the rendering unit above, or English headers' units, or posts. */
function dataUnitOf(text: string): TableUnit | undefined {
  if (/百萬元/.test(text)) return '百萬元';
  if (/\\?\$['’,]000/.test(text)) return /[\u4e00-\u9fff]/.test(text) ? '千元' : "HK$'000";
  if (/\$\s?(?:m|mn|million)\b/i.test(text)) return 'HK$ million';
  if (/職位|职位|\bposts?\b/i.test(text)) return 'posts';
  return undefined;
}

/** "(+0.9%)" → 0.9; "243,500Φ" → 243500; "—" → null. */
function numberOf(cell: string): number | null {
  if (NIL.test(cell)) return null;
  const value = Number(cell.replace(/[()（）%¶ΔΦ,+\s]/g, ''));
  return Number.isFinite(value) ? value : null;
}

/**
 * The row as data, from the label, the table's caption and columns. Undefined when the row cannot
 * be read as data (no unit, no label, no column for its figures).
 */
function rowData(row: Row, columns: Column[], caption: string, group: string | undefined, unit: TableUnit | undefined): TableRowData | undefined {
  if (!unit || row.label === UNLABELLED) return undefined;
  const cells: TableCell[] = [];
  for (const [position, cell] of [...row.cells].sort(([a], [b]) => a - b)) {
    const index = columns.findIndex((candidate) => candidate.position === position);
    const column = columns[index];
    if (!column) continue;
    const mark = /[¶ΔΦ]$/.exec(cell.value)?.[0];
    const data: TableCell = { column: column.data, value: numberOf(cell.value), raw: cell.value.replace(/[¶ΔΦ]$/, '') };
    if (mark) data.mark = mark;
    const percent = cell.change ? numberOf(cell.change) : null;
    if (percent !== null && index > 0) data.change = { percent, from: columns[index - 1]!.data };
    cells.push(data);
  }
  if (cells.length === 0) return undefined;
  const label = row.label.replace(/\s*[(（](?:百萬元|\\?\$['’,]000)[)）]\s*/g, '').trim();
  return describeTableRow({ label, caption, group, unit, cells });
}

function cellsOf(line: string): string[] {
  return line.split('\t').map((cell) => cleanText(cell));
}

const NIL = /^[_—–-]$/;
const UNLABELLED = '（原表項目名稱缺失）';

function isValueCell(cell: string): boolean {
  return /^[(（]?[+-]?[\d,.]+%?[)）]?[¶ΔΦ]?$/.test(cell) || NIL.test(cell);
}

function formatValue(cell: string, unit: Unit): string {
  if (NIL.test(cell)) return '—';
  const mark = /[¶ΔΦ]$/.exec(cell)?.[0] ?? '';
  return `${cell.replace(/[¶ΔΦ]$/, '')}${unit}${mark}`;
}

interface Column {
  position: number;
  header: string;
  data: TableColumn;
}

interface Row {
  draft: DraftChunk;
  label: string;
  unit: Unit;
  cells: Map<number, { value: string; change?: string }>;
  dataUnit?: TableUnit;
}

/**
 * Rows of one table, each a passage. Figures are matched to column headers by their tab position;
 * a row that only adds percentage changes joins the row above; a unit row ($'000) or a unit in a
 * header or label ((百萬元)) is written after every figure.
 */
function chunkTable(lines: SourceLine[], caption: string, section: string[], context: LanguageText[], drafts: DraftChunk[], captionStart?: number): DraftChunk | undefined {
  let columns: Column[] = [];
  let unit: Unit = '';
  let dataUnit: TableUnit | undefined;
  let group: string | undefined;
  const rows: Row[] = [];
  let title = caption;
  let last: Row | undefined;

  const render = (row: Row): string => {
    const figures = [...row.cells]
      .sort(([a], [b]) => a - b)
      .map(([position, cell]) => {
        const header = columns.find((column) => column.position === position)?.header ?? `第${position + 1}欄`;
        const change = cell.change ? ` ${cell.change}` : '';
        return `${header}：${formatValue(cell.value, row.unit)}${change}`;
      })
      .join('；');
    const prefix = [title, group].filter(Boolean).join(' › ');
    return `${prefix ? `${prefix} — ` : ''}${row.label}：${figures}`;
  };

  for (const line of lines) {
    const cells = cellsOf(line.text);
    const filled = cells.filter((cell) => cell.length > 0);
    if (filled.length === 0) continue;
    const yearHeaders = cells.map((cell, position) => ({ cell, position })).filter(({ cell }) => FISCAL_YEAR.test(cell) && !isValueCell(cell));
    if (yearHeaders.length >= 2) {
      columns = yearHeaders.map(({ cell, position }) => {
        const header = cell.replace(/\s*\((?:\\?\$'000|百萬元)\)/g, '').trim();
        const year = FISCAL_YEAR.exec(header)![0];
        return { position, header, data: { year, kind: columnKindOf(header.replace(year, '')) ?? 'estimate', header } };
      });
      unit = unitOf(filled.join(' ')) || unit;
      dataUnit = dataUnitOf(filled.join(' ')) ?? dataUnit;
      const label = filled.filter((cell) => !FISCAL_YEAR.test(cell)).join(' ');
      if (label) title = label;
      continue;
    }
    if (filled.every((cell) => UNIT_ROW.test(cell.replace(/\s/g, '')))) {
      unit = '千元';
      dataUnit = /[\u4e00-\u9fff]/.test(caption + (group ?? '') + columns.map((column) => column.header).join('')) ? '千元' : "HK$'000";
      continue;
    }
    const figures = cells.map((cell, position) => ({ cell, position })).filter(({ cell, position }) => isValueCell(cell) && !(position === 0 && /^\d{3}$/.test(cell) && Boolean(cells[1]) && !isValueCell(cells[1]!)));
    const labels = cells.filter((cell, position) => cell && !figures.some((figure) => figure.position === position));
    if (figures.length === 0) {
      group = labels.join(' '); // "經營帳目", "經常開支": the rows below belong to it
      continue;
    }
    if (labels.length === 0 && last && figures.every(({ cell }) => /%/.test(cell))) {
      for (const { cell, position } of figures) {
        const existing = last.cells.get(position);
        if (existing) existing.change = cell;
      }
      last.draft.texts = [{ language: 'zh-Hant', text: render(last) }];
      last.draft.end = line.end;
      last.draft.table = rowData(last, columns, title, last.draft.table?.group, last.dataUnit);
      continue;
    }
    // A row with no label after labelled rows is the total; before any, the extraction lost its label.
    const label = labels.join(' ') || (last && last.label !== UNLABELLED ? '合計' : UNLABELLED);
    const row: Row = {
      draft: { kind: 'table-row', section: { zh: section, en: [] }, context, texts: [], start: line.start, end: line.end },
      label,
      unit: unitOf(label) || unit,
      cells: new Map(figures.map(({ cell, position }) => [position, { value: cell }])),
      dataUnit: dataUnitOf(label) ?? dataUnit,
    };
    row.draft.texts = [{ language: 'zh-Hant', text: render(row) }];
    const data = rowData(row, columns, title, group, row.dataUnit);
    if (data) row.draft.table = data;
    // The first row's passage begins at the heading written above the table, which its text writes
    // as the caption ("綱領(1):局長辦公室"): a programme's table of one row is that whole table.
    if (rows.length === 0 && captionStart !== undefined) row.draft.start = captionStart;
    drafts.push(row.draft);
    rows.push(row);
    last = row;
  }
  // The last total of a table is its grand total.
  const grand = [...rows].reverse().find((row) => row.draft.table?.total);
  if (grand) grand.draft.table!.total = 'grand';
  return last?.draft;
}

export function chunkEstimatesReport(source: string): DraftChunk[] {
  const lines = splitLines(source);
  const drafts: DraftChunk[] = [];
  const section: Section = {};
  let leadIn: LanguageText | undefined;
  let lastTableRow: DraftChunk | undefined;
  // Where the heading just above the coming table begins (nothing but blank lines between them).
  let headingStart: number | undefined;
  let index = 0;

  const pushParagraph = (text: string, line: SourceLine, kind: DraftChunk['kind'], context: LanguageText[] = []) => {
    const cleaned = cleanText(text);
    if (!cleaned) return;
    drafts.push({ kind, section: { zh: sectionPath(section), en: [] }, context, texts: [{ language: 'zh-Hant', text: cleaned }], start: line.start, end: line.end });
  };

  while (index < lines.length) {
    const line = lines[index]!;
    const trimmed = line.text.trim();
    if (!trimmed || PAGE_HEADER.test(trimmed.replace(/\s/g, '')) || PAGE_HEADER.test(trimmed)) {
      // A running header between a heading and a table: a page break, so the heading is not the table's.
      if (trimmed) headingStart = undefined;
      index++;
      continue;
    }
    if (line.text.includes('\t')) {
      // A table: this line and the tab lines after it (blank lines between rows are allowed).
      const tableLines: SourceLine[] = [];
      while (index < lines.length && (lines[index]!.text.includes('\t') || lines[index]!.text.trim() === '')) {
        if (lines[index]!.text.includes('\t')) tableLines.push(lines[index]!);
        index++;
      }
      // A first row with no figures and no years is the table's caption: a heading of its own.
      const firstCells = cellsOf(tableLines[0]!.text).filter(Boolean);
      if (firstCells.every((cell) => !isValueCell(cell) && !FISCAL_YEAR.test(cell))) {
        const caption = firstCells.join('').replace(/\s+/g, '');
        if (MAJOR_HEADINGS.has(caption)) {
          section.major = caption;
          section.programme = undefined;
          section.minor = undefined;
          tableLines.shift();
        }
      }
      const path = sectionPath(section);
      const caption = path.filter((part) => part !== '詳情').slice(-2).join(' ');
      lastTableRow = chunkTable(tableLines, caption, path, leadIn ? [leadIn] : [], drafts, headingStart);
      headingStart = undefined;
      leadIn = undefined;
      continue;
    }
    index++;
    headingStart = undefined;
    const text = cleanText(trimmed);
    // "(或較 2024-25 原來預算增加 7.0%)": a note on the table row just above.
    if (lastTableRow && /^[(（]或較/.test(text)) {
      lastTableRow.texts = [{ language: 'zh-Hant', text: `${lastTableRow.texts[0]!.text} ${text.replace(/\s+/g, '')}` }];
      lastTableRow.end = line.end;
      if (lastTableRow.table) (lastTableRow.table.notes ??= []).push(rowNote(text.replace(/\s+/g, ''), lastTableRow.table));
      continue;
    }
    lastTableRow = undefined;
    if (isHeading(text)) {
      leadIn = undefined;
      if (MAJOR_HEADINGS.has(text)) {
        section.major = text;
        section.programme = undefined;
        section.minor = undefined;
      } else if (PROGRAMME_HEADING.test(text)) {
        section.programme = text.replace(/\s*[:：]\s*/, ' ');
        section.minor = undefined;
      } else {
        section.minor = text;
      }
      headingStart = line.start;
      continue;
    }
    const numbered = NUMBERED_PARAGRAPH.exec(trimmed.replace(/^\s*/, ''));
    if (numbered) {
      const body = cleanText(numbered[2]!);
      const paragraph = `${numbered[1]} ${body}`;
      pushParagraph(paragraph, line, 'paragraph');
      leadIn = /[:：]$/.test(body) ? { language: 'zh-Hant', text: paragraph } : undefined;
      continue;
    }
    const item = LIST_ITEM.exec(trimmed);
    if (item && leadIn) {
      pushParagraph(item[1]!, line, 'bullet', [leadIn]);
      continue;
    }
    // A paragraph: the line and any lines wrapped below it without a blank line.
    const paragraphLines = [line];
    while (index < lines.length && lines[index]!.text.trim() && !lines[index]!.text.includes('\t') && lines[index]!.start === paragraphLines.at(-1)!.end + 1) {
      paragraphLines.push(lines[index]!);
      index++;
    }
    const joined = joinWrappedLines(paragraphLines.map((l) => l.text));
    // Rows of a table whose tabs the extraction lost ("(實際) ($'000) 151,761 …"): no passage can read them.
    if (/^[(（]實際[)）]/.test(joined)) continue;
    pushParagraph(joined, { ...line, end: paragraphLines.at(-1)!.end }, item ? 'bullet' : 'paragraph');
  }
  attachFootnotes(drafts);
  return drafts;
}
