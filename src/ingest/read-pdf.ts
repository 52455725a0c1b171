import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfjs } from './load-pdfjs.js';

/** pdf.js's operator codes (passed in, so they come from wherever pdf.js was loaded). */
type Operators = (typeof import('pdfjs-dist/legacy/build/pdf.mjs'))['OPS'];
import { BudgetQaError } from '../errors.js';
import { detectLanguage, joinWrapped, layoutBlocks, type DraftBlock, type ReadDocument } from './blocks.js';

/** A run of text on a page, in PDF user space (y grows upwards). */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The font pdf.js loaded for the run (a face: a bold face is another font). */
  font: string;
}

/** A visual line: runs sharing a baseline, left to right; cells are the runs split at wide gaps. */
interface Line {
  page: number;
  y: number;
  x: number;
  /** Where the line's last run ends. */
  right: number;
  size: number;
  text: string;
  cells: Cell[];
  /** The font of every run of the line, or undefined when the line mixes fonts. */
  font?: string;
  /** The fonts its runs are set in (one face may be embedded as several subsets, each its own font). */
  fonts: string[];
  /** A bullet is drawn (a small filled shape, not a character) just left of the line's start. */
  drawnBullet?: boolean;
}

/** A small filled shape on a page, in PDF user space: a drawn bullet when it sits just left of a line. */
interface Mark {
  x: number;
  right: number;
  bottom: number;
  top: number;
}

/** A cell of a line: text between wide gaps, with where it starts and ends. */
interface Cell {
  x: number;
  right: number;
  text: string;
}

/** A bullet glyph or list marker that opens a list item. */
const BULLET = /^(?:[•●○◦▪▫■□◆◇►▶➢➤✓✔\-–—‧・\uf0d8\uf0a7\uf0b7\uf06e]|\(?[a-z0-9ivx]{1,3}[.)]|（[一二三四五六七八九十\d]+）)\s*/u;
/** A line that is only a page number ("3", "- 3 -", "Page 3", "第3頁"). */
const PAGE_NUMBER = /^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|page\s+\d+(?:\s+of\s+\d+)?|第\s*\d+\s*頁|\d+\s*\/\s*\d+)$/i;

function linesOfRuns(runs: Run[], page: number, marks: Mark[] = []): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate[0]!.y - run.y) <= Math.max(candidate[0]!.size, run.size) * 0.4);
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      const size = Math.max(...line.map((run) => run.size));
      const cells: Cell[] = [];
      let text = '';
      let previous: Run | undefined;
      for (const run of line) {
        const gap = previous ? run.x - (previous.x + previous.width) : 0;
        if (!previous || gap > size * 1.2) {
          cells.push({ x: run.x, right: run.x + run.width, text: run.text.trim() });
          text = previous ? `${text} ${run.text.trim()}` : run.text.trim();
        } else {
          const cell = cells.at(-1)!;
          cell.right = run.x + run.width;
          const joined = gap > size * 0.15 ? joinWrapped(cell.text, run.text) : cell.text + run.text;
          cell.text = joined.trim();
          text = gap > size * 0.15 ? joinWrapped(text, run.text) : text + run.text;
        }
        previous = run;
      }
      const fonts = new Set(line.map((run) => run.font));
      const font = fonts.size === 1 ? line[0]!.font : undefined;
      const x = line[0]!.x;
      const y = line[0]!.y;
      // A drawn bullet: a mark no bigger than the text, within the line's height, ending just before its first character.
      const drawnBullet = marks.some(
        (mark) => mark.right - mark.x <= size * 0.6 && mark.top - mark.bottom <= size * 0.6 && mark.right <= x && x - mark.right <= size * 2 && (mark.top + mark.bottom) / 2 >= y - size * 0.2 && (mark.top + mark.bottom) / 2 <= y + size,
      );
      return { page, y, x, right: Math.max(...line.map((run) => run.x + run.width)), size, text: text.trim(), cells: cells.filter((cell) => cell.text), fonts: [...fonts], ...(font ? { font } : {}), ...(drawnBullet ? { drawnBullet } : {}) };
    })
    .filter((line) => line.text)
    .sort((a, b) => b.y - a.y);
}

/** The size most of the document's characters are set in: the body text. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(Math.round(line.size), (weight.get(Math.round(line.size)) ?? 0) + line.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/** The font most of the document's characters are set in: the body text's face. */
function bodyFont(lines: Line[]): string | undefined {
  const weight = new Map<string, number>();
  for (const line of lines) if (line.font) weight.set(line.font, (weight.get(line.font) ?? 0) + line.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A bullet glyph (not a number: "3. …" may open a numbered heading). */
const BULLET_GLYPH = /^[•●○◦▪▫■□◆◇►▶➢➤✓✔‧・\uf0d8\uf0a7\uf0b7\uf06e]/u;
const BULLET_GLYPH_SPACED = new RegExp(`${BULLET_GLYPH.source}\\s*`, 'u');
/** A line that ends a sentence or clause, or leads into what follows. */
const ENDS_CLAUSE = /[。！？；;，,、：:.!?]$/;
/** Longest line read as a heading set in the body's size but another face. */
const STYLED_HEADING_MAX_CHARS = 60;

/** Roughly how wide a character is set, in ems: Chinese characters and full-width forms one, others about half. */
function ems(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u.test(character) ? 1 : 0.55;
  return width;
}

/** The first piece of a line that cannot be broken: a word or one Chinese character, with the brackets and punctuation that may not stand apart from it. */
const FIRST_UNIT = /^[「『（(《〈“‘[【]*(?:[A-Za-z0-9$%.,'’&@/_+#:-]+|.)[」』）)》〉”’\]】，。、；：！？,.;:!?%]*/u;

/** How wide the line's first unbreakable piece is set, in the line's own measure. */
function firstUnitWidth(line: Line): number {
  const unit = FIRST_UNIT.exec(line.text)?.[0] ?? '';
  return ((line.right - line.x) * ems(unit)) / Math.max(0.5, ems(line.text));
}

/** A line holding no more than a name or term: two words, or four Chinese characters. */
function isTermOnly(text: string): boolean {
  return (text.match(/[A-Za-z]{2,}/g)?.length ?? 0) <= 2 && (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) <= 4;
}

/** A figure as tables print it: 1,234.5, (+6.1%), —, with a footnote mark. */
const FIGURE_CELL = /^[(（]?[-+−–—_]?\s*[$]?\d[\d,.\s]*%?[)）]?\s*[^\s\w]?$|^[-—–_]$/u;

/**
 * The table that starts at lines[start], or undefined: the following lines on the same page, each
 * close below the one before and split into cells at wide gaps (a line of one cell belongs when it
 * sits in a column other than the first). Columns are the spans the cells of the fullest lines
 * cover (numbers right-aligned, labels left-aligned: cells of a column overlap, whatever their
 * alignment); every cell goes to the column it overlaps most. Lines before the first line holding a
 * figure are the header, a cell's wrapped lines joined; a line with nothing in the first column
 * continues the row above (a wrapped cell, a percentage printed under a figure), as does a label
 * whose row has no figures yet.
 */
function tableAt(lines: Line[], start: number, body: number): { header: string[]; rows: string[][]; lines: number; caption?: string } | undefined {
  const first = lines[start]!;
  const region = [first];
  while (start + region.length < lines.length) {
    const next = lines[start + region.length]!;
    const previous = region.at(-1)!;
    if (next.page !== first.page || next.size > body * 1.15 || previous.y - next.y > Math.max(previous.size, next.size) * 2.6) break;
    // A line of one cell belongs when it sits in a later column (a figure, a wrapped cell), or is a
    // label alone (a group such as "Recurrent") with a line of cells close below it.
    const after = lines[start + region.length + 1];
    const groupLabel = next.cells.length === 1 && after !== undefined && after.page === next.page && after.cells.length >= 2 && next.y - after.y <= Math.max(next.size, after.size) * 2.6;
    if (next.cells.length < 2 && !(next.cells.length === 1 && next.cells[0]!.x > first.x + body * 3) && !groupLabel) break;
    region.push(next);
  }
  if (region.length < 2) return undefined;
  // Columns from the fullest lines, widened by every cell that overlaps them.
  const most = Math.max(...region.map((line) => line.cells.length));
  if (most < 2) return undefined;
  const columns = region
    .filter((line) => line.cells.length === most)[0]!
    .cells.map((cell) => ({ x: cell.x, right: cell.right }));
  const overlap = (cell: Cell, column: { x: number; right: number }) => Math.min(cell.right, column.right) - Math.max(cell.x, column.x);
  const columnOf = (cell: Cell) => {
    let best = 0;
    let bestScore = -Infinity;
    columns.forEach((column, position) => {
      const score = overlap(cell, column);
      const distance = -Math.abs((cell.x + cell.right) / 2 - (column.x + column.right) / 2);
      const value = score > 0 ? score : distance - 1e6;
      if (value > bestScore) {
        bestScore = value;
        best = position;
      }
    });
    return best;
  };
  for (const line of region) for (const cell of line.cells) {
    const column = columns[columnOf(cell)]!;
    if (overlap(cell, column) > 0) {
      column.x = Math.min(column.x, cell.x);
      column.right = Math.max(column.right, cell.right);
    }
  }
  const spread = (line: Line) => {
    const row: string[] = columns.map(() => '');
    for (const cell of line.cells) {
      const position = columnOf(cell);
      row[position] = row[position] ? joinWrapped(row[position]!, cell.text) : cell.text;
    }
    return row;
  };
  const rows = region.map(spread);
  // Figure columns: the run of columns at the right whose cells are mostly figures; the columns
  // left of them hold the row's label (a code, a name).
  const mostlyFigures = (position: number) => {
    const filled = rows.map((row) => row[position]!).filter(Boolean);
    const figures = filled.filter((cell) => FIGURE_CELL.test(cell)).length;
    return figures > 0 && figures * 2 >= filled.length - 2;
  };
  let firstFigureColumn = columns.length;
  while (firstFigureColumn > 1 && mostlyFigures(firstFigureColumn - 1)) firstFigureColumn--;
  const figureColumns = columns.map((_, position) => position >= firstFigureColumn);
  const isFigureRow = (row: string[]) => row.some((cell, position) => figureColumns[position] && FIGURE_CELL.test(cell));
  const inFigureColumns = (row: string[]) => row.some((cell, position) => figureColumns[position] && cell);
  const labelOf = (row: string[]) => row.filter((cell, position) => !figureColumns[position] && cell).join(' ');
  if (!figureColumns.some(Boolean)) {
    // No figures: a table of words needs the same cells on every line, starting at the same places.
    if (!region.every((line) => line.cells.length === first.cells.length && Math.abs(line.cells[0]!.x - first.cells[0]!.x) < body * 3)) return undefined;
    return { header: first.cells.map((cell) => cell.text), rows: region.slice(1).map((line) => line.cells.map((cell) => cell.text)), lines: region.length };
  }
  // The header: the lines above the first figures that have text over the figure columns.
  let headerEnd = 0;
  while (headerEnd < rows.length && !isFigureRow(rows[headerEnd]!) && inFigureColumns(rows[headerEnd]!)) headerEnd++;
  const joinColumn = (row: string[], position: number, text: string) => {
    row[position] = row[position] ? joinWrapped(row[position]!, text) : text;
  };
  const headerCells: string[] = columns.map(() => '');
  // A title set over the columns ("財政撥 款 分 析" spread across the top) is the table's caption, not
  // part of its column headers: a header line without figures that fills fewer than half the columns,
  // above a header line that fills more.
  const filledCount = (row: string[]) => row.filter(Boolean).length;
  const headerRows = rows.slice(0, headerEnd);
  const fullest = Math.max(0, ...headerRows.map(filledCount));
  let titleRows = 0;
  while (titleRows < headerRows.length - 1 && filledCount(headerRows[titleRows]!) * 2 < columns.length && filledCount(headerRows[titleRows]!) < fullest && !/\d/.test(headerRows[titleRows]!.join(''))) titleRows++;
  const caption = headerRows
    .slice(0, titleRows)
    .flatMap((row) => row.filter(Boolean))
    .reduce((text, cell) => joinWrapped(text, cell), '')
    // Letter-spaced Chinese ("款 分 析") is read as the words it spaces out.
    .replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu, '');
  for (const row of headerRows.slice(titleRows)) row.forEach((cell, position) => cell && joinColumn(headerCells, position, cell));
  const collapse = (row: string[]) => [labelOf(row), ...row.filter((_, position) => figureColumns[position])];
  const merged: string[][] = [];
  const PRINTED_UNDER = /^[(（].*[)）]$/;
  // The closest two labelled rows of figures are: a line closer than that to the line above is
  // inside that line's row (a label wrapped in its cell). In a table set without padding rows are
  // as close as lines, and nothing is joined this way.
  let rowPitch = Infinity;
  for (let position = headerEnd + 1; position < rows.length; position++) {
    if ([rows[position - 1]!, rows[position]!].every((row) => labelOf(row) && isFigureRow(row))) rowPitch = Math.min(rowPitch, region[position - 1]!.y - region[position]!.y);
  }
  for (let position = headerEnd; position < rows.length; position++) {
    const row = rows[position]!;
    const previous = merged.at(-1);
    const hasLabel = labelOf(row) !== '';
    const filled = row.filter((cell) => cell);
    if (previous && hasLabel && !inFigureColumns(row) && position > headerEnd && rowPitch < Infinity && region[position - 1]!.y - region[position]!.y < rowPitch * 0.85) {
      row.forEach((cell, column) => cell && joinColumn(previous, column, cell));
      continue;
    }
    // No label: a percentage or note printed under the figures above, or the figures of a label
    // that stood alone on the line above, continue that row; other figures are a row of their own (a total).
    if (previous && !hasLabel && (filled.every((cell) => PRINTED_UNDER.test(cell)) || !isFigureRow(previous))) {
      row.forEach((cell, position) => cell && joinColumn(previous, position, cell));
      continue;
    }
    merged.push(row);
  }
  const rowsOut = merged.map(collapse).filter((row) => row.some((cell) => cell));
  if (rowsOut.length === 0) return undefined;
  return { header: collapse(headerCells), rows: rowsOut, lines: region.length, ...(caption ? { caption } : {}) };
}

/** Lines → blocks: headings by size, list items by their marker, tables from aligned cells, paragraphs joined across wraps. */
export function blocksFromLines(lines: Line[]): DraftBlock[] {
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.filter((line) => line.size > body * 1.15).map((line) => Math.round(line.size)))].sort((a, b) => b - a);
  const face = bodyFont(lines);
  const drafts: DraftBlock[] = [];
  let open: { draft: DraftBlock & { text: string }; line: Line; indent: number } | undefined;
  let lastParagraph: string | undefined;
  // Where the text column ends on each page: a line ending well short of it ended its item.
  const pageRight = new Map<number, number>();
  for (const line of lines) pageRight.set(line.page, Math.max(pageRight.get(line.page) ?? 0, line.right));
  /** The indent of a list whose markers are drawn rather than written (no bullet in the text layer). */
  let drawnList: { indent: number; leadIn: string } | undefined;
  // A line that ends a sentence well short of the column's end ended its paragraph or item (text
  // set close together, list items whose bullets are drawn): the next line starts a new block.
  const endedShort = (previous: Line) => /[。！？；;：:.!?]$/.test(previous.text) && previous.right < (pageRight.get(previous.page) ?? 0) - previous.size * 6;
  // A line wrapped onto the next when the next line's first word would not have fitted after it
  // (text set ragged right breaks lines as late as it can).
  const wrapsInto = (previous: Line, line: Line) => previous.right + firstUnitWidth(line) > (pageRight.get(previous.page) ?? 0) - previous.size * 0.3;
  const close = () => {
    if (open?.draft.kind === 'paragraph') lastParagraph = open.draft.text;
    open = undefined;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // A table: lines in a row, close together, split into cells at wide gaps (see tableAt).
    if (line.cells.length >= 2 && line.size <= body * 1.15) {
      const table = tableAt(lines, index, body);
      if (table) {
        close();
        if (table.caption) drafts.push({ kind: 'paragraph', text: table.caption, page: line.page });
        drafts.push({ kind: 'table', header: table.header, rows: table.rows, page: line.page });
        index += table.lines - 1;
        lastParagraph = undefined;
        continue;
      }
    }
    const sizeRank = headingSizes.indexOf(Math.round(line.size));
    if (sizeRank >= 0) {
      // A heading wrapped over lines of the same size is one heading.
      if (open?.draft.kind === 'heading' && detectLanguage(open.draft.text) === detectLanguage(line.text) && open.line.page === line.page && Math.round(open.line.size) === Math.round(line.size) && open.line.y - line.y < line.size * 1.8) {
        open.draft.text = joinWrapped(open.draft.text, line.text);
        open.line = line;
        continue;
      }
      close();
      const draft = { kind: 'heading' as const, level: sizeRank + 1, text: line.text, page: line.page };
      drafts.push(draft);
      open = { draft, line, indent: line.x };
      lastParagraph = undefined;
      continue;
    }
    // A heading set in the body's size but in another face (bold, another family): a short line wholly
    // in that face that does not end a clause, is no bullet, and is not the wrap of the block above
    // (its first word would not have fitted on the line above: a bold phrase wrapped onto its own
    // line). Its level is below those of the headings set larger.
    // Or, in a column narrower than the page: the line above ends no clause, and this one starts at
    // its block's indent, in its language, at the block's line spacing (a heading has space above it).
    const wrapsOn =
      open !== undefined &&
      open.draft.kind !== 'heading' &&
      open.line.page === line.page &&
      open.line.y - line.y < line.size * 1.8 &&
      // (a wrap goes on in its block's language, or holds no more than a term)
      ((wrapsInto(open.line, line) && (detectLanguage(open.draft.text) === detectLanguage(line.text) || isTermOnly(line.text))) ||
        (!ENDS_CLAUSE.test(open.line.text) &&
          Math.abs(line.x - open.indent) < line.size * 0.5 &&
          detectLanguage(open.draft.text) === detectLanguage(line.text) &&
          open.line.y - line.y < line.size * 1.55));
    // (A line wholly in other fonts than the body's: a bold heading whose characters the PDF embeds
    // in two subsets of the bold face, 「…《2025年全球創新指數》」 in one and the rest in another.)
    const styledHeading =
      face !== undefined &&
      line.fonts.length > 0 &&
      !line.fonts.includes(face) &&
      line.size >= body * 0.95 &&
      [...line.text].length <= STYLED_HEADING_MAX_CHARS &&
      !ENDS_CLAUSE.test(line.text) &&
      !BULLET_GLYPH.test(line.text) &&
      !FIGURE_CELL.test(line.text) &&
      !line.drawnBullet &&
      !wrapsOn;
    if (styledHeading) {
      close();
      const draft = { kind: 'heading' as const, level: headingSizes.length + 1, text: line.text, page: line.page };
      drafts.push(draft);
      open = { draft, line, indent: line.x };
      lastParagraph = undefined;
      drawnList = undefined;
      continue;
    }
    // Beside a drawn bullet, a bullet glyph the text also writes is dropped.
    const bullet = line.drawnBullet ? BULLET_GLYPH_SPACED.exec(line.text) : BULLET.exec(line.text);
    if ((bullet && line.text.length > bullet[0].length) || line.drawnBullet) {
      close();
      const leadIn = lastParagraph && /[:：]$/.test(lastParagraph) ? lastParagraph : undefined;
      const draft = { kind: 'list-item' as const, text: line.text.slice(bullet ? bullet[0].length : 0).trim(), page: line.page, ...(leadIn ? { leadIn } : {}) };
      drafts.push(draft);
      open = { draft, line, indent: line.x };
      lastParagraph = leadIn;
      continue;
    }
    // A list whose bullets are drawn: lines indented under a lead-in ending in a colon, one item per
    // line unless the line before it ran to the column's end (a wrap).
    const leadInParagraph = open?.draft.kind === 'paragraph' && /[:：]$/.test(open.draft.text) ? open : undefined;
    if (leadInParagraph && leadInParagraph.line.page === line.page && line.x > leadInParagraph.indent + line.size * 0.8 && leadInParagraph.line.y - line.y < line.size * 2.5) {
      drawnList = { indent: line.x, leadIn: leadInParagraph.draft.text };
    } else if (drawnList && (Math.abs(line.x - drawnList.indent) > line.size * 0.5 || open?.draft.kind !== 'list-item' || open.line.page !== line.page || open.line.y - line.y > line.size * 2.5)) {
      drawnList = undefined;
    }
    if (drawnList) {
      const wrapped = open?.draft.kind === 'list-item' && (open.line.right > (pageRight.get(line.page) ?? 0) - line.size * 3 || wrapsInto(open.line, line));
      if (wrapped) {
        open!.draft.text = joinWrapped(open!.draft.text, line.text);
        open!.line = line;
      } else {
        close();
        const draft = { kind: 'list-item' as const, text: line.text, leadIn: drawnList.leadIn, page: line.page };
        drafts.push(draft);
        open = { draft, line, indent: line.x };
      }
      continue;
    }
    // A continuation: the next line of the open paragraph or list item (same page, close below, not a new indent-out for an item).
    const gap = open ? open.line.y - line.y : Infinity;
    const wraps = open !== undefined && open.line.page === line.page && wrapsInto(open.line, line);
    const continues =
      open &&
      open.draft.kind !== 'heading' &&
      // A line in the other language is another block (a rendering), unless the line above wrapped
      // into it at the line spacing and it holds no more than a name or term ("…跨境網絡" / "（mBridge）"):
      // a rendering is a sentence.
      (detectLanguage(open.draft.text) === detectLanguage(line.text) || (wraps && gap < line.size * 1.6 && isTermOnly(line.text))) &&
      open.line.page === line.page &&
      Math.round(open.line.size) === Math.round(line.size) &&
      gap > 0 &&
      gap < line.size * 1.8 &&
      !endedShort(open.line) &&
      // A line that stopped where the next line's first word would have fitted, with more than a
      // line's spacing below it, ended its block.
      (wraps || gap <= line.size * 1.5) &&
      // An item goes on in an indented line, or in any line when its line ran to the column's end (a bullet written inline wraps back to the margin).
      (open.draft.kind === 'paragraph' || line.x > open.indent + line.size * 0.5 || (!BULLET.test(line.text) && (open.line.right > (pageRight.get(line.page) ?? 0) - line.size * 3 || wraps)));
    if (continues) {
      open!.draft.text = joinWrapped(open!.draft.text, line.text);
      open!.line = line;
      continue;
    }
    if (open?.draft.kind === 'list-item' && open.line.page === line.page && gap < line.size * 1.8) {
      // A line back at the margin after a list item ends the list.
      lastParagraph = undefined;
    }
    close();
    const draft = { kind: 'paragraph' as const, text: line.text, page: line.page };
    drafts.push(draft);
    open = { draft, line, indent: line.x };
  }
  return drafts;
}

/** A running header or footer line: its text with figures blanked, so "Page 3" and "Page 4" match. */
const furnitureKey = (line: Line) => `${Math.round(line.y)}:${line.text.replace(/\d+/g, '#')}`;

/**
 * Page furniture is dropped: a page number alone on a page's first or last line, and a running
 * header or footer (a line among a page's first or last two, in its top or bottom eighth, that
 * recurs at the same height on at least half the pages, three or more).
 */
function withoutPageFurniture(pages: Line[][], heights: number[]): (lines: Line[], index: number) => Line[] {
  // Candidates: the first or last two lines of a page, within its top or bottom eighth.
  const edges = (lines: Line[], index: number) =>
    [...new Set([...lines.slice(0, 2), ...lines.slice(-2)])].filter((line) => line.y > heights[index]! * 0.875 || line.y < heights[index]! * 0.125);
  const counts = new Map<string, number>();
  pages.forEach((lines, index) => {
    for (const key of new Set(edges(lines, index).map(furnitureKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const running = new Set([...counts].filter(([, count]) => count >= 3 && count >= pages.length / 2).map(([key]) => key));
  // A heading set larger than the body text that recurs (a slide deck's section title on each of its
  // slides) is the section's heading, not furniture.
  const body = bodySize(pages.flat());
  return (lines, index) => {
    const edge = new Set([...edges(lines, index)].filter((line) => line.size <= body * 1.15));
    return lines.filter((line, position) => {
      if ((position === 0 || position === lines.length - 1) && PAGE_NUMBER.test(line.text)) return false;
      return !(edge.has(line) && running.has(furnitureKey(line)));
    });
  };
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/**
 * The small filled shapes a page draws (bullets a browser or word processor draws rather than
 * writes), in PDF user space: each filled path's bounding box through the transforms in force.
 */
function marksOf(operators: { fnArray: number[]; argsArray: unknown[] }, maxSize: number, OPS: Operators): Mark[] {
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const marks: Mark[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  operators.fnArray.forEach((operator, position) => {
    const args = operators.argsArray[position] as unknown[] | null;
    if (operator === OPS.save) stack.push(matrix);
    else if (operator === OPS.restore) matrix = stack.pop() ?? matrix;
    else if (operator === OPS.transform && args) matrix = multiply(args as unknown as Matrix, matrix);
    else if (operator === OPS.constructPath && args && FILLS.has(args[0] as number)) {
      const box = args[2] as ArrayLike<number> | null | undefined;
      if (!box || box.length < 4) return;
      const corners = [
        [box[0]!, box[1]!],
        [box[2]!, box[3]!],
        [box[0]!, box[3]!],
        [box[2]!, box[1]!],
      ].map(([x, y]) => [matrix[0] * x! + matrix[2] * y! + matrix[4], matrix[1] * x! + matrix[3] * y! + matrix[5]] as const);
      const xs = corners.map((corner) => corner[0]);
      const ys = corners.map((corner) => corner[1]);
      const mark = { x: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
      if (mark.right - mark.x > 0.5 && mark.right - mark.x <= maxSize && mark.top - mark.bottom > 0.5 && mark.top - mark.bottom <= maxSize) marks.push(mark);
    }
  });
  return marks;
}

async function openPdf(bytes: Uint8Array, source: string): Promise<PDFDocumentProxy> {
  try {
    const { getDocument } = await loadPdfjs();
    return await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (error) {
    if ((error as Error).name === 'PasswordException') {
      throw new BudgetQaError('DOCUMENT_ENCRYPTED', `${source}: the PDF is protected by a password.`, { cause: error });
    }
    throw new BudgetQaError('DOCUMENT_UNREADABLE', `${source}: not a readable PDF (${(error as Error).message}).`, { cause: error });
  }
}

/**
 * A PDF → blocks through pdf.js: runs grouped into lines by baseline and read top to bottom, left to
 * right; lines joined across wraps (no space between Chinese characters); headings by font size,
 * and short lines set in the body's size but another face (bold);
 * list items by their markers; tables from cells aligned across lines; page numbers dropped, each
 * block keeping its page for citations.
 */
export async function readPdf(bytes: Uint8Array, source: string): Promise<ReadDocument> {
  const pdf = await openPdf(bytes, source);
  const { OPS } = await loadPdfjs();
  try {
    const pages: Line[][] = [];
    const heights: number[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [a, b, , , x, y] = item.transform as number[];
        const size = Math.hypot(a!, b!) || item.height;
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size, font: item.fontName });
      }
      // Small filled shapes only matter beside text: read them when the page has any.
      const marks = runs.length ? marksOf(await page.getOperatorList(), Math.max(...runs.map((run) => run.size)), OPS) : [];
      pages.push(linesOfRuns(runs, pageNumber, marks));
      heights.push(page.view[3]! - page.view[1]!);
      page.cleanup();
    }
    const withoutFurniture = withoutPageFurniture(pages, heights);
    const lines = pages.flatMap((pageLines, index) => withoutFurniture(pageLines, index));
    if (lines.length === 0) {
      throw new BudgetQaError('DOCUMENT_NO_TEXT', `${source}: the PDF has no text layer (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}; a scanned document needs OCR first).`);
    }
    return layoutBlocks(blocksFromLines(lines));
  } finally {
    await pdf.destroy();
  }
}
