import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import type { AnswerResult } from '../answer/answer-contract.js';
import { askInConversation, conversationSchema, nameFinderFor, validateConversation } from '../answer/answer-conversation.js';
import { suggesterFor } from '../answer/suggest-follow-ups.js';
import { QuestionAnswerer, validateQuestion } from '../answer/answer-question.js';
import { splitSentences } from '../answer/grounding.js';
import type { LlmGenerator } from '../answer/llm-generator.js';
import { passageTextFor } from '../answer/extractive-answer.js';
import { sectionLabel, type Chunk } from '../chunk/chunk.js';
import { lineOfOffset } from '../corpus/load-corpus.js';
import { LANGUAGES } from '../corpus/manifest.js';
import type { TrustProxy } from '../config.js';
import { BudgetQaError, ERROR_CATALOGUE, isBudgetQaError, type ErrorCode } from '../errors.js';
import { bodyLimit } from './body-limit.js';
import { readJsonBody } from './json-body.js';
import type { LoadedIndex } from '../index/load-index.js';
import { chatCompletionsRoutes } from './chat-completions.js';
import { clientAddressResolver } from './client-address.js';
import { standaloneReadings, suggestionsPerAnswer } from './per-answer.js';
import { rateLimit, type RateLimiter } from './rate-limit.js';
import { Memo } from '../text/memo.js';
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
  /** Suggested follow-up questions under each answer (default 3; 0: none). */
  suggestedQuestions?: number;
  /** A language model that writes answers, checked before shown; without it answers are extractive. */
  generator?: LlmGenerator;
  /**
   * The proxies whose X-Forwarded-For is believed (see client-address.ts); `true` is one hop. Off,
   * clients are told apart by the socket address (else they could pick their own).
   */
  trustProxy?: boolean | TrustProxy;
  /** Most clients the rate limiter remembers at once. */
  rateLimitMaxClients?: number;
  /**
   * A rate limiter shared between apps (createRateLimiter): the server makes a new app when it
   * swaps in a rebuilt index, and clients keep their windows across it. Default: the app's own.
   */
  rateLimiter?: RateLimiter;
  /** Aborted when the server stops: streams still running end with a SERVER_SHUTTING_DOWN event. */
  shutdown?: AbortSignal;
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
  /** A stream the client left before it ended (latencyMs is then until it left). */
  aborted?: true;
}

type Env = { Variables: { requestId: string; retrievalSize?: number; errorCode?: string; streamEnded?: Promise<{ aborted: boolean }> } };

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

const SECURE_HEADERS = { contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: 'no-referrer', xFrameOptions: 'DENY' } as const;

/** The security headers every response carries, as a record (for responses written outside the app). */
export async function securityHeaderRecord(): Promise<Record<string, string>> {
  const probe = new Hono();
  probe.use('*', secureHeaders(SECURE_HEADERS));
  probe.get('*', (c) => c.body(null, 204));
  const record: Record<string, string> = {};
  (await probe.request('/')).headers.forEach((value, name) => {
    if (name !== 'content-type') record[name] = value;
  });
  return record;
}

/**
 * Whether the loaded index can answer at all (a tampered index whose checksums were rewritten can
 * load with no passages): the first reason it cannot, or undefined.
 */
export function indexProblem(index: LoadedIndex): string | undefined {
  if (index.chunks.length === 0) return 'the index holds no passages';
  if (index.chunks.length !== index.manifest.chunkCount) return `the index holds ${index.chunks.length} passages but its manifest says ${index.manifest.chunkCount}`;
  if (index.documents.size === 0) return 'the index lists no documents';
  const orphan = index.chunks.find((chunk) => !index.documents.has(chunk.docId));
  if (orphan) return `passage ${String(orphan.id).slice(0, 40)} belongs to no listed document`;
  // A vector store read lazily (load-index.ts) is checked when it is read, not here.
  if (index.vectorsLoaded?.() === false) return undefined;
  const vectors = (index.vectorStore as { index?: { getCurrentCount?: () => number } }).index?.getCurrentCount?.();
  if (vectors !== undefined && vectors !== index.chunks.length) return `the vector index holds ${vectors} passages, not ${index.chunks.length}`;
  return undefined;
}

/** The API's rate limiter, keyed on the client address as `trustProxy` says (client-address.ts). */
export function createRateLimiter(options: Pick<AppOptions, 'rateLimitPerMinute' | 'now' | 'rateLimitMaxClients' | 'trustProxy'>): RateLimiter {
  const clientAddress = clientAddressResolver(options.trustProxy);
  return rateLimit({
    perMinute: options.rateLimitPerMinute,
    now: options.now,
    maxClients: options.rateLimitMaxClients,
    clientKey: (c) => {
      const socketAddress = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
      return clientAddress(socketAddress, c.req.header('x-forwarded-for'));
    },
  });
}

export function createApp(options: AppOptions) {
  const { index } = options;
  const answerer = new QuestionAnswerer(index, undefined, options.answerCacheSize ?? 0, options.generator);
  const log = options.log ?? createLineLogger();
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const positionById = new Map(index.chunks.map((chunk, position) => [chunk.id, position]));
  const unanswerable = indexProblem(index);
  let requestCounter = 0;

  const askBodySchema = z
    .object({
      question: z.string({ error: 'question must be a string' }),
      lang: z.enum(LANGUAGES).optional(),
      k: z.number().int().min(1).max(20).optional(),
      /** Earlier turns, for follow-ups (answer-conversation.ts). */
      conversation: conversationSchema.optional(),
    })
    .strict();
  const findNames = nameFinderFor(index);
  const suggest = suggestionsPerAnswer(suggesterFor(answerer, { count: options.suggestedQuestions ?? 3 }));
  const readQuestion = standaloneReadings();

  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = `${Date.now().toString(36)}-${(++requestCounter).toString(36)}`;
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    await next();
    const write = (aborted: boolean) =>
      log({
        time: new Date().toISOString(),
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        ...(c.get('retrievalSize') !== undefined ? { retrievalSize: c.get('retrievalSize') } : {}),
        ...(c.get('errorCode') ? { errorCode: c.get('errorCode') } : {}),
        ...(aborted ? { aborted: true as const } : {}),
      });
    // A stream is logged when it ends, with its real duration, and as aborted if the client left.
    const streamEnded = c.get('streamEnded');
    if (streamEnded) void streamEnded.then(({ aborted }) => write(aborted));
    else write(false);
  });
  app.use('*', secureHeaders(SECURE_HEADERS));
  const limit = options.rateLimiter ?? createRateLimiter(options);
  app.use('/api/*', limit);
  // An index that cannot answer says so (503), not a 500 per question.
  const refuseWhenUnanswerable = async (_c: Context<Env>, next: () => Promise<void>) => {
    if (unanswerable) throw new BudgetQaError('INDEX_CORRUPT', `The index cannot answer: ${unanswerable}.`);
    return next();
  };
  app.use('/api/*', refuseWhenUnanswerable);
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
    const json = await readJsonBody(c);
    const parsed = askBodySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      throw new BudgetQaError('REQUEST_INVALID', `${where}${issue.code === 'unrecognized_keys' ? `unknown field(s) ${(issue as { keys?: string[] }).keys?.join(', ')}` : issue.message}.`);
    }
    return parsed.data;
  }

  /**
   * Whole replies to questions asked without a conversation, with the answer cache on and no
   * language model: such a reply (the follow-up reading, the answer, its suggestions) depends only
   * on the question, `k`, `lang` and this app's index, so a repeat skips reading the question as a
   * follow-up and suggesting again, not just answering. As large as the answer cache, bounded in bytes.
   */
  const replies = options.answerCacheSize && !answerer.generates ? new Memo<AnswerResult & { resolvedQuestion?: string }>(options.answerCacheSize) : undefined;

  async function answer(c: Context<Env>, onToken?: (token: string) => void): Promise<AnswerResult & { resolvedQuestion?: string }> {
    const body = await readAskBody(c);
    const started = performance.now();
    // A client that goes away stops the work done for it (a language model's reply). Watched only
    // when there is work: a kept reply is given at once (reading the web request's signal makes an
    // AbortController, a twentieth of a kept reply's CPU).
    let gone: ReturnType<typeof clientGone> | undefined;
    try {
      const reply = () => {
        gone = clientGone(c);
        return askInConversation(answerer, body.question, { k: body.k, language: body.lang, maxQuestionLength: options.maxQuestionLength, onToken, conversation: validateConversation(body.conversation ?? []), findNames, suggest, resolve: readQuestion, signal: gone.signal });
      };
      let result: AnswerResult & { resolvedQuestion?: string };
      if (replies && !onToken && (body.conversation ?? []).length === 0) {
        let fresh = false;
        const kept = await replies.getAsync(
          `${body.k ?? ''}\u0000${body.lang ?? ''}\u0000${body.question}`,
          () => {
            fresh = true;
            return reply();
          },
          // A reply cut short (its suggestions skipped when the client left) is not the one to keep.
          () => !gone?.signal.aborted,
        );
        // As the answer cache says of a repeat: nothing retrieved, and the time taken to find it.
        result = fresh ? kept : { ...kept, timingsMs: { retrieve: 0, answer: Math.round((performance.now() - started) * 100) / 100 }, cached: true };
      } else {
        result = await reply();
      }
      c.set('retrievalSize', result.citations.length + result.related.length);
      return result;
    } finally {
      gone?.release();
    }
  }

  /**
   * Aborted when the client goes away. Node notices a closed connection only when it next writes
   * to it, and a model may take seconds before anything is written: the socket's end is watched too.
   */
  function clientGone(c: Context<Env>): { signal: AbortSignal; release: () => void } {
    const controller = new AbortController();
    const abort = () => controller.abort();
    const node = c.env as { incoming?: { socket?: NodeJS.EventEmitter }; outgoing?: NodeJS.EventEmitter } | undefined;
    const socket = node?.incoming?.socket;
    socket?.once('end', abort);
    socket?.once('close', abort);
    // Over Node's HTTP server the web request's signal is aborted when the response closes before it
    // is finished, and it is watched only until the response is written: the response's 'close' is
    // watched instead (reading the signal makes another AbortController and an EventTarget listener).
    const response = node?.outgoing;
    if (response) response.once('close', abort);
    else c.req.raw.signal.addEventListener('abort', abort);
    return {
      signal: controller.signal,
      release: () => {
        socket?.off('end', abort);
        socket?.off('close', abort);
        if (response) response.off('close', abort);
        else c.req.raw.signal.removeEventListener('abort', abort);
      },
    };
  }

  /**
   * An SSE stream that is logged when it ends (aborted or not) and that the server's shutdown can
   * end: `run` gets a signal aborted when the client leaves or the server stops.
   */
  function openStream(c: Context<Env>, run: (stream: SSEStreamingApi, signal: AbortSignal) => Promise<void>) {
    let ended!: (outcome: { aborted: boolean }) => void;
    c.set('streamEnded', new Promise((resolve) => (ended = resolve)));
    return streamSSE(c, async (stream) => {
      const controller = new AbortController();
      let clientLeft = false;
      const leave = () => {
        clientLeft = true;
        controller.abort();
      };
      stream.onAbort(leave);
      const gone = clientGone(c);
      gone.signal.addEventListener('abort', leave);
      const stop = () => controller.abort();
      options.shutdown?.addEventListener('abort', stop);
      try {
        if (options.shutdown?.aborted) controller.abort();
        await run(stream, controller.signal);
        if (options.shutdown?.aborted && !clientLeft) {
          await stream.writeSSE({ event: 'error', data: JSON.stringify({ code: 'SERVER_SHUTTING_DOWN', message: `The server stopped before the answer was finished. ${ERROR_CATALOGUE.SERVER_SHUTTING_DOWN.hint}` }) });
        }
      } finally {
        gone.release();
        options.shutdown?.removeEventListener('abort', stop);
        ended({ aborted: clientLeft || stream.aborted });
      }
    });
  }

  app.post('/api/ask', async (c) => c.json(await answer(c)));

  app.post('/api/ask/stream', async (c) => {
    if (!answerer.generates) {
      // Extractive answers are ready at once: validate before the stream opens (bad input gets a
      // plain 4xx), then send the answer sentence by sentence.
      const result = await answer(c);
      return openStream(c, async (stream) => {
        await stream.writeSSE({ event: 'meta', data: JSON.stringify({ language: result.language, answerType: result.answerType, abstained: result.abstained, resolvedQuestion: result.resolvedQuestion }) });
        for (const piece of splitForStreaming(result.answer)) {
          await stream.writeSSE({ event: 'sentence', data: JSON.stringify({ text: piece }) });
        }
        await finish(stream, result);
      });
    }
    // A language model writes as it goes; only what passed the grounding check is sent: each
    // sentence once it is complete and its figures are found in the passages it cites. The checked
    // answer (or, when any sentence fails, the extractive one) comes last and replaces them.
    const body = await readAskBody(c);
    validateQuestion(body.question, options.maxQuestionLength);
    const conversation = validateConversation(body.conversation ?? []);
    return openStream(c, async (stream, signal) => {
      let written = Promise.resolve();
      const onToken = (sentence: string) => {
        written = written.then(() => stream.writeSSE({ event: 'sentence', data: JSON.stringify({ text: sentence }) }));
      };
      try {
        const result = await askInConversation(answerer, body.question, { k: body.k, language: body.lang, maxQuestionLength: options.maxQuestionLength, onToken, conversation, findNames, suggest, resolve: readQuestion, signal });
        await written;
        c.set('retrievalSize', result.citations.length + result.related.length);
        if (signal.aborted) return;
        await stream.writeSSE({ event: 'meta', data: JSON.stringify({ language: result.language, answerType: result.answerType, abstained: result.abstained, resolvedQuestion: result.resolvedQuestion }) });
        if (result.grounding) await stream.writeSSE({ event: 'grounding', data: JSON.stringify(result.grounding) });
        await finish(stream, result);
      } catch (error) {
        if (signal.aborted) return;
        const code = isBudgetQaError(error) ? error.code : 'INTERNAL';
        const message = isBudgetQaError(error) ? error.readable : 'Something went wrong on our side.';
        if (!isBudgetQaError(error)) console.error(`[${c.get('requestId')}]`, error);
        await stream.writeSSE({ event: 'error', data: JSON.stringify({ code, message }) });
      }
    });
  });

  async function finish(stream: SSEStreamingApi, result: AnswerResult) {
    await stream.writeSSE({ event: 'citations', data: JSON.stringify({ citations: result.citations, related: result.related }) });
    await stream.writeSSE({ event: 'done', data: JSON.stringify(result) });
  }

  // The OpenAI-compatible API (chat-completions.ts): same answerer, limits and codes, OpenAI's error shape.
  app.use('/v1/*', refuseWhenUnanswerable);
  app.route('/v1', chatCompletionsRoutes({ answerer, findNames, suggest, resolve: readQuestion, maxQuestionLength: options.maxQuestionLength, rateLimit: limit }));

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

  // The corpus does not change while the server runs: list it once (passages counted in one pass).
  const passagesOf = new Map<string, number>();
  for (const chunk of index.chunks) passagesOf.set(chunk.docId, (passagesOf.get(chunk.docId) ?? 0) + 1);
  const documentList = {
    documents: [...index.documents.values()].map((document) => ({
      id: document.id,
      title: document.title,
      publisher: document.publisher,
      date: document.date,
      budgetYear: document.budgetYear,
      languages: document.languages,
      passages: passagesOf.get(document.id) ?? 0,
    })),
  };
  app.get('/api/documents', (c) => c.json(documentList));

  app.get('/healthz', (c) => {
    const description = {
      chunks: index.chunks.length,
      builtAt: index.manifest.builtAt,
      embedder: index.manifest.embedder,
      corpusChecksum: index.manifest.corpusChecksum,
    };
    if (unanswerable) {
      c.set('errorCode', 'INDEX_CORRUPT');
      return c.json({ status: 'unavailable', problem: unanswerable, error: { code: 'INDEX_CORRUPT', message: `The index cannot answer: ${unanswerable}. ${ERROR_CATALOGUE.INDEX_CORRUPT.hint}` }, index: description }, 503);
    }
    return c.json({ status: 'ok', index: description });
  });

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
 * The answer in sentence-sized pieces that join back to it exactly (see splitSentences): "3.7" or
 * 「…。」[1] are never cut.
 */
export function splitForStreaming(answer: string): string[] {
  return splitSentences(answer);
}
