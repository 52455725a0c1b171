import { z } from 'zod';
import { LANGUAGES } from '../corpus/manifest.js';

/** The JSON every answer takes, on the command line and over HTTP. */
export const citationSchema = z.object({
  n: z.number().int().positive(),
  chunkId: z.string(),
  docId: z.string(),
  title: z.string(),
  date: z.string(),
  budgetYear: z.string(),
  section: z.string(),
  text: z.string(),
  score: z.number(),
});

export const answerSchema = z.object({
  id: z.string().optional(),
  question: z.string(),
  language: z.enum(LANGUAGES),
  answer: z.string(),
  abstained: z.boolean(),
  answerType: z.string(),
  citations: z.array(citationSchema),
  /** When abstaining: the closest passages, offered as related reading, not as an answer. */
  related: z.array(citationSchema),
  timingsMs: z.object({ retrieve: z.number().nonnegative(), answer: z.number().nonnegative() }),
  /**
   * How sure the answerer is that the answer states what was asked (0–1, calibrated on the dev
   * set); abstentions carry the confidence of the best answer they withheld.
   */
  confidence: z.number().min(0).max(1).optional(),
  /**
   * Why an answer was withheld: no passage on the question (NO_PASSAGE), none giving the kind of
   * answer asked (NO_ANSWER_OF_TYPE), a budget year no document covers (YEAR_NOT_COVERED), too
   * little confidence (LOW_CONFIDENCE), the language model found nothing (NOT_IN_DOCUMENTS), or a
   * table without the asked row or column (ROW_NOT_FOUND, COLUMN_NOT_FOUND).
   */
  reason: z.enum(['NO_PASSAGE', 'NO_ANSWER_OF_TYPE', 'YEAR_NOT_COVERED', 'LOW_CONFIDENCE', 'NOT_IN_DOCUMENTS', 'ROW_NOT_FOUND', 'COLUMN_NOT_FOUND']).optional(),
  /** True when served from the answer cache (the same question asked recently). */
  cached: z.boolean().optional(),
  /** Who wrote the answer: the extractive default, or a language model whose answer passed the grounding check. */
  generator: z.enum(['extractive', 'llm']),
  /** With a language model configured: whether its answer passed the grounding check, and if not, why. */
  grounding: z.object({ ok: z.boolean(), problems: z.array(z.string()), fallback: z.literal('extractive').optional() }).optional(),
});

export type Citation = z.infer<typeof citationSchema>;
export type AnswerResult = z.infer<typeof answerSchema>;
