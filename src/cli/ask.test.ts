import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../answer/answer-contract.js';
import { buildIndex } from '../index/build-index.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';

const run = promisify(execFile);
const tsx = resolve('node_modules/.bin/tsx');

describe('npm run ask', () => {
  const paths = tempCorpusAndIndex();
  const env = { ...process.env, CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, INDEX_AUTO_BUILD: '0' };
  const ask = (...args: string[]) => run(tsx, ['src/cli/ask.ts', ...args], { env, maxBuffer: 10_000_000 });

  beforeAll(async () => {
    await buildIndex({ corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept', model: '' });
  });

  it('--json prints exactly one object of the contract, answering HK$1 billion from the 2025-26 Budget', async () => {
    const { stdout } = await ask('--json', 'How much has been set aside for the AI R&D Institute?');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = answerSchema.parse(JSON.parse(lines[0]!));
    expect(result.language).toBe('en');
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/^HK\$1 billion/);
    expect(result.answer).toContain('[1]');
    expect(result.citations[0]).toMatchObject({ n: 1, docId: 'budget-2025-26-itib', title: '2025-26 Budget: Major initiatives under ITIB', date: '2025-02-27' });
    expect(result.citations[0]!.text).toContain('$1 billion');
  });

  it('prints a readable answer with numbered sources', async () => {
    const { stdout } = await ask('智慧燈柱係咩嚟㗎？');
    expect(stdout).toContain('Sources:');
    expect(stdout).toMatch(/\[1\] 創新及科技 概況 — 2025-02-25/);
    expect(stdout).toContain('智慧燈柱');
  });

  it('--file reads questions line by line, answers each with its id, and reports bad lines without stopping', async () => {
    const file = join(paths.root, 'questions.jsonl');
    writeFileSync(file, ['{"id":"a","question":"How many submarine cable systems does Hong Kong have?"}', 'not json', '{"id":"c","question":"   "}', '{"id":"d","question":"What is the budget for the Olympic Games?"}'].join('\n'));
    const failed = await ask('--json', '--file', file).catch((error: { stdout: string; code: number }) => error);
    const stdout = (failed as { stdout: string }).stdout;
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(answerSchema.parse(lines[0]).id).toBe('a');
    expect(lines[0].answer).toMatch(/^12 /);
    expect(lines[1].error.code).toBe('REQUEST_INVALID');
    expect(lines[2]).toMatchObject({ id: 'c', error: { code: 'QUESTION_EMPTY' } });
    expect(lines[3]).toMatchObject({ id: 'd', abstained: true });
    expect((failed as { code: number }).code).toBe(1);
  });

  it('refuses with a clear message when the index is missing and auto-build is off', async () => {
    const error = await run(tsx, ['src/cli/ask.ts', 'anything'], { env: { ...env, INDEX_DIR: join(paths.root, 'none') } }).catch((e: { stderr: string; code: number }) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toMatch(/INDEX_MISSING: No index at .* Run `npm run index` to build it\./);
  });

  it('rejects an empty question', async () => {
    const error = await ask('   ').catch((e: { stderr: string; code: number }) => e);
    expect((error as { stderr: string }).stderr).toMatch(/QUESTION_EMPTY/);
  });
});
