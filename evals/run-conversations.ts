import { serve, type ServerType } from '@hono/node-server';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadSettings } from '../src/config.js';
import { BudgetQaError } from '../src/errors.js';
import { openIndex } from '../src/index/load-index.js';
import { createApp } from '../src/server/create-app.js';
import { CONVERSATION_DEV_FILES, CONVERSATION_HELD_OUT_FILES, CONVERSATION_TEST_FILE } from './eval-files.js';
import { answerMatches, mean } from './scoring.js';

/**
 * `npm run eval:conversations [-- --file evals/conversations.dev.jsonl | --dev | --held-out]` (default: the blind evals/conversations.test.jsonl;
 * `--dev`: every dev set in evals/eval-files.ts, one summary line each, then the pooled figure; `--held-out`: the newest
 * held-out set, in aggregate like the test set): multi-turn conversations
 * through `POST /v1/chat/completions` on the real server (loopback), each user turn sent with the
 * replies the system itself gave to the earlier ones, and the last reply scored as `npm run eval`
 * scores an answer: it states an accepted answer (figures compared by value), or, when the
 * documents do not answer, it abstains. Figures per tag; writes evals/conversations-report.json.
 */

const conversationSchema = z.object({
  id: z.string().min(1),
  turns: z.array(z.string().min(1)).min(1),
  final: z.object({
    answerable: z.boolean(),
    kind: z.string().optional(),
    gold: z.object({ docIds: z.array(z.string()), evidence: z.array(z.string()) }),
    answers: z.array(z.string()),
    expect: z.unknown().optional(),
  }),
  tags: z.array(z.string()).default([]),
});
type Conversation = z.infer<typeof conversationSchema>;

function loadConversations(path: string): Conversation[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim())
    .map(({ line, index }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new BudgetQaError('EVAL_FILE_INVALID', `${path}:${index + 1}: not valid JSON (${(error as Error).message}).`);
      }
      const parsed = conversationSchema.safeParse(json);
      if (!parsed.success) throw new BudgetQaError('EVAL_FILE_INVALID', `${path}:${index + 1}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}.`);
      return parsed.data;
    });
}

/** The answer part of a reply: without the sources list that follows it. */
export function answerPart(content: string): string {
  return content.split(/\n\n(?:Sources|出處|出处|Related passages \(not an answer\)|相關段落（並非答案）|相关段落（并非答案）)[:：]\n/)[0]!;
}

interface Outcome {
  id: string;
  tags: string[];
  answerable: boolean;
  correct: boolean;
  /** The last question asked alone, without the conversation. */
  correctAlone: boolean;
  /** Whether the last question was rewritten from the earlier turns. */
  rewritten: boolean;
  abstained: boolean;
  citesGoldDocument: boolean;
  resolvedQuestion: string;
  answer: string;
}

async function main() {
  const { values } = parseArgs({ options: { file: { type: 'string' }, dev: { type: 'boolean' }, out: { type: 'string', default: 'evals/conversations-report.json' }, details: { type: 'boolean' }, 'held-out': { type: 'boolean' } } });
  const index = await openIndex(loadSettings());
  const app = createApp({ index, staticFiles: new Map(), rateLimitPerMinute: 0, maxQuestionLength: 1000, suggestedQuestions: 0, log: () => {} });
  let server: ServerType | undefined;
  const base = await new Promise<string>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
  });
  try {
    if (values.dev) {
      // Every dev set: one line each, then all of them pooled (the test set is never among them).
      const pooled: Outcome[] = [];
      console.log('| dev set | n | last answer correct | answer accuracy | correct abstention | false abstention |\n|---|---|---|---|---|---|');
      for (const file of CONVERSATION_DEV_FILES) {
        const outcomes = await converse(base, loadConversations(file));
        pooled.push(...outcomes);
        const all = summarise(outcomes).find((row) => row.name === 'all')!;
        console.log(`| ${file} | ${all.n} | ${show(all.lastAnswerCorrect)} | ${show(all.answerAccuracy)} | ${show(all.correctAbstention)} | ${show(all.falseAbstention)} |`);
      }
      const all = summarise(pooled).find((row) => row.name === 'all')!;
      console.log(`| all dev sets | ${all.n} | ${show(all.lastAnswerCorrect)} | ${show(all.answerAccuracy)} | ${show(all.correctAbstention)} | ${show(all.falseAbstention)} |`);
      writeFileSync(values.out!, `${JSON.stringify({ files: CONVERSATION_DEV_FILES, rows: summarise(pooled), outcomes: pooled }, null, 2)}\n`);
      return;
    }
    const file = values.file ?? (values['held-out'] ? CONVERSATION_HELD_OUT_FILES.at(-1)! : existsSync(CONVERSATION_TEST_FILE) ? CONVERSATION_TEST_FILE : 'evals/conversations.dev.jsonl');
    // The test set's and the held-out sets' conversations are not printed unless asked for: rules are tuned on the dev sets only.
    const details = values.details ?? !(file.includes('.test.') || file.includes('held-out'));
    const outcomes = await converse(base, loadConversations(file));
    report(file, outcomes, details, values.out!);
  } finally {
    server?.close();
  }
}

/** Each conversation sent turn by turn through `/v1/chat/completions`, and its last answer scored. */
async function converse(base: string, conversations: Conversation[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const conversation of conversations) {
    const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [];
    let last: { content: string; abstained: boolean; resolvedQuestion: string; citations: Array<{ docId: string }> } | undefined;
    for (const turn of conversation.turns) {
      messages.push({ role: 'user', content: turn });
      const response = await fetch(`${base}/v1/chat/completions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ model: 'budget-qa', messages }) });
      const body = await response.json();
      if (!response.ok) throw new Error(`${conversation.id}: ${response.status} ${JSON.stringify(body)}`);
      last = { content: body.choices[0].message.content, abstained: body.abstained, resolvedQuestion: body.resolvedQuestion, citations: body.citations };
      messages.push({ role: 'assistant', content: last.content });
    }
    // The same last question asked with no conversation: what reading it from the earlier turns adds.
    const aloneResponse = await fetch(`${base}/v1/chat/completions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ model: 'budget-qa', messages: [{ role: 'user', content: conversation.turns.at(-1) }] }) });
    const alone = await aloneResponse.json();
    const answer = answerPart(last!.content);
    const { final } = conversation;
    const correct = final.answerable ? !last!.abstained && answerMatches(answer, final.answers) : last!.abstained;
    const correctAlone = final.answerable ? !alone.abstained && answerMatches(answerPart(alone.choices[0].message.content), final.answers) : alone.abstained;
    outcomes.push({
      id: conversation.id,
      tags: conversation.tags,
      answerable: final.answerable,
      correct,
      correctAlone,
      rewritten: last!.resolvedQuestion !== conversation.turns.at(-1)!.trim(),
      abstained: last!.abstained,
      citesGoldDocument: last!.citations.some((citation) => final.gold.docIds.includes(citation.docId)),
      resolvedQuestion: last!.resolvedQuestion,
      answer: answer.slice(0, 300),
    });
  }
  return outcomes;
}

/** Figures overall, for the answerable and unanswerable, and per tag. */
function summarise(outcomes: Outcome[]) {
  const groups = new Map<string, Outcome[]>([['all', outcomes], ['answerable', outcomes.filter((o) => o.answerable)], ['unanswerable', outcomes.filter((o) => !o.answerable)]]);
  for (const tag of [...new Set(outcomes.flatMap((o) => o.tags))].sort()) groups.set(`tag:${tag}`, outcomes.filter((o) => o.tags.includes(tag)));
  const rows = [...groups].filter(([, items]) => items.length > 0).map(([name, items]) => {
    const answerable = items.filter((o) => o.answerable);
    const unanswerable = items.filter((o) => !o.answerable);
    return {
      name,
      n: items.length,
      lastAnswerCorrect: round(mean(items.map((o) => (o.correct ? 1 : 0)))),
      lastQuestionAlone: round(mean(items.map((o) => (o.correctAlone ? 1 : 0)))),
      rewritten: round(mean(items.map((o) => (o.rewritten ? 1 : 0)))),
      answerAccuracy: answerable.length ? round(mean(answerable.map((o) => (o.correct ? 1 : 0)))) : null,
      correctAbstention: unanswerable.length ? round(mean(unanswerable.map((o) => (o.abstained ? 1 : 0)))) : null,
      falseAbstention: answerable.length ? round(mean(answerable.map((o) => (o.abstained ? 1 : 0)))) : null,
      citesGoldDocument: answerable.length ? round(mean(answerable.map((o) => (o.citesGoldDocument ? 1 : 0)))) : null,
    };
  });
  return rows;
}

function show(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

function report(file: string, outcomes: Outcome[], details: boolean, out: string): void {
  const rows = summarise(outcomes);
  console.log(`${file}: ${outcomes.length} conversations through /v1/chat/completions\n`);
  console.log('| category | n | last answer correct | same question alone | rewritten | answer accuracy | correct abstention | false abstention | cites a gold document |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.name} | ${row.n} | ${show(row.lastAnswerCorrect)} | ${show(row.lastQuestionAlone)} | ${show(row.rewritten)} | ${show(row.answerAccuracy)} | ${show(row.correctAbstention)} | ${show(row.falseAbstention)} | ${show(row.citesGoldDocument)} |`);
  const wrong = outcomes.filter((o) => !o.correct);
  if (wrong.length && details) {
    console.log(`\nWrong (${wrong.length}):`);
    for (const o of wrong) console.log(`- ${o.id}: read as "${o.resolvedQuestion}" → ${o.abstained ? '(abstained)' : o.answer.slice(0, 120)}`);
  }
  writeFileSync(out, `${JSON.stringify({ file, rows, ...(details ? { outcomes } : {}) }, null, 2)}\n`);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main().catch((error) => {
  console.error(error instanceof BudgetQaError ? error.readable : error);
  process.exit(2);
});
