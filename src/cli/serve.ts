import { serve } from '@hono/node-server';
import { createChatModel, LlmGenerator } from '../answer/llm-generator.js';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { loadSettings, type Settings } from '../config.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';
import { openIndex } from '../index/load-index.js';
import { createApp, createLineLogger } from '../server/create-app.js';
import { loadStaticFiles } from '../server/static-files.js';

/**
 * `npm start`: loads the index once (building it if missing or stale) and serves the API and the
 * web UI on PORT. The first line printed is the URL. SIGTERM finishes in-flight requests, then exits.
 */

/** How long a stopping server keeps answering requests already on their way before it closes. */
const SHUTDOWN_DRAIN_MS = 300;

/**
 * The server runs with a small heap (package.json's start script) so idle garbage is collected;
 * building an index needs the dictionary data in memory, so a build runs in its own process, which
 * also leaves none of that memory behind. Its output goes to stderr: stdout's first line is the URL.
 */
async function buildInChildProcess(settings: Settings): Promise<void> {
  // Compiled (dist/cli/serve.js, what `npm start` runs) the builder is JavaScript beside it; from source, it runs under tsx.
  const compiled = import.meta.url.endsWith('.js');
  const builder = fileURLToPath(new URL(compiled ? './build-index.js' : './build-index.ts', import.meta.url));
  const child = spawn(process.execPath, compiled ? [builder] : ['--import', 'tsx', builder], {
    env: { ...process.env, CORPUS_DIR: settings.corpusDir, INDEX_DIR: settings.indexDir, EMBEDDER: settings.embedder, MODEL: settings.model },
    stdio: ['ignore', process.stderr, process.stderr],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new BudgetQaError('INDEX_MISSING', `Building the index failed (exit ${code}); the messages above say why.`);
}

async function main() {
  const settings = loadSettings();
  const index = await openIndex(settings, undefined, () => buildInChildProcess(settings));
  const generator = settings.llm ? new LlmGenerator(await createChatModel(settings.llm)) : undefined;
  if (settings.llm) console.error(`answers written by ${settings.llm.model} at ${settings.llm.baseUrl}, checked before shown`);
  const log = createLineLogger();
  const app = createApp({
    log,
    index,
    staticFiles: loadStaticFiles('web'),
    rateLimitPerMinute: settings.rateLimitPerMinute,
    maxQuestionLength: settings.maxQuestionLength,
    answerCacheSize: settings.answerCacheSize,
    trustProxy: settings.trustProxy,
    generator,
  });
  const server = serve({ fetch: app.fetch, port: settings.port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
    console.log(`http://${info.address === '::1' ? 'localhost' : info.address}:${info.port}/`);
  });
  // Graceful shutdown: first drain (answer everything that arrives, telling clients to close their
  // connections), then stop listening and wait for the requests still running.
  let draining = false;
  server.on('request', (_request, response) => {
    if (draining) response.setHeader('Connection', 'close');
  });
  const shutdown = (signal: string) => {
    if (draining) return;
    draining = true;
    console.error(`${signal}: finishing in-flight requests…`);
    const exit = () => {
      log.flush();
      process.exit(0);
    };
    setTimeout(() => server.close(exit), SHUTDOWN_DRAIN_MS);
    setTimeout(exit, 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(isBudgetQaError(error) ? `${error.code}: ${error.readable}` : error);
  process.exit(1);
});
