import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { splitComparison } from '../src/answer/compare-answer.js';
const a = new QuestionAnswerer(await openIndex(loadSettings()));
for (const q of process.argv.slice(2)) { console.log(JSON.stringify(splitComparison(q))); const r = await a.ask(q); console.log(q, '\n  ->', r.answer.slice(0, 400)); }
