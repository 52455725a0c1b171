import { searchableText, type Chunk } from '../chunk/chunk.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { ESTIMATES_GLOSSARY } from '../text/estimates-glossary.js';
import { programmeNumbers } from '../text/programme-numbers.js';
import { columnKindOf, UNIT_SCALE, type ColumnKind, type TableCell, type TableColumn, type TableRowData } from '../chunk/table.js';
import type { DocumentEntry, Language } from '../corpus/manifest.js';
import { analyzeQuestion } from '../retrieve/question-intent.js';
import { BIGRAM_PREFIX } from '../text/analyze.js';
import { namedSubjects } from '../text/named-subjects.js';
import { foldForMatch, hasCjkChar, toSimplified } from '../text/normalise.js';
import { extractQuantities, fiscalYearLabel, formatEnUs, formatMoneyChinese, formatMoneyEnglish } from '../text/quantities.js';
import type { SearchText } from '../text/search-text.js';
import type { Citation } from './answer-contract.js';
import { splitSentences, toCitation } from './extractive-answer.js';
import { answerPosts, ASKS_SAME, readPosts, type PostsBook } from './posts-answer.js';
import { statedAmount } from './stated-amount.js';
import { Memo } from '../text/memo.js';
import { phrasesWithin } from '../text/phrase-finder.js';

/**
 * Table questions answered by lookup in the cells the estimates parser keeps (`chunk.table`):
 * the row from the question's words (bridged between English and Chinese as everywhere else), the
 * column from its year and kind words, the figure in both notations with its unit, citing the
 * table row's passage. Changes use what the document states (the percentage under a figure, the
 * note below the table, the "較…增加…主要由於…" sentences), else are computed from two cells and
 * say so. A year, row or column the table does not have is declined with its reason, never
 * answered from the nearest cell. Pure: the same question and index give the same answer.
 */

export type TableDeclineReason = 'YEAR_NOT_COVERED' | 'ROW_NOT_FOUND' | 'COLUMN_NOT_FOUND';

export interface TableAnswer {
  language: Language;
  answer: string;
  abstained: boolean;
  answerType: string;
  citations: Citation[];
  related: Citation[];
  /** Why a table question was declined. */
  reason?: TableDeclineReason;
}

/** What the table module reads from an index. */
export interface TableSource {
  chunks: Chunk[];
  documents: Map<string, DocumentEntry>;
  searchText: SearchText;
}

// ---------------------------------------------------------------------------------------------
// The book: every table row of the index, grouped into logical rows, and the stated changes.

interface RowRef {
  chunk: Chunk;
  document: DocumentEntry;
  data: TableRowData;
}

interface LogicalRow {
  key: string;
  refs: RowRef[];
  /** What the row is about, as the document names it. */
  name: string;
  /** The name's own search terms (folded words), for matching. */
  terms: string[];
  /** The name's terminology translations (English terms), for matching an English question. */
  phraseTargets: string[];
  /** Other names of the same thing in the terminology (folded): 科技統籌 for 科技統籌(整體撥款). */
  aliases: string[];
  /** English names of the row from the Estimates' own glossary (lower case): "operational expenses". */
  glossary: string[];
  /** Words the document uses about the row where it states its provision ("薪金" in "所需的薪金及開支預算為…"). */
  context: Set<string>;
  total?: 'sub' | 'grand';
}

interface StatedChange {
  chunk: Chunk;
  document: DocumentEntry;
  key: string;
  /** The sentence that states it. */
  sentence: string;
  toYear: string;
  from: { year: string; kind: ColumnKind };
  direction: 1 | -1;
  /** HK dollars. */
  amount?: number;
  percent?: number;
  reason?: string;
  /** The provision the sentence states before the change ("預算為 269,731,000 元，較…"), HK dollars. */
  level?: number;
}

interface Book {
  /** The latest budget year of the documents with tables: what "this year" means. */
  latestYear: string;
  rows: LogicalRow[];
  /** TABLE_VOCABULARY as search terms. */
  vocabulary: Set<string>;
  changes: StatedChange[];
  idf: Map<string, number>;
  /** Names of the heads the tables belong to (the bureau), which name no row. */
  headNames: string[];
  /** The total row of the table whose rows are programmes ("programme:") or sub-heads ("code:"). */
  familyTotals: Map<string, LogicalRow[]>;
  /**
   * The passages (not table rows) of a table's document that write a figure of its tables in their
   * text ("所需的薪金及開支預算為 269,731,000 元"), by document and HK dollars: they state the cell too.
   */
  statedFigures: Map<string, Array<{ chunk: Chunk; document: DocumentEntry }>>;
  /** Numbers of posts the reports with tables state in words (no table holds them). */
  posts: PostsBook;
  /** What the sentences on posts write, with the words of posts (POSTS_VOCABULARY): what a count of posts may be qualified by. */
  postsSaid: WordsSaid;
  /** The numbers of the heads of expenditure the tables are ("135"), from their documents' titles. */
  headNumbers: Set<string>;
  /** The documents that hold tables (the Estimates' reports). */
  tableDocuments: Set<string>;
}

/** A figure written with fewer significant digits than this (60,000千元 = 60,000,000 元) may be another figure's round number. */
const MIN_STATED_DIGITS = 3;

function significantDigits(dollars: number): number {
  return String(Math.round(Math.abs(dollars))).replace(/0+$/, '').length;
}

function statedFigureKey(documentId: string, dollars: number): string {
  return `${documentId}\u0000${Math.round(dollars)}`;
}

/** Glossary English names of a row's name: 經常開支總額 → "recurrent expenditure", … */
function glossaryNames(name: string): string[] {
  const base = toSimplified(name.normalize('NFKC')).replace(/\s+/g, '').replace(/(?:总额|合计)$/, '');
  return ESTIMATES_GLOSSARY.filter(([zh]) => toSimplified(zh) === base).flatMap(([, english]) => english);
}

/** A standard row name of the layout the question writes (in either language) that no row of the tables is. */
/** Each book's printed row names (absentStandardRow), found once per book: a pass over every row of every table, per question otherwise. */
const printedNames = new WeakMap<Book, Set<string>>();

function absentStandardRow(question: string, book: Book): { zh: string; en: string } | undefined {
  const folded = toSimplified(question.normalize('NFKC')).replace(/\s+/g, '');
  // Every name a row is printed under: a programme table's rows are its 財政撥款 (financial provision).
  let present = printedNames.get(book);
  if (!present) {
    present = new Set(book.rows.flatMap((row) => [row.name, ...row.refs.map((ref) => ref.data.name)]).map((name) => toSimplified(name.normalize('NFKC')).replace(/\s+/g, '').replace(/(?:总额|合计)$/, '')));
    printedNames.set(book, present);
  }
  for (const [zh, english] of ESTIMATES_GLOSSARY) {
    const base = toSimplified(zh);
    if (present.has(base) || base === '开支') continue;
    // Not inside a longer standard name the tables do have ("非經常開支" holds "經常開支").
    // … nor negated by 非 (非首長級職位, non-directorate posts, is not 首長級職位).
    const inChinese = new RegExp(`(?<!非)${escapeRegExp(base)}`).test(folded) && ![...present].some((name) => name.length > base.length && name.includes(base) && folded.includes(name));
    const inEnglish = english.find((phrase) => glossaryPattern(phrase).test(question));
    if (inChinese || inEnglish) return { zh, en: inEnglish ?? english[0]! };
  }
  return undefined;
}

/**
 * The standard items a sub-head's provision is analysed into in every Controlling Officer's Report
 * (its 財政撥款分析: personal emoluments' allowances, provident fund contributions, general
 * departmental expenses), which these tables print no row of: a part of a row. (Salaries are left
 * out: 薪金及開支, "salaries and expenses", is how the report speaks of the head's whole provision.)
 */
const BREAKDOWN_ITEMS: Array<[string, string[]]> = [
  ['與職位有關的津貼', ['job-related allowances', 'job related allowances']],
  ['津貼', ['allowances', 'allowance']],
  ['強制性公積金供款', ['mandatory provident fund contributions', 'mandatory provident fund contribution', 'mpf contributions', 'mpf contribution']],
  ['公務員公積金供款', ['civil service provident fund contributions', 'civil service provident fund contribution']],
  ['一般部門開支', ['general departmental expenses']],
];

/** A standard item of a sub-head's analysis the question names (in either language) that no row of the tables is printed under. */
function breakdownItem(question: string, book: Book): { zh: string; en: string } | undefined {
  const folded = toSimplified(question.normalize('NFKC')).replace(/\s+/g, '');
  absentStandardRow('', book);
  const present = printedNames.get(book)!;
  for (const [zh, english] of BREAKDOWN_ITEMS) {
    const base = toSimplified(zh);
    if (present.has(base)) continue;
    const inEnglish = english.find((phrase) => glossaryPattern(phrase).test(question));
    if (folded.includes(base) || inEnglish) return { zh, en: inEnglish ?? english[0]! };
  }
  return undefined;
}

/** "Head 135", "總目 47": a head of expenditure by its number (not a sub-head). */
/** Words for "the bureau" (or department) a report's head is, when the tables are of one head. */
const HEAD_WORDS = ['the bureau', 'this bureau', 'the department', 'this department', '該局', '该局', '本局', '全局', '成個局', '成个局', '整個局', '整个局', '個局', '个局', '局方'];
const HEAD_NUMBER = /(?<!sub-?)(?:\bhead|總目|总目)\s*(?:no\.?\s*)?(\d{1,3})(?!\d)/gi;

const books = new WeakMap<Chunk[], Book>();

function rowKey(data: TableRowData): string {
  if (data.code) return `code:${data.code}`;
  if (data.programme && !data.total) return `programme:${data.programme}`;
  return `name:${foldForMatch(data.name).replace(/\s+/g, '')}`;
}

function rowName(data: TableRowData): string {
  return data.programmeName ?? data.name;
}

function ownTerms(searchText: SearchText, text: string): string[] {
  return [...new Set(searchText.analyzer.analyze(text).map((term) => term.term).filter((term) => !term.startsWith(BIGRAM_PREFIX) && !/^(?:n|y|fy|pct)\d/.test(term)))];
}

function buildBook(source: TableSource): Book {
  const { searchText } = source;
  const byKey = new Map<string, LogicalRow>();
  const tableDocs = new Set<string>();
  for (const chunk of source.chunks) {
    if (!chunk.table) continue;
    const document = source.documents.get(chunk.docId);
    if (!document) continue;
    tableDocs.add(document.id);
    const key = rowKey(chunk.table);
    let row = byKey.get(key);
    if (!row) {
      const name = rowName(chunk.table);
      // The row's English name: the terminology entry that names (most of) it.
      const foldedName = foldForMatch(name).replace(/\s+/g, '');
      const phrase = phrasesWithin(searchText.lexicon.data.zhPhrases, foldedName)
        .filter((entry) => entry.phrase.length * 3 >= foldedName.length * 2)
        .sort((a, b) => b.phrase.length - a.phrase.length)[0];
      const targetsKey = (targets: Array<[string, number]>) => targets.map(([term]) => term).join(' ');
      const aliases = phrase ? searchText.lexicon.data.zhPhrases.filter((entry) => targetsKey(entry.targets) === targetsKey(phrase.targets) && entry.phrase.length >= 3).map((entry) => entry.phrase) : [];
      row = { key, refs: [], name, terms: ownTerms(searchText, name), phraseTargets: (phrase?.targets ?? []).map(([term]) => term).filter((term) => !isCjk(term)), aliases, glossary: glossaryNames(name), context: new Set() };
      byKey.set(key, row);
    }
    row.refs.push({ chunk, document, data: chunk.table });
    if (chunk.table.total === 'grand') row.total = 'grand';
    else if (chunk.table.total && !row.total) row.total = 'sub';
  }
  const rows = [...byKey.values()];
  // A section's total (機器、設備及工程開支總額, 經常開支總額) is named by the section's heading
  // (機器、設備及工程, 經常開支), a line of the Estimates' layout that carries no figures itself.
  for (const row of rows) {
    if (!row.total) continue;
    const folded = foldForMatch(row.name).replace(/\s+/g, '');
    const section = [/(?:開支|开支)(?:總額|总额)$/, /(?:總額|总额)$/].map((suffix) => folded.replace(suffix, '')).find((rest) => rest !== folded && [...rest].length >= 4);
    if (section && !rows.some((other) => foldForMatch(other.name).replace(/\s+/g, '') === section) && !row.aliases.includes(section)) row.aliases.push(section);
  }
  // Rows in a programme's own table come first: they carry the printed percentages.
  for (const row of rows) row.refs.sort((a, b) => Number(Boolean(b.data.programmeName)) - Number(Boolean(a.data.programmeName)));
  const df = new Map<string, number>();
  for (const row of rows) for (const term of row.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map([...df].map(([term, count]) => [term, Math.log(1 + rows.length / count)]));

  const changes: StatedChange[] = [];
  const statedFigures = new Map<string, Array<{ chunk: Chunk; document: DocumentEntry }>>();
  const cellFigures = new Set(rows.flatMap((row) => row.refs.flatMap((ref) => ref.data.cells.filter((cell) => cell.value !== null).map((cell) => statedFigureKey(ref.document.id, cell.value! * UNIT_SCALE[ref.data.unit])))));
  for (const chunk of source.chunks) {
    if (chunk.table || !tableDocs.has(chunk.docId)) continue;
    const document = source.documents.get(chunk.docId)!;
    for (const text of chunk.texts) {
      changes.push(...statedChanges(text.text, chunk, document, rows));
      for (const quantity of extractQuantities(text.text.normalize('NFKC'))) {
        if (quantity.kind !== 'money' || significantDigits(quantity.value) < MIN_STATED_DIGITS) continue;
        const key = statedFigureKey(document.id, quantity.value);
        if (!cellFigures.has(key)) continue;
        const list = statedFigures.get(key) ?? [];
        if (!list.some((entry) => entry.chunk === chunk)) list.push({ chunk, document });
        statedFigures.set(key, list);
      }
    }
  }
  // The words of the sentence that states a row's provision describe that row, and every row that
  // holds the same figure (the programme table's total and the sub-head table's are one provision).
  for (const change of changes) {
    const before = change.sentence.split(/較|较/)[0]!;
    const described = rows.filter(
      (candidate) =>
        candidate.key === change.key ||
        (change.level !== undefined && candidate.refs.some((ref) => ref.document.id === change.document.id && ref.data.cells.some((cell) => cell.value !== null && Math.abs(cell.value * UNIT_SCALE[ref.data.unit] - change.level!) < 0.5))),
    );
    for (const row of described) for (const term of ownTerms(searchText, before)) row.context.add(term);
  }
  // Each family's total: the grand total of the table that lists its rows.
  const familyTotals = new Map<string, LogicalRow[]>();
  for (const family of ['programme:', 'code:']) {
    const tables = new Set(rows.filter((row) => row.key.startsWith(family)).flatMap((row) => row.refs.map((ref) => `${ref.document.id}\u0000${ref.data.caption}`)));
    familyTotals.set(family, rows.filter((row) => row.total === 'grand' && row.refs.some((ref) => tables.has(`${ref.document.id}\u0000${ref.data.caption}`))));
  }

  const headNames = new Set<string>();
  for (const id of tableDocs) {
    const title = source.documents.get(id)!.title.zh;
    const head = title.split(/[:：]/).at(-1)!.trim();
    if (!head) continue;
    headNames.add(head);
    for (const entity of searchText.lexicon.data.names ?? []) {
      if (entity.zh.some((name) => foldForMatch(name) === foldForMatch(head))) for (const name of [...entity.zh, ...entity.en]) headNames.add(name);
    }
  }
  // Tables of one head only: "the bureau", 該局 speak of that head.
  if (tableDocs.size === 1) for (const name of HEAD_WORDS) headNames.add(name);
  const vocabulary = new Set(searchText.analyzer.analyze(TABLE_VOCABULARY).map((term) => term.term));
  const latestYear = [...tableDocs].map((id) => source.documents.get(id)!.budgetYear).sort().at(-1) ?? '';
  // The sentences on posts are read the first time a question about posts asks for them (most never do).
  let posts: PostsBook | undefined;
  let postsSaid: WordsSaid | undefined;
  const headNumbers = new Set(
    [...tableDocs].flatMap((id) => {
      const { title } = source.documents.get(id)!;
      return [...`${title.en} ${title.zh}`.matchAll(HEAD_NUMBER)].map((match) => match[1]!);
    }),
  );
  return {
    latestYear,
    rows,
    vocabulary,
    changes,
    idf,
    headNames: [...headNames].sort((a, b) => b.length - a.length),
    familyTotals,
    statedFigures,
    get posts() {
      return (posts ??= readPosts(source.chunks, source.documents, tableDocs));
    },
    get postsSaid() {
      return (postsSaid ??= wordsSaid([POSTS_VOCABULARY, ...[...this.posts.levels, ...this.posts.changes].map((statement) => searchableText(statement.chunk))], searchText));
    },
    headNumbers,
    tableDocuments: tableDocs,
  };
}

function isCjk(text: string): boolean {
  return hasCjkChar(text);
}

const CHANGE_SENTENCE = /較(.{0,40}?)(增加|減少|减少|上升|下降)\s*/g;

/** "…撥款較二零二四至二五年度的修訂預算增加 140 萬元(6.1%)，主要由於…": changes a sentence states, linked to their row. */
function statedChanges(text: string, chunk: Chunk, document: DocumentEntry, rows: LogicalRow[]): StatedChange[] {
  const found: StatedChange[] = [];
  const normalised = text.normalize('NFKC');
  for (const match of normalised.matchAll(CHANGE_SENTENCE)) {
    const at = match.index!;
    // The sentence holding the change, and everything before it in the paragraph (which names the row).
    const sentenceStart = normalised.lastIndexOf('。', at) + 1;
    const sentenceEnd = normalised.indexOf('。', at);
    const sentence = normalised.slice(sentenceStart, sentenceEnd < 0 ? undefined : sentenceEnd + 1);
    const before = normalised.slice(0, at);
    const key = linkedRow(before, chunk, document, rows);
    if (!key) continue;
    const toYear =
      extractQuantities(normalised.slice(sentenceStart, at)).find((q) => q.kind === 'fiscal-year')?.label ??
      extractQuantities(before).find((q) => q.kind === 'fiscal-year')?.label ??
      document.budgetYear;
    const base = match[1]!;
    const fromYear = extractQuantities(base).find((q) => q.kind === 'fiscal-year')?.label;
    const kind = columnKindOf(base);
    if (!fromYear || !kind) continue;
    const after = normalised.slice(at + match[0].length, at + match[0].length + 40);
    const quantities = extractQuantities(after);
    const amount = quantities[0]?.kind === 'money' && quantities[0].start < 3 ? quantities[0] : undefined;
    const percent = quantities.find((q) => q.kind === 'percent' && (!amount || q.start - amount.end < 4));
    const reason = /主要由於|主要由于|主要是由於/.exec(normalised.slice(at, sentenceEnd < 0 ? undefined : sentenceEnd));
    const level = extractQuantities(normalised.slice(sentenceStart, at)).filter((q) => q.kind === 'money').at(-1)?.value;
    found.push({
      chunk,
      document,
      key,
      sentence: sentence.trim(),
      toYear,
      from: { year: fromYear, kind },
      direction: /減少|减少|下降/.test(match[2]!) ? -1 : 1,
      amount: amount?.value,
      percent: percent?.value,
      reason: reason ? normalised.slice(at + reason.index + reason[0].length, sentenceEnd < 0 ? undefined : sentenceEnd).trim() : undefined,
      level,
    });
  }
  return found;
}

/** The row a change sentence speaks of: a sub-head code it names, the programme its section is under, or a figure of the row it quotes. */
function linkedRow(before: string, chunk: Chunk, document: DocumentEntry, rows: LogicalRow[]): string | undefined {
  const code = [...before.matchAll(/(?:分目|sub-?head)\s*(\d{3})/gi)].at(-1)?.[1];
  if (code && rows.some((row) => row.key === `code:${code}`)) return `code:${code}`;
  const programme = /(?:綱領|纲领|programme)\s*[(（](\d+)[)）]/i.exec(chunk.section.zh.join(' '))?.[1];
  if (programme && rows.some((row) => row.key === `programme:${programme}`)) return `programme:${programme}`;
  const figures = extractQuantities(before).filter((q) => q.kind === 'money').map((q) => q.value);
  for (const figure of figures) {
    const row = rows.find((candidate) => candidate.refs.some((ref) => ref.document.id === document.id && ref.data.cells.some((cell) => cell.value !== null && Math.abs(cell.value * UNIT_SCALE[ref.data.unit] - figure) < 0.5)));
    if (row) return row.key;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The question: which rows, which columns, what is asked.

const KIND_CUES: Array<[ColumnKind, RegExp]> = [
  // "Actually" asks the actual column only of money spent ("how much was actually spent"), not as emphasis ("what is it actually used for?").
  ['actual', /actuals?\b|actually (?=(?:spent|spend|spending|cost|costed|pay|paid|expended|get|got|receive|received|use(?! for)|used(?! for)|went|came))|outturn|\bspent\b|\bexpended\b|\bend(?:ed|s)? up (?:spending|costing|using)\b|實際|实际|實數|实数|最終開支|最终开支|最後開支|最后开支|用咗|花了|花咗|用了|用去|花掉|用掉/gi],
  ['original', /original(?:ly)?|initial(?:ly)?|\bfirst(?=\s+(?:budget|estimat|plann|allocat|set\b|earmark|provid|put))|at first|to begin with|in the first place|at the start of the year|原來|原来|原本|原預算|原预算|原定|原先|最初|起初|當初|当初/gi],
  // (批准 of things counted, 「已批准了多少個研發項目」, is approving projects, not the approved estimate.)
  ['approved', /approved|核准|(?:批准|獲批|获批)(?!(?:了|咗)?\s*(?:多少|幾多|几多|[\d一二三四五六七八九十兩两]+)\s*[個个項项宗間间支份名所])/gi],
  ['revised', /revis(?:ed|ion)|(?:updated|latest)\s+(?:(?:fy)?\d{4}\s*[-/至]\s*\d{2,4}\s+)?(?:estimate|figure|forecast|projection|budget|provision)|\bamended\b|修訂|修订|修正|修改後|修改后|調整後|调整后|更新後|更新后|最新預算|最新预算/gi],
  ['estimate', /estimate[sd]?|budgeted|預算(?!案)|预算(?!案)/gi],
];

/** The kinds of figure a question names, in order; "original estimate" is an original, not also an estimate. */
function askedKinds(question: string): ColumnKind[] {
  let rest = question.normalize('NFKC');
  const found: Array<{ kind: ColumnKind; at: number }> = [];
  for (const [kind, cue] of KIND_CUES) {
    for (const match of rest.matchAll(cue)) {
      found.push({ kind, at: match.index! });
      // The word after an original/revised/approved ("estimate", 預算) belongs to it.
      const after = rest.slice(match.index! + match[0].length);
      const joined = /^\s*(?:(?:fy)?\d{4}\s*[-/至]\s*\d{2,4}\s*)?(?:estimates?|budget|預算|预算|expenditure|開支|开支)/i.exec(after);
      const end = match.index! + match[0].length + (kind !== 'estimate' && joined ? joined[0].length : 0);
      rest = rest.slice(0, match.index!) + ' '.repeat(end - match.index!) + rest.slice(end);
    }
  }
  const kinds = [...new Set(found.sort((a, b) => a.at - b.at).map((item) => item.kind))];
  // "will be spent", "plans to spend", "會用": spending to come is the estimate, not the actual.
  if (kinds.includes('actual') && !/actual|實際|实际/i.test(question) && /\bwill\b|going to|\bplan|expected to|to be spent|\bnext year|會用|会用|將會|将会|預計|预计|打算/i.test(question)) {
    return [...new Set(kinds.map((kind) => (kind === 'actual' ? 'estimate' : kind)))];
  }
  return kinds;
}

/**
 * The columns a question names by a year written against a kind of figure: "2024-25年度實際開支",
 * "the 2025-26 actual", "actual spending in 2024-25", "revised estimate for 2023-24", "actually cost
 * in 2024-25". A comparison or a passage's answer must not trade such a column for the nearest one
 * ("2024-25 實際開支比原來預算": the 2023-24 actual is not the 2024-25 one). The kind "estimate" is
 * left out: a year's "estimate" may be any of its estimates.
 */
export function boundColumns(question: string): Array<{ year: string; kind: ColumnKind }> {
  const text = question.normalize('NFKC');
  const year = String.raw`(?:fy\s*)?(\d{4})\s*[-/至到]\s*(\d{2,4})(?!\d)`;
  const kindOf = (word: string): ColumnKind | undefined => {
    for (const [kind, cue] of KIND_CUES) {
      if (kind === 'estimate') continue;
      cue.lastIndex = 0;
      const hit = cue.exec(word);
      cue.lastIndex = 0;
      if (hit && hit.index === 0) return kind;
    }
    return undefined;
  };
  const yearOf = (start: string, end: string) => `${start}-${end.slice(-2)}`;
  const found: Array<{ year: string; kind: ColumnKind }> = [];
  // The year, then the kind: "2024-25年度實際開支", "2024-25 actual", "the 2024-25 revised estimate".
  for (const match of text.matchAll(new RegExp(`${year}\\s*(?:年度|年)?\\s*(?:的|嘅|之)?\\s*([a-z]+|[\\u4e00-\\u9fff]{2,4})`, 'gi'))) {
    const kind = kindOf(match[3]!);
    if (kind) found.push({ year: yearOf(match[1]!, match[2]!), kind });
  }
  // The year opening a clause, then the row, then the kind ("2024-25年度運作開支實際開支同原來預算"):
  // the first kind after the year, before any comparison or other year, is that year's.
  for (const match of text.matchAll(new RegExp(`${year}\\s*(?:年度|年)?\\s*(?:的|嘅|之)?([^\\d較较比同與与和跟對对定還还或vs?.,，、。？?]{1,16})`, 'gi'))) {
    const gap = match[3]!;
    let first: { kind: ColumnKind; at: number } | undefined;
    for (const [kind, cue] of KIND_CUES) {
      for (const hit of gap.matchAll(cue)) if (!first || hit.index! < first.at) first = { kind, at: hit.index! };
    }
    // (Not past words that move the year: "2025-26年度之前兩年實際".)
    if (first && first.kind !== 'estimate' && /^[\u4e00-\u9fff()（）\s]+$/.test(gap.slice(0, first.at)) && !/[年前後后]/.test(gap.slice(0, first.at))) found.push({ year: yearOf(match[1]!, match[2]!), kind: first.kind });
  }
  // The kind, then the year (English): "actual spending in 2024-25", "actually cost in 2024-25".
  const after = new RegExp(String.raw`^[a-z]*(?:\s+(?!(?:than|and|or|with|versus|vs|compared|against|to|from|in|for|of|during)\b)[a-z'’-]+){0,3}\s+(?:in|for|of|during)\s+(?:the\s+)?(?:financial\s+year\s+|year\s+)?${year}`, 'i');
  for (const [kind, cue] of KIND_CUES) {
    if (kind === 'estimate') continue;
    for (const match of text.matchAll(cue)) {
      if (!/^[a-z]/i.test(match[0])) continue;
      // "How many projects had it approved by the time of the 2025-26 Budget?": a verb of a scheme, not the approved estimate.
      if (kind === 'approved' && !APPROVED_COLUMN_NOUN.test(text.slice(match.index! + match[0].length))) continue;
      const tail = after.exec(text.slice(match.index! + match[0].length));
      if (tail) found.push({ year: yearOf(tail[1]!, tail[2]!), kind });
    }
  }
  // (Only kinds the question asks: "will be spent" is the estimate, not the actual.)
  const asked = askedKinds(question);
  return found.filter((item, index) => asked.includes(item.kind) && found.findIndex((other) => other.year === item.year && other.kind === item.kind) === index);
}

/** What follows "approved" when it names the column (the approved estimate, budget or provision), not a verb. */
const APPROVED_COLUMN_NOUN = /^\s+(?:estimates?|budgets?|provisions?|figures?|amounts?|expenditure|allocations?)\b/i;

const CHANGE_CUE = /(?<!百分)比(?![例重率]).{0,16}(?:多|少|高|低|增|減|减|升|跌|加)|(?:高|低|多|少|超)(?:過|过|於|于)|how much (?:more|less|higher|lower|bigger|smaller|larger)|by how much|\bexceed|\babove\b|\bbelow\b|overspen|underspen|\bsurpass|\boutstrip|\bgap\b|shortfall|\bjump|\bclimb|\bshr[iau]nk|\bslump|\bplunge|\bcut\b|\breduc|多出|高出|超出|低出|縮減|缩减|削減|削减|增長|增长|回落|跌咗|升咗|(?:more|less|higher|lower|bigger|larger|greater|smaller) than|\b(?:more|less|higher|lower|bigger|larger|greater|smaller)\b[^?.]{1,60}?\bthan\b|increase|decrease|\brise\b|\brose\b|\bfall\b|\bfell\b|\bdrop|\bgrow|\bgrew|\bchange|differ|compared|\bvs\.?\b|versus|\bcompare\b|\b(?:move[ds]?|shift(?:ed|s)?|swing|swung)\b[^?？]*\b(?:between|from)\b|up or down|go(?:ne)? (?:up|down)|went (?:up|down)|by what percent|percentage change|增加|減少|减少|增減|增减|增幅|減幅|减幅|升幅|跌幅|多咗|少咗|多了|少了|差額|差额|相差|差距|差幾多|差几多|差多少|差咗|變化|变化|變動|变动|上升|下降|升定跌|加咗|減咗|减咗|比較|比较|相比|較|较/i;
const WHY_CUE = /\bwhy\b|\bhow come\b|reason|because|explain(?:s|ed)? the (?:increase|decrease|change|reduction|rise|fall|drop|cut|growth)|what explains|explanation|what (?:is|was) behind|what accounts for|what caused|點解|点解|為甚麼|為什麼|为什么|为甚么|為何|为何|為咩|为咩|原因|何解|何故/i;
const PERCENT_CUE = /percent|%|％|百分|增幅|減幅|减幅|升幅|跌幅|幾多成|几多成|rate of/i;
const DIRECTION_CUE = /(?:升|加|增|多|高|上升|增加)(?:咗|了)?\s*(?:定|定係|還是|还是|抑或|或)\s*(?:跌|減|减|少|低|下降|減少|减少)(?:咗|了)?|higher or lower|more or less than|up or down|increase or decrease|go up|went up|gone up|go down|went down|rise or fall|升定跌|增定減|增定减|加定減|上升還是下降|上升还是下降|增加還是減少|增加还是减少|increase\?|decrease\?/i;
/** Both directions offered ("up or down", 升定跌): the answer is a direction, not yes or no ("does it go up?" is). */
const DIRECTION_CHOICE = /(?:升|加|增|多|高|上升|增加)(?:咗|了)?\s*(?:定|定係|還是|还是|抑或|或)\s*(?:跌|減|减|少|低|下降|減少|减少)(?:咗|了)?|higher or lower|more or less than|up or down|increase or decrease|rise or fall|升定跌|增定減|增定减|加定減|上升還是下降|上升还是下降|增加還是減少|增加还是减少/i;
/** An English yes/no question after a clause of its own: "Counting all sub-heads, is the estimate lower…?" */
const POLAR_AFTER_CLAUSE = /^(?!\s*(?:how|what|which|why|when|who|where)\b)[^?]*[,;:]\s*(?:is|are|was|were|does|do|did|will|would|has|have|had|can|could|should)\s[^?]*\?\s*$/i;
const COMPARE_ROWS_CUE =
  /which (?:[\w'’-]+ ){0,6}(?:is|was|gets?|got|has|had|receives?|received|spends?|spent|needs?|costs?|takes?|accounts? for|will get|is getting) (?:the )?(?:more|less|larger|bigger|higher|lower|smaller|greater|most|least|largest|biggest|highest|lowest|smallest|greatest)|which (?:[\w'’-]+ ){0,7}(?:largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|larger|bigger|greater|smaller)\b|which (?:[\w'’-]+ ){0,5}(?:faster|slower|more sharply|more steeply)|(?:larger|bigger|higher|more|less|lower|smaller) .*\bor\b|哪個|哪个|邊個|边个|邊項|边项|哪項|哪项|邊樣|边样|哪樣|哪样|邊一(?![日年月])|边一(?![日年月])|哪一(?![天日年月])|較多|较多|較大|较大|較高|较高|較低|较低|較少|较少|較小|较小|多啲|大啲|少啲|高啲|低啲|最多|最大|最高|最少|最低/i;
/** Words for a change itself (not "more than"), which make "which row…" a ranking of changes. */
const CHANGE_WORD = /\b(?:up|down) by\b|increas|decreas|\brise\b|\brises\b|\brose\b|\bgrow|\bgrew|growth|\bfall|\bfell\b|\bdrop|\bcuts?\b|reduc|\bchang|\bjump|\bclimb|\bshr[iau]nk|\bsurge|\bslump|增加|減少|减少|增幅|減幅|减幅|升幅|跌幅|增長|增长|下降|上升|削減|削减|變化|变化|變動|变动|多咗|少咗|加咗|減咗|减咗|跌咗|升咗/i;
/** A change downwards asked. */
const DOWN_WORD = /\bdown by\b|decreas|\bfall|\bfell\b|\bdrop|\bcuts?\b|reduc|\bshr[iau]nk|\bslump|\bdecline|減少|减少|減幅|减幅|跌幅|下降|削減|削减|少咗|減咗|减咗|跌咗/i;
/**
 * How far one row is from another: "how much more does A get than B", "A與B相差多少", "A比B多幾多",
 * "the gap between A and B". With two rows named and one column, a difference between the rows, not
 * each row's change over time.
 */
const ROWS_DIFFERENCE_CUE =
  /how much (?:more|less|higher|lower|bigger|smaller|larger|greater)|by how much|\bdifference\b|\bgap\b|(?:more|less|higher|lower|bigger|smaller|larger|greater) than|相差|差距|差額|差额|差幾多|差几多|差多少|(?<!百分)比(?![例重率]).{0,24}(?:多|少|高|低|大|細|细|小)/i;
/**
 * A sum per unit of what a row pays for: "each project", "per grant", 每個項目, 每項計劃 (not "each
 * year", "each programme", 每年, 各綱領: those are columns and rows).
 */
const PER_UNIT =
  /\b(?:each|per|every|a single|an individual)\s+(?!(?:of\b|the\b|year|financial|fiscal|budget|programme|program|sub-?head|column|row|head|table|figure|estimate|kind)\b)[a-z]{3,}|每(?:個|个|項|项|宗|間|间|名|位|件|份|筆|笔|張|张)(?!綱領|纲领|分目|年|財政|财政)[\u4e00-\u9fff]{1,4}/i;
/** A yes/no question in Chinese: A-not-A (係唔係, 是不是, 會不會), 是否, 有冇, 嗎 at the end. */
const POLAR_CUE = /係唔係|系唔系|係咪|系咪|是不是|是否|有冇|有沒有|有没有|會唔會|会唔会|會不會|会不会|嗎[？?]?$|吗[？?]?$/;
/** "the most", "最多": the largest of all the candidates, not of two. */
const SUPERLATIVE_CUE = /\b(?:most|least|largest|biggest|highest|lowest|smallest|greatest)\b|最多|最大|最高|最少|最低/i;
/** Which column (year) of one row is largest: "which year had the highest total". */
const WHICH_YEAR_CUE = /which (?:financial |fiscal |budget )?(?:year|column)|in which year|哪一年|哪個年度|哪个年度|邊一年|边一年|邊年|边年|哪年/i;
/** A share of a whole: "what share of the budget goes to X", "佔…百分之幾". */
const SHARE_CUE = /\bshare\b|proportion|fraction|what percent(?:age)? of|how much of the|佔|占|比例|比重|百分之幾|百分之几|幾多成|几多成/i;
/** A ratio of two figures: "how many times larger", "twice as much?", 幾多倍. */
const RATIO_CUE = /how many times|\btimes (?:as (?:large|big|much|high)|larger|bigger|more|higher|greater)|幾多倍|几多倍|多少倍|幾倍|几倍/i;
/** A count of people or posts: the money tables do not hold it. */
/** Words for a head's establishment of posts, which name what is asked without naming the head. */
const ESTABLISHMENT_CUE = /establishment(?!\s+of\b)|directorate|staffing|編制|编制|首長級|首长级|人手/i;
/** "Is there any …", 「有冇」「有沒有」: a yes/no asking whether a provision exists at all. */
const ASKS_ANY = /\b(?:is|are|was|were|will) there any\b|\bany\b[^?？]*\b(?:spending|provision|expenditure|money|funding|budget)\b|有冇|有沒有|有没有|有否|有無|有无/i;
/** Words of money: a question holding one asks about a sum, even when it names posts (the cost of posts). */
const MONEY_WORDS = /\bcosts?\b|salar|emolument|\bpay\b|how much|\$|薪|開支|开支|錢|钱|撥款|拨款|費用|费用|金額|金额/i;
const POSTS_CUE = /\bstaff|\bposts?\b|headcount|employees|how many people|\bworkforce|職位|职位|人手|員工|员工|編制|编制|幾多人|几多人|多少人/i;
const TOTAL_CUE =
  /\btotal\b|總開支|总开支|總支出|总支出|總撥款|总拨款|overall|altogether|in all|whole|combined|together|\bsum\b|entire|both (?:programmes|programs|sub-?heads)|all (?:the |its |of the )?(?:programmes|programs|sub-?heads)|總額|总额|合計|合计|總共|总共|整體|整体|一共|全部|合共|加埋|加起來|加起来|總和|总和|成個|成个|整個|整个|全局|所有|兩個綱領|两个纲领|各綱領|各纲领|各分目/i;
/**
 * A whole family of rows asked ("all sub-heads", "across its programmes", 各綱領): its table's total,
 * even beside a row that shares only a word with the question ("expenses" of 運作開支).
 */
const FAMILY_TOTAL_CUE =
  /\b(?:all|every|each|both|across|over) (?:the |its |of the |of its |two |2 )?(?:programmes?|programs?|sub-?heads?)\b|(?:兩|两|各|所有|全部|每個|每个)(?:個|个)?(?:綱領|纲领|分目)/i;
/** A column header phrase: the question is about a table even when no row matches. */
const TABLE_COLUMN_PHRASE = /revised estimate|original estimate|approved estimate|actual expenditure|actual spending|修訂預算|修订预算|原來預算|原来预算|原預算|原预算|核准預算|核准预算|實際開支|实际开支/i;
const FIGURE_CUE = /how much|\bworth\b|\bsum\b|set aside|earmark|\breserved?\b|appropriat|\bneeds?\b|\bneeded\b|\brequire|預留|预留|所需|款項|款项|款額|款额|撥出|拨出|撥咗|拨咗|\bget\b|\bgot\b|\breceiv|\bgiven\b|amount|figure|\bhk\$|estimate|expenditure|\bspen[dt]|spending|provision|allocat|budget|funding|cost|多少|幾多|几多|幾錢|几钱|金額|金额|預算|预算|撥款|拨款|開支|开支|經費|经费|用咗|花了/i;
/** A cue that the question is about the Estimates' tables at all (so a name match is not by chance). */
const TABLE_CUE = /estimate|block vote|set aside|earmark|appropriat|預留|预留|所需撥款|所需拨款|actual|budgeted|\bcost|money|funding|expens|outlay|allocat|\bfunds?\b|\$\s?\d|\bstaff|\bposts?\b|經營|经营|帳目|账目|職位|职位|人手|編制|编制|錢|钱|資金|资金|經費|经费|\bspen[dt]|spending|expenditure|provision|sub-?head|programme|program\b|head \d|預算(?!案)|预算(?!案)|撥款|拨款|開支|开支|實際|实际|修訂|修订|核准|綱領|纲领|分目|總目|总目/i;

/**
 * Words any question about an estimates table may use besides the row's own name: kinds of figure,
 * years, units, changes, comparisons, the table's own headings. A question whose other content
 * words are not the row's is about something else (a scheme, a salary) and is left to the other
 * answerer.
 */
const TABLE_VOCABULARY = `estimate estimated estimates actual actually spend spent spending expenditure expenditures expense expenses provision provisions
  allocation allocated allocate budget budgeted original originally revised revision approved total totals overall amount money figure figures financial
  fiscal year years programme programmes program sub-head subhead head increase increased decrease decreased change changed compared compare comparison
  difference differ more less higher lower percentage percent why reason reasons larger bigger smaller greater get gets got receive received cost costs
  fund funding draft next last previous up down rise rose fall fell grow grew go went gone number value hk million thousand billion dollars in for
  against versus vs show shows shown between expected expect forecast planned plan set aside earmarked much many latest current whole entire
  respectively each compare comparing listed table tables column row line item
  明年 出年 來年 今年 去年 下年 上年
  預算 原來 原本 修訂 核准 批准 實際 開支 撥款 財政 總額 合計 總共 整體 一共 全部 綱領 分目 項下 年度 增加 減少 增減 比較 較 原因 多少 幾多 金額 百分比 百分之 增幅 減幅
  升幅 跌幅 上升 下降 變化 變動 差額 相差 較多 較少 哪個 邊個 還是 定係 點解 為甚麼 為什麼 用咗 花咗 用了 花了 錢 經費 數字 港元 萬元 億元 百萬元 千元 預計 預留 所需 會 估計 比 多 少 高 低 今年 去年 上年 舊年 前年 本年度 上年度 多過 少過 高過 低過 超過 多於 少於 以上 以下
  exceed exceeds over above below under this current government bureau hk$ respectively altogether controlling officer officers report 管制人員 報告
  俾 畀 給 攞 拎 使 使咗 花 用 要 嗰 呢個 個 啲 咁 分別 預咗 預 撥 撥咗 批 批咗 獲 得到 收到 用於 用喺 款項 支出 政府 部門 修改後 調整後 最新
  修訂預算 原來預算 原預算 核准預算 實際開支 財政撥款 開支總額 預算撥款 撥款額 總開支 修訂數字 預算開支
  share proportion fraction portion part goes go going went come comes came take takes took account accounts drop dropping dropped jump jumped
  sharp sharply steep steeply significant significantly substantially slightly roughly approximately about around nearly almost exactly so big
  small large largest biggest highest lowest smallest most least top compare combined together sum both all its their it they that
  explain explains explained explanation reduction reduce reduced cuts behind caused cause
  need needed needs require required requirement requirements extra additional additionally give given gives pay paid paying
  sub-total subtotal grand vote votes block initially initial first planned plan outturn expected projected draft
  同 和 與 及 跟 對比 變 變咗 邊樣 邊項 邊一個 哪一個 哪一項 成個 整個 兩個 各個 所有 合共 加埋 加起來 局 全局 大約 約 左右 差唔多 大概 幾 咗 左 佔 比例 比重
  升 跌 加 減 升咗 跌咗 加咗 減咗 多咗 少咗 高咗 低咗 定 定係 抑或 或者 還是 有冇 有沒有 係咪 是否 是不是 嘅 喺 㗎 呀 啊 嗎 咩 未 冇 差 差距 差幾多 差多少 有幾多 幾錢 至少 最少 起碼 不少於 不超過 或以上 高於 低於 超出 不足 係唔係 是不是 會唔會
  times twice double half ratio 倍 幾倍 幾多倍 多少倍 係
  dollar terms absolute nominal cash
  用得 花得 使得 用多 花多 使多 用少 花少 使少 有成 成 得 咋 㗎咋 淨係 只係 只有 僅 僅有 得返
  ceiling cap limit maximum minimum per 上限 下限 最高 最多 每個 每項 每 之下 自己
  counting count counted including include includes included excluding exclude excludes excluded leaving leave out across under within
  成個局 整個局 成个局 整个局 最 最多 最少 最高 最低 最大 入面 裡面 里面 之中 當中 中 內 大幅 急跌 急升 明顯 為何 點樣 邊度 去咗 用途 原先 最初 計劃 按年 按年度 每年 年 各 項 兩項`;

interface RowMatch {
  row: LogicalRow;
  coverage: number;
  explicit: boolean;
  /** Named by its own name (written whole, a terminology alias, or the Estimates' English for it), not only by some of its words. */
  named?: boolean;
  /** Named by the Estimates' own English for it ("capital account"): a term of the tables only. */
  byGlossary?: boolean;
}

const ROW_THRESHOLD = 0.5;
/** Part of a programme's name is enough when the question says "programme" and names no other. */
const PARTIAL_THRESHOLD = 0.3;

/**
 * Questions as the table module reads them (without the head's names, the rows each names),
 * remembered per book (bounded in entries and bytes): the module reads the same question several
 * times, and again when it is asked again.
 */
export const TABLE_QUESTION_MEMO_ENTRIES = 2048;
/** Estimated bytes of a row matched, besides the row (the book's). */
const ROW_MATCH_BYTES = 64;

interface BookMemos {
  /** The head's names as patterns, and its Chinese names for their short forms: made once per book. */
  headPatterns: RegExp[];
  chineseHeads: string[];
  stripped: Memo<string>;
  matched: WeakMap<SearchText, Memo<{ matches: RowMatch[]; missingExplicit?: string }>>;
}

const bookMemos = new WeakMap<Book, BookMemos>();

function memosOf(book: Book): BookMemos {
  let memos = bookMemos.get(book);
  if (!memos) {
    memos = {
      headPatterns: book.headNames.map((name) => new RegExp(escapeRegExp(foldForMatch(name)).replace(/\s+/g, '\\s*'), 'g')),
      chineseHeads: book.headNames.map((name) => foldForMatch(name).replace(/\s+/g, '')).filter((name) => isCjk(name) && name.length >= 4),
      stripped: new Memo<string>(TABLE_QUESTION_MEMO_ENTRIES),
      matched: new WeakMap(),
    };
    bookMemos.set(book, memos);
  }
  return memos;
}

/** The question, folded, without the names of the heads the tables belong to ("ITIB", 創新科技及工業局, "Head 135"). */
function stripHeadNames(question: string, book: Book): string {
  const memos = memosOf(book);
  return memos.stripped.get(question, () => stripHeadNamesUncached(question, memos));
}

function stripHeadNamesUncached(question: string, { headPatterns, chineseHeads: heads }: BookMemos): string {
  let text = foldForMatch(question);
  for (const pattern of headPatterns) text = text.replace(pattern, ' ');
  // The head's Chinese name shortened as Hong Kong writes its bureaux (創新科技及工業局 → 創科局):
  // a word ending in the name's last character, opening with its first, whose characters all come
  // in the name's order.
  text = text.replace(/[\u4e00-\u9fff]{2,5}/g, (run) => {
    for (let start = 0; start + 2 < run.length + 1; start++) {
      for (let end = run.length; end >= start + 3; end--) {
        const word = run.slice(start, end);
        if (heads.some((head) => head.length > word.length && head[0] === word[0] && head.at(-1) === word.at(-1) && isSubsequence(word, head))) return `${run.slice(0, start)} ${run.slice(end)}`;
      }
    }
    return run;
  });
  return text.replace(/(?<!sub-?)head\s*\d+|总目\s*\d+/g, ' ');
}

/** Whether every character of `word` comes in `text`, in order. */
function isSubsequence(word: string, text: string): boolean {
  let at = 0;
  for (const char of word) {
    at = text.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const glossaryPatterns = new Map<string, RegExp>();
/** A glossary phrase as a whole phrase: "recurrent" not inside "non-recurrent". */
function glossaryPattern(phrase: string): RegExp {
  let pattern = glossaryPatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\w-])${escapeRegExp(phrase).replace(/\s+/g, '\\s*')}(?![\\w-])`, 'i');
    glossaryPatterns.set(phrase, pattern);
  }
  return pattern;
}

/** A row's name folded for matching, without spaces; remembered per row (matchRows compares every row's name, for every alias, per question). */
const foldedRowNames = new WeakMap<LogicalRow, string>();

function foldedRowName(row: LogicalRow): string {
  let folded = foldedRowNames.get(row);
  if (folded === undefined) foldedRowNames.set(row, (folded = foldForMatch(row.name).replace(/\s+/g, '')));
  return folded;
}

/**
 * "Recurrent or non-recurrent expenditure": the noun the two words share, written after each
 * ("recurrent expenditure or non-recurrent expenditure"), so each names its own row.
 */
function distributeSharedNoun(text: string): string {
  return text.replace(/\b([a-z][\w-]*)\s+(or|and|vs\.?|versus)\s+([a-z][\w-]*)\s+(expenditure|expenses|spending|accounts?|estimates?|provisions?)\b/gi, (whole, first: string, joiner: string, second: string, noun: string) =>
    /^(?:the|a|an|its|their|this|that|more|less|higher|lower|which|what|both|either)$/i.test(first) ? whole : `${first} ${noun} ${joiner} ${second} ${noun}`,
  );
}

/** The rows a question names (shared: callers must not change what it returns). */
function matchRows(question: string, book: Book, searchText: SearchText): { matches: RowMatch[]; missingExplicit?: string } {
  const { matched } = memosOf(book);
  let memo = matched.get(searchText);
  if (!memo) {
    memo = new Memo({ maxEntries: TABLE_QUESTION_MEMO_ENTRIES, sizeOf: (found) => 64 + found.matches.length * ROW_MATCH_BYTES + 2 * (found.missingExplicit?.length ?? 0) });
    matched.set(searchText, memo);
  }
  return memo.get(question, () => matchRowsUncached(question, book, searchText));
}

function matchRowsUncached(question: string, book: Book, searchText: SearchText): { matches: RowMatch[]; missingExplicit?: string } {
  const stripped = distributeSharedNoun(stripHeadNames(question, book));
  const own = new Set(searchText.analyzer.analyze(stripped, { question: true }).map((term) => term.term));
  const all = new Set(searchText.terms(stripped, undefined, { question: true }).map((term) => term.term));
  const folded = foldForMatch(stripped).replace(/\s+/g, '');
  const matches: RowMatch[] = [];

  // Named by number: "sub-head 000", "分目 697", "Programme (2)", "綱領(1)".
  const codes = [
    ...[...stripped.matchAll(/(?:sub-?head|分目)\s*(?:no\.?\s*|編號|编号|號|号)?\s*[(（]?(\d{3})(?![\d,.])[)）]?/gi)].map((match) => match[1]!),
    // "697分目", "697號分目": the code written before the word.
    ...[...stripped.matchAll(/(?<![\d,.])(\d{3})\s*(?:號|号)?\s*(?:分目|sub-?head)/gi)].map((match) => match[1]!),
  ].filter((code, index, all) => all.indexOf(code) === index);
  const programmes = programmeNumbers(stripped);
  for (const code of codes) {
    const row = book.rows.find((candidate) => candidate.key === `code:${code}`);
    if (!row) return { matches: [], missingExplicit: `sub-head ${code}` };
    matches.push({ row, coverage: 1, explicit: true });
  }
  for (const programme of programmes) {
    const row = book.rows.find((candidate) => candidate.key === `programme:${programme}`);
    if (!row) return { matches: [], missingExplicit: `Programme (${programme})` };
    matches.push({ row, coverage: 1, explicit: true });
  }
  // A bare code written as a sub-head's ("000 運作開支").
  // (A comma before it is a thousands separator only after a digit: "，000還是697" names two codes.)
  for (const match of stripped.matchAll(/(?<![\d.'’$]|\d,)(\d{3})(?![\d,.%]|,\d)/g)) {
    const row = book.rows.find((candidate) => candidate.key === `code:${match[1]}`);
    if (row && !matches.some((m) => m.row === row)) matches.push({ row, coverage: 1, explicit: true });
  }

  // The Estimates' English names the question writes, each only where no longer one holds it
  // ("general non-recurrent expenditure" is not also "non-recurrent expenditure").
  const glossaryHits: Array<{ row: LogicalRow; start: number; end: number }> = [];
  for (const row of book.rows) {
    for (const phrase of row.glossary) {
      const hit = glossaryPattern(phrase).exec(stripped);
      if (hit) glossaryHits.push({ row, start: hit.index, end: hit.index + hit[0].length });
    }
  }
  const glossaryNamed = new Set(
    glossaryHits.filter((hit) => !glossaryHits.some((other) => other.row !== hit.row && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start)).map((hit) => hit.row),
  );
  const written = (row: LogicalRow) => folded.includes(foldedRowName(row));
  // Another name of the row, written in the question, names it, unless it is another row's own name
  // (開支總額 is its row's name, not also the programme table's 合計) or inside one written whole.
  const writtenNames = book.rows.filter(written).map(foldedRowName);
  // Nor inside another row's longer name or alias written there (經營帳目 in 非經營帳目).
  const writtenAliases = book.rows.flatMap((other) => other.aliases.filter((alias) => folded.includes(alias)).map((alias) => ({ alias, row: other })));
  const aliasWritten = (alias: string, row: LogicalRow) =>
    folded.includes(alias) &&
    !book.rows.some((other) => other !== row && foldedRowName(other) === alias) &&
    !writtenNames.some((name) => name.length > alias.length && name.includes(alias)) &&
    writtenAliases
      .filter((other) => other.row !== row && other.alias.length > alias.length && other.alias.includes(alias))
      .reduce((text, other) => text.split(other.alias).join(' '), folded)
      .includes(alias);
  const partial: RowMatch[] = [];
  for (const row of book.rows) {
    if (matches.some((match) => match.row === row) || row.terms.length === 0) continue;
    let total = 0;
    let found = 0;
    // Found by a word of the row's own, not only by the words any table question uses.
    let foundOwn = false;
    for (const term of row.terms) {
      const weight = book.idf.get(term) ?? 1;
      total += weight;
      const before = found;
      if (all.has(term) || (isCjk(term) && folded.includes(term))) found += weight;
      else if (isCjk(term) && sensesOf(term, searchText).some((english) => own.has(english))) found += weight * 0.9;
      if (found > before && !book.vocabulary.has(term)) foundOwn = true;
    }
    // A row (not a total) found only by words any table question uses ("整體財政撥款": 整體 and 撥款
    // of 科技統籌(整體撥款)) is not named by them: they say what kind of figure, not which row —
    // unless a part of its name is written whole (整體撥款, the part in brackets).
    if (!foundOwn) foundOwn = foldedRowName(row).split(/[()（）、,，\s]+/).some((part) => [...part].length >= 3 && folded.includes(part));
    let coverage = total && (foundOwn || row.total) ? found / total : 0;
    const named = row.aliases.some((alias) => aliasWritten(alias, row)) || glossaryNamed.has(row) || written(row);
    if (named) coverage = 1;
    // The row's English name (terminology), in whole or in part: "technology coordination".
    // (Its targets merge all its English names: two words of them are as good as half.)
    if (row.phraseTargets.length > 0) {
      const inEnglish = row.phraseTargets.filter((term) => own.has(term)).length;
      coverage = Math.max(coverage, inEnglish / row.phraseTargets.length, inEnglish >= 2 ? ROW_THRESHOLD : 0);
    }
    if (coverage >= ROW_THRESHOLD) matches.push({ row, coverage, explicit: false, named, byGlossary: glossaryNamed.has(row) });
    else if (coverage > 0) partial.push({ row, coverage, explicit: false });
  }
  // "The innovation programme": a programme (or sub-head) named by part of its name, when the
  // question says which family it is and no other row of that family is named as well.
  const family = /programmes?\b|programs?\b|綱領|纲领/i.test(stripped) ? 'programme:' : /sub-?heads?\b|分目/i.test(stripped) ? 'code:' : undefined;
  if (family && matches.length === 0) {
    const candidates = partial.filter((match) => match.row.key.startsWith(family) && match.coverage >= PARTIAL_THRESHOLD).sort((a, b) => b.coverage - a.coverage);
    if (candidates.length === 1 || (candidates.length > 1 && candidates[0]!.coverage > candidates[1]!.coverage + 0.1)) matches.push(candidates[0]!);
  }
  // A name written whole in the question, inside a longer name also written whole (經營帳目總額 in
  // 非經營帳目總額), is not what was asked.
  // Written also on its own ("經營帳目總額與非經營帳目總額"), it was asked beside the longer one.
  const kept = matches.filter((match) => {
    if (match.explicit || !written(match.row)) return true;
    const longer = matches.filter((other) => other !== match && written(other.row) && other.row.name.length > match.row.name.length && foldedRowName(other.row).includes(foldedRowName(match.row)));
    return longer.length === 0 || longer.reduce((text, other) => text.split(foldedRowName(other.row)).join(' '), folded).includes(foldedRowName(match.row));
  });
  kept.sort((a, b) => Number(b.explicit) - Number(a.explicit) || b.coverage - a.coverage || a.row.terms.length - b.row.terms.length);
  return { matches: kept };
}

/**
 * The share of the question's own content words that neither the rows' names (or their
 * translations) nor the table vocabulary account for.
 */
function unexplainedShare(question: string, rows: LogicalRow[], book: Book, searchText: SearchText): number {
  const { terms, unexplained } = explainTerms(question, rows, book, searchText);
  return terms.length === 0 ? 0 : unexplained.length / terms.length;
}

/** The question's own content words, those the rows' names (or their translations) account for, and those nothing does. */
function explainTerms(question: string, rows: LogicalRow[], book: Book, searchText: SearchText): { terms: string[]; ofRows: string[]; unexplained: string[] } {
  // A year's 年 / 年度 ends the year: "2025-26年少咗" is the year and 少咗, not the word 年少.
  const yearsApart = question.replace(/(\d{2,4}\s*(?:年度|年))/g, '$1 ');
  const terms = searchText.analyzer
    .analyze(yearsApart, { question: true })
    .map((term) => term.term)
    .filter((term) => !term.startsWith(BIGRAM_PREFIX) && !/^(?:n|y|fy|pct)[\d.-]/.test(term) && !/^\d+$/.test(term));
  if (terms.length === 0) return { terms, ofRows: [], unexplained: [] };
  // The rows' words, and the words the report uses of their provision in English too ("salaries" for 薪金).
  const says = rows.map((row) => rowSays(row, searchText));
  const ofRow = (word: string): boolean => says.some((row) => row.words.has(word) || row.contextSenses.has(word) || row.name.includes(word));
  // A Chinese word made of known words (年度預算 = 年度 + 預算) is known.
  const known = (word: string): boolean => book.vocabulary.has(word) || ofRow(word) || searchText.analyzer.analyze(word).every((term) => term.term.startsWith(BIGRAM_PREFIX));
  const composed = (word: string): boolean => known(word) || [...Array(word.length).keys()].some((cut) => cut > 0 && known(word.slice(0, cut)) && composed(word.slice(cut)));
  return { terms, ofRows: terms.filter(ofRow), unexplained: terms.filter((term) => !known(term) && !(isCjk(term) && term.length > 1 && composed(term))) };
}

/** How strong a lexicon translation must be to count as a Chinese word's English sense (its strengths run 0–1). */
const SENSE_STRENGTH = 0.25;

/** The English senses of a term: its lexicon translations of SENSE_STRENGTH or more. */
function sensesOf(term: string, searchText: SearchText): string[] {
  return searchText.lexicon.translationsOf(term).flatMap(([english, strength]) => (strength >= SENSE_STRENGTH ? [english] : []));
}

/** What a row says of itself, for otherSubject and explainTerms: its words in both languages, its name and the texts of its passages, folded. */
interface RowSays {
  /** Its name's terms and their English senses, its terminology translations, the words written where its provision is stated, its glossary names' terms. */
  words: Set<string>;
  /** The English senses of the words written where its provision is stated ("salaries" for 薪金): explainTerms counts them too. */
  contextSenses: Set<string>;
  /** Its name folded for matching, without spaces. */
  name: string;
  /** Its passages' texts and their cells' notes (caption, footnotes), folded for matching, without spaces. */
  texts: string[];
}

/**
 * Worked out once per row (a row holds a passage per edition of its table, so this grows with the
 * corpus; a row is complete once its book is built).
 */
const rowsSaying = new WeakMap<LogicalRow, RowSays>();

function rowSays(row: LogicalRow, searchText: SearchText): RowSays {
  let says = rowsSaying.get(row);
  if (says) return says;
  const words = new Set<string>();
  for (const term of row.terms) {
    words.add(term);
    for (const english of sensesOf(term, searchText)) words.add(english);
  }
  for (const term of [...row.phraseTargets, ...row.context]) words.add(term);
  const contextSenses = new Set([...row.context].flatMap((term) => sensesOf(term, searchText)));
  for (const phrase of row.glossary) for (const term of searchText.analyzer.analyze(phrase)) words.add(term.term);
  const texts: string[] = [];
  for (const ref of row.refs) {
    texts.push(foldForMatch(searchableText(ref.chunk)).replace(/\s+/g, ''));
    for (const cell of ref.data.cells) if (cell.note) texts.push(foldForMatch(cell.note).replace(/\s+/g, ''));
  }
  says = { words, contextSenses, name: foldForMatch(row.name).replace(/\s+/g, ''), texts };
  rowsSaying.set(row, says);
  return says;
}

/**
 * A thing the question names (a body, fund, scheme or place of the terminology, or a name in quotes)
 * that no row of the tables is, nor holds, nor the head is: "the Innovation and Technology Fund's
 * 2025-26 estimate" is not the programme whose name shares two of its words. Undefined when every
 * name the question writes is a row's (or words of the tables).
 */
function otherSubject(question: string, asked: string, rows: LogicalRow[], book: Book, searchText: SearchText): string | undefined {
  // The words of the rows matched (their names in both languages) and what their passages write
  // beside the figures (caption, footnotes): a name among them is the row's own.
  const says = rows.map((row) => rowSays(row, searchText));
  const rowWord = (term: string) => book.vocabulary.has(term) || says.some((row) => row.words.has(term));
  const rowsSay = (form: string) => says.some((row) => row.texts.some((text) => text.includes(form))) || says.some((row) => row.name.includes(form));
  const wordsOfRows = (form: string) => {
    const terms = searchText.analyzer.analyze(form).map((term) => term.term).filter((term) => !term.startsWith(BIGRAM_PREFIX));
    return terms.length > 0 && terms.every(rowWord);
  };
  for (const subject of namedSubjects(question, searchText.lexicon.data)) {
    // A single word of the terminology ("change", 變動) is a word, not a name — unless it is written
    // as a name: capitalised inside the sentence, or with a capital inside it ("InnoHK", "Cyberport").
    if (isCjk(subject.written) ? [...subject.written].length < 3 : !subject.written.includes(' ') && !writtenAsName(subject.written, asked)) continue;
    // A name with a Chinese form is judged by it (the rows' names and passages are Chinese): the
    // Innovation and Technology Fund's words are each a programme's, its name 創新及科技基金 is not.
    const explained = subject.chinese.length ? subject.chinese.some((form) => rowsSay(form) || wordsOfRows(form)) : subject.english.some((form) => form.split(' ').every(rowWord));
    if (explained) continue;
    // A name negated by its prefix (非首長級職位, "non-directorate posts") names what is not it.
    if (isCjk(subject.written)) {
      // (In either script: the name may be found in the folded, Simplified text.)
      if (toSimplified(asked).includes(`非${toSimplified(subject.written)}`)) continue;
      return subject.written;
    }
    // An English name is found as stemmed words ("cyber secur fund"): said as the asker wrote it.
    const words = subject.written.split(' ').map((term) => `${escapeRegExp(term)}[\\w'’-]*`);
    const written = new RegExp(words.join("[^\\w]+(?:(?:and|of|the|for|&)[^\\w]+)?"), 'i').exec(asked);
    if (written && /\bnon-?\s?$/i.test(asked.slice(0, written.index))) continue;
    return written?.[0] ?? subject.chinese[0] ?? subject.written;
  }
  return undefined;
}

/** A single English word the question writes as a proper name: with a capital inside it, or capitalised after the sentence's first word. */
function writtenAsName(word: string, asked: string): boolean {
  if (!/^[a-z][a-z0-9]+$/i.test(word)) return false;
  for (const match of asked.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))) {
    if (/[a-z][A-Z]/.test(match[0]) || (/^[A-Z]/.test(match[0]) && /[a-z]/i.test(asked.slice(0, match.index!)))) return true;
  }
  return false;
}

/** What some passages write (wordsUnsaid's side of the passages): a function of the passages alone. */
interface WordsSaid {
  /** Their words in either language (their Chinese words' English senses, the terminology's English for the names they write, a date's words). */
  said: Set<string>;
  /** Their texts folded for matching, without spaces, joined by spaces. */
  folded: string;
}

function wordsSaid(texts: string[], searchText: SearchText): WordsSaid {
  const said = new Set<string>();
  for (const text of texts) {
    for (const term of ownTerms(searchText, text)) {
      said.add(term);
      for (const english of sensesOf(term, searchText)) said.add(english);
    }
  }
  const folded = texts.map((text) => foldForMatch(text).replace(/\s+/g, '')).join(' ');
  // The terminology's English for the names the passages write (科技統籌 → "technology co-ordination").
  for (const entry of phrasesWithin(searchText.lexicon.data.zhPhrases, folded)) for (const [english] of entry.targets) said.add(english);
  // The words of a date ("31 March 2025"): the passages write theirs in Chinese numerals.
  for (const term of searchText.analyzer.analyze(DATE_WORDS)) said.add(term.term);
  return { said, folded };
}

/**
 * The question's own content words (after the head's names) that the given passages do not write,
 * in either language (their Chinese words' English senses count), and that no table question
 * needs (TABLE_VOCABULARY): what the question asks about that those passages are not about.
 * The passages are given as their texts, or as wordsSaid of them (worked out once for passages
 * every question of a kind reads, such as the sentences on posts, which grow with the corpus).
 */
function wordsUnsaid(question: string, passages: string[] | WordsSaid, book: Book, searchText: SearchText): { unsaid: string[]; total: number } {
  const yearsApart = question.replace(/(\d{2,4}\s*(?:年度|年))/g, '$1 ');
  const terms = [
    ...new Set(
      searchText.analyzer
        .analyze(yearsApart, { question: true })
        .map((term) => term.term)
        .filter((term) => !term.startsWith(BIGRAM_PREFIX) && !/^(?:n|y|fy|pct)[\d.-]/.test(term) && !/^\d+$/.test(term)),
    ),
  ];
  const { said, folded } = Array.isArray(passages) ? wordsSaid(passages, searchText) : passages;
  // "Non-directorate": the prefix is no word of its own, and the word is said when what it negates is
  // (非首長級 writes 首長級, "directorate").
  const known = (word: string): boolean =>
    book.vocabulary.has(word) ||
    said.has(word) ||
    word === 'non' ||
    (/^non[a-z]{3,}$/.test(word) && said.has(word.slice(3))) ||
    (isCjk(word) && folded.includes(word)) ||
    searchText.analyzer.analyze(word).every((term) => term.term.startsWith(BIGRAM_PREFIX));
  const composed = (word: string): boolean => known(word) || [...Array(word.length).keys()].some((cut) => cut > 0 && known(word.slice(0, cut)) && composed(word.slice(cut)));
  return { unsaid: terms.filter((term) => !known(term) && !(isCjk(term) && term.length > 1 && composed(term))), total: terms.length };
}

/** Words of the posts the report counts, which the answer on posts reads (directorate or not, the establishment). */
const POSTS_VOCABULARY = 'directorate non-directorate senior establishment staff staffing civil service government total overall whole all 首長級 非首長級 編制 人手 公務員 總數 全部';

const DATE_WORDS = 'january february march april may june july august september october november december date day month end 月 日 月底 年底';

/** The words a count of posts is qualified by: "Administrative Officer" in "how many Administrative Officer posts", 首席助理秘書長 in 幾多個首席助理秘書長職位. */
function postsQualifier(question: string): string {
  const english = /(?:how many|number of)\s+(.*?)\s*\b(?:posts?|positions?|staff|employees)\b/i.exec(question)?.[1] ?? '';
  const chinese = /(?:幾多|几多|多少)\s*(?:個|个|名)?\s*([\u4e00-\u9fff]{1,12}?)\s*(?:職位|职位|員工|员工|人員|人员)/.exec(question)?.[1] ?? '';
  return `${english} ${chinese}`.trim();
}

/** "Which is bigger, A or B?" with B no row of the tables (nor of the rows found): B's name, else undefined. */
function missingAlternative(stripped: string, asked: string, rows: LogicalRow[], years: string[], kinds: ColumnKind[], book: Book, searchText: SearchText): string | undefined {
  if (years.length > 1 || kinds.length > 1 || WHICH_YEAR_CUE.test(asked) || !COMPARE_ROWS_CUE.test(asked)) return undefined;
  if (!/\bor\b|還是|还是|定係|定系|抑或|(?<![決决預预固確确指規规約约])定(?![期額额])/i.test(asked)) return undefined;
  return otherSubject(stripped, asked, rows, book, searchText);
}

function purposeOfRow(matches: RowMatch[], stripped: string, asked: string, book: Book, searchText: SearchText, language: Language): TableAnswer | undefined {
  const target = matches.find((match) => (match.explicit || match.named) && !match.row.total) ?? (matches[0] && !matches[0].row.total && matches[0].coverage >= 1 ? matches[0] : undefined);
  if (!target) return undefined;
  const row = target.row;
  // The question is about the row, not a thing beside it whose name shares its words (a fund, a scheme).
  if (otherSubject(stripped, asked, [row], book, searchText) || unexplainedShare(stripped, [row], book, searchText) > MAX_UNEXPLAINED_NAMED) return undefined;
  const cells = cellsOf(row)
    .filter((c) => c.cell.value !== null)
    .sort((a, b) => b.cell.column.year.localeCompare(a.cell.column.year) || KIND_ORDER[b.cell.column.kind] - KIND_ORDER[a.cell.column.kind]);
  for (const c of cells) {
    const dollars = c.cell.value! * UNIT_SCALE[c.ref.data.unit];
    if (significantDigits(dollars) < MIN_STATED_DIGITS) continue;
    for (const { chunk, document } of book.statedFigures.get(statedFigureKey(c.ref.document.id, dollars)) ?? []) {
      const sentence = chunk.texts
        .flatMap((text) => splitSentences(text.text))
        .find((candidate) => extractQuantities(candidate.normalize('NFKC')).some((quantity) => quantity.kind === 'money' && Math.abs(quantity.value - dollars) < 0.5));
      if (!sentence) continue;
      const citations = new Citations(language, book);
      const n = citations.cite(chunk, document);
      const label = rowLabel(row, language);
      const lead = language === 'en' ? `What the report says ${label}'s provision is for: “${sentence.trim()}” [${n}].` : `報告所述${label}撥款的用途：「${sentence.trim()}」[${n}]。`;
      return finish(lead, citations, language, 'purpose');
    }
  }
  const label = rowLabel(row, language);
  return decline(
    'COLUMN_NOT_FOUND',
    language === 'en'
      ? `The tables give only sums of money by year for ${label}, and no paragraph of the report says what it is for (COLUMN_NOT_FOUND).`
      : `表內只列出${label}各年度的款額，報告亦沒有說明其用途（COLUMN_NOT_FOUND）。`,
    language,
    [toCitation({ chunk: row.refs[0]!.chunk, document: row.refs[0]!.document, score: 1, coverage: 1 }, 1, language)],
  );
}

/**
 * "How much can each project under sub-head 697 cost at most?", 每個項目最多: the bound the paragraph
 * that writes the row's provision in full states for each item it pays for ("推行各項 20 萬元以上但
 * 不超過 1,000 萬元的項目", as every block vote's paragraph does), quoted. Undefined (a question for
 * the passages) when no row is named or no such bound is written.
 */
function perUnitBound(matches: RowMatch[], stripped: string, asked: string, book: Book, searchText: SearchText, language: Language): TableAnswer | undefined {
  const upper = /\bmost\b|maximum|\bmax\b|ceiling|upper limit|\bcap\b|\bup to\b|\blimit\b|最多|最高|上限|不超過|不超过|封頂|封顶/i.test(asked);
  const lower = /\bleast\b|minimum|lower limit|\bfloor\b|最少|最低|下限|起碼|起码/i.test(asked);
  if (upper === lower) return undefined;
  const target = matches.find((match) => (match.explicit || match.named) && !match.row.total) ?? matches.find((match) => !match.row.total);
  if (!target || otherSubject(stripped, asked, [target.row], book, searchText)) return undefined;
  const row = target.row;
  for (const c of cellsOf(row).filter((cell) => cell.cell.value !== null)) {
    const dollars = c.cell.value! * UNIT_SCALE[c.ref.data.unit];
    if (significantDigits(dollars) < MIN_STATED_DIGITS) continue;
    for (const { chunk, document } of book.statedFigures.get(statedFigureKey(c.ref.document.id, dollars)) ?? []) {
      for (const sentence of chunk.texts.flatMap((text) => splitSentences(text.text))) {
        const folded = sentence.normalize('NFKC');
        const bound = upper
          ? /(?:不超過|不超过|不多於|不多于|以內|以内|not exceeding|not more than|up to)\s*([\d,.]+\s*(?:萬|万|億|亿|千)?\s*元|\$\s*[\d,.]+\s*(?:million|billion)?)/i.exec(folded)
          : /([\d,.]+\s*(?:萬|万|億|亿|千)?\s*元|\$\s*[\d,.]+\s*(?:million|billion)?)\s*(?:以上|或以上)|(?:over|above|more than|at least)\s*(\$\s*[\d,.]+\s*(?:million|billion)?)/i.exec(folded);
        const money = bound ? extractQuantities(bound[1] ?? bound[2] ?? '').find((quantity) => quantity.kind === 'money') : undefined;
        if (!money) continue;
        const citations = new Citations(language, book);
        const n = citations.cite(chunk, document);
        const label = rowLabel(row, language);
        const lead =
          language === 'en'
            ? `${dollarsText(money.value, language)} [${n}]: the ${upper ? 'most' : 'least'} each item paid for under ${label} may cost, as the report states: “${sentence.trim()}”.`
            : `${dollarsText(money.value, language)} [${n}]：${label}資助的每個項目${upper ? '上限' : '下限'}，報告所述：「${sentence.trim()}」。`;
        return finish(lead, citations, language, 'amount');
      }
    }
  }
  return undefined;
}

/** What money is for: "用嚟做咩", "what is it used for?" (not "what is the estimate for 2025-26"). */
const PURPOSE_CUE = /用嚟做|用來做|用来做|做咩|做甚麼|做甚么|做什麼|做什么|做乜|用途|\bused for\b|\bfor what\b|\bfor\s*[?？]\s*$|\bwhat purpose\b/i;

/** What a row pays for, asked as a list: "what projects does sub-head 697 fund?", 用在哪些項目上, 資助咩項目. */
const PAYS_FOR_WHAT =
  /\bwhat (?:kinds? of |sorts? of |types? of )?(?:projects?|items?|things?|activities|work|programmes?|schemes?)\b[^?]{0,60}\b(?:fund|funds|funded|pay for|pays for|cover|covers|support|supports|finance|finances)\b|\bwhat (?:does|do|did|will) [^?]{1,60}\b(?:fund|pay for|cover|finance)\s*\??\s*$|(?:用在|用於|用于|用喺|資助|资助)(?:了|咗)?(?:甚麼|什麼|什么|咩|哪些|邊啲|边啲|乜嘢)(?:類|类|種|种)?(?:項目|项目|計劃|计划|工作|嘢|用途)?/i;

/** Words that say what a sum is spent on: "用於辦公室租金", "spent on rent", "goes to salaries". */
const SPENT_ON = /(?:用於|用于|用喺|用在|用嚟|用来|用來|花喺|花在|\bspen[dt] on\b|\bspending on\b|\bused (?:for|on)\b|\bpaid (?:for|on)\b|\bpays? for\b|\bgo(?:es|ing)? (?:to|towards|on)\b|\bset aside for\b|\bearmarked for\b)\s*(.+?)\s*(?:的|嘅|之|既)?\s*(?:預算|预算|開支|开支|撥款|拨款|款項|款项|費用|费用|金額|金额|是多少|係幾多|有幾多|多少|幾多|几多|in \d|\?|？|$)/i;

/**
 * What a question says a part of a row's provision is spent on, when the row is named outside
 * those words and nothing of the rows (nor of the tables' words) explains them: the asker's words,
 * or undefined.
 */
function spentOnClause(question: string, rows: LogicalRow[], book: Book, searchText: SearchText): string | undefined {
  const match = SPENT_ON.exec(question);
  // "用於甚麼項目", "used for what": what the money is for, a question for the passages.
  if (!match || !match[1]!.trim() || /甚麼|甚么|什麼|什么|咩|乜|\bwhat\b|\bwhich\b|邊啲|边啲|哪些|哪個|哪个/i.test(match[1]!)) return undefined;
  if (explainTerms(match[1]!, rows, book, searchText).unexplained.length === 0) return undefined;
  // The row is named (by number, code or its own name) by the rest of the question.
  const rest = matchRows(question.replace(match[1]!, ' '), book, searchText).matches;
  if (!rest.some((other) => rows.includes(other.row) && (other.explicit || other.named))) return undefined;
  return match[1]!.trim();
}

/** Above this share of unexplained words, the question is about something else than the table's rows. */
const MAX_UNEXPLAINED = 0.25;
const MAX_UNEXPLAINED_NAMED = 0.34;

// ---------------------------------------------------------------------------------------------
// Cells.

interface CellRef {
  ref: RowRef;
  cell: TableCell;
}

const KIND_ORDER: Record<ColumnKind, number> = { actual: 0, original: 1, approved: 1, revised: 2, estimate: 3 };

/** Each row's cells, worked out once (a row holds a passage per edition of its table: this grows with the corpus). */
const rowCells = new WeakMap<LogicalRow, readonly CellRef[]>();

/** A row's cells, each column once, by year and kind (a new array each call: callers may sort or filter it). */
function cellsOf(row: LogicalRow): CellRef[] {
  let cells = rowCells.get(row);
  if (!cells) {
    // Each column once: from the latest document that has it, in a programme's own table where there is one.
    const seen = new Map<string, CellRef>();
    const refs = [...row.refs].sort((a, b) => b.document.date.localeCompare(a.document.date));
    for (const ref of refs) {
      for (const cell of ref.data.cells) {
        const id = `${cell.column.year}/${cell.column.kind}`;
        if (!seen.has(id)) seen.set(id, { ref, cell });
      }
    }
    cells = [...seen.values()].sort((a, b) => a.cell.column.year.localeCompare(b.cell.column.year) || KIND_ORDER[a.cell.column.kind] - KIND_ORDER[b.cell.column.kind]);
    rowCells.set(row, cells);
  }
  return [...cells];
}

function sameKind(a: ColumnKind, b: ColumnKind): boolean {
  // The programme tables' original estimate is the sub-head tables' approved estimate.
  return a === b || (KIND_ORDER[a] === 1 && KIND_ORDER[b] === 1);
}

type CellPick = { ok: true; cells: CellRef[] } | { ok: false; reason: TableDeclineReason; detail: string };

function pickCells(row: LogicalRow, years: string[], kinds: ColumnKind[], options: { allColumns?: boolean } = {}): CellPick {
  const cells = cellsOf(row);
  const rowYears = [...new Set(cells.map((c) => c.cell.column.year))];
  const missingYears = years.filter((year) => !rowYears.includes(year));
  if (missingYears.length) return { ok: false, reason: 'YEAR_NOT_COVERED', detail: missingYears.join(', ') };
  let chosen = cells;
  if (years.length) chosen = chosen.filter((c) => years.includes(c.cell.column.year));
  if (kinds.length) {
    const exact = chosen.filter((c) => kinds.includes(c.cell.column.kind));
    const near = exact.length ? exact : chosen.filter((c) => kinds.some((kind) => sameKind(kind, c.cell.column.kind)));
    // "The 2024-25 estimate" of a year whose estimate has been revised: its original, approved and
    // revised estimates, all of them, rather than a refusal or a guess between them.
    const generic = kinds.length === 1 && kinds[0] === 'estimate' && years.length > 0;
    chosen = near.length || !generic ? near : chosen.filter((c) => c.cell.column.kind !== 'actual');
    if (chosen.length === 0) return { ok: false, reason: 'COLUMN_NOT_FOUND', detail: kinds.join(', ') };
    // Without a year: the latest column of that kind.
    if (!years.length) chosen = kinds.flatMap((kind) => chosen.filter((c) => sameKind(kind, c.cell.column.kind)).slice(-1));
  } else if (!years.length && options.allColumns) {
    chosen = cells;
  } else if (!years.length) {
    chosen = cells.filter((c) => c.cell.column.kind === 'estimate').slice(-1);
    if (!chosen.length) chosen = cells.slice(-1);
  }
  return { ok: true, cells: chosen };
}

// ---------------------------------------------------------------------------------------------
// Writing the answer.

const KIND_WORDS: Record<ColumnKind, { en: string; zh: string }> = {
  actual: { en: 'actual expenditure', zh: '實際開支' },
  original: { en: 'original estimate', zh: '原來預算' },
  approved: { en: 'approved estimate', zh: '核准預算' },
  revised: { en: 'revised estimate', zh: '修訂預算' },
  estimate: { en: 'estimate', zh: '預算' },
};

function inScript(text: string, language: Language): string {
  return language === 'zh-Hans' ? toSimplified(text) : text;
}

function columnLabel(column: { year: string; kind: ColumnKind }, language: Language): string {
  return language === 'en' ? `${column.year} ${KIND_WORDS[column.kind].en}` : `${column.year} 年度${KIND_WORDS[column.kind].zh}`;
}

function rowLabel(row: LogicalRow, language: Language): string {
  const data = row.refs[0]!.data;
  if (data.code) return language === 'en' ? `sub-head ${data.code} ${data.name}` : `分目 ${data.code} ${data.name}`;
  if (data.programme && !data.total) return language === 'en' ? `Programme (${data.programme}) ${rowName(data)}` : `綱領(${data.programme}) ${rowName(data)}`;
  return data.name;
}

/** A figure as the table writes it, with the table's unit: "175,587千元", "24.3 (HK$ million)". */
function asWritten(raw: string, unit: TableRowData['unit']): string {
  return `${raw}${unit === 'HK$ million' ? ' (HK$ million)' : unit === "HK$'000" ? " (HK$'000)" : unit === 'posts' ? ' posts' : unit}`;
}

/** A figure in both notations with the unit: "HK$24.3 million (2,430萬元)", "2,430萬元（HK$24.3 million）". */
function figure(value: number, unit: TableRowData['unit'], _raw: string, language: Language): string {
  if (unit === 'posts') return language === 'en' ? `${value.toLocaleString('en-US')} posts` : `${value.toLocaleString('en-US')} 個職位`;
  const dollars = Math.round(value * UNIT_SCALE[unit] * 100) / 100;
  return dollarsText(dollars, language);
}

/** A computed difference as a table in thousands writes it: "244,006 in the table's HK$'000", 「以表列千元計為 244,006」. */
function tableUnitText(value: number, unit: TableRowData['unit'], language: Language): string | undefined {
  // A table in HK$ million writes what the answer's "HK$3 million" says already; one in thousands writes another number.
  if (UNIT_SCALE[unit] !== THOUSAND_SCALE) return undefined;
  const written = formatEnUs(Math.round(value * TABLE_UNIT_ROUNDING) / TABLE_UNIT_ROUNDING);
  const name = language === 'en' ? "HK$'000" : '千元';
  return language === 'en' ? `${written} in the table's ${name}` : `以表列${name}計為 ${written}`;
}
const THOUSAND_SCALE = 1e3;
/** Table cells carry at most three decimals (HK$ million to the thousand dollars): a computed difference is rounded to that. */
const TABLE_UNIT_ROUNDING = 1000;

function dollarsText(dollars: number, language: Language, alsoWritten?: string): string {
  const english = formatMoneyEnglish(Math.abs(dollars));
  const chinese = formatMoneyChinese(Math.abs(dollars));
  return language === 'en' ? `${english} (${chinese}${alsoWritten ? `; ${alsoWritten}` : ''})` : `${chinese}（${english}${alsoWritten ? `；${alsoWritten}` : ''}）`;
}

class Citations {
  readonly list: Citation[] = [];
  private readonly byChunk = new Map<string, number>();
  constructor(
    private readonly language: Language,
    readonly book?: Book,
  ) {}
  cite(chunk: Chunk, document: DocumentEntry): number {
    const known = this.byChunk.get(chunk.id);
    if (known) return known;
    const n = this.list.length + 1;
    this.list.push(toCitation({ chunk, document, score: 1, coverage: 1 }, n, this.language));
    this.byChunk.set(chunk.id, n);
    return n;
  }
}

/**
 * The notes under the table on a total's figures of the years asked (a ¶/Δ/Φ mark: "figures before
 * the reorganisation", "adjusted to exclude …"), which say why those figures are not like the others,
 * when the report states no reason for the total itself: each quoted once with the paragraph that
 * prints it, cited. Empty when none.
 */
function cellNotes(row: LogicalRow, years: string[], source: TableSource, citations: Citations, language: Language): string {
  const said: string[] = [];
  for (const c of cellsOf(row)) {
    if (!c.cell.note || !c.cell.mark || !years.includes(c.cell.column.year) || said.some((text) => text.includes(c.cell.note!.split('。')[0]!))) continue;
    const head = foldForMatch(c.cell.note).replace(/\s+/g, '').slice(0, 24);
    const printed = source.chunks.find((chunk) => chunk.docId === c.ref.document.id && !chunk.table && foldForMatch(searchableText(chunk)).replace(/\s+/g, '').includes(head));
    const n = printed ? citations.cite(printed, c.ref.document) : citations.cite(c.ref.chunk, c.ref.document);
    const note = c.cell.note.split('。')[0]!;
    said.push(language === 'en' ? ` Note ${c.cell.mark} on the ${columnLabel(c.cell.column, language)}: “${note}” [${n}].` : `註 ${c.cell.mark}（${columnLabel(c.cell.column, language)}）：「${note}」 [${n}]。`);
  }
  return said.join('');
}

/**
 * Cites a cell's row, and the rows of the document's other tables that print the same figure in the
 * same column (a programme's own table and the programme analysis): each holds the cell.
 */
function citeCell(citations: Citations, row: LogicalRow, c: CellRef): number {
  const n = citations.cite(c.ref.chunk, c.ref.document);
  for (const other of row.refs) {
    if (other !== c.ref && other.document.id === c.ref.document.id && other.data.cells.some((cell) => sameColumn(cell.column, c.cell.column) && cell.value === c.cell.value)) citations.cite(other.chunk, other.document);
  }
  return n;
}

/** The paragraphs of the cell's document that write its figure in full ("撥款 175,587,000 元"): cited beside a figure answered, they state the cell too. */
function citeStatedFigure(citations: Citations, c: CellRef): void {
  if (!citations.book || c.cell.value === null) return;
  const dollars = c.cell.value * UNIT_SCALE[c.ref.data.unit];
  if (significantDigits(dollars) < MIN_STATED_DIGITS) return;
  for (const { chunk, document } of citations.book.statedFigures.get(statedFigureKey(c.ref.document.id, dollars)) ?? []) citations.cite(chunk, document);
}

function sourceLine(citations: Citations, language: Language): string {
  return citations.list
    .map((citation) =>
      language === 'en'
        ? `[${citation.n}] ${citation.title} (${citation.date}, budget year ${citation.budgetYear}): “${citation.text}”`
        : `[${citation.n}] 《${citation.title}》（${citation.date}，${citation.budgetYear} 年度）：「${citation.text}」`,
    )
    .join(language === 'en' ? ' ' : '');
}

function finish(lead: string, citations: Citations, language: Language, answerType: string): TableAnswer {
  const sources = sourceLine(citations, language);
  const answer = inScript(`${lead}${language === 'en' ? ' From ' : '根據 '}${sources}`, language);
  return { language, answer, abstained: false, answerType, citations: citations.list, related: [] };
}

/**
 * A programme the tables have no row for that a note of an estimates document names (「前效率促進辦公室(本總目下原有的
 * 綱領(3))」, "Programme (3), transferred to Head 47"): programmes are moved between heads, merged and renumbered from year
 * to year. The tables still give no figure for it, so the question is declined, but with the note saying what became of it,
 * cited as related reading. Undefined when no note names it.
 */
const NOTE_MARK = /^[\s¶*†‡#]+/;

function declineWithNote(missing: string, source: TableSource, language: Language): TableAnswer | undefined {
  const number = /^Programme \((\d+)\)$/.exec(missing)?.[1];
  if (!number) return undefined;
  const names = new RegExp(`(?:綱領|纲领)\\s*[（(]\\s*${number}\\s*[)）]|\\bprogramme\\s*(?:no\\.?\\s*)?[（(]\\s*${number}\\s*[)）]`, 'i');
  const tabled = new Set(source.chunks.filter((chunk) => chunk.table).map((chunk) => chunk.docId));
  for (const chunk of source.chunks) {
    if (chunk.table || !tabled.has(chunk.docId)) continue;
    // Without the mark a note is keyed by (¶, *, †).
    const sentence = chunk.texts.flatMap((text) => splitSentences(text.text)).find((text) => names.test(text))?.replace(NOTE_MARK, '').trim();
    const document = source.documents.get(chunk.docId);
    if (!sentence || !document) continue;
    return decline(
      'ROW_NOT_FOUND',
      language === 'en'
        ? `The tables have no row for ${missing}, so they do not give this figure (ROW_NOT_FOUND). A note of the document says what became of it (see the related passage): “${sentence}”`
        : `表內沒有綱領(${number})這一項，所以沒有這個數字（ROW_NOT_FOUND）。文件的註釋說明（見相關段落）：「${sentence}」`,
      language,
      [toCitation({ chunk, document, score: 1, coverage: 1 }, 1, language)],
    );
  }
  return undefined;
}

function decline(reason: TableDeclineReason, message: string, language: Language, related: Citation[]): TableAnswer {
  return { language, answer: inScript(message, language), abstained: true, answerType: 'amount', citations: [], related, reason };
}

function columnsText(row: LogicalRow, language: Language): string {
  return cellsOf(row)
    .map((c) => columnLabel(c.cell.column, language))
    .join(language === 'en' ? ', ' : '、');
}

/** A row named in a comparison with the cell asked of it (its last column picked) in dollars. */
interface PickedRow {
  row: LogicalRow;
  cell: CellRef;
  dollars: number;
}

/**
 * One cell for each row a comparison names; a decline when a row lacks the asked column, undefined
 * when a cell is empty (nothing to compare).
 */
function cellPerRow(rows: LogicalRow[], years: string[], kinds: ColumnKind[], language: Language): PickedRow[] | TableAnswer | undefined {
  const picked: PickedRow[] = [];
  for (const row of rows) {
    const pick = pickCells(row, years, kinds);
    if (!pick.ok) return declineFor(pick, row, language);
    const cell = pick.cells.at(-1)!;
    if (cell.cell.value === null) return undefined;
    picked.push({ row, cell, dollars: cell.cell.value * UNIT_SCALE[cell.ref.data.unit] });
  }
  return picked;
}

/** The two rows a question compares, each with its cell, the first it names first; else the decline (or nothing) cellPerRow gives. */
function namedPair(rows: LogicalRow[], years: string[], kinds: ColumnKind[], language: Language, question: string): { subject: PickedRow; other: PickedRow } | TableAnswer | undefined {
  const picked = cellPerRow(rows, years, kinds, language);
  if (!Array.isArray(picked)) return picked;
  picked.sort((a, b) => mentionAt(a.row, question) - mentionAt(b.row, question));
  const [subject, other] = picked as [PickedRow, PickedRow];
  return { subject, other };
}

/** Both rows' cells cited, and their figures written for the answer. */
function citePair(citations: Citations, subject: PickedRow, other: PickedRow, language: Language): { nA: number; nB: number; valueA: string; valueB: string } {
  return {
    nA: citeCell(citations, subject.row, subject.cell),
    nB: citeCell(citations, other.row, other.cell),
    valueA: figure(subject.cell.cell.value!, subject.cell.ref.data.unit, subject.cell.cell.raw, language),
    valueB: figure(other.cell.cell.value!, other.cell.ref.data.unit, other.cell.cell.raw, language),
  };
}

function declineFor(pick: Extract<CellPick, { ok: false }>, row: LogicalRow, language: Language): TableAnswer {
  const label = rowLabel(row, language);
  const related = [toCitation({ chunk: row.refs[0]!.chunk, document: row.refs[0]!.document, score: 1, coverage: 1 }, 1, language)];
  const columns = columnsText(row, language);
  if (pick.reason === 'YEAR_NOT_COVERED') {
    return decline(
      pick.reason,
      language === 'en'
        ? `The table does not cover ${pick.detail}: for ${label} it gives only ${columns}. No figure is given for the year asked (YEAR_NOT_COVERED).`
        : `表內沒有 ${pick.detail} 年度的數字：${label} 只列出 ${columns}，所以無法回答（YEAR_NOT_COVERED）。`,
      language,
      related,
    );
  }
  const kinds = pick.detail.split(', ').map((kind) => KIND_WORDS[kind as ColumnKind]?.[language === 'en' ? 'en' : 'zh'] ?? kind);
  return decline(
    pick.reason,
    language === 'en'
      ? `The table has no ${kinds.join(', ')} column for what was asked: for ${label} it gives only ${columns} (COLUMN_NOT_FOUND).`
      : `表內沒有所問的${kinds.join('、')}一欄：${label} 只列出 ${columns}（COLUMN_NOT_FOUND）。`,
    language,
    related,
  );
}

// ---------------------------------------------------------------------------------------------
// Changes.

interface Change {
  from: CellRef;
  to: CellRef;
  /** In dollars (or posts). */
  amount: number;
  percent?: number;
  amountStated?: StatedChange;
  percentStatedBy?: 'cell' | 'note' | 'sentence';
  statement?: StatedChange;
  note?: NonNullable<TableRowData['notes']>[number];
}

function sameColumn(a: { year: string; kind: ColumnKind }, b: { year: string; kind: ColumnKind }): boolean {
  return a.year === b.year && sameKind(a.kind, b.kind);
}

function changeBetween(row: LogicalRow, from: CellRef, to: CellRef, book: Book): Change | undefined {
  if (from.cell.value === null || to.cell.value === null) return undefined;
  const scale = UNIT_SCALE[to.ref.data.unit];
  const change: Change = { from, to, amount: (to.cell.value - from.cell.value) * scale };
  if (to.cell.change && sameColumn(to.cell.change.from, from.cell.column)) {
    change.percent = to.cell.change.percent;
    change.percentStatedBy = 'cell';
  }
  for (const ref of row.refs) {
    for (const note of ref.data.notes ?? []) {
      if (change.percent === undefined && note.percent !== undefined && note.from && note.to && sameColumn(note.from, from.cell.column) && sameColumn(note.to, to.cell.column)) {
        change.percent = note.percent;
        change.percentStatedBy = 'note';
        change.note = note;
      }
    }
  }
  const statement = book.changes.find((stated) => stated.key === row.key && stated.toYear === to.cell.column.year && sameColumn(stated.from, from.cell.column));
  if (statement) {
    change.statement = statement;
    if (statement.amount !== undefined) {
      change.amount = statement.direction * statement.amount;
      change.amountStated = statement;
    }
    if (change.percent === undefined && statement.percent !== undefined) {
      change.percent = statement.direction * statement.percent;
      change.percentStatedBy = 'sentence';
    }
  }
  return change;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Whether a value meets the bound a yes/no question sets on it: "more than", "over", 超過; "less
 * than", 不足; bounds that include it ("at least", 至少, 或以上; "at most", "no more than", 不超過);
 * with no word for a bound, equal within the tolerance.
 */
function withinBound(value: number, bound: number, question: string, tolerance: number): boolean {
  const atLeast = /\bat least\b|\bnot (?:less|lower|under) than\b|\bno (?:less|lower) than\b|\bor more\b|\bor above\b|至少|起碼|起码|最少有|不少於|不少于|不低於|不低于|或以上/i.test(question);
  const atMost = /\bat most\b|\bnot (?:more|higher|over) than\b|\bno (?:more|higher) than\b|\bnot (?:exceed|above)|\bor less\b|\bor below\b|最多|不超過|不超过|不多於|不多于|不高於|不高于|或以下/i.test(question);
  const more = /more than|over|above|exceed|higher than|greater than|超過|超过|多於|多于|高於|高于|以上|多過|多过|高過|高过|逾/i.test(question);
  const less = /less than|under|below|lower than|fewer than|少於|少于|低於|低于|不足|以下|少過|少过|低過|低过/i.test(question);
  if (atLeast) return value >= bound - tolerance;
  if (atMost) return value <= bound + tolerance;
  if (more) return value > bound;
  if (less) return value < bound;
  return Math.abs(value - bound) < tolerance;
}

function describeChange(row: LogicalRow, change: Change, question: string, language: Language, citations: Citations): string {
  const label = rowLabel(row, language);
  const wantsDirection = DIRECTION_CUE.test(question);
  // The document states the change whole (amount and percentage): that sentence is the answer and its citation.
  const whole = change.amountStated && change.statement?.percent !== undefined ? change.statement : undefined;
  if (whole) {
    const n = citations.cite(whole.chunk, whole.document);
    const amount = dollarsText(whole.amount!, language);
    const from = columnLabel(change.from.cell.column, language);
    const to = columnLabel(change.to.cell.column, language);
    const unit = change.to.ref.data.unit;
    const toN = citeCell(citations, row, change.to);
    const fromN = citeCell(citations, row, change.from);
    const cells =
      language === 'en'
        ? ` The two cells: ${to} ${figure(change.to.cell.value!, unit, change.to.cell.raw, language)} [${toN}] and ${from} ${figure(change.from.cell.value!, change.from.ref.data.unit, change.from.cell.raw, language)} [${fromN}].`
        : `兩格數字：${to} ${figure(change.to.cell.value!, unit, change.to.cell.raw, language)} [${toN}]；${from} ${figure(change.from.cell.value!, change.from.ref.data.unit, change.from.cell.raw, language)} [${fromN}]。`;
    if (language === 'en') {
      const direction = wantsDirection ? `${whole.direction > 0 ? 'Up' : 'Down'}: ` : '';
      const reason = whole.reason && WHY_CUE.test(question) ? ` Reason stated: mainly due to “${whole.reason}”.` : '';
      return `${direction}${label}: the ${to} is ${amount} ${whole.direction > 0 ? 'more' : 'less'} (${whole.direction > 0 ? '+' : '-'}${whole.percent}%) than the ${from}, as the document states [${n}].${reason}${cells}`;
    }
    const direction = wantsDirection ? `${whole.direction > 0 ? '上升' : '下降'}：` : '';
    const reason = whole.reason && WHY_CUE.test(question) ? `文件所述原因：主要由於「${whole.reason}」。` : '';
    return `${direction}${label}的${to}較${from}${whole.direction > 0 ? '增加' : '減少'} ${amount}（${whole.percent}%），此為文件所述 [${n}]。${reason}${cells}`;
  }
  const toN = citeCell(citations, row, change.to);
  const fromN = citeCell(citations, row, change.from);
  const statedN = change.statement && (change.amountStated || change.percentStatedBy === 'sentence') ? citations.cite(change.statement.chunk, change.statement.document) : undefined;
  const unit = change.to.ref.data.unit;
  const up = change.amount > 0 ? 1 : change.amount < 0 ? -1 : 0;
  const computedPercent = change.from.cell.value ? round1(((change.to.cell.value! - change.from.cell.value) / change.from.cell.value) * 100) : undefined;
  const percent = change.percent ?? computedPercent;
  // A difference computed from two cells is also given in the table's own unit (244,006 in HK$'000), as staff quote it beside the table.
  const inTableUnit = change.amountStated || unit === 'posts' ? undefined : tableUnitText(Math.abs(change.to.cell.value! - change.from.cell.value!), unit, language);
  const amountText = unit === 'posts' ? `${Math.abs(change.amount)}` : dollarsText(change.amount, language, inTableUnit);
  const fromText = `${columnLabel(change.from.cell.column, language)} ${figure(change.from.cell.value!, unit, change.from.cell.raw, language)} [${fromN}]`;
  const toText = `${columnLabel(change.to.cell.column, language)} ${figure(change.to.cell.value!, unit, change.to.cell.raw, language)} [${toN}]`;
  const percentText = percent === undefined ? '' : `${Math.abs(percent)}%`;
  if (language === 'en') {
    const direction = up > 0 ? 'up' : up < 0 ? 'down' : 'unchanged';
    const verb = up > 0 ? 'more' : 'less';
    const parts = [wantsDirection ? `${direction === 'up' ? 'Up' : direction === 'down' ? 'Down' : 'Unchanged'}: ` : ''];
    parts.push(`${label}: the ${columnLabel(change.to.cell.column, language)} is ${amountText} ${verb}${percentText ? ` (${up < 0 ? '-' : '+'}${percentText})` : ''} than the ${columnLabel(change.from.cell.column, language)}`);
    const stated: string[] = [];
    if (change.amountStated) stated.push(`the amount as the document states it [${statedN}]`);
    if (change.percentStatedBy === 'cell' || change.percentStatedBy === 'note') stated.push(`the percentage as printed in the table [${toN}]`);
    else if (change.percentStatedBy === 'sentence') stated.push(`the percentage as the document states it [${statedN}]`);
    if (stated.length) stated[0] = `Stated: ${stated[0]}`;
    const computed: string[] = [];
    if (!change.amountStated) computed.push('the amount');
    if (percent !== undefined && !change.percentStatedBy) computed.push('the percentage');
    parts.push(`. ${stated.length ? `${stated.join('; ')}. ` : ''}${computed.length ? `Computed (${computed.join(' and ')}) from the two cells: ` : 'The two cells: '}${toText} and ${fromText}.`);
    if (statedN && change.statement?.reason && WHY_CUE.test(question)) parts.push(` Reason stated: mainly due to “${change.statement.reason}” [${statedN}].`);
    return parts.join('');
  }
  const verb = up > 0 ? '增加' : up < 0 ? '減少' : '不變';
  const parts = [wantsDirection ? `${up > 0 ? '上升' : up < 0 ? '下降' : '不變'}：` : ''];
  parts.push(`${label}的${columnLabel(change.to.cell.column, language)}較${columnLabel(change.from.cell.column, language)}${verb} ${amountText}${percentText ? `（${percentText}）` : ''}`);
  const stated: string[] = [];
  if (change.amountStated) stated.push(`金額為文件所述 [${statedN}]`);
  if (change.percentStatedBy === 'cell' || change.percentStatedBy === 'note') stated.push(`百分比為表內所列 [${toN}]`);
  else if (change.percentStatedBy === 'sentence') stated.push(`百分比為文件所述 [${statedN}]`);
  const computed: string[] = [];
  if (!change.amountStated) computed.push('金額');
  if (percent !== undefined && !change.percentStatedBy) computed.push('百分比');
  parts.push(`。${stated.length ? `${stated.join('；')}。` : ''}${computed.length ? `${computed.join('及')}由兩格數字計算：` : '兩格數字：'}${toText}；${fromText}。`);
  if (statedN && change.statement?.reason && WHY_CUE.test(question)) parts.push(`文件所述原因：主要由於「${change.statement.reason}」[${statedN}]。`);
  return parts.join('');
}

/** From which column to which: the two the question names, else the document's own comparison (estimate on revised). */
/**
 * A revised estimate as the subject of a change ("修訂預算跌咗幾多%", "how much was the revised
 * estimate cut"): its change from the column before it (the original estimate of its year, whose
 * percentage the table prints under it), not its distance from the latest estimate.
 */
const REVISED_AS_SUBJECT =
  /(?:修訂預算|修订预算|修訂|修订|revised (?:estimate|figure|budget)s?(?: (?:for|of|on) [\w\s()'’-]{1,40}?)?)\s*(?:(?:was|were|is|has been|been|get|got)\s+)?(?:跌|減|减|少|降|削|升|加|增|多|\b(?:fell|dropped|rose|fall|drop|rise|cut|reduced|increased|decreased|lowered|raised)\b)/i;

function changeColumns(row: LogicalRow, years: string[], kinds: ColumnKind[], intoNamed = false): { from: CellRef; to: CellRef } | Extract<CellPick, { ok: false }> {
  const cells = cellsOf(row).filter((c) => c.cell.value !== null);
  const all = cellsOf(row);
  const rowYears = [...new Set(all.map((c) => c.cell.column.year))];
  const missing = years.filter((year) => !rowYears.includes(year));
  if (missing.length) return { ok: false, reason: 'YEAR_NOT_COVERED', detail: missing.join(', ') };
  const preference: ColumnKind[] = ['estimate', 'revised', 'original', 'approved', 'actual'];
  const best = (year: string | undefined, kind: ColumnKind | undefined, exclude?: CellRef): CellRef | undefined => {
    const candidates = cells.filter((c) => c !== exclude && (!year || c.cell.column.year === year) && (!kind || sameKind(kind, c.cell.column.kind)));
    if (kind) return candidates.find((c) => c.cell.column.kind === kind) ?? candidates.at(-1);
    return [...candidates].sort((a, b) => preference.indexOf(a.cell.column.kind) - preference.indexOf(b.cell.column.kind))[0];
  };
  const sortedYears = [...years].sort();
  let to: CellRef | undefined;
  let from: CellRef | undefined;
  if (sortedYears.length >= 2) {
    // Each named kind goes with the year that has such a column ("2025-26 … than the 2024-25 revised estimate").
    const kindFor = (year: string, exclude?: ColumnKind) => kinds.find((kind) => kind !== exclude && cells.some((c) => c.cell.column.year === year && sameKind(kind, c.cell.column.kind)));
    if (kinds.length && !kindFor(sortedYears[0]!) && !kindFor(sortedYears.at(-1)!)) return { ok: false, reason: 'COLUMN_NOT_FOUND', detail: kinds.join(', ') };
    const toKind = kindFor(sortedYears.at(-1)!);
    to = best(sortedYears.at(-1), toKind);
    from = best(sortedYears[0], kindFor(sortedYears[0]!, toKind) ?? kindFor(sortedYears[0]!), to);
  } else if (kinds.length >= 2) {
    // The year goes with the kind that has a column in it; the other kind is its own column ("2024-25 原來預算比實際開支").
    const pair = kinds.map((kind) => best(sortedYears[0], kind) ?? (sortedYears.length ? best(undefined, kind) : undefined)).filter((c): c is CellRef => Boolean(c));
    if (pair.length < 2) return { ok: false, reason: 'COLUMN_NOT_FOUND', detail: kinds.join(', ') };
    pair.sort((a, b) => a.cell.column.year.localeCompare(b.cell.column.year) || KIND_ORDER[a.cell.column.kind] - KIND_ORDER[b.cell.column.kind]);
    [from, to] = [pair[0], pair.at(-1)];
  } else {
    const latest = cells.filter((c) => c.cell.column.kind === 'estimate').at(-1) ?? cells.at(-1);
    if (sortedYears.length === 1 && kinds.length === 1) {
      // One column named: compare it with the latest estimate, or the latest estimate with it.
      const named = best(sortedYears[0], kinds[0]);
      // "2025-26 的撥款較修訂預算增加多少": the year is one side, the kind the other.
      const yearCell = best(sortedYears[0], undefined);
      const kindCell = best(undefined, kinds[0]);
      if (!named && yearCell && kindCell && yearCell !== kindCell) [from, to] = yearCell.cell.column.year > kindCell.cell.column.year ? [kindCell, yearCell] : [yearCell, kindCell];
      else if (!named) return { ok: false, reason: 'COLUMN_NOT_FOUND', detail: kinds.join(', ') };
      else if (intoNamed && previousColumn(cells, named)) [from, to] = [previousColumn(cells, named), named];
      else if (latest && named !== latest) [from, to] = [named, latest];
      else {
        to = named;
        from = previousColumn(cells, named);
      }
    } else if (sortedYears.length === 1) {
      to = best(sortedYears[0], undefined);
      if (to && to.cell.column.kind !== 'estimate' && latest && to !== latest) [from, to] = [to, latest];
      else if (to) from = previousColumn(cells, to);
    } else if (kinds.length === 1) {
      const named = best(undefined, kinds[0]);
      if (!named) return { ok: false, reason: 'COLUMN_NOT_FOUND', detail: kinds.join(', ') };
      if (intoNamed && previousColumn(cells, named)) [from, to] = [previousColumn(cells, named), named];
      else if (latest && named !== latest) [from, to] = [named, latest];
      else {
        to = named;
        from = previousColumn(cells, named);
      }
    } else {
      to = latest;
      if (to) from = previousColumn(cells, to);
    }
  }
  if (!from || !to || from === to) return { ok: false, reason: 'COLUMN_NOT_FOUND', detail: kinds.join(', ') || 'estimate' };
  return { from, to };
}

/** Where the question first mentions a row: its number, its code or its name; the end if nowhere found. */
function mentionAt(row: LogicalRow, question: string): number {
  const data = row.refs[0]!.data;
  const folded = foldForMatch(question);
  const positions: number[] = [];
  if (data.programme && !data.total) {
    const at = new RegExp(`(?:programme|program|綱領|纲领)\\s*(?:no\\.?\\s*)?[(（]?\\s*${data.programme}(?!\\d)`, 'i').exec(question)?.index;
    if (at !== undefined) positions.push(at);
  }
  if (data.code) {
    const at = new RegExp(`(?<!\\d)${data.code}(?!\\d)`).exec(question)?.index;
    if (at !== undefined) positions.push(at);
  }
  for (const name of [row.name, ...row.aliases, ...row.glossary]) {
    const at = folded.indexOf(foldForMatch(name));
    if (at >= 0) positions.push(at);
  }
  for (const term of row.phraseTargets) {
    const at = folded.search(new RegExp(`\\b${term}`));
    if (at >= 0) positions.push(at);
  }
  return positions.length ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
}

/** Of several totals (the programme table's and the sub-head table's), those with a column of exactly the kind asked. */
function preferExactKind(rows: LogicalRow[], years: string[], kinds: ColumnKind[]): LogicalRow[] {
  if (rows.length < 2 || kinds.length === 0 || !rows.every((row) => row.total)) return rows;
  const has = (row: LogicalRow, kind: ColumnKind) => cellsOf(row).some((c) => c.cell.column.kind === kind && (!years.length || years.includes(c.cell.column.year)));
  // The totals with every kind asked ("approved" and "revised": the sub-head table's), else with one.
  const every = rows.filter((row) => kinds.every((kind) => has(row, kind)));
  if (every.length) return every;
  const exact = rows.filter((row) => kinds.some((kind) => has(row, kind)));
  return exact.length ? exact : rows;
}

/** A row's cell and its table's total in the same column (the total of the table the row is listed in). */
function shareOfTotal(row: LogicalRow, book: Book, years: string[], kinds: ColumnKind[]): { part: CellRef; whole: CellRef } | undefined {
  const family = row.key.startsWith('programme:') ? 'programme:' : row.key.startsWith('code:') ? 'code:' : undefined;
  const totals = family ? (book.familyTotals.get(family) ?? []) : [];
  const pick = pickCells(row, years, kinds);
  if (!pick.ok) return undefined;
  const part = pick.cells.at(-1);
  if (!part || part.cell.value === null) return undefined;
  for (const total of totals) {
    for (const totalRef of total.refs) {
      const rowRef = row.refs.find((ref) => ref.document.id === totalRef.document.id && ref.data.caption === totalRef.data.caption);
      if (!rowRef) continue;
      const partCell = rowRef.data.cells.find((cell) => sameColumn(cell.column, part.cell.column));
      const wholeCell = totalRef.data.cells.find((cell) => sameColumn(cell.column, part.cell.column));
      if (partCell?.value && wholeCell?.value) return { part: { ref: rowRef, cell: partCell }, whole: { ref: totalRef, cell: wholeCell } };
    }
  }
  return undefined;
}

/** The column printed to a cell's left: the one its percentage is measured against. */
function previousColumn(cells: CellRef[], cell: CellRef): CellRef | undefined {
  if (cell.cell.change) {
    const base = cells.find((c) => sameColumn(c.cell.column, cell.cell.change!.from));
    if (base) return base;
  }
  const position = cells.indexOf(cell);
  return position > 0 ? cells[position - 1] : undefined;
}

function shiftYear(year: string, by: number): string {
  return fiscalYearLabel(Number(year.slice(0, 4)) + by);
}

/** "this year" / 今年 is the tables' budget year, "last year" / 去年 / 舊年 the one before, 前年 the one before that. */
function relativeYears(question: string, latestYear: string): string[] {
  if (!/^\d{4}-\d{2}$/.test(latestYear)) return [];
  const years: string[] = [];
  if (/this (?:financial |fiscal |budget )?year|current (?:financial |fiscal )?year|今年|本年度|今個財政年度|今个财政年度|今個年度|今个年度|本財政年度|本财政年度/i.test(question)) {
    // "This year's revised estimate": the Estimates revise the year they are presented in, the one
    // before their budget year (this year as the asker lives it).
    years.push(/revised|revision|修訂|修订|修改後|修改后|調整後|调整后/i.test(question) ? shiftYear(latestYear, -1) : latestYear);
  }
  // The year ahead, as the Estimates speak of it: their own budget year.
  if (/(?:coming|next|upcoming|new) (?:financial |fiscal |budget )?year|year ahead|來年|来年|明年|出年|下年度|下一年度|下個財政年度|下个财政年度|新財政年度|新财政年度/i.test(question)) years.push(latestYear);
  if (/last (?:financial |fiscal |budget )?year|previous (?:financial |fiscal )?year|去年|上年|舊年|旧年|上一年|上個財政年度|上个财政年度|上年度/i.test(question)) years.push(shiftYear(latestYear, -1));
  if (/year before last|前年/i.test(question)) years.push(shiftYear(latestYear, -2));
  // "The year after next", 後年: the year after the budget year ("next year").
  if (/year after next|(?<![之以])後年|(?<![之以])后年|下下年|下下個財政年度|下下个财政年度/i.test(question)) years.push(shiftYear(latestYear, 1));
  // "Two years ago": counted back from this year, the budget year.
  const ago = /\b(one|a|two|three|four|five|\d)\s+(?:financial\s+|fiscal\s+)?years?\s+ago\b/i.exec(question);
  if (ago) years.push(shiftYear(latestYear, -(COUNT_WORDS[ago[1]!.toLowerCase()] ?? Number(ago[1]))));
  // Short forms: "24-25", "24/25年度", "2025至26".
  for (const match of question.matchAll(/(?<![\d.,$])(?:20)?(\d{2})\s*(?:[-/至到])\s*(\d{2})(?![\d.,%])/g)) {
    const first = Number(match[1]);
    if (Number(match[2]) === (first + 1) % 100 && first >= 10 && first <= 60) years.push(`20${match[1]}-${match[2]}`);
  }
  return years;
}

const COUNT_WORDS: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, 一: 1, 兩: 2, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * "Two years before the 2025-26 budget", 「2025-26年度之前兩年」: the year that many before (or
 * after) the one named, which stands for it.
 */
function yearsAway(question: string): { anchor: string; year: string } | undefined {
  const english = /\b(one|a|two|three|four|five|\d)\s+(?:financial\s+|fiscal\s+)?years?\s+(before|after|earlier than|later than|prior to|ahead of)\s+(?:the\s+)?(?:fy\s*)?(\d{4})\s*[-/]\s*(\d{2})/i.exec(question);
  const chinese = /(\d{4})\s*[-/至]\s*(\d{2})\s*(?:年度|年)?(?:[\u4e00-\u9fff]{0,4}?)(之前|以前|前|之後|以後|之后|以后|後|后)\s*([一兩两二三四五\d])\s*(?:個|个)?\s*(?:財政|财政)?年/.exec(question);
  if (english) {
    const by = COUNT_WORDS[english[1]!.toLowerCase()] ?? Number(english[1]);
    const anchor = `${english[3]}-${english[4]}`;
    return { anchor, year: shiftYear(anchor, /before|earlier|prior/i.test(english[2]!) ? -by : by) };
  }
  if (chinese) {
    const by = COUNT_WORDS[chinese[4]!] ?? Number(chinese[4]);
    const anchor = `${chinese[1]}-${chinese[2]}`;
    return { anchor, year: shiftYear(anchor, /前/.test(chinese[3]!) ? -by : by) };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The entry point.

/**
 * English words joined by hyphens around a linking word ("salaries-and-expenses",
 * "year-on-year" is left) read as the words they join.
 */
export function unhyphenate(question: string): string {
  return question.replace(/\b([a-z]+)-(and|or|of|for)-([a-z]+)\b/gi, '$1 $2 $3');
}

/**
 * A prefix written with a hyphen ("co-ordination") where a row's English name (terminology) writes
 * the word whole ("coordination"): the row's spelling, so the name is found either way.
 */
function joinPrefixes(question: string, book: Book, searchText: SearchText): string {
  return question.replace(/\b(co|re|pre)-([a-z]+)/gi, (whole, prefix: string, rest: string) => {
    const joined = `${prefix}${rest}`;
    const terms = searchText.analyzer.analyze(joined).map((term) => term.term);
    return terms.length > 0 && book.rows.some((row) => terms.every((term) => row.phraseTargets.includes(term))) ? joined : whole;
  });
}

/**
 * Answers a question from the tables, or returns undefined when it is not a table question this
 * module can answer with confidence (the caller then answers it as any other).
 */
/** A question asking which head, programme or sub-head (a name or a number) … */
const WHICH_ITEM_ASKED = /\bwhich (?:head|programme|program|sub-?head|item)\b|(?:哪|邊|边)(?:一)?(?:個|个)?(?:總目|总目|綱領|纲领|分目)/i;
/** … something was moved to or belongs under: a name, not a figure of the tables (which of two gets more is one). */
const MOVED_TO = /\b(?:moved|transferred|shifted|reallocated|redeployed|belongs?)\b|轉撥|转拨|轉移|转移|撥到|拨到|撥去|拨去|轉去|转去|歸入|归入|屬於|属于|撥歸|拨归/i;

export function answerFromTables(asked: string, source: TableSource, options: { language?: Language } = {}): TableAnswer | undefined {
  let book = books.get(source.chunks);
  if (!book) books.set(source.chunks, (book = buildBook(source)));
  if (book.rows.length === 0) return undefined;
  const question = joinPrefixes(unhyphenate(asked), book, source.searchText);
  const normalised = question.normalize('NFKC');
  // "Which head did the money get moved to?", 「轉撥至哪個總目？」: which item, by its name or number, not a figure of the tables.
  if (WHICH_ITEM_ASKED.test(normalised) && MOVED_TO.test(normalised)) return undefined;
  const intent = analyzeQuestion(question);
  const language = options.language ?? intent.language;
  const shifted = yearsAway(question.normalize('NFKC'));
  const years = [...new Set([...intent.fiscalYears, ...relativeYears(question.normalize('NFKC'), book.latestYear)].map((year) => (shifted && year === shifted.anchor ? shifted.year : year)))];
  const kinds = askedKinds(question);
  const asksWhy = WHY_CUE.test(normalised);
  // Polar questions in the forms the question analysis may not read as one (係唔係, 是不是).
  // "Did it fall, and by how much?": yes or no, then the change.
  const asksYesNo =
    intent.answerType === 'yes-no' ||
    ((POLAR_CUE.test(normalised) || POLAR_AFTER_CLAUSE.test(normalised)) && !asksWhy && !/how much|多少|幾多|几多/i.test(normalised)) ||
    (/^\s*(?:is|are|was|were|does|do|did|will|has|have|had)\b/i.test(normalised) && /\band (?:by )?(?:how much|what percent)/i.test(normalised));
  const asksChange = asksWhy || CHANGE_CUE.test(normalised.replace(/[較较](?=多|少|大|小|高|低)/g, '')) || PERCENT_CUE.test(normalised) || DIRECTION_CUE.test(normalised);
  const asksFigure = FIGURE_CUE.test(normalised) || SHARE_CUE.test(normalised) || COMPARE_ROWS_CUE.test(normalised) || (WHICH_YEAR_CUE.test(normalised) && SUPERLATIVE_CUE.test(normalised)) || intent.answerType === 'amount' || intent.answerType === 'percent' || kinds.length > 0;
  // "Which year had the lowest figure for X?": the columns of a row compared is a question of the tables.
  const tableCue = (WHICH_YEAR_CUE.test(normalised) && (SUPERLATIVE_CUE.test(normalised) || COMPARE_ROWS_CUE.test(normalised))) || TABLE_CUE.test(normalised.replace(/財政預算案|财政预算案|預算案|预算案/g, '')) || (asksWhy && /\b(?:more|less|increase[sd]?|decrease[sd]?|higher|lower|bigger|smaller|larger|greater|up|down|fall|falls|fell|rise|rises|rose|drop|dropped|cut|grow|grew|reduced)\b|增加|減少|减少|多咗|少咗|加咗|減咗|减咗/i.test(normalised)) || kinds.some((kind) => kind !== 'estimate');

  const { matches, missingExplicit } = matchRows(question, book, source.searchText);
  // The names of the head the tables belong to (the bureau), which name no row.
  const stripped = stripHeadNames(question, book);
  const namesHead = stripped.replace(/\s+/g, '') !== foldForMatch(normalised).replace(/\s+/g, '');
  // "How many posts will the bureau have at 31 March 2026?": the head's posts as its report states
  // them in words, when no programme or sub-head is named (the tables give no posts of a row).
  // A programme named by number or name gets its own change of posts, where its section states one.
  const namedRows = matches.filter((match) => (match.explicit || match.named) && !match.row.total);
  const namedProgramme = namedRows.length === 1 && namedRows[0]!.row.key.startsWith('programme:') ? namedRows[0]!.row.key.slice('programme:'.length) : undefined;
  if (
    (POSTS_CUE.test(normalised) || /\bestablishment\b(?!\s+of\b)/i.test(normalised)) &&
    !/\bwhen\b|\bdate\b|何時|何时|幾時|几时|甚麼時候|什麼時候|什么时候/i.test(normalised) &&
    !MONEY_WORDS.test(normalised) &&
    // (Or a change of posts asked with no one named, when the tables are one head's: "will the number of posts go up or down?")
    (namesHead || ESTABLISHMENT_CUE.test(normalised) || namedProgramme || (book.tableDocuments.size === 1 && (DIRECTION_CUE.test(normalised) || CHANGE_WORD.test(normalised)) && !otherSubject(stripped, normalised, [], book, source.searchText))) &&
    (namedRows.length === 0 || namedProgramme) &&
    // ("ITIB headcount at 31 March?": a noun of counting people asks the number without a question word.)
    (/how many|number of|多少|幾多|几多|幾個|几个|數目|数目|\bwhat(?:'s| is| was| will be)\b|\bhead ?count\b|\bstaffing (?:levels?|size)\b/i.test(normalised) || DIRECTION_CUE.test(normalised) || /增加還是減少|增加还是减少|more or fewer/i.test(normalised) || (asksYesNo && (CHANGE_WORD.test(normalised) || ASKS_SAME.test(normalised))))
  ) {
    // "How many Administrative Officer posts?", 幾多個首席助理秘書長職位: a kind of post the report's
    // sentences on posts do not count (they state the whole establishment and its directorate).
    const qualifier = postsQualifier(normalised);
    const unsaid = qualifier ? wordsUnsaid(stripHeadNames(qualifier, book), book.postsSaid, book, source.searchText).unsaid : [];
    if (unsaid.length) {
      return decline(
        'COLUMN_NOT_FOUND',
        language === 'en'
          ? `The report states the number of posts of the whole establishment and of its directorate only, not of ${qualifier} posts (COLUMN_NOT_FOUND).`
          : `報告只列出整體人手編制及首長級職位的數目，沒有${qualifier}職位的數目（COLUMN_NOT_FOUND）。`,
        language,
        [],
      );
    }
    const posts = answerPosts(question, book.posts, language, namedProgramme ? { programme: namedProgramme } : {});
    if (posts) return posts;
  }
  // "Will the bureau have more than 10 posts?": a count of posts checked against a figure, which the
  // report states in words and the money tables do not hold — a question for the passages.
  if (asksYesNo && POSTS_CUE.test(normalised) && !MONEY_WORDS.test(normalised)) return undefined;
  // "Who accounts for the expenditure?", "what is the aim of Programme (1)?": not a figure.
  // 邊個 is "who" and also "which one" ("邊個預算較多"): a comparison of rows is a figure question.
  const howMuch = /how much|多少|幾多|几多/i.test(normalised) || COMPARE_ROWS_CUE.test(normalised) || (WHICH_YEAR_CUE.test(normalised) && SUPERLATIVE_CUE.test(normalised));
  // "What projects does sub-head 697 fund?", 資助咩項目: what the row pays for, asked as a list.
  // (The words asking it are not the row's: "projects", 項目.)
  if (PAYS_FOR_WHAT.test(normalised) && !asksWhy && !howMuch) return purposeOfRow(matches, stripped.replace(PAYS_FOR_WHAT, ' '), normalised, book, source.searchText, language);
  if (['person', 'place', 'date', 'list'].includes(intent.answerType) && !asksWhy && !howMuch && !(intent.answerType === 'list' && FIGURE_CUE.test(normalised))) return undefined;
  if (intent.answerType === 'definition' && !asksWhy && !howMuch && kinds.length === 0 && !FIGURE_CUE.test(normalised)) return undefined;
  // "What is the 6,000萬 of general non-recurrent expenditure for?", 用嚟做咩: what the money is for, not how much.
  // The paragraph that writes a row's provision in full says what it is for ("在分目 697 …項下的撥款
  // 94,144,000 元,主要向各局及部門提供資助…"), as every Controlling Officer's Report writes it: quoted;
  // a row no paragraph writes so is declined (the tables give only its sums by year).
  if (intent.answerType === 'purpose' && PURPOSE_CUE.test(normalised) && !asksWhy && !howMuch) return purposeOfRow(matches, stripped, normalised, book, source.searchText, language);
  // "How much is each project funded at most?", 每個項目最多: a sum per unit of something a row pays
  // for (a project, a grant, a post), which no cell is — a question for the passages.
  if (PER_UNIT.test(normalised)) return perUnitBound(matches, stripped, normalised, book, source.searchText, language);
  // "The 2025-26 estimate for Head 47": a head whose report is not among the documents.
  const otherHead = book.headNumbers.size ? [...normalised.matchAll(HEAD_NUMBER)].map((match) => match[1]!).find((number) => !book.headNumbers.has(number)) : undefined;
  if (otherHead && !namedRows.length && (asksFigure || asksChange)) {
    return decline(
      'ROW_NOT_FOUND',
      language === 'en'
        ? `The tables are Head ${[...book.headNumbers].join(', ')}'s; they give no figures for Head ${otherHead} (ROW_NOT_FOUND).`
        : `表內只有總目 ${[...book.headNumbers].join('、')} 的數字，沒有總目 ${otherHead} 的數字（ROW_NOT_FOUND）。`,
      language,
      [],
    );
  }
  if (missingExplicit) {
    if (!asksFigure && !asksChange) return undefined;
    const noted = declineWithNote(missingExplicit, source, language);
    if (noted) return noted;
    return decline(
      'ROW_NOT_FOUND',
      language === 'en' ? `The tables have no row for ${missingExplicit}, so they do not give this figure (ROW_NOT_FOUND).` : `表內沒有${missingExplicit.replace(/^sub-head /, '分目 ').replace(/^Programme /, '綱領')}這一項，所以沒有這個數字（ROW_NOT_FOUND）。`,
      language,
      [],
    );
  }

  let chosen: RowMatch[] = matches.filter((match) => match.explicit || match.byGlossary || tableCue);
  const best = chosen[0];
  // The family of rows the question speaks of without naming one: "which programme", "兩個綱領合共".
  const family = /programmes?\b|programs?\b|綱領|纲领/i.test(normalised) ? 'programme:' : /sub-?heads?\b|分目/i.test(normalised) ? 'code:' : undefined;
  const asksWhichYear = WHICH_YEAR_CUE.test(normalised);
  const comparesRows = COMPARE_ROWS_CUE.test(normalised) && !asksWhichYear;
  // Totals matched only by a word for a total ("the total provision for both programmes") are not named rows.
  const onlyTotals = chosen.length > 0 && chosen.every((match) => match.row.total && !match.explicit && !match.named);
  // (Also when only a total matched, by a word of its name, and no total is asked: "which of the
  // bureau's two programmes gets the bigger allocation" compares the programmes, not their total.)
  const totalAsked = DIRECTION_CHOICE.test(normalised) || /\btotal\b|\bboth\b|combined|together|合計|合计|總額|总额|合共|加埋|一共/i.test(normalised);
  if (comparesRows && family && (!best || (!totalAsked && chosen.every((match) => match.row.total && !match.explicit && !match.named)))) {
    // "Which programme gets the most?": every programme (or every sub-head) is a candidate.
    chosen = book.rows.filter((row) => row.key.startsWith(family)).map((row) => ({ row, coverage: 1, explicit: true }));
  } else if (
    (!best ||
      (onlyTotals && family) ||
      (family && FAMILY_TOTAL_CUE.test(normalised) && chosen.every((match) => !match.explicit && !match.named)) ||
      // "The bureau's salaries and expenses": the head named, a row matched only by a word of its name
      // ("expenses"), and the words the report uses of the head's whole provision (所需的薪金及開支預算) explain the rest.
      (namesHead &&
        !family &&
        chosen.every((match) => !match.explicit && !match.named && match.coverage < 1) &&
        unexplainedShare(stripped, chosen.map((match) => match.row), book, source.searchText) > 0 &&
        book.rows.some((row) => row.total === 'grand' && unexplainedShare(stripped, [row], book, source.searchText) === 0))) &&
    (TOTAL_CUE.test(normalised) || namesHead) &&
    tableCue &&
    (asksFigure || asksChange)
  ) {
    // Totals asked of a family of rows ("both programmes") are that table's total; of the head, its grand totals.
    const familyTotal = family && TOTAL_CUE.test(normalised) ? book.familyTotals.get(family) : undefined;
    chosen = (familyTotal?.length ? familyTotal : book.rows.filter((row) => row.total === 'grand')).map((row) => ({ row, coverage: 1, explicit: false }));
  } else if (best) {
    // A total matched only by a word of its name ("amount" → 合計), with no word for a total, beside a
    // row matched by its own words ("the innovation and technology programme"): the row was asked.
    if (!TOTAL_CUE.test(normalised) && chosen.some((match) => !match.row.total)) chosen = chosen.filter((match) => !match.row.total || match.explicit || match.named);
    const top = chosen[0]!;
    // Rows matched as well as the best (a tie), kept for comparisons and equal totals.
    // Comparing rows keeps every row the question names; otherwise rows matched as well as the best (a tie).
    // "Is A larger than B in 2025-26?", "A比B多幾多": one column of two rows compared keeps the row
    // matched less well too (a change over time compares columns of one row instead).
    const rowsCompared = COMPARE_ROWS_CUE.test(normalised) || (years.length <= 1 && kinds.length <= 1 && !CHANGE_WORD.test(normalised) && !PERCENT_CUE.test(normalised) && ROWS_DIFFERENCE_CUE.test(normalised));
    chosen = chosen.filter((match) => match.explicit || match.coverage >= top.coverage - 0.05 || rowsCompared);
    // A total matched only by some of its words ("total", "allocation") beside a row the question
    // names (by number or by name) was not asked; nor, without a word for a total, beside any other row.
    if (chosen.some((match) => match.explicit || match.named)) chosen = chosen.filter((match) => match.explicit || match.named || !match.row.total);
    // (A total named by its own name or the Estimates' English for it — "recurrent expenditure" for
    // 經常開支總額 — is asked as itself.)
    if (!TOTAL_CUE.test(normalised) && chosen.some((match) => !match.row.total)) chosen = chosen.filter((match) => !match.row.total || match.explicit || match.named);
    // Two or more rows compared by name: a row matched only by some of their words is not a third.
    if (rowsCompared && chosen.filter((match) => match.explicit || match.named).length >= 2) chosen = chosen.filter((match) => match.explicit || match.named);
    // Totals matched only by some of their words ("overall expenditure"), asked of the head as a
    // whole: its grand totals (every table's: the columns asked choose among them), not a sub-total
    // that shares a word.
    if (onlyTotals && (TOTAL_CUE.test(normalised) || namesHead) && !family && chosen.some((match) => match.row.total === 'grand')) {
      chosen = book.rows.filter((row) => row.total === 'grand').map((row) => chosen.find((match) => match.row === row) ?? { row, coverage: best.coverage, explicit: false });
    }
  }

  // A standard row of the Estimates' layout ("personal emoluments", 部門開支) these tables do not
  // list: no row matched only by some of its words ("expenses") stands in for it.
  // Rows matched only by some of their words, beside a name the tables do not have: that is what was asked.
  const other = chosen.length > 0 && chosen.every((match) => !match.explicit && !match.named) ? otherSubject(stripped, normalised, chosen.map((match) => match.row), book, source.searchText) : undefined;
  if (other) {
    // Asked in the tables' terms (a year and a column, or the head by number or name): declined.
    const inTableTerms = kinds.length > 0 || TABLE_COLUMN_PHRASE.test(normalised) || namesHead || /(?<!sub-?)head\s*\d+|總目\s*\d+|总目\s*\d+/i.test(normalised);
    if (years.length && inTableTerms && (asksFigure || asksChange)) {
      return decline('ROW_NOT_FOUND', language === 'en' ? `The tables have no row for ${other}, so they do not give this figure (ROW_NOT_FOUND).` : `表內沒有${other}這一項，所以沒有這個數字（ROW_NOT_FOUND）。`, language, []);
    }
    return undefined;
  }
  // "分目000下津貼", "the allowances under operating expenses": a standard item of a sub-head's
  // analysis, which these tables do not print, asked of a row or of the head: a part of it.
  const item = !asksWhy && (asksFigure || asksChange) ? breakdownItem(normalised, book) : undefined;
  if (item && (chosen.length > 0 || namesHead || /(?<!sub-?)head\s*\d+|總目\s*\d+|总目\s*\d+|sub-?heads?\b|分目/i.test(normalised))) {
    const named = chosen.find((match) => match.explicit || match.named)?.row ?? chosen[0]?.row;
    const label = named ? rowLabel(named, language) : language === 'en' ? "the head's provision" : '本總目的撥款';
    return decline(
      'COLUMN_NOT_FOUND',
      language === 'en'
        ? `The tables give ${label} as one sum; they do not show how much of it is ${item.en} (COLUMN_NOT_FOUND).`
        : `表內只列出${label}的整體款額，沒有列出當中${item.zh}的數字（COLUMN_NOT_FOUND）。`,
      language,
      named ? [toCitation({ chunk: named.refs[0]!.chunk, document: named.refs[0]!.document, score: 1, coverage: 1 }, 1, language)] : [],
    );
  }
  const absent = !asksWhy && (asksFigure || asksChange || years.length > 0 || kinds.length > 0) ? absentStandardRow(normalised, book) : undefined;
  if (absent && chosen.every((match) => !match.explicit && !match.named)) chosen = [];
  if (chosen.length === 0) {
    if (absent) {
      return decline('ROW_NOT_FOUND', language === 'en' ? `The tables have no row for ${absent.en}, so they do not give this figure (ROW_NOT_FOUND).` : `表內沒有${absent.zh}這一項，所以沒有這個數字（ROW_NOT_FOUND）。`, language, []);
    }
    if (TABLE_COLUMN_PHRASE.test(normalised) && (asksFigure || asksChange)) {
      return decline('ROW_NOT_FOUND', language === 'en' ? 'The estimates tables have no row for what was asked, so they do not give this figure (ROW_NOT_FOUND).' : '預算表內沒有所問的項目，所以沒有這個數字（ROW_NOT_FOUND）。', language, []);
    }
    return undefined;
  }
  // "How many staff does the Office of the Secretary have?": a count of posts, which tables of money do not hold.
  if (POSTS_CUE.test(normalised) && !asksChange && /how many|number of|多少|幾多|几多|幾個|几个/i.test(normalised) && !book.rows.some((row) => row.refs.some((ref) => ref.data.unit === 'posts'))) {
    const named = best && chosen.find((match) => !match.row.total);
    if (!named) return undefined;
    const label = rowLabel(named.row, language);
    return decline(
      'COLUMN_NOT_FOUND',
      language === 'en'
        ? `The tables give money, not numbers of posts or staff, for ${label}: they have no such column (COLUMN_NOT_FOUND).`
        : `表內只列出${label}的款額，沒有職位或員工數目一欄（COLUMN_NOT_FOUND）。`,
      language,
      [toCitation({ chunk: named.row.refs[0]!.chunk, document: named.row.refs[0]!.document, score: 1, coverage: 1 }, 1, language)],
    );
  }
  if (!asksFigure && !asksChange) return undefined;
  const rows = chosen.map((match) => match.row);
  // A row named by number or by its own name carries a question with one more word of its own.
  // A row matched by only part of its name ("Office" of 局長辦公室), beside a word no row explains
  // ("the Efficiency Office programme"), is another row, one the tables do not have.
  const partOnly = chosen.every((match) => !match.explicit && !match.named && match.coverage < 1 && !match.row.total);
  const limit = chosen.some((match) => match.explicit || match.named) ? MAX_UNEXPLAINED_NAMED : partOnly ? 0 : MAX_UNEXPLAINED;
  if (unexplainedShare(stripped, rows, book, source.searchText) > limit) {
    // "The 2024-25 revised estimate for <something no row is> under Head 135": a column of the head's
    // tables asked for a row they do not have.
    const headCode = /(?<!sub-?)head\s*\d+|總目\s*\d+|总目\s*\d+/i.test(normalised);
    if (years.length && ((kinds.length && (namesHead || family || TABLE_COLUMN_PHRASE.test(normalised))) || headCode) && chosen.every((match) => !match.explicit && !match.named)) {
      return decline('ROW_NOT_FOUND', language === 'en' ? 'The estimates tables have no row for what was asked, so they do not give this figure (ROW_NOT_FOUND).' : '預算表內沒有所問的項目，所以沒有這個數字（ROW_NOT_FOUND）。', language, []);
    }
    // "綱領(2)定網絡安全基金邊個多": one side a row named by number or name, the other no row.
    const missingSide = chosen.some((match) => match.explicit || match.named) ? missingAlternative(stripped, normalised, rows, years, kinds, book, source.searchText) : undefined;
    if (missingSide) return decline('ROW_NOT_FOUND', language === 'en' ? `The tables have no row for ${missingSide}, so they cannot compare it (ROW_NOT_FOUND).` : `表內沒有${missingSide}這一項，所以無法比較（ROW_NOT_FOUND）。`, language, []);
    return undefined;
  }

  // "The budget under operating expenses used for office rent", "how much of Programme 1 goes on
  // rent": a part of a row's provision by what it is spent on, which the tables do not break down.
  const spentOn = asksWhy || !spentOnClause(stripped, rows, book, source.searchText) ? undefined : (SPENT_ON.exec(normalised)?.[1] ?? '').trim();
  if (spentOn) {
    const label = rowLabel(rows[0]!, language);
    return decline(
      'COLUMN_NOT_FOUND',
      language === 'en'
        ? `The tables give ${label}'s provision as one sum; they do not say how much of it goes to ${spentOn} (COLUMN_NOT_FOUND).`
        : `表內只列出${label}的整體款額，沒有列出當中用於${spentOn}的數字（COLUMN_NOT_FOUND）。`,
      language,
      [toCitation({ chunk: rows[0]!.refs[0]!.chunk, document: rows[0]!.refs[0]!.document, score: 1, coverage: 1 }, 1, language)],
    );
  }

  const citations = new Citations(language, book);

  // Why: the reason the document states for the row's change.
  if (asksWhy) {
    const inYears = (stated: StatedChange) => !years.length || years.includes(stated.toYear) || years.includes(stated.from.year);
    let row = rows[0]!;
    // "Why was the revised estimate below the original?": a report states why a year's estimate differs from a column before it
    // (its revised estimate); asked of two other columns, its reason answers another change, and none is stated for this one.
    const stated = book.changes.filter((candidate) => candidate.key === row.key && candidate.reason && inYears(candidate));
    if (kinds.length >= 2 && stated.length > 0 && !stated.some((candidate) => kinds.includes(candidate.from.kind) && kinds.includes('estimate'))) {
      const asked = kinds.map((kind) => KIND_WORDS[kind][language === 'en' ? 'en' : 'zh']).join(language === 'en' ? ' and the ' : '與');
      const own = stated[0]!;
      return decline(
        'COLUMN_NOT_FOUND',
        language === 'en'
          ? `The report states a reason only for the change from the ${columnLabel(own.from, language)} to the ${own.toYear} estimate of ${rowLabel(row, language)}; it gives none for the difference between the ${asked} (COLUMN_NOT_FOUND).`
          : `報告只說明${rowLabel(row, language)}由${columnLabel(own.from, language)}至 ${own.toYear} 年度預算的變動原因，沒有說明${asked}之間的差異原因（COLUMN_NOT_FOUND）。`,
        language,
        [toCitation({ chunk: own.chunk, document: own.document, score: 1, coverage: 1 }, 1, language)],
      );
    }
    let statement = book.changes.find((stated) => stated.key === row.key && stated.reason && inYears(stated));
    let prefix = '';
    let whole: { row: LogicalRow; change?: StatedChange } | undefined;
    if (!statement && rows.every((candidate) => candidate.total)) {
      // A total's change has no reason of its own: the reason stated for the largest change, in the
      // direction asked, of a row it adds up (a row of the same document).
      const askedDirection = /\b(?:fall|fell|falling|drop|dropp|decreas|reduc|cut|lower|less|down)|減少|减少|下降|減|减|少咗|跌/i.test(normalised) ? -1 : /\b(?:rise|rising|rose|increas|grow|grew|higher|more|up)\b|增加|上升|增|多咗|升/i.test(normalised) ? 1 : undefined;
      for (const total of rows) {
        // Its own change: stated of it, or of the provision it holds ("薪金及開支預算為…元，較…減少…").
        const holds = (stated: StatedChange) =>
          stated.key === total.key ||
          (stated.level !== undefined && total.refs.some((ref) => ref.data.cells.some((cell) => cell.column.year === stated.toYear && cell.value !== null && Math.abs(cell.value * UNIT_SCALE[ref.data.unit] - stated.level!) < 0.5)));
        const owned = book.changes.filter((stated) => holds(stated) && stated.amount !== undefined && inYears(stated) && (!askedDirection || stated.direction === askedDirection));
        // Of its stated changes, the one between the two years asked, where the question names two.
        const own = owned.find((stated) => years.length >= 2 && years.includes(stated.toYear) && years.includes(stated.from.year)) ?? owned[0];
        const direction = own?.direction ?? askedDirection;
        if (!direction) continue;
        const documentId = total.refs[0]!.document.id;
        const parts = book.changes
          .filter((stated) => stated.reason && stated.amount !== undefined && stated.direction === direction && stated.document.id === documentId && inYears(stated) && !book.rows.find((candidate) => candidate.key === stated.key)?.total)
          .sort((a, b) => b.amount! - a.amount!);
        if (parts[0]) {
          statement = parts[0];
          whole = { row: total, change: own };
          row = book.rows.find((candidate) => candidate.key === parts[0]!.key)!;
          break;
        }
      }
    }
    if (!statement && !rows[0]!.total) {
      // A row whose own change has no stated reason, named as the reason for another row's change
      // ("…增加，主要由於科技統籌(整體撥款)所需的現金流量…增加"): that statement, said so.
      const named = foldForMatch(rows[0]!.name).replace(/\s+/g, '');
      const cause = book.changes.find((stated) => stated.reason && stated.key !== rows[0]!.key && inYears(stated) && foldForMatch(stated.reason).replace(/\s+/g, '').includes(named));
      if (cause) {
        const own = rowLabel(rows[0]!, language);
        const other = book.rows.find((candidate) => candidate.key === cause.key);
        if (other) {
          prefix =
            language === 'en'
              ? `The document states no reason for ${own}'s own change; it names ${own} in the reason for ${rowLabel(other, language)}'s change. `
              : `文件沒有就${own}本身的變動說明原因；它在${rowLabel(other, language)}的變動原因中提及${own}：`;
          row = other;
          statement = cause;
        }
      }
    }
    if (!statement && years.length) {
      // "Why will it rise in 2026-27?": a year the row's table does not have has no stated change either.
      const pick = pickCells(rows[0]!, years, []);
      if (!pick.ok && pick.reason === 'YEAR_NOT_COVERED') return declineFor(pick, rows[0]!, language);
    }
    if (!statement) return undefined;
    const amount = statement.amount !== undefined ? dollarsText(statement.amount, language) : '';
    const percent = statement.percent !== undefined ? `${statement.percent}%` : '';
    const label = rowLabel(row, language);
    if (whole) {
      const wholeLabel = rowLabel(whole.row, language);
      const own = whole.change;
      const ownN = own ? citations.cite(own.chunk, own.document) : undefined;
      prefix =
        language === 'en'
          ? `${wholeLabel}${own ? `: the ${own.toYear} provision is ${dollarsText(own.amount!, language)} ${own.direction > 0 ? 'higher' : 'lower'} than the ${columnLabel(own.from, language)} [${ownN}]` : ''}. The document states no reason for the total itself; it gives one for the largest change among its rows. `
          : `${wholeLabel}${own ? `：${own.toYear} 年度的撥款較${columnLabel(own.from, language)}${own.direction > 0 ? '增加' : '減少'} ${dollarsText(own.amount!, language)} [${ownN}]` : ''}。文件沒有就總額本身說明原因，只就其中變動最大的一項說明：`;
    }
    const n = citations.cite(statement.chunk, statement.document);
    // A total with no reason of its own: the notes on its figures are what the report says of them.
    const notes = whole ? cellNotes(whole.row, years.length ? years : [statement.toYear, statement.from.year], source, citations, language) : '';
    const lead =
      prefix +
      (language === 'en'
        ? `${label}: the ${statement.toYear} provision is ${[amount, percent && `(${percent})`].filter(Boolean).join(' ')} ${statement.direction > 0 ? 'higher' : 'lower'} than the ${columnLabel(statement.from, language)}, mainly due to: “${statement.reason}” [${n}].`
        : `${label}：${statement.toYear} 年度的撥款較${columnLabel(statement.from, language)}${statement.direction > 0 ? '增加' : '減少'} ${amount}${percent ? `（${percent}）` : ''}，主要由於${statement.reason} [${n}]。`) +
      notes;
    return finish(lead, citations, language, 'reason');
  }

  let distinct = preferExactKind(
    rows.filter((row, index) => rows.findIndex((other) => other.key === row.key) === index),
    years,
    kinds,
  );
  // Of several totals, the one of the family of rows named ("the sub-head table's total").
  if (family && distinct.length > 1 && distinct.every((row) => row.total)) {
    const ofFamily = distinct.filter((row) => book.familyTotals.get(family)?.includes(row));
    if (ofFamily.length) distinct = ofFamily;
  }
  // "Which is bigger, Programme 1 or the Efficiency Office programme?": two things offered, one of
  // them no row of the tables — declined, not answered with the one found.
  // (Also when the other was matched only by some of its words beside a name no row is: the
  // Innovation and Technology Fund is not the programme sharing two of its words.)
  const namedOnes = distinct.filter((row) => chosen.some((match) => match.row === row && (match.explicit || match.named)));
  const missing = distinct.length === 1 || (distinct.length === 2 && namedOnes.length === 1) ? missingAlternative(stripped, normalised, distinct, years, kinds, book, source.searchText) : undefined;
  if (missing) {
    return decline('ROW_NOT_FOUND', language === 'en' ? `The tables have no row for ${missing}, so they cannot compare it (ROW_NOT_FOUND).` : `表內沒有${missing}這一項，所以無法比較（ROW_NOT_FOUND）。`, language, []);
  }
  // A column named by its year and kind that the row does not have ("2024-25 實際開支比原來預算少幾多",
  // "the 2025-26 actual against the estimate"): declined, not traded for that kind's nearest column.
  for (const bound of boundColumns(normalised)) {
    for (const row of distinct) {
      const cells = cellsOf(row);
      if (cells.some((c) => c.cell.column.year === bound.year) && !cells.some((c) => c.cell.column.year === bound.year && sameKind(bound.kind, c.cell.column.kind))) {
        return declineFor({ ok: false, reason: 'COLUMN_NOT_FOUND', detail: bound.kind }, row, language);
      }
    }
  }
  // (Not the other side of a comparison: "較修訂預算增加", "than the revised estimate".)
  const revisedSubject = REVISED_AS_SUBJECT.exec(normalised);
  const revisedAsSubject =
    kinds.length === 1 && kinds[0] === 'revised' && revisedSubject !== null && !/[較较比同與与和]|\b(?:than|from|over|compared|versus|vs|against|with)\b/i.test(normalised.slice(Math.max(0, revisedSubject.index - 16), revisedSubject.index));
  const asksSmaller = /\b(?:less|smaller|lower|least|fewer|lowest|smallest)\b|較少|较少|少啲|細啲|最少|最低|最小/i.test(normalised);

  // "Which year had the highest total?": the columns of one row compared.
  if (asksWhichYear && (SUPERLATIVE_CUE.test(normalised) || COMPARE_ROWS_CUE.test(normalised))) {
    const row = distinct[0]!;
    const cells = cellsOf(row).filter((c) => c.cell.value !== null && (!kinds.length || kinds.some((kind) => sameKind(kind, c.cell.column.kind))) && (!years.length || years.includes(c.cell.column.year)));
    if (cells.length < 2) return undefined;
    const ranked = [...cells].sort((a, b) => (asksSmaller ? a.cell.value! - b.cell.value! : b.cell.value! - a.cell.value!));
    const top = ranked[0]!;
    const n = citeCell(citations, row, top);
    const others = ranked
      .slice(1)
      .map((c) => `${columnLabel(c.cell.column, language)} ${figure(c.cell.value!, c.ref.data.unit, c.cell.raw, language)} [${citeCell(citations, row, c)}]`)
      .join(language === 'en' ? '; ' : '；');
    const lead =
      language === 'en'
        ? `The ${columnLabel(top.cell.column, language)}: ${figure(top.cell.value!, top.ref.data.unit, top.cell.raw, language)} [${n}] is the ${asksSmaller ? 'lowest' : 'highest'} figure for ${rowLabel(row, language)} (in the table: ${asWritten(top.cell.raw, top.ref.data.unit)}). The other columns: ${others}.`
        : `${columnLabel(top.cell.column, language)}最${asksSmaller ? '低' : '高'}：${rowLabel(row, language)}為 ${figure(top.cell.value!, top.ref.data.unit, top.cell.raw, language)} [${n}]（表列 ${asWritten(top.cell.raw, top.ref.data.unit)}）。其他各欄：${others}。`;
    return finish(lead, citations, language, 'comparison');
  }

  // "What share of the programmes' budget goes to X?": the row's cell over its table's total, computed.
  // ("Which of the two programmes gets the bigger share?" compares the rows: shares of one total rank as their cells do.)
  const shareRow = distinct.find((row) => !row.total);
  if (SHARE_CUE.test(normalised) && shareRow && !CHANGE_CUE.test(normalised.replace(/佔|占/g, '')) && !(distinct.length >= 2 && COMPARE_ROWS_CUE.test(normalised))) {
    const share = shareOfTotal(shareRow, book, years, kinds);
    if (share) {
      const nRow = citeCell(citations, shareRow, share.part);
      const nTotal = citations.cite(share.whole.ref.chunk, share.whole.ref.document);
      const percent = round1((share.part.cell.value! / share.whole.cell.value!) * 100).toFixed(1);
      const column = columnLabel(share.part.cell.column, language);
      const partText = figure(share.part.cell.value!, share.part.ref.data.unit, share.part.cell.raw, language);
      const wholeText = figure(share.whole.cell.value!, share.whole.ref.data.unit, share.whole.cell.raw, language);
      const lead =
        language === 'en'
          ? `About ${percent}%: ${rowLabel(shareRow, language)}, ${column}, is ${partText} [${nRow}] of the table's total ${share.whole.ref.data.name} ${wholeText} [${nTotal}] (the share computed from the two cells).`
          : `約 ${percent}%：${rowLabel(shareRow, language)}${column}為 ${partText} [${nRow}]，佔表內${share.whole.ref.data.name} ${wholeText} [${nTotal}]（百分比由兩格數字計算）。`;
      return finish(lead, citations, language, 'percent');
    }
  }

  // "How many times larger is A than B?", 「A係B幾多倍？」: the ratio of two rows' cells in one
  // column, the first named over the other, computed and said so.
  if (RATIO_CUE.test(normalised) && distinct.length === 2 && !asksYesNo) {
    const pair = namedPair(distinct, years, kinds, language, normalised);
    if (!pair || !('subject' in pair)) return pair;
    const { subject, other } = pair;
    if (other.dollars > 0) {
      const ratio = (subject.dollars / other.dollars).toFixed(2).replace(/\.?0+$/, '');
      const { nA, nB, valueA, valueB } = citePair(citations, subject, other, language);
      const lead =
        language === 'en'
          ? `About ${ratio} times (computed from the two cells): ${rowLabel(subject.row, language)}, ${columnLabel(subject.cell.cell.column, language)}, ${valueA} [${nA}]; ${rowLabel(other.row, language)}, ${columnLabel(other.cell.cell.column, language)}, ${valueB} [${nB}].`
          : `約 ${ratio} 倍（由兩格數字計算）：${rowLabel(subject.row, language)}${columnLabel(subject.cell.cell.column, language)}為 ${valueA} [${nA}]；${rowLabel(other.row, language)}${columnLabel(other.cell.cell.column, language)}為 ${valueB} [${nB}]。`;
      return finish(lead, citations, language, 'comparison');
    }
  }

  // "Was more spent on A than on B?": two rows, the first named is the subject.
  const comparative = /\b(?:more|less|higher|lower|larger|bigger|smaller|greater)\b.*\bthan\b|多過|多过|少過|少过|高過|高过|低過|低过|多於|多于|少於|少于|高於|高于|低於|低于/i;
  const rowsYesNo = asksYesNo && distinct.length === 2 && !distinct.every((row) => row.total === 'grand') && comparative.test(normalised) && statedAmount(normalised.replace(/(?:fy)?\d{4}\s*[-/至到]\s*\d{2,4}(?!\d)/gi, ' ')) === undefined;
  if (rowsYesNo) {
    const pair = namedPair(distinct, years, kinds, language, normalised);
    if (!pair || !('subject' in pair)) return pair;
    const { subject, other } = pair;
    const asksLess = /\b(?:less|lower|smaller|fewer)\b|少過|少过|低過|低过|少於|少于|低於|低于/i.test(normalised);
    const yes = asksLess ? subject.dollars < other.dollars : subject.dollars > other.dollars;
    const { nA, nB, valueA, valueB } = citePair(citations, subject, other, language);
    const lead =
      language === 'en'
        ? `${yes ? 'Yes' : 'No'}: ${rowLabel(subject.row, language)}, ${columnLabel(subject.cell.cell.column, language)}: ${valueA} [${nA}]; ${rowLabel(other.row, language)}, ${columnLabel(other.cell.cell.column, language)}: ${valueB} [${nB}].`
        : `${yes ? '是' : '不是'}：${rowLabel(subject.row, language)}${columnLabel(subject.cell.cell.column, language)}為 ${valueA} [${nA}]；${rowLabel(other.row, language)}${columnLabel(other.cell.cell.column, language)}為 ${valueB} [${nB}]。`;
    return finish(lead, citations, language, 'yes-no');
  }

  // "The combined estimate for sub-heads 000 and 697": the sum of the rows named, computed and said so.
  if (distinct.length >= 2 && TOTAL_CUE.test(normalised) && !asksChange && distinct.every((row) => !row.total) && !COMPARE_ROWS_CUE.test(normalised)) {
    const parts: CellRef[] = [];
    for (const row of distinct) {
      const pick = pickCells(row, years, kinds);
      if (!pick.ok) return declineFor(pick, row, language);
      if (pick.cells.length !== 1 || pick.cells[0]!.cell.value === null) {
        parts.length = 0;
        break;
      }
      parts.push(pick.cells[0]!);
    }
    if (parts.length >= 2 && parts.every((part) => sameColumn(part.cell.column, parts[0]!.cell.column))) {
      const sum = parts.reduce((total, part) => total + part.cell.value! * UNIT_SCALE[part.ref.data.unit], 0);
      const each = parts
        .map((part, index) => `${rowLabel(distinct[index]!, language)} ${figure(part.cell.value!, part.ref.data.unit, part.cell.raw, language)} [${citeCell(citations, distinct[index]!, part)}]`)
        .join(language === 'en' ? ' + ' : ' ＋ ');
      const column = columnLabel(parts[0]!.cell.column, language);
      const lead =
        language === 'en'
          ? `${dollarsText(sum, language)} together, ${column} (the sum computed from the cells): ${each}.`
          : `合共 ${dollarsText(sum, language)}，${column}（由各格數字相加計算）：${each}。`;
      return finish(lead, citations, language, 'amount');
    }
  }

  // "Which sub-head saw the biggest cut?": the rows' changes between the same two columns, ranked.
  if (distinct.length >= 2 && (COMPARE_ROWS_CUE.test(normalised) || SUPERLATIVE_CUE.test(normalised)) && CHANGE_WORD.test(normalised)) {
    const ranked: Array<{ row: LogicalRow; change: Change }> = [];
    for (const row of distinct) {
      const columns = changeColumns(row, years, kinds, revisedAsSubject);
      if ('ok' in columns) continue;
      const change = changeBetween(row, columns.from, columns.to, book);
      if (change) ranked.push({ row, change });
    }
    if (ranked.length >= 2) {
      const byPercent = PERCENT_CUE.test(normalised) || /\b(?:fastest|slowest|faster|slower)\b|最快|最慢|快啲|慢啲|較快|较快|較慢|较慢/i.test(normalised);
      const measure = (change: Change) => (byPercent ? (change.percent ?? 0) : change.amount);
      const falling = DOWN_WORD.test(normalised);
      ranked.sort((a, b) => (falling ? measure(a.change) - measure(b.change) : measure(b.change) - measure(a.change)));
      const [top, ...rest] = ranked as [{ row: LogicalRow; change: Change }, ...Array<{ row: LogicalRow; change: Change }>];
      const signed = (change: Change) => `${change.amount < 0 ? '−' : '+'}${dollarsText(Math.abs(change.amount), language)}${change.percent !== undefined ? ` (${change.percent > 0 ? '+' : ''}${round1(change.percent)}%)` : ''}`;
      const described = describeChange(top.row, top.change, normalised, language, citations);
      const others = rest
        .map(({ row, change }) => `${rowLabel(row, language)} ${signed(change)} [${citeCell(citations, row, change.to)}]`)
        .join(language === 'en' ? '; ' : '；');
      const what = language === 'en' ? (falling ? 'largest decrease' : 'largest increase') : falling ? '減幅最大' : '增幅最大';
      const lead =
        language === 'en'
          ? `${rowLabel(top.row, language)} has the ${what}${byPercent ? ' in percentage terms' : ''}. ${described} The others: ${others} (each computed from its two cells unless stated).`
          : `${rowLabel(top.row, language)}${what}${byPercent ? '（按百分比）' : ''}。${described}其他：${others}（除文件所述者外，由兩格數字計算）。`;
      return finish(lead, citations, language, 'comparison');
    }
  }

  // "How much more does A get than B in 2025-26?": two rows named, one column asked, no word for a
  // change over time: the difference between the rows' cells, computed and said so.
  const namedKeys = new Set(chosen.filter((match) => match.explicit || match.named).map((match) => match.row.key));
  const rowsDifference =
    distinct.length === 2 &&
    distinct.every((row) => !row.total && namedKeys.has(row.key)) &&
    years.length <= 1 &&
    kinds.length <= 1 &&
    !CHANGE_WORD.test(normalised) &&
    !PERCENT_CUE.test(normalised) &&
    !asksYesNo &&
    ROWS_DIFFERENCE_CUE.test(normalised);
  // Two rows compared: which is larger.
  if (distinct.length >= 2 && (COMPARE_ROWS_CUE.test(normalised) || rowsDifference) && !distinct.every((row) => row.total === 'grand')) {
    const picked = cellPerRow(distinct, years, kinds, language);
    if (!Array.isArray(picked)) return picked;
    picked.sort((x, y) => y.dollars - x.dollars);
    // "Which is smaller / gets less": the smallest leads.
    const differenceOnly = rowsDifference && !COMPARE_ROWS_CUE.test(normalised);
    if (asksSmaller && !differenceOnly) picked.reverse();
    const [first, second] = picked as [PickedRow, PickedRow];
    const [larger, smaller, largerRow, smallerRow] = [first.cell, second.cell, first.row, second.row];
    const dollarsA = first.dollars;
    const dollarsB = second.dollars;
    const nL = citeCell(citations, largerRow, larger);
    const nS = citeCell(citations, smallerRow, smaller);
    const difference = dollarsText(Math.abs(dollarsA - dollarsB), language);
    const lead = differenceOnly
      ? language === 'en'
        ? `${difference} (computed from the two cells): ${rowLabel(largerRow, language)}, ${columnLabel(larger.cell.column, language)}, ${figure(larger.cell.value!, larger.ref.data.unit, larger.cell.raw, language)} [${nL}], is that much more than ${rowLabel(smallerRow, language)}'s ${figure(smaller.cell.value!, smaller.ref.data.unit, smaller.cell.raw, language)} [${nS}].`
        : `相差 ${difference}（由兩格數字計算）：${rowLabel(largerRow, language)}${columnLabel(larger.cell.column, language)}為 ${figure(larger.cell.value!, larger.ref.data.unit, larger.cell.raw, language)} [${nL}]，${rowLabel(smallerRow, language)}為 ${figure(smaller.cell.value!, smaller.ref.data.unit, smaller.cell.raw, language)} [${nS}]。`
      : language === 'en'
        ? `${rowLabel(largerRow, language)} is ${SUPERLATIVE_CUE.test(normalised) ? (asksSmaller ? 'the smallest' : 'the largest') : asksSmaller ? 'smaller' : 'larger'}: ${columnLabel(larger.cell.column, language)} ${figure(larger.cell.value!, larger.ref.data.unit, larger.cell.raw, language)} [${nL}] against ${rowLabel(smallerRow, language)}'s ${figure(smaller.cell.value!, smaller.ref.data.unit, smaller.cell.raw, language)} [${nS}], a difference of ${difference} (computed from the two cells).`
        : `${rowLabel(largerRow, language)}${SUPERLATIVE_CUE.test(normalised) ? (asksSmaller ? '最少' : '最多') : asksSmaller ? '較少' : '較多'}：${columnLabel(larger.cell.column, language)} ${figure(larger.cell.value!, larger.ref.data.unit, larger.cell.raw, language)} [${nL}]，${rowLabel(smallerRow, language)}為 ${figure(smaller.cell.value!, smaller.ref.data.unit, smaller.cell.raw, language)} [${nS}]，相差 ${difference}（由兩格數字計算）。`;
    return finish(lead, citations, language, 'comparison');
  }

  // "Did it drop by more than HK$50 million?", "cut by more than 10%?": the size of a change between
  // two columns against the bound asked, in the direction asked.
  const withoutYears = normalised.replace(/(?:fy)?\d{4}\s*[-/至到]\s*\d{2,4}(?!\d)/gi, ' ');
  const boundPercent = /(\d+(?:\.\d+)?)\s*(?:%|％|percent|per cent|個百分點|个百分点)/i.exec(withoutYears) ?? /百分之\s*(\d+(?:\.\d+)?)/.exec(withoutYears);
  const boundAmount = boundPercent ? undefined : statedAmount(withoutYears);
  if (asksYesNo && CHANGE_WORD.test(normalised) && (boundPercent || boundAmount !== undefined) && (years.length >= 2 || kinds.length >= 2 || revisedAsSubject)) {
    const row = distinct[0]!;
    const columns = changeColumns(row, years, kinds, revisedAsSubject);
    if ('ok' in columns) return declineFor(columns, row, language);
    const change = changeBetween(row, columns.from, columns.to, book);
    if (change && (!boundPercent || change.percent !== undefined)) {
      const rightWay = DOWN_WORD.test(normalised) ? change.amount < 0 : change.amount > 0;
      const size = boundPercent ? Math.abs(change.percent!) : Math.abs(change.amount);
      const yes = rightWay && withinBound(size, boundPercent ? Number(boundPercent[1]) : boundAmount!, normalised, boundPercent ? 0.05 : 0.5);
      const verdict = language === 'en' ? `${yes ? 'Yes' : 'No'}. ` : `${yes ? '是' : '不是'}。`;
      return finish(verdict + describeChange(row, change, normalised, language, citations), citations, language, 'yes-no');
    }
  }

  // "Is it more than HK$200 million?": the cell against the figure asked.
  // A figure the question states: money, or a large bare number ("係咪多過2億").
  const stated = statedAmount(withoutYears);
  if (asksYesNo && stated !== undefined && !/how much|多少|幾多|几多/i.test(normalised)) {
    // The whole head asked: each of its grand totals (each table's) is the figure, each cited.
    const judged = distinct.length > 1 && distinct.every((row) => row.total === 'grand') ? distinct : [distinct[0]!];
    const verdicts: Array<{ yes: boolean; text: string }> = [];
    for (const row of judged) {
      const pick = pickCells(row, years, kinds);
      if (!pick.ok) {
        if (verdicts.length === 0 && row === judged.at(-1)) return declineFor(pick, row, language);
        continue;
      }
      const cell = pick.cells.at(-1)!;
      if (cell.cell.value === null) continue;
      const dollars = cell.cell.value * UNIT_SCALE[cell.ref.data.unit];
      const n = citeCell(citations, row, cell);
      citeStatedFigure(citations, cell);
      const value = figure(cell.cell.value, cell.ref.data.unit, cell.cell.raw, language);
      verdicts.push({
        yes: withinBound(dollars, stated, normalised, 0.5),
        text: language === 'en' ? `${rowLabel(row, language)}, ${columnLabel(cell.cell.column, language)}: ${value} [${n}].` : `${rowLabel(row, language)}${columnLabel(cell.cell.column, language)}為 ${value} [${n}]。`,
      });
    }
    if (verdicts.length === 0) return undefined;
    // One verdict when the totals agree; each its own when they do not (tables adjusted differently).
    const word = (yes: boolean) => (language === 'en' ? `${yes ? 'Yes' : 'No'}: ` : `${yes ? '是' : '不是'}：`);
    const agree = verdicts.every((verdict) => verdict.yes === verdicts[0]!.yes);
    const lead = verdicts.map((verdict, index) => (index === 0 || !agree ? word(verdict.yes) : '') + verdict.text).join(language === 'en' ? ' ' : '');
    return finish(lead, citations, language, 'yes-no');
  }

  // A change of one row (or each equally matched total).
  if (asksChange) {
    const leads: string[] = [];
    let found: Array<{ row: LogicalRow; change: Change }> = [];
    for (const row of distinct) {
      const columns = changeColumns(row, years, kinds, revisedAsSubject);
      if ('ok' in columns) {
        if (found.length === 0 && row === distinct.at(-1)) return declineFor(columns, row, language);
        continue;
      }
      const change = changeBetween(row, columns.from, columns.to, book);
      if (change) found.push({ row, change });
    }
    // Of several totals, the ones whose change the document states (its percentage or sentence).
    const statedOnes = found.filter(({ change }) => change.percentStatedBy || change.amountStated);
    if (found.length > 1 && statedOnes.length && found.every(({ row }) => row.total)) found = statedOnes;
    // "How much lower is the bureau's estimate…" of totals that moved apart (one table's total up,
    // another's down): the ones that moved the way the question says lead.
    if (found.length > 1 && found.every(({ row }) => row.total) && !DIRECTION_CHOICE.test(normalised)) {
      const saysLower = /\b(?:lower|less|smaller|fewer)\b|減少|减少|下降|少咗|少了|低咗|跌/i.test(normalised);
      const saysHigher = /\b(?:higher|more|bigger|larger|greater)\b|增加|上升|多咗|多了|高咗|升/i.test(normalised);
      if (saysLower !== saysHigher) found = [...found].sort((a, b) => Number((b.change.amount < 0) === saysLower) - Number((a.change.amount < 0) === saysLower));
    }
    for (const { row, change } of found) {
      let verdict = '';
      // "Did it increase?", "係咪減少咗?": yes or no first.
      if (asksYesNo && leads.length === 0 && !DIRECTION_CHOICE.test(normalised)) {
        const asksUp = /(?<!百分)比(?![例重率])[^多少高低]{0,24}(?:多|高|大)|increase|rise|rose|go up|went up|higher|more|bigger|larger|greater|grow|grew|above|exceed|overspen|超過|超过|超出|增加|上升|增|多咗|多了|高咗|高過|高过|多過|多过|高於|高于|多於|多于/i.test(normalised);
        const asksDown = /(?<!百分)比(?![例重率])[^多少高低]{0,24}(?:少|低|細|小)|decrease|fall|fell|drop|go down|went down|lower|less|smaller|cut|reduc|below|short of|underspen|減少|减少|下降|減|减|少咗|少了|低咗|削減|低過|低过|少過|少过|低於|低于|少於|少于/i.test(normalised);
        if (asksUp !== asksDown) {
          // "Was A lower than B?" with A the earlier column: the change from A to B read the other way.
          const comparative = /\bthan\b|\babove\b|\bbelow\b|\bexceed|過|过|於|于|比/.test(normalised);
          const subjectIsFrom =
            comparative &&
            (kinds.length >= 2
              ? sameKind(kinds[0]!, change.from.cell.column.kind) && !sameKind(kinds[0]!, change.to.cell.column.kind)
              : years.length >= 2 && years[0] === change.from.cell.column.year && years[0] !== change.to.cell.column.year);
          const rises = subjectIsFrom ? change.amount < 0 : change.amount > 0;
          const falls = subjectIsFrom ? change.amount > 0 : change.amount < 0;
          const yes = asksUp ? rises : falls;
          verdict = language === 'en' ? `${yes ? 'Yes' : 'No'}. ` : `${yes ? '是' : '不是'}。`;
        }
      }
      leads.push(verdict + describeChange(row, change, normalised, language, citations));
    }
    if (leads.length === 0) return undefined;
    return finish(`${leads.join(language === 'en' ? ' ' : '')}`, citations, language, 'change');
  }

  // A figure (every column when asked for all of them).
  const allColumns = /\b(?:all|every|each)\b (?:the |of the |its |four |4 )?(?:columns|years|figures)|各年度|每年|所有年度|各欄|所有數字|所有数字/i.test(normalised);
  const leads: string[] = [];
  // Whether each cell given holds a sum (not nil), for a yes/no asking whether there is any.
  const existing: boolean[] = [];
  for (const row of distinct) {
    const pick = pickCells(row, years, kinds, { allColumns });
    if (!pick.ok) {
      if (leads.length === 0 && row === distinct.at(-1)) return declineFor(pick, row, language);
      continue;
    }
    // Each cell leads with its figure in both notations, then says which row and column it is.
    for (const c of pick.cells) {
      const n = citations.cite(c.ref.chunk, c.ref.document);
      // The same figure of the same row in the document's other table (the programme analysis), and the
      // paragraph that states this year's provision of the row, are cited too: both hold the cell.
      for (const other of row.refs) {
        if (other !== c.ref && other.document.id === c.ref.document.id && other.data.cells.some((cell) => sameColumn(cell.column, c.cell.column) && cell.value === c.cell.value)) citations.cite(other.chunk, other.document);
      }
      const scale = UNIT_SCALE[c.ref.data.unit];
      const statedHere = book.changes.find((change) => change.key === row.key && change.toYear === c.cell.column.year && c.cell.column.kind === 'estimate' && change.level !== undefined && c.cell.value !== null && Math.abs(change.level - c.cell.value * scale) < 0.5);
      if (statedHere) citations.cite(statedHere.chunk, statedHere.document);
      citeStatedFigure(citations, c);
      const where = `${rowLabel(row, language)}${language === 'en' ? ', ' : ' '}${columnLabel(c.cell.column, language)}`;
      existing.push(c.cell.value !== null && c.cell.value !== 0);
      if (c.cell.value === null) {
        leads.push(language === 'en' ? `Nil (— in the table) [${n}]: ${where}.` : `無（表列「—」）[${n}]：${where}。`);
        continue;
      }
      const noteText = c.cell.note?.split('。')[0];
      const note = noteText ? (language === 'en' ? `; note ${c.cell.mark}: ${noteText}` : `；註 ${c.cell.mark}：${noteText}`) : '';
      const written = asWritten(c.cell.raw, c.ref.data.unit);
      leads.push(
        language === 'en'
          ? `${figure(c.cell.value, c.ref.data.unit, c.cell.raw, language)} [${n}]: ${where} (in the table: ${written}${note}).`
          : `${figure(c.cell.value, c.ref.data.unit, c.cell.raw, language)} [${n}]：${where}（表列 ${written}${note}）。`,
      );
    }
  }
  if (leads.length === 0) return undefined;
  // "Is there any general non-recurrent spending in the 2025-26 estimate?", 「有冇…開支？」: a provision asked as
  // yes or no is there when its cell holds a sum, and not when the table prints it as nil.
  if (asksYesNo && ASKS_ANY.test(normalised) && existing.length > 0 && (existing.every(Boolean) || !existing.some(Boolean))) {
    const verdict = existing[0] ? (language === 'en' ? 'Yes. ' : '有。') : language === 'en' ? 'No. ' : inScript('沒有。', language);
    return finish(`${verdict}${leads.join(language === 'en' ? ' ' : '')}`, citations, language, 'amount');
  }
  return finish(leads.join(language === 'en' ? ' ' : ''), citations, language, intent.answerType === 'percent' ? 'percent' : 'amount');
}


/**
 * An answer the passages' answerer drew from table rows alone (every passage it cites is a row of
 * the tables), to a question the lookup above did not take: a row's passage holds only the row's
 * figures by year, so it answers only a sum asked of that row. Declined, with the reason, when the
 * question names something no cited row is (數碼港's provision answered from sub-head 697: ROW_NOT_FOUND)
 * or is answered with something else than a sum of money or a percentage (a number of projects,
 * what the money is for, a yes/no about something else: COLUMN_NOT_FOUND). Undefined when the
 * answer stands.
 */
export function declineTableRowAnswer(question: string, answer: string, source: TableSource, cited: Chunk[], options: { language?: Language } = {}): TableAnswer | undefined {
  if (cited.length === 0) return undefined;
  let book = books.get(source.chunks);
  if (!book) books.set(source.chunks, (book = buildBook(source)));
  const unbound = absentBoundColumn(question, cited, book, options);
  if (unbound) return unbound;
  const notASum = sumWithoutMoney(question, answer, cited, book, options);
  if (notASum) return notASum;
  // A standard item of a sub-head's analysis the tables print no row of ("allowances"): whatever
  // sum the report's passages hold is not it (a paragraph that names it among what a sub-head pays for).
  const item = cited.every((chunk) => book.tableDocuments.has(chunk.docId)) && ['amount', 'percent'].includes(analyzeQuestion(question).answerType) ? breakdownItem(question, book) : undefined;
  if (item) {
    const language = options.language ?? analyzeQuestion(question).language;
    return decline(
      'COLUMN_NOT_FOUND',
      language === 'en' ? `The report does not show how much is ${item.en}: its tables give each sub-head as one sum (COLUMN_NOT_FOUND).` : `報告沒有列出${item.zh}的數字：表內每個分目只列出整體款額（COLUMN_NOT_FOUND）。`,
      language,
      [],
    );
  }
  if (cited.some((chunk) => !chunk.table)) return declineUnsaidFigure(question, source, cited, book, options);
  const rows = book.rows.filter((row) => row.refs.some((ref) => cited.includes(ref.chunk)));
  if (rows.length === 0) return undefined;
  const intent = analyzeQuestion(question);
  const language = options.language ?? intent.language;
  const normalised = question.normalize('NFKC');
  const related = [toCitation({ chunk: rows[0]!.refs[0]!.chunk, document: rows[0]!.refs[0]!.document, score: 1, coverage: 1 }, 1, language)];
  const other = otherSubject(stripHeadNames(question, book), normalised, rows, book, source.searchText);
  if (other) {
    return decline('ROW_NOT_FOUND', language === 'en' ? `The tables have no row for ${other}, so they do not give this figure (ROW_NOT_FOUND).` : `表內沒有${other}這一項，所以沒有這個數字（ROW_NOT_FOUND）。`, language, related);
  }
  // The answer leads with a sum of money (or a percentage) of the row: a figure of the row asked —
  // unless the question's own words are mostly not the row's ("consultancy fees under sub-head 000").
  if (/^\s*(?:HK\$\s?\d|\d[\d,.]*\s*(?:萬|万|億|亿|百萬|百万|千)?(?:元|%))/.test(answer)) return declineUnsaidFigure(question, source, cited, book, options);
  // A question for a sum (or of no type the analysis knows): the row's passage is where its figures are.
  if (['amount', 'percent', 'other'].includes(intent.answerType)) return undefined;
  const label = rowLabel(rows[0]!, language);
  return decline(
    'COLUMN_NOT_FOUND',
    language === 'en'
      ? `The tables give only sums of money by year for ${label}; they do not say what was asked (COLUMN_NOT_FOUND).`
      : `表內只列出${label}各年度的款額，沒有所問的資料（COLUMN_NOT_FOUND）。`,
    language,
    related,
  );
}

/**
 * A sum of money asked ("有幾多撥款", "how much funding") that the passages' answerer answered, from
 * the report with tables, with a figure that is no sum (a head's number, a count): the report gives
 * no sum for what was asked. Declined (COLUMN_NOT_FOUND).
 */
function sumWithoutMoney(question: string, answer: string, cited: Chunk[], book: Book, options: { language?: Language }): TableAnswer | undefined {
  if (cited.some((chunk) => !book.tableDocuments.has(chunk.docId))) return undefined;
  const intent = analyzeQuestion(question);
  const normalised = question.normalize('NFKC');
  // (A count read as one by the question's analysis but asked of money: 有幾多撥款; not 幾多個項目.)
  const asksSum =
    intent.answerType === 'amount' ||
    (intent.answerType === 'count' && MONEY_WORDS.test(normalised) && !POSTS_CUE.test(normalised) && !/how many|(?:多少|幾多|几多)\s*(?:個|个|項|项|名|間|间|宗|件)/i.test(normalised));
  if (!asksSum) return undefined;
  const lead = answer.split(/\[\d+\]/)[0] ?? answer;
  if (/元|\$|dollar|%|％|nil|無/i.test(lead) || !/\d/.test(lead)) return undefined;
  const language = options.language ?? intent.language;
  return decline(
    'COLUMN_NOT_FOUND',
    language === 'en' ? 'The report gives no sum of money for what was asked (COLUMN_NOT_FOUND).' : '報告沒有所問的款額（COLUMN_NOT_FOUND）。',
    language,
    [],
  );
}

/** Most document sets whose columns are remembered per book (each entry holds references only). */
const COLUMNS_MEMO_ENTRIES = 256;
const columnsMemos = new WeakMap<Book, Memo<TableColumn[]>>();

/**
 * The columns of every cell of the book's rows that belong to `documents` (every document with
 * tables when undefined), in the rows' order: worked out once per book and set of documents, not
 * on every question (a pass over every table row of every document).
 */
function columnsOfDocuments(book: Book, documents: ReadonlySet<string> | undefined): TableColumn[] {
  let memo = columnsMemos.get(book);
  if (!memo) columnsMemos.set(book, (memo = new Memo({ maxEntries: COLUMNS_MEMO_ENTRIES, sizeOf: (columns) => 32 + 8 * columns.length })));
  const key = documents ? [...documents].sort().join('\u0000') : '\u0001every document with tables';
  return memo.get(key, () => {
    const kept = documents ?? book.tableDocuments;
    return book.rows.flatMap((row) => row.refs.filter((ref) => kept.has(ref.document.id)).flatMap((ref) => ref.data.cells.map((cell) => cell.column)));
  });
}

/**
 * A figure asked of a column by its year and kind ("actually cost in 2024-25") answered from the
 * passages of a report with tables (its rows or its paragraphs) when none of that report's rows has
 * such a column: the passages' nearest figure is another column's. Declined, with the reason: the
 * year in no column (YEAR_NOT_COVERED), or not of that kind (COLUMN_NOT_FOUND).
 */
function absentBoundColumn(question: string, cited: Chunk[], book: Book, options: { language?: Language }): TableAnswer | undefined {
  const intent = analyzeQuestion(question);
  if (!['amount', 'percent', 'count', 'yes-no', 'other'].includes(intent.answerType)) return undefined;
  // Drawn from the report with tables: its columns; else those of every table (a year's actual,
  // original, approved or revised estimate is a column of the Estimates, which no other kind of
  // document states in their stead: every such question of the dev sets that no table has is one
  // the documents do not answer).
  const fromTables = cited.every((chunk) => book.tableDocuments.has(chunk.docId));
  const columns = columnsOfDocuments(book, fromTables ? new Set(cited.map((chunk) => chunk.docId)) : undefined);
  if (columns.length === 0) return undefined;
  const language = options.language ?? intent.language;
  // A year (named, or "the year after next") that no column of the report has.
  const normalised = question.normalize('NFKC');
  const asked = [...new Set([...intent.fiscalYears, ...relativeYears(normalised, book.latestYear)])];
  if (fromTables && asked.length > 0 && asked.every((year) => !columns.some((column) => column.year === year)) && (intent.answerType !== 'count' || MONEY_WORDS.test(normalised))) {
    const years = [...new Set(columns.map((column) => column.year))].sort().join(language === 'en' ? ', ' : '、');
    return decline(
      'YEAR_NOT_COVERED',
      language === 'en' ? `The report's tables do not cover ${asked.join(', ')}: their columns are of ${years} only (YEAR_NOT_COVERED).` : `報告的表內沒有 ${asked.join('、')} 年度的數字：只列出 ${years} 年度（YEAR_NOT_COVERED）。`,
      language,
      [],
    );
  }
  for (const bound of boundColumns(question)) {
    if (columns.some((column) => column.year === bound.year && sameKind(bound.kind, column.kind))) continue;
    const yearKnown = columns.some((column) => column.year === bound.year);
    const kind = KIND_WORDS[bound.kind][language === 'en' ? 'en' : 'zh'];
    const given = [...new Set(columns.map((column) => columnLabel(column, language)))].join(language === 'en' ? ', ' : '、');
    return decline(
      yearKnown ? 'COLUMN_NOT_FOUND' : 'YEAR_NOT_COVERED',
      language === 'en'
        ? `The report's tables give no ${bound.year} ${kind}: their columns are ${given} (${yearKnown ? 'COLUMN_NOT_FOUND' : 'YEAR_NOT_COVERED'}).`
        : `報告的表內沒有 ${bound.year} 年度${kind}：只列出${given}（${yearKnown ? 'COLUMN_NOT_FOUND' : 'YEAR_NOT_COVERED'}）。`,
      language,
      [],
    );
  }
  return undefined;
}

/**
 * A figure question in the tables' terms that the lookup did not take, answered from the
 * paragraphs of a report with tables: kept only when those paragraphs write what the question
 * asks the figure of. Above this share of the question's own words (after the head's names and the
 * words any table question uses) that the cited passages do not write, in either language, the
 * question asks for a figure the report does not give ("the office rent under operating expenses",
 * "the Permanent Secretary's salary": a nearby sum would be quoted for it) and is declined
 * (COLUMN_NOT_FOUND). Fitted on dev (the table sets and the eval's dev questions answered this way).
 */
export const MAX_UNSAID_SHARE = 0.3;

/** The share of a figure question's own words the cited passages do not write (undefined when the guard does not apply). */
export function unsaidShare(question: string, source: TableSource, cited: Chunk[]): { share: number; unsaid: string[] } | undefined {
  let book = books.get(source.chunks);
  if (!book) books.set(source.chunks, (book = buildBook(source)));
  return unsaidOf(question, cited, book, source);
}

function unsaidOf(question: string, cited: Chunk[], book: Book, source: TableSource): { share: number; unsaid: string[] } | undefined {
  if (cited.length === 0 || cited.some((chunk) => !book.tableDocuments.has(chunk.docId))) return undefined;
  const intent = analyzeQuestion(question);
  const normalised = question.normalize('NFKC');
  // A figure asked: a sum, a count or a percentage.
  if (!['amount', 'count', 'percent'].includes(intent.answerType)) return undefined;
  const stripped = stripHeadNames(question, book);
  const namesHead = stripped.replace(/\s+/g, '') !== foldForMatch(normalised).replace(/\s+/g, '');
  if (!namesHead && !TABLE_CUE.test(normalised.replace(/財政預算案|财政预算案|預算案|预算案/g, '')) && !MONEY_WORDS.test(normalised)) return undefined;
  const { unsaid, total } = wordsUnsaid(stripped, cited.map((chunk) => searchableText(chunk)), book, source.searchText);
  // A cited row's names (its English ones too: the glossary's, the terminology's) are what it says.
  const rows = book.rows.filter((row) => row.refs.some((ref) => cited.includes(ref.chunk)));
  const ofRows = rows.length ? new Set(explainTerms(stripped, rows, book, source.searchText).unexplained) : undefined;
  const left = ofRows ? unsaid.filter((term) => ofRows.has(term)) : unsaid;
  return total ? { share: left.length / total, unsaid: left } : undefined;
}

function declineUnsaidFigure(question: string, source: TableSource, cited: Chunk[], book: Book, options: { language?: Language }): TableAnswer | undefined {
  const measured = unsaidOf(question, cited, book, source);
  if (!measured || measured.share <= MAX_UNSAID_SHARE) return undefined;
  const language = options.language ?? analyzeQuestion(question).language;
  const document = source.documents.get(cited[0]!.docId)!;
  return decline(
    'COLUMN_NOT_FOUND',
    language === 'en'
      ? 'The report gives no figure for what was asked: the passages nearest to it state other sums (COLUMN_NOT_FOUND).'
      : '報告沒有所問的數字：最接近的段落只列出其他款額（COLUMN_NOT_FOUND）。',
    language,
    [toCitation({ chunk: cited[0]!, document, score: 1, coverage: 1 }, 1, language)],
  );
}
