import { parseArgs } from 'node:util';
import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { loadSettings } from '../src/config.js';
import { loadIndex } from '../src/index/load-index.js';
import { loadEvalSet } from '../evals/eval-set.js';
import { median, percentile } from '../evals/scoring.js';

/**
 * What a question's first answer costs beyond a repeat, in process, against the index named by
 * CORPUS_DIR / INDEX_DIR (for ×50, the corpus `bench/scale-corpus.ts` writes, built with `npm run index`):
 *
 *   CORPUS_DIR=… INDEX_DIR=… INDEX_AUTO_BUILD=0 npx tsx bench/first-time.ts [--warm-passages] [--rounds 3] [--slowest 15]
 *
 * Like the scale bench's worker: 20 warm-up questions of other wording, then the 181 bench questions
 * in rounds, each round in the same order. `--warm-passages` first asks every question once reworded
 * ("Also: …"), which reads nearly the same passages: what is still slower in the first round after it is
 * the question's own work (its analysis, the table rows it matches), what it removes is the passages'
 * (their sentences analysed, their quantities read). Prints p50 / p95 per round, the scale bench's "all
 * rounds" (every round's samples together) and the slowest first-time questions beside their repeat.
 * Not a test: it measures.
 */

const { values: args } = parseArgs({
  options: {
    'warm-passages': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    slowest: { type: 'string', default: '15' },
  },
});
const ROUNDS = Math.max(2, Number(args.rounds));
const SLOWEST = Number(args.slowest);
/** As the scale bench's worker warms up: questions it will not ask, so each bench question is new. */
const WARM_UP_QUESTIONS = 20;

const items = loadEvalSet('evals/questions.jsonl');
const loadStarted = performance.now();
const index = await loadIndex(loadSettings());
const answerer = new QuestionAnswerer(index);
const loadMs = performance.now() - loadStarted;
for (const item of items.slice(0, WARM_UP_QUESTIONS)) await answerer.ask(`Warm-up: ${item.question}`, { k: 5 });
if (args['warm-passages']) for (const item of items) await answerer.ask(`Also: ${item.question}`, { k: 5 });

const rounds: number[][] = [];
for (let round = 0; round < ROUNDS; round++) {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await answerer.ask(item.question, { k: 5 });
    times.push(performance.now() - started);
  }
  rounds.push(times);
}

const fixed = (value: number) => value.toFixed(2);
const summary = (samples: number[]) => `p50 ${fixed(median(samples))} / p95 ${fixed(percentile(samples, 95))} ms, sum ${samples.reduce((sum, value) => sum + value, 0).toFixed(0)} ms`;
console.log(`${index.chunks.length} passages, loaded in ${loadMs.toFixed(0)} ms${args['warm-passages'] ? ', passages warmed by reworded questions' : ''}`);
rounds.forEach((times, round) => console.log(`round ${round + 1}${round === 0 ? ' (first time)' : ''}: ${summary(times)}`));
console.log(`all rounds: ${summary(rounds.flat())}`);
const first = rounds[0]!;
const repeat = rounds[1]!;
const order = first.map((_, position) => position).sort((a, b) => first[b]! - first[a]!);
console.log('slowest the first time (ms: first, repeat):');
for (const position of order.slice(0, SLOWEST)) console.log(`${fixed(first[position]!).padStart(8)} ${fixed(repeat[position]!).padStart(7)}  ${items[position]!.question}`);
