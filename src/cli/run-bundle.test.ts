import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const directory = mkdtempSync(join(tmpdir(), 'budget-qa-run-bundle-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const bundle = join(directory, 'app.bundle.cjs');
/** A bundle as scripts/build.mjs writes one: packages by require, its module's URL, import() as written in a module of a subfolder. */
const bundleText = (value: number) => `"use strict";
const { answer } = require('fake-package');
const { basename } = require('node:path');
module.exports.value = ${value} + answer;
module.exports.url = basename(new URL('./sub/module.js', __bundleUrl).pathname);
module.exports.strict = (function () { return this; })() === undefined;
module.exports.resolved = basename(new URL(__bundleResolve('./data.mjs')).pathname);
module.exports.imported = __bundleImport('./sub/module.js', '../data.mjs').then((data) => data.word);
`;
/** The module that runs it, as dist/server.js does: prints what the bundle gave and what became of the cache. */
const runner = join(directory, 'app.mjs');
writeFileSync(
  runner,
  `import { runBundle } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'run-bundle.ts')).href)};
const { exports, codeCache } = runBundle({ bundle: new URL('./app.bundle.cjs', import.meta.url), resolve: import.meta.resolve, externals: { 'fake-package': { answer: 1 } } });
console.log(JSON.stringify({ value: exports.value, url: exports.url, strict: exports.strict, resolved: exports.resolved, imported: await exports.imported, codeCache }));
`,
);
writeFileSync(join(directory, 'data.mjs'), "export const word = 'beside the bundle';\n");
mkdirSync(join(directory, 'sub'));

function run() {
  const child = spawnSync(process.execPath, ['--import', 'tsx', runner], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim()) as { value: number; url: string; strict: boolean; resolved: string; imported: string; codeCache: string };
}

describe('a bundle run with its code cache', () => {
  it('runs as the module it was made from, writes the cache as it exits, uses it next time and refuses it for another text', () => {
    writeFileSync(bundle, bundleText(41));
    expect(run()).toEqual({ value: 42, url: 'module.js', strict: true, resolved: 'data.mjs', imported: 'beside the bundle', codeCache: 'written at exit' });
    expect(existsSync(`${bundle}.cache`)).toBe(true);
    expect(run()).toMatchObject({ value: 42, codeCache: 'used' });
    // The same length (all V8 checks of the source) and another text: not run from the old code.
    writeFileSync(bundle, bundleText(51));
    expect(readFileSync(bundle, 'utf8').length).toBe(bundleText(41).length);
    expect(run()).toMatchObject({ value: 52, codeCache: 'written at exit' });
    expect(run()).toMatchObject({ value: 52, codeCache: 'used' });
    // A damaged cache is refused, and written again.
    writeFileSync(`${bundle}.cache`, 'not a cache');
    expect(run()).toMatchObject({ value: 52, codeCache: 'written at exit' });
  });
});
