import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mean } from './scoring.js';

/**
 * What the fitting scripts share (`fit:candidates`, `fit:rerank`, `fit:confidence`): the same k
 * folds for every run (by a hash of the question id), a listwise softmax fit, held-out measures,
 * each weight's spread over the folds, and the weights file each writes.
 */

export const FOLDS = 5;

/** FNV-1a of a question id: a fixed shuffle, so every run makes the same folds. */
/** Whether the fitting script was asked to write its weights file (`-- --write`); reading is the default. */
export function writeRequested(): boolean {
  return parseArgs({ options: { write: { type: 'boolean', default: false } } }).values.write === true;
}

export function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 16777619) >>> 0;
  return value;
}

/** The k folds of a set, by position after the fixed shuffle: each fold's held-out part and the rest. */
export function folds<T extends { id: string }>(items: T[]): Array<{ train: T[]; test: T[] }> {
  const order = [...items].sort((a, b) => hash(a.id) - hash(b.id));
  return Array.from({ length: FOLDS }, (_, fold) => ({
    train: order.filter((_, i) => i % FOLDS !== fold),
    test: order.filter((_, i) => i % FOLDS === fold),
  }));
}

export function standardDeviation(values: number[]): number {
  const average = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** "mean ± sd" of each named parameter over the folds. */
export function spreadOf(names: readonly string[], foldRows: number[][]): Record<string, string> {
  return Object.fromEntries(names.map((name, i) => [name, `${mean(foldRows.map((row) => row[i]!)).toFixed(3)} ± ${standardDeviation(foldRows.map((row) => row[i]!)).toFixed(3)}`]));
}

/** A question whose candidates a listwise model ranks: each with its features, a fixed offset added to its score, and whether it is right. */
export interface RankedQuestion {
  id: string;
  candidates: Array<{ x: number[]; offset?: number; right: boolean }>;
}

export interface ListwiseOptions {
  l2: number;
  learningRate: number;
  iterations: number;
  /** Regularise towards the starting weights (the hand-set ones) rather than towards zero. */
  towardsStart?: boolean;
}

export function scoresOf(weights: number[], question: RankedQuestion): number[] {
  return question.candidates.map(({ x, offset = 0 }) => offset + x.reduce((sum, value, i) => sum + value * weights[i]!, 0));
}

/** Gradient descent on −log P(a right candidate) under a softmax over each question's candidates. */
export function fitListwise(questions: RankedQuestion[], start: number[], options: ListwiseOptions): number[] {
  const weights = [...start];
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const gradient = new Array<number>(weights.length).fill(0);
    for (const question of questions) {
      const s = scoresOf(weights, question);
      const top = Math.max(...s);
      const e = s.map((value) => Math.exp(value - top));
      const all = e.reduce((a, b) => a + b, 0);
      const right = question.candidates.reduce((sum, c, i) => sum + (c.right ? e[i]! : 0), 0);
      question.candidates.forEach((candidate, i) => {
        // d(−log P(right))/dw = E_all[x] − E_right[x]
        const weight = e[i]! / all - (candidate.right ? e[i]! / right : 0);
        candidate.x.forEach((value, j) => (gradient[j]! += weight * value));
      });
    }
    for (let j = 0; j < weights.length; j++) {
      const pull = options.towardsStart ? weights[j]! - start[j]! : weights[j]!;
      weights[j]! -= options.learningRate * (gradient[j]! / questions.length + options.l2 * pull);
    }
  }
  return weights;
}

/** Share of questions whose highest-scoring candidate is right. */
export function topAccuracy(weights: number[], questions: RankedQuestion[]): number {
  return mean(questions.map((question) => {
    const s = scoresOf(weights, question);
    return question.candidates[s.indexOf(Math.max(...s))]!.right ? 1 : 0;
  }));
}

/** Mean reciprocal rank of the first right candidate (ties by position). */
export function meanReciprocalRank(weights: number[], questions: RankedQuestion[]): number {
  return mean(questions.map((question) => {
    const s = scoresOf(weights, question);
    const order = s.map((value, i) => ({ value, i })).sort((a, b) => b.value - a.value || a.i - b.i);
    const rank = order.findIndex(({ i }) => question.candidates[i]!.right);
    return rank < 0 ? 0 : 1 / (rank + 1);
  }));
}

/**
 * Cross-validates a listwise fit against the starting (hand-set) weights with a held-out measure,
 * fits on all and prints the weights with their fold spread. Only when asked to write (`--write`) and
 * the fit beats the hand-set weights held out does it write the weights file: a fit run to read its
 * figures must not replace the weights in use, whose answers were read on dev. Returns whether it wrote.
 */
export function crossValidateListwise(args: {
  questions: RankedQuestion[];
  names: readonly string[];
  start: number[];
  options: ListwiseOptions;
  measure: (weights: number[], questions: RankedQuestion[]) => number;
  measureName: string;
  file: string;
  command: string;
  script: string;
  typeName: string;
  typeModule: string;
  exportName: string;
  write: boolean;
}): boolean {
  const { questions, names, start, options, measure } = args;
  const foldRows: number[][] = [];
  const fitted: number[] = [];
  const handSet: number[] = [];
  for (const { train, test } of folds(questions)) {
    const weights = fitListwise(train, start, options);
    foldRows.push(weights);
    fitted.push(measure(weights, test));
    handSet.push(measure(start, test));
  }
  const final = fitListwise(questions, start, options);
  console.log(`| weight | hand-set | fitted on all dev | ${FOLDS}-fold mean ± sd |`);
  console.log('|---|---|---|---|');
  const spread = spreadOf(names, foldRows);
  names.forEach((name, i) => console.log(`| ${name} | ${start[i]!.toFixed(3)} | ${final[i]!.toFixed(3)} | ${spread[name]} |`));
  const list = (values: number[]) => values.map((v) => v.toFixed(3)).join(', ');
  console.log(`held-out ${args.measureName}: fitted ${mean(fitted).toFixed(3)} (${list(fitted)}), hand-set ${mean(handSet).toFixed(3)} (${list(handSet)})`);
  if (mean(fitted) <= mean(handSet)) {
    console.log(`the fitted weights do not beat the hand-set ones held out: ${args.file} left as it is`);
    return false;
  }
  if (!args.write) {
    console.log(`not written (run \`${args.command} -- --write\` to replace ${args.file})`);
    return false;
  }
  const model = { weights: Object.fromEntries(names.map((name, i) => [name, round3(final[i]!)])) };
  writeFileSync(
    args.file,
    `// Written by \`${args.command}\` (${args.script}): fitted on the dev set (${questions.length} questions). Do not edit by hand.\n` +
      `// ${FOLDS}-fold cross-validation, mean ± sd of each weight: ${JSON.stringify(spread)}\n` +
      `// Held-out ${args.measureName}: fitted ${mean(fitted).toFixed(3)}, hand-set ${mean(handSet).toFixed(3)}.\n` +
      `import type { ${args.typeName} } from '${args.typeModule}';\n\n` +
      `export const ${args.exportName}: ${args.typeName} = ${JSON.stringify(model, null, 2)};\n`,
  );
  console.log(`wrote ${args.file}`);
  return true;
}
