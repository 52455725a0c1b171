import { extractQuantities } from '../text/quantities.js';
import { askingSentenceStart } from '../text/question-frame.js';
import { WH_WORD } from '../retrieve/question-intent.js';
import type { DocumentEntry, DocumentFormat } from '../corpus/manifest.js';

/**
 * Documents a question names by their kind — "the fact sheet", "its 2026 press release", "the
 * 2025-26 Budget slides", 「預算案簡報」, 「概況」, "the estimates" — resolved against the corpus
 * manifest: a document is of a kind when its `format` says so or its title holds the kind's word.
 * Next year's fact sheet or press release is named the same way, so questions that compare two
 * documents ("between the fact sheet and the press release") or ask one ("according to the fact
 * sheet") reach the documents meant. Pure: the manifest's entries come in.
 */

export interface DocumentMention {
  /** The words that name the document in the question ("2025 fact sheet"). */
  written: string;
  /** Where they start and end in the question (NFKC-normalised, as `namedDocuments` reads it). */
  at: number;
  end: number;
  /** The documents of that kind (and year, when one is written beside it), oldest first. */
  documents: DocumentEntry[];
  /** Named as the budget of a year ("the 2025-26 Budget"), not by a kind of document: a comparison between budgets is one across years, not between documents. */
  budgetOfYear?: boolean;
}

interface DocumentKind {
  /** The budget named by its year: its documents answer, but a comparison of budgets is across years. */
  budgetOfYear?: boolean;
  /** How a question names a document of this kind. */
  inQuestion: RegExp;
  /** The manifest format of this kind, and the words of a title that make a document of it. */
  format: DocumentFormat;
  inTitle: RegExp;
}

/**
 * The kinds of document the government and its bodies publish on each budget. "Estimates" is named
 * only as a document ("the estimates", "the estimates report"): "the 2025-26 estimate for X" asks a
 * column of its tables, and "revised estimates" is a kind of figure.
 */
/** The title words of a budget's slides ("2025-26 Budget: Major initiatives", 「…簡報」). */
const SLIDES_TITLE = /\bslides?\b|\binitiatives\b|簡報|简报/iu;

const DOCUMENT_KINDS: readonly DocumentKind[] = [
  { format: 'bilingual-slides', inQuestion: /\b(?:budget )?(?:slides?|slide ?deck|presentation)\b|(?:預算案?|预算案?)?(?:簡報|简报|投影片)/giu, inTitle: SLIDES_TITLE },
  // The budget itself named with its year ("the 2025-26 Budget", 「2025-26年度財政預算案」): its slides.
  {
    format: 'bilingual-slides',
    budgetOfYear: true,
    inQuestion: /(?<=(?:19|20)\d{2}(?:\s?[-/–]\s?\d{2})?\s?(?:年度|年)?\s?)(?:(?:財政|财政)?(?:預算案|预算案)|budget)(?!(?:'s)?\s*(?:slides?|slide ?deck|presentation|year|簡報|简报|投影片))/giu,
    inTitle: SLIDES_TITLE,
  },
  { format: 'fact-sheet', inQuestion: /\bfacts? ?sheets?\b|\bthe facts\b|概況|概况/giu, inTitle: /\bfacts?\b|\bfact ?sheet\b|概況|概况/iu },
  {
    format: 'estimates-report',
    inQuestion: /\b(?<!revised |original |approved |draft )estimates(?: report| book| document)?\b(?! for\b)|\bcontrolling officer'?s report\b|管制人員報告|管制人员报告|開支預算|开支预算/giu,
    inTitle: /\bestimates\b|\bcontrolling officer|開支預算|开支预算|管制人員報告|總目|总目/iu,
  },
  // … and "the February 2026 release": a release named by its year ("statement" may name a speech next year).
  { format: 'press-release', inQuestion: /\b(?:press|news|media) (?:releases?|statements?)\b|(?<=\b(?:19|20)\d{2}\s?)release\b|新聞稿|新闻稿/giu, inTitle: /\b(?:press|news|media) release\b|新聞稿|新闻稿/iu },
];

/** A year written just before the kind's words ("the 2025 fact sheet", "2025-26 Budget slides", 「2025-26年度預算案簡報」). */
const YEAR_BEFORE = /(?:((?:19|20)\d{2})(?:\s?[-/–]\s?(\d{2}))?\s?(?:年度?)?\s?(?:budget(?:'s)?|預算案|预算案)?\s*(?:'s)?\s*)$/iu;
/** A year just after ("the fact sheet (2025)", 「概況（2025）」). */
const YEAR_AFTER = /^\s*[(（]\s*((?:19|20)\d{2})(?:\s?[-/–]\s?(\d{2}))?\s*[)）]/u;

function isOfKind(document: DocumentEntry, kind: DocumentKind): boolean {
  let kinds = KINDS_OF_DOCUMENT.get(document);
  if (!kinds) KINDS_OF_DOCUMENT.set(document, (kinds = DOCUMENT_KINDS.map((candidate) => isOfKindUncached(document, candidate))));
  return kinds[DOCUMENT_KINDS.indexOf(kind)]!;
}

/**
 * Whether each document is of each kind, worked out once per document entry (a question that names a
 * kind tested every document's titles, several times per question; at fifty times the corpus, 250 documents).
 */
const KINDS_OF_DOCUMENT = new WeakMap<DocumentEntry, boolean[]>();

function isOfKindUncached(document: DocumentEntry, kind: DocumentKind): boolean {
  return document.format === kind.format || kind.inTitle.test(document.title.en) || kind.inTitle.test(document.title.zh);
}

/** Whether a document is of a kind: its manifest format says so, or its title holds the kind's word (a document added without a format). */
export function isDocumentOfFormat(document: DocumentEntry, format: DocumentFormat): boolean {
  const kind = DOCUMENT_KINDS.find((candidate) => candidate.format === format);
  return kind !== undefined && isOfKind(document, kind);
}

/** Whether a document belongs to a year written as 2025 (its date or budget year) or 2025-26 (its budget year). */
function isOfYear(document: DocumentEntry, year: string, fiscalEnd: string | undefined): boolean {
  if (fiscalEnd) return document.budgetYear === `${year}-${fiscalEnd.slice(-2)}`;
  return document.date.startsWith(year) || document.budgetYear.startsWith(year);
}

/** Every document the question names by its kind, in the order the question names them. */
export function namedDocuments(question: string, documents: Iterable<DocumentEntry>): DocumentMention[] {
  const text = question.normalize('NFKC');
  // Most questions name no document: the manifest's documents are read only for a kind the question names.
  let all: DocumentEntry[] | undefined;
  const mentions: DocumentMention[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const matches = [...text.matchAll(kind.inQuestion)];
    if (matches.length === 0) continue;
    all ??= [...documents];
    // Those of the kind, oldest first (sorted after filtering: a stable sort gives the same order, of fewer).
    const ofKind = all.filter((document) => isOfKind(document, kind)).sort((a, b) => a.date.localeCompare(b.date));
    if (ofKind.length === 0) continue;
    for (const match of matches) {
      let at = match.index ?? 0;
      let end = at + match[0].length;
      let ofYear = ofKind;
      const before = YEAR_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
      const after = YEAR_AFTER.exec(text.slice(end));
      const year = before?.[1] ? before : after?.[1] ? after : undefined;
      if (year) {
        const dated = ofKind.filter((document) => isOfYear(document, year[1]!, year[2]));
        // A year no document of this kind has leaves the mention to the year rules (YEAR_NOT_COVERED).
        if (dated.length === 0) continue;
        ofYear = dated;
        if (year === before) at -= before[0].length;
        else end += after![0].length;
      }
      mentions.push({ written: text.slice(at, end).trim(), at, end, documents: ofYear, ...(kind.budgetOfYear ? { budgetOfYear: true } : {}) });
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}

export interface PremiseQuestion {
  /** The documents the asking sentence names: the question is asked of them. */
  documents: DocumentEntry[];
  /** The question as retrieval should read it: without the words that name documents, and without the premise's figures (they are what the other document said). */
  asked: string;
}

/**
 * Premise questions, a kind of question people write when they have read one document and ask about
 * another: "The 2025 fact sheet said over 1,600 companies. How many does its 2026 press release
 * say?". Undefined unless the asking sentence (the last one) names documents and an earlier sentence
 * names others (a document named in passing does not restrict a question).
 */
export function premiseQuestion(question: string, mentions: readonly DocumentMention[]): PremiseQuestion | undefined {
  const text = question.normalize('NFKC');
  const askingStarts = askingSentenceStart(text) || askingClauseStart(text, mentions);
  if (askingStarts === 0) return undefined;
  const asked = mentions.filter((mention) => mention.at >= askingStarts).flatMap((mention) => mention.documents);
  const premise = mentions.filter((mention) => mention.at < askingStarts).flatMap((mention) => mention.documents);
  if (asked.length === 0 || premise.length === 0 || premise.every((document) => asked.includes(document))) return undefined;
  const premiseText = withoutMentions(text.slice(0, askingStarts), mentions.filter((mention) => mention.at < askingStarts));
  const premiseWithoutFigures = stripFigures(premiseText);
  const askingMentions = mentions.filter((mention) => mention.at >= askingStarts).map((mention) => ({ ...mention, at: mention.at - askingStarts, end: mention.end - askingStarts }));
  return { documents: [...new Set(asked)], asked: `${premiseWithoutFigures} ${withoutMentions(text.slice(askingStarts), askingMentions)}`.trim() };
}

/**
 * In a one-sentence question, where the clause that names the last document starts, when an earlier
 * clause names another: 「2024-25年度預算案已提出X，到2025-26年度預算案時，推出時間表為何？」,
 * "X was announced in the 2024-25 Budget, but when does the 2025-26 Budget say it launches?". 0 otherwise.
 */
function askingClauseStart(text: string, mentions: readonly DocumentMention[]): number {
  if (mentions.length < 2) return 0;
  const last = Math.max(...mentions.map((mention) => mention.at));
  let start = 0;
  for (const clauseBreak of text.slice(0, last).matchAll(CLAUSE_BREAK)) start = (clauseBreak.index ?? 0) + clauseBreak[0].length;
  // The premise states, the asking clause asks: a question word before the break asks there ("How many firms does the press release say, against the fact sheet?").
  const asks = (clause: string) => WH_WORD.test(clause) || HOW_IS_IT.test(clause);
  if (!mentions.some((mention) => mention.end <= start) || asks(text.slice(0, start)) || !asks(text.slice(start))) return 0;
  return start;
}

/** 「進展如何」「點樣」: how a thing stands, asked without another question word. */
const HOW_IS_IT = /如何|點樣|点样|怎麼樣|怎么样|怎樣|怎样/u;

/** Clause breaks: commas, semicolons, colons, and a dash between spaces (" - ", " — "), as casual writing breaks clauses. */
const CLAUSE_BREAK = /[，,；;：:]\s*|\s[-–—]\s+/gu;

/** The text without its money amounts, counts and percentages (a premise's figures are not the ones asked). */
function stripFigures(text: string): string {
  let out = '';
  let from = 0;
  for (const quantity of extractQuantities(text)) {
    if (quantity.kind !== 'money' && quantity.kind !== 'number' && quantity.kind !== 'percent') continue;
    out += text.slice(from, quantity.start);
    from = quantity.end;
  }
  return `${out}${text.slice(from)}`.replace(/\s+/g, ' ');
}

/** The question without the words that name documents: what is asked of each of them. */
export function withoutMentions(question: string, mentions: readonly DocumentMention[]): string {
  const text = question.normalize('NFKC');
  let out = '';
  let from = 0;
  for (const mention of [...mentions].sort((a, b) => a.at - b.at)) {
    out += `${text.slice(from, mention.at)} `;
    from = mention.end;
  }
  return `${out}${text.slice(from)}`.replace(/\s+/g, ' ').trim();
}
