import { createHash } from 'node:crypto';
import type { Language } from '../corpus/manifest.js';
import type { TableRowData } from './table.js';

/** The languages a passage can be written in (the corpus has no Simplified source text). */
export type SourceLanguage = Extract<Language, 'en' | 'zh-Hant'>;

export interface LanguageText {
  language: SourceLanguage;
  text: string;
}

export type ChunkKind = 'cover' | 'heading' | 'bullet' | 'paragraph' | 'table-row';

/** A section path in each language the document gives it in (English may be absent). */
export interface SectionPath {
  zh: string[];
  en: string[];
}

/** A passage: the unit that is indexed, retrieved and cited. */
export interface Chunk {
  /** Stable: the same text in the same place gets the same id on every rebuild. */
  id: string;
  docId: string;
  kind: ChunkKind;
  section: SectionPath;
  /** The lead-in a sub-bullet or list item hangs from, so the passage reads on its own. */
  context: LanguageText[];
  /** The passage itself: one text per language, Chinese first; cleaned of extraction artefacts. */
  texts: LanguageText[];
  /** Character offsets [start, end) into the source document. */
  start: number;
  end: number;
  /** A table row's cells as data (row, columns, unit, stated changes); the text above is what people read. */
  table?: TableRowData;
}

/** What a format parser produces, before ids are given. */
export type DraftChunk = Omit<Chunk, 'id' | 'docId'>;

/** "1. Enhance the I&T ecosystem › AI as a Core Industry", in English where the document gives it. */
export function sectionLabel(section: SectionPath, prefer: 'en' | 'zh' = 'en'): string {
  const path = prefer === 'en' && section.en.length > 0 ? section.en : section.zh.length > 0 ? section.zh : section.en;
  return path.join(' › ');
}

/** The text of one language, or undefined. */
export function textIn(chunk: Pick<Chunk, 'texts'>, language: SourceLanguage): string | undefined {
  return chunk.texts.find((text) => text.language === language)?.text;
}

/** Everything that describes a chunk for search: section path, lead-in and the texts. */
export function searchableText(chunk: Pick<Chunk, 'section' | 'context' | 'texts'>): string {
  return [...chunk.section.zh, ...chunk.section.en, ...chunk.context.map((c) => c.text), ...chunk.texts.map((t) => t.text)].join('\n');
}

/**
 * Ids from content: doc id + section path + text, hashed; a repeat of the same text in the same
 * section gets a counter, so ids are unique and do not move when other passages change.
 */
export function assignChunkIds(docId: string, drafts: DraftChunk[]): Chunk[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const key = [docId, draft.section.zh.join('/'), ...draft.texts.map((t) => `${t.language}:${t.text}`)].join('\n');
    const digest = createHash('sha256').update(key).digest('hex').slice(0, 10);
    const count = seen.get(digest) ?? 0;
    seen.set(digest, count + 1);
    return { id: `${docId}:${digest}${count > 0 ? `-${count}` : ''}`, docId, ...draft };
  });
}
