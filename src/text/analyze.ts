import { Jieba } from '@node-rs/jieba';
import { stemmer } from 'stemmer';
import { foldForMatch, hasCjkChar, isCjkChar } from './normalise.js';
import { extractQuantities, quantityToken } from './quantities.js';
import { Memo } from './memo.js';
import { readJiebaDictionary } from './jieba-dictionary.js';

/** A search term with its weight in the text it came from. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/**
 * Question words (folded: Simplified, Cantonese already standardised), cut out of a question before
 * segmentation so that "研发院有多少钱" does not segment as 研发|院有|多少钱; 「是什麼東西」 asks what a
 * thing is (its 東西 is no word of the topic), 「是啥」 is the colloquial 「是什麼」.
 */
const QUESTION_PHRASES =
  /请问|多少钱|多少|几大|多大|什么时候|甚么时候|何时|是什么东西|什么东西|甚么东西|是什么|什么|甚么|是啥|啥|是否|有没有|哪一年|哪些|哪个|哪里|哪|谁|如何|怎样|怎么|为何|为什么|多久|吗|呢|㗎|呀|啊|啦|喇|嚟|根据|按照/g;

/** Removes question words, leaving spaces so that the words around them stay apart. */
export function stripQuestionWords(foldedQuestion: string): string {
  return foldedQuestion.replace(QUESTION_PHRASES, ' ');
}

/** Weight of a character bigram, the fallback for words the segmenter splits wrongly. */
export const BIGRAM_WEIGHT = 0.3;
/** Prefix that keeps character bigrams apart from segmented words. */
export const BIGRAM_PREFIX = '~';

const ENGLISH_STOP_WORDS = new Set(
  `a about above after again all also am an and any are as at be been before being below between both but by can could
  did do does doing done down during each few for from further had has have having he her here hers him his how i if in into
  is it its itself just me more most much many my no nor not now of off on once only or other our ours out over own please
  same she should so some such than that the their theirs them then there these they this those through to too under until
  up very was we were what when where which while who whom why will with would you your yours tell know give us
  hk hong kong's s according accord budget budgets document documents fact sheet press release mention mentioned say says
  said state states stated plan plans planned kong size big large kind type status sort
  regarding concerning towards via per within whether currently exactly roughly approximately vs versus go goes going went gone`.split(/\s+/),
);

/** Single letters joined by dots: an acronym withStopWordAcronyms wrote (i.t, u.s). */
const DOTTED_ACRONYM = /^(?:[a-z]\.){1,3}[a-z]$/;

/** Stop words dropped because every document is about them (Hong Kong), not because they are function words: written in capitals they stay dropped. */
const STOP_WORDS_OF_THE_DOMAIN = new Set(['hk', 'hong', 'kong']);

/** Function words and question words of Chinese (Simplified, since matching folds to it) and Cantonese. */
const CHINESE_STOP_WORDS = new Set(
  `的 了 和 与 及 以及 在 是 为 有 等 将 会 于 对 由 并 或 其 之 也 而 把 被 让 从 向 这 那 个 我们 你 我 他 她 吗 呢 啊 吧 什么 甚么
  多少 几多 几 哪 哪些 哪个 请问 如何 怎样 怎么 咩 嘢 系 嘅 啲 乜 乜嘢 边 边度 边个 边啲 点 点样 冇 有冇 咗 嚟 㗎 呀 喇 啦 唔 係 佢 佢哋
  就 都 还 又 再 去 来 到 上 下 中 内 年 该 该等 此 各 啦 咁 要 可 可以 已 已经 给 共 约 逾 超过 多 为了 关于 以 用 所 之后 之前 后 前
  政府 香港 元 亿元 万元 亿 万 一 二 三 年度 财政预算案 预算案 预算 吗 么 间 家 项 宗 座 条 枚 位 笔 次 种 类 或者 将会 已经 或 目前
  现在 现时 会否 如何 情况 大概 大约 大致`.split(/\s+/),
);

/**
 * Chinese particles, copulas, demonstratives and auxiliaries (folded to Simplified, as matching is):
 * what a mis-cut word glues to a content character (地有, 那幅). Not the stop words at large, some of
 * which are content characters too (用, 家, 上, 元).
 */
const CHINESE_FUNCTION_CHARACTERS = new Set([...'有的了在是系那这呢嘅咗啲嗰佢就都也又再会将把被给对于及和与或吗么呀啊']);

/**
 * A Chinese question word the segmenter glued to a function character (「那幅地有多大」 cut as
 * 那幅|地有): its content characters, or undefined when it holds no function character. For words
 * the documents never use, where the glue, not the word, is what is unseen.
 */
export function withoutFunctionCharacters(term: string): string | undefined {
  const characters = [...term];
  if (characters.length < 2 || !characters.every(isCjkChar) || !characters.some((character) => CHINESE_FUNCTION_CHARACTERS.has(character))) return undefined;
  const content = characters.filter((character) => !CHINESE_FUNCTION_CHARACTERS.has(character)).join('');
  // A word of function characters only is left as it is (an unseen word stays unseen).
  return content.length > 0 ? content : undefined;
}

const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;

function stemEnglish(word: string): string {
  return /\d/.test(word) ? word : stemmer(word);
}

/** A particle in the plural ends a noun compound (start-ups, spin-offs, roll-outs), however it is spaced. */
const PLURAL_PARTICLE = /^(?:ups|offs|outs|ins)$/;

/**
 * An acronym in capitals whose lower-case form is a stop word ("IT" for information technology, "US") is a word
 * of its own, not "it" or "us": written with a dot inside (i.t) so it is neither dropped nor stemmed. Only in text
 * that is not all capitals, where capitals mark acronyms.
 */
export function withStopWordAcronyms(text: string): string {
  if (!/[a-z\u3400-\u9fff]/.test(text)) return text;
  return text.replace(/(?<![A-Za-z.])([A-Z]{2,4})(?![A-Za-z$.])/g, (acronym, _word, at: number) => {
    const lower = acronym.toLowerCase();
    if (!ENGLISH_STOP_WORDS.has(lower) || STOP_WORDS_OF_THE_DOMAIN.has(lower)) return acronym;
    // A word in a run of capitals (a heading, "IS IT ON HOLD") is not an acronym.
    const before = /([A-Za-z]+)[^A-Za-z\u3400-\u9fff]*$/.exec(text.slice(0, at))?.[1];
    const after = /^[^A-Za-z\u3400-\u9fff]*([A-Za-z]+)/.exec(text.slice(at + acronym.length))?.[1];
    if ([before, after].some((word) => word !== undefined && word.length >= 2 && word === word.toUpperCase())) return acronym;
    return acronym.split('').join('.');
  });
}

/**
 * English words (lower case, stemmed, no stop words) of a Latin run. A hyphenated compound gives
 * its parts and the joined word ("start-ups" → start, startup), so "startups" and "start-ups" meet.
 */
export function englishTerms(text: string): string[] {
  const terms: string[] = [];
  const add = (word: string) => {
    const term = WORD_TERMS.get(word, () => termOfWord(word));
    if (term !== null) terms.push(term);
  };
  let previous = '';
  for (const word of text.split(/[^a-z0-9+@.-]+/)) {
    if (!word.includes('-')) {
      // (Most words: one part, nothing to join.)
      if (word) add(word);
    } else {
      const parts = word.split('-').filter(Boolean);
      for (const part of parts) add(part);
      if (parts.length > 1 && parts.every((part) => /^[a-z]+$/.test(part))) add(parts.join(''));
    }
    // A noun compound written apart in the plural ("start ups", "spin offs"): the same word as "start-ups".
    if (PLURAL_PARTICLE.test(word) && /^[a-z]+$/.test(previous)) add(previous + word);
    previous = word;
  }
  return terms;
}

/** A word's term: cleaned of edge dots and signs and stemmed; none for a stop word or a single character. */
function termOfWord(word: string): string | null {
  const cleaned = word.replace(/^[.@+]+|[.@+]+$/g, '');
  if (cleaned.length < 2 || ENGLISH_STOP_WORDS.has(cleaned)) return null;
  // An acronym written with dots between its letters (i.t, u.s: see withStopWordAcronyms) is no word to stem.
  const stem = DOTTED_ACRONYM.test(cleaned) ? cleaned : stemEnglish(cleaned);
  return ENGLISH_STOP_WORDS.has(stem) ? null : stem;
}

/**
 * English words' terms, remembered: a text's words are mostly words met before (the corpus's
 * vocabulary), and cleaning and stemming each again was most of what reading an English text cost.
 */
export const WORD_TERM_MEMO_ENTRIES = 16_384;
const WORD_TERMS = new Memo<string | null>(WORD_TERM_MEMO_ENTRIES);

/** Chinese runs whose words are remembered, per analyzer. */
export const SEGMENTED_RUN_MEMO_ENTRIES = 16_384;

export interface TextAnalyzerOptions {
  /** Words the segmenter must keep whole (the corpus's own names: 新型工业加速计划, 数码港). Any script. */
  userWords?: Iterable<string>;
  /** Whether to add character bigrams of Chinese runs. */
  bigrams?: boolean;
}

/**
 * Turns text into weighted search terms, the same way for passages and questions:
 * fold (NFKC, lower case, Simplified), canonical tokens for money, numbers and years,
 * Chinese words by jieba plus character bigrams, English words stemmed without stop words.
 */
export class TextAnalyzer {
  private readonly segmenter: Jieba;
  private readonly bigrams: boolean;

  constructor(options: TextAnalyzerOptions = {}) {
    this.segmenter = Jieba.withDict(readJiebaDictionary());
    this.bigrams = options.bigrams ?? true;
    const words = [...new Set([...(options.userWords ?? [])].map((word) => foldForMatch(word).replace(/\s+/g, '')))].filter(
      (word) => word.length >= 2 && [...word].some(isCjkChar),
    );
    if (words.length > 0) {
      this.segmenter.loadDict(Buffer.from(words.map((word) => `${word} 2000000 n`).join('\n'), 'utf8'));
    }
  }

  /**
   * Runs cut, remembered (bounded in bytes as every memo is): a run (a clause) is met again inside
   * the longer texts that hold it (a sentence, the sentence with its context, a passage).
   */
  private readonly segmented = new Memo<readonly string[]>(SEGMENTED_RUN_MEMO_ENTRIES);

  /** Chinese words of a folded CJK run, as the segmenter cuts them, without stop words (shared: callers must not change it). */
  segmentChinese(foldedRun: string): readonly string[] {
    return this.segmented.get(foldedRun, () => this.segmentChineseUncached(foldedRun));
  }

  private segmentChineseUncached(foldedRun: string): string[] {
    return this.segmenter.cut(foldedRun, true).filter((word) => {
      const trimmed = word.trim();
      return trimmed.length > 0 && !PUNCTUATION_ONLY.test(trimmed) && !CHINESE_STOP_WORDS.has(trimmed) && hasCjkChar(trimmed);
    });
  }

  private readonly memo = new Memo<WeightedTerm[]>(4096);

  /** Search terms of a text, each with its count (bigrams weigh less). A question loses its question words. */
  analyze(text: string, options: { question?: boolean } = {}): WeightedTerm[] {
    return this.memo.get(`${options.question ? 'q' : 'p'}\u0000${text}`, () => this.analyzeUncached(text, options));
  }

  private analyzeUncached(text: string, options: { question?: boolean }): WeightedTerm[] {
    const kept = withStopWordAcronyms(text);
    const folded = options.question ? stripQuestionWords(foldForMatch(kept)) : foldForMatch(kept);
    const weights = new Map<string, number>();
    const add = (term: string, weight: number) => weights.set(term, (weights.get(term) ?? 0) + weight);

    // Quantities first, then blank them out so their digits are not read twice.
    let rest = folded;
    for (const quantity of extractQuantities(folded)) {
      add(quantityToken(quantity), 1);
      rest = rest.slice(0, quantity.start) + ' '.repeat(quantity.end - quantity.start) + rest.slice(quantity.end);
    }

    for (const run of rest.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g) ?? []) {
      if (isCjkChar(run[0]!)) {
        for (const word of this.segmentChinese(run)) add(word, 1);
        if (this.bigrams && run.length >= 2) {
          for (let index = 0; index + 1 < run.length; index++) add(BIGRAM_PREFIX + run.slice(index, index + 2), BIGRAM_WEIGHT);
        }
      } else {
        for (const term of englishTerms(run)) add(term, 1);
      }
    }
    return [...weights].map(([term, weight]) => ({ term, weight }));
  }
}
