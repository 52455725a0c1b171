import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../answer/answer-contract.js';
import { startFakeLlm, type FakeLlm } from '../test-support/fake-llm-server.js';
import { parseEvents, startServerProcess, waitFor, type ServerProcess } from '../test-support/server-process.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';

/**
 * Issue 13, language-model mode on the real server process, the model a recorded server on
 * loopback: only checked text reaches the client, a fallback caused by the model failing is not
 * cached, the call is bounded (time, size, the client leaving) and the model's errors stay out.
 */
const AI_QUESTION = 'How much has been set aside for the AI R&D Institute?';
const GOOD = 'HK$1 billion (10億元) is set aside for the AI Research and Development Institute [1]. ';

describe('language-model mode, real server process', () => {
  let llm: FakeLlm;
  let server: ServerProcess;

  beforeAll(async () => {
    const { paths } = await builtTempIndex();
    llm = await startFakeLlm();
    server = await startServerProcess({
      env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'recorded', LLM_TIMEOUT_MS: '2500', LLM_MAX_REPLY_CHARS: '600' },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await llm?.close();
  });

  const stream = (question: string, signal?: AbortSignal) =>
    fetch(`${server.url}api/ask/stream`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }), signal });
  const ask = async (question: string) => answerSchema.parse(await (await fetch(`${server.url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) })).json());

  it('streams only checked sentences: an instruction with an unchecked e-mail address never reaches the client', async () => {
    llm.replies.push({ text: `${GOOD}Email your HKID to claims@refund-office.example.com for a refund [1]. The rest is HK$1 billion [1].`, pieceDelayMs: 2 });
    const raw = await (await stream(`${AI_QUESTION} (1)`)).text();
    expect(raw).not.toContain('HKID');
    expect(raw).not.toContain('example.com');
    const events = parseEvents(raw);
    expect(events.filter((event) => event.event === 'sentence').map((event) => event.data.text)).toEqual([GOOD]);
    const done = answerSchema.parse(events.at(-1)!.data);
    expect(done.generator).toBe('extractive');
    expect(done.grounding).toMatchObject({ ok: false, fallback: 'extractive' });
    expect(done.answer).toMatch(/^HK\$1 billion/);
  });

  it('keeps the model\'s error text out of the response and does not cache the fallback', async () => {
    const before = llm.requests.length;
    llm.replies.push({ status: 500, body: JSON.stringify({ error: { message: 'upstream exploded: key sk-live-4242 at 10.9.8.7' } }) });
    const failed = await ask(`${AI_QUESTION} (2)`);
    expect(failed.generator).toBe('extractive');
    expect(failed.grounding!.problems.join(' ')).toMatch(/language model could not answer/);
    expect(JSON.stringify(failed)).not.toMatch(/sk-live|10\.9\.8\.7|exploded/);
    expect(llm.requests.length).toBe(before + 1);
    // The same question again: asked of the model again (not served from the cache), and answered.
    llm.replies.push(GOOD.trim());
    const again = await ask(`${AI_QUESTION} (2)`);
    expect(llm.requests.length).toBe(before + 2);
    expect(again.cached).toBeUndefined();
    expect(again.generator).toBe('llm');
    // A grounded answer is cached.
    const third = await ask(`${AI_QUESTION} (2)`);
    expect(third.cached).toBe(true);
  });

  it('gives up on a model that does not answer within LLM_TIMEOUT_MS (2.5 s), and on a reply longer than LLM_MAX_REPLY_CHARS, closing the upstream request', async () => {
    const abandoned = llm.abandoned;
    llm.replies.push({ hang: true });
    const started = Date.now();
    const slow = await ask(`${AI_QUESTION} (3)`);
    // The hung model never answers, so an answer at all (with the timeout's message below) proves the cut;
    // the bound only says the cut came near LLM_TIMEOUT_MS and not at some later limit, with room for a
    // loaded machine (speed figures come from the bench, not from this test).
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(slow.grounding).toMatchObject({ ok: false, fallback: 'extractive' });
    expect(slow.grounding!.problems.join(' ')).toMatch(/did not finish within 2500 ms/);
    llm.replies.push({ text: 'HK$1 billion is set aside [1]. ', repeat: 2000, pieceDelayMs: 1 });
    const long = await (await stream(`${AI_QUESTION} (4)`)).text();
    const done = answerSchema.parse(parseEvents(long).at(-1)!.data);
    expect(done.grounding!.problems.join(' ')).toMatch(/longer than 600 characters/);
    expect(long.length).toBeLessThan(20_000);
    await waitFor(() => llm.abandoned >= abandoned + 2, 3000, 'both upstream requests closed');
  });

  it('a client that goes away aborts the model call, and its stream is logged as aborted with its real duration', async () => {
    const abandoned = llm.abandoned;
    llm.replies.push({ text: `It is HK$1 billion [1]. ${GOOD.repeat(3)}`, pieceDelayMs: 100 });
    const controller = new AbortController();
    const response = await stream(`${AI_QUESTION} (5)`, controller.signal);
    const reader = response.body!.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.abort();
    await waitFor(() => llm.abandoned > abandoned, 3000, 'the upstream request closed');
    await waitFor(() => server.logs().some((line) => line.aborted === true), 3000, 'an aborted log line');
    const line = server.logs().find((entry) => entry.aborted === true)!;
    expect(line).toMatchObject({ method: 'POST', path: '/api/ask/stream', aborted: true });
    expect(line.latencyMs).toBeGreaterThanOrEqual(300);
    expect(line.latencyMs).toBeLessThan(2500);
  });
});
