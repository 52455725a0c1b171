import { z } from 'zod';

/**
 * A table row kept as data: which row (programme, sub-head and its code), which columns (year and
 * kind), the unit, and each cell with the percentage or note the document attaches to it. Filled
 * by the format parser from the table's own header rows; travels in the chunk and the index, and
 * is validated with these schemas where the index is read.
 */

/** What a column holds: the Estimates' five kinds of figure. */
export const COLUMN_KINDS = ['actual', 'original', 'approved', 'revised', 'estimate'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const TABLE_UNITS = ['百萬元', '千元', 'HK$ million', "HK$'000", 'posts'] as const;
export type TableUnit = (typeof TABLE_UNITS)[number];

/** How many dollars (or posts) one unit of a figure is. */
export const UNIT_SCALE: Record<TableUnit, number> = { 百萬元: 1e6, 千元: 1e3, 'HK$ million': 1e6, "HK$'000": 1e3, posts: 1 };

export const columnSchema = z.object({
  /** Budget year, canonical: "2024-25". */
  year: z.string().regex(/^\d{4}-\d{2}$/),
  kind: z.enum(COLUMN_KINDS),
  /** The header as the document writes it: "2024-25 (修訂)". */
  header: z.string(),
});
export type TableColumn = z.infer<typeof columnSchema>;

export const cellSchema = z.object({
  column: columnSchema,
  /** The figure in the table's unit; null for a nil entry (—). */
  value: z.number().nullable(),
  /** As written: "243,500". */
  raw: z.string(),
  /** A footnote mark after the figure (¶, Δ, Φ) and the footnote's text when the document gives it. */
  mark: z.string().optional(),
  note: z.string().optional(),
  /** A percentage printed under the figure: its change from the column to its left. */
  change: z.object({ percent: z.number(), from: columnSchema }).optional(),
});
export type TableCell = z.infer<typeof cellSchema>;

export const tableRowSchema = z.object({
  /** The table's title: "綱領(2) 創新科技及工業", "財政撥款分析", "分目 (編號)". */
  caption: z.string(),
  /** The group heading the row sits under: "經常開支". */
  group: z.string().optional(),
  /** The row's own label: "運作開支", "(2) 創新科技及工業", "財政撥款". */
  label: z.string(),
  /** What the row is about, label without codes or numbers: "運作開支", "創新科技及工業". */
  name: z.string(),
  /** Sub-head code: "000". */
  code: z.string().optional(),
  /** Programme number the row (or its table) is about: "2". */
  programme: z.string().optional(),
  /** Programme name, when the table is one programme's. */
  programmeName: z.string().optional(),
  /** A total or sub-total; `grand` for the last total of its table. */
  total: z.enum(['sub', 'grand']).optional(),
  unit: z.enum(TABLE_UNITS),
  cells: z.array(cellSchema),
  /** A change the document states for the row below the table: "(或較 2024-25 原來預算增加 7.0%)". */
  notes: z.array(z.object({ text: z.string(), percent: z.number().optional(), from: columnSchema.optional(), to: columnSchema.optional() })).optional(),
});
export type TableRowData = z.infer<typeof tableRowSchema>;

/** Where a table row read from an index file breaks tableRowSchema, and how. */
export interface TableRowProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * The first place a value parsed from JSON breaks tableRowSchema, or undefined when it is a valid
 * row: the same rules, checked by hand. An index's table rows are checked with this where the index
 * is read (every row at every start): zod's first parse of these schemas took 7–20 ms of a start at
 * today's corpus and 39–63 ms at fifty times it, this 1–6 and 7–25 ms. table.test.ts holds it
 * to tableRowSchema's verdict on generated rows, valid and broken.
 */
export function tableRowProblem(row: unknown): TableRowProblem | undefined {
  if (!isRecord(row)) return { path: [], message: 'expected an object' };
  for (const field of ['caption', 'label', 'name'] as const) if (typeof row[field] !== 'string') return { path: [field], message: 'expected a string' };
  for (const field of ['group', 'code', 'programme', 'programmeName'] as const) {
    if (row[field] !== undefined && typeof row[field] !== 'string') return { path: [field], message: 'expected a string' };
  }
  if (row.total !== undefined && row.total !== 'sub' && row.total !== 'grand') return { path: ['total'], message: 'expected "sub" or "grand"' };
  if (!(TABLE_UNITS as readonly unknown[]).includes(row.unit)) return { path: ['unit'], message: `expected one of ${TABLE_UNITS.join(', ')}` };
  if (!Array.isArray(row.cells)) return { path: ['cells'], message: 'expected an array' };
  for (const [at, cell] of row.cells.entries()) {
    const problem = cellProblem(cell);
    if (problem) return { path: ['cells', at, ...problem.path], message: problem.message };
  }
  if (row.notes !== undefined) {
    if (!Array.isArray(row.notes)) return { path: ['notes'], message: 'expected an array' };
    for (const [at, note] of row.notes.entries()) {
      const problem = noteProblem(note);
      if (problem) return { path: ['notes', at, ...problem.path], message: problem.message };
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, as z.number() accepts. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const BUDGET_YEAR = /^\d{4}-\d{2}$/;

function columnProblem(column: unknown): TableRowProblem | undefined {
  if (!isRecord(column)) return { path: [], message: 'expected an object' };
  if (typeof column.year !== 'string' || !BUDGET_YEAR.test(column.year)) return { path: ['year'], message: 'expected a budget year (2024-25)' };
  if (!(COLUMN_KINDS as readonly unknown[]).includes(column.kind)) return { path: ['kind'], message: `expected one of ${COLUMN_KINDS.join(', ')}` };
  if (typeof column.header !== 'string') return { path: ['header'], message: 'expected a string' };
  return undefined;
}

function cellProblem(cell: unknown): TableRowProblem | undefined {
  if (!isRecord(cell)) return { path: [], message: 'expected an object' };
  const column = columnProblem(cell.column);
  if (column) return { path: ['column', ...column.path], message: column.message };
  if (cell.value !== null && !isNumber(cell.value)) return { path: ['value'], message: 'expected a number or null' };
  if (typeof cell.raw !== 'string') return { path: ['raw'], message: 'expected a string' };
  for (const field of ['mark', 'note'] as const) if (cell[field] !== undefined && typeof cell[field] !== 'string') return { path: [field], message: 'expected a string' };
  if (cell.change !== undefined) {
    if (!isRecord(cell.change)) return { path: ['change'], message: 'expected an object' };
    if (!isNumber(cell.change.percent)) return { path: ['change', 'percent'], message: 'expected a number' };
    const from = columnProblem(cell.change.from);
    if (from) return { path: ['change', 'from', ...from.path], message: from.message };
  }
  return undefined;
}

function noteProblem(note: unknown): TableRowProblem | undefined {
  if (!isRecord(note)) return { path: [], message: 'expected an object' };
  if (typeof note.text !== 'string') return { path: ['text'], message: 'expected a string' };
  if (note.percent !== undefined && !isNumber(note.percent)) return { path: ['percent'], message: 'expected a number' };
  for (const field of ['from', 'to'] as const) {
    if (note[field] === undefined) continue;
    const problem = columnProblem(note[field]);
    if (problem) return { path: [field, ...problem.path], message: problem.message };
  }
  return undefined;
}

/** Canonical kind of a header or phrase: "(修訂)" → revised, "實際開支" → actual; undefined if none. */
export function columnKindOf(text: string): ColumnKind | undefined {
  if (/實際|实际|actual/i.test(text)) return 'actual';
  if (/原來|原来|原預算|原预算|original/i.test(text)) return 'original';
  if (/核准|approved/i.test(text)) return 'approved';
  if (/修訂|修订|revised/i.test(text)) return 'revised';
  if (/預算|预算|estimate/i.test(text)) return 'estimate';
  return undefined;
}

/** "綱領(2) 創新科技及工業", "Programme (2) Innovation…" → its number and name. */
const PROGRAMME_CAPTION = /(?:綱領|纲领|Programme)\s*[(（](\d+)[)）]\s*[:：]?\s*(.*)$/i;

/**
 * A table row as data, the same for every reader of an Estimates-style table: its name, sub-head
 * code ("000 運作開支") or programme number ("(2) …", or the caption's programme), and whether it is
 * a subtotal (總額, 合計, Total). `label` comes with the unit already taken out of it.
 */
export function describeTableRow(fields: { label: string; caption: string; group?: string; unit: TableUnit; cells: TableCell[] }): TableRowData {
  const { label, caption, group, unit, cells } = fields;
  const coded = /^(\d{3})\s+(.+)$/.exec(label);
  const numbered = /^[(（](\d+)[)）]\s*(.+)$/.exec(label);
  const captionProgramme = PROGRAMME_CAPTION.exec(caption);
  const data: TableRowData = { caption, label, name: coded?.[2] ?? numbered?.[2] ?? label, unit, cells };
  if (group) data.group = group;
  if (coded) data.code = coded[1];
  if (numbered) data.programme = numbered[1];
  else if (captionProgramme && !coded) {
    data.programme = captionProgramme[1];
    if (captionProgramme[2]) data.programmeName = captionProgramme[2].trim();
  }
  if (/總額$|总额$|合計|合计|^total\b|\btotal$/i.test(label)) data.total = 'sub';
  return data;
}
