/**
 * A name written with one of its words in another derivation or misspelt: "the New Industry Development
 * Office" for the New Industrialisation Development Office, "developement" for "development" (a plural is
 * the same word: the analyser stems it). Askers write official names from memory; a name of several words that the question writes with
 * every word but one as the name has it, and that one sharing the start of the name's word (the same
 * root in another form), is that name. A rule of how names are misremembered, for any name in the
 * terminology, not of any document.
 */

/** Fewest words (besides of, and, the, for) a name must have to be recognised with one word in another form. */
export const MIN_VARIANT_NAME_WORDS = 3;
/** How many leading letters the word written and the name's word must share to be forms of one root (industry ~ industrialisation). */
export const SHARED_ROOT_LETTERS = 6;

const LINKING_WORDS = new Set(['of', 'and', 'the', 'for', '&']);
const WORD = /[A-Za-z][A-Za-z&'’-]*/g;

interface WrittenWord {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): WrittenWord[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** Whether two words in lower case are one word or its plural (the analyser stems them alike); strings are made only when the lengths allow it. */
function sameWordOrPlural(a: string, b: string): boolean {
  if (a === b) return true;
  switch (b.length - a.length) {
    case 1:
      return b === `${a}s`;
    case -1:
      return a === `${b}s`;
    case 2:
      return b === `${a}es`;
    case -2:
      return a === `${b}es`;
    default:
      return false;
  }
}

/** A word's root as sameRoot compares it: its first SHARED_ROOT_LETTERS letters in lower case, or undefined when it is shorter. */
function rootOf(lowerWord: string): string | undefined {
  return lowerWord.length >= SHARED_ROOT_LETTERS ? lowerWord.slice(0, SHARED_ROOT_LETTERS) : undefined;
}

/** A name of enough words to be recognised in another form, with its words. */
export interface KnownName {
  name: string;
  words: string[];
  /** The name and its words in lower case, each word's root (rootOf) and whether it is a linking word: worked out once, not per question. */
  lower: string;
  lowerWords: string[];
  roots: Array<string | undefined>;
  linking: boolean[];
}

/** The names of enough words, split once (a lexicon's names do not change while it is loaded). */
export function knownNames(names: readonly string[]): KnownName[] {
  return names
    .map((name) => ({ name, words: wordsOf(name).map((word) => word.text) }))
    .filter(({ words }) => words.filter((word) => !LINKING_WORDS.has(word.toLowerCase())).length >= MIN_VARIANT_NAME_WORDS)
    .map(({ name, words }) => {
      const lowerWords = words.map((word) => word.toLowerCase());
      return { name, words, lower: name.toLowerCase(), lowerWords, roots: lowerWords.map(rootOf), linking: lowerWords.map((word) => LINKING_WORDS.has(word)) };
    });
}

/**
 * The question with each English name written with one word in another form replaced by the name as
 * the terminology writes it; the question itself when there is none. `names` are the English names
 * of the terminology (places, posts, bodies), from `knownNames`.
 */
export function withNamesAsWritten(question: string, names: readonly KnownName[]): string {
  const written = wordsOf(question);
  if (written.length < MIN_VARIANT_NAME_WORDS) return question;
  const lowerQuestion = question.toLowerCase();
  const lowerWritten = written.map((word) => word.text.toLowerCase());
  const writtenRoots = lowerWritten.map(rootOf);
  const replacements: Array<{ start: number; end: number; name: string }> = [];
  for (const known of names) {
    if (lowerQuestion.includes(known.lower)) continue;
    const length = known.lowerWords.length;
    for (let at = 0; at + length <= written.length; at++) {
      // Every word of the window is the name's word or its plural, but one: of the same root as the name's, and not a linking word.
      let differing = 0;
      let word = 0;
      for (; word < length; word++) {
        if (sameWordOrPlural(lowerWritten[at + word]!, known.lowerWords[word]!)) continue;
        differing++;
        const root = writtenRoots[at + word];
        if (differing > 1 || known.linking[word] || root === undefined || root !== known.roots[word]) break;
      }
      if (word < length || differing !== 1) continue;
      const name = known.name;
      const start = written[at]!.start;
      const end = written[at + length - 1]!.end;
      if (!replacements.some((other) => other.start < end && start < other.end)) replacements.push({ start, end, name });
    }
  }
  if (replacements.length === 0) return question;
  let out = '';
  let from = 0;
  for (const replacement of replacements.sort((a, b) => a.start - b.start)) {
    out += question.slice(from, replacement.start) + replacement.name;
    from = replacement.end;
  }
  return out + question.slice(from);
}
