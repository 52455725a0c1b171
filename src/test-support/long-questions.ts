import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

/**
 * Unique questions of the longest length accepted, in each script, made of the corpus's own words
 * and characters (so they reach every stage: segmentation, bridging, retrieval, answering).
 */
export type Script = 'en' | 'zh-Hant' | 'zh-Hans';
export const SCRIPTS: Script[] = ['en', 'zh-Hant', 'zh-Hans'];

export function longQuestionMaker(corpusDir = 'corpus', seed = 1): (script: Script, length?: number) => string {
  const text = readdirSync(corpusDir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
    .join('\n');
  const traditional = [...new Set([...text].filter((char) => /[\u4e00-\u9fff]/.test(char)))];
  const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const simplified = [...new Set([...toSimplified(traditional.join(''))])];
  const words = [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])];
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  return (script, length = 1000) => {
    if (script === 'en') {
      let question = '';
      while (question.length < length) question += `${pick(words)} `;
      return question.slice(0, length);
    }
    const characters = script === 'zh-Hans' ? simplified : traditional;
    return Array.from({ length }, () => pick(characters)).join('');
  };
}
