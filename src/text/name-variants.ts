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

function sameWordOrPlural(written: string, named: string): boolean {
  const a = written.toLowerCase();
  const b = named.toLowerCase();
  return a === b || `${a}s` === b || `${b}s` === a || `${a}es` === b || `${b}es` === a;
}

function sameRoot(written: string, named: string): boolean {
  const a = written.toLowerCase();
  const b = named.toLowerCase();
  return a.length >= SHARED_ROOT_LETTERS && b.length >= SHARED_ROOT_LETTERS && a.slice(0, SHARED_ROOT_LETTERS) === b.slice(0, SHARED_ROOT_LETTERS);
}

/** A name of enough words to be recognised in another form, with its words. */
export interface KnownName {
  name: string;
  words: string[];
}

/** The names of enough words, split once (a lexicon's names do not change while it is loaded). */
export function knownNames(names: readonly string[]): KnownName[] {
  return names
    .map((name) => ({ name, words: wordsOf(name).map((word) => word.text) }))
    .filter(({ words }) => words.filter((word) => !LINKING_WORDS.has(word.toLowerCase())).length >= MIN_VARIANT_NAME_WORDS);
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
  const replacements: Array<{ start: number; end: number; name: string }> = [];
  for (const { name, words: nameWords } of names) {
    if (lowerQuestion.includes(name.toLowerCase())) continue;
    for (let at = 0; at + nameWords.length <= written.length; at++) {
      const window = written.slice(at, at + nameWords.length);
      let differing = 0;
      const fits = window.every((word, i) => {
        const named = nameWords[i]!;
        // A plural or singular is the same word (the analyser stems it): no other form to read.
        if (sameWordOrPlural(word.text, named)) return true;
        differing++;
        return !LINKING_WORDS.has(named.toLowerCase()) && sameRoot(word.text, named);
      });
      if (!fits || differing !== 1) continue;
      const start = window[0]!.start;
      const end = window.at(-1)!.end;
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
