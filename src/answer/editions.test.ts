import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeScaledCorpus } from '../../bench/scale-corpus.js';
import { loadEvalSet } from '../../evals/eval-set.js';
import { buildIndex } from '../index/build-index.js';
import { loadIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { QuestionAnswerer } from './answer-question.js';

/**
 * A corpus that holds every document twice, the second edition a year earlier with other figures
 * (what adding past years' budgets looks like): a passage's other edition restates it rather than
 * competing with it, so the questions answered on the corpus alone are still answered.
 */
describe('documents in two editions', () => {
  let single: QuestionAnswerer;
  let doubled: QuestionAnswerer;
  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    single = new QuestionAnswerer(await loadIndex(settings));
    const root = mkdtempSync(join(tmpdir(), 'budget-qa-editions-'));
    const doubledSettings = { corpusDir: join(root, 'corpus'), indexDir: join(root, 'index'), embedder: 'concept' as const, model: '' };
    writeScaledCorpus({ sourceDir: 'corpus', targetDir: doubledSettings.corpusDir, factor: 2 });
    await buildIndex(doubledSettings);
    doubled = new QuestionAnswerer(await loadIndex(doubledSettings));
  }, 120_000);

  it('abstains on no more of the eval questions than with one edition, and answers from the latest edition', async () => {
    const items = loadEvalSet('evals/questions.jsonl').filter((item) => item.answerable);
    let singleAbstained = 0;
    let doubledAbstained = 0;
    let answeredWithoutYear = 0;
    const ledByEarlierEdition: string[] = [];
    for (const item of items) {
      if ((await single.ask(item.question, { k: 5 })).abstained) singleAbstained++;
      const answer = await doubled.ask(item.question, { k: 5 });
      if (answer.abstained) doubledAbstained++;
      // A question that names no year asks how things stand: the earlier edition (the copy, a year back) does not lead its answer.
      else if (!/\d{4}/.test(item.question)) {
        answeredWithoutYear++;
        if (answer.citations[0]?.docId.endsWith('-copy1')) ledByEarlierEdition.push(item.id);
      }
    }
    expect(singleAbstained).toBeLessThan(items.length / 4);
    expect(doubledAbstained).toBeLessThanOrEqual(singleAbstained);
    expect(answeredWithoutYear).toBeGreaterThan(items.length / 2);
    expect(ledByEarlierEdition).toEqual([]);
  }, 120_000);
});
