import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnUntilFirstLine } from '../test-support/server-process.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';

/**
 * `npm start` runs the server compiled (dist/, built by `npm run build` or the prestart step),
 * with no TypeScript loader: the start line as package.json has it, on a fresh corpus with no
 * index (so the compiled builder runs too), answers and stops on SIGTERM.
 */
describe('the compiled server', () => {
  it('builds, then `npm start`’s command line builds a missing index, answers, and exits 0 on SIGTERM', async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    // `exec node …`: npm's shell is replaced by node, so signals reach the server (see serve.test.ts);
    // the variables set before it (glibc's malloc arenas) are for memory only.
    const words = scripts.start!.replace(/^(?:[A-Za-z_]\w*=\S*\s+)*exec\s+/, '').split(/\s+/);
    expect(words[0]).toBe('node');
    expect(words.join(' ')).not.toMatch(/tsx/);
    const fresh = tempCorpusAndIndex();
    const { child, firstLine: url, stderr } = await spawnUntilFirstLine(words.slice(1), { CORPUS_DIR: fresh.corpusDir, INDEX_DIR: fresh.indexDir, PORT: '0', RATE_LIMIT_PER_MIN: '0', INDEX_AUTO_BUILD: '1' });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(stderr()).toMatch(/Built 284 passages/);
      const response = await fetch(`${url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: '政府預留多少錢設立香港人工智能研發院？' }) });
      expect((await response.json()).answer).toMatch(/10億元/);
      // zod's messages, English only in the bundle (scripts/build.mjs), read as before.
      const bundle = readFileSync('dist/server.bundle.cjs', 'utf8');
      expect(bundle).not.toMatch(/zod\/v4\/locales\/fr\.js/);
      // … and no node:http2 (the server speaks HTTP/1.1; the answer above came through the bundled @hono/node-server).
      expect(bundle).not.toMatch(/(?:from |require\()["']node:http2["']/);
      const invalid = await fetch(`${url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: 'x', k: '5' }) });
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).error.message).toMatch(/^k: Invalid input: expected number, received string\./);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      // The bundle's code cache (src/cli/run-bundle.ts) is there for the next start: written as this one exited, or used by it.
      expect(existsSync('dist/server.bundle.cjs.cache')).toBe(true);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
    }
  }, 180_000);
});
