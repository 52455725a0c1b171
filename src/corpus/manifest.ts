import { z } from 'zod';
import type { Block } from '../ingest/blocks.js';

export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DOCUMENT_FORMATS = ['bilingual-slides', 'fact-sheet', 'estimates-report', 'press-release'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const bilingualText = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** A calendar date (YYYY-MM-DD) or, where the publisher gives only a month, YYYY-MM. */
const isoDateOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be YYYY-MM-DD or YYYY-MM')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number | undefined];
    if (month < 1 || month > 12) return false;
    if (day === undefined) return true;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'date is not a real calendar date');

export const documentEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lower-case letters, digits and dashes'),
  file: z
    .string()
    .min(1)
    .refine((file) => !file.includes('/') && !file.includes('\\') && !file.startsWith('.'), 'file must be a plain file name inside corpus/')
    .refine((file) => /\.(pdf|html?|docx|md|txt)$/i.test(file), 'file must be a .pdf, .html, .docx, .md or .txt file'),
  /** A parser written for one kind of document; without it the generic reader and chunker read the file. */
  format: z.enum(DOCUMENT_FORMATS).optional(),
  title: bilingualText,
  publisher: bilingualText,
  date: isoDateOrMonth,
  budgetYear: z.string().regex(/^\d{4}-\d{2}$/, 'budgetYear must look like 2025-26'),
  languages: z.array(z.enum(LANGUAGES)).min(1),
});

export const corpusManifestSchema = z
  .object({ version: z.literal(1), documents: z.array(documentEntrySchema).min(1) })
  .superRefine((manifest, context) => {
    const seen = new Set<string>();
    manifest.documents.forEach((document, index) => {
      if (seen.has(document.id)) {
        context.addIssue({ code: 'custom', path: ['documents', index, 'id'], message: `duplicate id "${document.id}"` });
      }
      seen.add(document.id);
    });
  });

export type DocumentEntry = z.infer<typeof documentEntrySchema>;
export type CorpusManifest = z.infer<typeof corpusManifestSchema>;

/** A document with its text, as the chunker receives it. */
export interface SourceDocument extends DocumentEntry {
  /** The document's text: the file itself for .md/.txt, what the reader extracted for .pdf/.html/.docx ('' until it has). */
  text: string;
  /** Its blocks, once a reader has read it (src/ingest). */
  blocks?: Block[];
}

