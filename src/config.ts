import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { BudgetQaError } from './errors.js';

/**
 * Every setting in one place: the explicit option first, then the environment, then a default.
 * README.md lists each variable.
 */
export type EmbedderKind = 'concept' | 'transformers';

export interface Settings {
  corpusDir: string;
  indexDir: string;
  embedder: EmbedderKind;
  /** Hub id or local directory, for EMBEDDER=transformers. */
  model: string;
  /** Rebuild a missing or stale index on start (true), or refuse (false). */
  autoBuildIndex: boolean;
  port: number;
  rateLimitPerMinute: number;
  maxQuestionLength: number;
  /** Recent answers kept by the server (0: none). */
  answerCacheSize: number;
  /** Suggested follow-up questions under each answer (0: none). */
  suggestedQuestions: number;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, `loopback`,
   * `private`), or a number of hops; empty: none (clients are told apart by the socket address).
   */
  trustProxy: TrustProxy;
  /** Most clients the rate limiter remembers at once (oldest windows go first). */
  rateLimitMaxClients: number;
  /** Connection limits of the HTTP server. */
  connections: ConnectionLimits;
  /** On SIGTERM, how long requests already running may take before they are ended. */
  shutdownTimeoutMs: number;
  /** The server watches the index directory and swaps in a rebuilt index (server/index-swap.ts). */
  indexWatch: boolean;
  /** And polls the index manifest this often (ms; 0: no poll), for file systems a watch is not told of. */
  indexPollMs: number;
  /** An OpenAI-compatible chat model that writes answers (checked before shown); undefined: extractive only. */
  llm?: { baseUrl: string; model: string; apiKey?: string; timeoutMs?: number; maxReplyChars?: number };
}

/** Trusted proxies: a hop count (Express's `trust proxy = n`), or addresses and ranges. */
export type TrustProxy = { hops: number } | { ranges: string[] };

export interface ConnectionLimits {
  /** Time a client has to send the request headers (also a connection that sends nothing). */
  headersTimeoutMs: number;
  /** Time a client has to send the whole request. */
  requestTimeoutMs: number;
  /** How long an idle kept-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Most open connections; the next is answered 503 SERVER_BUSY and closed. */
  maxConnections: number;
}

const DEFAULTS: Settings = {
  corpusDir: 'corpus',
  indexDir: 'index',
  embedder: 'concept',
  model: 'Xenova/multilingual-e5-small',
  autoBuildIndex: true,
  port: 8787,
  rateLimitPerMinute: 60,
  maxQuestionLength: 1000,
  answerCacheSize: 1000,
  suggestedQuestions: 3,
  trustProxy: { hops: 0 },
  rateLimitMaxClients: 50_000,
  connections: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 },
  shutdownTimeoutMs: 10_000,
  indexWatch: true,
  indexPollMs: 2_000,
};

/** Defaults of the optional language model's bounds. */
export const LLM_DEFAULTS = { timeoutMs: 30_000, maxReplyChars: 4_000 };

/**
 * TRUST_PROXY: `0`/empty (none), a hop count (`1`: the socket's peer is the proxy), or a comma list
 * of addresses, CIDR ranges and the names `loopback`, `private` (10/8, 172.16/12, 192.168/16, fc00::/7),
 * `linklocal`.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const text = (raw ?? '').trim();
  if (text === '' || /^(0|false|no|off)$/i.test(text)) return { hops: 0 };
  if (/^(true|yes|on)$/i.test(text)) return { hops: 1 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const ranges = text.split(',').map((part) => part.trim()).filter(Boolean);
  for (const range of ranges) {
    if (['loopback', 'private', 'linklocal', 'uniquelocal'].includes(range)) continue;
    const [address, bits, extra] = range.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits))) {
      throw new BudgetQaError('CONFIG_INVALID', `TRUST_PROXY: "${range}" is not an address, a CIDR range (10.0.0.0/8) or one of loopback, private, linklocal.`);
    }
  }
  return { ranges };
}

function readInteger(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new BudgetQaError('CONFIG_INVALID', `${name}="${raw}" must be a whole number ≥ ${min}.`);
  }
  return value;
}

function readBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new BudgetQaError('CONFIG_INVALID', `${name}="${raw}" must be 1 or 0.`);
}

export function loadSettings(explicit: Partial<Settings> = {}, env: NodeJS.ProcessEnv = process.env): Settings {
  const embedder = explicit.embedder ?? (env.EMBEDDER as EmbedderKind | undefined) ?? DEFAULTS.embedder;
  if (embedder !== 'concept' && embedder !== 'transformers') {
    throw new BudgetQaError('CONFIG_INVALID', `EMBEDDER="${embedder}" must be "concept" (the embedded default) or "transformers".`);
  }
  const llmBaseUrl = env.LLM_BASE_URL?.trim();
  const llmModel = env.LLM_MODEL?.trim();
  if (Boolean(llmBaseUrl) !== Boolean(llmModel)) {
    throw new BudgetQaError('CONFIG_INVALID', 'LLM_BASE_URL and LLM_MODEL go together: set both to answer with a language model, or neither.');
  }
  if (llmBaseUrl && !/^https?:\/\/\S+$/.test(llmBaseUrl)) throw new BudgetQaError('CONFIG_INVALID', `LLM_BASE_URL="${llmBaseUrl}" must be an http(s) URL.`);
  const settings: Settings = {
    llm:
      explicit.llm ??
      (llmBaseUrl && llmModel
        ? {
            baseUrl: llmBaseUrl,
            model: llmModel,
            apiKey: env.LLM_API_KEY || undefined,
            timeoutMs: readInteger('LLM_TIMEOUT_MS', env.LLM_TIMEOUT_MS, LLM_DEFAULTS.timeoutMs, 1),
            maxReplyChars: readInteger('LLM_MAX_REPLY_CHARS', env.LLM_MAX_REPLY_CHARS, LLM_DEFAULTS.maxReplyChars, 1),
          }
        : undefined),
    corpusDir: resolve(explicit.corpusDir ?? env.CORPUS_DIR ?? DEFAULTS.corpusDir),
    indexDir: resolve(explicit.indexDir ?? env.INDEX_DIR ?? DEFAULTS.indexDir),
    embedder,
    model: explicit.model ?? env.MODEL ?? DEFAULTS.model,
    autoBuildIndex: explicit.autoBuildIndex ?? readBoolean('INDEX_AUTO_BUILD', env.INDEX_AUTO_BUILD, DEFAULTS.autoBuildIndex),
    port: explicit.port ?? readInteger('PORT', env.PORT, DEFAULTS.port, 0),
    rateLimitPerMinute: explicit.rateLimitPerMinute ?? readInteger('RATE_LIMIT_PER_MIN', env.RATE_LIMIT_PER_MIN, DEFAULTS.rateLimitPerMinute, 0),
    maxQuestionLength: explicit.maxQuestionLength ?? readInteger('MAX_QUESTION_CHARS', env.MAX_QUESTION_CHARS, DEFAULTS.maxQuestionLength, 1),
    answerCacheSize: explicit.answerCacheSize ?? readInteger('ANSWER_CACHE_SIZE', env.ANSWER_CACHE_SIZE, DEFAULTS.answerCacheSize, 0),
    suggestedQuestions: explicit.suggestedQuestions ?? readInteger('SUGGESTED_QUESTIONS', env.SUGGESTED_QUESTIONS, DEFAULTS.suggestedQuestions, 0),
    trustProxy: explicit.trustProxy ?? (env.TRUST_PROXY ? parseTrustProxy(env.TRUST_PROXY) : DEFAULTS.trustProxy),
    rateLimitMaxClients: explicit.rateLimitMaxClients ?? readInteger('RATE_LIMIT_MAX_CLIENTS', env.RATE_LIMIT_MAX_CLIENTS, DEFAULTS.rateLimitMaxClients, 1),
    connections: explicit.connections ?? {
      headersTimeoutMs: readInteger('HEADERS_TIMEOUT_MS', env.HEADERS_TIMEOUT_MS, DEFAULTS.connections.headersTimeoutMs, 1),
      requestTimeoutMs: readInteger('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, DEFAULTS.connections.requestTimeoutMs, 1),
      keepAliveTimeoutMs: readInteger('KEEP_ALIVE_TIMEOUT_MS', env.KEEP_ALIVE_TIMEOUT_MS, DEFAULTS.connections.keepAliveTimeoutMs, 1),
      maxConnections: readInteger('MAX_CONNECTIONS', env.MAX_CONNECTIONS, DEFAULTS.connections.maxConnections, 1),
    },
    shutdownTimeoutMs: explicit.shutdownTimeoutMs ?? readInteger('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, DEFAULTS.shutdownTimeoutMs, 0),
    indexWatch: explicit.indexWatch ?? readBoolean('INDEX_WATCH', env.INDEX_WATCH, DEFAULTS.indexWatch),
    indexPollMs: explicit.indexPollMs ?? readInteger('INDEX_POLL_MS', env.INDEX_POLL_MS, DEFAULTS.indexPollMs, 0),
  };
  if (settings.connections.headersTimeoutMs > settings.connections.requestTimeoutMs) {
    throw new BudgetQaError('CONFIG_INVALID', `HEADERS_TIMEOUT_MS (${settings.connections.headersTimeoutMs}) must not be longer than REQUEST_TIMEOUT_MS (${settings.connections.requestTimeoutMs}): the headers are part of the request.`);
  }
  return settings;
}
