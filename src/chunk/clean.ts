/**
 * Extraction artefacts, cleaned from the text that is embedded and shown:
 * markdown markers (`#`, `**`, `*italic*`), escaped dollars (`\$`), bullet glyphs (◆ ➤  -),
 * the "(Continued)/（續）" of repeated slide headings, and runs of spaces.
 */

const BULLET_GLYPHS = /^[\s\-*◆➤\uf0d8\uf06e\uf0a7•▪●○■□►▶]+/u;

/** Cleans one line or passage of text. */
export function cleanText(text: string): string {
  return text
    .replace(/\\\$/g, '$')
    .replace(/\*\*/g, '')
    .replace(/(^|[\s(（「])\*([^*\s][^*]*?)\*(?=$|[\s,.;:，。)）」])/g, '$1$2')
    .replace(/^#{1,6}\s+/, '')
    .replace(BULLET_GLYPHS, '')
    .replace(/[\uf000-\uf0ff]/g, '')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ ?\n ?/g, ' ')
    .trim();
}

const CONTINUED = /\s*(?:（續）|\(續\)|\(Continued\)|（Continued）)\s*$/i;

/** A repeated slide heading names the same section: "促進產業發展（續）" → "促進產業發展". */
export function stripContinued(heading: string): string {
  return heading.replace(CONTINUED, '').trim();
}

/** An image description left by the extraction, never part of the document's own text. */
export function isImageDescription(text: string): boolean {
  return /^(?:an?\s+)?(?:aerial\s+)?(?:photograph|photo|image|picture|illustration|screenshot)\s+(?:of|showing|shows|depicting)\b/i.test(text.trim());
}

/**
 * Joins lines that a fixed-width extraction wrapped: no space between Chinese characters,
 * one space between Latin words or digits.
 */
export function joinWrappedLines(lines: string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (joined && /[A-Za-z0-9,.)%]$/.test(joined) && /^[A-Za-z0-9(]/.test(line)) joined += ' ';
    joined += line;
  }
  return joined;
}

/** A line with its character offsets in the source. */
export interface SourceLine {
  text: string;
  start: number;
  end: number;
}

export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    lines.push({ text: source.slice(start, end).replace(/\r$/, ''), start, end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
