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
  if (english) return english[1]!.replace(/["“”'‘’]/g, '').trim();
  const cue = FORMER_CUE_ZH.exec(normalised);
  if (!cue) return undefined;
  const name = normalised.slice(0, cue.index).replace(ASKING_OPENER_ZH, '').replace(/[「」『』“”"\s]/g, '').replace(/(?:的|嘅)$/, '');
  return name.length >= 2 ? name : undefined;
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

/** The answer to "what was X called before?" from the passages, or undefined. */
export function answerFormerName(question: string, index: LoadedIndex, language: Language): { answer: string; citations: Citation[] } | undefined {
  const name = askedFormerName(question);
  if (!name) return undefined;
  // An English name of a scheme the documents name in Chinese only is looked for by its Chinese names.
  const names = [name, ...namedSubjects(name, index.searchText.lexicon.data).flatMap((subject) => subject.chinese)];
  const found = names.map((candidate) => findFormerName(candidate, index)).find(Boolean);
  const document = found && index.documents.get(found.chunk.docId);
  if (!found || !document) return undefined;
  return citedLookupAnswer({ en: `Formerly called ${found.formerName}`, zh: `前稱「${found.formerName}」` }, found.sentence, found.chunk, document, language);
}
