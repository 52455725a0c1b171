import { createChatModel, LlmGenerator } from '../answer/llm-generator.js';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSettings, type Settings } from '../config.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';
import { openIndex, type LoadedIndex } from '../index/load-index.js';
import { createApp, createLineLogger, createRateLimiter, indexProblem, securityHeaderRecord } from '../server/create-app.js';
import { createIndexSwapper } from '../server/index-swap.js';
import { startHttpServer } from '../server/http-server.js';
import { loadStaticFiles } from '../server/static-files.js';

/**
 * `npm start`: loads the index (building it if missing or stale) and serves the API and the web UI
 * on PORT; a rebuilt index is swapped in while it runs (server/index-swap.ts: on a change of the
 * index directory, or SIGHUP). The first line printed is the URL. SIGTERM (or SIGINT) drains: requests already
 * running finish (up to SHUTDOWN_TIMEOUT_MS); a stream still running then ends with a
 * SERVER_SHUTTING_DOWN event. Exit code 0 when everything finished, EXIT_NOT_DRAINED when something
 * was cut at the deadline.
 */

/** How long a stopping server keeps answering requests already on their way before it stops listening. */
const SHUTDOWN_GRACE_MS = 300;
/** Exit code of a stop that had to cut requests at the drain deadline. */
export const EXIT_NOT_DRAINED = 3;

/**
 * The server runs with a small heap (package.json's start script) so idle garbage is collected;
 * building an index needs the dictionary data in memory, so a build runs in its own process, which
 * also leaves none of that memory behind. Its output goes to stderr: stdout's first line is the URL.
 */
async function buildInChildProcess(settings: Settings): Promise<void> {
  assertWritable(settings.indexDir);
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

/** The index directory must take a new index; a read-only one is named as such (not INDEX_MISSING). */
function assertWritable(indexDir: string) {
  const probe = join(indexDir, `.write-test-${process.pid}`);
  try {
    mkdirSync(indexDir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (!['EACCES', 'EPERM', 'EROFS'].includes(code)) throw error;
    throw new BudgetQaError('INDEX_READ_ONLY', `The index directory ${indexDir} is read-only (${code}): the index cannot be built there.`);
  }
}

async function main() {
  const settings = loadSettings();
  const index = await openIndex(settings, undefined, () => buildInChildProcess(settings));
  const generator = settings.llm ? new LlmGenerator(await createChatModel(settings.llm), settings.llm) : undefined;
  if (settings.llm) console.error(`answers written by ${settings.llm.model} at ${settings.llm.baseUrl}, checked before shown`);
  const log = createLineLogger();
  const shutdown = new AbortController();
  const staticFiles = loadStaticFiles('web');
  // One rate limiter for the server's life: a swapped-in index does not give clients fresh windows.
  const rateLimiter = createRateLimiter({ rateLimitPerMinute: settings.rateLimitPerMinute, rateLimitMaxClients: settings.rateLimitMaxClients, trustProxy: settings.trustProxy });
  const appFor = (loaded: LoadedIndex) =>
    createApp({
      log,
      index: loaded,
      staticFiles,
      rateLimitPerMinute: settings.rateLimitPerMinute,
      rateLimitMaxClients: settings.rateLimitMaxClients,
      rateLimiter,
      maxQuestionLength: settings.maxQuestionLength,
      answerCacheSize: settings.answerCacheSize,
      suggestedQuestions: settings.suggestedQuestions,
      trustProxy: settings.trustProxy,
      generator,
      shutdown: shutdown.signal,
    });
  // The app answering now. A rebuilt index gets an app of its own (with an empty answer cache) and
  // replaces this reference; a request already running keeps the app, and the index, it began with.
  let app = appFor(index);
  const swapper = createIndexSwapper({
    settings,
    initial: index,
    onSwap: (loaded) => {
      app = appFor(loaded);
    },
    check: indexProblem,
    watch: settings.indexWatch,
    pollMs: settings.indexPollMs,
  });
  process.on('SIGHUP', () => void swapper.reload('SIGHUP'));
  const running = await startHttpServer({
    fetch: (request, env) => app.fetch(request, env),
    port: settings.port,
    hostname: process.env.HOST ?? '127.0.0.1',
    limits: settings.connections,
    headers: await securityHeaderRecord(),
  });
  console.log(running.url);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    swapper.close();
    console.error(`${signal}: finishing in-flight requests (up to ${settings.shutdownTimeoutMs} ms)…`);
    const drained = await running.drain({
      graceMs: SHUTDOWN_GRACE_MS,
      deadlineMs: settings.shutdownTimeoutMs,
      atDeadline: () => {
        console.error(`${running.inFlight} request(s) still running at the deadline: ending them.`);
        shutdown.abort();
      },
    });
    console.error(drained ? 'all requests finished; stopped.' : 'stopped with requests cut at the deadline.');
    log.flush();
    process.exit(drained ? 0 : EXIT_NOT_DRAINED);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(isBudgetQaError(error) ? `${error.code}: ${error.readable}` : error);
  process.exit(1);
});
