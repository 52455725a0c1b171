import type { Language } from '../corpus/manifest.js';
import type { LoadedIndex } from '../index/load-index.js';
import { toSimplified } from '../text/normalise.js';
import { namedSubjects } from '../text/named-subjects.js';
import type { Citation } from './answer-contract.js';
import { citedLookupAnswer, splitSentences } from './extractive-answer.js';

/**
 * "What was X called before?", 「X以前叫甚麼名字？」: a scheme or body renamed is written with its old
 * name beside the new one — 「新名」(前稱「舊名」), "New Name (formerly Old Name)" — in estimates,
 * reports and press releases alike. The old name is answered, cited to the passage that gives it;
 * a question about a name no passage gives a former name for is left to the other answerers.
 */

/** A question asking a former name, with the name it asks about (as written, quotes and brackets dropped). */
export function askedFormerName(question: string): string | undefined {
  const normalised = question.normalize('NFKC').trim();
  const english =
    /\bwhat (?:was|were|is|are) (?:the )?(.{3,80}?) (?:formerly|previously|originally|once) (?:called|known as|named)\b/i.exec(normalised) ??
    /\bwhat (?:was|were|did) (?:the )?(.{3,80}?) (?:called|known as|named|use to be called|used to be called) (?:before|previously|formerly|originally|in the past)\b/i.exec(normalised) ??
    /\b(?:former|previous|old|original) name (?:of|for) (?:the )?(.{3,80}?)\s*[?？.]?$/i.exec(normalised);
  if (english) return plainName(english[1]!);
  return nameBeforeCueZh(normalised, FORMER_CUE_ZH);
}

/**
 * A yes/no on whether a thing was renamed, with the name it asks about: "Has X always been called
 * that?", 「X係咪一直都係叫呢個名？」 (a former name means no), "Was X renamed?", 「X有冇改過名？」 (a
 * former name means yes).
 */
export function askedWhetherRenamed(question: string): { name: string; formerNameMeans: 'yes' | 'no' } | undefined {
  const normalised = question.normalize('NFKC').trim();
  const always = /\b(?:has|have|is|was) (?:the )?(.{3,80}?) always (?:been )?(?:called|named|known as)\b/i.exec(normalised);
  if (always) return { name: plainName(always[1]!), formerNameMeans: 'no' };
  const renamed =
    /\b(?:was|were|has|have) (?:the )?(.{3,80}?) (?:ever )?(?:been )?renamed\b/i.exec(normalised) ??
    /\bdid (?:the )?(.{3,80}?) (?:ever )?(?:change (?:its|their) names?|get renamed|have (?:a|an|another) (?:former |previous |different |earlier |old )?name|use to (?:be called|have another name))\b/i.exec(normalised);
  if (renamed) return { name: plainName(renamed[1]!), formerNameMeans: 'yes' };
  for (const [cue, formerNameMeans] of RENAMED_CUES_ZH) {
    const found = cue.exec(normalised);
    if (!found) continue;
    const name = plainName(normalised.slice(0, found.index).replace(ASKING_OPENER_ZH, '').replace(POLAR_WORDS_AT_END_ZH, ''));
    return name.length >= 2 ? { name, formerNameMeans } : undefined;
  }
  return undefined;
}

/** Chinese cues of a question whether a thing was renamed: 一直都叫 (always so called: a former name says no), 改過名 (renamed: says yes). */
const RENAMED_CUES_ZH: ReadonlyArray<readonly [RegExp, 'yes' | 'no']> = [
  [/一直(?:都)?(?:係|是|系)?(?:叫|稱為|称为|名為|名为|用(?:呢|這|这)(?:個|个)名)/, 'no'],
  [/(?:改過|改过|改咗|改了|更改過|更改过)(?:個|个)?名|易名|更名|改名/, 'yes'],
];
/** The polar words a Chinese yes/no puts between its subject and its cue (係咪, 是否, 有冇, 曾經). */
const POLAR_WORDS_AT_END_ZH = /(?:係咪|系咪|係唔係|是不是|是否|有冇|有沒有|有没有|曾否|曾經|曾经|已經|已经)+\s*$/;

/** A name as asked, quotes, brackets and a trailing 的/嘅 dropped. */
function plainName(written: string): string {
  return written.replace(/[「」『』“”"'‘’\s]/g, (mark) => (/\s/.test(mark) ? ' ' : '')).trim().replace(/(?:的|嘅)$/, '');
}

/** Words that open a Chinese question before its subject: 請問, 想問. */
const ASKING_OPENER_ZH = /^(?:請問|请问|想問|想问|問下|问下)\s*/;

/** Chinese words that ask what something was called before. */
const FORMER_CUE_ZH = /(?:以前|之前|從前|从前|原本|本來|本来|舊時|旧时|過去|过去)(?:叫|稱|称|個名|个名|嘅名|的名)|前稱|前称|原名|舊名|旧名|舊稱|旧称|原稱|原称/;

/** How documents write an old name after the new one: (前稱「舊名」), (formerly Old Name). */
const FORMER_NAME_AFTER = /^[」』”"\s]*[（(]\s*(?:前稱|前称|原稱|原称|舊稱|旧称|原名|(?:formerly|previously)(?: known as| called)?(?: the)?)\s*[「『“"]?([^」』”")）]{2,80})[」』”"]?\s*[)）]/i;

/** Words that write a former name: only passages holding one are read (a quick test, then the fold). */
const FORMER_MARKER = /前稱|前称|原稱|原称|舊稱|旧称|原名|formerly|previously/i;

/** Folding that keeps each character in place (script and case only), so a position found in it is one in the text. */
function foldInPlace(text: string): string {
  return toSimplified(text).toLowerCase();
}

/** The former name of `name` where a passage writes one, with the passage and sentence. */
export function findFormerName(name: string, index: LoadedIndex): { formerName: string; chunk: LoadedIndex['chunks'][number]; sentence: string } | undefined {
  const asked = foldInPlace(name.normalize('NFKC').trim());
  if (!asked) return undefined;
  for (const chunk of index.chunks) {
    for (const { text } of chunk.texts) {
      if (!FORMER_MARKER.test(text)) continue;
      const plain = text.replace(/\*\*/g, '').normalize('NFKC');
      const folded = foldInPlace(plain);
      if (folded.length !== plain.length) continue;
      for (let at = folded.indexOf(asked); at >= 0; at = folded.indexOf(asked, at + 1)) {
        const after = FORMER_NAME_AFTER.exec(plain.slice(at + asked.length));
        if (!after) continue;
        const sentence = splitSentences(plain).find((part) => part.includes(after[1]!)) ?? plain;
        return { formerName: after[1]!.trim(), chunk, sentence };
      }
    }
  }
  return undefined;
}

/**
 * "What else is X called?", 「X又叫什麼？」, "another name for X": the other name a document writes after
 * a thing's own — 「X」(亦稱為「Y」), X (also known as Y) — in any kind of document. The name asked is
 * matched against the end of the text before the marker, brackets and spaces dropped (a short form may
 * stand inside the name: 合作區 (河套合作區)香港園區).
 */
export function askedOtherName(question: string): string | undefined {
  const normalised = question.normalize('NFKC').trim();
  const english =
    /\bwhat (?:else )?(?:is|are|was|were) (?:the )?(.{3,80}?) (?:also|otherwise) (?:called|known as|named|referred to as)\b/i.exec(normalised) ??
    /\bwhat else (?:is|are|was|were) (?:the )?(.{3,80}?) (?:called|known as|named)\b/i.exec(normalised) ??
    /\b(?:an)?other names? (?:of|for) (?:the )?(.{3,80}?)\s*[?？.]?$/i.exec(normalised) ??
    /^(?:the )?(.{3,80}?) (?:is|are) also (?:called|known as|named) (?:what|as what)\b/i.exec(normalised);
  if (english) return plainName(english[1]!);
  return nameBeforeCueZh(normalised, OTHER_NAME_CUE_ZH);
}

/** A Chinese question's name, written before the words that ask about it (「X以前叫甚麼」「X又叫什麼」), its opener dropped; undefined without the cue or a name. */
function nameBeforeCueZh(question: string, cue: RegExp): string | undefined {
  const found = cue.exec(question);
  if (!found) return undefined;
  const name = plainName(question.slice(0, found.index).replace(ASKING_OPENER_ZH, '')).replace(/\s+/g, '');
  return name.length >= 2 ? name : undefined;
}

/** Chinese words that ask a thing's other name: 又叫, 亦稱, 別名, 另一個名 (not 以前叫, a former name). */
const OTHER_NAME_CUE_ZH = /(?:又|亦|也|還|还)(?:叫|稱為|称为|稱|称|名為|名为)(?:做)?\s*(?:什麼|什么|甚麼|咩|乜嘢?|乜)|(?:的|嘅)?(?:別名|别名|另一(?:個|个)?名(?:稱|称|字)?|其他名(?:稱|称|字))/;

/** How documents write a thing's other name after its own: (亦稱為「Y」), (又稱 Y), (also known as Y). */
const OTHER_NAME_AFTER_MARK = /[（(]\s*(?:亦稱為|亦称为|亦稱|亦称|又稱為|又称为|又稱|又称|也稱為|也称为|俗稱|俗称|also known as|also called|a\.k\.a\.?|aka)\s*[「『“"]?([^」』”")）]{2,80})[」』”"]?\s*[)）]/gi;

/** How far back from the marker the text is read for the name asked. */
const OTHER_NAME_REACH = 60;

/** The other name of `name` where a passage writes one, with the passage and sentence. */
export function findOtherName(name: string, index: LoadedIndex): { otherName: string; chunk: LoadedIndex['chunks'][number]; sentence: string } | undefined {
  const asked = compactName(name);
  if (asked.length < 2) return undefined;
  for (const chunk of index.chunks) {
    for (const { text } of chunk.texts) {
      const plain = text.replace(/\*\*/g, '').normalize('NFKC');
      for (const mark of plain.matchAll(OTHER_NAME_AFTER_MARK)) {
        const before = plain.slice(Math.max(0, mark.index - OTHER_NAME_REACH), mark.index).split(/[。；;，,、:：]/).at(-1) ?? '';
        if (!compactName(before).endsWith(asked)) continue;
        const sentence = splitSentences(plain).find((part) => part.includes(mark[1]!)) ?? plain;
        return { otherName: mark[1]!.trim(), chunk, sentence };
      }
    }
  }
  return undefined;
}

/** A name folded for matching (script, case) with brackets, quotes and spaces dropped. */
function compactName(text: string): string {
  return foldInPlace(text.normalize('NFKC')).replace(/[「」『』“”"'‘’()（）\s]/g, '');
}

/**
 * The answer to "what was X called before?" from the passages, or to "has X always been called
 * that?" / "was X renamed?" (yes or no, with the former name), or undefined where no passage gives
 * a former name of the thing asked.
 */
export function answerFormerName(question: string, index: LoadedIndex, language: Language): { answer: string; citations: Citation[]; answerType: 'definition' | 'yes-no' } | undefined {
  const asked = askedFormerName(question);
  const whetherRenamed = asked ? undefined : askedWhetherRenamed(question);
  const name = asked ?? whetherRenamed?.name;
  if (!name) return answerOtherName(question, index, language);
  // An English name of a scheme the documents name in Chinese only is looked for by its Chinese names.
  const names = [name, ...namedSubjects(name, index.searchText.lexicon.data).flatMap((subject) => subject.chinese)];
  const found = names.map((candidate) => findFormerName(candidate, index)).find(Boolean);
  const document = found && index.documents.get(found.chunk.docId);
  if (!found || !document) return undefined;
  if (!whetherRenamed) return { ...citedLookupAnswer({ en: `Formerly called ${found.formerName}`, zh: `前稱「${found.formerName}」` }, found.sentence, found.chunk, document, language), answerType: 'definition' };
  const yes = whetherRenamed.formerNameMeans === 'yes';
  const lead = { en: `${yes ? 'Yes' : 'No'}: formerly called ${found.formerName}`, zh: `${yes ? '是' : '不是'}，前稱「${found.formerName}」` };
  return { ...citedLookupAnswer(lead, found.sentence, found.chunk, document, language), answerType: 'yes-no' };
}

/** The answer to "what else is X called?" from the passage that writes X's other name, or undefined. */
function answerOtherName(question: string, index: LoadedIndex, language: Language): { answer: string; citations: Citation[]; answerType: 'definition' } | undefined {
  const name = askedOtherName(question);
  if (!name) return undefined;
  const names = [name, ...namedSubjects(name, index.searchText.lexicon.data).flatMap((subject) => subject.chinese)];
  const found = names.map((candidate) => findOtherName(candidate, index)).find(Boolean);
  const document = found && index.documents.get(found.chunk.docId);
  if (!found || !document) return undefined;
  return { ...citedLookupAnswer({ en: `Also called ${found.otherName}`, zh: `亦稱「${found.otherName}」` }, found.sentence, found.chunk, document, language), answerType: 'definition' };
}
