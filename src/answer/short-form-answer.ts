import type { Language } from '../corpus/manifest.js';
import type { LoadedIndex } from '../index/load-index.js';
import { corpusShortForms } from '../index/short-forms-file.js';
import type { ShortForms } from '../text/short-forms.js';
import type { Citation } from './answer-contract.js';
import { citedLookupAnswer, splitSentences } from './extractive-answer.js';

/**
 * "What does HSITP stand for?", 「教資會是甚麼的簡稱？」: a short form the documents define in passing
 * ("Hong Kong-Shenzhen I&T Park (HSITP)") is answered with its full name, cited to the passage that
 * defines it. The short forms are the ones learned from the corpus when the index was built
 * (src/text/short-forms.ts), so next year's documents answer for their own; any other question, or a
 * short form no document defines, is left to the other answerers.
 */

/** The short form a question asks to spell out, as written, or undefined for any other question. */
export function askedShortForm(question: string): string | undefined {
  const normalised = question.normalize('NFKC').trim().replace(/\bwhat['’]s\b/gi, 'what is');
  const english =
    /\bwhat (?:does|do|did) (?:the )?(?:abbreviation |acronym |short form )?["“'‘]?([\w&+.'’-]{2,24}?)["”'’]? (?:stand for|mean|refer to)\b/i.exec(normalised) ??
    /\b(?:full (?:name|form)|long form) (?:of|for) (?:the )?["“'‘]?([\w&+.'’-]{2,24}?)["”'’]?\s*[?？.]?$/i.exec(normalised) ??
    /\bwhat is (?:the )?["“'‘]?([\w&+.'’-]{2,24}?)["”'’]? (?:short|an abbreviation|an acronym) for\b/i.exec(normalised);
  if (english) return english[1];
  const chinese =
    /[「『“"]?([\u4e00-\u9fffA-Za-z&+]{2,12}?)[」』”"]?\s*(?:是|係|系|即|指)?\s*(?:甚麼|什麼|什么|咩|乜嘢?|邊個|边个|哪個|哪个)?\s*(?:的|嘅)?\s*(?:簡稱|简称|縮寫|缩写)/.exec(normalised) ??
    /[「『“"]?([\u4e00-\u9fffA-Za-z&+]{2,12}?)[」』”"]?\s*(?:的|嘅)?\s*(?:全稱|全称|全名)/.exec(normalised);
  return chinese?.[1];
}

/** The full name a learned short form stands for (exact, then ignoring case), with the short form as the documents write it. */
export function fullNameOf(asked: string, forms: ShortForms): { short: string; full: string } | undefined {
  const exact = forms.get(asked);
  if (exact) return { short: asked, full: exact };
  const lower = asked.toLowerCase();
  for (const [short, full] of forms) if (short.toLowerCase() === lower) return { short, full };
  return undefined;
}

/** An index built before short forms were stored learns them from its passages, once per index. */
const learnedShortForms = new WeakMap<LoadedIndex['chunks'], ShortForms>();

function shortFormsOf(index: LoadedIndex): ShortForms {
  if (index.shortForms) return index.shortForms;
  let forms = learnedShortForms.get(index.chunks);
  if (!forms) learnedShortForms.set(index.chunks, (forms = corpusShortForms(index.chunks)));
  return forms;
}

/** The answer to "what does X stand for?" from the index's learned short forms, or undefined. */
export function answerShortForm(question: string, index: LoadedIndex, language: Language): { answer: string; citations: Citation[] } | undefined {
  const asked = askedShortForm(question);
  if (!asked) return undefined;
  const found = fullNameOf(asked, shortFormsOf(index));
  if (!found) return undefined;
  // The passage that defines it: one of its texts holds the full name with the short form after it.
  const definesIt = (text: string) => {
    const plain = text.replace(/\*\*/g, '');
    const at = plain.indexOf(found.full);
    return at >= 0 && plain.indexOf(found.short, at + found.full.length) >= 0;
  };
  const defining = index.chunks.find((chunk) => chunk.texts.some((text) => definesIt(text.text)));
  const document = defining && index.documents.get(defining.docId);
  if (!defining || !document) return undefined;
  const text = defining.texts.find((candidate) => definesIt(candidate.text))!;
  const plain = text.text.replace(/\*\*/g, '');
  const sentence = splitSentences(plain).find((part) => part.includes(found.full)) ?? plain;
  return citedLookupAnswer({ en: `${found.short} stands for ${found.full}`, zh: `${found.short}是${found.full}的簡稱` }, sentence, defining, document, language);
}
