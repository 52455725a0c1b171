import { QuestionAnswerer } from '/work/wt-11/src/answer/answer-question.js';
import { loadIndex } from '/work/wt-11/src/index/load-index.js';
import { loadEvalSet } from '/work/wt-11/evals/eval-set.js';
import { answerMatches, yesNoMatches } from '/work/wt-11/evals/scoring.js';
const root = process.argv[2]!; const variant = process.argv[3] ?? 'published';
const s = (n: string) => ({ corpusDir: `${root}/${n}/corpus`, indexDir: `${root}/${n}/index`, embedder: 'concept' as const, model: '' });
const items = ['evals/questions.jsonl', 'evals/dev-blind.jsonl'].flatMap((f) => loadEvalSet(f));
const a = new QuestionAnswerer(await loadIndex(s('text'))); const b = new QuestionAnswerer(await loadIndex(s(variant)));
const per: Record<string, [number, number, number]> = {};
for (const item of items) {
  if (!item.answerable) continue;
  const ra = await a.ask(item.question, { k: 5 }); const rb = await b.ask(item.question, { k: 5 });
  const ok = (r: any) => !r.abstained && (item.expect ? yesNoMatches(r.answer, item.expect, item.answers) : answerMatches(r.answer, item.answers));
  const doc = item.gold.docIds[0]!; per[doc] ??= [0, 0, 0]; per[doc][0]++; if (ok(ra)) per[doc][1]++; if (ok(rb)) per[doc][2]++;
  if (ok(ra) && !ok(rb)) console.log(`--- [${doc}] ${item.question}\n  want: ${item.answers.slice(0,3).join(' | ')}\n  text: ${ra.answer.slice(0, 160)}\n  rend: ${rb.abstained ? 'ABSTAIN ' + rb.reason : ''} ${rb.answer.slice(0, 200)}`);
}
console.log(per);
