import { composeAnswer, DEFAULT_ANSWER_OPTIONS } from '../src/answer/extractive-answer.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
const index = await openIndex(loadSettings());
const r = new HybridRetriever(index);
const years = [...new Set([...index.documents.values()].map((d) => d.budgetYear))];
for (const q of process.argv.slice(2)) {
  const ret = await r.retrieve(q, { k: 5 });
  const c = composeAnswer(ret, index.searchText, years, DEFAULT_ANSWER_OPTIONS);
  console.log(q, ret.intent.answerType, c.abstained, c.reason, c.confidence, JSON.stringify(c.features), ret.passages.map((p) => p.chunk.texts[0]!.text.slice(0, 40)));
}
