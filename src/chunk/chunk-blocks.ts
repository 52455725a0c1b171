import { detectLanguage, type Block } from '../ingest/blocks.js';
import type { DraftChunk, LanguageText, SectionPath } from './chunk.js';
import { isImageDescription, stripContinued } from './clean.js';
import { attachFootnotes, labelTotals, rowNote, tableRowData } from './table-cells.js';

/** A lead-in: a short paragraph ending in a colon; it leads the short paragraphs after it. */
const LEAD_IN = /[:：]\s*$/;
const LEAD_IN_MAX = 100;
const LEAD_IN_SPAN = 200;

/** A paragraph longer than this is cut at sentence ends into passages of about this size. */
export const MAX_PASSAGE_CHARS = 700;

const HAN = /[\u3400-\u9fff]/g;
const WORD = /[A-Za-z]+/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;

function numbersOf(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((number) => number.replace(/,/g, ''));
}

/**
 * Whether `english` reads as the English rendering of `chinese`, from content alone: similar length
 * (English words per Chinese character within what translation gives), no more than a stray Chinese
 * character in the English, and the same figures where either has any that both could state the
 * same way (years, percentages, counts). The rendering is a block of the same kind, or a plain
 * paragraph under a heading or list item: bilingual slides and leaflets set the English under the
 * Chinese in smaller type, without the heading's size or the item's bullet.
 */
export function isRenderingOf(chinese: Block, english: Block): boolean {
  if (chinese.language !== 'zh-Hant' || english.language !== 'en') return false;
  if (chinese.kind === 'table' || english.kind === 'table') return false;
  const sameKind = chinese.kind === english.kind;
  if (!sameKind && english.kind !== 'paragraph') return false;
  // A heading's rendering is a heading of its level or, set smaller, of a deeper one.
  if (chinese.kind === 'heading' && english.kind === 'heading' && english.level < chinese.level) return false;
  const han = chinese.text.match(HAN)?.length ?? 0;
  const words = english.text.match(WORD)?.length ?? 0;
  if (han === 0 || words === 0) return false;
  // An English rendering holds next to no Chinese ("電郵：name@example.org" is not one).
  if ((english.text.match(HAN)?.length ?? 0) * 4 > words) return false;
  const ratio = words / han;
  // Across kinds the lengths must agree more closely: a heading's rendering is not a whole paragraph of body text.
  if (ratio < 0.15 || ratio > (sameKind ? 2.5 : 1.6)) return false;
  const zhNumbers = new Set(numbersOf(chinese.text));
  const enNumbers = numbersOf(english.text);
  // Figures in units both languages write alike (years, 2025-26, percentages) must agree where the English has them.
  const shared = enNumbers.filter((number) => number.length >= 4 || english.text.includes(`${number}%`));
  return shared.every((number) => zhNumbers.has(number) || [...zhNumbers].some((zh) => zh.includes(number) || number.includes(zh)));
}

/** A table's unit as its caption or headers state it: ($ million), (HK$'000), in millions of dollars, (百萬元), 單位：千元. */
export function tableUnit(text: string): { language: 'en' | 'zh'; unit: string } | undefined {
  const chinese = /[（(]\s*(?:單位\s*[：:]\s*)?(百萬元|千元|億元|萬元|元)\s*[）)]|單位\s*[：:]\s*(百萬元|千元|億元|萬元)/.exec(text);
  if (chinese) return { language: 'zh', unit: (chinese[1] ?? chinese[2])! };
  const english = /\(\s*(?:HK)?\$\s*('000|thousands?|m|mn|millions?|bn|billions?)\s*\)|in\s+(?:HK)?\$?\s*(thousands|millions|billions)(?:\s+of\s+(?:Hong Kong\s+)?dollars)?|(?:HK)?\$\s*(['’,]000)(?![\d,])/i.exec(text);
  if (!english) return undefined;
  const word = (english[1] ?? english[2] ?? english[3])!.toLowerCase().replace(/[’,]/, "'");
  const unit = word === "'000" || word.startsWith('thousand') ? 'thousand' : word === 'm' || word === 'mn' || word.startsWith('million') ? 'million' : 'billion';
  return { language: 'en', unit };
}

/** A figure cell written with its unit, the way the text around it would say it: $120 million, 24.3百萬元. */
function withUnit(cell: string, unit: ReturnType<typeof tableUnit>): string {
  // The figure, a footnote mark after it, and a percentage printed under it: "233.6¶ (-14.7%)".
  const figure = /^(-?[\d,]+(?:\.\d+)?)([¶ΔΦ*#†‡]?)(\s+[(（][-+−]?[\d.]+%[)）])?$/u.exec(cell.trim());
  if (!unit || !figure) return cell;
  const [, value, mark = '', printed = ''] = figure;
  return unit.language === 'zh' ? `${value}${unit.unit}${mark}${printed}` : `$${value} ${unit.unit}${mark}${printed}`;
}

/** A column header without the unit its figures are written with: "2025-26 (預算) (百萬元)" → "2025-26 (預算)", "2023-24 實際開支$'000" → "2023-24 實際開支". */
function stripHeaderUnit(header: string): string {
  return header
    .replace(/\s*[(（]\s*(?:單位\s*[：:]\s*)?(?:百萬元|千元|億元|萬元|(?:HK)?\$\s*['’,]?000|(?:HK)?\$\s*m(?:illion)?)\s*[)）]/gi, '')
    .replace(/\s*(?:HK)?\$\s*['’,]000$/i, '')
    .trim();
}

function splitLong(text: string): string[] {
  if (text.length <= MAX_PASSAGE_CHARS) return [text];
  const sentences = text.match(/[^。！？.!?]+(?:[。！？]|[.!?](?=\s|$))?\s*/gu) ?? [text];
  const parts: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > MAX_PASSAGE_CHARS) {
      parts.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** An outline number opening a heading: "2. …", "3、…". */
const OUTLINE_NUMBER = /^(\d{1,2})\s*[.、．]\s*(?=\S)/;
/** A label or contact line: short enough to be one field of a block of such lines (a name, a telephone number). */
const FIELD_LINE_MAX = 40;
/** A line repeated this often through a document, set as body text, is a running header or footer. */
const RUNNING_LINE_REPEATS = 3;
const RUNNING_LINE_MAX = 60;

const compact = (text: string) => text.replace(/\s+/g, '');

/** A label line: short, without the punctuation of a sentence or clause, not a figure, date or link. */
function isLabelLine(text: string): boolean {
  const trimmed = text.trim();
  const han = trimmed.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const words = trimmed.match(/[A-Za-z]+/g)?.length ?? 0;
  if (han === 0 && words === 0) return false;
  if (han > 24 || words > 8) return false;
  if (/[。！？；;，,、：:!?%]|\.(?:\s|$)|@|www\.|https?:/.test(trimmed)) return false;
  return !/^[\d\s/().%$-]+$/.test(trimmed);
}

/** A change stated in brackets under a table, of its last row: "(或較 2024-25 原來預算增加 7.0%)", "(or -2.3% on 2024-25 Original)". */
const STATED_CHANGE = /^[(（][^()（）]*\d+(?:\.\d+)?\s*%[^()（）]*[)）]$/u;

/**
 * Paragraphs that are a running header or footer printed into the body (a document converted page
 * by page): a short line whose text, spaces aside, recurs three or more times, as paragraphs or
 * headings. Headings stay (a slide deck repeats its section's heading on each of its slides).
 */
function runningLines(blocks: Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    const key = compact(block.text);
    if (key.length > 0 && key.length <= RUNNING_LINE_MAX) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= RUNNING_LINE_REPEATS).map(([key]) => key));
}

/** A heading's words for comparing with a title: no spaces or punctuation, folded to one width. */
const titleKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const characters = [...text];
  for (let position = 0; position + 1 < characters.length; position++) {
    const gram = characters[position]! + characters[position + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Share of character pairs two strings have in common (Dice): 1 for the same text. */
function pairSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of left) {
    shared += Math.min(count, right.get(gram) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total ? (2 * shared) / total : 0;
}

/** Shortest title that is compared (a word or two like 概況 could name any section). */
const TITLE_MIN_CHARS = 6;
/** Pair similarity at which a heading is the title set again (a dash read as 一, a colon's width). */
const TITLE_SIMILARITY = 0.8;

/**
 * Whether a heading is the document's title (as its manifest gives it): the same words, or the
 * title with the rest of a headline after it ("香港科技園公司歡迎預算案深化創新科技布局 全速推展北都…").
 * A heading that is only part of the title ("創新及科技" of 「創新及科技 概況」) is a section's.
 */
export function isDocumentTitle(text: string, titles: readonly string[]): boolean {
  const heading = titleKey(text);
  if ([...heading].length < TITLE_MIN_CHARS) return false;
  return titles.some((title) => {
    const key = titleKey(title);
    if ([...key].length < TITLE_MIN_CHARS) return false;
    return heading.startsWith(key) || pairSimilarity(heading, key) >= TITLE_SIMILARITY;
  });
}

/** A numbered label alone ("綱領(2)", "Programme (2)"): the number in brackets ends it. */
const BARE_NUMBERED_LABEL = /^(\S.{0,15}?)\s*[(（]\s*(\d{1,2})\s*[)）]$/u;
/** The same label with a name after it ("綱領(2) 創新科技及工業", "Programme (2): Innovation and Technology"). */
const NAMED_NUMBERED_LABEL = /^(\S.{0,15}?)\s*[(（]\s*(\d{1,2})\s*[)）]\s*[:：]?\s*(\S.{1,60})$/u;

/**
 * The names a document gives its numbered labels ("綱領(2) 創新科技及工業"), from its headings and
 * label lines, by label: a report that lists its programmes once by number and name refers to them
 * later by number alone ("綱領(2)"), and that later section is the named one's.
 */
function numberedLabelNames(blocks: Block[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const block of blocks) {
    if (block.kind !== 'heading' && !(block.kind === 'paragraph' && isLabelLine(block.text))) continue;
    const named = NAMED_NUMBERED_LABEL.exec(block.text.trim());
    if (!named || /^[(（]/.test(named[3]!)) continue;
    const key = `${compact(named[1]!).toLowerCase()}(${named[2]})`;
    if (!names.has(key)) names.set(key, block.text.trim());
  }
  return names;
}

function copyPath(section: SectionPath): SectionPath {
  return { zh: [...section.zh], en: [...section.en] };
}

export interface ChunkBlocksOptions {
  /** The document's title in each language it is given in (its manifest entry): a heading that is the title is the document's cover, not a section over every passage. */
  titles?: readonly string[];
}

/**
 * Pure: blocks → passages, following the document's structure. Headings set the section path (in
 * each language they are given in); a list item carries its lead-in as context; each table row is
 * one passage written with its column headers ("Header: cell; …"; a Chinese table's as the Estimates
 * print a row: "表 › 組 — 項目：欄：數字；…"); a Chinese block followed by its English rendering is one
 * passage in both languages; the document's title (options.titles) is its cover, not a section.
 * Offsets come from the blocks' locations.
 */
export function chunkBlocks(allBlocks: Block[], options: ChunkBlocksOptions = {}): DraftChunk[] {
  const titles = (options.titles ?? []).filter((title) => title.trim());
  const running = runningLines(allBlocks);
  // Furniture and image descriptions are no part of the document's text.
  // (A heading's rendering set under it on each slide it is repeated on is the heading's, not furniture.)
  const blocks = allBlocks.filter(
    (block, position) =>
      block.kind !== 'paragraph' ||
      (!(running.has(compact(block.text)) && !(allBlocks[position - 1]?.kind === 'heading' && isRenderingOf(allBlocks[position - 1]!, block))) && !isImageDescription(block.text)),
  );
  const drafts: DraftChunk[] = [];
  /** Each heading passage's level: one is kept only when nothing is written under it (its text is in its passages' section path). */
  const headingLevels = new Map<DraftChunk, number>();
  /** The level each outline number ("2.") was last given: a heading numbered on from another is its sibling, whatever its size. */
  const outlineLevels = new Map<number, number>();
  /** A list item ending in a colon leads the items after it (a flat list's sub-items). */
  let listLeadIn: LanguageText[] | undefined;
  const path: { zh: Array<string | undefined>; en: Array<string | undefined> } = { zh: [], en: [] };
  const section = (): SectionPath => copyPath({ zh: path.zh.filter((part): part is string => !!part), en: path.en.filter((part): part is string => !!part) });
  const setHeading = (language: 'zh' | 'en', level: number, text: string) => {
    const parts = path[language];
    parts.length = level - 1;
    parts[level - 1] = text;
    // A heading in one language closes the other's headings of its level and deeper (its own rendering, if any, is set after).
    const other = path[language === 'zh' ? 'en' : 'zh'];
    if (other.length > level - 1) other.length = level - 1;
  };
  let paragraphLeadIn: LanguageText | undefined;
  /** The last row of the table just read: a stated change under the table is a note on it. */
  let lastTableRow: DraftChunk | undefined;
  /** The level of the last heading the document sets: a label line (below) is a section under it. */
  let headingLevel = 0;
  /** The names the document gives its numbered labels, for the sections it later heads by number alone. */
  const labelNames = numberedLabelNames(blocks);
  const isTitle = (block: Extract<Block, { kind: 'heading' }>) => titles.length > 0 && isDocumentTitle(block.text, titles);
  let titled = false;
  for (let index = 0; index < blocks.length; index++) {
    let block = blocks[index]!;
    // A label line: a short paragraph with no punctuation, number or date of a sentence, set alone
    // above text ("宗旨", "Programme (1) Office of the Secretary") names what follows, as a heading
    // set in the body's type would (above a table it is the table's caption).
    const following = blocks[index + 1];
    if (block.kind === 'paragraph' && isLabelLine(block.text) && following && following.kind !== 'heading' && following.kind !== 'table' && !isRenderingOf(block, following) && !paragraphLeadIn) {
      block = { kind: 'heading', level: headingLevel + 1, text: block.text, language: block.language, location: block.location };
    } else if (block.kind === 'heading') headingLevel = block.level;
    // The document's title: the cover, with the masthead lines set above it (新聞稿, 即時發布), not a
    // section over every passage; set again further on, it is a running header.
    if (block.kind === 'heading' && isTitle(block)) {
      if (titled) continue;
      titled = true;
      const masthead = drafts.length > 0 && drafts.every((draft) => (draft.kind === 'heading' || draft.kind === 'paragraph') && draft.texts.every((text) => text.text.length <= FIELD_LINE_MAX)) ? drafts.splice(0) : [];
      const rendering = blocks[index + 1] && isRenderingOf(block, blocks[index + 1]!) ? blocks[++index]! : undefined;
      const texts: LanguageText[] = [{ language: block.language, text: [...masthead.map((draft) => draft.texts[0]!.text), block.text].join(' ') }];
      if (rendering && rendering.kind !== 'table') texts.push({ language: 'en', text: rendering.text });
      drafts.push({ kind: 'cover', section: { zh: [], en: [] }, context: [], texts, start: masthead[0]?.start ?? block.location.start, end: (rendering ?? block).location.end });
      path.zh.length = 0;
      path.en.length = 0;
      continue;
    }
    if (lastTableRow && block.kind === 'paragraph' && STATED_CHANGE.test(block.text.trim()) && /20\d\d\s*-\s*\d\d/.test(block.text)) {
      const note = block.text.replace(/\s+/g, '');
      lastTableRow.texts = [{ ...lastTableRow.texts[0]!, text: `${lastTableRow.texts[0]!.text} ${note}` }];
      lastTableRow.end = block.location.end;
      if (lastTableRow.table) (lastTableRow.table.notes ??= []).push(rowNote(note, lastTableRow.table));
      lastTableRow = undefined;
      continue;
    }
    lastTableRow = undefined;
    const next = blocks[index + 1];
    const pair = next && isRenderingOf(block, next) ? next : undefined;
    if (pair) index++;
    const start = block.location.start;
    const end = (pair ?? block).location.end;
    if (block.kind === 'heading' || block.kind === 'table') paragraphLeadIn = undefined;
    if (block.kind !== 'list-item') listLeadIn = undefined;
    if (block.kind === 'heading') {
      // A heading repeated on the next slide or page names the section it continues: "促進產業發展（續）".
      const stripped = stripContinued(block.text) || block.text;
      // A section headed by a label's number alone ("綱領(2)") is the one the document named with it.
      const bare = BARE_NUMBERED_LABEL.exec(stripped.trim());
      const text = (bare && labelNames.get(`${compact(bare[1]!).toLowerCase()}(${bare[2]})`)) ?? stripped;
      const number = OUTLINE_NUMBER.exec(text)?.[1];
      const previousNumber = number ? outlineLevels.get(Number(number) - 1) ?? outlineLevels.get(Number(number)) : undefined;
      // A heading repeating one the passage is already under (a running title set as a heading) re-opens that section.
      const repeated = [path.zh, path.en].map((parts) => parts.findIndex((part) => part !== undefined && compact(part) === compact(text))).find((found) => found >= 0);
      const level = previousNumber ?? (repeated !== undefined ? repeated + 1 : Math.min(block.level, 6));
      if (number) outlineLevels.set(Number(number), level);
      if (block.language === 'en') setHeading('en', level, text);
      else setHeading('zh', level, text);
      let rendering = pair && pair.kind !== 'table' ? stripContinued(pair.text) || pair.text : undefined;
      // The English of a numbered heading keeps the heading's number.
      if (rendering && number && !OUTLINE_NUMBER.test(rendering)) rendering = `${number}. ${rendering}`;
      if (rendering) {
        path.en.length = level - 1;
        path.en[level - 1] = rendering;
      }
      const texts: LanguageText[] = [{ language: block.language, text }, ...(rendering ? [{ language: 'en' as const, text: rendering }] : [])];
      const draft: DraftChunk = { kind: 'heading', section: section(), context: [], texts, start, end };
      drafts.push(draft);
      headingLevels.set(draft, level);
      continue;
    }
    if (block.kind === 'table') {
      const caption = drafts.at(-1)?.kind === 'paragraph' ? drafts.at(-1)!.texts : [];
      // The unit a column's header states, else the one the caption or the section's heading states.
      const tableWide = tableUnit([...caption.map((text) => text.text), ...section().zh.slice(-1), ...section().en.slice(-1)].join('\n'));
      // A Chinese table's figures are written with Chinese units, whichever way its header states them ($'000 → 千元).
      const inLanguage = (unit: ReturnType<typeof tableUnit>): ReturnType<typeof tableUnit> =>
        unit && unit.language === 'en' && block.language !== 'en' && unit.unit !== 'billion' ? { language: 'zh', unit: unit.unit === 'thousand' ? '千元' : '百萬元' } : unit;
      const columnUnits = block.header.map((header) => inLanguage(tableUnit(header) ?? tableWide));
      // Rows as data (table-cells.ts) where the columns name budget years and kinds of figure.
      const chinese = block.language !== 'en';
      const captionText = caption[0]?.text ?? (chinese ? section().zh : section().en).at(-1) ?? section().zh.at(-1) ?? '';
      let group: string | undefined;
      const tableStart = drafts.length;
      const rows = labelTotals(block.rows, chinese);
      const isLabelOnly = (row: string[]) => Boolean(row[0]?.trim()) && row.slice(1).every((cell) => !cell.trim());
      for (const [position, row] of rows.entries()) {
        const labelOnly = isLabelOnly(row);
        if (labelOnly) group = row[0]!.trim();
        // A group's label ("Recurrent", "綱領") goes with the rows under it, not as a passage of its own.
        if (labelOnly && rows.slice(position + 1).some((other) => !isLabelOnly(other))) continue;
        // A row of bare figures under no header names nothing they could answer: not a passage.
        const words = (text: string) => /[A-Za-z\u3400-\u9fff]/.test(text);
        if (!row.some(words) && !row.some((cell, column) => cell.trim() && words(block.header[column] ?? ''))) continue;
        const table = labelOnly ? undefined : tableRowData(block.header, row, { caption: captionText, group, chinese });
        // A unit the row's label states ("財政撥款(百萬元)") is its figures' where no column states one.
        const rowUnit = inLanguage(tableUnit(row[0] ?? ''));
        const withUnits = row.map((cell, column) => withUnit(cell, columnUnits[column] ?? (column > 0 ? rowUnit : undefined)));
        let text: string;
        let context: LanguageText[];
        if (chinese) {
          // A Chinese table's row as the Estimates print it, and as the answerer reads a row (one cell
          // a clause): "table › group — label：column：figure；column：figure". The column's unit is
          // written with each figure, so not again in its header.
          const figures = withUnits
            .slice(1)
            .map((cell, position) => ({ cell: cell.trim(), header: stripHeaderUnit(block.header[position + 1] ?? '') }))
            .filter(({ cell }) => cell)
            .map(({ cell, header }) => (header ? `${header}：${cell}` : cell));
          const title = block.header[0]?.trim() || captionText;
          const prefix = [title, group && !labelOnly ? group : undefined].filter(Boolean).join(' › ');
          const label = (row[0] ?? '').trim();
          const head = [prefix, label].filter(Boolean).join(' — ');
          text = [head, figures.join('；')].filter(Boolean).join('：');
          // The caption is written into the row where it is the row's title; a group always is.
          context = title === captionText ? [] : caption.slice(0, 1);
        } else {
          text = withUnits
            .map((cell, position) => (block.header[position] && cell.trim() ? `${block.header[position]}: ${cell}` : cell))
            .filter((cell) => cell.trim())
            .join('; ');
          context = [...caption.slice(0, 1), ...(group && !labelOnly ? [{ language: block.language, text: group }] : [])];
        }
        if (!text) continue;
        drafts.push({ kind: 'table-row', section: section(), context, texts: [{ language: block.language, text }], start, end, ...(table ? { table } : {}) });
      }
      // The last total of a table is its grand total.
      const grand = drafts.slice(tableStart).reverse().find((draft) => draft.table?.total);
      if (grand) grand.table!.total = 'grand';
      lastTableRow = drafts.at(-1)?.kind === 'table-row' ? drafts.at(-1) : undefined;
      continue;
    }
    const kind = block.kind === 'list-item' ? 'bullet' : 'paragraph';
    const context: LanguageText[] = [];
    // A lead-in in the other language is the previous item's rendering, not this item's lead-in.
    if (block.kind === 'list-item' && block.leadIn && detectLanguage(block.leadIn) === block.language) context.push({ language: block.language, text: block.leadIn });
    if (pair && pair.kind === 'list-item' && pair.leadIn) context.push({ language: 'en', text: pair.leadIn });
    if (block.kind === 'list-item') {
      if (context.length === 0 && listLeadIn) context.push(...listLeadIn);
      if (LEAD_IN.test(block.text)) listLeadIn = [{ language: block.language, text: block.text }, ...(pair && pair.kind !== 'table' ? [{ language: 'en' as const, text: pair.text }] : [])];
    }
    // A block of short lines under a lead-in (a contact: name, telephone, e-mail) is one passage with it.
    if (block.kind === 'paragraph' && !pair && paragraphLeadIn && LEAD_IN.test(paragraphLeadIn.text) && block.text.length <= FIELD_LINE_MAX) {
      const fields = [block];
      while (blocks[index + 1]?.kind === 'paragraph' && (blocks[index + 1] as Extract<Block, { kind: 'paragraph' }>).text.length <= FIELD_LINE_MAX && !LEAD_IN.test((blocks[index + 1] as Extract<Block, { kind: 'paragraph' }>).text)) {
        fields.push(blocks[++index] as Extract<Block, { kind: 'paragraph' }>);
      }
      if (fields.length > 1) {
        const lead = paragraphLeadIn;
        // The lead-in opens the passage, as the document sets it; it is no longer a passage of its own.
        if (drafts.at(-1)?.kind === 'paragraph' && drafts.at(-1)!.texts.length === 1 && drafts.at(-1)!.texts[0]!.text === lead.text) drafts.pop();
        drafts.push({ kind: 'paragraph', section: section(), context: [], texts: [{ language: lead.language, text: [lead.text, ...fields.map((field) => field.text)].join(' ') }], start: fields[0]!.location.start, end: fields.at(-1)!.location.end });
        paragraphLeadIn = undefined;
        continue;
      }
    }
    // Short paragraphs under a short one ending in a colon ("Media enquiries:", "措施包括：") carry it
    // as their lead-in, as list items do; a long paragraph or a heading ends that.
    if (block.kind === 'paragraph' && !pair) {
      if (block.text.length > LEAD_IN_SPAN) paragraphLeadIn = undefined;
      else if (paragraphLeadIn && paragraphLeadIn.language === block.language) context.push(paragraphLeadIn);
    }
    if (block.kind !== 'list-item' && LEAD_IN.test(block.text) && block.text.length <= LEAD_IN_MAX) paragraphLeadIn = { language: block.language, text: block.text };
    if (pair && pair.kind !== 'table' && pair.kind !== 'heading') {
      drafts.push({ kind, section: section(), context, texts: [{ language: block.language, text: block.text }, { language: 'en', text: pair.text }], start, end });
      continue;
    }
    for (const part of splitLong(block.text)) {
      drafts.push({ kind, section: section(), context, texts: [{ language: block.language, text: part }], start, end });
    }
  }
  // A marked figure's footnote: the first paragraph after it that starts with its mark.
  attachFootnotes(drafts);
  // A heading is a passage only where nothing is written under it before the next heading of its level or above.
  return drafts.filter((draft, position) => {
    const level = headingLevels.get(draft);
    if (level === undefined) return true;
    for (const next of drafts.slice(position + 1)) {
      const nextLevel = headingLevels.get(next);
      if (nextLevel === undefined) return false;
      if (nextLevel <= level) return true;
    }
    return true;
  });
}
