import { composeAnswer, DEFAULT_ANSWER_OPTIONS } from '../src/answer/extractive-answer.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
const index = await openIndex(loadSettings());
const r = new HybridRetriever(index);
for (const q of process.argv.slice(2)) {
  const ret = await r.retrieve(q, { k: 5 });
  ret.intent = { ...ret.intent, answerType: 'amount' };
  const c = composeAnswer(ret, index.searchText, [...new Set([...index.documents.values()].map((d) => d.budgetYear))], DEFAULT_ANSWER_OPTIONS);
  console.log(q, c.abstained, c.reason, c.confidence, c.lead?.quantity, JSON.stringify(c.features));
}
