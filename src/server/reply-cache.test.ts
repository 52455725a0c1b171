import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QuestionAnswerer } from '../answer/answer-question.js';
import { loadIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { createApp } from './create-app.js';
import { loadStaticFiles } from './static-files.js';

/**
 * With the answer cache on, a question asked again without a conversation gets the reply it got
 * the first time (answer, citations, follow-up reading, suggestions) without answering anything
 * again; a question inside a conversation is read against it every time. Real HTTP, real index.
 */
describe('whole replies kept with the answer cache', () => {
  let server: ServerType;
  let base = '';

  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    const index = await loadIndex(settings);
    const app = createApp({ index, staticFiles: loadStaticFiles('web'), rateLimitPerMinute: 1000, maxQuestionLength: 1000, answerCacheSize: 50, log: () => {} });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ask = async (body: object) => {
    const response = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  };
  const withoutTimes = ({ timingsMs: _timings, cached: _cached, ...rest }: Record<string, unknown>) => rest;

  it('answers a repeat from the kept reply, the same in everything but its timings', async () => {
    const asked = vi.spyOn(QuestionAnswerer.prototype, 'ask');
    try {
      const question = { question: 'How many submarine cable systems does Hong Kong have?' };
      const first = await ask(question);
      const callsAfterFirst = asked.mock.calls.length;
      expect(callsAfterFirst).toBeGreaterThan(0);
      const second = await ask(question);
      expect(asked.mock.calls.length).toBe(callsAfterFirst);
      expect(second.cached).toBe(true);
      expect((second.timingsMs as { retrieve: number }).retrieve).toBe(0);
      expect(withoutTimes(second)).toEqual(withoutTimes(first));
      expect(String(second.answer)).toMatch(/^12 \[1\]/);

      // Another language is another reply.
      const simplified = await ask({ ...question, lang: 'zh-Hans' });
      expect(simplified.language).toBe('zh-Hans');
      expect(asked.mock.calls.length).toBeGreaterThan(callsAfterFirst);

      // Inside a conversation the question is read against it each time.
      const conversation = [
        { role: 'user', content: 'How many submarine cable systems does Hong Kong have?' },
        { role: 'assistant', content: String(first.answer) },
      ];
      const before = asked.mock.calls.length;
      await ask({ question: 'And data centres?', conversation });
      const once = asked.mock.calls.length;
      expect(once).toBeGreaterThan(before);
      await ask({ question: 'And data centres?', conversation });
      expect(asked.mock.calls.length).toBeGreaterThan(once);
    } finally {
      asked.mockRestore();
    }
  });
});
