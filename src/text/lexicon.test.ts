import { describe, expect, it } from 'vitest';
import { chunkCorpus } from '../chunk/chunk-document.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { alignNameLines, alignWords, logLikelihoodRatio } from './align.js';
import { TextAnalyzer } from './analyze.js';
import { alignCorpus, buildLexicon, glossTerms, Lexicon, loadTerminology, parseTerminology } from './lexicon.js';
import { markedNames, SearchText } from './search-text.js';

describe('alignment', () => {
  it('scores association above chance only', () => {
    expect(logLikelihoodRatio(5, 0, 0, 20)).toBeGreaterThan(logLikelihoodRatio(1, 4, 4, 16));
  });
  it('links words one-to-one and keeps only repeated, consistent pairs', () => {
    const lines = [
      { chinese: ['数码港', '中心'], english: ['cyberport', 'centr'] },
      { chinese: ['数码港', '前海'], english: ['cyberport', 'qianhai'] },
      { chinese: ['中心', '河套'], english: ['centr', 'loop'] },
      { chinese: ['河套', '园区'], english: ['loop', 'park'] },
      { chinese: ['园区'], english: ['park'] },
      { chinese: ['其他'], english: ['other'] },
    ];
    const pairs = alignWords(lines, { minScore: 1, minConfidence: 0.6, minLinks: 2 }).map((pair) => `${pair.chinese}=${pair.english}`);
    expect(pairs).toEqual(expect.arrayContaining(['数码港=cyberport', '河套=loop', '中心=centr', '园区=park']));
    expect(pairs).not.toContain('数码港=centr');
    expect(pairs).not.toContain('其他=other'); // seen once: not enough evidence
  });
  it('aligns one-word name lines without statistics', () => {
    expect(alignNameLines([{ chinese: ['智方便'], english: ['iam', 'smart'] }]).map((p) => p.english)).toEqual(['iam', 'smart']);
  });
  it('mines known pairs from the bilingual documents', () => {
    const corpus = loadCorpus('corpus');
    const terminology = loadTerminology('corpus').terminology;
    const analyzer = new TextAnalyzer({ userWords: [...terminology.entries.flatMap((e) => e.zh), ...corpus.documents.flatMap((d) => markedNames(d.text))] });
    const pairs = new Set(alignCorpus(chunkCorpus(corpus.documents), analyzer).map((pair) => `${pair.chinese}=${pair.english}`));
    for (const known of ['数码港=cyberport', '智方便=iam', '教资会=ugc', '港深创新及科技园=hsitp', '企业=enterpris', '大学=univers']) expect(pairs).toContain(known);
  });
});

describe('lexicon', () => {
  const terminology = parseTerminology(
    JSON.stringify({ version: 1, entries: [{ kind: 'term', zh: ['智慧燈柱'], en: ['smart lampposts'] }, { kind: 'body', zh: ['金管局'], en: ['HKMA', 'Hong Kong Monetary Authority'] }, { kind: 'place', zh: ['香港科學園'], en: ['Hong Kong Science Park'] }, { kind: 'body', zh: ['香港科學園研究所'], en: ['Science Park Research Institute'] }] }),
    'terminology.json',
  );
  const analyzer = new TextAnalyzer({ userWords: ['智慧燈柱', '金管局'] });
  const senses: Record<string, string[][]> = { 电缆: [['(electric) cable']], 海底: [['seabed', 'sea floor']], 设立: [['to set up', 'to establish']] };
  const data = buildLexicon({ terminology, analyzer, corpusChineseWords: ['海底', '电缆', '设立', '智慧灯柱'], lookup: (word) => senses[word] ?? [] });
  const lexicon = new Lexicon(data);
  const bridged = (text: string) => lexicon.bridge(text, analyzer.analyze(text)).map((t) => t.term);

  it('cleans dictionary glosses into English terms', () => {
    expect(glossTerms('(electric) cable')).toEqual(['cabl']);
    expect(glossTerms('CL:個|个[ge4]')).toEqual([]);
    expect(glossTerms('to set up')).toEqual(['set']);
    expect(glossTerms('Cyberport, a technology and commercial complex in Pok Fu Lam, Hong Kong')).toEqual(['cyberport']);
  });
  it('gives Chinese passages English terms (document side)', () => {
    expect(bridged('香港設有 12 個海底電纜系統')).toEqual(expect.arrayContaining(['cabl', 'seab']));
    expect(bridged('智慧燈柱')).toEqual(expect.arrayContaining(['smart', 'lamppost']));
  });
  it('translates English questions into Chinese words of the corpus (query side)', () => {
    expect(bridged('How many submarine cables?')).toContain('电缆');
    expect(bridged('What does the HKMA do?')).toContain('金管局');
    expect(bridged('Hong Kong Monetary Authority')).toContain('金管局');
  });
  it('puts both languages in one concept space', () => {
    const zh = new Set(lexicon.concepts('智慧燈柱', analyzer.analyze('智慧燈柱')).map((t) => t.term));
    const en = new Set(lexicon.concepts('smart lampposts', analyzer.analyze('smart lampposts')).map((t) => t.term));
    expect([...en].every((term) => zh.has(term))).toBe(true);
  });
  it('finds the named body a text mentions', () => {
    expect(lexicon.findNames('由金管局推出', ['body']).map((found) => found.entity.en[0])).toEqual(['HKMA']);
    expect(lexicon.findNames('由金管局推出', ['place'])).toEqual([]);
  });
  it('a name inside a longer name of another kind is part of it, not a name of its own (a place inside a body\'s name)', () => {
    expect(lexicon.findNames('在香港科學園研究所工作', ['place'])).toEqual([]);
    expect(lexicon.findNames('在香港科學園研究所工作', ['body']).map((found) => found.written)).toEqual(['香港科學園研究所']);
    expect(lexicon.findNames('在香港科學園工作', ['place']).map((found) => found.written)).toEqual(['香港科學園']);
  });
  it('finds an English name only as words of its own, plural or not', () => {
    expect(lexicon.findNames('Schemes of the HKMA', ['body']).map((found) => found.at)).toEqual([15]);
    expect(lexicon.findNames('schemes of the HKMAs', ['body']).map((found) => found.at)).toEqual([15]);
    expect(lexicon.findNames('a thkmax scheme', ['body'])).toEqual([]);
  });
  it('finds a Traditional name in a text shown in Simplified, as the text writes it and where it stands', () => {
    expect(lexicon.findNames('在香港科學園旁邊', ['place']).map((item) => [item.written, item.at])).toEqual([['香港科學園', 1]]);
    expect(lexicon.findNames('在香港科学园旁边', ['place']).map((item) => [item.entity.en[0], item.written, item.at])).toEqual([['Hong Kong Science Park', '香港科学园', 1]]);
  });
  it('rejects a malformed terminology file', () => {
    expect(() => parseTerminology('{"version":1,"entries":[{"kind":"term","zh":[],"en":["x"]}]}', 't.json')).toThrow(/t\.json: entries\.0\.zh/);
  });
  it('looks up a word written as a character bigram term only in a dictionary that holds one', () => {
    const own = [{ term: '~海底', weight: 0.3 }];
    expect(lexicon.bridge('海底', own).map((t) => t.term)).toEqual([]);
    const withBigramWord = new Lexicon({ ...data, zhWords: { ...data.zhWords, '~海底': [['seabed', 1]] } });
    expect(withBigramWord.bridge('海底', own).map((t) => t.term)).toEqual(['seabed']);
  });
  it('finds the same names in a text the first time and from memory, of the kinds asked', () => {
    const text = '金管局在香港科學園研究所旁邊';
    const first = lexicon.findNames(text, ['place', 'body']).map((item) => [item.written, item.at]);
    expect(first).toEqual([['金管局', 0], ['香港科學園研究所', 4]]);
    expect(lexicon.findNames(text, ['place', 'body']).map((item) => [item.written, item.at])).toEqual(first);
    // 香港科學園 (a place) is inside the body's longer name: no place is found, whichever kinds are asked.
    expect(lexicon.findNames(text, ['place'])).toEqual([]);
  });
  it('search text merges own and bridged terms with lighter bridged weights', () => {
    const searchText = new SearchText({ userWords: ['智慧燈柱'], lexicon: data });
    const terms = new Map(searchText.terms('智慧燈柱').map((t) => [t.term, t.weight]));
    expect(terms.get('智慧灯柱')).toBe(1);
    expect(terms.get('lamppost')).toBe(0.5);
  });
});
