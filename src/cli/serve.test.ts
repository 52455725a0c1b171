import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../test-support/server-flags.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build-index.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';
import { startFakeLlm } from '../test-support/fake-llm-server.js';
import { parseEvents, spawnUntilFirstLine, startServerProcess } from '../test-support/server-process.js';
import { readFileSync } from 'node:fs';

/** A process's descendants (children's children…), from /proc. */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  const paths = tempCorpusAndIndex();
  beforeAll(async () => {
    await buildIndex({ corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept', model: '' });
  });

  it('prints the URL first, serves, and on SIGTERM finishes in-flight requests before exiting 0', async () => {
    // As `npm start` runs it: node with tsx as a loader, so signals reach the server itself.
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src/cli/serve.ts'], {
      env: { ...process.env, CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, PORT: '0', RATE_LIMIT_PER_MIN: '0', INDEX_AUTO_BUILD: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    const url = await new Promise<string>((resolveUrl, reject) => {
      child.stdout.on('data', (data) => {
        stdout += data;
        const first = stdout.split('\n')[0]!;
        if (stdout.includes('\n')) (/^http:\/\/127\.0\.0\.1:\d+\/$/.test(first) ? resolveUrl(first) : reject(new Error(`first line: ${first}`)));
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const ask = () => fetch(`${url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'How many fintech companies are there in Hong Kong?' }) });
    expect((await ask()).status).toBe(200);
    const inFlight = Array.from({ length: 20 }, ask);
    await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    const responses = await Promise.all(inFlight);
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stderr).toContain('SIGTERM: finishing in-flight requests');
    expect(stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line).status)).toContain(200);
  });

  it('on a fresh clone (no index) builds the index, within the server\'s heap cap, then prints the URL first and answers', async () => {
    const fresh = tempCorpusAndIndex();
    const { child, firstLine: url, stderr } = await spawnUntilFirstLine([...SERVER_NODE_FLAGS, '--import', 'tsx', 'src/cli/serve.ts'], { CORPUS_DIR: fresh.corpusDir, INDEX_DIR: fresh.indexDir, PORT: '0', RATE_LIMIT_PER_MIN: '0', INDEX_AUTO_BUILD: '1' });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(stderr()).toMatch(/No index at .* Rebuilding the index/);
      expect(existsSync(join(fresh.indexDir, 'store', 'manifest.json'))).toBe(true);
      const response = await fetch(`${url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'How much has been set aside for the AI R&D Institute?' }) });
      expect((await response.json()).answer).toMatch(/^HK\$1 billion/);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }, 60_000);

  describe('`npm start` and SIGTERM sent to npm (as process managers and container runtimes do)', () => {
    it('stops the server: nothing left running, the port free, exit 0 when everything drained', async () => {
      const server = await startServerProcess({ viaNpm: true, env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir } });
      const family = descendants(server.child.pid!);
      try {
        expect((await fetch(`${server.url}healthz`)).status).toBe(200);
        const code = await server.stop();
        expect(code).toBe(0);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(family.filter(alive)).toEqual([]);
        await expect(fetch(`${server.url}healthz`)).rejects.toThrow();
        expect(server.stderr()).toContain('all requests finished');
      } finally {
        for (const pid of family.filter(alive)) process.kill(pid, 'SIGKILL');
      }
    }, 60_000);

    it('a stream still running at the drain deadline ends with a final event, and the exit code says not everything drained', async () => {
      const llm = await startFakeLlm([{ text: `It is HK$1 billion [1]. ${'HK$1 billion is set aside for the institute [1]. '.repeat(20)}`, pieceDelayMs: 100 }]);
      const server = await startServerProcess({
        viaNpm: true,
        env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'recorded', LLM_TIMEOUT_MS: '60000', SHUTDOWN_TIMEOUT_MS: '1500' },
      });
      const family = descendants(server.child.pid!);
      try {
        const response = await fetch(`${server.url}api/ask/stream`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'How much has been set aside for the AI R&D Institute?' }) });
        const reader = response.body!.getReader();
        let raw = new TextDecoder().decode((await reader.read()).value);
        const signalled = Date.now();
        server.child.kill('SIGTERM');
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          raw += new TextDecoder().decode(value);
        }
        const ended = Date.now() - signalled;
        const events = parseEvents(raw);
        expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'SERVER_SHUTTING_DOWN' } });
        // Ended at the deadline (1.5 s), not when the model would have finished (~10 s).
        expect(ended).toBeGreaterThanOrEqual(1400);
        expect(ended).toBeLessThan(5000);
        const code = await server.stop();
        expect(code).toBe(3);
        expect(server.stderr()).toContain('stopped with requests cut at the deadline');
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(family.filter(alive)).toEqual([]);
        await expect(fetch(`${server.url}healthz`)).rejects.toThrow();
      } finally {
        for (const pid of family.filter(alive)) process.kill(pid, 'SIGKILL');
        await llm.close();
      }
    }, 60_000);
  });
});
