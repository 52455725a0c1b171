import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BudgetQaError } from '../src/errors.js';

/** What a question asks for: the categories the report breaks results down by. */
export const QUESTION_KINDS = [
  'amount', 'count', 'date', 'percent', 'duration', 'place', 'person', 'organisation', 'list', 'yes-no',
  'definition', 'purpose', 'comparison', 'change', 'reason', 'other',
] as const;

/**
 * How a question is written or what it needs: `yue` Cantonese, `notation` a figure in another
 * notation, `year` depends on the budget year, `paraphrase` other words than the document's,
 * `abbreviation` a short form, `casual` chatty public phrasing, `near-miss` unanswerable on a topic
 * the documents discuss, `table` answered from a table, `cross-doc` needs two documents.
 */
export const QUESTION_TAGS = ['yue', 'notation', 'year', 'paraphrase', 'abbreviation', 'casual', 'near-miss', 'table', 'cross-doc'] as const;

/** One known fact: a question, where its evidence lives, and the answer strings that count as correct. */
export const evalItemSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().min(1),
    answerable: z.boolean(),
    gold: z.object({ docIds: z.array(z.string()), evidence: z.array(z.string().min(1)) }),
    answers: z.array(z.string().min(1)),
    tags: z.array(z.enum(QUESTION_TAGS)),
    kind: z.enum(QUESTION_KINDS).optional(),
    /** For a yes/no question: the polarity a correct answer leads with. */
    expect: z.enum(['yes', 'no']).optional(),
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
