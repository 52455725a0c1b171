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
  /** True when served from the answer cache (the same question asked recently). */
  cached: z.boolean().optional(),
  /** Who wrote the answer: the extractive default, or a language model whose answer passed the grounding check. */
  generator: z.enum(['extractive', 'llm']),
  /** With a language model configured: whether its answer passed the grounding check, and if not, why. */
  grounding: z.object({ ok: z.boolean(), problems: z.array(z.string()), fallback: z.literal('extractive').optional() }).optional(),
  /** Why a table question was declined: YEAR_NOT_COVERED, ROW_NOT_FOUND or COLUMN_NOT_FOUND. */
  reason: z.string().optional(),
});

export type Citation = z.infer<typeof citationSchema>;
export type AnswerResult = z.infer<typeof answerSchema>;
