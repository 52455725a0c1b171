import { composeAnswer, DEFAULT_ANSWER_OPTIONS } from '../src/answer/extractive-answer.js';
import { answerFromTables } from '../src/answer/table-answer.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
import { loadEvalSet } from '../evals/eval-set.js';
import { answerMatches, yesNoMatches } from '../evals/scoring.js';
const ids = new Set(process.argv.slice(2));
const index = await openIndex(loadSettings());
const retriever = new HybridRetriever(index);
const years = [...new Set([...index.documents.values()].map((d) => d.budgetYear))];
const neverAbstain = { ...DEFAULT_ANSWER_OPTIONS, confidence: { ...DEFAULT_ANSWER_OPTIONS.confidence, threshold: 0 } };
for (const file of ['evals/questions.jsonl', 'evals/dev-blind.jsonl', 'evals/dev-blind-2.jsonl']) for (const item of loadEvalSet(file)) {
  if (ids.size && !ids.has(item.id)) continue;
  if (answerFromTables(item.question, index, {})) continue;
  const r = await retriever.retrieve(item.question, { k: 5 });
  const c = composeAnswer(r, index.searchText, years, neverAbstain);
  const ok = item.answerable && (item.expect ? yesNoMatches(c.answer, item.expect, item.answers) : answerMatches(c.answer, item.answers));
  const f = c.features ? Object.entries(c.features).map(([k, v]) => `${k.slice(0, 8)}=${(+v).toFixed(2)}`).join(' ') : '-';
  console.log(`${item.id}\t${item.answerable ? 'A' : 'U'}\t${ok ? 'OK' : 'XX'}\tconf=${c.confidence}\t${f}\n   Q: ${item.question}\n   A: ${c.answer.slice(0, 220).replace(/\n/g, ' ')}`);
}
