import { parseArgs } from 'node:util';
import { passageTextFor, splitSentences } from '../src/answer/extractive-answer.js';
import { loadSettings } from '../src/config.js';
import { loadIndex } from '../src/index/load-index.js';
import { foldForMatch } from '../src/text/normalise.js';

/**
 * What analysing every prose passage's sentences ahead of time would cost: the work an index build
 * would add to store them (the twenty-first pass's question), against the index named by CORPUS_DIR /
 * INDEX_DIR:
 *
 *   CORPUS_DIR=… INDEX_DIR=… INDEX_AUTO_BUILD=0 npx tsx bench/passage-analysis-cost.ts [--every 7]
 *
 * The texts are those the answerer analyses for a passage's sentences, in each language a question may
 * be asked in: each sentence, and it with its context (the passage's setting, and after the first
 * sentence the first sentence too; the clause before a semicolon that the answerer also adds is left
 * out here, so this is a little under). Each is analysed as `analyseSentence` does (its own terms, those
 * reached through the lexicon, its folded text). `--every N` analyses every Nth passage and scales up.
 * Not a test: it measures.
 */

const { values: args } = parseArgs({ options: { every: { type: 'string', default: '7' } } });
const EVERY = Math.max(1, Number(args.every));
/** The languages a question may be asked in (a passage is read in the question's). */
const LANGUAGES: ReadonlyArray<Parameters<typeof passageTextFor>[1]> = ['en', 'zh-Hant', 'zh-Hans'];

const index = await loadIndex(loadSettings());
const { searchText } = index;
const prose = index.chunks.filter((chunk) => chunk.kind !== 'table-row');
const sample = prose.filter((_, position) => position % EVERY === 0);
const texts = new Set<string>();
for (const chunk of sample) {
  for (const language of LANGUAGES) {
    const { text } = passageTextFor(chunk, language);
    const subject = /^[^:：。；;]{2,80}[:：]/.exec(text)?.[0] ?? '';
    const setting = [...chunk.section.zh, ...chunk.section.en, ...chunk.context.map((context) => context.text), subject].join(' ');
    const sentences = splitSentences(text);
    sentences.forEach((sentence, position) => {
      texts.add(sentence);
      texts.add(`${position > 0 ? `${setting} ${sentences[0]}` : setting} ${sentence}`);
    });
  }
}
let terms = 0;
const started = performance.now();
for (const text of texts) {
  const own = searchText.analyzer.analyze(text);
  const bridged = searchText.termsFrom(text, own);
  foldForMatch(text).replace(/\s+/g, '');
  terms += own.length + bridged.length;
}
const elapsed = performance.now() - started;
const scale = prose.length / sample.length;
console.log(`${index.chunks.length} passages, ${prose.length} of prose; analysed every ${EVERY}th: ${texts.size} texts in ${elapsed.toFixed(0)} ms (${(elapsed / texts.size).toFixed(3)} ms each, ${(terms / texts.size).toFixed(0)} terms each)`);
console.log(`all prose passages: about ${Math.round(texts.size * scale)} texts, ${((elapsed * scale) / 1000).toFixed(1)} s, ${Math.round((terms * scale) / 1e6 * 10) / 10} million term references`);
