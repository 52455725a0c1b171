import { serve } from '@hono/node-server';
import { createChatModel, LlmGenerator } from '../answer/llm-generator.js';
import { loadSettings } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { isBudgetQaError } from '../errors.js';
import { openIndex } from '../index/load-index.js';
import { createApp, createLineLogger } from '../server/create-app.js';
import { loadStaticFiles } from '../server/static-files.js';

/**
 * `npm start`: loads the index once (building it if missing or stale) and serves the API and the
 * web UI on PORT. The first line printed is the URL. SIGTERM finishes in-flight requests, then exits.
 */
/** How long a stopping server keeps answering requests already on their way before it closes. */
const SHUTDOWN_DRAIN_MS = 300;

async function main() {
  const settings = loadSettings();
  const index = await openIndex(settings);
  const corpus = loadCorpus(settings.corpusDir);
  const generator = settings.llm ? new LlmGenerator(await createChatModel(settings.llm)) : undefined;
  if (settings.llm) console.error(`answers written by ${settings.llm.model} at ${settings.llm.baseUrl}, checked before shown`);
  const log = createLineLogger();
  const app = createApp({
    log,
    index,
    sources: new Map(corpus.documents.map((document) => [document.id, document.text])),
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
