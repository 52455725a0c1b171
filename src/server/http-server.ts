import { getRequestListener } from '@hono/node-server';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import type { ConnectionLimits } from '../config.js';
import { ERROR_CATALOGUE, type ErrorCode } from '../errors.js';

/**
 * The HTTP server around the app, with bounds an attacker cannot stretch: a client has
 * `headersTimeoutMs` to send its headers (a connection that sends nothing is closed too) and
 * `requestTimeoutMs` for the whole request; an idle kept-alive connection closes after
 * `keepAliveTimeoutMs`; past `maxConnections` open connections the next one is answered 503
 * SERVER_BUSY and closed. A request body that no route reads is not read to its end: the response
 * closes the connection instead. Responses Node writes itself (refusals, timeouts, malformed
 * requests) carry the same security headers as the app's.
 */

export interface HttpServerOptions {
  fetch: (request: Request, env: { incoming: IncomingMessage; outgoing: ServerResponse }) => Response | Promise<Response>;
  port: number;
  hostname: string;
  limits: ConnectionLimits;
  /** Headers every response carries (the app's security headers). */
  headers: Record<string, string>;
}

export interface RunningServer {
  server: Server;
  /** http://host:port/ */
  url: string;
  /** Requests whose responses have not finished. */
  readonly inFlight: number;
  /** Open connections (refused ones not counted). */
  readonly connections: number;
  /**
   * Graceful stop: for `graceMs` keep answering what arrives (telling clients to close), then stop
   * listening and wait for running requests until `deadlineMs` (from the call). Then `atDeadline`
   * runs (streams end with a final event), and what is still open is closed. True when every request
   * finished before the deadline.
   */
  drain(options: { graceMs: number; deadlineMs: number; atDeadline: () => void | Promise<void> }): Promise<boolean>;
}

/** A response written straight to the socket, for connections the app never sees. */
export function rawErrorResponse(code: ErrorCode, message: string, headers: Record<string, string>): string {
  const status = ERROR_CATALOGUE[code].status;
  const body = JSON.stringify({ error: { code, message: `${message} ${ERROR_CATALOGUE[code].hint}` } });
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(status === 503 ? ['Retry-After: 1'] : []),
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { limits } = options;
  const listener = getRequestListener(options.fetch as Parameters<typeof getRequestListener>[0]);
  const refused = new WeakSet<Socket>();
  let open = 0;
  /** Connections ever accepted: the drain watches it to know the kernel's queue has been taken in. */
  let accepted = 0;
  let inFlight = 0;
  let closing = false;
  const whenIdle: Array<() => void> = [];

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node looks for connections past those timeouts.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (request, response) => {
      if (refused.has(request.socket)) {
        request.socket.destroy();
        return;
      }
      inFlight++;
      response.once('close', () => {
        inFlight--;
        if (inFlight === 0) for (const resolve of whenIdle.splice(0)) resolve();
      });
      const hasBody = (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0') || request.headers['transfer-encoding'] !== undefined;
      if (hasBody || closing) {
        const writeHead = response.writeHead;
        response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
          if (!request.complete) {
            // An unread body is not read to its end (a 100 MB body to GET /healthz): the response
            // closes the connection, and what the client still sends is left unread.
            this.setHeader('Connection', 'close');
            stopReadingAfterResponse(request.socket);
          } else if (closing) this.setHeader('Connection', 'close');
          return writeHead.apply(this, args);
        } as ServerResponse['writeHead'];
      }
      void listener(request, response);
    },
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // Node's default (1 s more than keepAliveTimeout) would keep idle connections longer than asked.
  server.headersTimeout = limits.headersTimeoutMs;

  server.prependListener('connection', (socket: Socket) => {
    if (open >= limits.maxConnections) {
      refused.add(socket);
      socket.on('error', () => socket.destroy());
      socket.end(rawErrorResponse('SERVER_BUSY', `More than ${limits.maxConnections} connections are open.`, options.headers));
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    open++;
    accepted++;
    socket.once('close', () => open--);
  });

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const busy = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage?.headersSent;
    if (refused.has(socket) || busy || !socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    socket.end(
      rawErrorResponse(
        timedOut ? 'REQUEST_TIMEOUT' : tooLarge ? 'REQUEST_TOO_LARGE' : 'REQUEST_INVALID',
        timedOut ? 'The request was not sent in time.' : tooLarge ? 'The request headers are too large.' : 'The request is not valid HTTP.',
        options.headers,
      ),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? (address.address === '::1' ? 'localhost' : `[${address.address}]`) : address.address;

  return {
    server,
    url: `http://${host}:${address.port}/`,
    get inFlight() {
      return inFlight;
    },
    get connections() {
      return open;
    },
    async drain({ graceMs, deadlineMs, atDeadline }) {
      const started = Date.now();
      closing = true;
      server.on('request', (_request, response: ServerResponse) => {
        if (!response.headersSent) response.setHeader('Connection', 'close');
      });
      await sleep(Math.min(graceMs, deadlineMs));
      // Connections the kernel has already queued for us would be reset when the listener closes.
      // A busy server takes them in late (timers run before the poll phase that accepts them), so
      // wait for a turn of the poll phase with no new connection before closing.
      for (let seen = -1; seen !== accepted && Date.now() - started < deadlineMs; ) {
        seen = accepted;
        await sleep(ACCEPT_QUIET_MS);
        await new Promise((resolve) => setImmediate(resolve));
      }
      // Stop accepting, but do not cut open connections as http's close() would: one accepted a
      // moment ago may hold a request not yet read. Their responses say Connection: close.
      netClose.call(server);
      const idle = () => (inFlight === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => whenIdle.push(() => resolve(true))));
      const settled = async () => {
        // Idle, and still idle a moment later (no request was on its way).
        for (;;) {
          await idle();
          await sleep(SETTLE_MS);
          if (inFlight === 0) return true;
        }
      };
      const drained = await Promise.race([settled(), sleep(Math.max(0, deadlineMs - (Date.now() - started))).then(() => inFlight === 0)]);
      if (!drained) {
        await atDeadline();
        await Promise.race([idle(), sleep(1000)]);
      }
      server.closeAllConnections();
      return drained;
    },
  };
}

/** How long the drain waits for the kernel's queue of new connections to be taken in before it stops listening. */
const ACCEPT_QUIET_MS = 50;

/** How long the server must stay without requests before a drain counts as finished. */
const SETTLE_MS = 100;
const netClose = NetServer.prototype.close;

/** How long a connection closed on an unread body stays half-open, so the client reads the response before the reset. */
const LINGER_MS = 500;

/**
 * Node ends a `Connection: close` response with socket.destroySoon(), which first reads (and
 * discards) the rest of the body. Instead: send the end of the response, stop reading, and close
 * after LINGER_MS, by which time the client has read the response (closing at once, with its data
 * unread, resets the connection and can throw the response away before the client reads it).
 */
function stopReadingAfterResponse(socket: Socket) {
  socket.destroySoon = function (this: Socket) {
    this.end();
    (this as Socket & { _handle?: { readStop?: () => void } })._handle?.readStop?.();
    setTimeout(() => this.destroy(), LINGER_MS).unref();
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
