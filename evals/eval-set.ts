import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BudgetQaError } from '../src/errors.js';

/** One known fact: a question, where its evidence lives, and the answer strings that count as correct. */
export const evalItemSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().min(1),
    answerable: z.boolean(),
    gold: z.object({ docIds: z.array(z.string()), evidence: z.array(z.string().min(1)) }),
    answers: z.array(z.string().min(1)),
    tags: z.array(z.enum(['yue', 'notation', 'year'])),
  })
  .refine((item) => !item.answerable || (item.gold.docIds.length > 0 && item.gold.evidence.length > 0 && item.answers.length > 0), {
    message: 'an answerable item needs gold docIds, evidence and answers',
  });

export type EvalItem = z.infer<typeof evalItemSchema>;

export function parseEvalSet(raw: string, source: string): EvalItem[] {
  const items: EvalItem[] = [];
  const ids = new Set<string>();
  raw.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new BudgetQaError('EVAL_FILE_INVALID', `${source}:${index + 1}: not valid JSON (${(error as Error).message}).`);
    }
    const parsed = evalItemSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BudgetQaError('EVAL_FILE_INVALID', `${source}:${index + 1}: ${issue.path.join('.') || 'item'}: ${issue.message}.`);
    }
    if (ids.has(parsed.data.id)) throw new BudgetQaError('EVAL_FILE_INVALID', `${source}:${index + 1}: duplicate id "${parsed.data.id}".`);
    ids.add(parsed.data.id);
    items.push(parsed.data);
  });
  return items;
}

export function loadEvalSet(path: string): EvalItem[] {
  return parseEvalSet(readFileSync(path, 'utf8'), path);
}
