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
});

export type Citation = z.infer<typeof citationSchema>;
export type AnswerResult = z.infer<typeof answerSchema>;
