import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Citation } from '../answer/answer-contract.js';
import { askInConversation, MAX_CONVERSATION_TURNS, validateConversation, type AskInConversationOptions, type ConversationAnswer } from '../answer/answer-conversation.js';
import type { QuestionAnswerer } from '../answer/answer-question.js';
import type { ConversationTurn, NameFinder } from '../answer/resolve-follow-up.js';
import type { Suggester } from '../answer/suggest-follow-ups.js';
import type { Language } from '../corpus/manifest.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';
import { readJsonBody } from './json-body.js';
import { countCjk } from '../text/normalise.js';

/**
 * An OpenAI-compatible API, so that people answer from the chat clients they already have:
 * `POST /v1/chat/completions` (stream or not, the standard chunk format) and `GET /v1/models`.
 * The last user message is answered in the context of the earlier ones (follow-ups resolved as in
 * `/api/ask`); system messages are read as instructions to a model and ignored (answers come from
 * the documents). Beside the standard fields, a completion carries `citations`, `abstained` and
 * `resolvedQuestion`, as answer engines' APIs do. Errors are OpenAI's shape with this API's codes.
 */

/** The variables the main app's request log reads. */
type ChatEnv = { Variables: { requestId: string; retrievalSize?: number; errorCode?: string } };

export const MODEL_ID = 'budget-qa';
/** Most messages in a request (system messages included); the conversation itself is held to MAX_CONVERSATION_TURNS with CONVERSATION_TOO_LONG. */
const MAX_MESSAGES = 4 * MAX_CONVERSATION_TURNS;
/** Largest chat request body, in bytes: a client sends the whole history with every request. */
export const MAX_CHAT_BODY_BYTES = 64 * 1024;

export interface ChatCompletionsOptions {
  answerer: QuestionAnswerer;
  findNames?: NameFinder;
  /** Suggested follow-up questions, given beside the answer as `suggestions`. */
  suggest?: Suggester;
  /** Reads the last question from the earlier ones (askInConversation's `resolve`). */
  resolve?: AskInConversationOptions['resolve'];
  maxQuestionLength: number;
  /** The same rate limit as `/api/*` (shared, so a client cannot double its allowance). */
  rateLimit: MiddlewareHandler;
  maxBodyBytes?: number;
  /** Seconds since the epoch, for `created` (injectable for tests). */
  now?: () => number;
  /** Time the model list reports the model was created. */
  createdAt?: number;
}

const textPartSchema = z.object({ type: z.literal('text'), text: z.string() }).passthrough();
const messageSchema = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool'], { error: 'role must be system, developer, user, assistant or tool' }),
    content: z.union([z.string(), z.array(z.union([textPartSchema, z.object({ type: z.string() }).passthrough()])), z.null()]).optional(),
    name: z.string().optional(),
  })
  .passthrough();

/** The request: OpenAI's fields; sampling settings are accepted and have no effect (answers are extracted). */
const requestSchema = z
  .object({
    model: z.string({ error: 'model must be a string' }),
    messages: z.array(messageSchema, { error: 'messages must be an array' }).min(1, { error: 'messages must not be empty' }).max(MAX_MESSAGES, { error: `messages: at most ${MAX_MESSAGES}` }),
    stream: z.boolean().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullish(),
    n: z.literal(1, { error: 'n must be 1' }).nullish(),
  })
  .passthrough();

function textOf(content: z.infer<typeof messageSchema>['content']): string {
  if (typeof content === 'string') return content;
  if (!content) return '';
  return content.map((part) => (part.type === 'text' && typeof part.text === 'string' ? part.text : '')).join('\n');
}

const LABELS: Record<Language, { sources: string; related: string; budgetYear: string }> = {
  en: { sources: 'Sources', related: 'Related passages (not an answer)', budgetYear: 'budget year' },
  'zh-Hant': { sources: '出處', related: '相關段落（並非答案）', budgetYear: '年度' },
  'zh-Hans': { sources: '出处', related: '相关段落（并非答案）', budgetYear: '年度' },
};

/** A source line: title, date, budget year and section, in the answer's language. */
export function sourceLine(citation: Citation, language: Language): string {
  const labels = LABELS[language];
  const year = language === 'en' ? `${labels.budgetYear} ${citation.budgetYear}` : `${citation.budgetYear} ${labels.budgetYear}`;
  return `[${citation.n}] ${citation.title} (${citation.date}, ${year})${citation.section ? ` — ${citation.section}` : ''}`;
}

/** The reply a chat client shows: the answer with its [n] markers, then the numbered sources. */
export function replyContent(result: ConversationAnswer): string {
  const labels = LABELS[result.language];
  const lines = [result.answer];
  const colon = result.language === 'en' ? ':' : '：';
  if (result.citations.length) lines.push('', `${labels.sources}${colon}`, ...result.citations.map((citation) => sourceLine(citation, result.language)));
  else if (result.related.length) lines.push('', `${labels.related}${colon}`, ...result.related.map((citation) => sourceLine(citation, result.language)));
  return lines.join('\n');
}

/** A rough token count (a CJK character about one token, other text about four characters a token), for `usage`. */
function roughTokens(text: string): number {
  const cjk = countCjk(text);
  return cjk + Math.ceil((text.length - cjk) / 4);
}

function publicCitation(citation: Citation) {
  const { n, title, date, budgetYear, section, text, chunkId, docId } = citation;
  return { n, title, date, budgetYear, section, text, chunkId, docId };
}

/** The OpenAI error shape, with this API's stable code. */
function errorBody(code: string, message: string, status: number, param: string | null = null) {
  const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : status === 404 ? 'not_found_error' : 'invalid_request_error';
  return { error: { message, type, param, code } };
}

export function chatCompletionsRoutes(options: ChatCompletionsOptions) {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const createdAt = options.createdAt ?? now();
  const maxBodyBytes = options.maxBodyBytes ?? MAX_CHAT_BODY_BYTES;
  const app = new Hono<ChatEnv>();

  app.use('*', options.rateLimit);
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new BudgetQaError('REQUEST_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`);
      },
    }),
  );

  const model = () => ({ id: MODEL_ID, object: 'model', created: createdAt, owned_by: 'budget-qa' });
  app.get('/models', (c) => c.json({ object: 'list', data: [model()] }));
  app.get('/models/:id', (c) => {
    if (c.req.param('id') !== MODEL_ID) throw new BudgetQaError('MODEL_NOT_FOUND', `No model "${c.req.param('id').slice(0, 60)}"; this server has "${MODEL_ID}".`);
    return c.json(model());
  });

  app.post('/chat/completions', async (c) => {
    const json = await readJsonBody(c);
    const parsed = requestSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BudgetQaError('REQUEST_INVALID', `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}.`, { details: { param: issue.path.join('.') || null } });
    }
    const body = parsed.data;
    if (body.model !== MODEL_ID) throw new BudgetQaError('MODEL_NOT_FOUND', `No model "${body.model.slice(0, 60)}"; this server has "${MODEL_ID}".`, { details: { param: 'model' } });

    // Users and assistants make the conversation; system, developer and tool messages do not.
    const turns: ConversationTurn[] = body.messages
      .filter((message) => message.role === 'user' || message.role === 'assistant')
      .map((message) => ({ role: message.role as 'user' | 'assistant', content: textOf(message.content) }));
    const last = turns.at(-1);
    if (!last || last.role !== 'user') throw new BudgetQaError('REQUEST_INVALID', 'messages: the last user or assistant message must be from the user (the question to answer).', { details: { param: 'messages' } });
    const conversation = validateConversation(turns.slice(0, -1));
    const result = await askInConversation(options.answerer, last.content, { conversation, findNames: options.findNames, suggest: options.suggest, resolve: options.resolve, maxQuestionLength: options.maxQuestionLength });
    c.set('retrievalSize', result.citations.length + result.related.length);

    const id = `chatcmpl-${c.get('requestId') ?? crypto.randomUUID()}`;
    const created = now();
    const content = replyContent(result);
    const extra = { citations: result.citations.map(publicCitation), abstained: result.abstained, resolvedQuestion: result.resolvedQuestion, ...(result.suggestions ? { suggestions: result.suggestions } : {}) };
    const promptTokens = roughTokens(body.messages.map((message) => textOf(message.content)).join('\n'));
    const completionTokens = roughTokens(content);
    const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };

    if (!body.stream) {
      return c.json({
        id,
        object: 'chat.completion',
        created,
        model: MODEL_ID,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage,
        ...extra,
      });
    }
    const chunk = (delta: Record<string, unknown>, finish: string | null, more: Record<string, unknown> = {}) =>
      JSON.stringify({ id, object: 'chat.completion.chunk', created, model: MODEL_ID, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...more });
    return streamSSE(c, async (stream) => {
      await stream.writeSSE({ data: chunk({ role: 'assistant', content: '' }, null, extra) });
      for (const piece of splitContent(content)) await stream.writeSSE({ data: chunk({ content: piece }, null) });
      await stream.writeSSE({ data: chunk({}, 'stop', extra) });
      if (body.stream_options?.include_usage) {
        await stream.writeSSE({ data: JSON.stringify({ id, object: 'chat.completion.chunk', created, model: MODEL_ID, choices: [], usage }) });
      }
      await stream.writeSSE({ data: '[DONE]' });
    });
  });

  app.all('*', () => {
    throw new BudgetQaError('NOT_FOUND', 'Nothing here: this API has POST /v1/chat/completions and GET /v1/models.');
  });

  app.onError((error, c) => {
    if (isBudgetQaError(error)) {
      const param = typeof error.details?.param === 'string' ? error.details.param : null;
      c.set('errorCode', error.code);
      return c.json(errorBody(error.code, error.readable, error.status, param), error.status as 400);
    }
    c.set('errorCode', 'INTERNAL');
    console.error(`[${c.get('requestId')}]`, error);
    return c.json(errorBody('INTERNAL', 'Something went wrong on our side.', 500), 500);
  });

  return app;
}

/** The reply in pieces for streaming: lines, and sentences within them; joined, they are the reply exactly. */
export function splitContent(content: string): string[] {
  return content.split(/(?<=\n|[。！？](?![」』”’）)])|[.!?] )/).filter((piece) => piece.length > 0);
}
