import type { SourceLanguage } from '../chunk/chunk.js';

/** Where a block came from: character offsets [start, end) into the document's text, and its page in a PDF. */
export interface SourceLocation {
  start: number;
  end: number;
  page?: number;
}

interface BlockBase {
  language: SourceLanguage;
  location: SourceLocation;
}

/**
 * The one intermediate shape every reader produces (PDF, HTML, DOCX, Markdown, plain text) and the
 * generic chunker reads.
 */
export type Block =
  | (BlockBase & { kind: 'heading'; level: number; text: string })
  | (BlockBase & { kind: 'paragraph'; text: string })
  | (BlockBase & { kind: 'list-item'; text: string; /** The sentence the list hangs from ("…include:"). */ leadIn?: string })
  | (BlockBase & { kind: 'table'; header: string[]; rows: string[][] });

/** A block as a reader finds it, before it is laid out into the document's text. */
export type DraftBlock =
  | { kind: 'heading'; level: number; text: string; page?: number }
  | { kind: 'paragraph'; text: string; page?: number }
  | { kind: 'list-item'; text: string; leadIn?: string; page?: number }
  | { kind: 'table'; header: string[]; rows: string[][]; page?: number };

/** What a reader returns: the document's text (what citations quote) and its blocks, located in it. */
export interface ReadDocument {
  text: string;
  blocks: Block[];
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** The language of a piece of text: Chinese when Han characters outweigh English words. */
export function detectLanguage(text: string): SourceLanguage {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han > 0 && han >= words ? 'zh-Hant' : 'en';
}

const CJK_EDGE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Joins two pieces of a wrapped line: no space between Chinese characters (or full-width punctuation). */
export function joinWrapped(before: string, after: string): string {
  const left = before.trimEnd();
  const right = after.trimStart();
  if (!left) return right;
  if (!right) return left;
  if (CJK_EDGE.test(left.at(-1)!) || CJK_EDGE.test(right[0]!)) return left + right;
  if (/[A-Za-z]-$/.test(left) && /^[a-z]/.test(right)) return left.slice(0, -1) + right; // a hyphenated wrap
  return `${left} ${right}`;
}

/** The text a block shows, as laid out in the document's text. */
export function blockText(block: DraftBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list-item':
      return `• ${block.text}`;
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
  }
}

/** Lays draft blocks out one after another (a blank line between) into a text, locating each in it. */
export function layoutBlocks(drafts: DraftBlock[]): ReadDocument {
  let text = '';
  const blocks: Block[] = [];
  for (const draft of drafts) {
    const shown = blockText(draft);
    if (!shown.trim()) continue;
    if (text) text += '\n\n';
    const start = text.length;
    text += shown;
    const location: SourceLocation = { start, end: text.length, ...(draft.page === undefined ? {} : { page: draft.page }) };
    const languageOf = draft.kind === 'table' ? [...draft.header, ...draft.rows.flat()].join(' ') : draft.text;
    const { page: _page, ...rest } = draft;
    blocks.push({ ...rest, language: detectLanguage(languageOf), location } as Block);
  }
  return { text, blocks };
}

/** The languages a document is written in, Chinese first, from its blocks. */
export function documentLanguages(blocks: Block[]): SourceLanguage[] {
  const found = new Set(blocks.map((block) => block.language));
  return (['zh-Hant', 'en'] as const).filter((language) => found.has(language));
}
