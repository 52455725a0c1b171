import { SERVER_NODE_FLAGS } from '../test-support/server-flags.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../answer/answer-contract.js';
import { buildIndex } from '../index/build-index.js';
import { tempCorpusAndIndex } from '../test-support/temp-corpus.js';
import { longQuestionMaker, SCRIPTS } from '../test-support/long-questions.js';
import { connect } from 'node:net';

/**
 * A bounded soak on loopback: 64 clients for 30 s against the real server process, mixing languages,
 * valid and invalid requests and unique maximum-length questions in every script, while 1% of
 * clients open connections and never send. Zero 5xx, zero dropped connections, every answer in the
 * contract, and memory that stops growing (last third within a margin of the first).
 */
const CLIENTS = 64;
/** Clients that open a connection and never send a byte (the server closes it after HEADERS_TIMEOUT_MS; they open another). */
const SILENT_CLIENTS = Math.max(1, Math.round(CLIENTS / 100));
const DURATION_MS = Number(process.env.SOAK_SECONDS ?? 30) * 1000;
const WARM_UP_MS = 5000;
const MEMORY_MARGIN = 1.2;

const QUESTIONS = [
  'How much has been set aside for the AI R&D Institute?',
  '智慧燈柱係咩嚟㗎？',
  '商业数据通促成了多少宗贷款申请？',
  '政府預留多少錢設立香港人工智能研發院？',
  'How many submarine cable systems does Hong Kong have?',
  'What is the budget for the Olympic Games?',
  '河套香港園區第一期基建預留咗幾多錢？',
  'What was the 2024-25 revised estimate for Programme (2)?',
];
const BAD: Array<{ body: string; type: string; status: number }> = [
  { body: JSON.stringify({ question: '' }), type: 'application/json', status: 400 },
  { body: '{"question":', type: 'application/json', status: 400 },
  { body: 'question=x', type: 'text/plain', status: 415 },
  { body: JSON.stringify({ question: '問'.repeat(1001) }), type: 'application/json', status: 413 },
  { body: JSON.stringify({ question: '<script>alert(1)</script>' }), type: 'application/json', status: 200 },
];

function residentMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('soak', () => {
  let server: ChildProcess;
  let base = '';

  beforeAll(async () => {
    const paths = tempCorpusAndIndex();
    await buildIndex({ corpusDir: paths.corpusDir, indexDir: paths.indexDir, embedder: 'concept', model: '' });
    server = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src/cli/serve.ts'], {
      env: { ...process.env, CORPUS_DIR: paths.corpusDir, INDEX_DIR: paths.indexDir, PORT: '0', RATE_LIMIT_PER_MIN: '0', INDEX_AUTO_BUILD: '0', HEADERS_TIMEOUT_MS: '2000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    base = await new Promise<string>((resolve) => {
      let out = '';
      server.stdout!.on('data', (data) => {
        if (out.includes('\n')) return;
        out += data;
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
    });
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });

  it(`answers ${CLIENTS} clients for ${DURATION_MS / 1000} s with no 5xx, no dropped connection, stable memory`, async () => {
    const counts = { ok: 0, rejected: 0, serverErrors: 0, dropped: 0, unexpected: 0, contractBroken: 0, longUnique: 0, silentConnections: 0 };
    const makeLong = longQuestionMaker();
    const memory: Array<{ at: number; mb: number }> = [];
    const started = Date.now();
    const sampler = setInterval(() => memory.push({ at: Date.now() - started, mb: residentMb(server.pid!) }), 500);
    let request = 0;
    const client = async () => {
      while (Date.now() - started < DURATION_MS + WARM_UP_MS) {
        const n = request++;
        const bad = n % 5 === 4 ? BAD[Math.floor(n / 5) % BAD.length]! : undefined;
        // Every eighth request: a question never asked before, of the maximum length, in turn in each script.
        const long = !bad && n % 8 === 3 ? makeLong(SCRIPTS[Math.floor(n / 8) % SCRIPTS.length]!) : undefined;
        if (long) counts.longUnique++;
        const body = bad?.body ?? JSON.stringify({ question: long ?? QUESTIONS[n % QUESTIONS.length], ...(n % 7 === 0 ? { lang: 'zh-Hans' } : {}) });
        try {
          const response = await fetch(`${base}api/ask${n % 11 === 0 ? '/stream' : ''}`, { method: 'POST', headers: { 'Content-Type': bad?.type ?? 'application/json' }, body });
          const text = await response.text();
          if (response.status >= 500) counts.serverErrors++;
          else if (bad && response.status !== bad.status) counts.unexpected++;
          else if (response.status === 200) {
            counts.ok++;
            if (!response.headers.get('content-type')?.includes('event-stream') && !answerSchema.safeParse(JSON.parse(text)).success) counts.contractBroken++;
          } else counts.rejected++;
        } catch {
          counts.dropped++;
        }
      }
    };
    const { port } = new URL(base);
    const silent = async () => {
      while (Date.now() - started < DURATION_MS + WARM_UP_MS) {
        counts.silentConnections++;
        await new Promise<void>((resolve) => {
          const socket = connect(Number(port), '127.0.0.1');
          socket.on('error', () => resolve());
          socket.on('close', () => resolve());
          socket.resume();
          setTimeout(() => socket.destroy(), DURATION_MS + WARM_UP_MS - (Date.now() - started)).unref();
        });
      }
    };
    await Promise.all([...Array.from({ length: CLIENTS - SILENT_CLIENTS }, client), ...Array.from({ length: SILENT_CLIENTS }, silent)]);
    clearInterval(sampler);

    expect(counts.serverErrors).toBe(0);
    expect(counts.dropped).toBe(0);
    expect(counts.unexpected).toBe(0);
    expect(counts.contractBroken).toBe(0);
    expect(counts.ok).toBeGreaterThan(1000);
    expect(counts.longUnique).toBeGreaterThan(100);
    expect(counts.silentConnections).toBeGreaterThan(1);
    expect(server.exitCode).toBeNull();
    const measured = memory.filter((sample) => sample.at >= WARM_UP_MS);
    const third = Math.floor(measured.length / 3);
    const first = median(measured.slice(0, third).map((s) => s.mb));
    const last = median(measured.slice(-third).map((s) => s.mb));
    console.log(`soak: ${JSON.stringify(counts)}; memory median first third ${first.toFixed(0)} MB, last third ${last.toFixed(0)} MB`);
    expect(last).toBeLessThanOrEqual(first * MEMORY_MARGIN);
  }, 120_000);
});
