import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { BudgetQaError } from '../src/errors.js';
import { openIndex, type LoadedIndex } from '../src/index/load-index.js';
import type { AnswerResult } from '../src/answer/answer-contract.js';
import { answerFromTables } from '../src/answer/table-answer.js';
import { detectLanguage } from '../src/text/normalise.js';
import { answerMatches, containsEvidence } from './scoring.js';

/** The dev table sets (each a blind set once, studied since): `--dev` runs them all, one summary line each. */
export const TABLE_DEV_FILES = [
  'evals/tables.dev.jsonl',
  'evals/tables.dev-2.jsonl',
  'evals/tables.dev-3.jsonl',
  'evals/tables.dev-4.jsonl',
  'evals/tables.dev-5.jsonl',
  'evals/tables.dev-6.jsonl',
  'evals/tables.dev-7.jsonl',
  'evals/tables.dev-8.jsonl',
  'evals/tables.dev-9.jsonl',
  'evals/tables.dev-10.jsonl',
  'evals/tables.dev-11.jsonl',
];

/**
 * `npx tsx evals/run-table-eval.ts [--questions file | --dev] [--tag table] [--details]`: the table
 * questions of an eval file through the same code path as `ask`, scored with evals/scoring.ts:
 * the share of answerable ones answered correctly with a cited passage holding the gold evidence
 * (the right cell), and the share of unanswerable ones declined. A cited passage holds the
 * evidence when its text does, or its source span in the document does (a table row's passage is
 * written with its column headers, while evidence copied from the document is the raw row line).
 * Also by kind, language and by which answerer answered (table lookup or extractive), as counts.
 * `--details` lists each item's outcome: use it on the dev set only, never on a blind set.
 */

const itemSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  answerable: z.boolean(),
  kind: z.string().optional(),
  expect: z.enum(['yes', 'no']).optional(),
  gold: z.object({ docIds: z.array(z.string()), evidence: z.array(z.string()) }),
  answers: z.array(z.string()),
  tags: z.array(z.string()),
});
type Item = z.infer<typeof itemSchema>;

function loadItems(path: string): Item[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim())
    .map(({ line, index }) => {
      const parsed = itemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new BudgetQaError('EVAL_FILE_INVALID', `${path}:${index + 1}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}.`);
      return parsed.data;
    });
}

/**
 * An answerable item's outcome: the right figure (and yes/no), and whether a cited passage of the
 * gold document holds the evidence — in its text (inText), or in its text or source span (cited).
 */
function judge(item: Item, result: AnswerResult, index: LoadedIndex): { matches: boolean; cited: boolean; inText: boolean } {
  const matches = !result.abstained && answerMatches(result.answer, item.answers) && (!item.expect || new RegExp(item.expect === 'yes' ? '^(?:yes|是|係)' : '^(?:no|不是|唔係|否)', 'i').test(result.answer));
  const holds = (textOnly: boolean) =>
    result.citations.some((citation) => {
      const chunk = index.chunkById.get(citation.chunkId);
      if (!chunk || !item.gold.docIds.includes(chunk.docId)) return false;
      if (containsEvidence(searchableText(chunk), item.gold.evidence)) return true;
      return !textOnly && containsEvidence(index.sources.get(chunk.docId)?.slice(chunk.start, chunk.end) ?? '', item.gold.evidence);
    });
  return { matches, cited: holds(false), inText: holds(true) };
}

function rate(numerator: number, denominator: number): string {
  return denominator ? `${(numerator / denominator).toFixed(3)} (${numerator}/${denominator})` : '—';
}

async function main() {
  const { values } = parseArgs({ options: { questions: { type: 'string', default: 'evals/tables.dev.jsonl' }, tag: { type: 'string', default: 'table' }, details: { type: 'boolean', default: false }, dev: { type: 'boolean', default: false } } });
  const index = await openIndex(loadSettings());
  const answerer = new QuestionAnswerer(index);
  if (values.dev) {
    for (const file of TABLE_DEV_FILES) {
      const items = loadItems(file).filter((item) => item.tags.includes(values.tag!));
      let answerable = 0;
      let cited = 0;
      let unanswerable = 0;
      let declined = 0;
      for (const item of items) {
        const result = await answerer.ask(item.question);
        if (!item.answerable) {
          unanswerable++;
          if (result.abstained) declined++;
          continue;
        }
        answerable++;
        const judged = judge(item, result, index);
        if (judged.matches && judged.cited) cited++;
      }
      console.log(`${file}: right cell cited ${rate(cited, answerable)}, missing cells declined ${rate(declined, unanswerable)}`);
    }
    return;
  }
  const items = loadItems(values.questions!).filter((item) => item.tags.includes(values.tag!));
  const groups = new Map<string, { n: number; ok: number }>();
  const count = (group: string, ok: boolean) => {
    const entry = groups.get(group) ?? { n: 0, ok: 0 };
    entry.n++;
    if (ok) entry.ok++;
    groups.set(group, entry);
  };
  let textCited = 0;
  let answerable = 0;
  let correctCited = 0;
  let correctAnswer = 0;
  let unanswerable = 0;
  let declined = 0;
  const reasons = new Map<string, number>();
  for (const item of items) {
    const result = await answerer.ask(item.question);
    if (result.reason) reasons.set(result.reason, (reasons.get(result.reason) ?? 0) + 1);
    let outcome: string;
    if (item.answerable) {
      answerable++;
      const { matches, cited, inText } = judge(item, result, index);
      if (matches) correctAnswer++;
      if (matches && cited) correctCited++;
      if (matches && inText) textCited++;
      const by = answerFromTables(item.question, index) ? 'table' : 'extractive';
      count(`answerable by:${by}`, matches && cited);
      count(`answerable kind:${item.kind ?? '-'}`, matches && cited);
      count(`answerable lang:${item.tags.includes('yue') ? 'yue' : detectLanguage(item.question)}`, matches && cited);
      outcome = matches && cited ? 'ok' : matches ? 'right figure, evidence not cited' : result.abstained ? `declined (${result.reason ?? 'abstained'})` : 'wrong';
    } else {
      unanswerable++;
      if (result.abstained) declined++;
      count(`unanswerable by:${answerFromTables(item.question, index) ? 'table' : 'extractive'}`, result.abstained);
      outcome = result.abstained ? `declined (${result.reason ?? 'abstained'})` : 'answered (should decline)';
    }
    if (values.details) console.log(`${item.id}\t${outcome}\t${item.question}\n\t${result.answer.slice(0, 240)}`);
  }
  console.log(`${values.questions}: ${items.length} questions tagged "${values.tag}"`);
  console.log(`answered correctly with the right cell cited: ${rate(correctCited, answerable)}`);
  console.log(`  (evidence in the cited passage's text only: ${rate(textCited, answerable)})`);
  console.log(`answered correctly (figure only): ${rate(correctAnswer, answerable)}`);
  console.log(`missing-cell questions declined: ${rate(declined, unanswerable)}`);
  for (const [group, { n, ok }] of [...groups].sort()) console.log(`  ${group}: ${rate(ok, n)}`);
  console.log(`decline reasons given: ${[...reasons].map(([reason, count]) => `${reason} ${count}`).join(', ') || 'none'}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
