/**
 * Short forms the documents define in passing — a name followed by its short form in brackets:
 * "Artificial Intelligence (AI)", "… Support Scheme (“Manufacturing+”)", 「香港科技園公司」（「科技園公司」）.
 * Learned from the corpus text, so next year's documents teach their own; a question that uses a
 * short form is read with the full name beside it. Pure functions.
 */

export type ShortForms = Map<string, string>;

/** Most words a full name may run to before its bracket. */
const MAX_NAME_WORDS = 14;
/** Small words inside English names that give no initial ("Research and Development"). */
const MINOR_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', '&']);

const ENGLISH_DEFINITION = /((?:[A-Z][\w&'’+-]*|and|of|for|the|in|on|to|&)(?:\s+(?:[A-Z][\w&'’+-]*|and|of|for|the|in|on|to|&))*)\s*\(\s*[“"‘']?([^()“”"‘’'\n]{2,30}?)[”"’']?\s*\)/g;
/** An acronym spelled out in Chinese in the bracket after it: "STEM（科學、科技、工程和數學）" (an enumeration's 、和及 kept). */
const ACRONYM_SPELLED_IN_CHINESE = /(?<![A-Za-z])([A-Z][A-Z&]{1,9})\s*[（(]\s*([\u4e00-\u9fff][\u4e00-\u9fff、，和及與与]{1,28}[\u4e00-\u9fff])\s*[）)]/g;
/** Words that open a remark in brackets, not a spelling out: 包括, 特別是, 即, 如, 例如. */
const REMARK_OPENER = /^(?:包括|包含|特別是|特别是|尤其是|即|如|例如|主要|涵蓋|涵盖)/u;
const CHINESE_DEFINITION = /[「『]?([\u4e00-\u9fff]{3,30})[」』]?\s*[（(]\s*[「『]?([\u4e00-\u9fff]{2,12})[」』]?\s*[）)]/g;

/** Short form → full name, from every definition the texts make. */
export function learnShortForms(texts: Iterable<string>): ShortForms {
  const forms: ShortForms = new Map();
  for (const raw of texts) {
    const text = raw.replace(/\*\*/g, '');
    for (const match of text.matchAll(ENGLISH_DEFINITION)) {
      const full = englishFullName(match[1]!, match[2]!.trim());
      if (full) forms.set(match[2]!.trim(), full);
    }
    for (const match of text.matchAll(ACRONYM_SPELLED_IN_CHINESE)) {
      // It spells the acronym out: one listed word a letter (STEM（科學、科技、工程和數學）), not a remark on it (AI（特別是……）).
      const words = match[2]!.split(/、|，|和|及|與|与/).filter(Boolean);
      const letters = match[1]!.replace(/[^A-Z]/g, '').length;
      if (!forms.has(match[1]!) && (words.length === letters || words.length === 1) && !REMARK_OPENER.test(match[2]!)) forms.set(match[1]!, match[2]!);
    }
    for (const match of text.matchAll(CHINESE_DEFINITION)) {
      const [, run, short] = match;
      // 香港科技園公司（科技園公司）: the short form's characters, in order, in the full name; unquoted,
      // the name is the shortest end of the words before the bracket that holds them (教資會 ← 教育資助委員會).
      const full = quotedBefore(text, match.index ?? 0) ? run! : shortestEndHolding(run!, short!);
      if (full && short!.length < full.length && isSubsequence(short!, full)) forms.set(short!, full);
    }
  }
  return forms;
}

/**
 * The full name a bracketed English short form stands for: for an acronym, the fewest words before
 * the bracket whose initials spell it (R&D ← Research and Development); for a quoted short name,
 * the capitalised name before it when the short name shares one of its words ("Manufacturing+").
 */
function englishFullName(before: string, short: string): string | undefined {
  const words = before.split(/\s+/).filter(Boolean).slice(-MAX_NAME_WORDS);
  const letters = short.replace(/[^A-Za-z]/g, '');
  const isAcronym = /^[A-Z][A-Za-z&]*$/.test(short) && letters === letters.toUpperCase() && letters.length >= 2;
  if (isAcronym) {
    for (let start = words.length - 1; start >= 0; start--) {
      const name = words.slice(start);
      if (MINOR_WORDS.has(name[0]!.toLowerCase())) continue;
      const initials = name.flatMap((word) => (MINOR_WORDS.has(word.toLowerCase()) ? [] : word.split(/[-&]/).filter(Boolean).map((part) => part[0]!.toUpperCase()))).join('');
      if (initials[0] === letters[0] && isSubsequence(letters, initials) && initials.length <= letters.length * 2) return name.join(' ');
    }
    return undefined;
  }
  const shortWords = short.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  // "Launch the Pilot Manufacturing … Scheme": the name starts after the last article.
  const lastArticle = words.map((word) => word.toLowerCase()).reduce((last, word, i) => (['the', 'a', 'an'].includes(word) ? i : last), -1);
  const tail = words.slice(lastArticle + 1);
  const firstCapital = tail.findIndex((word) => /^[A-Z]/.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  const name = firstCapital < 0 ? [] : tail.slice(firstCapital);
  if (name.length < 2 || !shortWords.some((word) => name.some((part) => part.toLowerCase().startsWith(word)))) return undefined;
  return name.join(' ');
}

/** The definition's full name stands in quotes 「…」. */
function quotedBefore(text: string, at: number): boolean {
  return text[at] === '「' || text[at] === '『';
}

function shortestEndHolding(run: string, short: string): string | undefined {
  for (let start = run.length - short.length; start >= 0; start--) {
    if (run[start] === short[0] && isSubsequence(short, run.slice(start))) return run.slice(start);
  }
  return undefined;
}

function isSubsequence(short: string, full: string): boolean {
  let at = 0;
  for (const char of full) if (char === short[at]) at++;
  return at === short.length;
}

/**
 * The question with the full name written after each short form it uses (and does not spell out):
 * acronyms matched as whole words in capitals, other short names in any case.
 */
export function expandShortForms(question: string, forms: ShortForms): string {
  const asked = question.toLowerCase();
  let expanded = question;
  let expandedLowered: string | undefined;
  for (const { full, fullLowered, pattern, written, anyCase } of compiled(forms)) {
    if (asked.includes(fullLowered)) continue;
    // A pattern matches only where its short form is written: a question that does not hold it is not matched against it.
    if (written !== undefined && !(anyCase ? (expandedLowered ??= expanded.toLowerCase()) : expanded).includes(written)) continue;
    if (pattern.test(expanded)) {
      expanded = expanded.replace(pattern, (found) => `${found} ${full}`);
      expandedLowered = undefined;
    }
  }
  return expanded;
}

interface CompiledShortForm {
  full: string;
  fullLowered: string;
  pattern: RegExp;
  /**
   * The text a match must hold (the short form; lowered when matched in any case), or undefined
   * when that cannot be said simply: a short form with letters beyond ASCII matched in any case
   * (a regular expression's case folding is not toLowerCase's). An ASCII short form matched in any
   * case matches only ASCII letters, which lower as toLowerCase lowers them.
   */
  written?: string;
  anyCase: boolean;
}

/** Each short form's pattern, made once per set of forms (a question is read against all of them). */
const patterns = new WeakMap<ShortForms, CompiledShortForm[]>();

function compiled(forms: ShortForms): CompiledShortForm[] {
  let list = patterns.get(forms);
  if (!list) {
    list = [...forms].map(([short, full]) => {
      const isAcronym = /^[A-Z][A-Z&]+$/.test(short);
      const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const chinese = /[\u4e00-\u9fff]/.test(short);
      const anyCase = !chinese && !isAcronym;
      const pattern = chinese ? new RegExp(escaped) : new RegExp(`(?<![\\w&])${escaped}(?![\\w&])`, anyCase ? 'i' : '');
      const written = !anyCase ? short : /^[\x00-\x7f]*$/.test(short) ? short.toLowerCase() : undefined;
      return { full, fullLowered: full.toLowerCase(), pattern, written, anyCase };
    });
    patterns.set(forms, list);
  }
  return list;
}

/** A Chinese word written with a symbol after it, as a brand-like short form is: 「製造+」, 「數字+」. */
const CHINESE_WORD_WITH_SYMBOL = /([\u4e00-\u9fff]{1,4})\s*([+＋])/gu;

/**
 * A short form the documents define in English with a symbol ("Manufacturing+"), written by the asker
 * in Chinese (「製造+」): the Chinese word before the symbol translates to the English word before it.
 * The question is read with the full name beside it, as for a short form written as defined.
 * `translate` gives a Chinese word's English stems; `stem` an English word's.
 */
export function expandTranslatedShortForms(question: string, forms: ShortForms, translate: (chinese: string) => readonly string[], stem: (english: string) => string): string {
  if (!/[+＋]/.test(question)) return question;
  return question.replace(CHINESE_WORD_WITH_SYMBOL, (found, word: string) => {
    const form = translatedShortForm(word, forms, translate, stem);
    return form && !question.includes(form[1]) ? `${found} ${form[1]}` : found;
  });
}

/** The short form with a symbol ("Manufacturing+", its full name) a Chinese word before the symbol translates to (製造), if any. */
export function translatedShortForm(word: string, forms: ShortForms, translate: (chinese: string) => readonly string[], stem: (english: string) => string): [short: string, full: string] | undefined {
  const stems = new Set(translate(word));
  if (stems.size === 0) return undefined;
  return [...forms].find(([short]) => /^[A-Za-z]+[+＋]$/.test(short) && stems.has(stem(short.slice(0, -1))));
}

/** The fewest letters an acronym of a name is read from (two-letter ones, AI and HK, say too little). */
const MIN_ACRONYM_LETTERS = 3;

/**
 * Acronyms of names the glossary gives in English, for questions that shorten a name the documents
 * never shorten themselves: "HKMRDI" for "Hong Kong Microelectronics Research and Development
 * Institute". An acronym is the initials of the name's words (hyphenated parts are words; "and",
 * "of" … give none); one that two names share is dropped, as it names neither.
 */
export function acronymsOfNames(names: readonly string[]): ShortForms {
  const byAcronym = new Map<string, Set<string>>();
  for (const name of names) {
    const words = name.split(/[\s-]+/).filter((word) => /^[A-Za-z]/.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
    if (words.length < MIN_ACRONYM_LETTERS) continue;
    const acronym = words.map((word) => word[0]!.toUpperCase()).join('');
    byAcronym.set(acronym, (byAcronym.get(acronym) ?? new Set()).add(name));
  }
  return new Map([...byAcronym].filter(([, full]) => full.size === 1).map(([acronym, full]) => [acronym, [...full][0]!]));
}

