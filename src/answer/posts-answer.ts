import type { Chunk } from '../chunk/chunk.js';
import type { DocumentEntry, Language } from '../corpus/manifest.js';
import { extractQuantities, fiscalYearLabel } from '../text/quantities.js';
import type { Citation } from './answer-contract.js';
import { inScript, splitSentences, toCitation } from './extractive-answer.js';
import type { TableAnswer } from './table-answer.js';

/**
 * Numbers of posts as the Estimates state them in words. Every Controlling Officer's Report says
 * its head's establishment at 31 March of the year before the budget year, the net change of posts
 * expected in the budget year, and the directorate posts at the two 31 Marches; no table holds
 * them. A question about the number of posts at a date (or after the year's change) is answered
 * from those sentences: stated, or computed from the establishment and the change and said so;
 * a date they do not reach is declined (YEAR_NOT_COVERED), never answered with the nearest one.
 */

export interface PostsStatement {
  chunk: Chunk;
  document: DocumentEntry;
  /** Directorate posts only, or the whole establishment. */
  directorate: boolean;
  /** The calendar years whose 31 March the figure is at (the figure stated for each). */
  atYears: number[];
  posts: number;
}

export interface PostsChange {
  chunk: Chunk;
  document: DocumentEntry;
  /** The budget year of the change: "2025-26". */
  year: string;
  /** Net posts added (negative when deleted). */
  net: number;
  /** The programme whose section states it ("2"), when it is one programme's change. */
  programme?: string;
}

export interface PostsBook {
  levels: PostsStatement[];
  changes: PostsChange[];
}

const POST_COUNT = /(\d[\d,]*)\s*(?:個|个)(?:首長級|首长级|非首長級|非首长级)?(?:職位|职位)|(\d[\d,]*)\s+(?:(?:non-)?directorate\s+)?posts?\b/gi;
const NET_CHANGE = /(?:淨|净)(增加|增設|增设|減少|减少|刪減|删减|削減|削减)\s*(\d[\d,]*)\s*(?:個|个)(?:職位|职位)|net\s+(increase|creation|decrease|reduction|deletion)\s+of\s+(\d[\d,]*)\s+posts?/gi;
const DIRECTORATE = /(?<!非)首長級|(?<!非)首长级|(?<!non-)directorate/i;

/** The sentences of the documents with tables that state numbers of posts. */
export function readPosts(chunks: Chunk[], documents: Map<string, DocumentEntry>, tableDocuments: Set<string>): PostsBook {
  const levels: PostsStatement[] = [];
  const changes: PostsChange[] = [];
  for (const chunk of chunks) {
    if (chunk.table || !tableDocuments.has(chunk.docId)) continue;
    const document = documents.get(chunk.docId);
    if (!document) continue;
    for (const text of chunk.texts) {
      for (const sentence of splitSentences(text.text.normalize('NFKC'))) {
        const quantities = extractQuantities(sentence);
        const netMatches = [...sentence.matchAll(NET_CHANGE)];
        for (const match of netMatches) {
          const down = /減|减|删|刪|削|decrease|reduction|deletion/i.test(match[1] ?? match[3]!);
          const count = Number((match[2] ?? match[4]!).replace(/,/g, ''));
          const year = quantities.find((q) => q.kind === 'fiscal-year')?.label ?? document.budgetYear;
          const programme = /(?:綱領|纲领|programme)\s*[(（](\d+)[)）]/i.exec([...chunk.section.zh, ...chunk.section.en].join(' '))?.[1];
          changes.push({ chunk, document, year, net: down ? -count : count, ...(programme ? { programme } : {}) });
        }
        if (netMatches.length) continue;
        // "截至二零二五年三月三十一日止…有 79 個職位", "於二零二五年三月三十一日及二零二六年三月三十一日設有 9 個首長級職位".
        const atYears = quantities.filter((q) => q.kind === 'year').map((q) => q.value);
        if (!atYears.length || quantities.some((q) => q.kind === 'money' || q.kind === 'percent')) continue;
        for (const match of sentence.matchAll(POST_COUNT)) {
          const posts = Number((match[1] ?? match[2]!).replace(/,/g, ''));
          const directorate = DIRECTORATE.test(sentence.slice(Math.max(0, match.index! - 12), match.index! + match[0].length));
          levels.push({ chunk, document, directorate, atYears, posts });
        }
      }
    }
  }
  return { levels, changes };
}

/** Words that ask for the net change of posts rather than their number. */
const ASKS_CHANGE = /增加還是減少|增加还是减少|增定減|增定减|加定減|加定减|more or fewer|increase or decrease|go up or down|up or down|net (?:change|increase|decrease)|淨增|净增|淨減|净减|變動|变动|how many (?:more|fewer)|多幾多|少幾多|increase|decrease|reduc|\bcut\b|go(?:es)? (?:up|down)|went (?:up|down)|\brise\b|\bfall\b|\bdrop|增加|減少|减少|增設|增设|刪減|删减|削減|削减|減幾多|减几多|加幾多|加几多|\bgrow|\bexpand|\bshrink|增長|增长|擴充|扩充|縮減|缩减/i;
/** A yes/no question ("will posts go down?", 係咪會減少): answered yes or no first, then the change. */
const POLAR = /係唔係|系唔系|係咪|系咪|是不是|是否|會否|会否|會唔會|会唔会|會不會|会不会|嗎[？?]?|吗[？?]?|^\s*(?:will|is|are|was|were|does|do|did|has|have)\b/i;
const ASKED_DOWN = /減少|减少|刪減|删减|削減|削减|\bdecrease|\breduc|\bcut\b|\bfewer\b|\bfall|\bdrop|go(?:es)? down|\bshrink|縮減|缩减|減|减/i;
const ASKED_UP = /增加|增設|增设|\bincrease|\bmore\b|\brise|go(?:es)? up|\bgrow|\bexpand|增長|增长|擴充|扩充|加/i;
/** "After the change", "by the end of the year": the establishment once the year's change is made. */
const AFTER_CHANGE = /\bafter\b|\bonce\b|end of|by the end|完結|完结|年底|年終|年终|結束|结束|之後|之后|以後|以后|淨減|净减|淨增|净增|staffing change|change is made/i;

/** A yes/no on two dates asking whether the number stays the same … */
export const ASKS_SAME = /\bsame\b|\bunchanged\b|\bremain|\bstay|\bkeep|不變|不变|一樣|一样|相同|維持|维持|保持/i;
/** … or whether it changes. */
const ASKS_CHANGING = /\bchang(?:e|es|ed|ing)\b|\bdiffer|變|变/i;

/** The number of posts at a 31 March: stated, or computed from the level a year before and the net change of the year between. */
type LevelAt =
  | { posts: number; computed: false; stated: PostsStatement; sources: Array<{ chunk: Chunk; document: DocumentEntry }> }
  | { posts: number; computed: true; before: PostsStatement; between: PostsChange; sources: Array<{ chunk: Chunk; document: DocumentEntry }> };

function levelAt(year: number, levels: PostsStatement[], changes: PostsChange[]): LevelAt | undefined {
  const stated = levels.find((level) => level.atYears.includes(year));
  if (stated) return { posts: stated.posts, computed: false, stated, sources: [stated] };
  const before = levels.find((level) => level.atYears.includes(year - 1));
  const between = changes.find((change) => change.year === fiscalYearLabel(year - 1));
  return before && between ? { posts: before.posts + between.net, computed: true, before, between, sources: [before, between] } : undefined;
}

/** A posts answer has a table answer's shape; the one reason it declines for is a 31 March the report does not reach. */
export type PostsAnswer = TableAnswer & { reason?: 'YEAR_NOT_COVERED' };

export function answerPosts(question: string, posts: PostsBook, language: Language, options: { programme?: string } = {}): PostsAnswer | undefined {
  const normalised = question.normalize('NFKC');
  // Non-directorate posts are stated only as a ceiling on their salaries, not as a number.
  if (/non-directorate|非首長級|非首长级/i.test(normalised)) return undefined;
  const directorate = DIRECTORATE.test(normalised) || /senior (?:officers|posts|staff)/i.test(normalised);
  // A programme's own change only when one is named; the report states its levels for the head alone.
  const levels = options.programme ? [] : posts.levels.filter((level) => level.directorate === directorate);
  // The head's change: stated beside its establishment, before one stated under a programme.
  const levelChunks = new Set(posts.levels.map((level) => level.chunk));
  const besideLevel = (change: PostsChange) => Number(!levelChunks.has(change.chunk));
  const changes = directorate
    ? []
    : posts.changes.filter((change) => (options.programme ? change.programme === options.programme : true)).sort((a, b) => besideLevel(a) - besideLevel(b) || Number(Boolean(a.programme)) - Number(Boolean(b.programme)));
  if (!levels.length && !changes.length) return undefined;
  const citations: Citation[] = [];
  const cite = (chunk: Chunk, document: DocumentEntry): number => {
    const known = citations.find((citation) => citation.chunkId === chunk.id);
    if (known) return known.n;
    citations.push(toCitation({ chunk, document, score: 1, coverage: 1 }, citations.length + 1, language));
    return citations.length;
  };
  const en = language === 'en';
  const kind = directorate ? (en ? 'directorate posts' : '個首長級職位') : en ? 'posts' : '個職位';
  const quantities = extractQuantities(normalised);
  const fiscal = quantities.find((q) => q.kind === 'fiscal-year');
  const calendar = quantities.find((q) => q.kind === 'year')?.value;
  const finish = (lead: string, answerType: string): PostsAnswer => {
    const sources = citations
      .map((citation) => (en ? `[${citation.n}] ${citation.title} (${citation.date}, budget year ${citation.budgetYear}): “${citation.text}”` : `[${citation.n}] 《${citation.title}》（${citation.date}，${citation.budgetYear} 年度）：「${citation.text}」`))
      .join(en ? ' ' : '');
    return { language, answer: inScript(`${lead}${en ? ' From ' : '根據 '}${sources}`, language), abstained: false, answerType, citations, related: [] };
  };

  // "Is the number of directorate posts changing between 31 March 2025 and 31 March 2026?", "keep the
  // same number …?": the two levels (stated, or computed from the year's change) compared, yes or no.
  const askedYears = [...new Set(quantities.filter((q) => q.kind === 'year').map((q) => q.value))];
  const asksSame = ASKS_SAME.test(normalised);
  if (POLAR.test(normalised) && askedYears.length === 2 && (asksSame || ASKS_CHANGING.test(normalised))) {
    const [first, second] = askedYears.sort((a, b) => a - b) as [number, number];
    const earlier = levelAt(first, levels, changes);
    const later = levelAt(second, levels, changes);
    if (earlier && later) {
      const same = earlier.posts === later.posts;
      const agrees = asksSame ? same : !same;
      const source = (level: LevelAt): string => [...new Set(level.sources.map((source) => cite(source.chunk, source.document)))].map((n) => `[${n}]`).join('');
      const levelsSaid = same
        ? en
          ? `${earlier.posts} ${kind} at both 31 March ${first} and 31 March ${second} ${source(earlier)}${source(later) === source(earlier) ? '' : source(later)}${later.computed ? ' (the later computed from the year’s net change)' : ''}.`
          : `${first} 年及 ${second} 年 3 月 31 日均有 ${earlier.posts} ${kind} ${source(earlier)}${source(later) === source(earlier) ? '' : source(later)}${later.computed ? '（後者由年度淨變動計算）' : ''}。`
        : en
          ? `${earlier.posts} ${kind} at 31 March ${first} ${source(earlier)}, ${later.posts} at 31 March ${second} ${source(later)}${later.computed ? ' (computed from the year’s net change)' : ''}.`
          : `${first} 年 3 月 31 日有 ${earlier.posts} ${kind} ${source(earlier)}，${second} 年 3 月 31 日有 ${later.posts} 個 ${source(later)}${later.computed ? '（由年度淨變動計算）' : ''}。`;
      return finish(`${en ? (agrees ? 'Yes. ' : 'No. ') : agrees ? '是。' : '不是。'}${levelsSaid}`, 'yes-no');
    }
  }

  // "Will the number of posts go up or down in 2025-26?": the net change the report states.
  if (ASKS_CHANGE.test(normalised) && !directorate && !(AFTER_CHANGE.test(normalised) && /how many|number of|多少|幾多|几多/i.test(normalised))) {
    const change = changes.find((candidate) => !fiscal || candidate.year === fiscal.label);
    if (!change) return undefined;
    const n = cite(change.chunk, change.document);
    const size = Math.abs(change.net);
    let lead = en
      ? `${change.net < 0 ? 'Down' : 'Up'}: a net ${change.net < 0 ? 'decrease' : 'increase'} of ${size} post${size === 1 ? '' : 's'} is expected in ${change.year} [${n}].`
      : `${change.net < 0 ? '減少' : '增加'}：預期在 ${change.year} 年度淨${change.net < 0 ? '減少' : '增加'} ${size} 個職位 [${n}]。`;
    // "Will posts go down?", 係咪會減少: yes or no on the direction asked, before the change.
    const asked = /up or down|increase or decrease|more or fewer|增加還是減少|增加还是减少|增定減|增定减|加定減|加定减/i.test(normalised) ? undefined : ASKED_DOWN.test(normalised) ? -1 : ASKED_UP.test(normalised) ? 1 : undefined;
    if (asked && POLAR.test(normalised)) {
      const agrees = Math.sign(change.net) === asked;
      lead = `${en ? (agrees ? 'Yes. ' : 'No. ') : agrees ? '是。' : '不是。'}${lead}`;
    }
    return finish(lead, /^(?:Yes|No)\. |^(?:是|不是)。/.test(lead) ? 'yes-no' : 'change');
  }

  // The 31 March asked: a calendar year written as a date, or the end of a budget year.
  const asksAfter = AFTER_CHANGE.test(normalised);
  const atYear = calendar ?? (fiscal && asksAfter ? fiscal.value + 1 : undefined) ?? (asksAfter ? Math.max(...changes.map((change) => Number(change.year.slice(0, 4)) + 1), 0) || undefined : undefined);
  const latest = [...levels].sort((a, b) => Math.max(...b.atYears) - Math.max(...a.atYears))[0];
  if (atYear === undefined && fiscal === undefined) {
    if (!latest) return undefined;
    const year = Math.max(...latest.atYears);
    const n = cite(latest.chunk, latest.document);
    return finish(en ? `${latest.posts} ${kind} at 31 March ${year} [${n}].` : `截至 ${year} 年 3 月 31 日有 ${latest.posts} ${kind} [${n}]。`, 'count');
  }
  const target = atYear ?? fiscal!.value;
  const level = levelAt(target, levels, changes);
  if (level && !level.computed) {
    const n = cite(level.stated.chunk, level.stated.document);
    return finish(en ? `${level.posts} ${kind} at 31 March ${target} [${n}].` : `${target} 年 3 月 31 日有 ${level.posts} ${kind} [${n}]。`, 'count');
  }
  // The establishment a year earlier and the change in the year between: computed, and said so.
  if (level?.computed) {
    const { before, between } = level;
    const nBefore = cite(before.chunk, before.document);
    const nChange = cite(between.chunk, between.document);
    const after = level.posts;
    const signed = `${between.net < 0 ? '−' : '+'}${Math.abs(between.net)}`;
    return finish(
      en
        ? `${after} ${kind} at 31 March ${target} (computed: ${before.posts} at 31 March ${target - 1} [${nBefore}], ${signed} net in ${between.year} [${nChange}]).`
        : `${target} 年 3 月 31 日有 ${after} ${kind}（由兩項數字計算：${target - 1} 年 3 月 31 日 ${before.posts} 個 [${nBefore}]，${between.year} 年度淨${between.net < 0 ? '減少' : '增加'} ${Math.abs(between.net)} 個 [${nChange}]）。`,
      'count',
    );
  }
  const years = [...new Set(levels.flatMap((level) => level.atYears))].sort();
  if (!years.length) return undefined;
  const covered = years.map((year) => (en ? `31 March ${year}` : `${year} 年 3 月 31 日`)).join(en ? ' and ' : '及');
  return {
    language,
    answer: inScript(
      en
        ? `The report states the number of ${kind} only at ${covered}, not at 31 March ${target} (YEAR_NOT_COVERED).`
        : `報告只列出${covered}的${directorate ? '首長級職位' : '職位'}數目，沒有 ${target} 年 3 月 31 日的數字（YEAR_NOT_COVERED）。`,
      language,
    ),
    abstained: true,
    answerType: 'count',
    citations: [],
    related: [],
    reason: 'YEAR_NOT_COVERED',
  };
}
