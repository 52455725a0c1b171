import type { MiddlewareHandler } from 'hono';
import { BudgetQaError } from '../errors.js';

/**
 * A fixed-window limit per client: at most `perMinute` requests in each minute; the next gets 429
 * with Retry-After (seconds until the window resets). 0 turns the limit off (benchmarks).
 *
 * The table is bounded: keys are cut to MAX_KEY_CHARS, at most `maxClients` windows are kept (a new
 * client pushes out the window that started first, which has the least of its minute left), and a
 * timer sweeps out windows that have ended.
 */
const WINDOW_MS = 60_000;
const MAX_KEY_CHARS = 64;

export interface RateLimiter extends MiddlewareHandler {
  /** Windows held now. */
  readonly size: number;
  /** Stops the sweep timer. */
  close(): void;
}

export function rateLimit(options: {
  perMinute: number;
  clientKey: (c: Parameters<MiddlewareHandler>[0]) => string;
  /** Most clients remembered at once; default 50,000 (a few MB). */
  maxClients?: number;
  now?: () => number;
  /** How often ended windows are swept out (ms); default one window. */
  sweepEveryMs?: number;
}): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 50_000;
  const sweep = () => {
    const time = now();
    // Windows are kept in the order they started: stop at the first still running.
    for (const [key, window] of windows) {
      if (time - window.start < WINDOW_MS) break;
      windows.delete(key);
    }
  };
  const timer = options.perMinute > 0 ? setInterval(sweep, options.sweepEveryMs ?? WINDOW_MS) : undefined;
  timer?.unref();
  const middleware: MiddlewareHandler = async (c, next) => {
    if (options.perMinute <= 0) return next();
    const time = now();
    const key = options.clientKey(c).slice(0, MAX_KEY_CHARS);
    let window = windows.get(key);
    if (!window || time - window.start >= WINDOW_MS) {
      if (window) windows.delete(key);
      while (windows.size >= maxClients) windows.delete(windows.keys().next().value!);
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    if (window.count > options.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - time) / 1000));
      c.header('Retry-After', String(retryAfter));
      throw new BudgetQaError('RATE_LIMITED', `Too many requests: at most ${options.perMinute} a minute. Try again in ${retryAfter} s.`);
    }
    return next();
  };
  Object.defineProperty(middleware, 'size', { get: () => windows.size });
  return Object.assign(middleware, { close: () => clearInterval(timer) }) as RateLimiter;
}
