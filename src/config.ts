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
  /** Rate-limit by X-Forwarded-For (behind a proxy that sets it). */
  trustProxy: boolean;
  /** An OpenAI-compatible chat model that writes answers (checked before shown); undefined: extractive only. */
  llm?: { baseUrl: string; model: string; apiKey?: string };
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
  trustProxy: false,
};

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
  return {
    llm: explicit.llm ?? (llmBaseUrl && llmModel ? { baseUrl: llmBaseUrl, model: llmModel, apiKey: env.LLM_API_KEY || undefined } : undefined),
    corpusDir: resolve(explicit.corpusDir ?? env.CORPUS_DIR ?? DEFAULTS.corpusDir),
    indexDir: resolve(explicit.indexDir ?? env.INDEX_DIR ?? DEFAULTS.indexDir),
    embedder,
    model: explicit.model ?? env.MODEL ?? DEFAULTS.model,
    autoBuildIndex: explicit.autoBuildIndex ?? readBoolean('INDEX_AUTO_BUILD', env.INDEX_AUTO_BUILD, DEFAULTS.autoBuildIndex),
    port: explicit.port ?? readInteger('PORT', env.PORT, DEFAULTS.port, 0),
    rateLimitPerMinute: explicit.rateLimitPerMinute ?? readInteger('RATE_LIMIT_PER_MIN', env.RATE_LIMIT_PER_MIN, DEFAULTS.rateLimitPerMinute, 0),
    maxQuestionLength: explicit.maxQuestionLength ?? readInteger('MAX_QUESTION_CHARS', env.MAX_QUESTION_CHARS, DEFAULTS.maxQuestionLength, 1),
    answerCacheSize: explicit.answerCacheSize ?? readInteger('ANSWER_CACHE_SIZE', env.ANSWER_CACHE_SIZE, DEFAULTS.answerCacheSize, 0),
    trustProxy: explicit.trustProxy ?? readBoolean('TRUST_PROXY', env.TRUST_PROXY, DEFAULTS.trustProxy),
  };
}
