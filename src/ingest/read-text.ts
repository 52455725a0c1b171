import { detectLanguage, joinWrapped, type Block } from './blocks.js';

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const LIST_MARKER = /^\s*(?:[-*+•●▪■◆‧・\uf0d8]|\d{1,3}[.)]|\([a-z0-9]{1,3}\))\s+/u;
const TABLE_LINE = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
}

/**
 * Markdown or plain text → blocks, located by offsets in the text itself: `#` headings, list items
 * (under the paragraph ending in a colon before them), pipe tables, and paragraphs separated by blank
 * lines with their wrapped lines joined.
 */
export function readText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines: Array<{ text: string; start: number; end: number }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line.replace(/\r$/, ''), start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  let lastParagraph: string | undefined;
  let index = 0;
  const push = (block: Block extends infer B ? (B extends unknown ? Omit<B, 'language'> : never) : never, languageOf: string) => blocks.push({ ...block, language: detectLanguage(languageOf) } as Block);
  while (index < lines.length) {
    const line = lines[index]!;
    if (!line.text.trim()) {
      index++;
      continue;
    }
    const heading = MARKDOWN_HEADING.exec(line.text.trim());
    if (heading) {
      push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!, location: { start: line.start, end: line.end } }, heading[2]!);
      lastParagraph = undefined;
      index++;
      continue;
    }
    if (TABLE_LINE.test(line.text) && index + 1 < lines.length && TABLE_RULE.test(lines[index + 1]!.text)) {
      let end = index + 2;
      while (end < lines.length && TABLE_LINE.test(lines[end]!.text)) end++;
      const header = cells(line.text);
      const rows = lines.slice(index + 2, end).map((row) => cells(row.text));
      push({ kind: 'table', header, rows, location: { start: line.start, end: lines[end - 1]!.end } }, [...header, ...rows.flat()].join(' '));
      lastParagraph = undefined;
      index = end;
      continue;
    }
    const marker = LIST_MARKER.exec(line.text);
    let end = index + 1;
    // The block runs to a blank line, a heading, a table or (for a paragraph) a list item.
    while (end < lines.length && lines[end]!.text.trim() && !MARKDOWN_HEADING.test(lines[end]!.text.trim()) && !LIST_MARKER.test(lines[end]!.text) && !TABLE_LINE.test(lines[end]!.text)) end++;
    const joined = lines.slice(index, end).map((part, position) => (position === 0 && marker ? part.text.slice(marker[0].length) : part.text)).reduce((all, part) => joinWrapped(all, part.trim()), '');
    const location = { start: line.start, end: lines[end - 1]!.end };
    if (marker) {
      const leadIn = lastParagraph && /[:：]$/.test(lastParagraph) ? lastParagraph : undefined;
      push({ kind: 'list-item', text: joined, ...(leadIn ? { leadIn } : {}), location }, joined);
    } else {
      push({ kind: 'paragraph', text: joined, location }, joined);
      lastParagraph = joined;
    }
    index = end;
  }
  return blocks;
}
