import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { searchableText } from '../src/chunk/chunk.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { detectLanguage } from '../src/text/normalise.js';
import { loadEvalSet } from '../evals/eval-set.js';
import { answerMatches, containsEvidence, yesNoMatches } from '../evals/scoring.js';
const index = await openIndex(loadSettings());
const a = new QuestionAnswerer(index);
for (const file of ['evals/dev-blind.jsonl', 'evals/dev-blind-2.jsonl']) for (const item of loadEvalSet(file)) {
  if (!item.answerable || detectLanguage(item.question) !== 'en' || item.tags.includes('yue')) continue;
  const r = await a.ask(item.question, { k: 5 });
  const ok = item.expect ? yesNoMatches(r.answer, item.expect, item.answers) : answerMatches(r.answer, item.answers);
  const cited = r.citations.some((c) => item.gold.docIds.includes(c.docId) && containsEvidence(searchableText(index.chunkById.get(c.chunkId)!), item.gold.evidence));
  if (r.abstained || ok || cited) continue;
  const ret = await a.retriever.retrieve(item.question, { k: 5 });
  const rank = ret.passages.findIndex((p) => item.gold.docIds.includes(p.document.id) && containsEvidence(searchableText(p.chunk), item.gold.evidence));
  console.log(`* ${item.id} rank=${rank + 1} ${item.question} | ${item.answers.slice(0, 2).join(' / ')}\n   -> ${r.answer.slice(0, 160)}`);
  if (rank >= 0) console.log(`   gold: ${ret.passages[rank]!.chunk.texts.map((t) => t.text).join(' | ').slice(0, 200)}`);
}
