import type { DocumentEntry, Language } from '../corpus/manifest.js';
import type { LoadedIndex } from '../index/load-index.js';
import { extractQuantities } from '../text/quantities.js';
import { foldForMatch } from '../text/normalise.js';
import type { Citation } from './answer-contract.js';
import { ENGLISH_MONTHS } from '../text/quantities.js';
import { inScript, titleFor } from './extractive-answer.js';
import { toCitation } from './extractive-answer.js';

/**
 * Questions about a document itself — "What date is on the 2025-26 budget slides?", 「《創新及科技概況》
 * 是何時更新的？」 — are answered from the manifest: the document the question names by its title, and
 * its date. Any document added to the corpus is covered; its passages may not state their own date.
 */

/** Words asking when a document was dated, published or updated. */
const ASKS_DOCUMENT_DATE = /\b(?:dated?|published|issued|released|updated)\b|\bdate (?:is )?on\b|發表|发表|發佈|发布|發布|更新|出版|刊發|刊发|日期/i;
/**
 * Words of an event a question dates — opening, launching, applying, completing, taking place — and the future:
 * "On what date will the X Scheme open for applications?" asks when the scheme opens, not when a document
 * whose title words it shares was dated.
 */
const ASKS_EVENT_DATE = /\b(?:will|open(?:s|ed|ing)?|launch(?:es|ed|ing)?|start(?:s|ed|ing)?|begin(?:s|ning)?|began|complet(?:e|es|ed|ion)|clos(?:e|es|ed|ing)|appl(?:y|ies|ied|ications?)|held|take place|commenc(?:e|es|ed)|operat(?:e|es|ed|ing|ion))\b|開放|开放|推出|啟用|启用|開幕|开幕|申請|申请|舉行|举行|落成|投入運作|投入运作|開始|开始|開展|开展|完成/i;
/** Share of a title's words the question must hold to name that document. */
export const TITLE_WORDS_NEEDED = 0.5;

const WORD = /[a-z0-9][a-z0-9&+-]*|[\u4e00-\u9fff]{2,}/g;
const MINOR = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'under', 'budget', 'hong', 'kong']);

/** A document's title as documentNamed matches it: its Chinese title folded and compacted, its English title's words. */
interface TitleForms {
  zh: string;
  words: string[];
}

/** Worked out once per document (every question that asks a document's date compares every document's title). */
const titleFormsOf = new WeakMap<DocumentEntry, TitleForms>();

function titleForms(document: DocumentEntry): TitleForms {
  let forms = titleFormsOf.get(document);
  if (!forms) {
    const english = foldForMatch(document.title.en).match(WORD) ?? [];
    forms = { zh: foldForMatch(document.title.zh).replace(/[\s《》「」]/g, ''), words: english.filter((word) => !MINOR.has(word)) };
    titleFormsOf.set(document, forms);
  }
  return forms;
}

/** The document a question names by its title (its English words, or its Chinese title written out), if exactly one does. */
export function documentNamed(question: string, documents: Iterable<DocumentEntry>): DocumentEntry | undefined {
  const folded = foldForMatch(question);
  const compact = folded.replace(/[\s《》「」]/g, '');
  const askedYears = extractQuantities(question.normalize('NFKC')).filter((q) => q.kind === 'fiscal-year').map((q) => q.label!);
  const scored = [...documents]
    .filter((document) => askedYears.length === 0 || askedYears.includes(document.budgetYear))
    .map((document) => {
      const { zh, words } = titleForms(document);
      if (zh.length >= 4 && compact.includes(zh)) return { document, share: 1 };
      const held = words.filter((word) => folded.includes(word)).length;
      return { document, share: words.length ? held / words.length : 0 };
    })
    .filter(({ share }) => share >= TITLE_WORDS_NEEDED)
    .sort((a, b) => b.share - a.share);
  if (scored.length === 0 || (scored[1] && scored[1].share === scored[0]!.share)) return undefined;
  return scored[0]!.document;
}

/**
 * A publication the question names by its title — 《香港創新科技發展藍圖》, "the Hong Kong I&T
 * Development Blueprint", "the Policy Address" — that is not the document whose title words it
 * shares: "When was the Blueprint published?" asks the Blueprint's date, which the documents may
 * state, not the date of the fact sheet that cites it.
 */
const PUBLICATION_TITLE = /《([^》]+)》|\b((?:[A-Z][\w&'’-]{0,30}\s+){0,6}(?:Blueprint|Plan|Strategy|Outline|Policy Address|White Paper|Green Paper|Roadmap|Framework|Yearbook))\b/g;

export function namesAnotherPublication(question: string, document: DocumentEntry): boolean {
  const titles = [document.title.en, document.title.zh].map((title) => foldForMatch(title).replace(/[\s《》「」]/g, ''));
  return [...question.matchAll(PUBLICATION_TITLE)].some((match) => {
    const name = foldForMatch(match[1] ?? match[2]!).replace(/[\s《》「」]/g, '');
    return !titles.some((title) => title.includes(name) || name.includes(title));
  });
}

/** Whether a question asks when a document was dated, published or updated (and not when an event it names happens). */
export function asksDocumentDate(question: string): boolean {
  return ASKS_DOCUMENT_DATE.test(question) && !ASKS_EVENT_DATE.test(question);
}

/** "What date is on X?": the date of the document the question names, cited to its first passage; undefined for any other question (one dating an event). */
export function answerDocumentDate(question: string, index: LoadedIndex, language: Language): { answer: string; citations: Citation[] } | undefined {
  if (!asksDocumentDate(question)) return undefined;
  const document = documentNamed(question, index.documents.values());
  if (!document || namesAnotherPublication(question, document)) return undefined;
  const first = index.chunks.find((chunk) => chunk.docId === document.id);
  if (!first) return undefined;
  const citation = toCitation({ chunk: first, document, score: 1, coverage: 1 }, 1, language);
  const title = titleFor(document, language);
  const date = formatDate(document.date, language);
  const answer =
    language === 'en'
      ? `${date} [1]. ${title} is dated ${date} (budget year ${document.budgetYear}).`
      : inScript(`${date} [1]。《${title}》的日期為 ${date}（${document.budgetYear} 年度）。`, language);
  return { answer, citations: [citation] };
}


function formatDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number | undefined];
  if (language === 'en') return day ? `${day} ${ENGLISH_MONTHS[month - 1]} ${year}` : `${ENGLISH_MONTHS[month - 1]} ${year}`;
  return day ? `${year}年${month}月${day}日` : `${year}年${month}月`;
}
