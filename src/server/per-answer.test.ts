import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerResult } from '../answer/answer-contract.js';
import { resolveFollowUp, type ResolveFollowUpOptions } from '../answer/resolve-follow-up.js';
import { loadSettings } from '../config.js';
import { loadIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { createApp, securityHeaderRecord } from './create-app.js';
import { startHttpServer, type RunningServer } from './http-server.js';
import { standaloneReadings, suggestionsPerAnswer } from './per-answer.js';
import { loadStaticFiles } from './static-files.js';

describe('standaloneReadings', () => {
  it('reads a question without earlier turns once, and gives each caller its own copy', () => {
    let calls = 0;
    const read = standaloneReadings({ resolve: (options) => (calls++, resolveFollowUp(options)) });
    const options: ResolveFollowUpOptions = { earlier: [], question: 'How much was set aside for the AI R&D Institute?' };
    const first = read(options);
    expect(first).toEqual(resolveFollowUp(options));
    first.question = 'changed by a caller';
    const second = read(options);
    expect(calls).toBe(1);
    expect(second).toEqual(resolveFollowUp(options));
    expect(second).not.toBe(first);
  });

  it('reads a follow-up against its earlier turns every time', () => {
    let calls = 0;
    const read = standaloneReadings({ resolve: (options) => (calls++, resolveFollowUp(options)) });
    const options: ResolveFollowUpOptions = {
      earlier: [
        { role: 'user', content: 'What is the 2025-26 estimate for programme (2)?' },
        { role: 'assistant', content: 'HK$1,234 million [1]' },
      ],
      question: 'and the year before?',
    };
    expect(read(options)).toEqual(resolveFollowUp(options));
    expect(read(options)).toEqual(resolveFollowUp(options));
    expect(calls).toBe(2);
  });
});

describe('suggestionsPerAnswer', () => {
  const answer = (chunkIds: string[], language: AnswerResult['language'] = 'en', abstained = false) => ({ language, abstained, citations: chunkIds.map((chunkId) => ({ chunkId })) }) as unknown as AnswerResult;

  it('suggests once per answer, and again for another answer, language or reading', async () => {
    const asked: string[] = [];
    const suggest = suggestionsPerAnswer(async (result, question) => {
      asked.push(`${result.language} ${question} ${result.citations.map((citation) => citation.chunkId).join(',')}`);
      return [`after ${question}`];
    });
    const first = await suggest(answer(['a', 'b']), 'Q');
    first.push('changed by a caller');
    expect(await suggest(answer(['a', 'b']), 'Q')).toEqual(['after Q']);
    expect(asked).toHaveLength(1);
    await suggest(answer(['b', 'a']), 'Q');
    await suggest(answer(['a', 'b'], 'zh-Hant'), 'Q');
    await suggest(answer(['a', 'b']), 'Q2');
    await suggest(answer(['a', 'b'], 'en', true), 'Q');
    expect(asked).toHaveLength(5);
  });
});

/**
 * Over real HTTP with the answer cache off, a request answered with the remembered reading and
 * suggestions gets the same bytes as the first (only the per-request headers and timings differ).
 */
describe('the API with readings and suggestions remembered', () => {
  let server: RunningServer;
  let port = 0;

  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    const index = await loadIndex(settings);
    const app = createApp({ index, staticFiles: loadStaticFiles('web'), rateLimitPerMinute: 0, maxQuestionLength: 1000, answerCacheSize: 0, log: () => {} });
    server = await startHttpServer({ fetch: (request, env) => app.fetch(request, env), port: 0, hostname: '127.0.0.1', limits: loadSettings().connections, headers: await securityHeaderRecord() });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => new Promise<void>((resolve) => server.server.close(() => resolve())));

  const raw = async (path: string, body: object): Promise<string> => {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const payload = Buffer.from(JSON.stringify(body));
    socket.write(`POST ${path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\nConnection: close\r\n\r\n`);
    socket.write(payload);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    await once(socket, 'end');
    return Buffer.concat(chunks).toString('utf8');
  };
  const perRequest = (response: string) =>
    response
      .replace(/^Date: .*$/m, 'Date: -')
      .replace(/^x-request-id: .*$/im, 'x-request-id: -')
      .replace(/^Content-Length: \d+$/m, 'Content-Length: -')
      // A streamed response's chunk sizes (its timings are of another length).
      .replace(/^[0-9a-f]+\r$/gm, '-')
      .replace(/"timingsMs":\{[^}]*\}/g, '"timingsMs":-');

  it('answers a question asked again with the same bytes', async () => {
    for (const question of ['How many submarine cable systems does Hong Kong have?', '數碼港有幾多間企業？']) {
      const first = await raw('/api/ask', { question });
      expect(first).toMatch(/^HTTP\/1\.1 200 /);
      expect(first).toContain('"suggestions":');
      expect(perRequest(await raw('/api/ask', { question }))).toBe(perRequest(first));
      const streamed = await raw('/api/ask/stream', { question });
      expect(perRequest(await raw('/api/ask/stream', { question }))).toBe(perRequest(streamed));
    }
  });

  it('reads a follow-up against its conversation after the same question was asked alone', async () => {
    const conversation = [
      { role: 'user', content: 'How many submarine cable systems does Hong Kong have?' },
      { role: 'assistant', content: '12 [1]' },
    ];
    const followUp = await raw('/api/ask', { question: 'And data centres?', conversation });
    await raw('/api/ask', { question: 'And data centres?' });
    expect(perRequest(await raw('/api/ask', { question: 'And data centres?', conversation }))).toBe(perRequest(followUp));
  });
});
