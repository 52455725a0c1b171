import type { Language } from '../corpus/manifest.js';
import type { Lexicon, NamedEntity } from '../text/lexicon.js';
import { foldForMatch } from '../text/normalise.js';
import { inScript } from './extractive-answer.js';

/**
 * A yes/no question that names a place or a body the answering sentence puts another in its stead:
 * 「創新斗室係咪喺數碼港隔籬？」 against 「在香港科學園旁邊的創新斗室」, "Is the HK$10 billion going to
 * Cyberport?" against 「注資一百億元予河套香港園區（即……港深創新及科技園）」, "Does HKSTP have an InnoPark
 * in Sha Tin?" against 「大埔、元朗和將軍澳的三個創新園」. The documents name another, so the answer is no.
 * Only names the terminology knows count (a city named in passing, 香港, is none).
 * A kind of question (where / who, asked as yes or no), in both languages; the names are the
 * terminology's, so next year's documents bring their own.
 */

/** The kinds of name one of which a sentence can put in another's stead. */
const ALTERNATIVE_KINDS: ReadonlyArray<NamedEntity['kind']> = ['place', 'body'];
/**
 * How many of the names the documents give instead are quoted in the answer's lead: places are listed
 * (「大埔、元朗和將軍澳的三個創新園」), while a sentence's other bodies play other parts (who approves, who
 * welcomes), so only the first is shown.
 */
const MAX_NAMES_SHOWN: Readonly<Record<NamedEntity['kind'], number>> = { place: 3, body: 1, person: 1, post: 1 };

/** A body named as a document's author ("HKSTP's 2026-27 budget release", 科技園公司的新聞稿): the source asked of, not a subject. */
const PUBLISHER_OF_DOCUMENT = /^(?:['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){0,3}(?:release|press release|statement|report|slides|deck|fact ?sheet|estimates|website)\b|\s*(?:的|嘅)?\s*(?:新聞稿|新闻稿|報告|报告|簡報|简报|聲明|声明|網站|网站))/i;
const PUBLISHER_REACH = 40;

/** Words that put a name in the slot a yes/no asks about: a recipient (予, 給, to; not 向, which applies to whom a request goes) or a place (在, 位於, 喺, in, at). */
const SLOT_BEFORE = /(?:予|給|给|在|於|于|位於|位于|喺|到|至|\bto|\bin|\bat|\binto)\s*(?:the\s+)?$/i;
const SLOT_REACH = 6;

export interface NamedAlternative {
  /** The names the sentence gives instead, as the sentence writes them. */
  written: string[];
  entities: NamedEntity[];
}

function forms(entity: NamedEntity): string[] {
  return [...entity.zh, ...entity.en].map((name) => foldForMatch(name).replace(/\s+/g, ''));
}

function overlaps(a: NamedEntity, b: NamedEntity): boolean {
  const bForms = forms(b);
  return a === b || forms(a).some((form) => bForms.some((other) => form.includes(other) || other.includes(form)));
}

/**
 * The names the sentence gives where the question names a place or body that the sentence and its
 * surroundings (its heading, the sentence before, its rendering in the other language) never name;
 * undefined when every name asked is there, or the sentence names no other.
 */
export function namedAlternative(rawQuestion: string, sentence: string, surroundings: string, lexicon: Pick<Lexicon, 'findNames'>): NamedAlternative | undefined {
  const question = rawQuestion.normalize('NFKC');
  const asked = lexicon
    .findNames(question, [...ALTERNATIVE_KINDS])
    .filter(({ at, written }) => !PUBLISHER_OF_DOCUMENT.test(question.slice(at + written.length, at + written.length + PUBLISHER_REACH)))
    .map(({ entity }) => entity);
  if (asked.length === 0) return undefined;
  const named = lexicon.findNames(`${sentence} ${surroundings}`, [...ALTERNATIVE_KINDS]).map(({ entity }) => entity);
  const missing = asked.filter((entity) => !named.some((other) => overlaps(entity, other)));
  for (const entity of missing) {
    const unasked = lexicon.findNames(sentence, [...ALTERNATIVE_KINDS]).filter(({ entity: other }) => !asked.some((askedEntity) => overlaps(askedEntity, other)));
    // The name in the slot the question asks about first — after 予, 在, 位於, "to", "in" (「注資一百億元予河套香港園區」 gives the
    // money to the park; the corporation welcoming it plays another part); then a name of the same kind; then of the other
    // (Cyberport is a body and a place: "next to Cyberport?" against 「在香港科學園旁邊」).
    const inSlot = unasked.filter(({ at }) => SLOT_BEFORE.test(sentence.slice(Math.max(0, at - SLOT_REACH), at)));
    const sameKind = unasked.filter(({ entity: other }) => other.kind === entity.kind);
    const instead = inSlot.length > 0 ? inSlot : sameKind.length > 0 ? sameKind : unasked;
    if (instead.length > 0) {
      const shown = instead.slice(0, MAX_NAMES_SHOWN[instead[0]!.entity.kind]);
      return { written: shown.map(({ written }) => written), entities: shown.map(({ entity: other }) => other) };
    }
  }
  return undefined;
}

/** A named entity as an answer shows it, in both languages as the documents are read in both: "Hong Kong Science Park (香港科學園)", "the Loop (河套)"; in Chinese, its Chinese name. */
export function showName(found: { entity: NamedEntity; written: string }, language: Language): string {
  const written = inScript(found.written, language);
  if (language !== 'en') return /[\u4e00-\u9fff]/.test(found.written) ? written : inScript(found.entity.zh[0]!, language);
  if (/[\u4e00-\u9fff]/.test(found.written)) return `${found.entity.en[0]} (${found.written})`;
  return found.entity.zh[0] ? `${found.written} (${found.entity.zh[0]})` : found.written;
}

/** The names given instead, for an answer's lead: "Tai Po (大埔), Yuen Long (元朗)" in English, 「大埔、元朗」 in Chinese. */
export function describeAlternative(alternative: NamedAlternative, language: Language): string {
  return alternative.written.map((written, i) => showName({ entity: alternative.entities[i]!, written }, language)).join(language === 'en' ? ', ' : '、');
}
