import type { DraftChunk } from '../chunk.js';
import { cleanText, joinWrappedLines, splitLines, type SourceLine } from '../clean.js';

/**
 * "Hong Kong: The Facts": a title, then sections headed by a short line (創科界持份者, 數字政策 …),
 * each a list of bullets (glyph U+F0D8) or paragraphs. Lines are wrapped at a fixed width with empty
 * lines between them; a line holding only spaces ends a paragraph.
 */

const BULLET = '\uf0d8';
const SECTION_HEADING = /^[\u4e00-\u9fff]{2,12}$/;

interface Item {
  lines: SourceLine[];
  isBullet: boolean;
}

export function chunkFactSheet(source: string): DraftChunk[] {
  const lines = splitLines(source);
  const drafts: DraftChunk[] = [];
  let title: string | undefined;
  let section: string | undefined;
  let item: Item | undefined;

  const flush = () => {
    if (!item) return;
    const text = cleanText(joinWrappedLines(item.lines.map((line) => line.text.replace(BULLET, ''))));
    if (text) {
      drafts.push({
        kind: item.isBullet ? 'bullet' : 'paragraph',
        section: { zh: [title, section].filter((part): part is string => Boolean(part)), en: [] },
        context: [],
        texts: [{ language: 'zh-Hant', text }],
        start: item.lines[0]!.start,
        end: item.lines.at(-1)!.end,
      });
    }
    item = undefined;
  };

  for (const line of lines) {
    const trimmed = line.text.trim();
    if (line.text.length === 0) continue; // a wrap
    if (trimmed.length === 0) {
      flush(); // a line of spaces: the paragraph ends
      continue;
    }
    if (!title) {
      title = trimmed;
      continue;
    }
    // A heading stands alone after a line of spaces: no passage is open.
    if (SECTION_HEADING.test(trimmed) && !item) {
      section = trimmed;
      continue;
    }
    // A bullet may start mid-line, after a previous bullet's last words.
    const parts = line.text.split(BULLET);
    parts.forEach((part, index) => {
      const offset = line.start + parts.slice(0, index).reduce((sum, p) => sum + p.length + 1, 0);
      const piece: SourceLine = { text: part, start: offset, end: offset + part.length };
      if (index > 0) {
        flush();
        item = { lines: [piece], isBullet: true };
      } else if (part.trim()) {
        if (!item) item = { lines: [], isBullet: false };
        item.lines.push(piece);
      }
    });
  }
  flush();
  return drafts;
}
