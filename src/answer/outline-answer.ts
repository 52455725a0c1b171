import type { Language } from '../corpus/manifest.js';
import type { LoadedIndex } from '../index/load-index.js';
import type { Citation } from './answer-contract.js';
import { namedDocuments } from './document-reference.js';
import { inScript, messagesFor, titleFor, toCitation } from './extractive-answer.js';

/**
 * "What are the main areas of the 2024-25 budget measures?", 「2025-26年度預算案的重點措施分為哪幾個方向？」:
 * a question about how a document is organised is answered by its numbered top-level parts ("1. …",
 * "2. …"), in order, each cited to the first passage under it. Budget decks, reports and releases
 * number their parts whatever their format; a document that does not is left to the other answerers,
 * as is a question that names no document, or more than one.
 */

/** A question asking the parts a document's measures fall in: areas, directions, themes, pillars, 方向, 範疇, 領域. */
const ASKS_PARTS =
  /\b(?:what|which|list|name)\b[^?]{0,40}\b(?:areas|directions|themes|pillars|focus areas|key areas|strands)\b|(?:分為|分为|分成|分做|包括|有)(?:哪|邊|边|幾|几|甚麼|什麼|什么)[幾几個个大項项一二兩两三四五六七八九十\d]{0,3}(?:重點|重点|主要|核心|關鍵|关键)?(?:方向|範疇|范畴|領域|领域|主題|主题|板塊|板块|方面)|(?:哪|邊|边|幾|几)[幾几一二兩两三四五六七八九十\d]?(?:個|个|大|項|项)(?:重點|重点|主要|核心|關鍵|关键)?(?:方向|範疇|范畴|領域|领域|主題|主题|板塊|板块|方面)/i;

/** A top-level part as documents number it: "1. …", 「1.…」, "2、…". */
const NUMBERED_PART = /^\s*(\d{1,2})\s*[.、．]\s*\S/;

/** The fewest numbered parts that make an outline (one part is no division). */
const MIN_PARTS = 2;

export function answerOutline(question: string, index: LoadedIndex, language: Language): { answer: string; citations: Citation[] } | undefined {
  const normalised = question.normalize('NFKC');
  if (!ASKS_PARTS.test(normalised)) return undefined;
  const named = [...new Set(namedDocuments(normalised, index.documents.values()).flatMap((mention) => mention.documents))];
  if (named.length !== 1) return undefined;
  const document = named[0]!;
  const prefer = language === 'en' ? 'en' : 'zh';
  // Each numbered part once, in the document's order, with the first passage under it.
  const parts = new Map<string, { label: string; chunk: LoadedIndex['chunks'][number] }>();
  for (const chunk of index.chunks) {
    if (chunk.docId !== document.id) continue;
    // (A document in one language has its headings in that language only.)
    const top = chunk.section.zh[0] ?? chunk.section.en[0];
    const number = top ? NUMBERED_PART.exec(top)?.[1] : undefined;
    if (!number || parts.has(number)) continue;
    const label = (prefer === 'en' ? chunk.section.en[0] : chunk.section.zh[0]) ?? top!;
    parts.set(number, { label: label.replace(/^\s*\d{1,2}\s*[.、．]\s*/, ''), chunk });
  }
  if (parts.size < MIN_PARTS) return undefined;
  const listed = [...parts.values()];
  const citations = listed.map(({ chunk }, i) => toCitation({ chunk, document, score: 1, coverage: 1 }, i + 1, language));
  const source = messagesFor(language).source(titleFor(document, language), document.date, document.budgetYear);
  if (language === 'en') {
    const items = listed.map(({ label }, i) => `${i + 1}. ${label} [${i + 1}]`).join('; ');
    return { answer: `${source} sets out its measures in ${listed.length} parts: ${items}.`, citations };
  }
  const items = listed.map(({ label }, i) => `${i + 1}. ${label} [${i + 1}]`).join('；');
  return { answer: inScript(`${source}的措施分為 ${listed.length} 個部分：${items}。`, language), citations };
}
