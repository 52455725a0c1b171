import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, STORE_DIR } from '../index/build-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { startServerProcess, waitFor, type ServerProcess } from '../test-support/server-process.js';

/**
 * Issue 13, attacks on the real server process over loopback: connections that never send,
 * bodies no route reads, a rate limiter behind a proxy, and the edges (unknown methods, invisible
 * questions). Each is bounded in time and count.
 */

/** One index built for the file; tests that alter it take a copy. */
const built = builtTempIndex();

async function indexCopy(): Promise<{ corpusDir: string; indexDir: string }> {
  const { paths } = await built;
  const indexDir = join(mkdtempSync(join(tmpdir(), 'budget-qa-index-')), 'index');
  cpSync(paths.indexDir, indexDir, { recursive: true });
  return { corpusDir: paths.corpusDir, indexDir };
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy'];

/** One raw HTTP exchange: what the server wrote until it closed (or `waitMs` passed). */
function rawExchange(port: number, request: string | Buffer, waitMs = 3000): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (data) => (text += data.toString('latin1')));
    socket.on('error', () => {});
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closed: false });
    }, waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    socket.write(request);
  });
}

function headersOf(raw: string): Map<string, string> {
  const head = raw.split('\r\n\r\n')[0]!.split('\r\n').slice(1);
  return new Map(head.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}

const ask = (url: string, question: string, headers: Record<string, string> = {}) =>
  fetch(`${url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ question }) });

describe('connections are bounded', () => {
  let server: ServerProcess;
  let port = 0;
  const MAX = 20;

  beforeAll(async () => {
    const { paths } = await built;
    server = await startServerProcess({
      env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, MAX_CONNECTIONS: String(MAX), HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000', KEEP_ALIVE_TIMEOUT_MS: '500' },
    });
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses the connection past MAX_CONNECTIONS with a 503 that says so, and closes sockets that never send within HEADERS_TIMEOUT_MS', async () => {
    const idle: Socket[] = [];
    const closedAt: number[] = [];
    const opened = Date.now();
    for (let i = 0; i < MAX; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.on('close', () => closedAt.push(Date.now() - opened));
      socket.resume();
      await new Promise((resolve) => socket.once('connect', resolve));
      idle.push(socket);
    }
    const refused = await rawExchange(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', 2000);
    expect(refused.text).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused.text).toContain('"code":"SERVER_BUSY"');
    expect(refused.closed).toBe(true);
    for (const name of SECURITY_HEADERS) expect(headersOf(refused.text).has(name)).toBe(true);
    // The idle sockets are closed by the server, all of them, within the headers timeout (+ checking interval).
    await waitFor(() => closedAt.length === MAX, 4000, 'idle sockets closed by the server');
    expect(Math.max(...closedAt)).toBeLessThan(3500);
    const after = await fetch(`${server.url}healthz`);
    expect(after.status).toBe(200);
  }, 20_000);

  it('does not read a 100 MB body that no route reads: GET /healthz answers and closes the connection', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('connect', resolve));
    const total = 100 * 1024 * 1024;
    socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: ${total}\r\n\r\n`);
    let response = '';
    let closed = false;
    socket.on('data', (data) => (response += data.toString('latin1')));
    socket.on('close', () => (closed = true));
    const chunk = Buffer.alloc(64 * 1024, 97);
    let sent = 0;
    const started = Date.now();
    while (sent < total && !closed && !socket.destroyed && Date.now() - started < 10_000) {
      const ok = socket.write(chunk);
      sent += chunk.length;
      if (!ok) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), new Promise((resolve) => setTimeout(resolve, 200))]);
    }
    await waitFor(() => closed, 5000, 'the server to close the connection');
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(headersOf(response).get('connection')).toBe('close');
    // Far less than the body was taken in before the server closed (kernel buffers hold a few MB).
    expect(sent).toBeLessThan(total / 4);
  }, 20_000);

  it('answers 408 with security headers to a client that starts a request and never finishes it', async () => {
    const slow = await rawExchange(port, 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"question":', 5000);
    expect(slow.closed).toBe(true);
    expect(slow.text).toMatch(/^HTTP\/1\.1 408 /);
    for (const name of SECURITY_HEADERS) expect(headersOf(slow.text).has(name)).toBe(true);
  }, 10_000);

  it('puts security headers on every response: 404s for unknown methods and paths, malformed requests', async () => {
    for (const method of ['PROPFIND', 'DELETE', 'OPTIONS', 'PATCH']) {
      const response = await fetch(`${server.url}api/ask`, { method });
      expect(response.status).toBe(404);
      for (const name of SECURITY_HEADERS) expect(response.headers.has(name), `${method} ${name}`).toBe(true);
    }
    const unknown = await rawExchange(port, 'BREW /coffee HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(unknown.text).toMatch(/^HTTP\/1\.1 400 /);
    for (const name of SECURITY_HEADERS) expect(headersOf(unknown.text).has(name), `BREW ${name}`).toBe(true);
    const garbage = await rawExchange(port, 'hello\r\n\r\n');
    for (const name of SECURITY_HEADERS) expect(headersOf(garbage.text).has(name), `garbage ${name}`).toBe(true);
  });

  it('a question of zero-width characters only is QUESTION_EMPTY', async () => {
    const response = await ask(server.url, '\u200b\u200c\u200d\u2060\ufeff \u200b');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('QUESTION_EMPTY');
  });
});

describe('the rate limiter behind a proxy', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    const { paths } = await built;
    // The test client is the proxy: it connects from loopback and writes X-Forwarded-For as a proxy would.
    server = await startServerProcess({ env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, RATE_LIMIT_PER_MIN: '5', TRUST_PROXY: '1' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keys on the address the proxy saw (the right-most hop), not on what the client wrote before it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // The client forges a new left-most address each time; the proxy appends the real one.
      const response = await ask(server.url, 'hi', { 'X-Forwarded-For': `10.${i}.${i}.${i}, 198.51.100.7` });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
    // Another client behind the same proxy has its own allowance.
    expect((await ask(server.url, 'hi', { 'X-Forwarded-For': '198.51.100.8' })).status).toBe(200);
  });

  it('groups IPv6 clients by /64 and survives long and malformed forwarded values', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) {
      const response = await ask(server.url, 'hi', { 'X-Forwarded-For': `2001:db8:aa:bb::${i.toString(16)}` });
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    const long = await ask(server.url, 'hi', { 'X-Forwarded-For': `${'9'.repeat(6000)}, not-an-address` });
    expect([200, 429]).toContain(long.status);
    expect((await fetch(`${server.url}healthz`)).status).toBe(200);
  });
});

describe('the index, as the server finds it', () => {
  it('a tampered index whose checksums were rewritten (no passages) makes /healthz say it cannot answer, and questions get 503, not 500', async () => {
    const paths = await indexCopy();
    const store = join(paths.indexDir, STORE_DIR);
    writeFileSync(join(store, FILES.chunks), '[]');
    const manifest = JSON.parse(readFileSync(join(store, FILES.manifest), 'utf8'));
    manifest.files[FILES.chunks] = createHash('sha256').update('[]').digest('hex');
    writeFileSync(join(store, FILES.manifest), JSON.stringify(manifest));
    const server = await startServerProcess({ env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir } });
    try {
      const health = await fetch(`${server.url}healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', error: { code: 'INDEX_CORRUPT' } });
      const response = await ask(server.url, 'How much has been set aside for the AI R&D Institute?');
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe('INDEX_CORRUPT');
    } finally {
      await server.stop();
    }
  });

  it('removes abandoned store.old-* directories (their build process is gone) and keeps answering', async () => {
    const paths = await indexCopy();
    const abandoned = join(paths.indexDir, `${STORE_DIR}.old-999999999-1700000000000`);
    mkdirSync(abandoned);
    writeFileSync(join(abandoned, FILES.chunks), '[]');
    const server = await startServerProcess({ env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir } });
    try {
      expect(existsSync(abandoned)).toBe(false);
      expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  /** Makes a directory read-only even for root (chattr +i), or by its mode for anyone else; false if neither works here. */
  function makeReadOnly(directory: string): (() => void) | undefined {
    try {
      if (process.getuid?.() === 0) {
        execFileSync('chattr', ['+i', directory], { stdio: 'ignore' });
        return () => execFileSync('chattr', ['-i', directory], { stdio: 'ignore' });
      }
      execFileSync('chmod', ['555', directory]);
      return () => execFileSync('chmod', ['755', directory]);
    } catch {
      return undefined;
    }
  }

  it('a read-only index directory with no index is reported as read-only (INDEX_READ_ONLY), not as a missing index', async () => {
    const indexDir = join(mkdtempSync(join(tmpdir(), 'budget-qa-ro-')), 'index');
    mkdirSync(indexDir);
    const restore = makeReadOnly(indexDir);
    expect(restore, 'this machine can make a directory read-only (chattr +i as root, chmod otherwise)').toBeDefined();
    try {
      const { paths } = await built;
      const failed = await startServerProcess({ env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: indexDir, INDEX_AUTO_BUILD: '1' } }).then(
        (server) => server.stop().then(() => 'started'),
        (error: Error) => error.message,
      );
      expect(failed).toContain('INDEX_READ_ONLY');
      expect(failed).toContain('read-only');
      expect(failed).not.toContain('INDEX_MISSING');
    } finally {
      restore?.();
    }
  });
});
