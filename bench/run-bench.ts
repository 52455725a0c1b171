import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { loadIndex } from '../src/index/load-index.js';
import { loadEvalSet } from '../evals/eval-set.js';
import { median, percentile } from '../evals/scoring.js';
import { runScaleSection, scaleTable, scriptCommand, scriptEnvironment } from './scale-bench.js';

/**
 * `npm run bench`: speed and memory, measured side by side in one run on this machine, with
 * LangChain's stock pipeline (RecursiveCharacterTextSplitter 1000/200 + BM25Retriever, and the same
 * chunks in HNSW with our embedder) as the baseline. Prints a table and writes evals/bench.json.
 * Not a test: nothing here passes or fails, it measures.
 */

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    /** Only the scale section (×1, ×10, ×50 corpora). */
    'scale-only': { type: 'boolean', default: false },
    /** Skip the scale section. */
    'no-scale': { type: 'boolean', default: false },
    /** Corpus sizes of the scale section, as multiples of today's. */
    scales: { type: 'string', default: '1,10,50' },
  },
});
const QUICK = args.quick ?? false;
const SCALES = (args.scales ?? '1,10,50').split(',').map(Number).filter((factor) => Number.isInteger(factor) && factor >= 1);
const BUILD_RUNS = QUICK ? 1 : 3;
const QUERY_ROUNDS = QUICK ? 2 : 5;
const HTTP_SECONDS = QUICK ? 3 : 10;
const COLD_STARTS = QUICK ? 1 : 3;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const stats = (samples: number[]) => ({ median: round(median(samples), 3), p95: round(percentile(samples, 95), 3), n: samples.length });

function tempWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'budget-qa-bench-'));
  cpSync('corpus', join(root, 'corpus'), { recursive: true });
  return { corpusDir: join(root, 'corpus'), indexDir: join(root, 'index') };
}

/** `npm run index` as a user runs it: a fresh process each time (loading CC-CEDICT included). */
async function measureIndexBuild() {
  const times: number[] = [];
  const settings = { ...tempWorkspace(), embedder: 'concept' as const, model: '' };
  for (let run = 0; run < BUILD_RUNS; run++) {
    // Every build is whole (it replaces the previous one), so one workspace serves all runs.
    const started = performance.now();
    const child = spawn(process.execPath, scriptCommand('index'), {
      env: scriptEnvironment('index', { ...process.env, CORPUS_DIR: settings.corpusDir, INDEX_DIR: settings.indexDir }),
      stdio: 'ignore',
    });
    const [code] = (await once(child, 'exit')) as [number];
    if (code !== 0) throw new Error(`index build exited ${code}`);
    times.push(performance.now() - started);
  }
  return { settings, build: stats(times) };
}

async function measureBaselineBuild(corpusDir: string, embeddings: Parameters<typeof HNSWLib.fromDocuments>[1]) {
  const corpus = loadCorpus(corpusDir);
  const started = performance.now();
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
  const documents = await splitter.splitDocuments(corpus.documents.map((d) => new Document({ pageContent: d.text, metadata: { docId: d.id } })));
  const bm25 = BM25Retriever.fromDocuments(documents, { k: 5 });
  const bm25Ms = performance.now() - started;
  const denseStarted = performance.now();
  const dense = await HNSWLib.fromDocuments(documents, embeddings);
  return { bm25, dense, buildMs: { bm25: round(bm25Ms), dense: round(performance.now() - denseStarted) } };
}

/**
 * Times each question over several rounds. The first round meets every question for the first time
 * (the warm-up uses other wording), so it is reported apart: later rounds reuse memoised analysis.
 */
async function timeEach(questions: string[], run: (question: string) => Promise<unknown>): Promise<{ firstTime: number[]; all: number[] }> {
  for (const question of questions.slice(0, 20)) await run(`Warm-up: ${question}`);
  const firstTime: number[] = [];
  const all: number[] = [];
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const question of questions) {
      const started = performance.now();
      await run(question);
      const elapsed = performance.now() - started;
      all.push(elapsed);
      if (round === 0) firstTime.push(elapsed);
    }
  }
  return { firstTime, all };
}

function startServer(settings: { corpusDir: string; indexDir: string }, env: Record<string, string>): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, scriptCommand('start'), {
    env: scriptEnvironment('start', { ...process.env, CORPUS_DIR: settings.corpusDir, INDEX_DIR: settings.indexDir, PORT: '0', INDEX_AUTO_BUILD: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout!.on('data', (data) => {
    // Keep only the first line; request logs are not needed here.
    if (!stdout.includes('\n')) stdout += data;
  });
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      if (stdout.includes('\n')) {
        clearInterval(timer);
        resolve(stdout.split('\n')[0]!);
      }
    }, 2);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited ${code}`));
    });
  });
  return { child, url };
}

async function stopServer(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function askBody(question: string) {
  return JSON.stringify({ question });
}

async function measureColdStart(settings: { corpusDir: string; indexDir: string }) {
  const times: number[] = [];
  for (let run = 0; run < COLD_STARTS; run++) {
    const started = performance.now();
    const { child, url } = startServer(settings, { RATE_LIMIT_PER_MIN: '0' });
    const base = await url;
    const response = await fetch(`${base}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: askBody('How much has been set aside for the AI R&D Institute?') });
    if (response.status !== 200) throw new Error(`cold start request answered ${response.status}`);
    times.push(performance.now() - started);
    await stopServer(child);
  }
  return stats(times);
}

function residentMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024, 1);
}

async function load(url: string, connections: number, questions: string[]) {
  const result = await autocannon({
    url: `${url}api/ask`,
    connections,
    duration: HTTP_SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: questions.map((question) => ({ method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: askBody(question) })),
  });
  return {
    connections,
    requestsPerSecond: round(result.requests.average, 1),
    latencyMs: { p50: result.latency.p50, p95: (result.latency as unknown as Record<string, number>).p97_5 !== undefined ? round(percentileFromHistogram(result, 95)) : result.latency.p90, p99: result.latency.p99 },
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** autocannon reports p90, p97.5 and p99; p95 is read between p90 and p97.5 (linear). */
function percentileFromHistogram(result: autocannon.Result, p: number): number {
  const latency = result.latency as unknown as Record<string, number>;
  const p90 = latency.p90!;
  const p975 = latency.p97_5!;
  return p90 + ((p - 90) / 7.5) * (p975 - p90);
}

async function scaleSection(questions: string[]) {
  console.error(`scale section: ×${SCALES.join(', ×')}…`);
  const rows = await runScaleSection(questions, {
    factors: SCALES,
    httpFactors: SCALES,
    httpSeconds: HTTP_SECONDS,
    rounds: QUICK ? 2 : 3,
    log: (message) => console.error(message),
  });
  return { rows, lines: scaleTable(rows) };
}

async function main() {
  // The server and the index builder run compiled, as `npm start` and `npm run index` run them.
  const compiled = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error('compiling the server failed');
  const questions = loadEvalSet('evals/questions.jsonl').map((item) => item.question);
  if (args['scale-only']) {
    const scale = await scaleSection(questions);
    writeFileSync('evals/bench-scale.json', `${JSON.stringify({ generatedAt: new Date().toISOString(), machine: { node: process.version, cpus: (await import('node:os')).cpus().length, quick: QUICK }, scale: scale.rows }, null, 2)}\n`);
    console.log(scale.lines.join('\n'));
    return;
  }
  console.error('building the index…');
  const { settings, build } = await measureIndexBuild();
  const index = await loadIndex(settings);
  const answerer = new QuestionAnswerer(index);
  const baseline = await measureBaselineBuild(settings.corpusDir, index.embeddings);

  console.error('timing retrieval and answers in process…');
  const retrieveTimes = await timeEach(questions, (q) => answerer.retriever.retrieve(q, { k: 5 }));
  const answerTimes = await timeEach(questions.map((q) => `${q} `), (q) => answerer.ask(q, { k: 5 }));
  const retrieve = stats(retrieveTimes.all);
  const retrieveFirstTime = stats(retrieveTimes.firstTime);
  const retrieveAndAnswer = stats(answerTimes.all);
  const retrieveAndAnswerFirstTime = stats(answerTimes.firstTime);
  const baselineBm25 = stats((await timeEach(questions, (q) => baseline.bm25.invoke(q))).all);
  const baselineDense = stats((await timeEach(questions, (q) => baseline.dense.similaritySearch(q, 5))).all);

  console.error('timing server cold start…');
  const coldStart = await measureColdStart(settings);

  console.error('load testing over HTTP on loopback…');
  // The server as deployed (answer cache on), then with the cache off: every request answered afresh.
  const http: Array<Awaited<ReturnType<typeof load>> & { answerCache: boolean }> = [];
  let memoryAfterWarmUpMb = 0;
  let memoryAfterLoadMb = 0;
  for (const answerCache of [true, false]) {
    const { child, url } = startServer(settings, { RATE_LIMIT_PER_MIN: '0', ANSWER_CACHE_SIZE: answerCache ? '1000' : '0' });
    const base = await url;
    for (const question of questions) await fetch(`${base}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: askBody(question) });
    if (answerCache) memoryAfterWarmUpMb = residentMemoryMb(child.pid!);
    for (const connections of [1, 16, 64]) http.push({ answerCache, ...(await load(base, connections, questions)) });
    if (answerCache) memoryAfterLoadMb = residentMemoryMb(child.pid!);
    await stopServer(child);
  }

  console.error('checking the rate limit…');
  const limited = startServer(settings, { RATE_LIMIT_PER_MIN: '5' });
  const limitedUrl = await limited.url;
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${limitedUrl}api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: askBody('How many fintech companies are there in Hong Kong?') });
    statuses.push(response.status);
    if (response.status === 429) retryAfter = response.headers.get('retry-after');
  }
  await stopServer(limited.child);

  const scale = args['no-scale'] ? undefined : await scaleSection(questions);

  const report = {
    scale: scale?.rows,
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length, quick: QUICK },
    questions: questions.length,
    indexBuildMs: build,
    baselineBuildMs: baseline.buildMs,
    inProcessMs: {
      retrieve,
      retrieveFirstTime,
      retrieveAndAnswer,
      retrieveAndAnswerFirstTime,
      baselineBm25Retrieve: baselineBm25,
      baselineDenseRetrieve: baselineDense,
      ratioRetrieveToBaselineBm25: round(retrieve.median / baselineBm25.median, 2),
      ratioRetrieveToBaselineDense: round(retrieve.median / baselineDense.median, 2),
    },
    coldStartToFirstAnswerMs: coldStart,
    memoryMb: { afterWarmUp: memoryAfterWarmUpMb, afterLoad: memoryAfterLoadMb },
    http,
    rateLimit: { statuses, retryAfter },
  };
  writeFileSync('evals/bench.json', `${JSON.stringify(report, null, 2)}\n`);

  const lines = [
    `| measure | median | p95 |`,
    `|---|---|---|`,
    `| index build, embedded default, fresh process each (ms, ${build.n} runs) | ${build.median} | ${build.p95} |`,
    `| baseline build: split + BM25Retriever / + HNSW (ms) | ${baseline.buildMs.bm25} / ${baseline.buildMs.dense} | |`,
    `| retrieve, in process, question asked the first time (ms, ${retrieveFirstTime.n}) | ${retrieveFirstTime.median} | ${retrieveFirstTime.p95} |`,
    `| retrieve, in process, all ${QUERY_ROUNDS} rounds (ms, ${retrieve.n}) | ${retrieve.median} | ${retrieve.p95} |`,
    `| retrieve + answer, in process, first time (ms) | ${retrieveAndAnswerFirstTime.median} | ${retrieveAndAnswerFirstTime.p95} |`,
    `| retrieve + answer, in process, all rounds (ms) | ${retrieveAndAnswer.median} | ${retrieveAndAnswer.p95} |`,
    `| baseline BM25Retriever (ms) | ${baselineBm25.median} | ${baselineBm25.p95} |`,
    `| baseline HNSW similaritySearch, same embedder (ms) | ${baselineDense.median} | ${baselineDense.p95} |`,
    `| server cold start to first answer (ms, ${coldStart.n} runs) | ${coldStart.median} | ${coldStart.p95} |`,
    `| resident memory after warm-up / after load (MB) | ${memoryAfterWarmUpMb} / ${memoryAfterLoadMb} | |`,
    '',
    `| HTTP POST /api/ask, ${HTTP_SECONDS} s each, ${questions.length} questions in turn | req/s | p50 ms | p95 ms | p99 ms | errors |`,
    `|---|---|---|---|---|---|`,
    ...http.map((h) => `| ${h.connections} client(s), answer cache ${h.answerCache ? 'on' : 'off'} | ${h.requestsPerSecond} | ${h.latencyMs.p50} | ${round(h.latencyMs.p95, 1)} | ${h.latencyMs.p99} | ${h.errors} |`),
    '',
    `ratio of our retrieval median (all rounds) to the baseline's: ${report.inProcessMs.ratioRetrieveToBaselineBm25}× BM25Retriever, ${report.inProcessMs.ratioRetrieveToBaselineDense}× HNSW similaritySearch; first-time retrieval ${round(retrieveFirstTime.median / baselineBm25.median, 2)}× BM25Retriever`,
    `rate limit 5/min: statuses ${statuses.join(' ')}, Retry-After ${retryAfter}`,
    ...(scale ? ['', ...scale.lines] : []),
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
