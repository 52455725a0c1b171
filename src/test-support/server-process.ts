import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER_NODE_FLAGS } from './server-flags.js';

/**
 * The real server process (`src/cli/serve.ts` with `npm start`'s node flags, or `npm start` itself)
 * on loopback, port 0, with its stdout (the URL, then one JSON log line per request) and stderr kept.
 */
export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:port/ */
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** The request log lines written so far. */
  logs: () => Array<Record<string, unknown>>;
  /** Resident memory of the server process (MB). */
  residentMb: () => number;
  /** SIGTERM (if still running) and wait for the exit; resolves the exit code. */
  stop: () => Promise<number | null>;
}

export async function startServerProcess(options: { env: Record<string, string>; viaNpm?: boolean; startTimeoutMs?: number }): Promise<ServerProcess> {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', INDEX_AUTO_BUILD: '0', RATE_LIMIT_PER_MIN: '0', ...options.env };
  const child = options.viaNpm
    ? spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src/cli/serve.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (data) => (stdout += data));
  child.stderr!.on('data', (data) => (stderr += data));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within ${options.startTimeoutMs ?? 60_000} ms: ${stderr.slice(-2000)}`)), options.startTimeoutMs ?? 60_000);
    const look = () => {
      const line = stdout.split('\n').find((candidate) => /^http:\/\/\S+\/$/.test(candidate));
      if (line) {
        clearTimeout(timer);
        child.stdout!.off('data', look);
        resolve(line);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code} before it listened: ${stderr.slice(-2000)}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  return {
    child,
    url,
    stdout: () => stdout,
    stderr: () => stderr,
    logs: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    residentMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Waits for `condition` (polled), failing after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Server-sent events of a response body, parsed. */
export function parseEvents(raw: string): Array<{ event: string; data: any }> {
  return [...raw.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((match) => ({ event: match[1]!, data: JSON.parse(match[2]!) }));
}

/**
 * Spawns node with these arguments on a fresh corpus and waits for the first line it prints (the
 * server's URL); rejects with the end of stderr if the process exits first.
 */
export async function spawnUntilFirstLine(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; firstLine: string; stdout: () => string; stderr: () => string }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (data) => (stderr += data));
  const firstLine = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (data) => {
      stdout += data;
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr.slice(-2000)}`)));
  });
  return { child, firstLine, stdout: () => stdout, stderr: () => stderr };
}
