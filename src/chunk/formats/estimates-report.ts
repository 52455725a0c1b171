import type { DraftChunk, LanguageText } from '../chunk.js';
import { cleanText, joinWrappedLines, splitLines, type SourceLine } from '../clean.js';

/**
 * A Controlling Officer's Report from the Estimates: standard headings (綱領, 宗旨, 簡介,
 * 需要特別留意的事項, 財政撥款分析, 按分目列出的開支詳情), numbered paragraphs with bullet lists
 * under a lead-in, and tab-separated tables whose rows must read on their own: each row keeps
 * the table's caption, its column headers (which year, actual or estimate) and its unit
 * (百萬元 = HK$ million, $'000 = HK$ thousand), written after every figure.
 */

const PAGE_HEADER = /^總目\s*\d+\s*一/;
/** Headings that open a major part of every Controlling Officer's Report. */
const MAJOR_HEADINGS = new Set(['管制人員報告', '綱領', '詳情', '財政撥款分析', '財政撥款及人手編制分析', '按分目列出的開支詳情']);
const PROGRAMME_HEADING = /^綱領\s*\(\d+\)\s*[:：]/;
const NUMBERED_PARAGRAPH = /^(?:-\s*)?(?:\*\*)?(\d{1,2})(?:\*\*)?\s+(?=[\u4e00-\u9fff])(.*)$/;
const LIST_ITEM = /^-\s+(.*)$/;
const FISCAL_YEAR = /20\d\d-\d\d/;
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
}

interface Row {
  draft: DraftChunk;
  label: string;
  unit: Unit;
  cells: Map<number, { value: string; change?: string }>;
}

/**
 * Rows of one table, each a passage. Figures are matched to column headers by their tab position;
 * a row that only adds percentage changes joins the row above; a unit row ($'000) or a unit in a
 * header or label ((百萬元)) is written after every figure.
 */
function chunkTable(lines: SourceLine[], caption: string, section: string[], context: LanguageText[], drafts: DraftChunk[]): DraftChunk | undefined {
  let columns: Column[] = [];
  let unit: Unit = '';
  let group: string | undefined;
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
      columns = yearHeaders.map(({ cell, position }) => ({ position, header: cell.replace(/\s*\((?:\\?\$'000|百萬元)\)/g, '').trim() }));
      unit = unitOf(filled.join(' ')) || unit;
      const label = filled.filter((cell) => !FISCAL_YEAR.test(cell)).join(' ');
      if (label) title = label;
      continue;
    }
    if (filled.every((cell) => UNIT_ROW.test(cell.replace(/\s/g, '')))) {
      unit = '千元';
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
      continue;
    }
    // A row with no label after labelled rows is the total; before any, the extraction lost its label.
    const label = labels.join(' ') || (last && last.label !== UNLABELLED ? '合計' : UNLABELLED);
    const row: Row = {
      draft: { kind: 'table-row', section: { zh: section, en: [] }, context, texts: [], start: line.start, end: line.end },
      label,
      unit: unitOf(label) || unit,
      cells: new Map(figures.map(({ cell, position }) => [position, { value: cell }])),
    };
    row.draft.texts = [{ language: 'zh-Hant', text: render(row) }];
    drafts.push(row.draft);
    last = row;
  }
  return last?.draft;
}

export function chunkEstimatesReport(source: string): DraftChunk[] {
  const lines = splitLines(source);
  const drafts: DraftChunk[] = [];
  const section: Section = {};
  let leadIn: LanguageText | undefined;
  let lastTableRow: DraftChunk | undefined;
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
      lastTableRow = chunkTable(tableLines, caption, path, leadIn ? [leadIn] : [], drafts);
      leadIn = undefined;
      continue;
    }
    index++;
    const text = cleanText(trimmed);
    // "(或較 2024-25 原來預算增加 7.0%)": a note on the table row just above.
    if (lastTableRow && /^[(（]或較/.test(text)) {
      lastTableRow.texts = [{ language: 'zh-Hant', text: `${lastTableRow.texts[0]!.text} ${text.replace(/\s+/g, '')}` }];
      lastTableRow.end = line.end;
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
  return drafts;
}
