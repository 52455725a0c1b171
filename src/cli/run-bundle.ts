import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * Runs a bundle that `scripts/build.mjs` wrote (dist/server.bundle.cjs, dist/index-builder.bundle.cjs)
 * with a V8 code cache beside it, so a start does not compile again the functions the last one
 * compiled (Node 20 has no compile cache of its own for modules: `module.enableCompileCache` came in
 * Node 22). 0.06–0.1 s of the 0.8–0.9 s of CPU a server spends to its first answer (×1).
 *
 * The bundle is a script, not a module: its body runs inside a function given what `import` and
 * `import.meta` would have given it (the packages it imports, loaded by the small module that calls
 * this, so each is the same ES module instance the rest of the process sees; its URL; `resolve`;
 * and an `import()` that resolves a path as the module that wrote it would have, so data and
 * modules found beside a module of dist/ are found as before).
 *
 * The cache (`<bundle>.cache`) starts with the sha256 of the script and of the Node version and
 * flags, and is used only when that matches and V8 takes it (V8 refuses data from another V8 or other
 * flags, but checks only the length of the source, not its text). When there was none, or it was
 * refused, the cache is written as the process exits, with every function the run compiled
 * (one start to a first answer: about 1.3 MB; a longer first run writes more, and it stays until the
 * bundle changes). Writing it is only a speed-up: a read-only dist/ or a failed write is ignored.
 */

export interface BundleImports {
  /** The URL of the bundle file. */
  bundle: URL;
  /** Packages the bundle imports, by specifier: the namespaces the calling module imported. */
  externals: Record<string, unknown>;
  /** The calling module's `import.meta.resolve` (it sits in the bundle's folder). */
  resolve: (specifier: string) => string;
}

/** What became of the code cache: `used`, or `written at exit` (there was none, or it was stale or refused). */
export type CodeCacheOutcome = 'used' | 'written at exit';

const HASH_HEX_LENGTH = 64;

/**
 * The bundle's text as one function of what a module would have had, in strict mode as a module is;
 * its first line holds the bundle's first line (stack traces keep their line numbers).
 */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __bundleUrl, __bundleResolve, __bundleImport) {'use strict';${source}\n})`;
}

function readCache(path: string, key: string): Buffer | undefined {
  try {
    const bytes = readFileSync(path);
    return bytes.toString('latin1', 0, HASH_HEX_LENGTH) === key && bytes[HASH_HEX_LENGTH] === 0x0a ? bytes.subarray(HASH_HEX_LENGTH + 1) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(path: string, key: string, data: Buffer) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), data]));
    renameSync(temporary, path);
  } catch {
    // Only a speed-up (see above).
  }
}

/** Runs the bundle (see above); returns its exports and what became of its code cache. */
export function runBundle({ bundle, externals, resolve }: BundleImports): { exports: Record<string, unknown>; codeCache: CodeCacheOutcome } {
  const file = fileURLToPath(bundle);
  const bytes = readFileSync(file);
  // The file's bytes hashed (the wrapper around them is constant): not its text, encoded again.
  const key = createHash('sha256').update(bytes).update(`\0${process.version}\0${process.execArgv.join(' ')}`).digest('hex');
  const source = wrap(bytes.toString('utf8'));
  const cachePath = `${file}.cache`;
  const cachedData = readCache(cachePath, key);
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const codeCache: CodeCacheOutcome = cachedData && !script.cachedDataRejected ? 'used' : 'written at exit';
  if (codeCache !== 'used') process.once('exit', () => writeCache(cachePath, key, script.createCachedData()));

  const requireFromBundle = createRequire(file);
  const require = (specifier: string) => (Object.hasOwn(externals, specifier) ? externals[specifier] : requireFromBundle(specifier));
  // `import(specifier)` as written in the module at `from` (a path relative to the bundle).
  const importFrom = (from: string, specifier: string) => import(specifier.startsWith('.') ? new URL(specifier, new URL(from, bundle)).href : specifier);
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...parameters: unknown[]) => void)(module.exports, require, module, file, dirname(file), bundle.href, resolve, importFrom);
  return { exports: module.exports, codeCache };
}
