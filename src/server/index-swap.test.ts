import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../corpus/add-document.js';
import { buildIndex, FILES, STORE_DIR } from '../index/build-index.js';
import { startServerProcess, waitFor, type ServerProcess } from '../test-support/server-process.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';

/**
 * The hot swap on the real server process over HTTP: a document added (the index rebuilt by
 * add-document) while clients keep asking; a corrupt rebuild refused; SIGHUP as the trigger.
 */

const NEW_ID = 'harbour-testbed-release';
const NEW_QUESTION = 'How much will be set aside for the Quantum Harbour Testbed?';
const releaseHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Press release</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>Quantum Harbour Testbed announced</h1>
<p>The Government will set aside $870 million to build the Quantum Harbour Testbed at the Science Park, opening to researchers in 2027.</p>
<p>The testbed will host twelve quantum computing laboratories run with local universities.</p>
</article></main>
<footer>Copyright notice. Privacy policy</footer>
</body></html>`;

type Answer = { abstained: boolean; answer: string; citations: Array<{ docId: string }> };

// Builds in a child process and two servers on a shared 2-core machine: minutes, not seconds, at worst.
describe('a running server swaps in a rebuilt index', { timeout: 240_000 }, () => {
  const paths = tempCorpusAndIndex();
  const settings = { corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept' as const, model: '' };
  let server: ServerProcess;

  const ask = async (url: string, question: string): Promise<Answer> => {
    const response = await fetch(`${url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
    expect(response.status).toBe(200);
    return (await response.json()) as Answer;
  };
  const builtAt = async (url: string): Promise<string> => ((await (await fetch(`${url}healthz`)).json()) as { index: { builtAt: string } }).index.builtAt;
  const waitForBuild = async (url: string, other: string, timeoutMs: number) => {
    const started = Date.now();
    for (;;) {
      const now = await builtAt(url);
      if (now !== other) return now;
      if (Date.now() - started > timeoutMs) throw new Error(`the server still serves the index built at ${other} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    await buildIndex(settings);
    // The answer cache stays on (its default): a swap must empty it.
    server = await startServerProcess({ env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, INDEX_POLL_MS: '1000' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('under steady load, a document added is answered from after the swap, with no request failed', async () => {
    const before = await ask(server.url, NEW_QUESTION);
    expect(before.citations.some((citation) => citation.docId === NEW_ID)).toBe(false);
    const initialBuild = await builtAt(server.url);

    const questions = [NEW_QUESTION, 'How many fintech companies are there in Hong Kong?', '數碼港有幾多間初創企業？', 'How much for the AI R&D Institute?'];
    const failures: string[] = [];
    let requests = 0;
    let stop = false;
    const worker = async (offset: number) => {
      for (let turn = offset; !stop; turn++) {
        try {
          const response = await fetch(`${server.url}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: questions[turn % questions.length] }) });
          const body = (await response.json()) as Partial<Answer>;
          if (response.status !== 200 || typeof body.answer !== 'string') failures.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
        } catch (error) {
          failures.push(`${String(error)} (${String((error as Error).cause)})`);
        }
        requests++;
      }
    };
    const workers = Array.from({ length: 6 }, (_, offset) => worker(offset));
    const html = join(paths.root, 'release.html');
    writeFileSync(html, releaseHtml);
    // As staff run it, in a process of its own (a build in this process would stall the clients' event loop).
    const added = await promisify(execFile)(
      resolve('node_modules/.bin/tsx'),
      ['src/cli/add-document.ts', html, '--id', NEW_ID, '--title-en', 'Quantum Harbour Testbed announced', '--title-zh', '量子海港測試平台', '--publisher-en', 'Innovation, Technology and Industry Bureau', '--publisher-zh', '創新科技及工業局', '--date', '2026-02-26', '--budget-year', '2026-27'],
      { env: { ...process.env, CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir } },
    );
    expect(added.stdout).toMatch(/Added "harbour-testbed-release"/);
    const requestsAtRebuild = requests;
    const newBuild = await waitForBuild(server.url, initialBuild, 30_000);
    const requestsAtSwap = requests;
    // Keep the load on for a while after the swap too.
    await waitFor(() => requests > requestsAtSwap + 60, 30_000, 'requests after the swap');
    stop = true;
    await Promise.all(workers);

    expect(failures).toEqual([]);
    expect(requestsAtRebuild).toBeGreaterThan(20);
    expect(newBuild).not.toBe(initialBuild);
    expect(server.stderr()).toMatch(/index swapped in \((index directory changed|poll|retry)\)/);
    // The same question again: the answer cache went with the old index.
    const after = await ask(server.url, NEW_QUESTION);
    expect(after.abstained).toBe(false);
    expect(after.citations[0]?.docId).toBe(NEW_ID);
    expect(after.answer).toMatch(/870/);
  });

  it('a corrupt rebuild is refused and logged, and the index serving keeps answering', async () => {
    const serving = await builtAt(server.url);
    const storeDir = join(paths.indexDir, STORE_DIR);
    // A "rebuild" whose passages file does not match its manifest's checksum, put in place by renames as a build does.
    const building = join(paths.indexDir, `${STORE_DIR}.building-${process.pid}-corrupt`);
    cpSync(storeDir, building, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(building, FILES.manifest), 'utf8'));
    manifest.builtAt = new Date().toISOString();
    writeFileSync(join(building, FILES.manifest), JSON.stringify(manifest));
    writeFileSync(join(building, FILES.chunks), readFileSync(join(building, FILES.chunks), 'utf8').slice(0, 1000));
    renameSync(storeDir, join(paths.indexDir, `${STORE_DIR}.old-${process.pid}-${Date.now()}`));
    renameSync(building, storeDir);

    await waitFor(() => /index swap refused/.test(server.stderr()), 30_000, 'the refusal in the log');
    expect(server.stderr()).toMatch(/index swap refused \([^)]*\): INDEX_CORRUPT: .*chunks\.json.*Still serving the index built at/);
    expect(await builtAt(server.url)).toBe(serving);
    const answer = await ask(server.url, NEW_QUESTION);
    expect(answer.citations[0]?.docId).toBe(NEW_ID);
    // Refused once, not again at every poll.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(server.stderr().match(/index swap refused/g)).toHaveLength(1);
  });

  it('with watching and polling off, SIGHUP swaps in the rebuilt index', async () => {
    await buildIndex(settings); // a sound index again, for the next server
    const quiet = await startServerProcess({ env: { CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, INDEX_WATCH: '0', INDEX_POLL_MS: '0' } });
    try {
      const serving = await builtAt(quiet.url);
      expect((await ask(quiet.url, NEW_QUESTION)).citations[0]?.docId).toBe(NEW_ID);
      await removeDocument(settings, NEW_ID);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await builtAt(quiet.url)).toBe(serving);
      quiet.child.kill('SIGHUP');
      await waitForBuild(quiet.url, serving, 30_000);
      expect(quiet.stderr()).toMatch(/index swapped in \(SIGHUP\)/);
      const answer = await ask(quiet.url, NEW_QUESTION);
      expect(answer.citations.some((citation) => citation.docId === NEW_ID)).toBe(false);
    } finally {
      await quiet.stop();
    }
  });
});
