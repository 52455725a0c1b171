import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Chunk } from '../chunk/chunk.js';
import { BudgetQaError } from '../errors.js';
import { learnShortForms, type ShortForms } from '../text/short-forms.js';

/**
 * The short forms the documents define ("Artificial Intelligence (AI)", 「香港科技園公司」（「科技園公司」）),
 * learned when the index is built and stored beside search-text.json as [short form, full name]
 * pairs in the order they were learned (the order questions are expanded in). Before, a server
 * learned them on its first question: a scan of every passage (14,000 at fifty times today's corpus).
 * An index built before this file existed has none, and its short forms are learned on first use.
 */

export const shortFormsSchema = z.array(z.tuple([z.string().min(1), z.string().min(1)]));

/** The texts short forms are learned from: every passage's texts and its section headings. */
export function corpusShortForms(chunks: readonly Chunk[]): ShortForms {
  return learnShortForms(chunks.flatMap((chunk) => [...chunk.texts.map((text) => text.text), ...chunk.section.en, ...chunk.section.zh]));
}

export function writeShortFormsFile(path: string, forms: ShortForms): void {
  writeFileSync(path, JSON.stringify([...forms]));
}

/** Reads and validates the file (INDEX_CORRUPT when it is not a list of pairs). */
export function readShortFormsFile(path: string): ShortForms {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BudgetQaError('INDEX_CORRUPT', `${path} cannot be read (${(error as Error).message}).`, { cause: error });
  }
  const parsed = shortFormsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BudgetQaError('INDEX_CORRUPT', `${path} is not a list of short forms (${issue.path.join('.')}: ${issue.message}).`);
  }
  return new Map(parsed.data);
}
