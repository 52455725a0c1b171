import { resolveFollowUp, type FollowUpResolution, type ResolveFollowUpOptions } from '../answer/resolve-follow-up.js';
import type { Suggester } from '../answer/suggest-follow-ups.js';
import { Memo } from '../text/memo.js';

/**
 * Work the API did on every request that is a function of the question or of the answer alone, done
 * once per question or answer instead, whether or not the answer cache is on (with it off every
 * request is answered afresh, but how a question without earlier turns reads, and what to suggest
 * under an answer, do not change between requests). Each memo belongs to one app, so to one index.
 */

/**
 * Questions asked without earlier turns whose reading (resolveFollowUp) is remembered, and the
 * estimated bytes they may hold (a reading holds the question twice: a 1,000-character one is
 * about 4 KB, a usual one a few hundred bytes).
 */
export const STANDALONE_READING_ENTRIES = 4096;
export const STANDALONE_READING_BYTES = 2 * 1024 * 1024;

/** Answers whose suggested follow-up questions are remembered, and the estimated bytes they may hold (keys and suggestions). */
export const SUGGESTIONS_PER_ANSWER_ENTRIES = 4096;
export const SUGGESTIONS_PER_ANSWER_BYTES = 2 * 1024 * 1024;

/**
 * resolveFollowUp (or `resolve`), remembering the reading of a question asked without earlier turns
 * (a pure function of the question and the app's name finder, which is the same for every call of
 * one app). Each call gets a copy of the reading: a caller may build on what it is given.
 */
export function standaloneReadings({ entries = STANDALONE_READING_ENTRIES, resolve = resolveFollowUp }: { entries?: number; resolve?: (options: ResolveFollowUpOptions) => FollowUpResolution } = {}): (
  options: ResolveFollowUpOptions,
) => FollowUpResolution {
  const readings = new Memo<FollowUpResolution>({ maxEntries: entries, maxBytes: STANDALONE_READING_BYTES });
  return (options) => {
    if (options.earlier.length > 0) return resolve(options);
    return structuredClone(readings.get(options.question, () => resolve(options)));
  };
}

/**
 * The suggester, remembering its suggestions per answer: they are a function of the answer's
 * language, whether it abstained, the passages it cites (in order) and the question as read, since
 * a candidate is kept only when the answerer answers it, which depends on the index alone (a
 * candidate the answerer throws on is left out, and with extractive answers it throws the same way
 * each time).
 */
export function suggestionsPerAnswer(suggest: Suggester, { entries = SUGGESTIONS_PER_ANSWER_ENTRIES }: { entries?: number } = {}): Suggester {
  const kept = new Memo<string[]>({ maxEntries: entries, maxBytes: SUGGESTIONS_PER_ANSWER_BYTES });
  return async (result, asked) => {
    const key = `${result.language}\u0000${result.abstained ? 1 : 0}\u0000${asked}\u0000${result.citations.map((citation) => citation.chunkId).join('\u0000')}`;
    return [...(await kept.getAsync(key, () => suggest(result, asked)))];
  };
}
