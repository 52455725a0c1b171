import type { Context } from 'hono';
import { BudgetQaError } from '../errors.js';

/** The request body as JSON: Content-Type application/json, else REQUEST_UNSUPPORTED_MEDIA; unparsable, REQUEST_MALFORMED_JSON. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new BudgetQaError('REQUEST_UNSUPPORTED_MEDIA', `Content-Type must be application/json (got "${type.slice(0, 60)}").`);
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw new BudgetQaError('REQUEST_MALFORMED_JSON', 'The request body is not valid JSON.');
  }
}
