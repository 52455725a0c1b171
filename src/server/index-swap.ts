import { createHash } from 'node:crypto';
import { watch, readFileSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../config.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';
import { FILES, STORE_DIR } from '../index/index-files.js';
import { loadIndex, type LoadedIndex } from '../index/load-index.js';

/**
 * A running server takes in a rebuilt index without a restart or a failed request.
 *
 * `npm run index`, `add-document` and `remove-document` build the whole index in a temporary
 * directory and rename it into place (build-index.ts), so `index/store/manifest.json` changes only
 * when a complete index is there. The server notices that change — `fs.watch` on the index
 * directory, and a poll of the manifest every `INDEX_POLL_MS` for file systems where watching is
 * not told of renames (network mounts, some containers) — or is told by SIGHUP. It then opens the
 * new index beside the one serving: every file's sha256 against the manifest, the corpus checksum,
 * the embedder, the table cells (loadIndex) and whether it can answer at all (`check`). Only a
 * sound index is swapped in, by replacing one reference (`onSwap`): requests already running
 * finish on the index they started with, the next ones get the new one, and the answer cache goes
 * with the old index. A new index that fails a check is refused, logged with its code, and the
 * old one keeps serving; the refused manifest is not retried until it changes again.
 *
 * Why not an admin endpoint: whoever can rebuild the index can already signal the server and write
 * its index directory; an HTTP trigger would need a secret and would put a write action on a
 * public port. A file watch needs no extra step from staff (`add-document` is the whole job).
 */

export type SwapOutcome = 'swapped' | 'unchanged' | 'refused' | 'retry';

export interface IndexSwapperOptions {
  settings: Pick<Settings, 'corpusDir' | 'indexDir' | 'embedder' | 'model'>;
  /** The index serving now. */
  initial: LoadedIndex;
  /** Puts a checked index in service. */
  onSwap: (index: LoadedIndex) => void;
  /** Why a loaded index cannot answer (create-app.ts's indexProblem), or undefined. */
  check?: (index: LoadedIndex) => string | undefined;
  log?: (message: string) => void;
  /** Watch the index directory (fs.watch). */
  watch?: boolean;
  /** Poll the manifest every this many ms; 0: no poll. */
  pollMs?: number;
  /** Quiet time after a change before the new index is opened (a rename comes as several events). */
  settleMs?: number;
}

export interface IndexSwapper {
  /** The index serving now. */
  current(): LoadedIndex;
  /** Looks at the index on disk now and swaps it in if it is new and sound. */
  reload(trigger: string): Promise<SwapOutcome>;
  /** Stops watching and polling. */
  close(): void;
}

const fingerprint = (raw: Buffer) => createHash('sha256').update(raw).digest('hex');

export function createIndexSwapper(options: IndexSwapperOptions): IndexSwapper {
  const log = options.log ?? ((message: string) => console.error(message));
  const settleMs = options.settleMs ?? 150;
  const manifestPath = join(options.settings.indexDir, STORE_DIR, FILES.manifest);
  let current = options.initial;
  const readManifest = (): Buffer | undefined => {
    try {
      return readFileSync(manifestPath);
    } catch {
      return undefined;
    }
  };
  // The manifest on disk is the one serving when it names the same build.
  const builtAtOf = (raw: Buffer | undefined) => {
    try {
      return raw ? (JSON.parse(raw.toString('utf8')) as { builtAt?: unknown }).builtAt : undefined;
    } catch {
      return undefined;
    }
  };
  const initialRaw = readManifest();
  let servingPrint = initialRaw && builtAtOf(initialRaw) === current.manifest.builtAt ? fingerprint(initialRaw) : '';
  let refusedPrint = '';
  let missingLogged = false;

  let running: Promise<SwapOutcome> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  async function attempt(trigger: string): Promise<SwapOutcome> {
    const raw = readManifest();
    if (!raw) {
      // Between a build's two renames the store is briefly absent; a removed index is logged once.
      if (!missingLogged) log(`index swap (${trigger}): no index at ${manifestPath} now; still serving the index built at ${current.manifest.builtAt}.`);
      missingLogged = true;
      return 'retry';
    }
    missingLogged = false;
    const print = fingerprint(raw);
    if (print === servingPrint || print === refusedPrint) return 'unchanged';
    const started = performance.now();
    try {
      const next = await loadIndex(options.settings);
      const problem = options.check?.(next);
      if (problem) throw new BudgetQaError('INDEX_CORRUPT', `The new index cannot answer: ${problem}.`);
      const after = readManifest();
      // Rebuilt again while it was being read: what was read may mix two builds; read it afresh.
      if (!after || fingerprint(after) !== print || next.manifest.builtAt !== builtAtOf(raw)) return 'retry';
      const previous = current;
      current = next;
      servingPrint = print;
      refusedPrint = '';
      options.onSwap(next);
      log(
        `index swapped in (${trigger}): built at ${next.manifest.builtAt}, ${next.chunks.length} passages from ${next.documents.size} documents, opened and checked in ${Math.round(performance.now() - started)} ms (was built at ${previous.manifest.builtAt}, ${previous.chunks.length} passages).`,
      );
      return 'swapped';
    } catch (error) {
      const after = readManifest();
      if (!after || fingerprint(after) !== print) return 'retry';
      refusedPrint = print;
      const reason = isBudgetQaError(error) ? `${error.code}: ${error.message}` : String(error);
      log(`index swap refused (${trigger}): ${reason} Still serving the index built at ${current.manifest.builtAt}.`);
      return 'refused';
    }
  }

  async function reload(trigger: string): Promise<SwapOutcome> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let outcome: SwapOutcome;
      do {
        again = false;
        outcome = await attempt(trigger);
      } while (again && !closed);
      return outcome;
    })();
    try {
      const outcome = await running;
      if (outcome === 'retry' && !closed) schedule('retry');
      return outcome;
    } finally {
      running = undefined;
    }
  }

  function schedule(trigger: string) {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void reload(trigger);
    }, settleMs);
    timer.unref();
  }

  let watcher: FSWatcher | undefined;
  if (options.watch ?? true) {
    try {
      watcher = watch(options.settings.indexDir, { persistent: false }, (_event, name) => {
        if (!name || String(name).startsWith(STORE_DIR)) schedule('index directory changed');
      });
      watcher.on('error', (error) => {
        log(`index swap: watching ${options.settings.indexDir} failed (${(error as Error).message}); polling only.`);
        watcher?.close();
        watcher = undefined;
      });
    } catch (error) {
      log(`index swap: cannot watch ${options.settings.indexDir} (${(error as Error).message}); polling only.`);
    }
  }
  const poll = options.pollMs && options.pollMs > 0 ? setInterval(() => {
    const raw = readManifest();
    const print = raw ? fingerprint(raw) : '';
    if (print !== servingPrint && print !== refusedPrint && !running && !timer) void reload('poll');
  }, options.pollMs) : undefined;
  poll?.unref();

  return {
    current: () => current,
    reload,
    close() {
      closed = true;
      watcher?.close();
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
    },
  };
}
