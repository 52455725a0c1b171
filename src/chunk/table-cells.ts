import type { DraftChunk } from './chunk.js';
import { columnKindOf, describeTableRow, type TableCell, type TableColumn, type TableRowData, type TableUnit } from './table.js';

/**
 * A table row read from any format (PDF positions, HTML, Word) as the data src/chunk/table.ts
 * describes, for the generic chunker: the columns are those whose header names a budget year and a
 * kind of figure (actual, original, approved, revised, estimate — in either language), the unit is
 * what a column header, the row's label or the table's caption states, and a cell's figure keeps
 * the footnote mark and the percentage printed with it. Undefined when the table has no such
 * columns, the row no label, or no unit is stated: such a row stays text only.
 */

/** A budget year in a column header, of this century or the last (1999-00, 1999-2000): past years' tables read as this year's do. */
const FISCAL_YEAR = /((?:19|20)\d{2})\s*[-–/]\s*(?:19|20)?(\d{2})(?!\d)/;
const MARK = /[¶ΔΦ*#†‡]$/u;
const NIL = /^[_—–-]$/;

/** The unit a piece of text states: (百萬元), ($'000), $ million, in thousands of dollars. */
export function statedUnit(text: string, chinese: boolean): TableUnit | undefined {
  if (/百萬元|百万元/.test(text)) return '百萬元';
  if (/千元/.test(text)) return '千元';
  if (/\$\s*['’,]?000\b|'000|thousands? of dollars/i.test(text)) return chinese ? '千元' : "HK$'000";
  if (/\$\s*(?:m|mn|million)\b|\(\s*(?:HK)?\$\s*m\s*\)|millions? of dollars|\bin millions\b/i.test(text)) return chinese ? '百萬元' : 'HK$ million';
  return undefined;
}

/** A column from its header, when it names a budget year and a kind of figure. */
export function columnOf(header: string): TableColumn | undefined {
  const year = FISCAL_YEAR.exec(header);
  const kind = columnKindOf(header.replace(FISCAL_YEAR, ' '));
  if (!year || !kind) return undefined;
  const next = (Number(year[1]) + 1) % 100;
  if (Number(year[2]) !== next) return undefined;
  return { year: `${year[1]}-${year[2]}`, kind, header: header.trim() };
}

function numberOf(text: string): number | null {
  const cleaned = text.replace(/[,\s]/g, '').replace(/^[(（](.*)[)）]$/, '$1');
  if (!/^[-+−]?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace('−', '-'));
}

/**
 * The row as data. `header` and `row` are the table's cells (first the label); `caption` the
 * paragraph or heading the table sits under, `group` a label-only row above it in the table.
 */
export function tableRowData(header: string[], row: string[], options: { caption: string; group?: string; chinese: boolean }): TableRowData | undefined {
  const rawLabel = (row[0] ?? '').trim();
  if (!rawLabel) return undefined;
  const columns = header.map((text, position) => (position === 0 ? undefined : columnOf(text)));
  if (!columns.some(Boolean)) return undefined;
  const unit =
    header.map((text) => statedUnit(text, options.chinese)).find(Boolean) ?? statedUnit(rawLabel, options.chinese) ?? statedUnit(options.caption, options.chinese);
  if (!unit) return undefined;
  const cells: TableCell[] = [];
  let previousColumn: TableColumn | undefined;
  row.forEach((text, position) => {
    const column = columns[position];
    if (!column) return;
    const trimmed = text.trim();
    if (!trimmed) return;
    // "22.9 (+0.9%)": the figure, then the percentage printed under it (its change from the column to its left).
    const [figureText = '', ...rest] = trimmed.split(/\s+(?=[(（][-+−]?\d)/);
    const mark = MARK.exec(figureText)?.[0];
    const raw = figureText.replace(MARK, '').trim();
    if (!NIL.test(raw) && numberOf(raw) === null) return;
    const cell: TableCell = { column, value: NIL.test(raw) ? null : numberOf(raw), raw };
    if (mark) cell.mark = mark;
    const percent = rest.map((part) => /([-+−]?\d+(?:\.\d+)?)\s*%/.exec(part)).find(Boolean);
    if (percent && previousColumn) cell.change = { percent: Number(percent[1]!.replace('−', '-')), from: previousColumn };
    cells.push(cell);
    previousColumn = column;
  });
  if (cells.length === 0) return undefined;
  const label = rawLabel.replace(/\s*[(（](?:百萬元|百万元|千元|(?:HK)?\$\s*['’,]?000|(?:HK)?\$\s*m(?:illion)?)[)）]\s*/gi, '').trim() || rawLabel;
  return describeTableRow({ label, caption: options.caption, group: options.group, unit, cells });
}

/** A cell's figure without its footnote mark or the percentage printed with it; null if it holds none. */
function figureValue(cell: string): number | null {
  const [figure = ''] = cell.trim().split(/\s+(?=[(（][-+−]?\d)/);
  return numberOf(figure.replace(MARK, '').trim());
}

/**
 * Rows with no label whose every figure is the sum of the figures above it (since the last such
 * row) are totals, as tables print them: labelled 合計 / Total so they can be asked for. Other
 * rows are returned as they are.
 */
export function labelTotals(rows: string[][], chinese: boolean): string[][] {
  let from = 0;
  return rows.map((row, position) => {
    if ((row[0] ?? '').trim()) return row;
    const above = rows.slice(from, position).filter((other) => (other[0] ?? '').trim() && other.slice(1).some((cell) => figureValue(cell) !== null));
    let checked = 0;
    const sums = row.slice(1).every((cell, offset) => {
      const value = figureValue(cell);
      if (value === null) return !cell.trim() || NIL.test(cell.trim());
      const parts = above.map((other) => figureValue(other[offset + 1] ?? ''));
      if (parts.some((part) => part === null)) return false;
      checked++;
      const total = parts.reduce<number>((sum, part) => sum + part!, 0);
      return Math.abs(total - value) <= 0.051 * parts.length + Math.abs(value) * 1e-9;
    });
    if (above.length < 2 || checked === 0 || !sums) return row;
    from = position + 1;
    return [chinese ? '合計' : 'Total', ...row.slice(1)];
  });
}

/** "(或較 2024-25 原來預算增加 7.0%)" / "(or -2.3% on 2024-25 Original)": a stated change of a row's last figure. */
export function rowNote(text: string, row: TableRowData): NonNullable<TableRowData['notes']>[number] {
  const note: NonNullable<TableRowData['notes']>[number] = { text };
  const year = /20\d\d-\d\d/.exec(text)?.[0];
  const kind = columnKindOf(text.slice(text.indexOf(year ?? '') + (year?.length ?? 0)));
  const percent = /([+-]?\d+(?:\.\d+)?)\s*%/.exec(text);
  if (percent) note.percent = Number(percent[1]) * (/減少|减少|decrease|下降/i.test(text) && !percent[1]!.startsWith('-') ? -1 : 1);
  if (year && kind) note.from = { year, kind, header: `${year} ${kind}` };
  const last = row.cells.at(-1);
  if (last) note.to = last.column;
  return note;
}

/** "¶ 為作比較，…": the first paragraph after a marked figure that starts with its mark is its footnote. */
export function attachFootnotes(drafts: DraftChunk[]) {
  drafts.forEach((draft, position) => {
    for (const cell of draft.table?.cells ?? []) {
      if (!cell.mark) continue;
      const footnote = drafts.slice(position + 1).find((candidate) => candidate.kind !== 'table-row' && candidate.texts[0]!.text.startsWith(cell.mark!));
      if (footnote) cell.note = footnote.texts[0]!.text.slice(cell.mark.length).trim();
    }
  });
}
