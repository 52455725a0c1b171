/**
 * Which of a lexicon's phrases a text holds, without testing every phrase against every text.
 *
 * Bridging a passage's sentence, fitting its concepts and finding a question's named subjects each
 * asked every terminology phrase (hundreds, in both languages) whether the text holds it: a few
 * hundred substring searches per text, for a handful of hits. A phrase can only be in a text that
 * holds its first two characters (Chinese, matched as substrings) or its first word (English term
 * sequences, matched between spaces), so the phrases are indexed by those once per phrase list and
 * only the phrases whose key the text holds are tested, with the same test as before. The result
 * lists them in the list's order, so callers that add up what they find do so in the same order.
 */

interface Keyed {
  phrase: string;
}

interface Finder<E, K = string> {
  /** Entry positions by key (the first two UTF-16 units as one number, or the first word). */
  byKey: Map<K, number[]>;
  /** Positions of entries without a key (shorter than two units, or starting with a space): always tested. */
  always: number[];
  entries: readonly E[];
}

function buildFinder<E extends Keyed, K>(entries: readonly E[], keyOf: (phrase: string) => K | undefined): Finder<E, K> {
  const byKey = new Map<K, number[]>();
  const always: number[] = [];
  entries.forEach((entry, position) => {
    const key = keyOf(entry.phrase);
    if (key === undefined) {
      always.push(position);
      return;
    }
    const list = byKey.get(key);
    if (list) list.push(position);
    else byKey.set(key, [position]);
  });
  return { byKey, always, entries };
}

/** Positions of the entries whose key the text holds (and the keyless ones), ascending. */
function candidates<E, K>(finder: Finder<E, K>, keys: Iterable<K>): number[] {
  const positions = [...finder.always];
  const seen = new Set<K>();
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const list = finder.byKey.get(key);
    if (list) for (const position of list) positions.push(position);
  }
  return positions.sort((a, b) => a - b);
}

const characterFinders = new WeakMap<readonly Keyed[], Finder<Keyed, number>>();
const wordFinders = new WeakMap<readonly Keyed[], Finder<Keyed>>();

/** Two UTF-16 units as one number: a key without a string made for it. */
const pairKey = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
/** The first two UTF-16 units of a phrase of at least two (a phrase a text holds starts at one of the text's pairs). */
const firstPair = (phrase: string) => (phrase.length >= 2 ? pairKey(phrase, 0) : undefined);
/** The first word of a space-joined phrase that starts with one (a phrase `text` holds between spaces starts with one of its words). */
const firstWord = (phrase: string) => {
  const word = phrase.split(' ')[0]!;
  return word.length > 0 ? word : undefined;
};

/**
 * The entries whose phrase `text` holds as a substring (`text.includes(entry.phrase)`), in the
 * entries' order.
 */
export function phrasesWithin<E extends Keyed>(entries: readonly E[], text: string): E[] {
  let finder = characterFinders.get(entries) as Finder<E, number> | undefined;
  if (!finder) characterFinders.set(entries, (finder = buildFinder(entries, firstPair)) as Finder<Keyed, number>);
  // Only the text's pairs some phrase starts with matter: the rest are skipped without a key made.
  const pairs: number[] = [];
  for (let index = 0; index + 1 < text.length; index++) {
    const key = pairKey(text, index);
    if (finder.byKey.has(key)) pairs.push(key);
  }
  const found: E[] = [];
  for (const position of candidates(finder, pairs)) {
    const entry = finder.entries[position]!;
    if (text.includes(entry.phrase)) found.push(entry);
  }
  return found;
}

/**
 * The entries that may stand in a space-separated word sequence (` word word … `): every entry whose
 * first word is one of the sequence's words, or that has no first word, in the entries' order. The
 * caller applies its own test (a phrase between spaces, or with a word inside it); any phrase that
 * test can find starts with one of the sequence's words.
 */
export function phrasesStartingWithWordsOf<E extends Keyed>(entries: readonly E[], sequence: string): E[] {
  let finder = wordFinders.get(entries) as Finder<E, string> | undefined;
  if (!finder) wordFinders.set(entries, (finder = buildFinder(entries, firstWord)) as Finder<Keyed, string>);
  return candidates(finder, sequence.split(' ')).map((position) => finder.entries[position]!);
}
