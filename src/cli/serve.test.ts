import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../test-support/server-flags.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build-index.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';

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
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src/cli/serve.ts'], {
      env: { ...process.env, CORPUS_DIR: fresh.corpusDir, INDEX_DIR: fresh.indexDir, PORT: '0', RATE_LIMIT_PER_MIN: '0', INDEX_AUTO_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (data) => {
          stdout += data;
          if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr.slice(-2000)}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(stderr).toMatch(/No index at .* Rebuilding the index/);
      expect(existsSync(join(fresh.indexDir, 'store', 'manifest.json'))).toBe(true);
      const response = await fetch(`${url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'How much has been set aside for the AI R&D Institute?' }) });
      expect((await response.json()).answer).toMatch(/^HK\$1 billion/);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }, 60_000);
});
