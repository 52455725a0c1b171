import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerSchema } from '../answer/answer-contract.js';
import { loadIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { createApp, splitForStreaming, type RequestLogEntry } from './create-app.js';
import { loadStaticFiles } from './static-files.js';

/** The API over real HTTP on loopback, against the real index built on disk. */
describe('HTTP API', () => {
  const logs: RequestLogEntry[] = [];
  let server: ServerType;
  let base = '';

  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    const index = await loadIndex(settings);
    const app = createApp({
      index,
      staticFiles: loadStaticFiles('web'),
      rateLimitPerMinute: 1000,
      maxQuestionLength: 1000,
      log: (entry) => logs.push(entry),
    });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, body: string, type = 'application/json') => fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': type }, body });

  it('POST /api/ask answers with the JSON contract', async () => {
    const response = await post('/api/ask', JSON.stringify({ question: 'How many submarine cable systems does Hong Kong have?' }));
    expect(response.status).toBe(200);
    const result = answerSchema.parse(await response.json());
    expect(result.answer).toMatch(/^12 \[1\]/);
    expect(result.citations[0]!.docId).toBe('facts-innovation-technology-2025');
  });

  it('reads a request body with a Content-Length without building a web stream', async () => {
    const toWeb = vi.spyOn(Readable, 'toWeb');
    try {
      const response = await post('/api/ask', JSON.stringify({ question: 'How many submarine cable systems does Hong Kong have?' }));
      expect(response.status).toBe(200);
      expect((await response.json()).answer).toMatch(/^12 \[1\]/);
      expect(toWeb).not.toHaveBeenCalled();
    } finally {
      toWeb.mockRestore();
    }
  });

  it('POST /api/ask honours lang: a Traditional question answered in Simplified', async () => {
    const response = await post('/api/ask', JSON.stringify({ question: '政府預留多少錢設立香港人工智能研發院？', lang: 'zh-Hans' }));
    const result = answerSchema.parse(await response.json());
    expect(result.language).toBe('zh-Hans');
    expect(result.answer).toContain('10亿元');
    expect(result.citations[0]!.text).toContain('预留');
  });

  it('POST /api/ask/stream sends sentences, then citations, then the final answer', async () => {
    const response = await post('/api/ask/stream', JSON.stringify({ question: 'How much has been set aside for the AI R&D Institute?' }));
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await response.text();
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({ event: m[1]!, data: JSON.parse(m[2]!) }));
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('meta');
    expect(names.filter((n) => n === 'sentence').length).toBeGreaterThanOrEqual(2);
    expect(names.slice(-2)).toEqual(['citations', 'done']);
    const done = answerSchema.parse(events.at(-1)!.data);
    expect(events.filter((e) => e.event === 'sentence').map((e) => e.data.text).join('')).toBe(done.answer);
  });

  it('GET /api/passages/:chunkId returns the passage with neighbours and source location', async () => {
    const ask = answerSchema.parse(await (await post('/api/ask', JSON.stringify({ question: 'How much has been set aside for the AI R&D Institute?' }))).json());
    const response = await fetch(`${base}/api/passages/${encodeURIComponent(ask.citations[0]!.chunkId)}`);
    const detail = await response.json();
    expect(detail.passage.texts.map((t: { language: string }) => t.language)).toEqual(['zh-Hant', 'en']);
    expect(detail.document.title.en).toBe('2025-26 Budget: Major initiatives under ITIB');
    expect(detail.source.file).toBe('2025-26-budget-itib-initiatives.md');
    expect(detail.source.line).toBeGreaterThan(40);
    expect(detail.next.docId).toBe(detail.passage.docId);
    const missing = await fetch(`${base}/api/passages/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('PASSAGE_NOT_FOUND');
  });

  it('GET /api/documents lists the corpus and /healthz the index', async () => {
    const documents = (await (await fetch(`${base}/api/documents`)).json()).documents;
    expect(documents).toHaveLength(5);
    expect(documents.map((d: { date: string }) => d.date)).toContain('2026-02-25');
    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', index: { embedder: { name: 'concept-hash' } } });
  });

  it.each([
    ['empty question', JSON.stringify({ question: '' }), 'application/json', 400, 'QUESTION_EMPTY'],
    ['whitespace-only question', JSON.stringify({ question: ' \n\t ' }), 'application/json', 400, 'QUESTION_EMPTY'],
    ['over-long question', JSON.stringify({ question: '問'.repeat(1001) }), 'application/json', 413, 'QUESTION_TOO_LONG'],
    ['wrong type', JSON.stringify({ question: 42 }), 'application/json', 400, 'REQUEST_INVALID'],
    ['missing question', JSON.stringify({}), 'application/json', 400, 'REQUEST_INVALID'],
    ['unknown field', JSON.stringify({ question: 'hi', admin: true }), 'application/json', 400, 'REQUEST_INVALID'],
    ['bad lang', JSON.stringify({ question: 'hi', lang: 'fr' }), 'application/json', 400, 'REQUEST_INVALID'],
    ['bad k', JSON.stringify({ question: 'hi', k: 500 }), 'application/json', 400, 'REQUEST_INVALID'],
    ['array body', JSON.stringify(['question']), 'application/json', 400, 'REQUEST_INVALID'],
    ['malformed JSON', '{"question":', 'application/json', 400, 'REQUEST_MALFORMED_JSON'],
    ['wrong content type', 'question=hi', 'application/x-www-form-urlencoded', 415, 'REQUEST_UNSUPPORTED_MEDIA'],
    ['huge body', JSON.stringify({ question: 'x'.repeat(100_000) }), 'application/json', 413, 'REQUEST_TOO_LARGE'],
  ])('rejects %s with a stable code', async (_name, body, type, status, code) => {
    for (const path of ['/api/ask', '/api/ask/stream']) {
      const response = await post(path, body, type);
      expect(response.status).toBe(status);
      const payload = await response.json();
      expect(payload.error.code).toBe(code);
      expect(payload.error.message.length).toBeGreaterThan(10);
    }
  });

  it('serves the UI with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<form id="ask-form"');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/web/../src/config.ts', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/index.html%00', '/styles.css/../../package.json'])('answers 404 to traversal %s', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"name": "budget-qa"');
  });

  it('logs one structured line per request', async () => {
    logs.length = 0;
    await fetch(`${base}/healthz`);
    await post('/api/ask', JSON.stringify({ question: 'How many fintech companies are there in Hong Kong?' }));
    expect(logs).toHaveLength(2);
    expect(logs[1]).toMatchObject({ method: 'POST', path: '/api/ask', status: 200 });
    expect(logs[1]!.retrievalSize).toBeGreaterThan(0);
    expect(typeof logs[1]!.latencyMs).toBe('number');
    expect(logs[1]!.requestId).not.toBe(logs[0]!.requestId);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client passes its limit, and resets the next minute', async () => {
    const { settings } = await builtTempIndex();
    let now = 1_000_000;
    const app = createApp({ index: await loadIndex(settings), staticFiles: new Map(), rateLimitPerMinute: 3, maxQuestionLength: 1000, log: () => {}, now: () => now, trustProxy: true });
    const ask = (client = '10.0.0.1') => app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client }, body: JSON.stringify({ question: 'hi there' }) });
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    expect((await ask('10.0.0.2')).status).toBe(200); // another client has its own allowance
    now += 15_000;
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect((await limited.json()).error.code).toBe('RATE_LIMITED');
    now += 46_000;
    expect((await ask()).status).toBe(200);
  });
});

describe('splitForStreaming', () => {
  it('never cuts inside a figure or before a closing quote, and joins back exactly', () => {
    const answer = 'HK$3.7 billion (37億元) [1]. From X: “Earmarked $3.7 billion.” [1] 根據《X》：「平台。」 [2]';
    const pieces = splitForStreaming(answer);
    expect(pieces.join('')).toBe(answer);
    expect(pieces[0]).toBe('HK$3.7 billion (37億元) [1]. ');
    expect(pieces.every((piece) => !/^[」”]/.test(piece))).toBe(true);
  });
});
