import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../answer/answer-contract.js';
import { ERROR_CATALOGUE } from '../errors.js';
import { loadIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { createApp } from './create-app.js';
import { loadStaticFiles } from './static-files.js';

/**
 * Property-based bad input at every endpoint: whatever a client sends, the answer is a 4xx with a
 * known error code or a valid answer — never a 5xx, never a hang.
 */
describe('bad input, generated', () => {
  let app: ReturnType<typeof createApp>;
  const codes = new Set(Object.keys(ERROR_CATALOGUE));

  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    app = createApp({ index: await loadIndex(settings), staticFiles: loadStaticFiles('web'), rateLimitPerMinute: 0, maxQuestionLength: 1000, log: () => {} });
  });

  async function send(path: string, init?: RequestInit): Promise<Response> {
    const response = await Promise.race([
      app.request(path, init),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hang: ${path}`)), 5000)),
    ]);
    return response;
  }

  async function expectHandled(response: Response) {
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    if (response.status >= 400) {
      const body = JSON.parse(text);
      expect(codes.has(body.error.code)).toBe(true);
      expect(typeof body.error.message).toBe('string');
    }
    return text;
  }

  const nasty = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.constantFrom('\ud800', 'a\udfffb', '\u0000\u0001\u001f', '\u202e\u200b', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{7*7}}', '${process.exit()}', '../../etc/passwd', 'DROP TABLE x;', '智慧燈柱\u0000係咩', ' '.repeat(5000), '問'.repeat(1000), '問'.repeat(1001)),
  );

  it('POST /api/ask and /api/ask/stream: random questions get an answer or a coded 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, fc.constantFrom('/api/ask', '/api/ask/stream'), async (question, path) => {
        const response = await send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
        const text = await expectHandled(response);
        if (response.status === 200 && path === '/api/ask') {
          const answer = answerSchema.parse(JSON.parse(text));
          expect(answer.question).toBe(answer.question.trim());
          expect(answer.abstained || answer.citations.length > 0).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('random JSON values, deeply nested JSON, malformed JSON and huge bodies', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const fixed = [deep, '{"question":"a"', '{"question": "a", "question": 1}', 'null', 'true', '"question"', '{"question":{"$gt":""}}', 'x'.repeat(20_000), '\u0000'];
    for (const body of fixed) await expectHandled(await send('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        await expectHandled(await send('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) }));
      }),
      { numRuns: 150 },
    );
  });

  it('wrong and missing content types, wrong methods', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/jsonp', 'text/html'), fc.string({ maxLength: 50 }), async (type, body) => {
        const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
        const response = await send('/api/ask', { method: 'POST', headers, body });
        expect(response.status).toBe(415);
        await expectHandled(response);
      }),
      { numRuns: 50 },
    );
    for (const method of ['PUT', 'DELETE', 'PATCH']) await expectHandled(await send('/api/ask', { method }));
    await expectHandled(await send('/api/ask'));
  });

  it('GET /api/passages/:id and any path: 404 or the resource, never a file outside web/', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('..%2F..%2Fpackage.json', '%2e%2e', '..\\..\\', '%00', 'budget-2025-26-itib:xyz')), async (id) => {
        const encoded = encodeURIComponent(id);
        for (const path of [`/api/passages/${encoded}`, `/${encoded}`, `/web/${encoded}`]) {
          const response = await send(path);
          const text = await expectHandled(response);
          expect(text).not.toContain('"dependencies"');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the other endpoints stay sound', async () => {
    expect((await send('/api/documents')).status).toBe(200);
    expect((await send('/healthz')).status).toBe(200);
  });
});
