import type { Language } from '../corpus/manifest.js';
import type { Chunk } from '../chunk/chunk.js';
import { textIn } from '../chunk/chunk.js';
import { toSimplified } from '../text/normalise.js';
import { extractQuantities } from '../text/quantities.js';
import { Memo } from '../text/memo.js';
import type { AnswerResult } from './answer-contract.js';
import type { QuestionAnswerer } from './answer-question.js';
import type { NameFinder, NameHit } from './resolve-follow-up.js';

/**
 * Suggested follow-up questions: two or three questions the documents answer, taken from the
 * passages beside the cited ones (the one before and after, then the rest of the same section).
 *
 * Each passage gives at most one question, from a template about a kind of thing it holds — a
 * known name ("What is Cyberport?"), a sum of money ("What is the HK$1 billion for?") — never from
 * what a document says. A candidate is kept only when the answerer answers it (not withheld) from
 * that passage's neighbourhood, so a suggestion never leads to "not found". With a language model
 * writing the answers, candidates are not tried (each would be a model call) and the first are given.
 */

export type Suggester = (result: AnswerResult, asked: string) => Promise<string[]>;

export interface SuggesterOptions {
  /** How many suggestions at most (0: none). */
  count: number;
  findNames?: NameFinder;
  /** How many candidates are tried at most per answer (each is answered once, from the cache when asked before). */
  maxTries?: number;
}

/**
 * Candidate questions whose verdict (answered or not) is remembered, per suggester (one per index):
 * the verdict is a function of the question, its language and the index, and the same candidates
 * ("What is Cyberport?") come up under many answers, so each is answered once, not under every
 * answer that leads to it (two or three extra answers per answer otherwise, with or without the
 * answer cache). A verdict is a boolean: the bound in bytes is the keys'.
 */
export const SUGGESTION_VERDICT_ENTRIES = 8192;
export const SUGGESTION_VERDICT_BYTES = 2 * 1024 * 1024;
/** The names found in a passage, remembered per passage (a suggestion reads the same neighbours' names under many answers). */
export const PASSAGE_NAMES_ENTRIES = 4096;
export const PASSAGE_NAMES_BYTES = 4 * 1024 * 1024;

export function suggesterFor(answerer: QuestionAnswerer, options: SuggesterOptions): Suggester {
  const verdicts = new Memo<boolean>({ maxEntries: SUGGESTION_VERDICT_ENTRIES, maxBytes: SUGGESTION_VERDICT_BYTES });
  const passageNames = new Memo<NameHit[]>({ maxEntries: PASSAGE_NAMES_ENTRIES, maxBytes: PASSAGE_NAMES_BYTES });
  const index = answerer.index;
  const position = new Map(index.chunks.map((chunk, at) => [chunk.id, at]));
  // Places and bodies: a post or a person is not asked after with "what is".
  const lexicon = index.searchText.lexicon;
  const findNames: NameFinder = options.findNames ?? ((text) => lexicon.findNames(text, ['place', 'body']).map((hit) => ({ at: hit.at, written: hit.written, zh: hit.entity.zh, en: hit.entity.en })));
  const maxTries = options.maxTries ?? options.count + 2;

  return async (result, asked) => {
    // Not under a withheld answer: the passages near unrelated reading are no lead.
    if (options.count <= 0 || result.abstained) return [];
    const sources = result.citations.map((citation) => citation.chunkId);
    const seen = new Set(sources);
    const near: Chunk[] = [];
    const add = (chunk: Chunk | undefined) => {
      if (!chunk || seen.has(chunk.id) || chunk.kind === 'cover' || chunk.kind === 'heading') return;
      seen.add(chunk.id);
      near.push(chunk);
    };
    // Neighbours first (the passage before and after each cited one), then the rest of each cited section.
    for (const id of sources) {
      const at = position.get(id);
      if (at === undefined) continue;
      const chunk = index.chunks[at]!;
      for (const offset of [1, -1]) {
        const other = index.chunks[at + offset];
        if (other?.docId === chunk.docId) add(other);
      }
    }
    for (const id of sources) {
      const at = position.get(id);
      if (at === undefined) continue;
      const chunk = index.chunks[at]!;
      const key = sectionKey(chunk);
      for (let other = at - 8; other <= at + 8; other++) {
        const candidate = index.chunks[other];
        if (candidate && candidate.docId === chunk.docId && sectionKey(candidate) === key) add(candidate);
      }
    }

    const language = result.language;
    const askedFolded = fold(asked);
    const candidates: string[] = [];
    for (const chunk of near) {
      const question = questionFrom(chunk, language, (text) => passageNames.get(chunk.id, () => findNames(text)), askedFolded);
      if (question && !candidates.includes(question) && fold(question) !== askedFolded) candidates.push(question);
    }
    if (answerer.generates) return candidates.slice(0, options.count);

    const kept: string[] = [];
    for (const question of candidates.slice(0, maxTries)) {
      if (kept.length >= options.count) break;
      let failed = false;
      const answered = await verdicts.getAsync(
        `${language}\u0000${question}`,
        async () => {
          try {
            const answer = await answerer.ask(question, { language });
            return !answer.abstained && answer.citations.length > 0;
          } catch {
            // A candidate that cannot be asked is not suggested (nor remembered: it is tried again).
            failed = true;
            return false;
          }
        },
        () => !failed,
      );
      if (answered) kept.push(question);
    }
    return kept;
  };
}

function sectionKey(chunk: Chunk): string {
  return `${chunk.docId}\u0000${chunk.section.zh.join('›')}\u0000${chunk.section.en.join('›')}`;
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s?？。.!！]+/g, '');
}

/** One question about a passage, in the answer's language: about a name it holds, else a sum it states. */
function questionFrom(chunk: Chunk, language: Language, findNames: NameFinder, askedFolded: string): string | undefined {
  const english = textIn(chunk, 'en');
  const chinese = textIn(chunk, 'zh-Hant');
  const text = (language === 'en' ? english : chinese) ?? english ?? chinese ?? '';
  const all = chunk.texts.map((t) => t.text).join('\n');
  // A name the passage holds that the question did not ask about.
  for (const hit of findNames(all)) {
    const name = language === 'en' ? hit.en[0] : hit.zh[0];
    if (!name || name.length < 2 || askedFolded.includes(fold(name))) continue;
    if (hit.en.some((form) => askedFolded.includes(fold(form))) || hit.zh.some((form) => askedFolded.includes(fold(form)))) continue;
    return phrase(language, { name });
  }
  // A sum of money it states, asked after in the passage's own notation (not a table cell: its row says what it is for).
  if (chunk.kind === 'table-row' || (language === 'en' && !english)) return undefined;
  const money = extractQuantities(text).find((quantity) => quantity.kind === 'money' && quantity.raw.length <= 24);
  if (money && !askedFolded.includes(fold(money.raw))) return phrase(language, { money: money.raw });
  return undefined;
}

/** English names of bodies and places that take "the" (the Hong Kong Science Park, the Efficiency Office). */
const INSTITUTION = /\s(?:Institute|Authority|Bureau|Office|Park|Centre|Center|Council|Corporation|Fund|Programme|Scheme|Laborator(?:y|ies)|Commission|Department|Board|Agency|Company|Platform|Zone|Hub|University|Loop|Cluster|Development|Foundation|Association|Federation|Academy|Committee|Region|Area)\b/;

function phrase(language: Language, about: { name?: string; money?: string }): string {
  if (about.name) {
    // "What is Cyberport?", "What is the Hong Kong Science Park?"
    if (language === 'en') return `What is ${INSTITUTION.test(about.name) && !/^the\s/i.test(about.name) ? `the ${about.name}` : about.name}?`;
    return language === 'zh-Hans' ? toSimplified(`${about.name}是甚麼？`).replace('甚么', '什么') : `${about.name}是甚麼？`;
  }
  const money = about.money!;
  if (language === 'en') return `What is the ${money} for?`;
  return language === 'zh-Hans' ? toSimplified(`${money}用於甚麼？`).replace('甚么', '什么') : `${money}用於甚麼？`;
}
