import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { loadSettings } from '../src/config.js';
import { loadIndex } from '../src/index/load-index.js';
import { loadEvalSet } from '../evals/eval-set.js';
import { answerMatches } from '../evals/scoring.js';

/**
 * One scale of the bench, in a process of its own (so one corpus's memory does not colour the next):
 * loads the index named by CORPUS_DIR / INDEX_DIR, then asks every eval question over ROUNDS
 * rounds, timing retrieve + answer, and counts abstentions and correct answers. Prints one JSON line.
 */

const rounds = Number(process.env.ROUNDS ?? 3);
const items = loadEvalSet('evals/questions.jsonl');
const loadStarted = performance.now();
const index = await loadIndex(loadSettings());
const answerer = new QuestionAnswerer(index);
const loadMs = performance.now() - loadStarted;

// Warm-up with other wording, so the first round meets each question for the first time.
for (const item of items.slice(0, 20)) await answerer.ask(`Warm-up: ${item.question}`, { k: 5 });
const firstTime: number[] = [];
const all: number[] = [];
let abstained = 0;
let falseAbstentions = 0;
let correct = 0;
for (let round = 0; round < rounds; round++) {
  for (const item of items) {
    const started = performance.now();
    const result = await answerer.ask(item.question, { k: 5 });
    const elapsed = performance.now() - started;
    all.push(elapsed);
    if (round > 0) continue;
    firstTime.push(elapsed);
    if (result.abstained) abstained++;
    if (result.abstained && item.answerable) falseAbstentions++;
    if (item.answerable && !result.abstained && answerMatches(result.answer, item.answers)) correct++;
  }
}
process.stdout.write(
  `${JSON.stringify({
    passages: index.chunks.length,
    loadMs,
    firstTime,
    all,
    abstained,
    falseAbstentions,
    correct,
    answerable: items.filter((item) => item.answerable).length,
    questions: items.length,
  })}\n`,
);
