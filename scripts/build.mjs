#!/usr/bin/env node
// `npm run build`: compiles src/ to JavaScript in dist/ (tsc with tsconfig.build.json) and copies
// the data files modules read beside themselves (src/**/*.txt). `--if-stale` (what `prestart` and
// `preindex` run) builds only when a file under src/, tsconfig*.json or package.json is newer
// than the last build, so `npm ci && npm start` works on a fresh clone and a start after an edit
// never runs old code. Needs no network: TypeScript is a devDependency.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const STAMP = join('dist', '.built');
const ASSET = /\.txt$/;

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

if (process.argv.includes('--if-stale') && existsSync(STAMP)) {
  const inputs = Math.max(newestSource('src'), ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((file) => statSync(file).mtimeMs));
  if (statSync(STAMP).mtimeMs >= inputs) process.exit(0);
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const started = Date.now();
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('Compiling the server failed (the errors above say where).');
  process.exit(result.status ?? 1);
}
copyAssets('src');
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
console.error(`compiled src/ to dist/ in ${Date.now() - started} ms`);
