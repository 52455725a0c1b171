// Aggregates only (no item listing): where answerable test questions are lost, per language.
import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { detectLanguage } from '../src/text/normalise.js';
import { loadEvalSet } from '../evals/eval-set.js';
import { answerMatches, containsEvidence, yesNoMatches } from '../evals/scoring.js';
const index = await openIndex(loadSettings());
const a = new QuestionAnswerer(index);
const file = process.argv[2] ?? 'evals/test.jsonl';
const counts: Record<string, Record<string, number>> = {};
for (const item of loadEvalSet(file)) {
  if (!item.answerable) continue;
  const lang = item.tags.includes('yue') ? 'yue' : detectLanguage(item.question);
  const r = await a.ask(item.question);
  const ok = item.expect ? yesNoMatches(r.answer, item.expect, item.answers) : answerMatches(r.answer, item.answers);
  const cited = r.citations.some((c) => item.gold.docIds.includes(c.docId) && containsEvidence(searchableText(index.chunkById.get(c.chunkId)!), item.gold.evidence));
  const k = r.abstained ? 'abstained' : ok ? (cited ? 'right' : 'right-uncited') : cited ? 'wrong-span-right-passage' : 'wrong-passage';
  (counts[lang] ??= {})[k] = (counts[lang]![k] ?? 0) + 1;
}
console.log(JSON.stringify(counts, null, 1));
