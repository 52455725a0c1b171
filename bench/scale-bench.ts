import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, percentile } from '../evals/scoring.js';
import { writeScaledCorpus } from './scale-corpus.js';

/**
 * The bench's scale section: for each factor (×1, ×10, ×50 by default) it writes a corpus that
 * many times today's into a temporary directory, builds the index with `npm run index`'s command
 * and serves it with `npm start`'s (read from package.json, so it measures what users run), and
 * reports build time and peak memory, index size, cold start to first answer, server memory (after
 * the first answer, idle, after the questions), retrieve + answer latency per question (in a process
 * of its own), abstentions on the eval, and requests per second at 16 clients with the answer cache
 * off and on, each divided by a trivial Hono echo server measured by the same load generator in the
 * same run.
 */

export interface ScaleOptions {
  factors: number[];
  httpSeconds: number;
  rounds: number;
  /** Factors at which to load-test over HTTP (the others measure everything else). */
  httpFactors: number[];
  log: (message: string) => void;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A variable a package.json script sets before its command: `NAME=value`, or `NAME=${NAME:-value}` (the environment's value, else that). */
const SCRIPT_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(?:\$\{\1:-([^}]*)\}|(\S*))$/;

function scriptWords(name: string): { assignments: Array<{ name: string; value: string; unlessSet: boolean }>; words: string[] } {
  const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts[name];
  const words = script.split(/\s+/).filter(Boolean);
  const assignments = [];
  for (let match = SCRIPT_ASSIGNMENT.exec(words[0] ?? ''); match; match = SCRIPT_ASSIGNMENT.exec(words[0] ?? '')) {
    assignments.push({ name: match[1]!, value: match[2] ?? match[3]!, unlessSet: match[2] !== undefined });
    words.shift();
  }
  return { assignments, words };
}

/** The environment a package.json script runs its command with, from `env` and the variables it sets first (as sh does). */
export function scriptEnvironment(name: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const assignment of scriptWords(name).assignments) if (!assignment.unlessSet || !out[assignment.name]) out[assignment.name] = assignment.value;
  return out;
}

/** A package.json script as an argument list for node (tsx scripts run as `node --import tsx`); the variables it sets first are scriptEnvironment's. */
export function scriptCommand(name: string, extraNodeFlags: string[] = []): string[] {
  const { words } = scriptWords(name);
  const script = words.join(' ');
  // `exec node …` (the shell hands the process over, so signals reach node): the same command.
  if (words[0] === 'exec') words.shift();
  if (words[0] === 'tsx') return [...extraNodeFlags, '--import', 'tsx', ...words.slice(1)];
  if (words[0] === 'node') return [...extraNodeFlags, ...words.slice(1)];
  throw new Error(`package.json script "${name}" is neither a node nor a tsx command: ${script}`);
}

function directoryBytes(directory: string): number {
  let total = 0;
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? directoryBytes(path) : stat.size;
  }
  return total;
}

/**
 * How long the started server is left idle after its first answer before its memory is read again:
 * V8's memory reducer gives back the young generation the index load grew (16 MB semi-spaces) once
 * the process has been idle some seconds (about 13 s after the first answer at ×1 on this machine).
 * The least resident memory seen, sampled each second, is the idle figure.
 */
export const IDLE_RSS_WAIT_MS = 25_000;
const IDLE_RSS_SAMPLE_MS = 1000;

async function idleResidentMb(pid: number): Promise<number> {
  let least = residentMb(pid);
  for (let waited = 0; waited < IDLE_RSS_WAIT_MS; waited += IDLE_RSS_SAMPLE_MS) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_RSS_SAMPLE_MS));
    least = Math.min(least, residentMb(pid));
  }
  return least;
}

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024, 1);
}

/** Runs a command to its end, with its peak resident memory from GNU time. */
async function runMeasured(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; peakMb: number; code: number | null; stdout: string; stderr: string }> {
  const timeFile = join(tmpdir(), `budget-qa-bench-time-${process.pid}-${Date.now()}`);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data) => (stdout += data));
  child.stderr.on('data', (data) => (stderr += data));
  const [code] = (await once(child, 'exit')) as [number | null];
  const ms = performance.now() - started;
  let peakMb = Number.NaN;
  try {
    peakMb = round(Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024, 1);
    rmSync(timeFile, { force: true });
  } catch {
    /* time could not write: leave NaN */
  }
  return { ms, peakMb, code, stdout, stderr };
}

interface Server {
  child: ChildProcess;
  url: Promise<string>;
  stderr: () => string;
}

function startProcess(args: string[], env: NodeJS.ProcessEnv): Server {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (data) => {
    if (!stdout.includes('\n')) stdout += data;
  });
  child.stderr!.on('data', (data) => {
    if (stderr.length < 20_000) stderr += data;
  });
  const url = new Promise<string>((resolve, reject) => {
    const onData = () => {
      if (stdout.includes('\n')) {
        child.stdout!.off('data', onData);
        resolve(stdout.split('\n')[0]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`exited ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`)));
  });
  url.catch(() => {});
  return { child, url, stderr: () => stderr };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

async function ask(base: string, question: string): Promise<number> {
  const response = await fetch(`${base}api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  await response.arrayBuffer();
  return response.status;
}

async function requestsPerSecond(base: string, questions: string[], seconds: number) {
  const result = await autocannon({
    url: `${base}api/ask`,
    connections: 16,
    duration: seconds,
    requests: questions.map((question) => ({ method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })),
  });
  return { requestsPerSecond: round(result.requests.average, 1), errors: result.errors + result.timeouts + result.non2xx };
}

export interface ScaleRow {
  factor: number;
  passages?: number;
  build: { ms: number; peakMb: number; ok: boolean };
  indexMb?: number;
  coldStartMs?: number;
  serverRssAfterLoadMb?: number;
  /** After the first answer and IDLE_RSS_WAIT_MS with nothing asked (the least sampled). */
  serverRssIdleMb?: number;
  serverRssAfterQuestionsMb?: number;
  serverError?: string;
  inProcess?: { loadMs: number; firstTime: { p50: number; p95: number }; all: { p50: number; p95: number }; abstained: number; falseAbstentions: number; correct: number; answerable: number; questions: number };
  http?: { echo: number; cacheOff: number; cacheOn: number; ratioOff: number; ratioOn: number; errors: number };
}

export async function runScaleSection(questions: string[], options: ScaleOptions): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  const root = mkdtempSync(join(tmpdir(), 'budget-qa-scale-'));
  try {
    for (const factor of options.factors) {
      const corpusDir = join(root, `corpus-x${factor}`);
      const indexDir = join(root, `index-x${factor}`);
      writeScaledCorpus({ sourceDir: 'corpus', targetDir: corpusDir, factor });
      const env = { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, INDEX_AUTO_BUILD: '0', RATE_LIMIT_PER_MIN: '0' };
      options.log(`×${factor}: building the index…`);
      const build = await runMeasured(scriptCommand('index'), scriptEnvironment('index', env));
      const row: ScaleRow = { factor, build: { ms: round(build.ms, 0), peakMb: build.peakMb, ok: build.code === 0 } };
      rows.push(row);
      if (build.code !== 0) {
        row.serverError = `build exited ${build.code}: ${build.stderr.trim().split('\n').slice(-2).join(' | ')}`;
        continue;
      }
      row.indexMb = round(directoryBytes(join(indexDir, 'store')) / 1024 / 1024, 1);

      options.log(`×${factor}: cold start…`);
      const started = performance.now();
      const server = startProcess(scriptCommand('start'), scriptEnvironment('start', { ...env, PORT: '0' }));
      try {
        const base = await server.url;
        const status = await ask(base, 'How much has been set aside for the AI R&D Institute?');
        if (status !== 200) throw new Error(`first answer was ${status}`);
        row.coldStartMs = round(performance.now() - started, 0);
        row.serverRssAfterLoadMb = residentMb(server.child.pid!);
        row.serverRssIdleMb = await idleResidentMb(server.child.pid!);
        for (const question of questions) await ask(base, question);
        row.serverRssAfterQuestionsMb = residentMb(server.child.pid!);
      } catch (error) {
        row.serverError = (error as Error).message;
      } finally {
        await stop(server.child);
      }

      options.log(`×${factor}: retrieve + answer in process…`);
      const worker = await runMeasured(['--import', 'tsx', 'bench/scale-worker.ts'], { ...env, ROUNDS: String(options.rounds) });
      if (worker.code === 0) {
        const result = JSON.parse(worker.stdout.trim().split('\n').at(-1)!) as { passages: number; loadMs: number; firstTime: number[]; all: number[]; abstained: number; falseAbstentions: number; correct: number; answerable: number; questions: number };
        row.passages = result.passages;
        const summary = (samples: number[]) => ({ p50: round(median(samples), 2), p95: round(percentile(samples, 95), 2) });
        row.inProcess = { loadMs: round(result.loadMs, 0), firstTime: summary(result.firstTime), all: summary(result.all), abstained: result.abstained, falseAbstentions: result.falseAbstentions, correct: result.correct, answerable: result.answerable, questions: result.questions };
      } else {
        row.serverError = `${row.serverError ?? ''} worker exited ${worker.code}: ${worker.stderr.trim().split('\n').slice(-2).join(' | ')}`;
      }

      if (options.httpFactors.includes(factor) && !row.serverError) {
        options.log(`×${factor}: HTTP at 16 clients: echo, cache off, cache on…`);
        const measure = async (args: string[], extraEnv: Record<string, string>, script?: string) => {
          const process_ = startProcess(args, script ? scriptEnvironment(script, { ...env, PORT: '0', ...extraEnv }) : { ...env, PORT: '0', ...extraEnv });
          try {
            const base = await process_.url;
            for (const question of questions) await ask(base, question);
            return await requestsPerSecond(base, questions, options.httpSeconds);
          } finally {
            await stop(process_.child);
          }
        };
        const echo = await measure(['--import', 'tsx', 'bench/echo-server.ts'], {});
        const cacheOff = await measure(scriptCommand('start'), { ANSWER_CACHE_SIZE: '0' }, 'start');
        const cacheOn = await measure(scriptCommand('start'), { ANSWER_CACHE_SIZE: '1000' }, 'start');
        row.http = {
          echo: echo.requestsPerSecond,
          cacheOff: cacheOff.requestsPerSecond,
          cacheOn: cacheOn.requestsPerSecond,
          ratioOff: round(cacheOff.requestsPerSecond / echo.requestsPerSecond, 3),
          ratioOn: round(cacheOn.requestsPerSecond / echo.requestsPerSecond, 3),
          errors: echo.errors + cacheOff.errors + cacheOn.errors,
        };
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

export function scaleTable(rows: ScaleRow[]): string[] {
  const cell = (row: ScaleRow, value: (row: ScaleRow) => unknown) => {
    const v = value(row);
    return v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? '—' : String(v);
  };
  const line = (label: string, value: (row: ScaleRow) => unknown) => `| ${label} | ${rows.map((row) => cell(row, value)).join(' | ')} |`;
  return [
    `| scale | ${rows.map((row) => `×${row.factor}${row.passages ? ` (${row.passages} passages)` : ''}`).join(' | ')} |`,
    `|---|${rows.map(() => '---').join('|')}|`,
    line('index build (ms)', (row) => (row.build.ok ? row.build.ms : `failed (${row.build.ms})`)),
    line('index build peak RSS (MB)', (row) => row.build.peakMb),
    line('index size on disk (MB)', (row) => row.indexMb),
    line('`npm start` cold start to first answer (ms)', (row) => row.coldStartMs ?? (row.serverError ? `fails: ${row.serverError.slice(0, 80)}` : undefined)),
    line(`server RSS after load / idle ${IDLE_RSS_WAIT_MS / 1000} s / after the 181 questions (MB)`, (row) => (row.serverRssAfterLoadMb === undefined ? undefined : `${row.serverRssAfterLoadMb} / ${row.serverRssIdleMb} / ${row.serverRssAfterQuestionsMb}`)),
    line('index load in process (ms)', (row) => row.inProcess?.loadMs),
    line('retrieve + answer p50 / p95, first time (ms)', (row) => (row.inProcess ? `${row.inProcess.firstTime.p50} / ${row.inProcess.firstTime.p95}` : undefined)),
    line('retrieve + answer p50 / p95, all rounds (ms)', (row) => (row.inProcess ? `${row.inProcess.all.p50} / ${row.inProcess.all.p95}` : undefined)),
    line('abstentions / false abstentions (of 181 / 163)', (row) => (row.inProcess ? `${row.inProcess.abstained} / ${row.inProcess.falseAbstentions}` : undefined)),
    line('answers matching an accepted answer (of 163)', (row) => row.inProcess?.correct),
    line('HTTP req/s at 16 clients: echo / cache off / cache on', (row) => (row.http ? `${row.http.echo} / ${row.http.cacheOff} / ${row.http.cacheOn}` : undefined)),
    line('cache off ÷ echo, cache on ÷ echo (errors)', (row) => (row.http ? `${row.http.ratioOff}, ${row.http.ratioOn} (${row.http.errors})` : undefined)),
  ];
}
