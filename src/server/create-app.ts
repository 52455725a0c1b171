import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import type { AnswerResult } from '../answer/answer-contract.js';
import { QuestionAnswerer, validateQuestion } from '../answer/answer-question.js';
import type { LlmGenerator } from '../answer/llm-generator.js';
import { passageTextFor } from '../answer/extractive-answer.js';
import { sectionLabel, type Chunk } from '../chunk/chunk.js';
import { lineOfOffset } from '../corpus/load-corpus.js';
import { LANGUAGES } from '../corpus/manifest.js';
import { BudgetQaError, isBudgetQaError, type ErrorCode } from '../errors.js';
import type { LoadedIndex } from '../index/load-index.js';
import { rateLimit } from './rate-limit.js';
import type { StaticFiles } from './static-files.js';

/**
 * The HTTP API and the web UI, as a Hono app with no port opened (tests call `app.request()`).
 * Errors are typed: one handler turns a BudgetQaError into its status and `{ error: { code, message } }`.
 */

export interface AppOptions {
  index: LoadedIndex;
  staticFiles: StaticFiles;
  rateLimitPerMinute: number;
  maxQuestionLength: number;
  /** Recent answers kept (0: none). */
  answerCacheSize?: number;
  /** A language model that writes answers, checked before shown; without it answers are extractive. */
  generator?: LlmGenerator;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it; else clients could pick their own). */
  trustProxy?: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** One structured line per request. */
  log?: (entry: RequestLogEntry) => void;
  now?: () => number;
}

export interface RequestLogEntry {
  time: string;
  requestId: string;
  method: string;
  path: string;
  status: number;
  latencyMs: number;
  retrievalSize?: number;
  errorCode?: string;
}

type Env = { Variables: { requestId: string; retrievalSize?: number; errorCode?: string } };

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function createApp(options: AppOptions) {
  const { index } = options;
  const answerer = new QuestionAnswerer(index, undefined, options.answerCacheSize ?? 0, options.generator);
  const log = options.log ?? createLineLogger();
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const positionById = new Map(index.chunks.map((chunk, position) => [chunk.id, position]));
  let requestCounter = 0;

  const askBodySchema = z
    .object({
      question: z.string({ error: 'question must be a string' }),
      lang: z.enum(LANGUAGES).optional(),
      k: z.number().int().min(1).max(20).optional(),
    })
    .strict();

  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = `${Date.now().toString(36)}-${(++requestCounter).toString(36)}`;
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    await next();
    log({
      time: new Date().toISOString(),
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      ...(c.get('retrievalSize') !== undefined ? { retrievalSize: c.get('retrievalSize') } : {}),
      ...(c.get('errorCode') ? { errorCode: c.get('errorCode') } : {}),
    });
  });
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: 'no-referrer', xFrameOptions: 'DENY' }));
  app.use(
    '/api/*',
    rateLimit({
      perMinute: options.rateLimitPerMinute,
      now: options.now,
      clientKey: (c) => {
        const forwarded = options.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
        const socketAddress = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
        return forwarded || socketAddress || 'local';
      },
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new BudgetQaError('REQUEST_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`);
      },
    }),
  );

  /** Reads and validates an ask body: JSON object with a non-empty question. */
  async function readAskBody(c: Context<Env>) {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/i.test(type)) throw new BudgetQaError('REQUEST_UNSUPPORTED_MEDIA', `Content-Type must be application/json (got "${type.slice(0, 60)}").`);
    let json: unknown;
    try {
      json = JSON.parse(await c.req.text());
    } catch {
      throw new BudgetQaError('REQUEST_MALFORMED_JSON', 'The request body is not valid JSON.');
    }
    const parsed = askBodySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      throw new BudgetQaError('REQUEST_INVALID', `${where}${issue.code === 'unrecognized_keys' ? `unknown field(s) ${(issue as { keys?: string[] }).keys?.join(', ')}` : issue.message}.`);
    }
    return parsed.data;
  }

  async function answer(c: Context<Env>, onToken?: (token: string) => void): Promise<AnswerResult> {
    const body = await readAskBody(c);
    const result = await answerer.ask(body.question, { k: body.k, language: body.lang, maxQuestionLength: options.maxQuestionLength, onToken });
    c.set('retrievalSize', result.citations.length + result.related.length);
    return result;
  }

  app.post('/api/ask', async (c) => c.json(await answer(c)));

  app.post('/api/ask/stream', async (c) => {
    if (!answerer.generates) {
      // Extractive answers are ready at once: validate before the stream opens (bad input gets a
      // plain 4xx), then send the answer sentence by sentence.
      const result = await answer(c);
      return streamSSE(c, async (stream) => {
        await stream.writeSSE({ event: 'meta', data: JSON.stringify({ language: result.language, answerType: result.answerType, abstained: result.abstained }) });
        for (const piece of splitForStreaming(result.answer)) {
          await stream.writeSSE({ event: 'sentence', data: JSON.stringify({ text: piece }) });
        }
        await finish(stream, result);
      });
    }
    // A language model writes as it goes: tokens stream first; the checked answer (or, when the
    // grounding check fails, the extractive one) comes last and replaces them.
    const body = await readAskBody(c);
    validateQuestion(body.question, options.maxQuestionLength);
    return streamSSE(c, async (stream) => {
      let written = Promise.resolve();
      const onToken = (token: string) => {
        written = written.then(() => stream.writeSSE({ event: 'token', data: JSON.stringify({ text: token }) }));
      };
      try {
        const result = await answerer.ask(body.question, { k: body.k, language: body.lang, maxQuestionLength: options.maxQuestionLength, onToken });
        await written;
        c.set('retrievalSize', result.citations.length + result.related.length);
        await stream.writeSSE({ event: 'meta', data: JSON.stringify({ language: result.language, answerType: result.answerType, abstained: result.abstained }) });
        if (result.grounding) await stream.writeSSE({ event: 'grounding', data: JSON.stringify(result.grounding) });
        await finish(stream, result);
      } catch (error) {
        const code = isBudgetQaError(error) ? error.code : 'INTERNAL';
        const message = isBudgetQaError(error) ? error.readable : 'Something went wrong on our side.';
        await stream.writeSSE({ event: 'error', data: JSON.stringify({ code, message }) });
      }
    });
  });

  async function finish(stream: SSEStreamingApi, result: AnswerResult) {
    await stream.writeSSE({ event: 'citations', data: JSON.stringify({ citations: result.citations, related: result.related }) });
    await stream.writeSSE({ event: 'done', data: JSON.stringify(result) });
  }

  app.get('/api/passages/:chunkId', (c) => {
    const chunkId = c.req.param('chunkId');
    const position = positionById.get(chunkId);
    if (position === undefined) throw new BudgetQaError('PASSAGE_NOT_FOUND', `No passage "${chunkId.slice(0, 80)}".`);
    const chunk = index.chunks[position]!;
    const document = index.documents.get(chunk.docId)!;
    const neighbour = (offset: number) => {
      const other = index.chunks[position + offset];
      return other && other.docId === chunk.docId ? describePassage(other) : null;
    };
    const source = index.sources.get(chunk.docId);
    return c.json({
      passage: describePassage(chunk),
      document: { id: document.id, title: document.title, date: document.date, budgetYear: document.budgetYear, publisher: document.publisher, languages: document.languages },
      previous: neighbour(-1),
      next: neighbour(1),
      source: { file: document.file, start: chunk.start, end: chunk.end, line: source ? lineOfOffset(source, chunk.start).line : null },
    });
  });

  // The corpus does not change while the server runs: list it once.
  const documentList = {
    documents: [...index.documents.values()].map((document) => ({
      id: document.id,
      title: document.title,
      publisher: document.publisher,
      date: document.date,
      budgetYear: document.budgetYear,
      languages: document.languages,
      passages: index.chunks.filter((chunk) => chunk.docId === document.id).length,
    })),
  };
  app.get('/api/documents', (c) => c.json(documentList));

  app.get('/healthz', (c) =>
    c.json({
      status: 'ok',
      index: {
        chunks: index.manifest.chunkCount,
        builtAt: index.manifest.builtAt,
        embedder: index.manifest.embedder,
        corpusChecksum: index.manifest.corpusChecksum,
      },
    }),
  );

  app.get('*', (c) => {
    const file = options.staticFiles.get(c.req.path);
    if (!file) throw new BudgetQaError('NOT_FOUND', 'Nothing here.');
    c.header('Content-Type', file.contentType);
    c.header('Cache-Control', 'no-cache');
    return c.body(file.body as Uint8Array<ArrayBuffer>);
  });

  app.notFound(() => {
    throw new BudgetQaError('NOT_FOUND', 'Nothing here.');
  });

  app.onError((error, c) => {
    const requestId = c.get('requestId');
    if (isBudgetQaError(error)) {
      c.set('errorCode', error.code);
      return c.json({ error: { code: error.code, message: error.readable, requestId } }, error.status as 400);
    }
    c.set('errorCode', 'INTERNAL' satisfies ErrorCode);
    console.error(`[${requestId}]`, error);
    return c.json({ error: { code: 'INTERNAL', message: `Something went wrong on our side (request ${requestId}).`, requestId } }, 500);
  });

  return app;
}

/**
 * Request logs as JSON lines on stdout, written in batches: a synchronous write per request to a
 * pipe costs more than answering the request.
 */
export function createLineLogger(write: (chunk: string) => void = (chunk) => process.stdout.write(chunk)): ((entry: RequestLogEntry) => void) & { flush: () => void } {
  let buffer = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    write(chunk);
  };
  process.once('beforeExit', flush);
  const log = (entry: RequestLogEntry) => {
    buffer += `${JSON.stringify(entry)}\n`;
    if (buffer.length > 64 * 1024) flush();
    else if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 20).unref();
    }
  };
  return Object.assign(log, { flush });
}

/** Both languages of a passage, with its place in the document. */
function describePassage(chunk: Chunk) {
  return {
    chunkId: chunk.id,
    docId: chunk.docId,
    kind: chunk.kind,
    section: { en: sectionLabel(chunk.section, 'en'), zh: sectionLabel(chunk.section, 'zh') },
    context: chunk.context,
    texts: chunk.texts,
    display: { en: passageTextFor(chunk, 'en').text, 'zh-Hant': passageTextFor(chunk, 'zh-Hant').text, 'zh-Hans': passageTextFor(chunk, 'zh-Hans').text },
  };
}

/**
 * The answer in sentence-sized pieces that join back to it exactly: a piece ends after 。！？ (or
 * . ! ? before a space) together with any closing quotes and citation markers that follow, so
 * "3.7" or 「…。」[1] are never cut.
 */
export function splitForStreaming(answer: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let index = 0;
  while (index < answer.length) {
    const char = answer[index]!;
    const ends = /[。！？]/.test(char) || (/[.!?]/.test(char) && (index + 1 === answer.length || /\s/.test(answer[index + 1]!)));
    index++;
    if (!ends) continue;
    for (;;) {
      const rest = answer.slice(index);
      const tail = /^(?:[」』”’）)]+|\s*\[\d+\]|\s+)/.exec(rest);
      if (!tail) break;
      index += tail[0].length;
    }
    pieces.push(answer.slice(start, index));
    start = index;
  }
  if (start < answer.length) pieces.push(answer.slice(start));
  return pieces.length ? pieces : [answer];
}
