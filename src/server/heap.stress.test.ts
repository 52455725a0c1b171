import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longQuestionMaker, SCRIPTS } from '../test-support/long-questions.js';
import { startServerProcess, type ServerProcess } from '../test-support/server-process.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';

/**
 * Issue 13, attack 1: unique questions of the maximum length, in each script, to the real server
 * process with `npm start`'s heap cap. Before the caches were bounded in bytes, about 620 unique
 * 1,000-character Chinese questions killed it (heap out of memory). It must live and its memory
 * must stop growing: every cache is bounded in bytes.
 */
const PER_SCRIPT = Number(process.env.HEAP_QUESTIONS_PER_SCRIPT ?? 1000);
const CONCURRENCY = 8;
/**
 * Enough unique questions to have killed the server before the caches were bounded (about 620 Chinese
 * ones), sent however long a loaded machine takes: the count is what the test proves, not a rate.
 */
const LEAST_QUESTIONS = 1500;
/** Past the least count, stop sending after this long (bounded in time on a slow machine). */
const TIME_LIMIT_MS = 100_000;
const MEMORY_MARGIN = 1.15;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('unique maximum-length questions in every script', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    const { paths } = await builtTempIndex();
    server = await startServerProcess({ env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, RATE_LIMIT_PER_MIN: '0' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(`${PER_SCRIPT} of each (${SCRIPTS.join(', ')}): the server lives, answers every one, and its memory plateaus`, async () => {
    const make = longQuestionMaker();
    const total = PER_SCRIPT * SCRIPTS.length;
    const statuses = new Map<number | string, number>();
    const samples: Array<{ sent: number; mb: number }> = [];
    let sent = 0;
    const started = Date.now();
    const client = async () => {
      while (sent < total && (sent < LEAST_QUESTIONS || Date.now() - started < TIME_LIMIT_MS) && server.child.exitCode === null) {
        const n = sent++;
        const question = make(SCRIPTS[n % SCRIPTS.length]!);
        let status: number | string;
        try {
          const response = await fetch(`${server.url}api/ask${n % 10 === 9 ? '/stream' : ''}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
          await response.arrayBuffer();
          status = response.status;
        } catch {
          status = 'dropped';
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (n % 25 === 0 && server.child.exitCode === null) samples.push({ sent: n, mb: server.residentMb() });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    const seconds = (Date.now() - started) / 1000;
    const after = samples.filter((sample) => sample.sent >= Math.min(300, sent / 4));
    const third = Math.floor(after.length / 3);
    const middle = median(after.slice(third, 2 * third).map((sample) => sample.mb));
    const last = median(after.slice(-third).map((sample) => sample.mb));
    const peak = Math.max(...samples.map((sample) => sample.mb));
    console.log(`heap: ${sent} unique 1,000-character questions in ${seconds.toFixed(0)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; resident memory median middle third ${middle.toFixed(0)} MB, last third ${last.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`);
    expect(server.child.exitCode, server.stderr().slice(-500)).toBeNull();
    expect([...statuses.keys()]).toEqual([200]);
    expect(sent).toBeGreaterThanOrEqual(Math.min(total, LEAST_QUESTIONS));
    expect(last).toBeLessThanOrEqual(middle * MEMORY_MARGIN);
    expect((await fetch(`${server.url}healthz`)).status).toBe(200);
  }, 300_000);
});
