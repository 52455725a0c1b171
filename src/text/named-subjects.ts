import { englishTerms } from './analyze.js';
import type { LexiconData, NamedEntity } from './lexicon.js';
import { Memo } from './memo.js';
import { foldForMatch } from './normalise.js';
import { phrasesStartingWithWordsOf, phrasesWithin } from './phrase-finder.js';

/**
 * The names a question asks about — a body, scheme, fund, place or post of the terminology, or a name
 * the asker put in quotes (「新型工業加速計劃」, "Smart Traffic Fund") — and whether a passage names
 * the same thing in either language. A sentence that answers a question about Cyberport names
 * Cyberport (數碼港); one about another body's unicorns does not answer it, however many of the
 * question's other words it holds. This is a kind of question (one that names what it asks about),
 * not a phrase of any document: the names come from the terminology file and the question itself.
 */

/** One thing a question names, with every way of writing it: folded Chinese forms and English term sequences. */
export interface NamedSubject {
  written: string;
  chinese: string[];
  english: string[];
}

/** A name in quotes of at least this many characters (Chinese) or letters (English) is a name to find. */
const MIN_QUOTED_CHINESE = 3;
const MIN_QUOTED_ENGLISH = 6;
/** A name in quotation marks, Chinese or English (two characters or more): 「新型工業加速計劃」, "Smart Traffic Fund". */
export const QUOTED_NAME = /[「『“"]([^」』”"]{2,40})[」』”"]/g;

/** Capitalised words (and I&T, R&D, of, for, and) ending in a word that names a scheme, fund, body or place. */
const ENGLISH_PROPER_NAME =
  /\b((?:[A-Z][\w&+'’-]*|I&T|R&D)(?:\s+(?:[A-Z][\w&+'’-]*|I&T|R&D|of|for|and|&))*\s+(?:Scheme|Fund|Programme|Program|Institute|Centre|Center|Office|Park|Platform|Council|Committee|Authority|Corporation|Cluster|Initiative|Project|Hub|Laboratory|Academy|Index|Award|Challenge))\b/g;
/** A question's opening word, capitalised but no part of a name. */
const LEADING_QUESTION_WORD = /^(?:(?:What|How|Which|Who|When|Where|Why|Is|Are|Was|Were|Does|Do|Did|Has|Have|Will|Can|Could|Should|Tell|List|Name|Give|Show|According|In|For|The)\s+)+/;

interface NameGroups {
  /** Chinese phrase → English term sequences of the same entry. */
  englishFor: Map<string, string[]>;
  /** English term sequence → Chinese phrases of the same entry. */
  chineseFor: Map<string, string[]>;
  /** The places', people's, posts' and bodies' Chinese names, folded as phrases are. */
  chineseNames: Set<string>;
  /** Every Chinese phrase of the terminology and of the documents' own names. */
  chinesePhrases: Set<string>;
}

const groupsCache = new WeakMap<LexiconData, NameGroups>();
/** A name is matched through its split parts only when it has this many words and parts at least: one word ("programme") names too much. */
const MIN_SPLIT_NAME_PARTS = 2;

/** Pairs each terminology phrase with the other language's phrases of its entry (an English entry's targets are its Chinese names). */
function nameGroups(lexicon: LexiconData): NameGroups {
  const cached = groupsCache.get(lexicon);
  if (cached) return cached;
  const chinesePhrases = new Set(lexicon.zhPhrases.map((entry) => entry.phrase));
  const englishFor = new Map<string, string[]>();
  const chineseFor = new Map<string, string[]>();
  const englishOfPhrase = new Map<string, Set<string>>();
  for (const entry of lexicon.zhPhrases) englishOfPhrase.set(entry.phrase, new Set([...(englishOfPhrase.get(entry.phrase) ?? []), ...entry.targets.map(([term]) => term)]));
  for (const entry of lexicon.enPhrases) {
    const targets = entry.targets.map(([term]) => foldForMatch(term).replace(/\s+/g, ''));
    let chinese = targets.filter((term) => chinesePhrases.has(term));
    // A Chinese name the segmenter splits (「產學研 1+計劃」 → 产学研 | 计划) is its entry's phrase that holds those words,
    // among the phrases whose English words hold this name's.
    const words = entry.phrase.split(' ');
    if (chinese.length === 0 && targets.length >= MIN_SPLIT_NAME_PARTS && words.length >= MIN_SPLIT_NAME_PARTS) {
      chinese = [...englishOfPhrase].filter(([phrase, english]) => targets.every((term) => phrase.includes(term)) && words.every((word) => english.has(word))).map(([phrase]) => phrase);
    }
    chineseFor.set(entry.phrase, [...new Set([...(chineseFor.get(entry.phrase) ?? []), ...chinese])]);
    for (const phrase of chinese) englishFor.set(phrase, [...new Set([...(englishFor.get(phrase) ?? []), entry.phrase])]);
  }
  const chineseNames = new Set(lexicon.names.flatMap((name) => name.zh.map((written) => foldForMatch(written).replace(/\s+/g, ''))));
  const groups = { englishFor, chineseFor, chineseNames, chinesePhrases };
  groupsCache.set(lexicon, groups);
  return groups;
}

/** Whether a folded Chinese phrase is one the lexicon learned from the terminology or the documents. */
export function isLexiconPhrase(form: string, lexicon: LexiconData): boolean {
  return nameGroups(lexicon).chinesePhrases.has(form);
}

function englishSequence(text: string): string {
  return ` ${englishTerms(foldForMatch(text).replace(/[\u3400-\u4dbf\u4e00-\u9fff]+/g, ' ')).join(' ')} `;
}

function foldedChinese(text: string): string {
  return foldForMatch(text).replace(/\s+/g, '');
}

/** Questions whose named subjects are remembered, per lexicon (bounded in bytes as every memo is). */
export const NAMED_SUBJECTS_MEMO_ENTRIES = 4096;
const subjectsMemos = new WeakMap<LexiconData, Memo<NamedSubject[]>>();

/**
 * The things a question names, longest first; a name inside a longer one (Cyberport in Cyberport
 * Macro Fund) is the longer one's part, not another subject. Remembered per question and lexicon:
 * the retriever, the table module and the answerer each ask it of the same question, and a question
 * asked again asks it again. Shared: callers must not change what it returns.
 */
export function namedSubjects(question: string, lexicon: LexiconData): NamedSubject[] {
  let memo = subjectsMemos.get(lexicon);
  if (!memo) subjectsMemos.set(lexicon, (memo = new Memo<NamedSubject[]>(NAMED_SUBJECTS_MEMO_ENTRIES)));
  return memo.get(question, () => namedSubjectsUncached(question, lexicon));
}

function namedSubjectsUncached(question: string, lexicon: LexiconData): NamedSubject[] {
  const groups = nameGroups(lexicon);
  const folded = foldedChinese(question);
  const sequence = englishSequence(question);
  const found: NamedSubject[] = [];
  for (const entry of phrasesWithin(lexicon.zhPhrases, folded)) {
    if (entry.phrase.length < 2) continue;
    const english = groups.englishFor.get(entry.phrase) ?? [];
    // The entry's other Chinese names (香港科技園公司 for 科技園公司) come through its English names.
    const chinese = [...new Set([entry.phrase, ...english.flatMap((form) => groups.chineseFor.get(form) ?? [])])];
    found.push({ written: entry.phrase, chinese, english });
  }
  const questionWords = sequence.trim().split(' ');
  const candidates = phrasesStartingWithWordsOf(lexicon.enPhrases, sequence);
  const exactEnglish = candidates.filter((entry) => sequence.includes(` ${entry.phrase} `));
  for (const entry of exactEnglish) found.push({ written: entry.phrase, chinese: groups.chineseFor.get(entry.phrase) ?? [], english: [entry.phrase] });
  for (const entry of candidates) {
    // "the AI research institute" names the "AI institute": a name of two words or more may have one more word inside it,
    // unless that word belongs to a longer name written out in full ("Hong Kong Science Park" is not "Hong Kong Park").
    if (exactEnglish.includes(entry) || !withOneWordInside(questionWords, entry.phrase)) continue;
    if (exactEnglish.some((exact) => exact.phrase.split(' ').length > entry.phrase.split(' ').length && withOneWordInside(exact.phrase.split(' '), entry.phrase))) continue;
    found.push({ written: entry.phrase, chinese: groups.chineseFor.get(entry.phrase) ?? [], english: [entry.phrase] });
  }
  for (const match of question.matchAll(QUOTED_NAME)) {
    const name = match[1]!.trim();
    const chinese = foldedChinese(name);
    const english = englishTerms(foldForMatch(name)).join(' ');
    if (/[\u3400-\u9fff]/.test(name) ? [...chinese].length >= MIN_QUOTED_CHINESE : name.replace(/[^a-z]/gi, '').length >= MIN_QUOTED_ENGLISH) {
      found.push({ written: name, chinese: /[\u3400-\u9fff]/.test(name) ? [chinese] : [], english: english ? [english] : [] });
    }
  }
  // An English proper name the terminology does not know: capitalised words ending in what names a
  // scheme, fund, body or place ("the Pilot I&T Accelerator Scheme", "Smart Traffic Fund").
  for (const match of question.matchAll(ENGLISH_PROPER_NAME)) {
    const name = match[1]!.replace(LEADING_QUESTION_WORD, '').trim();
    const english = englishTerms(foldForMatch(name)).join(' ');
    if (name.split(/\s+/).length >= 2 && english) found.push({ written: name, chinese: [], english: [english] });
  }
  // A name written inside a longer name found in the question is part of it.
  const forms = (subject: NamedSubject) => [...subject.chinese, ...subject.english];
  return found
    .filter((subject) => !isCommonWord(subject, lexicon))
    .filter((subject) => !found.some((other) => other !== subject && forms(other).join('|').length > forms(subject).join('|').length && forms(subject).some((form) => forms(other).some((longer) => longer !== form && longer.includes(form)))))
    .filter((subject, index, all) => all.findIndex((other) => forms(other).some((form) => forms(subject).includes(form))) === index);
}

/** Whether a name's words (two or more) stand in the question in order with one other word between two of them at most. */
function withOneWordInside(questionWords: readonly string[], phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.length < 2) return false;
  for (let start = questionWords.indexOf(words[0]!); start >= 0; start = questionWords.indexOf(words[0]!, start + 1)) {
    let at = start;
    let inserted = 0;
    let matched = 1;
    while (matched < words.length && at + 1 < questionWords.length) {
      if (questionWords[at + 1] === words[matched]) {
        at += 1;
        matched += 1;
      } else if (inserted === 0 && questionWords[at + 2] === words[matched]) {
        at += 2;
        matched += 1;
        inserted = 1;
      } else break;
    }
    if (matched === words.length) return true;
  }
  return false;
}

/**
 * A terminology entry that is a word of the field, not a name: its Chinese is one two-character word
 * (撥款 "funding", 人才 "talent"), and no place, person, post or body of that name is known (河套,
 * 沙嶺 are places). Schemes, funds and bodies are named in three characters or more.
 */
function isCommonWord(subject: NamedSubject, lexicon: LexiconData): boolean {
  if (subject.chinese.length === 0 || subject.chinese.some((form) => [...form].length > COMMON_WORD_MAX_CHARACTERS)) return false;
  const names = nameGroups(lexicon).chineseNames;
  return !subject.chinese.some((form) => names.has(form));
}

const COMMON_WORD_MAX_CHARACTERS = 2;

/**
 * A text's two matching forms, remembered: the answerer asks of the same candidate sentences
 * (with their context) question after question, and folding them (Traditional → Simplified) and
 * stemming their English was most of what asking whether they name a subject cost. Bounded in
 * entries and bytes (memo.ts).
 */
export const NAME_FORMS_MEMO_ENTRIES = 20_000;
export const NAME_FORMS_MEMO_BYTES = 8 * 1024 * 1024;
const foldedMemo = new Memo<string>({ maxEntries: NAME_FORMS_MEMO_ENTRIES, maxBytes: NAME_FORMS_MEMO_BYTES });
const sequenceMemo = new Memo<string>({ maxEntries: NAME_FORMS_MEMO_ENTRIES, maxBytes: NAME_FORMS_MEMO_BYTES });

/**
 * A text's two matching forms, each worked out the first time it is needed and then kept with the
 * object: a caller that keeps it for a text it meets again (the retriever, per passage) neither
 * builds the text again nor looks it up by its whole length.
 */
export class NameForms {
  private foldedForm?: string;
  private sequenceForm?: string;

  constructor(readonly text: string) {}

  folded(): string {
    return (this.foldedForm ??= foldedMemo.get(this.text, () => foldedChinese(this.text)));
  }

  sequence(): string {
    return (this.sequenceForm ??= sequenceMemo.get(this.text, () => englishSequence(this.text)));
  }

  /** Estimated bytes, with both forms worked out (each about as long as the text): for a memo's budget. */
  get bytes(): number {
    return 64 + 3 * (16 + 2 * this.text.length);
  }
}

function namesSubjectIn(forms: NameForms, subject: NamedSubject): boolean {
  if (subject.chinese.some((form) => form && forms.folded().includes(form))) return true;
  return subject.english.some((form) => form && forms.sequence().includes(` ${form} `));
}

/** Whether a text names the subject in any of its forms, in either language. */
export function namesSubject(text: string, subject: NamedSubject): boolean {
  return namesSubjectIn(new NameForms(text), subject);
}

/** Share of the question's named subjects that a text does not name (0 when the question names nothing). */
export function namedSubjectsMissing(text: string | NameForms, subjects: readonly NamedSubject[]): number {
  if (subjects.length === 0) return 0;
  const forms = typeof text === 'string' ? new NameForms(text) : text;
  return subjects.filter((subject) => !namesSubjectIn(forms, subject)).length / subjects.length;
}

/** Each entity's subject, worked out once (one per entity of the lexicon, kept while the entity is). */
const entitySubjects = new WeakMap<NamedEntity, NamedSubject>();

/** A terminology entity as a subject to look for, under each of its names in either language (shared: callers must not change it). */
export function subjectOfEntity(entity: NamedEntity): NamedSubject {
  let subject = entitySubjects.get(entity);
  if (!subject) entitySubjects.set(entity, (subject = subjectOfEntityUncached(entity)));
  return subject;
}

/** The subject also named by these English names (a short form's full name): a passage writing one names it. */
export function withEnglishNames(subject: NamedSubject, names: readonly string[]): NamedSubject {
  return { ...subject, english: [...subject.english, ...names.map((name) => englishTerms(foldForMatch(name)).join(' ')).filter(Boolean)] };
}

function subjectOfEntityUncached(entity: NamedEntity): NamedSubject {
  return {
    written: entity.zh[0] ?? entity.en[0] ?? '',
    chinese: entity.zh.map(foldedChinese),
    english: entity.en.map((name) => englishTerms(foldForMatch(name)).join(' ')).filter(Boolean),
  };
}
