import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * jieba's word dictionary (`@node-rs/jieba/dict.txt`), read when a segmenter is made and then let
 * go. The package's `dict.js` reads both its dictionary and its idf table (6 MB, for keyword
 * extraction, which this project does not use) at import and keeps both for the life of the
 * process; this reads the one file segmentation needs.
 */
export function readJiebaDictionary(): Buffer {
  const searched = createRequire(import.meta.url).resolve.paths('@node-rs/jieba') ?? [];
  for (const modules of searched) {
    const path = join(modules, '@node-rs', 'jieba', 'dict.txt');
    if (existsSync(path)) return readFileSync(path);
  }
  throw new Error(`@node-rs/jieba's dictionary is not installed (looked in ${searched.join(', ')}); run npm ci`);
}
