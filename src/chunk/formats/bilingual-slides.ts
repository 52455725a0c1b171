import type { DraftChunk, LanguageText, SectionPath } from '../chunk.js';
import { cleanText, hasCjk, isImageDescription, splitLines, stripContinued, type SourceLine } from '../clean.js';

/**
 * Budget slides extracted to text: each Chinese heading or bullet is followed by its English
 * version. A bullet and its translation make one passage; headings give the section path;
 * "(Continued)/（續）" headings name the section they continue; sub-bullets carry their lead-in.
 */

type UnitRole = 'heading' | 'bullet' | 'text';

interface Unit {
  role: UnitRole;
  /** Heading level after normalisation (numbered headings "1." are top level). */
  level: number;
  /** Bullet depth: 1 for ◆, 2 for ➤ and for plain dashes under a lead-in. */
  depth: number;
  language: 'zh-Hant' | 'en';
  text: string;
  start: number;
  end: number;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const GLYPH_BULLET = /^(?:[-*]\s+)?(?:#{1,6}\s+)?([◆➤])\s*(.*)$/u;
const DASH_BULLET = /^[-*]\s+(.*)$/;

/** Lines → units: headings, bullets, and runs of text lines in one language. */
function readUnits(lines: SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let leadInOpen = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    const language = hasCjk(trimmed) ? 'zh-Hant' : 'en';
    const glyph = GLYPH_BULLET.exec(trimmed);
    const heading = HEADING.exec(trimmed);
    const dash = DASH_BULLET.exec(trimmed);
    let unit: Unit;
    if (glyph) {
      const text = cleanText(glyph[2]!);
      const depth = glyph[1] === '➤' ? 2 : 1;
      unit = { role: 'bullet', level: 0, depth, language, text, start: line.start, end: line.end };
      if (language === 'zh-Hant' && depth === 1) leadInOpen = /[：:]$/.test(text);
    } else if (heading) {
      const hashes = heading[1]!.length;
      const text = cleanText(heading[2]!);
      const numbered = /^\d+\s*\.\s*/.test(text);
      unit = { role: 'heading', level: numbered ? 1 : hashes, depth: 0, language, text, start: line.start, end: line.end };
      if (language === 'zh-Hant') leadInOpen = false;
    } else if (dash) {
      const text = cleanText(dash[1]!);
      unit = { role: 'bullet', level: 0, depth: leadInOpen ? 2 : 1, language, text, start: line.start, end: line.end };
    } else {
      const text = cleanText(trimmed);
      const previous = units.at(-1);
      // A text line continues the previous text unit in the same language when directly below it.
      if (previous && previous.role === 'text' && previous.language === language && lineFollows(previous.end, line.start)) {
        previous.text = language === 'en' ? `${previous.text} ${text}` : `${previous.text}${text}`;
        previous.end = line.end;
        continue;
      }
      unit = { role: 'text', level: 0, depth: 0, language, text, start: line.start, end: line.end };
    }
    if (unit.text && !isImageDescription(unit.text)) units.push(unit);
  }
  return units;
}

/** True when no blank line separates two lines (the extraction's "  \n" line breaks). */
function lineFollows(previousEnd: number, nextStart: number): boolean {
  return nextStart === previousEnd + 1;
}

/** A Chinese unit with the English units that translate it. */
interface Pair {
  main: Unit;
  english: Unit[];
}

function pairUnits(units: Unit[]): { pairs: Pair[]; orphans: Unit[] } {
  const pairs: Pair[] = [];
  const orphans: Unit[] = [];
  for (const unit of units) {
    if (unit.language === 'zh-Hant') {
      pairs.push({ main: unit, english: [] });
      continue;
    }
    // English translates the Chinese unit before it; a bullet's translation may run to more text.
    const last = pairs.at(-1);
    const translates = last && (last.english.length === 0 || (unit.role === 'text' && last.main.role !== 'heading'));
    if (translates) last.english.push(unit);
    else orphans.push(unit);
  }
  return { pairs, orphans };
}

function pairTexts(pair: Pair): LanguageText[] {
  const texts: LanguageText[] = [{ language: 'zh-Hant', text: pair.main.text }];
  const english = pair.english.map((unit) => unit.text).join(' ').trim();
  if (english) texts.push({ language: 'en', text: english });
  return texts;
}

function pairEnd(pair: Pair): number {
  return Math.max(pair.main.end, ...pair.english.map((unit) => unit.end));
}

/** The English of a numbered heading keeps the Chinese heading's number: "1. Enhance …". */
function englishHeading(pair: Pair): string | undefined {
  const english = pair.english.map((unit) => unit.text).join(' ').trim();
  if (!english) return undefined;
  const number = /^(\d+)\s*\.\s*/.exec(pair.main.text)?.[1];
  return stripContinued(number && !/^\d/.test(english) ? `${number}. ${english}` : english);
}

export function chunkBilingualSlides(source: string): DraftChunk[] {
  const units = readUnits(splitLines(source));
  const { pairs, orphans } = pairUnits(units);
  const drafts: DraftChunk[] = [];
  const firstHeading = pairs.findIndex((pair) => pair.main.role === 'heading');

  // The cover: everything before the first heading, in one passage (title, date, publisher).
  const coverPairs = firstHeading < 0 ? pairs : pairs.slice(0, firstHeading);
  if (coverPairs.length > 0) {
    const coverEnd = coverPairs.length > 0 ? pairEnd(coverPairs.at(-1)!) : 0;
    const coverOrphans = orphans.filter((unit) => unit.end <= coverEnd && !isImageDescription(unit.text));
    const zh = coverPairs.map((pair) => pair.main.text).join(' ');
    const en = [...coverPairs.flatMap((pair) => pair.english), ...coverOrphans]
      .sort((a, b) => a.start - b.start)
      .map((unit) => unit.text)
      .join(' ');
    drafts.push({
      kind: 'cover',
      section: { zh: [], en: [] },
      context: [],
      texts: [{ language: 'zh-Hant', text: zh }, ...(en ? [{ language: 'en' as const, text: en }] : [])],
      start: coverPairs[0]!.main.start,
      end: coverEnd,
    });
  }

  const stack: Array<{ level: number; zh: string; en?: string }> = [];
  const currentSection = (): SectionPath => ({
    zh: stack.map((entry) => entry.zh),
    en: stack.every((entry) => entry.en) ? stack.map((entry) => entry.en!) : [],
  });
  let leadIn: Pair | undefined;

  const rest = firstHeading < 0 ? [] : pairs.slice(firstHeading);
  rest.forEach((pair, index) => {
    const { main } = pair;
    if (main.role === 'heading') {
      while (stack.length > 0 && stack.at(-1)!.level >= main.level) stack.pop();
      stack.push({ level: main.level, zh: stripContinued(main.text), en: englishHeading(pair) });
      leadIn = undefined;
      const next = rest[index + 1];
      const isLeaf = !next || (next.main.role === 'heading' && next.main.level <= main.level);
      if (isLeaf) {
        const section = currentSection();
        drafts.push({
          kind: 'heading',
          section: { zh: section.zh.slice(0, -1), en: section.en.slice(0, -1) },
          context: [],
          texts: pairTexts({ main: { ...main, text: stripContinued(main.text) }, english: pair.english.map((u) => ({ ...u, text: stripContinued(u.text) })) }),
          start: main.start,
          end: pairEnd(pair),
        });
      }
      return;
    }
    const isSubBullet = main.role === 'bullet' && main.depth === 2 && leadIn !== undefined;
    if (main.role === 'bullet' && main.depth === 1) leadIn = /[：:]$/.test(main.text) ? pair : undefined;
    drafts.push({
      kind: main.role === 'bullet' ? 'bullet' : 'paragraph',
      section: currentSection(),
      context: isSubBullet ? pairTexts(leadIn!) : [],
      texts: pairTexts(pair),
      start: main.start,
      end: pairEnd(pair),
    });
  });
  return drafts;
}
