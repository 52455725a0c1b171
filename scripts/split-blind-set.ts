import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { searchableText } from '../src/chunk/chunk.js';
import { chunkCorpus } from '../src/chunk/chunk-document.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { parseEvalSet, type EvalItem } from '../evals/eval-set.js';
import { containsEvidence } from '../evals/scoring.js';

/**
 * Splits questions written blind (from the documents alone, by people who saw neither the code nor
 * its answers) into dev and test: each question goes to test when the first byte of sha256(id)
 * falls below the test share, so the split depends on nothing but the ids. Before splitting, each
 * answerable question's evidence is checked against the passages the chunker makes of its gold
 * documents; a question whose evidence no passage holds is reported but kept: the evidence is in
 * the document, so a passage that lost it is the chunker's failure, not the question's.
 *
 *   tsx scripts/split-blind-set.ts --test-share 0.7 FILE… → evals/dev-blind.jsonl, evals/test.jsonl, evals/test.sha256
 */

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'test-share': { type: 'string', default: '0.7' } } });
const testShare = Number(values['test-share']);
const chunks = chunkCorpus(loadCorpus('corpus').documents);

const dev: EvalItem[] = [];
const test: EvalItem[] = [];
for (const file of positionals) {
  for (const item of parseEvalSet(readFileSync(file, 'utf8'), file)) {
    if (item.answerable) {
      const held = chunks.some((chunk) => item.gold.docIds.includes(chunk.docId) && containsEvidence(searchableText(chunk), item.gold.evidence));
      if (!held) {
        console.error(`${file}: ${item.id}: no passage of ${item.gold.docIds.join(', ')} holds its evidence (kept)`);
      }
    }
    const byte = createHash('sha256').update(item.id).digest()[0]!;
    (byte < testShare * 256 ? test : dev).push(item);
  }
}
const lines = (items: EvalItem[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';
writeFileSync('evals/dev-blind.jsonl', lines(dev));
writeFileSync('evals/test.jsonl', lines(test));
writeFileSync('evals/test.sha256', `${createHash('sha256').update(lines(test)).digest('hex')}\n`);
console.log(`dev ${dev.length} (${dev.filter((i) => !i.answerable).length} unanswerable), test ${test.length} (${test.filter((i) => !i.answerable).length} unanswerable)`);
