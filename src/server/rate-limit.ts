import type { MiddlewareHandler } from 'hono';
import { BudgetQaError } from '../errors.js';

/**
 * A fixed-window limit per client: at most `perMinute` requests in each minute; the next gets 429
 * with Retry-After (seconds until the window resets). 0 turns the limit off (benchmarks).
 */
export function rateLimit(options: { perMinute: number; clientKey: (c: Parameters<MiddlewareHandler>[0]) => string; now?: () => number }): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  const now = options.now ?? Date.now;
  let lastSweep = now();
  return async (c, next) => {
    if (options.perMinute <= 0) return next();
    const time = now();
    if (time - lastSweep > 60_000) {
      for (const [key, window] of windows) if (time - window.start >= 60_000) windows.delete(key);
      lastSweep = time;
    }
    const key = options.clientKey(c);
    let window = windows.get(key);
    if (!window || time - window.start >= 60_000) {
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    if (window.count > options.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.start + 60_000 - time) / 1000));
      c.header('Retry-After', String(retryAfter));
      throw new BudgetQaError('RATE_LIMITED', `Too many requests: at most ${options.perMinute} a minute. Try again in ${retryAfter} s.`);
    }
    return next();
  };
}
