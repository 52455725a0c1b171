import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { AnswerResult, Citation } from '../answer/answer-contract.js';
import { QuestionAnswerer } from '../answer/answer-question.js';
import { createChatModel, LlmGenerator } from '../answer/llm-generator.js';
import { loadSettings } from '../config.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';
import { openIndex } from '../index/load-index.js';

/**
 * `npm run ask -- "question"`: a readable answer with numbered citations.
 * `--json`: exactly one JSON object. `--json --file questions.jsonl`: one {"id","question"} per line in,
 * one answer per line out, loading the index once.
 */

const USAGE = 'Usage: npm run ask -- [--json] [--k N] "question"   |   npm run ask -- --json --file questions.jsonl';

function formatCitation(citation: Citation): string {
  return `[${citation.n}] ${citation.title} — ${citation.date} (budget year ${citation.budgetYear})\n    § ${citation.section || '—'}\n    ${citation.text}`;
}

export function formatReadable(result: AnswerResult): string {
  const lines = [result.answer, ''];
  if (result.citations.length) lines.push('Sources:', ...result.citations.map(formatCitation));
  if (result.related.length) lines.push('Related passages (not an answer):', ...result.related.map(formatCitation));
  if (result.grounding && !result.grounding.ok) lines.push('', `(The language model's answer failed the grounding check — ${result.grounding.problems.join('; ')} — so this is the extractive answer.)`);
  lines.push('', `(${result.timingsMs.retrieve} ms retrieval, ${result.timingsMs.answer} ms answer)`);
  return lines.join('\n');
}

const questionLineSchema = z.object({ id: z.union([z.string(), z.number()]).transform(String), question: z.string() });

async function main() {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, file: { type: 'string' }, k: { type: 'string' }, help: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const k = values.k === undefined ? undefined : Number(values.k);
  if (k !== undefined && (!Number.isInteger(k) || k < 1 || k > 20)) throw new BudgetQaError('REQUEST_INVALID', '--k must be a whole number from 1 to 20.');
  const settings = loadSettings();
  if (!values.file && positionals.length === 0) throw new BudgetQaError('QUESTION_EMPTY', `No question given. ${USAGE}`);

  const index = await openIndex(settings);
  const generator = settings.llm ? new LlmGenerator(await createChatModel(settings.llm)) : undefined;
  const answerer = new QuestionAnswerer(index, undefined, 0, generator);

  if (values.file) {
    const lines = readFileSync(values.file, 'utf8').split('\n');
    let failures = 0;
    for (const [lineNumber, line] of lines.entries()) {
      if (!line.trim()) continue;
      let parsed: z.infer<typeof questionLineSchema>;
      try {
        parsed = questionLineSchema.parse(JSON.parse(line));
      } catch (error) {
        failures++;
        console.log(JSON.stringify({ line: lineNumber + 1, error: { code: 'REQUEST_INVALID', message: `${values.file}:${lineNumber + 1}: expected {"id","question"} (${(error as Error).message.split('\n')[0]})` } }));
        continue;
      }
      try {
        const result = await answerer.ask(parsed.question, { k, maxQuestionLength: settings.maxQuestionLength });
        console.log(JSON.stringify({ id: parsed.id, ...result }));
      } catch (error) {
        if (!isBudgetQaError(error)) throw error;
        failures++;
        console.log(JSON.stringify({ id: parsed.id, error: { code: error.code, message: error.readable } }));
      }
    }
    if (failures) process.exitCode = 1;
    return;
  }

  const result = await answerer.ask(positionals.join(' '), { k, maxQuestionLength: settings.maxQuestionLength });
  console.log(values.json ? JSON.stringify(result) : formatReadable(result));
}

main().catch((error) => {
  if (isBudgetQaError(error)) {
    console.error(`${error.code}: ${error.readable}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
});
