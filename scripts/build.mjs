#!/usr/bin/env node
// `npm run build`: compiles src/ to JavaScript in dist/ (tsc with tsconfig.build.json) and copies
// the data files modules read beside themselves (src/**/*.txt). `--if-stale` (what `prestart` and
// `preindex` run) builds only when a file under src/, tsconfig*.json, package.json or this script is newer
// than the last build, so `npm ci && npm start` works on a fresh clone and a start after an edit
// never runs old code. Needs no network: TypeScript and esbuild are devDependencies.
//
// Then dist/server.js, what `npm start` runs, is written: it runs one bundle of tsc's
// dist/cli/serve.js, our modules and the few pure-JavaScript packages it imports at start
// (BUNDLED), so a start reads and compiles one file instead of some 200 (zod alone is 95), with a
// V8 code cache beside it (src/cli/run-bundle.ts). The bundle (dist/server.bundle.cjs) is a script
// that dist/server.js runs through vm.Script, the only way Node 20 offers to use a code cache:
// dist/server.js imports the packages the bundle imports (native addons, packages imported only
// when needed such as LangChain, transformers and pdf.js, and any dependency not named in
// BUNDLED stay normal imports from node_modules) and hands them to it. Each of our modules keeps
// its own location (import.meta.url names its file in dist/, and an import() of one of our modules
// stays an import of that file, resolved from where it was written), so data read beside a module
// and the index builder that serve.js runs as a child process are found as before.
// dist/index-builder.js, what `npm run index` runs, is the index builder (tsc's
// dist/cli/build-index.js) bundled and run the same way. The other files in dist/ are tsc's
// output, used by the server's child process that rebuilds an index and by dist/cli/serve.js
// (unbundled, still runs the same server).
//
// Last, the compact dictionaries an index build reads (src/index/dictionary-cache.ts) are made
// if they are missing or were made from other package data or readers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const STAMP = join('dist', '.built');
const ASSET = /\.txt$/;
const SERVER_ENTRY = join('dist', 'cli', 'serve.js');
const SERVER_BUNDLE = join('dist', 'server.js');
const BUILDER_ENTRY = join('dist', 'cli', 'build-index.js');
/** What `npm run index` runs: the index builder bundled the same way (dist/cli/build-index.js stays, for the server's child process). */
const BUILDER_BUNDLE = join('dist', 'index-builder.js');
/** The module that runs a bundle with its code cache (src/cli/run-bundle.ts), compiled. */
const BUNDLE_RUNNER = join('dist', 'cli', 'run-bundle.js');
/** Packages compiled into the server bundle: pure JavaScript, imported by the server at start. */
const BUNDLED = new Set(['zod', 'hono', '@hono/node-server', 'opencc-js', 'stemmer']);

function newestSource(directory, newest = 0) {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    const stat = statSync(path);
    newest = stat.isDirectory() ? newestSource(path, newest) : Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

function copyAssets(directory) {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (ASSET.test(name)) {
      const target = join('dist', relative('src', path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}

/**
 * The compact dictionaries an index build reads (src/index/dictionary-cache.ts), made by the
 * compiled readers; `onlyIfMissing` (a build that was not stale) skips the check of a cache that is there.
 */
async function ensureDictionaryCache(onlyIfMissing) {
  const module = await import(pathToFileURL(resolve('dist/index/dictionary-cache.js')).href);
  if (onlyIfMissing && module.DICTIONARY_CACHE_FILES.every((name) => existsSync(join(module.DICTIONARY_CACHE_DIR, name)))) return;
  const started = Date.now();
  try {
    const written = module.ensureDictionaryCache();
    if (written.length > 0) console.error(`wrote the dictionary cache (${written.join(', ')}) in ${Date.now() - started} ms`);
  } catch (error) {
    // Only a speed-up: an index build without it reads the packages and builds the same index.
    console.error(`could not write the dictionary cache in ${module.DICTIONARY_CACHE_DIR} (${error.message}); index builds will read the dictionaries' packages instead`);
  }
}

if (process.argv.includes('--if-stale') && existsSync(STAMP)) {
  const inputs = Math.max(newestSource('src'), ...['tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/build.mjs'].map((file) => statSync(file).mtimeMs));
  if (statSync(STAMP).mtimeMs >= inputs) {
    await ensureDictionaryCache(true);
    process.exit(0);
  }
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const started = Date.now();
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('Compiling the server failed (the errors above say where).');
  process.exit(result.status ?? 1);
}
copyAssets('src');
await bundleServer(SERVER_ENTRY, SERVER_BUNDLE);
await bundleServer(BUILDER_ENTRY, BUILDER_BUNDLE);
await ensureDictionaryCache(false);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
console.error(`compiled src/ to dist/ in ${Date.now() - started} ms`);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * zod's `locales` namespace (its messages in 60-odd languages, 360 KB: a fifth of the server bundle,
 * compiled and run at every start) kept to English, the only one zod uses unless told otherwise and
 * the only one this project's messages are in. `z.locales.en` stays; asking for another fails.
 */
function englishZodMessagesOnly() {
  return {
    name: 'english-zod-messages-only',
    setup(bundler) {
      bundler.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
        return { path: resolve(dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales' };
      });
      bundler.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}

/**
 * @hono/node-server imports node:http2 (14–19 ms of a start to load) only to ask whether a request
 * is an HTTP/2 one; the server is made with node:http (src/server/http-server.ts), so none is. In
 * the bundle that import is a class no request is an instance of, and the one constant its HTTP/2
 * branch names.
 */
function http1Only() {
  return {
    name: 'http1-only',
    setup(bundler) {
      bundler.onResolve({ filter: /^(?:node:)?http2$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]@hono[\\/]node-server[\\/]/.test(args.importer)) return undefined;
        return { path: 'http2', namespace: 'http1-only' };
      });
      bundler.onLoad({ filter: /.*/, namespace: 'http1-only' }, () => ({
        contents: 'export class Http2ServerRequest {}\nexport const constants = { NGHTTP2_NO_ERROR: 0 };\n',
        loader: 'js',
      }));
    },
  };
}

/**
 * Writes `outfile`, the module that runs a bundle of `entry` (tsc's output) written beside it
 * (`<name>.bundle.cjs`); see the note at the top.
 */
async function bundleServer(entry, outfile) {
  const { build } = await import('esbuild');
  const dist = resolve('dist');
  const outDir = dirname(resolve(outfile));
  const bundleFile = outfile.replace(/\.js$/, '.bundle.cjs');
  const ours = (path) => path.startsWith(dist + sep);
  const keepLocations = {
    name: 'keep-module-locations',
    setup(bundler) {
      bundler.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || BUNDLED.has(packageName(args.path))) return undefined;
        return { path: args.path, external: true };
      });
      bundler.onLoad({ filter: /\.js$/ }, (args) => {
        if (!ours(args.path)) return undefined;
        // Relative to the bundle, so dist/ can move after a build.
        let own = relative(outDir, args.path).split(sep).join('/');
        if (!own.startsWith('.')) own = `./${own}`;
        const text = readFileSync(args.path, 'utf8')
          .replaceAll('import.meta.url', `(new URL(${JSON.stringify(own)}, __bundleUrl).href)`)
          .replaceAll('import.meta.resolve', '__bundleResolve')
          // tsc writes import() only for a dynamic import (type-only ones are erased).
          .replace(/(?<![.\w$])import\(/g, `__bundleImport(${JSON.stringify(own)}, `);
        return { contents: text, loader: 'js' };
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    outfile: bundleFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [keepLocations, englishZodMessagesOnly(), http1Only()],
    metafile: true,
    logLevel: 'warning',
  });
  // The bundle in Latin-1, so V8 holds its source (which a started process keeps) as a one-byte
  // string, half the heap of a two-byte one: esbuild leaves regular expression literals, String.raw
  // templates and comments as written (src/cli/ascii-bundle.ts, compiled by tsc above).
  const { latin1Bundle } = await import(pathToFileURL(resolve('dist', 'cli', 'ascii-bundle.js')).href);
  const latin1 = latin1Bundle(readFileSync(bundleFile, 'utf8'), bundleFile);
  writeFileSync(bundleFile, latin1.text);
  if (latin1.beyondLatin1 > 0) console.warn(`${bundleFile}: ${latin1.beyondLatin1} characters beyond Latin-1 are left (src/cli/ascii-bundle.ts writes only regular expressions, String.raw templates and comments in ASCII), so V8 holds its source as a two-byte string, twice the memory`);
  // The packages imported at the top of a module, in the order met, imported by the runner below
  // (the bundle's require serves them); an import() left in a package compiled in would need vm's
  // experimental module API.
  const externals = new Set();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external || imported.path.startsWith('node:') || isBuiltin(imported.path)) continue;
      if (imported.kind === 'dynamic-import') throw new Error(`${entry}: a package compiled into the bundle imports ${imported.path} with import(), which a bundle run as a script cannot do: leave that package out of BUNDLED`);
      if (imported.kind === 'import-statement') externals.add(imported.path);
    }
  }
  const runner = relative(outDir, resolve(BUNDLE_RUNNER)).split(sep).join('/');
  const names = [...externals].map((specifier, index) => [specifier, `external${index}`]);
  writeFileSync(
    outfile,
    [
      `// Written by scripts/build.mjs: runs ${basename(bundleFile)} with its code cache (src/cli/run-bundle.ts).`,
      ...names.map(([specifier, name]) => `import * as ${name} from ${JSON.stringify(specifier)};`),
      `import { runBundle } from ${JSON.stringify(`./${runner}`)};`,
      `runBundle({ bundle: new URL(${JSON.stringify(`./${basename(bundleFile)}`)}, import.meta.url), resolve: import.meta.resolve, externals: { ${names.map(([specifier, name]) => `${JSON.stringify(specifier)}: ${name}`).join(', ')} } });`,
      '',
    ].join('\n'),
  );
}
