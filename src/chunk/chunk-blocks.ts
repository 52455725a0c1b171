import { detectLanguage, type Block } from '../ingest/blocks.js';
import type { DraftChunk, LanguageText, SectionPath } from './chunk.js';
import { labelTotals, tableRowData } from './table-cells.js';

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
  if (!unit || !/^-?[\d,]+(?:\.\d+)?$/.test(cell.trim())) return cell;
  return unit.language === 'zh' ? `${cell.trim()}${unit.unit}` : `$${cell.trim()} ${unit.unit}`;
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

function copyPath(section: SectionPath): SectionPath {
  return { zh: [...section.zh], en: [...section.en] };
}

/**
 * Pure: blocks → passages, following the document's structure. Headings set the section path (in
 * each language they are given in); a list item carries its lead-in as context; each table row is
 * one passage written with its column headers ("Header: cell; …"); a Chinese block followed by its
 * English rendering is one passage in both languages. Offsets come from the blocks' locations.
 */
export function chunkBlocks(blocks: Block[]): DraftChunk[] {
  const drafts: DraftChunk[] = [];
  const path: { zh: Array<string | undefined>; en: Array<string | undefined> } = { zh: [], en: [] };
  const section = (): SectionPath => copyPath({ zh: path.zh.filter((part): part is string => !!part), en: path.en.filter((part): part is string => !!part) });
  const setHeading = (language: 'zh' | 'en', level: number, text: string) => {
    const parts = path[language];
    parts.length = level - 1;
    parts[level - 1] = text;
    // A heading in one language closes deeper headings in the other too.
    const other = path[language === 'zh' ? 'en' : 'zh'];
    if (other.length > level) other.length = level;
  };
  let paragraphLeadIn: LanguageText | undefined;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    const pair = next && isRenderingOf(block, next) ? next : undefined;
    if (pair) index++;
    const start = block.location.start;
    const end = (pair ?? block).location.end;
    if (block.kind === 'heading' || block.kind === 'table') paragraphLeadIn = undefined;
    if (block.kind === 'heading') {
      const level = Math.min(block.level, 6);
      if (block.language === 'en') setHeading('en', level, block.text);
      else setHeading('zh', level, block.text);
      const rendering = pair && pair.kind !== 'table' ? pair.text : undefined;
      if (rendering) {
        path.en.length = level - 1;
        path.en[level - 1] = rendering;
      }
      const texts: LanguageText[] = [{ language: block.language, text: block.text }, ...(rendering ? [{ language: 'en' as const, text: rendering }] : [])];
      drafts.push({ kind: 'heading', section: section(), context: [], texts, start, end });
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
      for (const row of labelTotals(block.rows, chinese)) {
        const labelOnly = Boolean(row[0]?.trim()) && row.slice(1).every((cell) => !cell.trim());
        if (labelOnly) group = row[0]!.trim();
        const table = labelOnly ? undefined : tableRowData(block.header, row, { caption: captionText, group, chinese });
        const cells = row
          .map((cell, position) => withUnit(cell, columnUnits[position]))
          .map((cell, position) => (block.header[position] && cell.trim() ? `${block.header[position]}: ${cell}` : cell))
          .filter((cell) => cell.trim());
        const text = cells.join('; ');
        if (!text) continue;
        drafts.push({ kind: 'table-row', section: section(), context: caption.slice(0, 1), texts: [{ language: block.language, text }], start, end, ...(table ? { table } : {}) });
      }
      continue;
    }
    const kind = block.kind === 'list-item' ? 'bullet' : 'paragraph';
    const context: LanguageText[] = [];
    // A lead-in in the other language is the previous item's rendering, not this item's lead-in.
    if (block.kind === 'list-item' && block.leadIn && detectLanguage(block.leadIn) === block.language) context.push({ language: block.language, text: block.leadIn });
    if (pair && pair.kind === 'list-item' && pair.leadIn) context.push({ language: 'en', text: pair.leadIn });
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
  return drafts;
}
