import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';

/**
 * Hono's body limit with a fast path that leaves the request body alone. Hono's own middleware asks
 * for `c.req.raw.body` first, which makes @hono/node-server build a web `Request` with a
 * `ReadableStream` over the socket for every request, GETs included (a third of the server's CPU
 * per small cached answer). Here a request without a body passes straight on, and one with a
 * Content-Length (which Node's HTTP parser holds the body to) is judged by that header, so the
 * handler's `c.req.text()` reads the body straight from Node's stream. Only a chunked body (no
 * length) goes through Hono's middleware, which counts bytes as they arrive.
 */
export function bodyLimit(options: Parameters<typeof honoBodyLimit>[0]): MiddlewareHandler {
  const counting = honoBodyLimit(options);
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number.parseInt(length, 10) > options.maxSize) {
        if (options.onError) return options.onError(c);
        return counting(c, next);
      }
      return next();
    }
    return counting(c, next);
  };
}
